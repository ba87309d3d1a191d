/**
 * Changes the entity must control: subcontractor changes with notice and approval (EV-25, ECC-2:2024 4-1-2-3),
 * data or access observed outside the agreed countries (EV-26), and deletion evidence at exit (EV-28, 4-1-2-1).
 *   bad:  - {subcontractor: "Night Shift Support Ltd.", change: add, notified_on: 2025-09-20, effective_on: 2025-10-01, approved: false}
 *   good: - {subcontractor: "Night Shift Support Ltd.", change: add, notified_on: 2025-08-20, effective_on: 2025-10-01, approved: true}
 */
import type { Severity } from '../catalogue/types';
import type { Finding, Span } from '../findings';
import { at, entries, fallback, finding, intTerm, label, listTerm, stringTerm, who, type EvidenceContext, type Term } from './context';
import { addDays, dateOf, daysBetween, plural } from './time';

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
    // Each breach: the fact, what the appendix (or baseline) requires, and where to point.
    const breaches: { severity: Severity; fact: string; term: Term<unknown>; needs: string; span: Span }[] = [];
    if (policy && (change === 'add' || change === 'replace') && effective <= ctx.asOf) {
      if (policy.value === 'prohibited') {
        breaches.push({ severity: 'error', fact: `took effect on ${effective}`, term: policy, needs: 'no subcontracting at all', span: at(ctx, [...e.path, 'effective_on']) });
      } else if (policy.value === 'prior_written_approval' && e.item.approved !== true) {
        const how = e.item.approved === false ? "without the entity's approval" : 'with no approval by the entity recorded';
        breaches.push({
          severity: 'error',
          fact: `took effect on ${effective} ${how}`,
          term: policy,
          needs: 'prior written approval',
          span: at(ctx, [...e.path, e.item.approved === undefined ? 'effective_on' : 'approved']),
        });
      }
    }
    if (notice && notice.value > 0) {
      const needs = `at least ${plural(notice.value, 'day')}${notice.value === 1 ? "'s" : "'"} notice`;
      if (notified && notified <= ctx.asOf) {
        const ahead = daysBetween(notified, effective);
        if (ahead < notice.value) {
          const fact =
            ahead > 0
              ? `was notified only ${plural(ahead, 'day')} ahead (on ${notified})`
              : ahead === 0
                ? `was notified on the day it took effect (${notified})`
                : `was notified ${plural(-ahead, 'day')} after it took effect (on ${notified})`;
          breaches.push({ severity: 'warning', fact, term: notice, needs, span: at(ctx, [...e.path, 'notified_on']) });
        }
      } else if (e.item.notified_on === undefined && effective <= ctx.asOf) {
        breaches.push({ severity: 'warning', fact: `took effect on ${effective} with no notification date recorded`, term: notice, needs, span: at(ctx, [...e.path, 'effective_on']) });
      }
    }
    if (!breaches.length) continue;
    const severity: Severity = breaches.some((b) => b.severity === 'error') ? 'error' : 'warning';
    const facts = breaches.map((b) => b.fact).join(' and ');
    const sameSource = breaches.every((b) => b.term.stated === breaches[0].term.stated);
    const rules = sameSource
      ? `${who(breaches[0].term)} requires ${breaches.map((b) => b.needs).join(' and ')}${breaches.map((b) => fallback(b.term)).join('')}`
      : breaches.map((b) => `${who(b.term)} requires ${b.needs}${fallback(b.term)}`).join(', and ');
    const span = breaches.find((b) => b.severity === severity)!.span;
    out.push(finding('EV-25', severity, `Subcontractor change "${label(e)}" (${change}) ${facts}; ${rules}.`, span));
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
    const when = dateOf(e.item.observed_on) ? ` on ${String(e.item.observed_on)}` : '';
    const rule = term
      ? `the appendix lists ${allowed.length ? allowed.join(', ') : 'no country'} in \`${term.where}\``
      : `the appendix lists no \`data.location_and_transfer.${key}\`, so only SA is taken as agreed`;
    out.push(
      finding(
        'EV-26',
        'error',
        `${kind === 'access' ? 'Access to' : kind === 'storage' ? 'Storage of' : 'Processing of'} entity data was observed in ${country}${when}; ${rule}, and a change of location needs the agreed notice and approval first.`,
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
  const delRule = `${who(del)} requires deletion evidence within ${plural(del.value, 'day')} after the data is returned${fallback(del)}`;
  for (const e of entries(ctx, 'exit_events')) {
    const returned = dateOf(e.item.data_returned_on);
    const cert = dateOf(e.item.deletion_certificate_on);
    const certMissing = e.item.deletion_certificate_on === undefined || e.item.deletion_certificate_on === null;
    if (returned && returned <= ctx.asOf) {
      const due = addDays(returned, del.value);
      if (cert) {
        const days = daysBetween(returned, cert);
        if (days > del.value && cert <= ctx.asOf)
          out.push(finding('EV-28', 'error', `The deletion certificate is dated ${cert}, ${plural(days, 'day')} after the data was returned on ${returned}; ${delRule}.`, at(ctx, [...e.path, 'deletion_certificate_on'])));
      } else if (certMissing && due <= ctx.asOf) {
        out.push(
          finding('EV-28', 'error', `No deletion certificate is recorded, ${plural(daysBetween(returned, ctx.asOf), 'day')} after the data was returned on ${returned}; ${delRule}, so it was due by ${due} (ECC-2:2024 4-1-2-1).`, at(ctx, [...e.path, 'data_returned_on'])),
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
        `The service ended on ${ended} but neither the return of the data nor a deletion certificate is recorded; ${who(ret)} allows ${plural(ret.value, 'day')} for the return${fallback(ret)} and ${who(del) === who(ret) ? '' : `${who(del)} `}${plural(del.value, 'day')} after it for deletion${fallback(del)}, so the certificate was due by ${due} (ECC-2:2024 4-1-2-1).`,
        at(ctx, [...e.path, 'terminated_on']),
      ),
    );
  }
  return out;
}
