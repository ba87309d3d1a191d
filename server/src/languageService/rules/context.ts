import { CLAUSES } from '../catalogue/clauses';
import type { Clause, Condition, ProfileId } from '../catalogue/types';
import type { Finding, Span } from '../findings';
import { pointer, type ParsedYaml } from '../parse';
import type { ResolvedPolicy } from '../policy';
import type { Locale } from '../i18n/locale';

/** Everything an appendix rule reads: the located document, applicability flags, active profiles and "today". */
export interface AppendixContext {
  parsed: ParsedYaml;
  root: Record<string, unknown>;
  flags: ReadonlySet<Condition>;
  profiles: ReadonlySet<ProfileId>;
  /** Evaluation date, YYYY-MM-DD. */
  asOf: string;
  /** The team policy in force (threshold overrides), if any. */
  policy?: ResolvedPolicy;
  /** Language of the messages (i18n/locale.ts); English when absent. */
  locale?: Locale;
}

export type AppendixRule = (ctx: AppendixContext) => Finding[];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function getIn(root: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (Array.isArray(cur) && typeof p === 'number') cur = cur[p];
    else if (isRecord(cur) && Object.prototype.hasOwnProperty.call(cur, p)) cur = cur[p as string];
    else return undefined;
  }
  return cur;
}

/** Span of the value at `path`, or of its key with `key: true`; falls back to the nearest located ancestor. */
export function spanAt(parsed: ParsedYaml, path: readonly (string | number)[], key = false): Span {
  for (let n = path.length; n >= 0; n--) {
    const loc = parsed.locs.get(pointer(path.slice(0, n)));
    if (loc) return (key || n < path.length) && loc.key ? loc.key : loc.value;
  }
  return { start: 0, end: 0 };
}

export function hasPath(parsed: ParsedYaml, path: readonly (string | number)[]): boolean {
  return parsed.locs.has(pointer(path));
}

/** Engagement types under which ECC 4-1-3 applies (docs/decisions.md: cloud/hosting counts, by ECC 4-2-3). */
const ENGAGEMENTS_413 = ['it_outsourcing', 'cybersecurity_outsourcing', 'managed_services', 'managed_security_services', 'cloud_hosting'];

export function flagsOf(root: Record<string, unknown>): Set<Condition> {
  const flags = new Set<Condition>();
  const scope = isRecord(root.scope) ? root.scope : {};
  const types = Array.isArray(scope.engagement_types) ? scope.engagement_types : [];
  if (types.some((t) => ENGAGEMENTS_413.includes(t as string)) || scope.cloud_or_hosting === true) flags.add('it_outsourcing_or_managed');
  if (scope.critical_systems === true) flags.add('critical_systems');
  if (scope.personal_data === true) flags.add('personal_data');
  if (scope.cloud_or_hosting === true) flags.add('cloud_or_hosting');
  if (types.includes('managed_security_services')) flags.add('managed_security_services');
  const entity = getIn(root, ['appendix', 'customer', 'entity_type']);
  if (entity === 'government' || entity === 'cni_operator') flags.add('gov_or_cni');
  if (getIn(root, ['soc', 'location_ksa', 'applies']) === true) flags.add('soc_applies');
  return flags;
}

/**
 * Active profiles: `ecc-baseline`, the appendix's `profile:` list, the settings/CLI/policy profiles, and the
 * overlays the scope makes binding by law: CSCC for critical systems, CCC for cloud or hosting
 * (docs/decisions.md).
 */
export function activeProfiles(root: Record<string, unknown>, flags: ReadonlySet<Condition>, extra: readonly ProfileId[]): Set<ProfileId> {
  const profiles = new Set<ProfileId>(['ecc-baseline', ...extra]);
  const own = Array.isArray(root.profile) ? root.profile : typeof root.profile === 'string' ? [root.profile] : [];
  for (const p of own) if (p === 'ecc+cscc' || p === 'ecc+ccc' || p === 'brief-strict' || p === 'ecc-baseline') profiles.add(p);
  if (flags.has('critical_systems')) profiles.add('ecc+cscc');
  if (flags.has('cloud_or_hosting')) profiles.add('ecc+ccc');
  return profiles;
}

export function holds(ctx: Pick<AppendixContext, 'flags' | 'profiles'>, when?: readonly Condition[], profile?: ProfileId): boolean {
  return (!when || when.every((c) => ctx.flags.has(c))) && (!profile || ctx.profiles.has(profile));
}

export const CLAUSE_BY_ID: ReadonlyMap<string, Clause> = new Map(CLAUSES.map((c) => [c.id, c]));

/** The clause whose mapping contains `path` (for attaching ECC ids to shape findings inside it). */
export function clauseAtPath(path: readonly string[]): Clause | undefined {
  if (path[0] === 'scope') return CLAUSE_BY_ID.get('scope.services');
  return path.length >= 2 ? CLAUSE_BY_ID.get(`${path[0]}.${path[1]}`) : undefined;
}

/** A finding with the clause's code and controls; `basis` defaults to the clause's, a threshold may set its own. */
export function clauseFinding(clause: Clause, fields: Omit<Finding, 'code' | 'ecc' | 'basis'> & { basis?: Finding['basis'] }): Finding {
  return { code: clause.id, ecc: clause.ecc, basis: clause.basis, ...fields };
}
