/**
 * Team policy (`.ecc-appendix.yaml`, `schema: ecc-policy/v1`): one resolver for the server and the CLI.
 *
 * - `readPolicy` turns the policy file into a `ResolvedPolicy` plus the semantic findings of the policy file itself.
 * - `thresholdsFor` gives the thresholds an appendix parameter is checked against once the policy applies.
 *
 * Reading of an override (docs/policy.md):
 * - Its `value` is read the way the catalogue reads that parameter's threshold: a ceiling for `max` parameters
 *   (`initial_notice_hours`), a floor for `min` ones (`retention_months`), the items a list must include, the value
 *   a boolean or choice must have, and `true`/`false` for "must be stated".
 * - "In scope" are the catalogue thresholds of that parameter under `ecc-baseline` and the profiles the policy
 *   lists, whatever their conditions (critical systems, cloud, ...).
 * - Tightening (the value is at least as strict as every in-scope threshold) adds the team's threshold beside the
 *   catalogue's, so the strictest still wins and nothing is weakened.
 * - Relaxing (the value is looser than an in-scope threshold, or an explicit `severity` is lower than one) replaces
 *   those thresholds, and only with a `reason`; without one the override is not applied and the policy file gets a
 *   `policy-relaxation` error. Thresholds of profiles the policy does not list (switched on by an appendix's scope,
 *   `profile:` list, the settings or `--profile`) are never relaxed.
 *
 * Pure: text in, data out. Whether a snippet folder exists is file-system knowledge the caller passes in.
 */
import { CLAUSES } from './catalogue/clauses';
import { describeTest, showValue } from './catalogue/describe';
import type { Clause, ParamDef, ProfileId, Severity, Test, Threshold } from './catalogue/types';
import { FILE_CODES, SEVERITY_RANK, type Finding, type Span } from './findings';
import { parseYaml, pointer, type ParsedYaml } from './parse';
import { PROFILE_IDS, type RuleLevel } from './settings';
import { closest, lineEnd } from './text';
import type { Locale } from './i18n/locale';
import { t } from './i18n/messages';
import type { FolderProblem, OverrideProblem } from './i18n/policy';
import type { Unit } from './catalogue/types';

/** Finding codes of the policy and snippet-library files (docs/policy.md). */
export const POLICY_CODES = ['policy-relaxation', 'snippet-library', 'snippet-below-baseline'] as const;

/** One `thresholds:` entry, read and classified. */
export interface ThresholdOverride {
  /** `clause.param` as written, e.g. `incident.notification.initial_notice_hours`. */
  key: string;
  clause: string;
  /** Parameter path inside the clause (`['at_rest', 'level']` for a nested key). */
  param: readonly string[];
  /** The team's test: the catalogue's kind of test with the team's value. */
  test: Test;
  severity: Severity;
  /** True when `severity` was written in the policy (not derived). */
  explicitSeverity: boolean;
  reason?: string;
  /** Looser than at least one in-scope catalogue threshold. */
  relaxes: boolean;
  /** False for a relaxation without a reason: the catalogue stands. */
  applied: boolean;
  /** The catalogue thresholds this override replaces (empty when it only tightens). */
  replaces: readonly Threshold[];
  /** The threshold added for the team (what `thresholdsFor` returns beside the catalogue's). */
  threshold: Threshold;
}

/** The team policy in force, as one typed value. `EMPTY_POLICY` when there is none. */
export interface ResolvedPolicy {
  profiles: readonly ProfileId[];
  /** Valid overrides by `clause.param` key (applied or not). */
  thresholds: ReadonlyMap<string, ThresholdOverride>;
  /** Severity per finding code; wins over the `eccAppendix.rules` setting. */
  rules: Readonly<Record<string, RuleLevel>>;
  /** Snippet folders as written, relative to the policy file. */
  snippetLibraries: readonly string[];
}

export const EMPTY_POLICY: ResolvedPolicy = Object.freeze({
  profiles: [],
  thresholds: new Map(),
  rules: {},
  snippetLibraries: [],
});

/** What the caller found for one `snippetLibraries` entry (IO; see server/src/workspaceFiles.ts). */
export type FolderState = 'ok' | 'missing' | 'not-folder' | 'absolute' | 'outside';

