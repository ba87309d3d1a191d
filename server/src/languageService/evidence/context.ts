/**
 * What every evidence check reads: the located evidence log, the linked appendix (when there is one), "today",
 * the start and end of the service, and the agreed terms with their catalogue fallbacks.
 */
import type { Severity } from '../catalogue/types';
import type { Finding, Span } from '../findings';
import type { ParsedYaml } from '../parse';
import { CLAUSE_BY_ID, getIn, hasPath, isRecord, spanAt } from '../rules/context';
import { CHECK_BY_ID, GRACE_DAYS, type EvidenceCheckId } from './checks';
import { addDays, addMonths, dateOf } from './time';
import type { Locale } from '../i18n/locale';
import { t, type MessageId, type MessageParams } from '../i18n/messages';

/** An appendix the caller found (CLI inputs and folders, editor workspace): its `appendix.id`, where, and its data. */
export interface AppendixSource {
  id: string;
  /** Path or URI, as the caller wants it shown. */
  path: string;
  root: Record<string, unknown>;
}

export interface EvidenceContext {
  parsed: ParsedYaml;
  root: Record<string, unknown>;
  /** "Today" (options.asOf), YYYY-MM-DD. */
  asOf: string;
  /** The linked appendix, or undefined: then the checks that read it do not run. */
  appendix: AppendixSource | undefined;
  /** Where cadences start: the later of `evidence_log.period.from` and `appendix.effective_from` (`kind` says which). */
  start: { date: string; words: string; kind: 'period' | 'effective' } | undefined;
  /** Where cadences stop: as_of, or the first `exit_events[].terminated_on` before it. */
  end: string;
  /** "2025-10-15" or "the end of the service on 2026-01-31", for messages. */
  endWords: string;
  /** True when `end` is the end of the service (an exit event), not "today". */
  endIsExit: boolean;
  /** Language of the messages. */
  locale: Locale;
}

export type Section =
  | 'risk_assessments' | 'regulatory_events' | 'soc_confirmations' | 'licenses' | 'scans' | 'findings' | 'pentests'
  | 'attestations' | 'access_reviews' | 'leavers' | 'reports' | 'incidents' | 'exercises' | 'continuity_tests'
  | 'audits' | 'subcontractor_changes' | 'location_observations' | 'exit_events';

export interface Entry {
  item: Record<string, unknown>;
  /** Path of the entry: `[section, index]`. */
  path: [Section, number];
}

export function buildContext(parsed: ParsedYaml, root: Record<string, unknown>, asOf: string, appendix: AppendixSource | undefined, locale: Locale = 'en'): EvidenceContext {
  const from = dateOf(getIn(root, ['evidence_log', 'period', 'from']));
  const effective = appendix ? dateOf(getIn(appendix.root, ['appendix', 'effective_from'])) : undefined;
  let start: EvidenceContext['start'];
  if (from && (!effective || from >= effective)) start = { date: from, words: "the log's period began", kind: 'period' };
  else if (effective) start = { date: effective, words: 'the appendix took effect', kind: 'effective' };
  const ctx: EvidenceContext = { parsed, root, asOf, appendix, start, end: asOf, endWords: asOf, endIsExit: false, locale };
  for (const e of entries(ctx, 'exit_events')) {
    const t = dateOf(e.item.terminated_on);
    if (t && t < ctx.end) {
      ctx.end = t;
      ctx.endWords = `the end of the service on ${t}`;
      ctx.endIsExit = true;
    }
  }
  return ctx;
}

/** The message `id` in the context's language (i18n/evidence.ts). */
export function msg<K extends MessageId>(ctx: EvidenceContext, id: K, params: MessageParams<K>): string {
  return t(ctx.locale, id, params);
}

/** The mapping entries of a section (other shapes are the schema check's business). */
export function entries(ctx: EvidenceContext, section: Section): Entry[] {
  const list = ctx.root[section];
  if (!Array.isArray(list)) return [];
  const out: Entry[] = [];
  list.forEach((item, i) => {
    if (isRecord(item)) out.push({ item, path: [section, i] });
  });
  return out;
}

/** The span of a value in the evidence log (its key with `key`); falls back to the nearest located parent. */
export function at(ctx: EvidenceContext, path: readonly (string | number)[], key = false): Span {
  return spanAt(ctx.parsed, path, key);
}

/** The key of a section for a finding about the whole section, else `evidence_log:`, else the `schema:` line. */
export function anchor(ctx: EvidenceContext, section: string): Span {
  for (const p of [[section], ['evidence_log'], ['schema']]) if (hasPath(ctx.parsed, p)) return at(ctx, p, true);
  return { start: 0, end: 0 };
}

