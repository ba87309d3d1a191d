import type { ProfileId } from './catalogue/types';
import { detectKind, headerSchema, SCHEMA_IDS, type FileKind } from './files';
import type { Finding } from './findings';
import { parseYaml, splitPointer, type ParsedYaml } from './parse';
import { activeProfiles, clauseAtPath, flagsOf, isRecord, type AppendixContext } from './rules/context';
import { baseline } from './rules/baseline';
import { crossField } from './rules/crossField';
import { checkExceptions } from './rules/exceptions';
import { missingClause } from './rules/missingClause';
import { schemaFindings } from './schema';
import type { Settings } from './settings';
import { lineEnd } from './text';

/**
 * The one engine behind the editor, the CLI and every LSP client: text and settings in, findings out.
 * Pure: no IO, no clock (the caller passes `asOf`), never throws on bad input.
 */

export interface CheckOptions {
  settings: Settings;
  /** "Today", YYYY-MM-DD: `settings.asOf` or the caller's current date. */
  asOf: string;
  /** Extra profiles from the CLI or a team policy. */
  profiles?: readonly ProfileId[];
}

export interface CheckResult {
  kind: FileKind;
  findings: Finding[];
  parsed: ParsedYaml | undefined;
}

function schemaVersionFinding(kind: FileKind, text: string, found: string | undefined): Finding {
  const expected = SCHEMA_IDS[kind];
  const what = kind === 'appendix' ? 'a security appendix' : kind === 'evidence' ? 'an evidence log' : 'a team policy';
  const message =
    found === undefined
      ? `This file is named as ${what} but has no \`schema: ${expected}\` header; add it as the first key so the file can be checked.`
      : `This file is named as ${what} but its header is \`schema: ${found}\`; write \`schema: ${expected}\` (no other version is known).`;
  return { code: 'schema-version', severity: 'error', message, span: { start: 0, end: lineEnd(text, 0) }, ecc: [], basis: null };
}

function appendixFindings(parsed: ParsedYaml, root: Record<string, unknown>, options: CheckOptions): Finding[] {
  const flags = flagsOf(root);
  const ctx: AppendixContext = {
    parsed,
    root,
    flags,
    profiles: activeProfiles(root, flags, [...options.settings.profiles, ...(options.profiles ?? [])]),
    asOf: options.asOf,
  };
  const exceptions = checkExceptions(ctx);
  const findings = [...missingClause(ctx), ...baseline(ctx), ...crossField(ctx)];
  for (const f of findings) {
    const ex = exceptions.active.get(f.code);
    if (!ex) continue;
    f.data = { kind: 'excepted', exception: ex.id, original: f.severity };
    f.severity = 'info';
    f.message += ` Accepted under exception ${ex.id} until ${ex.expiresOn}.`;
  }
  return [...findings, ...exceptions.findings];
}

/** Checks one document. Returns undefined for files that are not the product's (they are left alone). */
export function checkDocument(nameOrUri: string, text: string, options: CheckOptions, cached?: ParsedYaml): CheckResult | undefined {
  const kind = detectKind(nameOrUri, text);
  if (!kind) return undefined;
  const found = headerSchema(text);
  if (found !== SCHEMA_IDS[kind]) return { kind, findings: [schemaVersionFinding(kind, text, found)], parsed: undefined };

  const parsed = cached ?? parseYaml(text);
  let findings: Finding[] = [...parsed.problems];
  if (!parsed.broken) {
    if (!isRecord(parsed.value)) {
      findings.push({ code: 'type', severity: 'error', message: 'The file must be a mapping of keys, starting with `schema:`.', span: { start: 0, end: lineEnd(text, 0) }, ecc: [], basis: null });
    } else {
      for (const { finding, at } of schemaFindings(kind, parsed)) {
        // Shape problems inside a clause carry that clause's controls.
        const clause = kind === 'appendix' ? clauseAtPath(splitPointer(at)) : undefined;
        if (clause) {
          finding.ecc = clause.ecc;
          finding.basis = clause.basis;
        }
        findings.push(finding);
      }
      if (kind === 'appendix') findings.push(...appendixFindings(parsed, parsed.value, options));
    }
  }
  findings = applyRuleLevels(findings, options.settings);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return { kind, findings, parsed };
}

/** `eccAppendix.rules` / policy overrides: a level per code; `off` drops the finding. */
function applyRuleLevels(findings: Finding[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = settings.rules[f.code];
    if (level === 'off') continue;
    if (level && !(f.data?.kind === 'excepted')) f.severity = level;
    out.push(f);
  }
  return out;
}
