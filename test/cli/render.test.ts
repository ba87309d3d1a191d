/**
 * `ecc-appendix render`: the command line, the Word file (opened structurally, and converted by LibreOffice where it
 * is installed) and the PDF (printed by headless Chromium where it is installed), for every example appendix in
 * English and Arabic, and the page estimate against the real page counts.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { stringify } from 'yaml';
import { buildSchedule, estimateLength, renderAppendix, scheduleHtmlDocument, type Para, type Schedule } from '../../server/src/languageService/render/index';
import { ChromiumMissingError, findChromium, htmlToPdf, pdfPageCount } from '../../server/src/render/pdf';
import { ROOT } from '../support/harness';
import { fullAppendixData } from '../unit/renderFixtures';

const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.appendix.yaml'))
  .sort();
const LANGS = ['en', 'ar'] as const;
const plain = (p: Para) => p.map((r) => r.text).join('');

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs jobs with at most `n` at a time (browsers and LibreOffice are heavy). */
async function limit<T>(n: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]();
      }
    }),
  );
  return out;
}

/** The entries of a zip archive (stored or deflated), read from its central directory. */
function unzip(buf: Buffer): Map<string, Buffer> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'no end-of-central-directory record: not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'bad central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    assert.equal(buf.readUInt32LE(local), 0x04034b50, `bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text of each top-level-or-cell paragraph of document.xml, runs joined. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    xml: m[1],
    text: [...m[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''),
  }));
}

function hasCommand(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0;
}

function chromiumOrUndefined(): string | undefined {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
}

const TMP = mkdtempSync(path.join(tmpdir(), 'ecc-render-'));

describe('ecc-appendix render: command line', () => {
  const wadi = 'examples/wadi-falcon.appendix.yaml';
  it('writes Markdown to stdout by default', async () => {
    const r = await run(['render', wadi]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('# Schedule 7 - Cybersecurity Requirements\n'));
    assert.ok(r.stdout.includes('### 6.1 Incident notification \\[Sched. 7 s.10.1 · ECC 4-1-2-2, 2-13-3\\]\n\nThe Provider shall notify the Customer of any Security Incident affecting the Customer, whether suspected or confirmed, within 24 hours of its detection'));
    assert.equal(r.stderr, '');
  });
  it('--output writes the file and says what it wrote on stderr', async () => {
    const out = path.join(TMP, 'wadi.ar.html');
    const r = await run(['render', wadi, '--format', 'html', '--lang', 'ar', '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `ecc-appendix: wrote ${out} (html, ar, about 3.8 A4 pages when printed)\n`);
    assert.ok(readFileSync(out, 'utf8').includes('<article class="schedule" lang="ar" dir="rtl">'));
  });
  for (const [args, message] of [
    [['render'], 'render needs the appendix file to render (see ecc-appendix render --help)'],
    [['render', wadi, wadi], 'render takes one appendix file, not 2 (see ecc-appendix render --help)'],
    [['render', wadi, '--format', 'rtf'], '--format must be md, html, docx or pdf, not "rtf" (see ecc-appendix render --help)'],
    [['render', wadi, '--lang', 'fr'], '--lang must be en or ar, not "fr" (see ecc-appendix render --help)'],
    [['render', 'no/such.appendix.yaml'], 'cannot read no/such.appendix.yaml: no such file or folder'],
    [['render', 'examples/wadi-falcon.evidence.yaml'], 'cannot render examples/wadi-falcon.evidence.yaml: it is an evidence log, not a security appendix'],
  ] as const) {
    it(`exit 2: ${message}`, async () => {
      const r = await run([...args]);
      assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', `ecc-appendix: ${message}\n`]);
    });
  }
  it('exit 2 for an unknown option', async () => {
    const r = await run(['render', wadi, '--colour']);
    assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', 'ecc-appendix: unknown option --colour (see ecc-appendix render --help)\n']);
  });
  it('exit 2 for YAML that cannot be read', async () => {
    const bad = path.join(TMP, 'broken.appendix.yaml');
    writeFileSync(bad, 'schema: ecc-appendix/v1\nscope: [\n');
    const r = await run(['render', bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ecc-appendix: cannot render .*broken\.appendix\.yaml: its YAML cannot be read \(line 3: YAML syntax: .*\)\n$/);
  });
  it('--sentences applies a team template, and refuses one that drops a term (exit 2)', async () => {
    const good = path.join(TMP, 'team.sentences.yaml');
    writeFileSync(
      good,
      stringify({
        schema: 'ecc-sentences/v1',
        language: 'en',
        clauses: {
          'access.mfa': { sentences: ['MFA is mandatory for {required_for}.', '{phishing_resistant_privileged?Admins use FIDO2 keys.|Admins may use any factor.}'] },
        },
      }),
    );
    const ok = await run(['render', wadi, '--sentences', good]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(ok.stdout.includes('MFA is mandatory for all remote access and all privileged accounts. Admins use FIDO2 keys.'));
    const bad = path.join(TMP, 'bad.sentences.yaml');
    writeFileSync(bad, stringify({ language: 'en', clauses: { 'access.mfa': { sentences: ['MFA for {required_for}.'] } } }));
    const r = await run(['render', wadi, '--sentences', bad]);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `ecc-appendix: ${bad} cannot be used: /clauses/access.mfa/sentences: The sentences of \`access.mfa\` never state \`phishing_resistant_privileged\`; every parameter must appear so no agreed term goes unsaid.\n`,
    );
  });
  it('PDF without a usable browser: exit 2 with a clear message', async () => {
    const r = await run(['render', wadi, '--format', 'pdf', '--output', path.join(TMP, 'x.pdf')], { ...process.env, ECC_APPENDIX_CHROMIUM: '/nonexistent/chromium' });
    assert.deepEqual(
      [r.code, r.stderr],
      [2, 'ecc-appendix: ECC_APPENDIX_CHROMIUM is set to /nonexistent/chromium, which is not a file; point it at a Chromium, Chrome or Edge executable\n'],
    );
  });
  it('findChromium explains where it looked when no browser is installed', () => {
    assert.throws(
      () => findChromium({ PATH: '/nonexistent' }, []),
      (e: unknown) =>
        e instanceof ChromiumMissingError &&
        e.message ===
          'PDF output needs Chromium, Google Chrome or Microsoft Edge, and none was found (looked for chromium, chromium-browser, google-chrome, google-chrome-stable, microsoft-edge, msedge, chrome on PATH and in the usual install folders); install one (Debian: apt-get install chromium) or set ECC_APPENDIX_CHROMIUM to its path',
    );
  });
});

