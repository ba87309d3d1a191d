/**
 * `ecc-appendix report [PATH...] [--format markdown|html] [--as-of YYYY-MM-DD] [--output FILE] [--lang en|ar]
 * [--profile NAME]... [--config FILE]`: the coverage matrix of the appendices found and each evidence log's status
 * as of the date (docs/report.md). The files are checked exactly as `lint` checks them (same engine, links, policy).
 * Exit status: 0 written (a report is not a gate: findings do not change it), 2 usage error or unreadable input.
 */
import { writeFileSync } from 'node:fs';
import { CliAppendixLinks, evidenceLast } from '../appendixFiles';
import type { ProfileId } from '../languageService/catalogue/types';
import { localToday, isValidDate } from '../languageService/dates';
import { checkDocument, type CheckResult } from '../languageService/engine';
import type { Finding } from '../languageService/findings';
import { buildReport, lineStarts, reportHtmlDocument, reportMarkdown, type ReportInput, type ReportLang, type ReportModel } from '../languageService/report/index';
import { DEFAULT_SETTINGS, PROFILE_IDS, resolveSettings, type Settings } from '../languageService/settings';
import { cliPolicy, policyOptions, usageError, type CliPolicy } from './config';
import { parseCommand, UsageError } from './args';
import { checkOutput, collectFiles, displayPath, InputError, osReason, readText } from './files';

export const REPORT_USAGE = `  ecc-appendix report [PATH...] [--format markdown|html] [--as-of YYYY-MM-DD] [--output FILE] [--lang en|ar]
                      [--profile NAME]... [--config FILE]`;

const HELP = `Usage:
${REPORT_USAGE}

Writes a coverage report: the catalogue's clauses (grouped by ECC-2:2024 control) against the appendices found,
each cell present, weak, missing, excepted or N/A, then each evidence log's status as of --as-of (linked appendix,
findings by severity, overdue items, latest evidence). Markdown, or one self-contained HTML page (no external
assets; prints on A4 landscape), in English or Arabic. Written to stdout unless --output is given.
Files are found and checked as by lint. Exit status: 0 written, 2 usage error or unreadable input.`;

const FORMATS = ['markdown', 'md', 'html'] as const;

/** Reads and checks the files as lint does (evidence logs after appendices, same links and policy). */
export function reportModel(paths: readonly string[], o: { asOf: string; lang: ReportLang; profiles: ProfileId[]; policy: CliPolicy | undefined }): ReportModel {
  const files = collectFiles(paths);
  const links = new CliAppendixLinks();
  links.preload(files, displayPath);
  const settings = (lang: 'en' | 'ar'): Settings => (lang === 'en' ? DEFAULT_SETTINGS : resolveSettings({ ...DEFAULT_SETTINGS, language: lang }));
  const inputs = new Map<string, ReportInput>();
  for (const file of evidenceLast(files)) {
    const text = readText(file);
    const shown = displayPath(file);
    const options = { asOf: o.asOf, profiles: o.profiles, ...policyOptions(o.policy, file, text), appendices: links.for(file, text) };
    const result: CheckResult | undefined = checkDocument(shown, text, { ...options, settings: settings(o.lang), locale: o.lang });
    if (result?.kind === 'appendix') links.update(file, shown, text, result.parsed);
    if (!result) continue;
    // The overdue list reads the English wording of evidence findings (docs/report.md).
    let englishFindings: Finding[] | undefined;
    if (o.lang !== 'en' && result.kind === 'evidence') englishFindings = checkDocument(shown, text, { ...options, settings: settings('en'), locale: 'en' })?.findings;
    inputs.set(shown, { path: shown, result, lines: lineStarts(text), englishFindings });
  }
  const ordered = files.map((f) => inputs.get(displayPath(f))).filter((i): i is ReportInput => !!i);
  return buildReport(ordered, { lang: o.lang, asOf: o.asOf });
}

/** Runs the command; returns the exit status. Unreadable input is thrown as InputError (main turns it into 2). */
export function reportCommand(argv: string[]): number {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseCommand(argv, {
      format: { type: 'string', default: 'markdown' },
      lang: { type: 'string', default: 'en' },
      'as-of': { type: 'string' },
      output: { type: 'string' },
      profile: { type: 'string', multiple: true, default: [] },
      config: { type: 'string' },
    }));
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message);
    throw e;
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format!;
  if (!(FORMATS as readonly string[]).includes(format)) return usageError(`--format must be markdown or html, not "${format}"`);
  const lang = values.lang!;
  if (lang !== 'en' && lang !== 'ar') return usageError(`--lang must be en or ar, not "${lang}"`);
  const asOf = values['as-of'] ?? localToday();
  if (!isValidDate(asOf)) return usageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const profiles = values.profile!;
  for (const p of profiles) if (!PROFILE_IDS.includes(p as ProfileId)) return usageError(`unknown profile "${p}"; profiles: ${PROFILE_IDS.join(', ')}`);

  const policy = cliPolicy(values.config);
  if (values.output) checkOutput(values.output, [...collectFiles(positionals, () => {}), ...(policy ? [policy.loaded.file] : [])]);
  const model = reportModel(positionals, { asOf, lang, profiles: profiles as ProfileId[], policy });
  const out = format === 'html' ? reportHtmlDocument(model) : reportMarkdown(model);
  if (values.output) {
    try {
      writeFileSync(values.output, out);
    } catch (e) {
      throw new InputError(`cannot write ${values.output}: ${osReason(e)}`);
    }
    const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    process.stderr.write(
      `ecc-appendix: wrote ${displayPath(values.output)} (${format === 'html' ? 'html' : 'markdown'}, ${lang}; ${n(model.columns.length, 'appendix').replace('appendixs', 'appendices')}, ${n(model.evidence.length, 'evidence log')}, as of ${asOf})\n`,
    );
  } else {
    process.stdout.write(out);
  }
  return 0;
}