/** A short name for an entry in messages: its id, number, name or type and date. */
export function label(e: Entry): string {
  const it = e.item;
  for (const k of ['id', 'number', 'certificate_no', 'person_ref', 'subcontractor']) if (typeof it[k] === 'string' && it[k]) return String(it[k]);
  const type = typeof it.type === 'string' ? it.type : typeof it.kind === 'string' ? it.kind : undefined;
  const when = ['period', 'performed_on', 'confirmed_on', 'observed_on', 'terminated_on', 'held_on', 'delivered_on'].map((k) => it[k]).find((v) => typeof v === 'string');
  if (type && when) return `${type} ${String(when)}`;
  if (type || when) return String(type ?? when);
  return `#${e.path[1] + 1}`;
}

export function finding(id: EvidenceCheckId, severity: Severity, message: string, span: Span): Finding {
  const check = CHECK_BY_ID.get(id)!;
  return { code: id, severity, message, span, ecc: check.ecc, basis: check.basis };
}

// ---- agreed terms --------------------------------------------------------------------------------------------

/** A value the appendix agrees, or the catalogue's ecc-baseline value when the appendix does not state it. */
export interface Term<T> {
  value: T;
  /** true when the appendix states it. */
  stated: boolean;
  /** `vuln.scanning.external_interval_days` */
  where: string;
}

function clauseParam(clauseId: string, key: string) {
  return CLAUSE_BY_ID.get(clauseId)?.params.find((p) => p.key === key);
}

/** The ecc-baseline value of a parameter: its always-on threshold's number or value, else the standard term. */
export function baselineValue(clauseId: string, key: string): unknown {
  const param = clauseParam(clauseId, key);
  if (!param) return undefined;
  const t = param.baseline?.find((b) => !b.profile && !b.when);
  if (t && (t.test.op === 'max' || t.test.op === 'min' || t.test.op === 'equals')) return t.test.value;
  return param.standard;
}

function stated(ctx: EvidenceContext, clauseId: string, key: string): unknown {
  const clause = CLAUSE_BY_ID.get(clauseId);
  if (!clause || !ctx.appendix) return undefined;
  return getIn(ctx.appendix.root, [...clause.path, key]);
}

/**
 * Longest term taken literally, per unit: about a century. A longer one is read as this (it never falls due within
 * any real log) so that date arithmetic stays within four-digit years.
 */
const MAX_TERM: Record<string, number> = { hours: 876_000, days: 36_500, months: 1_200 };

/** A whole number of days, hours or months agreed in the appendix, or the ecc-baseline one. */
export function intTerm(ctx: EvidenceContext, clauseId: string, key: string): Term<number> | undefined {
  const v = stated(ctx, clauseId, key);
  const cap = MAX_TERM[/_(hours|days|months)$/.exec(key)?.[1] ?? ''] ?? 1_000_000;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { value: Math.min(v, cap), stated: true, where: `${clauseId}.${key}` };
  const b = baselineValue(clauseId, key);
  return typeof b === 'number' ? { value: b, stated: false, where: `${clauseId}.${key}` } : undefined;
}

export function boolTerm(ctx: EvidenceContext, clauseId: string, key: string): Term<boolean> | undefined {
  const v = stated(ctx, clauseId, key);
  if (typeof v === 'boolean') return { value: v, stated: true, where: `${clauseId}.${key}` };
  const b = baselineValue(clauseId, key);
  return typeof b === 'boolean' ? { value: b, stated: false, where: `${clauseId}.${key}` } : undefined;
}

export function stringTerm(ctx: EvidenceContext, clauseId: string, key: string): Term<string> | undefined {
  const v = stated(ctx, clauseId, key);
  if (typeof v === 'string') return { value: v, stated: true, where: `${clauseId}.${key}` };
  const b = baselineValue(clauseId, key);
  return typeof b === 'string' ? { value: b, stated: false, where: `${clauseId}.${key}` } : undefined;
}

/** A list of strings stated in the appendix (no catalogue fallback: lists have none). */
export function listTerm(ctx: EvidenceContext, clauseId: string, key: string): Term<string[]> | undefined {
  const v = stated(ctx, clauseId, key);
  if (Array.isArray(v)) return { value: v.filter((x): x is string => typeof x === 'string'), stated: true, where: `${clauseId}.${key}` };
  return undefined;
}

/** "the appendix" or "the ecc-baseline": who sets the number in a message. */
export function who(term: Term<unknown>): string {
  return term.stated ? 'the appendix' : 'the ecc-baseline';
}

/** After the rule in a message: empty when the appendix states the value, else where the number came from. */
export function fallback(term: Term<unknown>): string {
  return term.stated ? '' : ` (the appendix states no \`${term.where}\`, so the catalogue's ecc-baseline value is used)`;
}

/** Due date `n` days or months after `date`. */
export function after(date: string, n: number, unit: 'days' | 'months'): string {
  return unit === 'days' ? addDays(date, n) : addMonths(date, n);
}

export function withGrace(date: string): string {
  return addDays(date, GRACE_DAYS);
}
