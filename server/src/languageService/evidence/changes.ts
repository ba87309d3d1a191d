/**
 * Changes the entity must control: subcontractor changes with notice and approval (EV-25, ECC-2:2024 4-1-2-3),
 * data or access observed outside the agreed countries (EV-26), and deletion evidence at exit (EV-28, 4-1-2-1).
 *   bad:  - {subcontractor: "Night Shift Support Ltd.", change: add, notified_on: 2025-09-20, effective_on: 2025-10-01, approved: false}
 *   good: - {subcontractor: "Night Shift Support Ltd.", change: add, notified_on: 2025-08-20, effective_on: 2025-10-01, approved: true}
 */
import type { Severity } from '../catalogue/types';
import type { Finding, Span } from '../findings';
import type { ChangeBreach } from '../i18n/evidence';
import { at, entries, finding, intTerm, label, listTerm, msg, stringTerm, type EvidenceContext } from './context';
import { addDays, dateOf, daysBetween } from './time';

/**
 * EV-25: notice of at least the agreed days before a change takes effect; under `prior_written_approval` an added or
 * replaced subcontractor needs `approved: true` before it takes effect, under `prohibited` it is not allowed at all.
 * One finding per change, at the higher severity, naming every breach.
 */
export function ev25(ctx: EvidenceContext): Finding[] {
  const notice = intTerm(ctx, 'subcontracting.control', 'change_notice_days');
  const policy = stringTerm(ctx, 'subcontracting.control', 'policy');
  const out: Finding[] = [];
  for (const e of entries(ctx, 'subcontractor_changes')) {
    const effective = dateOf(e.item.effective_on);
    if (!effective) continue;
    const notified = dateOf(e.item.notified_on);
    const change = typeof e.item.change === 'string' ? e.item.change : 'change';
    // Each breach: the fact, what the appendix (or baseline) requires, and where to point (i18n/evidence.ts words it).
    const breaches: (ChangeBreach & { severity: Severity; span: Span })[] = [];
    if (policy && (change === 'add' || change === 'replace') && effective <= ctx.asOf) {
      if (policy.value === 'prohibited') {
        breaches.push({ severity: 'error', fact: { kind: 'effective', date: effective }, term: policy, need: { kind: 'prohibited' }, span: at(ctx, [...e.path, 'effective_on']) });
      } else if (policy.value === 'prior_written_approval' && e.item.approved !== true) {
        breaches.push({
          severity: 'error',
          fact: { kind: 'unapproved', date: effective, refused: e.item.approved === false },
          term: policy,
          need: { kind: 'approval' },
          span: at(ctx, [...e.path, e.item.approved === undefined ? 'effective_on' : 'approved']),
        });
      }
    }
    if (notice && notice.value > 0) {
      const need = { kind: 'notice', days: notice.value } as const;
      if (notified && notified <= ctx.asOf) {
        const ahead = daysBetween(notified, effective);
        if (ahead < notice.value) {
          const fact: ChangeBreach['fact'] =
            ahead > 0
              ? { kind: 'short-notice', days: ahead, on: notified }
              : ahead === 0
                ? { kind: 'same-day', on: notified }
                : { kind: 'late-notice', days: -ahead, on: notified };
          breaches.push({ severity: 'warning', fact, term: notice, need, span: at(ctx, [...e.path, 'notified_on']) });
        }
      } else if (e.item.notified_on === undefined && effective <= ctx.asOf) {
        breaches.push({ severity: 'warning', fact: { kind: 'no-notice', date: effective }, term: notice, need, span: at(ctx, [...e.path, 'effective_on']) });
      }
    }
    if (!breaches.length) continue;
    const severity: Severity = breaches.some((b) => b.severity === 'error') ? 'error' : 'warning';
    const span = breaches.find((b) => b.severity === severity)!.span;
    out.push(finding('EV-25', severity, msg(ctx, 'ev25', { label: label(e), change, breaches }), span));
  }
  return out;
}

const KINDS = { storage: 'storage_countries', processing: 'processing_countries', access: 'access_countries' } as const;

/** EV-26: an observed country outside the matching appendix list (or outside SA when the appendix lists none). */
export function ev26(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const e of entries(ctx, 'location_observations')) {
    const kind = e.item.kind;
    const country = e.item.country;
    if (typeof country !== 'string' || !(typeof kind === 'string' && kind in KINDS)) continue;
    const key = KINDS[kind as keyof typeof KINDS];
    const term = listTerm(ctx, 'data.location_and_transfer', key);
    const allowed = term?.value ?? ['SA'];
    if (allowed.includes(country)) continue;
    out.push(
      finding(
        'EV-26',
        'error',
        msg(ctx, 'ev26', {
          kind: kind as keyof typeof KINDS,
          country,
          date: dateOf(e.item.observed_on),
          listed: term ? { countries: allowed, where: term.where } : undefined,
          key,
        }),
        at(ctx, [...e.path, 'country']),
      ),
    );
  }
  return out;
}

/** EV-28: after the data is returned, a deletion certificate within the agreed days (or, without a return, within both windows from termination). */
export function ev28(ctx: EvidenceContext): Finding[] {
  const del = intTerm(ctx, 'exit.secure_deletion', 'delete_within_days_after_return');
  if (!del) return [];
  const out: Finding[] = [];
  for (const e of entries(ctx, 'exit_events')) {
    const returned = dateOf(e.item.data_returned_on);
    const cert = dateOf(e.item.deletion_certificate_on);
    const certMissing = e.item.deletion_certificate_on === undefined || e.item.deletion_certificate_on === null;
    if (returned && returned <= ctx.asOf) {
      const due = addDays(returned, del.value);
      if (cert) {
        const days = daysBetween(returned, cert);
        if (days > del.value && cert <= ctx.asOf)
          out.push(finding('EV-28', 'error', msg(ctx, 'ev28.late', { cert, days, returned, term: del }), at(ctx, [...e.path, 'deletion_certificate_on'])));
      } else if (certMissing && due <= ctx.asOf) {
        out.push(
          finding('EV-28', 'error', msg(ctx, 'ev28.missing', { elapsed: daysBetween(returned, ctx.asOf), returned, term: del, due }), at(ctx, [...e.path, 'data_returned_on'])),
        );
      }
      continue;
    }
    const ended = dateOf(e.item.terminated_on);
    const ret = intTerm(ctx, 'exit.data_return', 'return_within_days');
    if (!ended || cert || !certMissing || !ret || e.item.data_returned_on !== undefined && e.item.data_returned_on !== null) continue;
    const due = addDays(ended, ret.value + del.value);
    if (due > ctx.asOf) continue;
    out.push(
      finding(
        'EV-28',
        'error',
        msg(ctx, 'ev28.nothing', { ended, ret, del, due }),
        at(ctx, [...e.path, 'terminated_on']),
      ),
    );
  }
  return out;
}
