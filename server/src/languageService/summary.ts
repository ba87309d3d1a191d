/**
 * Clause coverage of an appendix, for the code lens on line 1 and the VS Code status bar:
 * "33 of 35 clauses present · 1 exception · profile ecc-baseline".
 * - m counts the clauses that apply given the scope flags (soc.location_ksa only under ECC 4-1-3, soc.msoc_license
 *   only for managed security services); n how many of those the appendix has.
 * - k counts the exceptions in force (approved, valid, unexpired); expired ones are named separately.
 * - the profiles are all active ones: ecc-baseline, the appendix's `profile:`, settings and CLI, and the overlays
 *   the scope switches on.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { CLAUSES } from './catalogue/clauses';
import type { ProfileId } from './catalogue/types';
import { checkDocument, type CheckOptions } from './engine';
import type { ParsedYaml } from './parse';
import { activeProfiles, flagsOf, hasPath, holds, isRecord, type AppendixContext } from './rules/context';
import { checkExceptions } from './rules/exceptions';
import { PROFILE_IDS } from './settings';
import { localeOf } from './i18n/locale';
import { t } from './i18n/messages';

export interface AppendixSummary {
  /** Applicable clauses the appendix has. */
  present: number;
  /** Clauses that apply given the scope flags. */
  applicable: number;
  /** Exceptions in force. */
  exceptions: number;
  /** Exceptions past their expiry date. */
  expired: number;
  profiles: ProfileId[];
  /** Applicable clauses the appendix lacks, in catalogue order. */
  missing: { id: string; title: string }[];
  /** "n of m clauses present · k exceptions · profile ..." */
  text: string;
  /** Longer text for a hover or tooltip: what is missing and what the numbers mean. */
  tooltip: string;
}

/** The command a code lens / status item runs in VS Code: show this file's problems. */
export const SHOW_PROBLEMS_COMMAND = 'eccAppendix.showProblems';

/** The summary of an appendix, or undefined for other files and for text that could not be read as YAML. */
export function getSummary(name: string, text: string, options: CheckOptions, cached?: ParsedYaml): AppendixSummary | undefined {
  const result = checkDocument(name, text, options, cached);
  const parsed = result?.parsed;
  if (!result || result.kind !== 'appendix' || !parsed || parsed.broken || !isRecord(parsed.value)) return undefined;
  const root = parsed.value;
  const flags = flagsOf(root);
  const ctx: AppendixContext = {
    parsed,
    root,
    flags,
    profiles: activeProfiles(root, flags, [...options.settings.profiles, ...(options.profiles ?? []), ...(options.policy?.profiles ?? [])]),
    asOf: options.asOf,
    policy: options.policy,
  };
  const applicable = CLAUSES.filter((c) => !c.missing.requiredWhen || holds(ctx, c.missing.requiredWhen));
  const missing = applicable.filter((c) => !hasPath(parsed, c.path)).map((c) => ({ id: c.id, title: c.title }));
  const ex = checkExceptions(ctx);
  const exceptions = new Set([...ex.active.values()].map((e) => e.id)).size;
  const expired = ex.findings.filter((f) => f.code === 'exception-expired').length;
  const profiles = PROFILE_IDS.filter((p) => ctx.profiles.has(p));
  const present = applicable.length - missing.length;
  const locale = localeOf(options);
  const line = t(locale, 'summary.text', { present, applicable: applicable.length, exceptions, expired, profiles });
  const tooltip = t(locale, 'summary.tooltip', { missing, applicable: applicable.length, total: CLAUSES.length, exceptions, expired });
  return { present, applicable: applicable.length, exceptions, expired, profiles, missing, text: line, tooltip };
}

/** The code lens on the first line: the summary as its title; in VS Code a click shows this file's problems. */
export function summaryLens(document: TextDocument, summary: AppendixSummary): CodeLens {
  const start = { line: 0, character: 0 };
  return {
    range: { start, end: start },
    command: { title: summary.text, command: SHOW_PROBLEMS_COMMAND, arguments: [document.uri] },
  };
}
