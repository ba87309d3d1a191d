/**
 * The CLI's team policy: `--config FILE`, or else `.ecc-appendix.yaml` in the current folder or the nearest parent,
 * stopping at the repository root (the first folder holding `.git`) or the file-system root. The server looks the
 * same way from each workspace folder (workspaceFiles.ts), so both apply the same policy to the same files.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { detectKind, headerSchema, SCHEMA_IDS } from '../languageService/files';
import type { FolderState, ResolvedPolicy } from '../languageService/policy';
import { findPolicyUpward, libraryFolderStates, loadPolicyText, readSmallText, type LoadedPolicy } from '../workspaceFiles';
import { displayPath, InputError, readText } from './files';

/** A usage problem found by a subcommand: one line on stderr and exit status 2, as main.ts does. */
export function usageError(message: string): number {
  process.stderr.write(`ecc-appendix: ${message} (see ecc-appendix --help)\n`);
  return 2;
}

/** The policy in force and how to show its path in output. */
export interface CliPolicy {
  loaded: LoadedPolicy;
  /** The path as given (`--config`) or relative to the current folder (found), with `/` separators. */
  shown: string;
}

/**
 * Loads the policy for a CLI run. An unreadable `--config` file, or one that is not a team policy, is an input
 * error (exit 2); a policy with mistakes in it is loaded with those entries left out, and its findings are reported
 * like any other file's.
 */
export function cliPolicy(config: string | undefined, cwd = process.cwd()): CliPolicy | undefined {
  if (config !== undefined) {
    if (!existsSync(config)) throw new InputError(`cannot read --config ${config}: no such file`);
    const text = readText(config);
    const header = headerSchema(text);
    if (header !== SCHEMA_IDS.policy) {
      throw new InputError(`--config ${config} is not a team policy: its first key must be \`schema: ${SCHEMA_IDS.policy}\`${header ? `, not \`schema: ${header}\`` : ''}`);
    }
    return { loaded: loadPolicyText(path.resolve(cwd, config), text), shown: displayPath(config) };
  }
  const found = findPolicyUpward(cwd);
  if (!found) return undefined;
  const text = readSmallText(found);
  if (text === undefined) throw new InputError(`cannot read the team policy ${found}`);
  return { loaded: loadPolicyText(found, text), shown: displayPath(path.relative(cwd, found) || path.basename(found)) };
}

/** The inputs plus the policy file itself (its mistakes are reported like any file's), without duplicates. */
export function withPolicyFile(files: readonly string[], policy: CliPolicy | undefined): string[] {
  if (!policy || files.some((f) => path.resolve(f) === policy.loaded.file)) return [...files];
  return [policy.shown, ...files];
}

/** The policy part of the engine's options for one file: the policy in force, and for a policy file the state
 * of its snippet folders. */
export function policyOptions(
  policy: CliPolicy | undefined,
  file: string,
  text: string,
): { policy?: ResolvedPolicy; libraryFolders?: ReadonlyMap<string, FolderState> } {
  const isPolicy = detectKind(file, text) === 'policy';
  return { policy: policy?.loaded.policy, ...(isPolicy ? { libraryFolders: libraryFolderStates(path.resolve(file), text) } : {}) };
}
