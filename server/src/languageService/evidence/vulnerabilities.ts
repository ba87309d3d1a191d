/**
 * Vulnerability management and testing in the evidence log: scan cadence and report delivery (EV-05, EV-06),
 * remediation within the agreed SLA (EV-07), pen-test cadence and deliverables (EV-08, EV-09).
 * Overdue findings from a pen test (`source: PT-...`) are reported once, under EV-07; EV-09 covers the test's report
 * and remediation plan.
 *   bad:  - {id: VULN-131, severity: high, detected_on: 2025-07-18, remediated_on: null}   as of 2025-10-15, 30-day SLA
 *   good: - {id: VULN-131, severity: high, detected_on: 2025-07-18, remediated_on: 2025-08-10}
 */
import type { Finding } from '../findings';
import { cadenceFindings } from './cadence';
import type { DeliverableWhat } from '../i18n/evidence';
import { at, entries, finding, intTerm, label, msg, type EvidenceContext, type Term } from './context';
import { addDays, dateOf, daysBetween } from './time';
import { pushAll } from '../arrays';

/** EV-05: external and internal scans each keep their agreed interval. */
export function ev05(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const type of ['external', 'internal'] as const) {
    const interval = intTerm(ctx, 'vuln.scanning', `${type}_interval_days`);
    if (!interval) continue;
    const items = entries(ctx, 'scans')
      .filter((e) => e.item.type === type && dateOf(e.item.performed_on))
      .map((e) => ({ date: String(e.item.performed_on), path: [...e.path, 'performed_on'] }));
    out.push(
      ...cadenceFindings(ctx, { check: 'EV-05', what: `${type}-scan`, items, interval, unit: 'days', section: 'scans' }),
    );
  }
  return out;
}

/**
 * A deliverable due `term` days after `from`: late (info) when delivered after that, overdue (`missing` severity) when
 * not delivered by the close of the due day. Shared by EV-06 and EV-09.
 */
function deliverable(
  ctx: EvidenceContext,
  check: 'EV-06' | 'EV-09',
  o: { what: DeliverableWhat; label: string; from: string; delivered: unknown; deliveredPath: (string | number)[]; entryPath: (string | number)[]; term: Term<number>; missing: 'info' | 'warning' },
): Finding[] {
  const due = addDays(o.from, o.term.value);
  const delivered = dateOf(o.delivered);
  if (delivered) {
    const days = daysBetween(o.from, delivered);
    if (days <= o.term.value || delivered > ctx.asOf) return [];
    return [finding(check, 'info', msg(ctx, 'deliverable.late', { what: o.what, label: o.label, delivered, days, from: o.from, term: o.term }), at(ctx, o.deliveredPath))];
  }
  if (o.delivered !== undefined && o.delivered !== null) return []; // an invalid date: the schema check reports it
  if (due > ctx.asOf) return [];
  return [
    finding(check, o.missing, msg(ctx, 'deliverable.missing', { what: o.what, label: o.label, elapsed: daysBetween(o.from, ctx.asOf), from: o.from, term: o.term, due }), at(ctx, o.entryPath)),
  ];
}

/** EV-06: each scan report within the agreed days. */
export function ev06(ctx: EvidenceContext): Finding[] {
  const term = intTerm(ctx, 'vuln.scanning', 'report_delivery_days');
  if (!term) return [];
  return entries(ctx, 'scans').flatMap((e) => {
    const performed = dateOf(e.item.performed_on);
    if (!performed || performed > ctx.asOf) return [];
    return deliverable(ctx, 'EV-06', {
      what: 'scan-report',
      label: label(e),
      from: performed,
      delivered: e.item.delivered_on,
      deliveredPath: [...e.path, 'delivered_on'],
      entryPath: [...e.path, 'performed_on'],
      term,
      missing: 'info',
    });
  });
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/** EV-07: each finding remediated within the days its severity allows; open and overdue is worse. */
export function ev07(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const e of entries(ctx, 'findings')) {
    const sev = e.item.severity;
    if (!SEVERITIES.includes(sev as (typeof SEVERITIES)[number])) continue;
    const term = intTerm(ctx, 'vuln.remediation_sla', `${String(sev)}_days`);
    const detected = dateOf(e.item.detected_on);
    if (!term || !detected || detected > ctx.asOf) continue;
    const due = addDays(detected, term.value);
    const fixed = dateOf(e.item.remediated_on);
    if (fixed) {
      const days = daysBetween(detected, fixed);
      if (days <= term.value || fixed > ctx.asOf) continue;
      out.push(
        finding('EV-07', 'warning', msg(ctx, 'ev07.late', { label: label(e), severity: String(sev), fixed, days, detected, term, due }), at(ctx, [...e.path, 'remediated_on'])),
      );
      continue;
    }
    if (e.item.remediated_on !== undefined && e.item.remediated_on !== null) continue; // invalid date: schema check
    if (due > ctx.asOf) continue;
    const critical = sev === 'critical';
    out.push(
      finding(
        'EV-07',
        critical ? 'error' : 'warning',
        msg(ctx, 'ev07.open', { label: label(e), severity: String(sev), elapsed: daysBetween(detected, ctx.asOf), detected, term, due }),
        at(ctx, e.item.remediated_on === null ? [...e.path, 'remediated_on'] : [...e.path, typeof e.item.id === 'string' ? 'id' : 'detected_on']),
      ),
    );
  }
  return out;
}

/** EV-08: pen tests (by completion date) keep the agreed interval. */
export function ev08(ctx: EvidenceContext): Finding[] {
  const interval = intTerm(ctx, 'testing.penetration', 'interval_months');
  if (!interval) return [];
  const items = entries(ctx, 'pentests')
    .filter((e) => dateOf(e.item.completed_on))
    .map((e) => ({ date: String(e.item.completed_on), path: [...e.path, 'completed_on'] }));
  return cadenceFindings(ctx, { check: 'EV-08', what: 'pentest', items, interval, unit: 'months', section: 'pentests' });
}

/** EV-09: report and remediation plan of each test within the agreed days after the test ended. */
export function ev09(ctx: EvidenceContext): Finding[] {
  const report = intTerm(ctx, 'testing.penetration', 'report_delivery_days');
  const plan = intTerm(ctx, 'testing.penetration', 'remediation_plan_days');
  const out: Finding[] = [];
  for (const e of entries(ctx, 'pentests')) {
    const done = dateOf(e.item.completed_on);
    if (!done || done > ctx.asOf) continue;
    const common = { label: label(e), from: done, entryPath: [...e.path, 'completed_on'], missing: 'warning' as const };
    if (report)
      pushAll(out, deliverable(ctx, 'EV-09', { ...common, what: 'pentest-report', delivered: e.item.report_delivered_on, deliveredPath: [...e.path, 'report_delivered_on'], term: report }));
    if (plan)
      out.push(
        ...deliverable(ctx, 'EV-09', {
          ...common,
          what: 'pentest-plan',
          delivered: e.item.remediation_plan_delivered_on,
          deliveredPath: [...e.path, 'remediation_plan_delivered_on'],
          term: plan,
        }),
      );
  }
  return out;
}
