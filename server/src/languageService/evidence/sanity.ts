/**
 * EV-21, data quality of dates and times: timestamps carry an offset; a later step does not precede the one it
 * follows (notice before detection, remediation before detection, ...); and no event date lies after "today".
 * Only dates of things that happened count as events: expiry, due, effective and coverage dates may lie ahead
 * (format.md 5).
 *   bad:  detected_at: "2025-08-14T02:10:00"             (no offset: which clock?)
 *   good: detected_at: "2025-08-14T02:10:00+03:00"
 */
import { getIn } from '../rules/context';
import type { Finding, Span } from '../findings';
import { at, entries, finding, label, msg, type EvidenceContext, type Section } from './context';
import { dateOf, lacksOffset, stampOf, stampText } from './time';

/** Event dates and times per section (dotted keys are nested). */
const EVENT_FIELDS: Partial<Record<Section, readonly string[]>> = {
  risk_assessments: ['performed_on'],
  regulatory_events: ['published_on'],
  soc_confirmations: ['confirmed_on'],
  scans: ['performed_on', 'delivered_on'],
  findings: ['detected_on', 'remediated_on'],
  pentests: ['started_on', 'completed_on', 'report_delivered_on', 'remediation_plan_delivered_on'],
  attestations: ['issued_on', 'received_on', 'last_surveillance_audit_on', 'bridge_letter.received_on'],
  access_reviews: ['performed_on'],
  leavers: ['left_at', 'access_revoked_at'],
  reports: ['delivered_on', 'held_on'],
  incidents: [
    'detected_at',
    'notified_at',
    'detailed_report_at',
    'final_report_at',
    'entity_regulator_reports.nca_at',
    'entity_regulator_reports.sdaia_at',
    'entity_regulator_reports.sector_regulator_at',
  ],
  exercises: ['performed_on'],
  continuity_tests: ['performed_on'],
  audits: ['performed_on'],
  subcontractor_changes: ['notified_on'],
  location_observations: ['observed_on'],
  exit_events: ['terminated_on', 'data_returned_on', 'deletion_certificate_on', 'access_revoked_at'],
};

/** Timestamp fields (the rest are dates). */
const TIMESTAMPS = new Set(['left_at', 'access_revoked_at', 'detected_at', 'notified_at', 'detailed_report_at', 'final_report_at', 'entity_regulator_reports.nca_at', 'entity_regulator_reports.sdaia_at', 'entity_regulator_reports.sector_regulator_at']);

/** [earlier, later]: the later step cannot come before the earlier one. */
const ORDER: Partial<Record<Section, readonly (readonly [string, string])[]>> = {
  incidents: [
    ['detected_at', 'notified_at'],
    ['detected_at', 'detailed_report_at'],
    ['detected_at', 'final_report_at'],
    ['detected_at', 'entity_regulator_reports.nca_at'],
    ['detected_at', 'entity_regulator_reports.sdaia_at'],
    ['detected_at', 'entity_regulator_reports.sector_regulator_at'],
  ],
  findings: [['detected_on', 'remediated_on']],
  scans: [['performed_on', 'delivered_on']],
  pentests: [
    ['started_on', 'completed_on'],
    ['completed_on', 'report_delivered_on'],
  ],
};

const path = (key: string) => key.split('.');

export function ev21(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>(); // one finding per value
  const add = (span: Span, message: string) => {
    const k = `${span.start}:${span.end}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(finding('EV-21', 'error', message, span));
  };
  for (const [section, keys] of Object.entries(EVENT_FIELDS) as [Section, readonly string[]][]) {
    for (const e of entries(ctx, section)) {
      for (const key of keys) {
        const v = getIn(e.item, path(key));
        const span = () => at(ctx, [...e.path, ...path(key)]);
        if (TIMESTAMPS.has(key) && lacksOffset(v)) {
          add(span(), msg(ctx, 'ev21.no-offset', { key, label: label(e), example: v.replace(' ', 'T').slice(0, 19) }));
          continue;
        }
        const day = TIMESTAMPS.has(key) ? stampOf(v)?.date : dateOf(v);
        if (day && day > ctx.asOf) {
          add(span(), msg(ctx, 'ev21.future', { key, label: label(e), value: String(v), asOf: ctx.asOf }));
        }
      }
      for (const [first, then] of ORDER[section] ?? []) {
        const a = getIn(e.item, path(first));
        const b = getIn(e.item, path(then));
        let before = false;
        let shown: [string, string] = [String(a), String(b)];
        if (TIMESTAMPS.has(first)) {
          const sa = stampOf(a);
          const sb = stampOf(b);
          before = !!sa && !!sb && sb.ms < sa.ms;
          // Different offsets: show both in the first one's clock so the order is visible.
          if (sa && sb && sa.offset !== sb.offset) shown = [stampText(sa.ms, sa.offset), stampText(sb.ms, sa.offset)];
        } else {
          const da = dateOf(a);
          const db = dateOf(b);
          before = !!da && !!db && db < da;
        }
        if (before) add(at(ctx, [...e.path, ...path(then)]), msg(ctx, 'ev21.order', { then, first, label: label(e), thenValue: shown[1], firstValue: shown[0] }));
      }
    }
  }
  return out;
}

