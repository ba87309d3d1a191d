/**
 * Incident communication (ECC-2:2024 4-1-2-2): the initial notice within the agreed hours (EV-18), detailed and
 * final reports on time (EV-19), and a reminder of the entity's own PDPL 72-hour duty to SDAIA (EV-20).
 * Times are compared as instants, so offsets are honoured (`23:10+03:00` and `20:10Z` are the same moment).
 *   bad:  detected_at: "2025-08-14T02:10:00+03:00"  notified_at: "2025-08-15T09:40:00+03:00"   (31 h 30 min; 24 h agreed)
 *   good: detected_at: "2025-08-14T02:10:00+03:00"  notified_at: "2025-08-14T20:00:00+03:00"
 */
import { getIn } from '../rules/context';
import type { Finding } from '../findings';
import type { IncidentStep } from '../i18n/evidence';
import { at, boolTerm, entries, finding, intTerm, label, msg, type Entry, type EvidenceContext, type Term } from './context';
import { DAY_MS, endOfDay, HOUR_MS, stampOf, stampText, type Stamp } from './time';

/** Incidents the notice duties cover: affecting the entity (unless it says `affects_entity: false`), and suspected
 * ones only when the appendix includes suspected incidents. */
function covered(e: Entry, suspected: Term<boolean> | undefined): boolean {
  if (e.item.affects_entity === false) return false;
  if (e.item.suspected_or_confirmed === 'suspected' && suspected && !suspected.value) return false;
  return true;
}

/** Where to point at a missing timestamp: its `null` value, else the incident id, else detection time. */
function missingAt(ctx: EvidenceContext, e: Entry, key: string) {
  if (e.item[key] === null) return at(ctx, [...e.path, key]);
  return at(ctx, [...e.path, typeof e.item.id === 'string' ? 'id' : 'detected_at']);
}

/** A step due `limitMs` after `from`: the finding when it came late, or is missing past its deadline. */
function step(
  ctx: EvidenceContext,
  e: Entry,
  o: {
    check: 'EV-18' | 'EV-19';
    severity: 'error' | 'warning';
    /** Which step (i18n/evidence.ts words it: "INC-7 was notified 31 h 30 min after detection"). */
    step: IncidentStep;
    key: string;
    from: Stamp;
    /** The agreed term (hours, or days for the final report). */
    term: Term<number>;
    limitMs: number;
  },
): Finding[] {
  const raw = e.item[o.key];
  const done = stampOf(raw);
  if (done) {
    const took = done.ms - o.from.ms;
    if (took < 0 || took <= o.limitMs || done.date > ctx.asOf) return []; // before the start: EV-21
    return [finding(o.check, o.severity, msg(ctx, 'incident.late', { step: o.step, label: label(e), took, term: o.term }), at(ctx, [...e.path, o.key]))];
  }
  if (raw !== undefined && raw !== null) return []; // malformed: schema check or EV-21
  const deadline = o.from.ms + o.limitMs;
  if (deadline >= endOfDay(ctx.asOf, o.from.offset)) return [];
  return [
    finding(
      o.check,
      o.severity,
      msg(ctx, 'incident.missing', { step: o.step, label: label(e), at: stampText(o.from.ms, o.from.offset), asOf: ctx.asOf, term: o.term, deadline: stampText(deadline, o.from.offset) }),
      missingAt(ctx, e, o.key),
    ),
  ];
}

/** EV-18: the initial notice within the agreed hours after detection. */
export function ev18(ctx: EvidenceContext): Finding[] {
  const hours = intTerm(ctx, 'incident.notification', 'initial_notice_hours');
  const suspected = boolTerm(ctx, 'incident.notification', 'includes_suspected');
  if (!hours) return [];
  return entries(ctx, 'incidents').flatMap((e) => {
    const detected = stampOf(e.item.detected_at);
    if (!detected || detected.date > ctx.asOf || !covered(e, suspected)) return [];
    return step(ctx, e, {
      check: 'EV-18',
      severity: 'error',
      step: 'notice',
      key: 'notified_at',
      from: detected,
      term: hours,
      limitMs: hours.value * HOUR_MS,
    });
  });
}

/** EV-19: detailed report within the agreed hours after the notice; final report within the agreed days after detection. */
export function ev19(ctx: EvidenceContext): Finding[] {
  const detailedHours = intTerm(ctx, 'incident.notification', 'detailed_report_hours');
  const finalDays = intTerm(ctx, 'incident.notification', 'final_report_days');
  const suspected = boolTerm(ctx, 'incident.notification', 'includes_suspected');
  const out: Finding[] = [];
  for (const e of entries(ctx, 'incidents')) {
    const detected = stampOf(e.item.detected_at);
    if (!detected || detected.date > ctx.asOf || !covered(e, suspected)) continue;
    const notified = stampOf(e.item.notified_at);
    if (detailedHours && notified && notified.ms >= detected.ms) {
      out.push(
        ...step(ctx, e, {
          check: 'EV-19',
          severity: 'warning',
          step: 'detailed',
          key: 'detailed_report_at',
          from: notified,
          term: detailedHours,
          limitMs: detailedHours.value * HOUR_MS,
        }),
      );
    }
    if (finalDays) {
      out.push(
        ...step(ctx, e, {
          check: 'EV-19',
          severity: 'warning',
          step: 'final',
          key: 'final_report_at',
          from: detected,
          term: finalDays,
          limitMs: finalDays.value * DAY_MS,
        }),
      );
    }
  }
  return out;
}

const PDPL_HOURS = 72;

/** EV-20: personal data involved -> the entity's SDAIA report within 72 h of the provider's notice (info). */
export function ev20(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const e of entries(ctx, 'incidents')) {
    if (e.item.personal_data !== true) continue;
    const notified = stampOf(e.item.notified_at);
    const from = notified ?? stampOf(e.item.detected_at);
    if (!from || from.date > ctx.asOf) continue;
    const raw = getIn(e.item, ['entity_regulator_reports', 'sdaia_at']);
    const sdaia = stampOf(raw);
    const limit = PDPL_HOURS * HOUR_MS;
    if (sdaia) {
      const took = sdaia.ms - from.ms;
      if (took <= limit) continue;
      out.push(finding('EV-20', 'info', msg(ctx, 'ev20.late', { label: label(e), took, fromNotice: !!notified }), at(ctx, [...e.path, 'entity_regulator_reports', 'sdaia_at'])));
      continue;
    }
    if (raw !== undefined && raw !== null) continue;
    if (from.ms + limit >= endOfDay(ctx.asOf, from.offset)) continue;
    out.push(
      finding(
        'EV-20',
        'info',
        msg(ctx, 'ev20.missing', { label: label(e), fromNotice: !!notified }),
        at(ctx, [...e.path, 'personal_data']),
      ),
    );
  }
  return out;
}