// ---------------------------------------------------------------------------------------------------------------
// Parameters addressable by `clause.param`

export interface ParamRef {
  clause: Clause;
  path: readonly string[];
  param: ParamDef;
}

function collectParams(): Map<string, ParamRef> {
  const out = new Map<string, ParamRef>();
  const walk = (clause: Clause, params: readonly ParamDef[], prefix: string[]) => {
    for (const p of params) {
      const path = [...prefix, p.key];
      out.set(`${clause.id}.${path.join('.')}`, { clause, path, param: p });
      if (p.type.kind === 'object') walk(clause, p.type.params, path);
    }
  };
  for (const c of CLAUSES) walk(c, c.params, []);
  return out;
}

/** Every `clause.param` key a policy may name. */
export const PARAM_KEYS: ReadonlyMap<string, ParamRef> = collectParams();

const OVERRIDABLE_KEYS = [...PARAM_KEYS.keys()];

/** Finding codes a policy's `rules:` may name: clause ids, evidence checks, file-level codes. */
export function isKnownCode(code: string): boolean {
  if (/^EV-(0[1-9]|[12]\d)$/.test(code)) return true;
  return CLAUSES.some((c) => c.id === code) || (FILE_CODES as readonly string[]).includes(code) || (POLICY_CODES as readonly string[]).includes(code);
}

const KNOWN_CODES = [...CLAUSES.map((c) => c.id), ...FILE_CODES, ...POLICY_CODES];

// ---------------------------------------------------------------------------------------------------------------
// What kind of value an override takes

type OverrideKind = { op: Test['op'] } | { problem: OverrideProblem };

/** The catalogue's test kind for a parameter, or by its type when it has none. */
export function overrideKind(ref: ParamRef): OverrideKind {
  const p = ref.param;
  const ops = (p.baseline ?? []).map((t) => t.test.op);
  const op = ops.find((o) => o !== 'present') ?? (ops.length ? 'present' : undefined);
  if (op) return { op };
  switch (p.type.kind) {
    case 'bool':
    case 'enum':
      return { op: 'equals' };
    case 'list':
      return { op: 'includesAll' };
    case 'string':
    case 'date':
    case 'country':
      return { op: 'present' };
    case 'object':
    case 'object-list':
      return { problem: { kind: 'group' } };
    default:
      return { problem: { kind: 'no-baseline' } };
  }
}

function itemValues(p: ParamDef): readonly string[] | undefined {
  const t = p.type;
  if (t.kind === 'enum') return t.values;
  if (t.kind === 'list' && t.item.kind === 'enum') return t.item.values;
  return undefined;
}

function isCountry(v: unknown): boolean {
  return typeof v === 'string' && /^[A-Z]{2}$/.test(v);
}