describe('Word output: every example opens, in English and Arabic', () => {
  const docxDir = path.join(TMP, 'docx');
  mkdirSync(docxDir, { recursive: true });
  const made = new Map<string, { file: string; schedule: Schedule }>();

  it('the CLI writes a .docx for every example and language', async () => {
    await limit(
      4,
      EXAMPLES.flatMap((ex) =>
        LANGS.map((lang) => async () => {
          const file = path.join(docxDir, `${ex.replace('.appendix.yaml', '')}.${lang}.docx`);
          const r = await run(['render', `examples/${ex}`, '--format', 'docx', '--lang', lang, '--output', file]);
          assert.equal(r.code, 0, r.stderr);
          const res = renderAppendix(ex, readFileSync(path.join(ROOT, 'examples', ex), 'utf8'), { lang });
          assert.ok(res.ok);
          made.set(`${ex}/${lang}`, { file, schedule: res.schedule });
        }),
      ),
    );
    assert.equal(made.size, EXAMPLES.length * 2);
  });

  for (const ex of EXAMPLES) {
    for (const lang of LANGS) {
      it(`${ex} (${lang}): a valid package with numbered headings, a service-level table, the clause prose and a paged footer`, () => {
        const m = made.get(`${ex}/${lang}`);
        assert.ok(m, 'rendered above');
        const parts = unzip(readFileSync(m.file));
        for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']) assert.ok(parts.has(name), name);
        for (const [name, data] of parts) if (name.endsWith('.xml') || name.endsWith('.rels')) assert.equal(XMLValidator.validate(data.toString('utf8')), true, `${name} is not well-formed XML`);

        const xml = parts.get('word/document.xml')!.toString('utf8');
        const paras = paragraphs(xml);
        const style = (p: { xml: string }) => /<w:pStyle w:val="([^"]+)"/.exec(p.xml)?.[1];
        const numbered = (p: { xml: string }) => /<w:numPr>[\s\S]*?<w:ilvl w:val="(\d)"/.exec(p.xml)?.[1];
        const h1 = paras.filter((p) => style(p) === 'Heading1');
        const h2 = paras.filter((p) => style(p) === 'Heading2');
        assert.deepEqual(h1.filter((p) => numbered(p) === '0').map((p) => p.text), m.schedule.sections.map((s) => s.title), 'group headings, Word-numbered');
        assert.equal(h2.filter((p) => numbered(p) === '1').length, 35, 'one numbered Heading 2 per clause');
        const texts = new Set(paras.map((p) => p.text));
        for (const c of m.schedule.sections.flatMap((s) => s.clauses)) assert.ok(texts.has(plain(c.body)), `${c.id} prose is a paragraph of the document`);

        const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => t[1]);
        assert.equal(tables.length, 2, 'service levels and signatures');
        const slaRows = [...tables[0].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)];
        assert.equal(slaRows.length, 1 + m.schedule.sla.rows.length);
        assert.ok(slaRows[0][1].includes('<w:tblHeader/>'), 'the header row repeats on each page');

        const markers = m.schedule.sections.flatMap((s) => s.clauses).flatMap((c) => c.body).filter((r) => r.marker).length;
        assert.ok((xml.match(/<w:highlight w:val="yellow"\/>/g) ?? []).length >= markers, 'drafting markers are highlighted');

        const numbering = parts.get('word/numbering.xml')!.toString('utf8');
        assert.ok(numbering.includes('<w:lvlText w:val="%1."/>') && numbering.includes('<w:lvlText w:val="%1.%2"/>'));
        const footer = [...parts].find(([n]) => /^word\/footer\d*\.xml$/.test(n))?.[1].toString('utf8') ?? '';
        assert.match(footer, /PAGE/);
        assert.match(footer, /NUMPAGES/);

        if (lang === 'ar') {
          assert.ok(h2.every((p) => p.xml.includes('<w:bidi/>')), 'Arabic paragraphs are right-to-left');
          assert.ok(xml.includes('<w:rtl/>'), 'Arabic runs are right-to-left');
          assert.ok(tables.every((t) => t.includes('<w:bidiVisual/>')), 'Arabic tables run right-to-left');
          // Ids stay left-to-right: the reference run of a clause heading has no <w:rtl/>.
          const refRun = [...h2[0].xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1].includes('ECC 4-1-3'));
          assert.ok(refRun && !refRun[1].includes('<w:rtl/>'), 'control ids are a left-to-right run');
        } else {
          assert.ok(!xml.includes('<w:bidi/>'));
        }
      });
    }
  }

  const soffice = hasCommand('soffice', ['--version']) ? 'soffice' : undefined;
  it('LibreOffice (headless) converts every .docx to a PDF whose pages are read', { skip: soffice ? false : 'soffice not installed' }, async (t) => {
    const outDir = path.join(TMP, 'lo');
    const files = [...made.values()].map((m) => m.file);
    assert.equal(files.length, EXAMPLES.length * 2);
    const r = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(TMP, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    assert.equal(r.status, 0, r.stderr);
    for (const [key, m] of made) {
      const pdf = readFileSync(path.join(outDir, path.basename(m.file).replace(/\.docx$/, '.pdf')));
      const pages = pdfPageCount(pdf);
      t.diagnostic(`${key}: LibreOffice ${pages} pages`);
      // Word layout is not the browser's: close to the estimate, not equal to it.
      const est = estimateLength(m.schedule).pageCount;
      assert.ok(pages >= 2 && Math.abs(pages - est) <= 1, `${key}: ${pages} pages from LibreOffice, estimate ${est}`);
    }
  });
});

