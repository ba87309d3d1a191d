import type { ProfileId } from './catalogue/types';
import { detectKind, headerSchema, SCHEMA_IDS, type FileKind } from './files';
import { withEvidenceFindings, type AppendixSource } from './evidence/index';
import type { Finding } from './findings';
import { limitFinding, parseYaml, splitPointer, type ParsedYaml } from './parse';
import { mergedRules, readPolicy, type FolderState, type ResolvedPolicy } from './policy';
import { activeProfiles, clauseAtPath, flagsOf, isRecord, type AppendixContext } from './rules/context';
import { baseline } from './rules/baseline';
import { crossField } from './rules/crossField';
import { checkExceptions } from './rules/exceptions';
import { missingClause } from './rules/missingClause';
import { schemaFindings } from './schema';
import { snippetFileFindings } from './snippetLibrary';
import { lengthFinding } from './render/lengthRule';
import type { RuleLevel, Settings } from './settings';
import { localeOf, type Locale } from './i18n/locale';
import { render, t } from './i18n/messages';
import { lineEnd } from './text';
import { pushAll } from './arrays';

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
  /**
   * The team policy in force for this document (policy.ts): its profiles, threshold overrides and severities apply
   * to appendices and snippet libraries. The server takes the workspace folder's `.ecc-appendix.yaml`, the CLI
   * `--config` or the one found upward from the current folder. A policy file's own findings ignore it.
   */
  policy?: ResolvedPolicy;
  /** For a policy file: what the caller's file system says about each `snippetLibraries` entry (as written). */
  libraryFolders?: ReadonlyMap<string, FolderState>;
  /**
   * For an evidence log: the appendices it may link to (`evidence_log.appendix` = `appendix.id`), found by the
   * caller (CLI: inputs, then the log's folder and its parents; server: open documents and workspace files). Build
   * each with `readAppendixSource`. docs/evidence.md, "Linking".
   */
  appendices?: readonly AppendixSource[];
  /**
   * Language of the messages, resolved by the caller (server: `eccAppendix.language`, `auto` following the client's
   * display language; CLI: `--lang`). Absent: `settings.language` when it is `en` or `ar`, else English.
   */
  locale?: Locale;
}

export interface CheckResult {
  kind: FileKind;
  findings: Finding[];
  parsed: ParsedYaml | undefined;
}

function schemaVersionFinding(kind: FileKind, text: string, found: string | undefined, locale: Locale): Finding {
  const message = t(locale, 'schema-version', { kind, expected: SCHEMA_IDS[kind], found });
  return { code: 'schema-version', severity: 'error', message, span: { start: 0, end: lineEnd(text, 0) }, ecc: [], basis: null };
}

/** A finding worded before the language was known (the cached parse), as a copy worded in `locale`. */
function inLocale(f: Finding, locale: Locale): Finding {
  return { ...f, message: f.i18n && locale !== 'en' ? render(locale, f.i18n) : f.message };
}

function appendixFindings(parsed: ParsedYaml, root: Record<string, unknown>, options: CheckOptions): Finding[] {
  const flags = flagsOf(root);
  const ctx: AppendixContext = {
    parsed,
    root,
    flags,
    profiles: activeProfiles(root, flags, [...options.settings.profiles, ...(options.profiles ?? []), ...(options.policy?.profiles ?? [])]),
    asOf: options.asOf,
    policy: options.policy,
    locale: localeOf(options),
  };
  const exceptions = checkExceptions(ctx);
  const findings = [...missingClause(ctx), ...baseline(ctx), ...crossField(ctx)];
  for (const f of findings) {
    const ex = exceptions.active.get(f.code);
    if (!ex) continue;
    f.data = { kind: 'excepted', exception: ex.id, original: f.severity };
    f.severity = 'info';
    f.message += t(ctx.locale!, 'exception.accepted', { id: ex.id, expiresOn: ex.expiresOn });
  }
  // The schedule this appendix renders to, measured against the one-page target (docs/render.md).
  const lengthLevel = mergedRules(options.settings.rules, options.policy).length;
  const length = lengthFinding(parsed, root, ctx.locale!, lengthLevel);
  return [...findings, ...exceptions.findings, ...length];
}

