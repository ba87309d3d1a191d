/**
 * `ecc-appendix`: the command line. Same engine and results as the editor (format.md section 3).
 * Exit status: 0 no finding at or above --fail-on, 1 some, 2 usage error or unreadable input.
 */
import { writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localToday, isValidDate } from '../languageService/dates';
import { checkDocument } from '../languageService/engine';
import { DEFAULT_SETTINGS, PROFILE_IDS } from '../languageService/settings';
import type { ProfileId, Severity } from '../languageService/catalogue/types';
import { SEVERITY_RANK } from '../languageService/findings';
import { CliAppendixLinks, evidenceLast } from '../appendixFiles';
import { parseCommand, UsageError, VERSION, argsErrorMessage } from './args';
import { checkOutput, collectFiles, displayPath, InputError, osReason, readText } from './files';
import { fixFile } from './fix';
import { toJson, toText, type FileResult } from './output';
import { cliPolicy, policyOptions, withPolicyFile } from './config';
import { explainCommand } from './explain';
import { initCommand } from './init';
import { RENDER_USAGE, renderCommand } from './render';
import { REPORT_USAGE, reportCommand } from './report';
import { toSarif } from './sarif';
import { toJunit } from './junit';

const USAGE = `Usage:
  ecc-appendix lint [PATH...] [--format text|json|sarif|junit] [--profile NAME]... [--as-of YYYY-MM-DD]
                    [--fail-on error|warning|info|never] [--output FILE] [--fix] [--config FILE] [--lang en|ar]
  ecc-appendix init [--profile NAME]... [--output FILE] [--force]
  ecc-appendix explain CLAUSE-ID|CLAUSE.PARAM|EV-ID|CONTROL-ID|CODE
${RENDER_USAGE}
${REPORT_USAGE}
  ecc-appendix --help | --version      (every command takes --help)

Checks security appendices (*.appendix.yaml), evidence logs (*.evidence.yaml) and team policies
(.ecc-appendix.yaml). PATH is a file or a folder (searched for those names); default: the current folder.
--fix inserts missing clauses and parameters with their standard terms and raises weak values to the
baseline in each appendix (written in place), then reports the findings that remain.
Profiles: ${PROFILE_IDS.join(', ')}.
--lang ar writes the findings' messages (and the text format's summary) in Arabic; default en.
Team policy: --config FILE, else .ecc-appendix.yaml in the current folder or the nearest parent up to the
repository root (a folder with .git); the policy file is checked and reported too.
init writes a complete appendix skeleton (stdout unless --output; never overwrites without --force).
explain prints what an id means: clause, thresholds per profile, ECC controls in our words, crosswalk.
render writes the appendix as the contract's security schedule (md, html, docx or pdf; en or ar).
report writes the coverage matrix of the appendices and the evidence logs' status (markdown or html; en or ar).
--output never overwrites an input or a file named like an appendix, evidence log, policy or snippet library.
Exit status: 0 no finding at or above --fail-on (default error), 1 some, 2 usage error or unreadable input.`;

function fail(message: string): never {
  throw new UsageError(message);
}