/** The default style's fonts, without which the layout (and so the calibration) differs. */
function defaultFontsMissing(): string | false {
  const r = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  if (r.status !== 0) return false; // no fontconfig to ask: let the browser decide
  const missing = ['Liberation Serif', 'Noto Naskh Arabic'].filter((f) => !r.stdout.includes(f));
  return missing.length ? `fonts of the default style not installed: ${missing.join(', ')} (fonts-liberation, fonts-noto-core)` : false;
}

describe('PDF output and the page estimate', () => {
  const chromium = chromiumOrUndefined();
  const skip = chromium ? defaultFontsMissing() : 'no Chromium, Chrome or Edge installed';

  /** The estimate must give the real page count, except within 0.15 page of a page break, where it may be one off. */
  function agrees(estimated: number, pages: number): boolean {
    const frac = estimated - Math.floor(estimated);
    const nearBreak = frac < 0.15 || frac > 0.85;
    return Math.ceil(estimated) === pages || (nearBreak && Math.abs(Math.ceil(estimated) - pages) <= 1);
  }

  it('the CLI prints every example in both languages; each page count matches the estimate', { skip }, async (t) => {
    const results = await limit(
      3,
      EXAMPLES.flatMap((ex) =>
        LANGS.map((lang) => async () => {
          const out = path.join(TMP, `${ex}.${lang}.pdf`);
          const r = await run(['render', `examples/${ex}`, '--format', 'pdf', '--lang', lang, '--output', out]);
          assert.equal(r.code, 0, r.stderr);
          const pages = pdfPageCount(readFileSync(out));
          assert.match(r.stderr, new RegExp(`\\(pdf, ${lang}, ${pages} A4 pages?`));
          const res = renderAppendix(ex, readFileSync(path.join(ROOT, 'examples', ex), 'utf8'), { lang });
          assert.ok(res.ok);
          return { key: `${ex} ${lang}`, pages, est: estimateLength(res.schedule).pages };
        }),
      ),
    );
    for (const r of results) {
      t.diagnostic(`${r.key}: PDF ${r.pages} pages, estimate ${r.est}`);
      assert.ok(agrees(r.est, r.pages), `${r.key}: PDF ${r.pages} pages, estimate ${r.est}`);
      assert.ok(r.pages > 1, 'no example fits one page at the default style');
    }
  });

  it('the estimate also holds for a full appendix and for a bare header', { skip }, async (t) => {
    const full = fullAppendixData();
    const docs: [string, Record<string, unknown>][] = [
      ['full', full],
      ['header only', { schema: 'ecc-appendix/v1', appendix: full.appendix }],
    ];
    const results = await limit(
      3,
      docs.flatMap(([name, data]) =>
        LANGS.map((lang) => async () => {
          const s = buildSchedule(data, { lang });
          const pages = pdfPageCount(await htmlToPdf(scheduleHtmlDocument(s), { chromium }));
          return { key: `${name} ${lang}`, pages, est: estimateLength(s).pages };
        }),
      ),
    );
    for (const r of results) {
      t.diagnostic(`${r.key}: PDF ${r.pages} pages, estimate ${r.est}`);
      assert.ok(agrees(r.est, r.pages), `${r.key}: PDF ${r.pages} pages, estimate ${r.est}`);
    }
  });
});
