/** The bundled CLI (dist/cli.js) run as a user would: exit codes, JSON shape, text output, file handling. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lines, ROOT, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const WEAK = wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 96');

describe('ecc-appendix lint --format json', () => {
  it('matches format.md section 3: version, files, findings, summary', () => {
    const dir = workspace({ 'contracts/acme.appendix.yaml': WEAK });
    const r = run(['lint', 'contracts', '--format', 'json', '--as-of', '2025-10-15'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['version', 'files', 'summary']);
    assert.equal(out.version, 1);
    assert.deepEqual(out.summary, { files: 1, error: 1, warning: 0, info: 2 });
    assert.equal(out.files[0].path, 'contracts/acme.appendix.yaml');
    assert.equal(out.files[0].kind, 'appendix');
    // The two info findings: the schedule's length (first, on the `appendix:` key) and the excepted remediation SLA.
    assert.deepEqual(
      out.files[0].findings.map((x: any) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.severity} ${x.code}`),
      ['1:0-1:8 info length', '144:19-144:21 info vuln.remediation_sla', '179:26-179:28 error incident.notification'],
    );
    assert.deepEqual(out.files[0].findings[0], {
      code: 'length',
      severity: 'info',
      message: WADI_FALCON_LENGTH,
      ecc: [],
      basis: null,
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } },
    });
    const f = out.files[0].findings.find((x: any) => x.code === 'incident.notification');
    assert.deepEqual(Object.keys(f), ['code', 'severity', 'message', 'ecc', 'basis', 'range']);
    assert.deepEqual(f.range, { start: { line: 179, character: 26 }, end: { line: 179, character: 28 } });
    assert.equal(f.severity, 'error');
    assert.equal(f.basis, 'practice');
    assert.deepEqual(f.ecc, ['4-1-2-2', '2-13-3']);
    assert.match(f.message, /^`initial_notice_hours` is 96 hours; the baseline is at most 24 hours, and above 72 hours/);
  });

  it('counts UTF-16 code units after Arabic text and an emoji, for LF, CRLF and BOM files alike', () => {
    const lf = lines(
      'schema: ecc-appendix/v1',
      'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}',
      'incident:',
      '  notification: {ref: "البند ١٠ 🔒", initial_notice_hours: 48}',
      '',
    );
    const dir = workspace({ 'lf.appendix.yaml': lf, 'crlf.appendix.yaml': lf.replace(/\n/g, '\r\n'), 'bom.appendix.yaml': '\uFEFF' + lf });
    const r = run(['lint', '--format', 'json', '--as-of', '2025-10-15', '--fail-on', 'never'], dir);
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.files.map((f: any) => f.path),
      ['bom.appendix.yaml', 'crlf.appendix.yaml', 'lf.appendix.yaml'],
    );
    for (const file of out.files) {
      const weak = file.findings.filter((x: any) => x.code === 'incident.notification' && x.message.startsWith('`initial_notice_hours` is 48'));
      assert.deepEqual(
        weak.map((x: any) => x.range),
        [{ start: { line: 3, character: 59 }, end: { line: 3, character: 61 } }],
        file.path,
      );
    }
  });
});

describe('exit status', () => {
  it('0 when no finding reaches --fail-on', () => {
    const r = run(['lint', 'examples/wadi-falcon.appendix.yaml', '--as-of', '2025-10-15']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(
      r.stdout.startsWith(
        'examples/wadi-falcon.appendix.yaml (appendix): 2 findings\n' +
          `  examples/wadi-falcon.appendix.yaml:2:1 info length ${WADI_FALCON_LENGTH}\n` +
          '  examples/wadi-falcon.appendix.yaml:145:20 info vuln.remediation_sla ',
      ),
      r.stdout,
    );
    assert.match(r.stdout, /1 file checked: 0 errors, 0 warnings, 2 info\.\n/);
  });

  it('1 when one does, and --fail-on moves the bar', () => {
    const dir = workspace({ 'a.appendix.yaml': wadiFalcon() });
    assert.equal(run(['lint', '.', '--as-of', '2026-01-05'], dir).code, 0); // warnings only
    assert.equal(run(['lint', '.', '--as-of', '2026-01-05', '--fail-on', 'warning'], dir).code, 1);
    assert.equal(run(['lint', '.', '--as-of', '2025-10-15', '--fail-on', 'info'], dir).code, 1);
    assert.equal(run(['lint', '.', '--as-of', '2025-10-15', '--fail-on', 'warning'], dir).code, 0);
  });

  it('2 with a one-line message for a path that does not exist', () => {
    const r = run(['lint', 'no/such.appendix.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'ecc-appendix: cannot read no/such.appendix.yaml: no such file or folder\n');
  });

  it('2 for a binary file named as an appendix (never 0 after failing to read)', () => {
    const dir = workspace({ 'x.appendix.yaml': 'schema: ecc-appendix/v1\n\u0000\u0001' });
    const r = run(['lint', 'x.appendix.yaml'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ecc-appendix: x.appendix.yaml is a binary file, not YAML text\n');
  });

  it('2 for usage errors', () => {
    for (const args of [['lint', '--format', 'xml'], ['lint', '--as-of', '2025-02-30'], ['lint', '--bogus'], ['frobnicate'], [], ['lint', '--profile', 'nope']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.split('\n').length, 2, `one line for ${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^ecc-appendix: .* \(see ecc-appendix --help\)\n$/);
    }
  });
});

describe('inputs and outputs', () => {
  it('searches folders for recognised names and skips node_modules and .git', () => {
    const dir = workspace({
      'a.appendix.yaml': wadiFalcon(),
      'sub/b.appendix.yml': wadiFalcon(),
      'node_modules/x/c.appendix.yaml': 'not: checked',
      '.git/d.appendix.yaml': 'not: checked',
      'notes.yaml': 'unrelated: true',
    });
    const out = JSON.parse(run(['lint', '--format', 'json', '--as-of', '2025-10-15'], dir).stdout);
    assert.deepEqual(
      out.files.map((f: any) => f.path),
      ['a.appendix.yaml', 'sub/b.appendix.yml'],
    );
  });

  it('--output writes the report to a file', () => {
    const dir = workspace({ 'a.appendix.yaml': wadiFalcon() });
    const r = run(['lint', '.', '--format', 'json', '--as-of', '2025-10-15', '--output', 'out.json'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    // Two info findings: the schedule's length and the excepted remediation SLA.
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).summary.info, 2);
  });
});