/** Reads the override's `value` as a test of kind `op`, or says what is wrong with it. */
function readValue(ref: ParamRef, op: Test['op'], value: unknown): Test | { problem: OverrideProblem } {
  const p = ref.param;
  const unit: Unit | undefined = 'unit' in p.type ? p.type.unit : undefined;
  const list = (items: readonly unknown[]): string[] | { problem: OverrideProblem } => {
    const allowed = itemValues(p);
    const out: string[] = [];
    for (const item of items) {
      if (typeof item !== 'string') return { problem: { kind: 'list-item-type', choices: !!allowed, item } };
      if (allowed && !allowed.includes(item)) {
        return { problem: { kind: 'list-item-choice', allowed, item, suggestion: closest(item, allowed) } };
      }
      if (p.type.kind === 'list' && p.type.item.kind === 'country' && !isCountry(item)) return { problem: { kind: 'list-item-country', item } };
      out.push(item);
    }
    return out;
  };
  switch (op) {
    case 'max':
    case 'min':
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { op, value };
      return { problem: { kind: 'number', unit, op, value } };
    case 'equals': {
      if (p.type.kind === 'bool') return typeof value === 'boolean' ? { op, value } : { problem: { kind: 'bool', value } };
      const allowed = itemValues(p) ?? [];
      if (typeof value === 'string' && allowed.includes(value)) return { op, value };
      if (Array.isArray(value) && p.type.kind === 'enum') {
        const r = list(value);
        return Array.isArray(r) ? { op: 'oneOf', values: r } : r;
      }
      const s = typeof value === 'string' ? closest(value, allowed) : undefined;
      return { problem: { kind: 'choice', allowed, orList: false, value, suggestion: s } };
    }
    case 'oneOf': {
      const allowed = itemValues(p) ?? [];
      if (typeof value === 'string' && !allowed.includes(value)) {
        return { problem: { kind: 'choice', allowed, orList: true, value, suggestion: closest(value, allowed) } };
      }
      const r = list(typeof value === 'string' ? [value] : Array.isArray(value) ? value : [value]);
      return Array.isArray(r) ? { op, values: r } : r;
    }
    case 'includesAll':
    case 'includesAny': {
      if (!Array.isArray(value)) return { problem: { kind: 'list', value } };
      const r = list(value);
      return Array.isArray(r) ? { op, values: r } : r;
    }
    case 'allEqual': {
      const field = ref.param.baseline?.find((t) => t.test.op === 'allEqual')?.test as Extract<Test, { op: 'allEqual' }> | undefined;
      if (isCountry(value)) return { op, value: value as string, ...(field?.field ? { field: field.field } : {}) };
      return { problem: { kind: 'all-equal', value } };
    }
    case 'present':
      if (typeof value === 'boolean') return value ? { op } : { op: 'present', value: false } as unknown as Test;
      return { problem: { kind: ref.param.type.kind === 'int' ? 'present-int' : 'present', value } };
  }
}

/** A `present` override with `value: false`: the parameter need not be stated. */
function isLifted(t: Test): boolean {
  return t.op === 'present' && (t as unknown as { value?: boolean }).value === false;
}

/**
 * How the team's test compares with a catalogue test of the same kind: `stricter` and `same` never let through a
 * value the catalogue rejects; `looser` does.
 */
export function compareTests(team: Test, cat: Test): 'stricter' | 'same' | 'looser' {
  const subset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
  const setCmp = (narrower: boolean, equal: boolean) => (equal ? 'same' : narrower ? 'stricter' : 'looser');
  if (team.op === 'present' || cat.op === 'present') {
    if (isLifted(team)) return 'looser';
    return team.op === cat.op ? 'same' : 'stricter';
  }
  if (team.op !== cat.op) {
    // equals vs oneOf on a choice: compare the accepted sets.
    const acc = (t: Test) => (t.op === 'equals' ? [String(t.value)] : t.op === 'oneOf' ? t.values : undefined);
    const a = acc(team);
    const b = acc(cat);
    if (a && b) return setCmp(subset(a, b), subset(a, b) && subset(b, a));
    return 'looser';
  }
  switch (team.op) {
    case 'max': {
      const c = (cat as typeof team).value;
      return team.value === c ? 'same' : team.value < c ? 'stricter' : 'looser';
    }
    case 'min': {
      const c = (cat as typeof team).value;
      return team.value === c ? 'same' : team.value > c ? 'stricter' : 'looser';
    }
    case 'equals':
      return team.value === (cat as typeof team).value ? 'same' : 'looser';
    case 'allEqual':
      return team.value === (cat as typeof team).value ? 'same' : 'looser';
    case 'oneOf': {
      const c = (cat as typeof team).values;
      return setCmp(subset(team.values, c), subset(team.values, c) && subset(c, team.values));
    }
    case 'includesAll': {
      const c = (cat as typeof team).values;
      return setCmp(subset(c, team.values), subset(c, team.values) && subset(team.values, c));
    }
    case 'includesAny': {
      const c = (cat as typeof team).values;
      return setCmp(subset(team.values, c), subset(team.values, c) && subset(c, team.values));
    }
  }
}

function sameKind(a: Test, b: Test): boolean {
  if (a.op === 'present' || b.op === 'present') return a.op === b.op;
  const choice = (o: Test['op']) => o === 'equals' || o === 'oneOf';
  return a.op === b.op || (choice(a.op) && choice(b.op));
}