function lint(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
    format: { type: 'string', default: 'text' },
    profile: { type: 'string', multiple: true, default: [] },
    'as-of': { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    output: { type: 'string' },
    fix: { type: 'boolean', default: false },
    config: { type: 'string' },
    lang: { type: 'string', default: 'en' },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const lang = values.lang as string;
  if (lang !== 'en' && lang !== 'ar') fail(`--lang must be en or ar, not "${lang}"`);
  const locale: 'en' | 'ar' = lang;
  const format = values.format as string;
  if (!['text', 'json', 'sarif', 'junit'].includes(format)) fail(`--format must be text, json, sarif or junit, not "${format}"`);
  const failOn = values['fail-on'] as string;
  if (!['error', 'warning', 'info', 'never'].includes(failOn)) fail(`--fail-on must be error, warning, info or never, not "${failOn}"`);
  const asOf = (values['as-of'] as string | undefined) ?? localToday();
  if (!isValidDate(asOf)) fail(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const profiles = values.profile as string[];
  for (const p of profiles) if (!PROFILE_IDS.includes(p as ProfileId)) fail(`unknown profile "${p}"; profiles: ${PROFILE_IDS.join(', ')}`);
  const output = values.output as string | undefined;
  const fix = values.fix as boolean;
  const config = values.config as string | undefined;

  const policy = cliPolicy(config);

  const files = withPolicyFile(collectFiles(positionals), policy);
  if (output !== undefined) checkOutput(output, config !== undefined ? [...files, config] : files);
  // Every input is read before anything is written: --fix changes no file unless all of them can be read, and
  // without --fix the files that could be read are still reported (format.md, "The command line").
  const texts = new Map<string, string>();
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      texts.set(file, readText(file));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      unreadable.push(e.message);
    }
  }
  if (unreadable.length && fix) {
    throw new InputError(`${unreadable[0]}${unreadable.length > 1 ? ` (and ${unreadable.length - 1} more unreadable)` : ''}; --fix changed no file`);
  }
  const readable = files.filter((f) => texts.has(f));
  if (unreadable.length && !readable.length) {
    for (const message of unreadable) process.stderr.write(`ecc-appendix: ${message}\n`);
    return 2;
  }

  const results: FileResult[] = [];
  // Evidence logs link to appendices among the inputs, else near the log (docs/evidence.md, "Linking").
  const links = new CliAppendixLinks();
  links.preload(readable, displayPath);
  const options = (file: string, text: string) => ({ settings: DEFAULT_SETTINGS, asOf, profiles: profiles as ProfileId[], locale, ...policyOptions(policy, file, text) });
  for (const file of evidenceLast(readable)) {
    let text = texts.get(file)!;
    const shown = displayPath(file);
    if (fix) {
      const fixed = fixFile(file, shown, text, options(file, text));
      if (fixed.note) process.stderr.write(fixed.note + '\n');
      text = fixed.text;
    }
    const result = checkDocument(shown, text, { ...options(file, text), appendices: links.for(file, text) });
    if (result?.kind === 'appendix') links.update(file, shown, text, result.parsed);
    if (!result) {
      process.stderr.write(`ecc-appendix: ${shown} skipped: not an appendix, evidence log or team policy (no recognised name or schema: header)\n`);
      continue;
    }
    results.push({ path: shown, kind: result.kind, findings: result.findings, document: TextDocument.create(shown, 'yaml', 1, text) });
  }
  const order = new Map(files.map((f, i) => [displayPath(f), i]));
  results.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
  if (!results.length && !unreadable.length) {
    const where = positionals.length ? positionals.map(displayPath).join(', ') : '.';
    process.stderr.write(`ecc-appendix: no appendices, evidence logs or policies found in ${where}\n`);
  }
  const out =
    format === 'json' ? toJson(results) : format === 'sarif' ? toSarif(results, { asOf, profiles }) : format === 'junit' ? toJunit(results) : toText(results, locale);
  if (output !== undefined) {
    try {
      writeFileSync(output, out);
    } catch (e) {
      throw new InputError(`cannot write ${output}: ${osReason(e)}`);
    }
  } else {
    process.stdout.write(out);
  }
  if (unreadable.length) {
    for (const message of unreadable) process.stderr.write(`ecc-appendix: ${message}\n`);
    return 2;
  }
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn as Severity];
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return lint(rest);
      case 'init':
        return initCommand(rest, USAGE);
      case 'explain':
        return explainCommand(rest, USAGE);
      case 'report':
        return reportCommand(rest);
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      case '--version':
      case '-V':
        process.stdout.write(`ecc-appendix ${VERSION}\n`);
        return 0;
      case undefined:
        fail('no command given');
      default:
        if (command.startsWith('-')) fail(`unknown option ${command}`);
        fail(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || argsErrorMessage(e) !== undefined) {
      process.stderr.write(`ecc-appendix: ${argsErrorMessage(e) ?? (e as Error).message} (see ecc-appendix --help)\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`ecc-appendix: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`ecc-appendix: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  // render is asynchronous (Word packing, the browser for PDF); every other command runs synchronously.
  if (argv[0] === 'render') void renderCommand(argv.slice(1)).then((code) => (process.exitCode = code));
  else process.exitCode = main(argv);
}
