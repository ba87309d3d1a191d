/**
 * The evidence-log engine: links a log to its appendix (`evidence_log.appendix` = `appendix.id`) and runs EV-01..EV-29
 * (catalogue.md 7.2) with the appendix's agreed values. Pure: the caller finds the appendices (CLI inputs and folders,
 * editor workspace) and passes them in; "today" is the caller's as-of date, never the log's own `as_of`.
 */
import { headerSchema, detectKind, SCHEMA_IDS } from '../files';
import type { Finding } from '../findings';
import { parseYaml, type ParsedYaml } from '../parse';
import { getIn, hasPath, isRecord, spanAt } from '../rules/context';
import { closest } from '../text';
import { ev10, ev11, ev12, ev13, ev24, ev27 } from './assurance';
import { ev14, ev15 } from './access';
import { CHECK_BY_ID, EVIDENCE_CHECKS, EVIDENCE_LINK_CODE, type EvidenceCheckId } from './checks';
import { ev25, ev26, ev28 } from './changes';
import { buildContext, type AppendixSource, type EvidenceContext } from './context';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/messages';
import { ev18, ev19, ev20 } from './incidents';
import { ev29 } from './integrity';
import { ev22, ev23 } from './resilience';
import { ev16, ev17 } from './reporting';
import { ev01, ev02, ev03, ev04 } from './risk';
import { ev21 } from './sanity';
import { ev05, ev06, ev07, ev08, ev09 } from './vulnerabilities';
import { pushAll } from '../arrays';

export type { AppendixSource } from './context';
export { EVIDENCE_CHECKS, EVIDENCE_LINK_CODE, GRACE_DAYS, type EvidenceCheck, type EvidenceCheckId } from './checks';
export { evidenceStatus, type EvidenceStatus } from './status';

/** Every check, in catalogue order. */
const RUNS: readonly (readonly [EvidenceCheckId, (ctx: EvidenceContext) => Finding[]])[] = [
  ['EV-01', ev01], ['EV-02', ev02], ['EV-03', ev03], ['EV-04', ev04], ['EV-05', ev05], ['EV-06', ev06],
  ['EV-07', ev07], ['EV-08', ev08], ['EV-09', ev09], ['EV-10', ev10], ['EV-11', ev11], ['EV-12', ev12],
  ['EV-13', ev13], ['EV-14', ev14], ['EV-15', ev15], ['EV-16', ev16], ['EV-17', ev17], ['EV-18', ev18],
  ['EV-19', ev19], ['EV-20', ev20], ['EV-21', ev21], ['EV-22', ev22], ['EV-23', ev23], ['EV-24', ev24],
  ['EV-25', ev25], ['EV-26', ev26], ['EV-27', ev27], ['EV-28', ev28], ['EV-29', ev29],
];

const NEEDING_APPENDIX = EVIDENCE_CHECKS.filter((c) => c.needsAppendix).length;

/** Options the engine passes through (a subset of CheckOptions). */
export interface EvidenceOptions {
  asOf: string;
  appendices?: readonly AppendixSource[];
  /** Language of the messages (English when absent). */
  locale?: Locale;
}

export type Link =
  | { appendix: AppendixSource; finding?: undefined }
  | { appendix?: undefined; finding?: Finding };

function linkFinding(message: string, span: Finding['span']): Finding {
  return { code: EVIDENCE_LINK_CODE, severity: 'error', message, span, ecc: [], basis: null };
}

/**
 * Finds the appendix an evidence log names. A missing name, an unknown id or an id two appendices share is an
 * `evidence-link` error on `evidence_log.appendix`; a name that is not text is left to the schema check.
 */
export function resolveLink(parsed: ParsedYaml, root: Record<string, unknown>, appendices: readonly AppendixSource[] = [], locale: Locale = 'en'): Link {
  const skipped = { needing: NEEDING_APPENDIX, total: EVIDENCE_CHECKS.length };
  const id = getIn(root, ['evidence_log', 'appendix']);
  if (id === undefined || id === null || id === '') {
    const where = hasPath(parsed, ['evidence_log', 'appendix'])
      ? spanAt(parsed, ['evidence_log', 'appendix'], true)
      : spanAt(parsed, hasPath(parsed, ['evidence_log']) ? ['evidence_log'] : ['schema'], true);
    return {
      finding: linkFinding(t(locale, 'link.missing', skipped), where),
    };
  }
  if (typeof id !== 'string') return {};
  const at = spanAt(parsed, ['evidence_log', 'appendix']);
  const byPath = new Map<string, AppendixSource>();
  for (const a of appendices) if (a.id === id && !byPath.has(a.path)) byPath.set(a.path, a);
  const matches = [...byPath.values()];
  if (matches.length === 1) return { appendix: matches[0] };
  if (matches.length > 1) {
    return {
      finding: linkFinding(t(locale, 'link.ambiguous', { ...skipped, count: matches.length, id, paths: matches.map((a) => a.path) }), at),
    };
  }
  const suggestion = closest(id, [...new Set(appendices.map((a) => a.id))]);
  return {
    finding: linkFinding(t(locale, 'link.unknown', { ...skipped, id, suggestion }), at),
  };
}

/** All evidence findings of a parsed log (the schema check has already run). */
export function evidenceFindings(parsed: ParsedYaml, root: Record<string, unknown>, options: EvidenceOptions): Finding[] {
  const link = resolveLink(parsed, root, options.appendices, options.locale);
  const ctx = buildContext(parsed, root, options.asOf, link.appendix, options.locale);
  const out: Finding[] = link.finding ? [link.finding] : [];
  for (const [id, run] of RUNS) {
    if (CHECK_BY_ID.get(id)!.needsAppendix && !ctx.appendix) continue;
    pushAll(out, run(ctx));
  }
  return out;
}

/**
 * The engine's entry for an evidence log: `findings` (yaml and schema findings so far) plus the evidence findings.
 * A timestamp without an offset is one EV-21 finding, so the schema's `type` finding on the same value is dropped.
 */
export function withEvidenceFindings(findings: readonly Finding[], parsed: ParsedYaml, root: Record<string, unknown>, options: EvidenceOptions): Finding[] {
  const evidence = evidenceFindings(parsed, root, options);
  const ev21 = new Set(evidence.filter((f) => f.code === 'EV-21').map((f) => `${f.span.start}:${f.span.end}`));
  const kept = findings.filter((f) => !(f.code === 'type' && f.data?.kind === 'type' && f.data.expected === 'date-time' && ev21.has(`${f.span.start}:${f.span.end}`)));
  return [...kept, ...evidence];
}

/**
 * An appendix as a link target, from its file name or path and text (and its parse, when the caller has one), or
 * undefined when the text is not an `ecc-appendix/v1` appendix with an `appendix.id`.
 */
export function readAppendixSource(path: string, text: string, parsed?: ParsedYaml): AppendixSource | undefined {
  if (detectKind(path, text) !== 'appendix' || headerSchema(text) !== SCHEMA_IDS.appendix) return undefined;
  const p = parsed ?? parseYaml(text);
  if (p.broken || !isRecord(p.value)) return undefined;
  const id = getIn(p.value, ['appendix', 'id']);
  return typeof id === 'string' && id !== '' ? { id, path, root: p.value } : undefined;
}

/** The `evidence_log.appendix` an evidence log names (for re-checking the logs linked to a changed appendix). */
export function linkedAppendixId(parsed: ParsedYaml): string | undefined {
  const id = getIn(parsed.value, ['evidence_log', 'appendix']);
  return typeof id === 'string' ? id : undefined;
}