/** Catalogue thresholds the policy's profiles bring in (any condition). */
function inScope(param: ParamDef, profiles: readonly ProfileId[]): Threshold[] {
  return (param.baseline ?? []).filter((t) => !t.profile || t.profile === 'ecc-baseline' || profiles.includes(t.profile));
}

const TEAM = new WeakMap<Threshold, ThresholdOverride>();

/** The override behind a threshold that `thresholdsFor` added for the team; undefined for catalogue thresholds. */
export function teamOverride(t: Threshold): ThresholdOverride | undefined {
  return TEAM.get(t);
}

/** Builds the override, or explains why the entry cannot be one. */
export function classifyOverride(
  key: string,
  entry: { value: unknown; reason?: unknown; severity?: unknown },
  profiles: readonly ProfileId[],
): ThresholdOverride | { problem: OverrideProblem | 'unknown'; at: 'key' | 'value' } {
  const ref = PARAM_KEYS.get(key);
  if (!ref) return { problem: 'unknown', at: 'key' };
  const kind = overrideKind(ref);
  if ('problem' in kind) return { problem: kind.problem, at: 'key' };
  const read = readValue(ref, kind.op, entry.value);
  if ('problem' in read) return { problem: read.problem, at: 'value' };
  const test = read;
  const scoped = inScope(ref.param, profiles).filter((t) => sameKind(test, t.test));
  const explicit = entry.severity === 'error' || entry.severity === 'warning' || entry.severity === 'info' ? (entry.severity as Severity) : undefined;
  const unconditional = scoped.filter((t) => !t.when?.length);
  const pick = (list: Threshold[]) => list.reduce<Severity | undefined>((s, t) => (!s || SEVERITY_RANK[t.severity] > SEVERITY_RANK[s] ? t.severity : s), undefined);
  const severity = explicit ?? pick(unconditional) ?? pick(scoped) ?? 'warning';
  const replaces = scoped.filter((t) => compareTests(test, t.test) === 'looser' || (explicit !== undefined && SEVERITY_RANK[explicit] < SEVERITY_RANK[t.severity]));
  const reason = typeof entry.reason === 'string' && entry.reason.trim() ? entry.reason.trim() : undefined;
  const relaxes = replaces.length > 0;
  // A relaxed threshold's harder line survives when the team's value still meets it.
  const escalate = replaces.map((t) => t.escalate).find((e) => e && compareTests(test, e.test) !== 'looser');
  const threshold: Threshold = {
    test,
    severity,
    basis: 'practice',
    source: 'I',
    origin: 'team policy',
    ...(escalate ? { escalate } : {}),
  };
  const override: ThresholdOverride = {
    key,
    clause: ref.clause.id,
    param: ref.path,
    test,
    severity,
    explicitSeverity: explicit !== undefined,
    reason,
    relaxes,
    applied: !relaxes || reason !== undefined,
    replaces,
    threshold,
  };
  TEAM.set(threshold, override);
  return override;
}

/**
 * The thresholds an appendix parameter is checked against under `policy`: the catalogue's, minus those an applied
 * relaxation replaces, plus the team's. `relaxed` are the replaced ones (for the "accepted because" info finding).
 */
export function thresholdsFor(
  policy: ResolvedPolicy | undefined,
  clauseId: string,
  path: readonly string[],
  param: ParamDef,
): { thresholds: readonly Threshold[]; relaxed: readonly Threshold[]; override?: ThresholdOverride } {
  const catalogue = param.baseline ?? [];
  const o = policy?.thresholds.get(`${clauseId}.${path.join('.')}`);
  if (!o || !o.applied) return { thresholds: catalogue, relaxed: [] };
  const kept = catalogue.filter((t) => !o.replaces.includes(t));
  return { thresholds: isLifted(o.test) ? kept : [...kept, o.threshold], relaxed: o.replaces, override: o };
}

/**
 * What a team threshold says, as data for the message templates (i18n/appendix.ts words it): the team's test, and
 * the baseline tests it relaxes (with the reason) or tightens.
 */
