/**
 * `ecc-appendix render FILE [--format md|html|docx|pdf] [--lang en|ar] [--output FILE] [--sentences FILE]...`:
 * the appendix as the contract's security schedule (docs/render.md). Markdown and HTML go to stdout unless
 * --output is given; Word and PDF need --output or a redirected stdout. Exit status: 0 written, 2 usage error,
 * unreadable or unrenderable input, unusable sentence templates, or no browser for PDF (one line on stderr).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseYaml } from '../languageService/parse';
import {
  estimateLength,
  renderAppendix,
  scheduleHtmlDocument,
  scheduleMarkdown,
  validateSentenceOverrides,
  type SentenceOverrides,
} from '../languageService/render/index';
import { scheduleDocx } from '../render/docx';
import { ChromiumMissingError, htmlToPdf, pdfPageCount, PdfError } from '../render/pdf';
import { argsErrorMessage } from './args';
import { checkOutput, displayPath, InputError, osReason, readText } from './files';

export const RENDER_USAGE = `  ecc-appendix render FILE [--format md|html|docx|pdf] [--lang en|ar] [--output FILE] [--sentences FILE]...`;

const HELP = `Usage:
${RENDER_USAGE}

Renders a security appendix as the signed schedule of the contract: numbered clauses in eight groups, a
service-level table, an annex of approved exceptions and a signature block, in English or Arabic.
Missing clauses and parameters appear as [missing: ...] markers. md and html are written to stdout unless
--output is given; docx and pdf need --output (or stdout redirected to a file). PDF is printed by headless
Chromium, Google Chrome or Microsoft Edge (set ECC_APPENDIX_CHROMIUM to choose the executable).
--sentences FILE replaces clause wording with a team's sentence templates (docs/render.md).
Exit status: 0 written, 2 usage error, unreadable input, invalid templates or no browser for PDF.`;

class RenderUsageError extends Error {}

const FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

function loadOverrides(files: readonly string[]): SentenceOverrides[] {
  const out: SentenceOverrides[] = [];
  for (const file of files) {
    const parsed = parseYaml(readText(file));
    if (parsed.broken) throw new InputError(`${displayPath(file)}: the sentence templates are not valid YAML`);
    const { overrides, problems } = validateSentenceOverrides(parsed.value);
    if (!overrides) {
      const first = problems.slice(0, 5).map((p) => `${p.path || '/'}: ${p.message}`);
      const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
      throw new InputError(`${displayPath(file)} cannot be used: ${first.join(' ')}${more}`);
    }
    out.push(overrides);
  }
  return out;
}

/** Runs the command; never throws (every failure becomes exit status 2 with one line on stderr). */
export async function renderCommand(argv: string[], io: { stdout: NodeJS.WriteStream | { write(b: string | Uint8Array): unknown; isTTY?: boolean } } = { stdout: process.stdout }): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'md' },
        lang: { type: 'string', default: 'en' },
        output: { type: 'string' },
        sentences: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout.write(HELP + '\n');
      return 0;
    }
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new RenderUsageError(`--format must be md, html, docx or pdf, not "${values.format}"`);
    const lang = values.lang;
    if (lang !== 'en' && lang !== 'ar') throw new RenderUsageError(`--lang must be en or ar, not "${lang}"`);
    if (positionals.length !== 1) throw new RenderUsageError(positionals.length ? `render takes one appendix file, not ${positionals.length}` : 'render needs the appendix file to render');
    const binary = format === 'docx' || format === 'pdf';
    if (binary && !values.output && io.stdout.isTTY) throw new RenderUsageError(`--format ${format} writes a binary file: give --output FILE`);

    const file = positionals[0];
    if (values.output) checkOutput(values.output, [file, ...values.sentences!]);
    const shown = displayPath(file);
    const text = readText(file);
    const overrides = loadOverrides(values.sentences!);
    const result = renderAppendix(file, text, { lang, overrides });
    if (!result.ok) throw new InputError(`cannot render ${shown}: ${result.reason}`);
    const schedule = result.schedule;

    let bytes: string | Buffer;
    let note = '';
    if (format === 'md') bytes = scheduleMarkdown(schedule);
    else if (format === 'html') bytes = scheduleHtmlDocument(schedule);
    else if (format === 'docx') bytes = await scheduleDocx(schedule);
    else {
      bytes = await htmlToPdf(scheduleHtmlDocument(schedule));
      const pages = pdfPageCount(bytes);
      note = `, ${pages} A4 page${pages === 1 ? '' : 's'}`;
    }
    if (format !== 'pdf') {
      const est = estimateLength(schedule);
      note = `, about ${est.pages.toFixed(1)} A4 pages when printed`;
    }
    if (values.output) {
      try {
        writeFileSync(values.output, bytes);
      } catch (e) {
        throw new InputError(`cannot write ${values.output}: ${osReason(e)}`);
      }
      const missing = schedule.sections.reduce((n, s) => n + s.clauses.filter((c) => c.status === 'missing').length, 0);
      process.stderr.write(`ecc-appendix: wrote ${displayPath(values.output)} (${format}, ${lang}${note}${missing ? `; ${missing} clause${missing === 1 ? '' : 's'} marked missing` : ''})\n`);
    } else {
      io.stdout.write(bytes);
    }
    return 0;
  } catch (e) {
    if (e instanceof RenderUsageError || argsErrorMessage(e) !== undefined) {
      process.stderr.write(`ecc-appendix: ${argsErrorMessage(e) ?? (e as Error).message} (see ecc-appendix render --help)\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof ChromiumMissingError || e instanceof PdfError) {
      process.stderr.write(`ecc-appendix: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`ecc-appendix: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}
