/** Command-line parsing shared by the subcommands: Node's parseArgs, with its errors put in one plain sentence. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { version } from '../../../package.json';

/** The package version, bundled at build time (esbuild inlines package.json's `version`; tsc copies the file). */
export const VERSION: string = version;

/** A usage problem: one line on stderr, exit status 2. */
export class UsageError extends Error {}

/** parseArgs's error message as one line of ours ("unknown option --foo", "--format needs a value"). */
export function argsErrorMessage(e: unknown): string | undefined {
  const code = (e as { code?: string } | undefined)?.code;
  if (!code?.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = (e as Error).message;
  const option = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `${option} takes no value`;
    if (/argument missing|ambiguous/.test(message)) return `${option} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim();
  return message.split(/\. /)[0].replace(/\.$/, '');
}

/** parseArgs in strict mode with `--help`/`-h` added; its errors become UsageError with our wording. */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } } });
  } catch (e) {
    const message = argsErrorMessage(e);
    if (message !== undefined) throw new UsageError(message);
    throw e;
  }
}