export interface TeamThresholdFacts {
  relaxes: boolean;
  test: Test;
  /** A `present` override with `value: false`: the parameter need not be stated. */
  lifted: boolean;
  /** The catalogue tests relaxed (all replaced ones) or tightened (the unconditional ecc-baseline ones, else all). */
  from: readonly Test[];
  reason?: string;
}

export function teamThresholdFacts(o: ThresholdOverride, param: ParamDef): TeamThresholdFacts {
  if (o.relaxes) return { relaxes: true, test: o.test, lifted: isLifted(o.test), from: o.replaces.map((t) => t.test), reason: o.reason };
  const candidates = (param.baseline ?? []).filter((t) => sameKind(o.test, t.test) && compareTests(o.test, t.test) === 'stricter');
  const plain = candidates.filter((t) => !t.profile && !t.when?.length);
  return { relaxes: false, test: o.test, lifted: isLifted(o.test), from: (plain.length ? plain : candidates).map((t) => t.test) };
}

/** "the team policy requires at most 12 hours (tightened from at most 24 hours)" and the like. */
export function teamThresholdWords(o: ThresholdOverride, param: ParamDef): string {
  const what = describeTest(o.test, param.type);
  if (o.relaxes) {
    const from = [...new Set(o.replaces.map((t) => describeTest(t.test, param.type)))].join(' or ');
    return `the team policy allows ${what} instead of the baseline's ${from} (relaxed: ${o.reason})`;
  }
  // Named against the unconditional ecc-baseline threshold when there is one (the others depend on the appendix).
  const candidates = (param.baseline ?? []).filter((t) => sameKind(o.test, t.test) && compareTests(o.test, t.test) === 'stricter');
  const plain = candidates.filter((t) => !t.profile && !t.when?.length);
  const tighter = plain.length ? plain : candidates;
  const from = [...new Set(tighter.map((t) => describeTest(t.test, param.type)))];
  return `the team policy requires ${what}${from.length ? ` (tightened from ${from.join(' or ')})` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the policy file

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finding(code: string, severity: Severity, message: string, span: Span, ecc: readonly string[] = []): Finding {
  return { code, severity, message, span, ecc, basis: null, data: { kind: 'other' } };
}

function locate(parsed: ParsedYaml | undefined, path: (string | number)[], key = false): Span {
  if (!parsed) return { start: 0, end: 0 };
  for (let n = path.length; n >= 0; n--) {
    const loc = parsed.locs.get(pointer(path.slice(0, n)));
    if (loc) return (key || n < path.length) && loc.key ? loc.key : loc.value;
  }
  return { start: 0, end: lineEnd(parsed.text, 0) };
}

/** Lexical check of a snippet folder as written: absolute paths and paths that climb out of the policy's folder. */
export function libraryPathProblem(raw: string): 'absolute' | 'outside' | undefined {
  const s = raw.trim();
  if (/^([\\/]|[A-Za-z]:|~|[A-Za-z][A-Za-z0-9+.-]*:)/.test(s)) return 'absolute';
  let depth = 0;
  for (const part of s.split(/[\\/]+/)) {
    if (part === '..') depth--;
    else if (part && part !== '.') depth++;
    if (depth < 0) return 'outside';
  }
  return undefined;
}


/**
 * Reads a policy (parsed text) into a `ResolvedPolicy` and the semantic findings of the policy file (unknown
 * `clause.param`, wrong value types, relaxations without a reason, unknown codes, snippet folders). Never throws;
 * whatever is invalid is left out of the resolved policy. `folders` comes from the caller's file system check.
 */
export function readPolicy(parsed: ParsedYaml, folders?: ReadonlyMap<string, FolderState>, locale: Locale = 'en'): { policy: ResolvedPolicy; findings: Finding[] } {
  const findings: Finding[] = [];
  const root = parsed.broken ? undefined : parsed.value;
  if (!isRecord(root)) return { policy: EMPTY_POLICY, findings };

  const profiles: ProfileId[] = [];
  if (Array.isArray(root.profiles)) for (const p of root.profiles) if (PROFILE_IDS.includes(p as ProfileId) && !profiles.includes(p as ProfileId)) profiles.push(p as ProfileId);

  const thresholds = new Map<string, ThresholdOverride>();
  if (isRecord(root.thresholds)) {
    for (const [key, entry] of Object.entries(root.thresholds)) {
      if (!isRecord(entry) || !('value' in entry)) continue; // the schema check reports the shape
      const r = classifyOverride(key, entry as { value: unknown }, profiles);
      if ('problem' in r) {
        if (r.problem === 'unknown') {
          const s = closest(key, OVERRIDABLE_KEYS);
          const clause = CLAUSES.find((c) => key.startsWith(c.id + '.'));
          findings.push(
            finding(
              'unknown-key',
              'error',
              t(locale, 'policy.unknown-param', {
                key,
                suggestion: s,
                clause: clause && { id: clause.id, params: clause.params.filter((p) => p.baseline?.length).map((p) => p.key) },
              }),
              locate(parsed, ['thresholds', key], true),
            ),
          );
        } else {
          findings.push(finding('type', 'error', t(locale, 'policy.override-problem', { key, problem: r.problem }), locate(parsed, r.at === 'key' ? ['thresholds', key] : ['thresholds', key, 'value'], r.at === 'key')));
        }
        continue;
      }
      thresholds.set(key, r);
      if (r.relaxes && !r.reason) {
        const ref = PARAM_KEYS.get(key)!;
        const looser = r.replaces.filter((t) => compareTests(r.test, t.test) === 'looser');
        findings.push(
          finding(
            'policy-relaxation',
            'error',
            t(
              locale,
              'policy.relaxation',
              looser.length
                ? { key, type: ref.param.type, kind: 'relax', from: looser.map((x) => x.test), to: r.test, lifted: isLifted(r.test) }
                : { key, type: ref.param.type, kind: 'lower', fromSeverities: r.replaces.map((x) => x.severity), toSeverity: r.severity },
            ),
            locate(parsed, ['thresholds', key, looser.length ? 'value' : 'severity']),
            ref.clause.ecc,
          ),
        );
      }
    }
  }

  const rules: Record<string, RuleLevel> = {};
  if (isRecord(root.rules)) {
    for (const [code, level] of Object.entries(root.rules)) {
      if (level !== 'off' && level !== 'info' && level !== 'warning' && level !== 'error') continue; // schema reports it
      if (!isKnownCode(code)) {
        const s = closest(code, KNOWN_CODES);
        findings.push(
          finding(
            'unknown-key',
            'warning',
            t(locale, 'policy.unknown-code', { code, suggestion: s }),
            locate(parsed, ['rules', code], true),
          ),
        );
        continue;
      }
      rules[code] = level;
    }
  }

  const snippetLibraries: string[] = [];
  if (Array.isArray(root.snippetLibraries)) {
    root.snippetLibraries.forEach((raw, i) => {
      if (typeof raw !== 'string') return;
      const state: FolderState = libraryPathProblem(raw) ?? folders?.get(raw) ?? 'ok';
      if (state !== 'ok') {
        findings.push(finding('snippet-library', 'error', t(locale, 'policy.snippet-folder', { raw, problem: state as FolderProblem }), locate(parsed, ['snippetLibraries', i])));
        return;
      }
      if (raw.trim()) snippetLibraries.push(raw.trim());
    });
  }

  return { policy: { profiles, thresholds, rules, snippetLibraries }, findings };
}

/** Resolves policy text (for callers that only need the policy, such as the CLI and the server's store). */
export function resolvePolicy(text: string, folders?: ReadonlyMap<string, FolderState>): ResolvedPolicy {
  return readPolicy(parseYaml(text), folders).policy;
}

/** Severity levels in force: the settings' `eccAppendix.rules`, then the policy's `rules:` (the team's word wins). */
export function mergedRules(settings: Readonly<Record<string, RuleLevel>>, policy: ResolvedPolicy | undefined): Record<string, RuleLevel> {
  return { ...settings, ...(policy?.rules ?? {}) };
}

/** "at most 24 hours" for a threshold, with `not required` for a lifted `present`. */
export function overrideWords(o: ThresholdOverride): string {
  const ref = PARAM_KEYS.get(o.key);
  if (isLifted(o.test)) return 'not required';
  return ref ? describeTest(o.test, ref.param.type) : showValue(o.test);
}
