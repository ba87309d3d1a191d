/**
 * `ecc-appendix`: the command line. Same engine and results as the editor (format.md section 3).
 * Exit status: 0 no finding at or above --fail-on, 1 some, 2 usage error or unreadable input.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localToday, isValidDate } from '../languageService/dates';
import { checkDocument } from '../languageService/engine';
import { DEFAULT_SETTINGS, PROFILE_IDS } from '../languageService/settings';
import type { ProfileId, Severity } from '../languageService/catalogue/types';
import { SEVERITY_RANK } from '../languageService/findings';
import { collectFiles, displayPath, InputError, readText } from './files';
import { toJson, toText, type FileResult } from './output';

const USAGE = `Usage:
  ecc-appendix lint [PATH...] [--format text|json] [--profile NAME]... [--as-of YYYY-MM-DD]
                    [--fail-on error|warning|info|never] [--output FILE]

Checks security appendices (*.appendix.yaml), evidence logs (*.evidence.yaml) and team policies
(.ecc-appendix.yaml). PATH is a file or a folder (searched for those names); default: the current folder.
Profiles: ${PROFILE_IDS.join(', ')}.
Exit status: 0 no finding at or above --fail-on (default error), 1 some, 2 usage error or unreadable input.`;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function lint(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      profile: { type: 'string', multiple: true, default: [] },
      'as-of': { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      output: { type: 'string' },
    },
  });
  const format = values.format!;
  if (format !== 'text' && format !== 'json') fail(`--format must be text or json, not "${format}"`);
  const failOn = values['fail-on']!;
  if (!['error', 'warning', 'info', 'never'].includes(failOn)) fail(`--fail-on must be error, warning, info or never, not "${failOn}"`);
  const asOf = values['as-of'] ?? localToday();
  if (!isValidDate(asOf)) fail(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const profiles = values.profile!;
  for (const p of profiles) if (!PROFILE_IDS.includes(p as ProfileId)) fail(`unknown profile "${p}"; profiles: ${PROFILE_IDS.join(', ')}`);

  const results: FileResult[] = [];
  for (const file of collectFiles(positionals)) {
    const text = readText(file);
    const shown = displayPath(file);
    const result = checkDocument(shown, text, { settings: DEFAULT_SETTINGS, asOf, profiles: profiles as ProfileId[] });
    if (!result) {
      process.stderr.write(`ecc-appendix: ${shown} skipped: not an appendix, evidence log or team policy (no recognised name or schema: header)\n`);
      continue;
    }
    results.push({ path: shown, kind: result.kind, findings: result.findings, document: TextDocument.create(shown, 'yaml', 1, text) });
  }
  const out = format === 'json' ? toJson(results) : toText(results);
  if (values.output) {
    try {
      writeFileSync(values.output, out);
    } catch (e) {
      throw new InputError(`cannot write ${values.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else {
    process.stdout.write(out);
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
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      case undefined:
        fail('no command given');
      default:
        fail(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ecc-appendix: ${(e as Error).message} (see ecc-appendix --help)\n`);
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
  process.exitCode = main(process.argv.slice(2));
}