/** True when the JSON Pointer `at` names a mapping entry whose value is null (written `key:`, `key: ~` or `key: null`). */
function isBlankEntry(root: unknown, at: string): boolean {
  const parts = splitPointer(at);
  if (!parts.length) return false;
  let parent: unknown = root;
  for (const p of parts.slice(0, -1)) {
    if (isRecord(parent)) parent = parent[p];
    else if (Array.isArray(parent)) parent = parent[Number(p)];
    else return false;
  }
  return isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, parts[parts.length - 1]) && parent[parts[parts.length - 1]] === null;
}

/** Checks one document. Returns undefined for files that are not the product's (they are left alone). */
export function checkDocument(nameOrUri: string, text: string, options: CheckOptions, cached?: ParsedYaml): CheckResult | undefined {
  const kind = detectKind(nameOrUri, text);
  if (!kind) return undefined;
  // An oversized or binary file gets one finding and is not parsed (docs/robustness.md).
  const locale = localeOf(options);
  const refused = limitFinding(text);
  if (refused) return { kind, findings: [inLocale(refused, locale)], parsed: undefined };
  const found = headerSchema(text);
  if (found !== SCHEMA_IDS[kind]) return { kind, findings: [schemaVersionFinding(kind, text, found, locale)], parsed: undefined };

  const parsed = cached ?? parseYaml(text);
  // Copies: the parse may be cached and shared, and severities are set on the findings below.
  let findings: Finding[] = parsed.problems.map((p) => inLocale(p, locale));
  if (!parsed.broken) {
    if (!isRecord(parsed.value)) {
      findings.push({ code: 'type', severity: 'error', message: t(locale, 'file.not-mapping', {}), span: { start: 0, end: lineEnd(text, 0) }, ecc: [], basis: null });
    } else {
      const rules = kind === 'appendix' ? appendixFindings(parsed, parsed.value, options) : [];
      // An empty value (`key:`, `~`, `null`) counts as missing (decisions.md 13): where a rule reports it as missing
      // (on its key), that is its only finding, with no `type` finding besides. Where absence is not reported (no
      // baseline: `ref`, `appendix.id`, the `init` placeholders), the `type` finding stays, so an empty value is
      // never silently accepted.
      const missingAt = new Set(rules.map((f) => `${f.span.start}:${f.span.end}`));
      for (const { finding, at } of schemaFindings(kind, parsed, locale)) {
        if (kind === 'appendix' && isBlankEntry(parsed.value, at)) {
          const key = parsed.locs.get(at)?.key;
          if (key && missingAt.has(`${key.start}:${key.end}`)) continue;
        }
        // Shape problems inside a clause carry that clause's controls.
        const clause = kind === 'appendix' ? clauseAtPath(splitPointer(at)) : undefined;
        if (clause) {
          finding.ecc = clause.ecc;
          finding.basis = clause.basis;
        }
        findings.push(finding);
      }
      pushAll(findings, rules);
      if (kind === 'evidence') findings = withEvidenceFindings(findings, parsed, parsed.value, { ...options, locale });
      if (kind === 'policy') pushAll(findings, readPolicy(parsed, options.libraryFolders, locale).findings);
      if (kind === 'snippets') pushAll(findings, snippetFileFindings(parsed, options.policy, options.asOf, locale));
    }
  }
  // A policy file's own findings are not subject to its (or another policy's) severities.
  findings = applyRuleLevels(findings, kind === 'policy' ? options.settings.rules : mergedRules(options.settings.rules, options.policy));
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  // A value used twice through an alias or merge key is reported once at its anchor, not once per use.
  const seen = new Set<string>();
  findings = findings.filter((f) => {
    const key = `${f.span.start}:${f.span.end}:${f.code}:${f.severity}:${f.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
  return { kind, findings, parsed };
}

/** `eccAppendix.rules` / policy overrides: a level per code; `off` drops the finding. */
function applyRuleLevels(findings: Finding[], rules: Readonly<Record<string, RuleLevel>>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = rules[f.code];
    if (level === 'off') continue;
    if (level && !(f.data?.kind === 'excepted')) f.severity = level;
    out.push(f);
  }
  return out;
}
