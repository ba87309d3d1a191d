/**
 * Access control in the evidence log (ECC-2:2024 2-2-3-5): access reviews at the agreed interval (EV-14) and a
 * leaver's access revoked within the agreed hours (EV-15).
 *   bad:  - {person_ref: P-0193, left_at: "2025-07-01T17:00:00+03:00", access_revoked_at: "2025-07-03T09:30:00+03:00"}
 *   good: - {person_ref: P-0193, left_at: "2025-07-01T17:00:00+03:00", access_revoked_at: "2025-07-01T18:05:00+03:00"}
 */
import type { Finding } from '../findings';
import { cadenceFindings } from './cadence';
import { at, entries, finding, intTerm, label, msg, type EvidenceContext } from './context';
import { dateOf, endOfDay, HOUR_MS, stampOf, stampText } from './time';

/** EV-14: access reviews keep the agreed interval. */
export function ev14(ctx: EvidenceContext): Finding[] {
  const interval = intTerm(ctx, 'access.review_and_revocation', 'review_interval_months');
  if (!interval) return [];
  const items = entries(ctx, 'access_reviews')
    .filter((e) => dateOf(e.item.performed_on))
    .map((e) => ({ date: String(e.item.performed_on), path: [...e.path, 'performed_on'] }));
  return cadenceFindings(ctx, { check: 'EV-14', what: 'access-review', items, interval, unit: 'months', section: 'access_reviews' });
}

/** EV-15: each leaver's access revoked within the agreed hours after leaving. */
export function ev15(ctx: EvidenceContext): Finding[] {
  const term = intTerm(ctx, 'access.review_and_revocation', 'revocation_hours');
  if (!term) return [];
  const out: Finding[] = [];
  for (const e of entries(ctx, 'leavers')) {
    const left = stampOf(e.item.left_at);
    if (!left || left.date > ctx.asOf) continue;
    const deadline = left.ms + term.value * HOUR_MS;
    const revoked = stampOf(e.item.access_revoked_at);
    if (revoked) {
      const late = revoked.ms - left.ms;
      if (late <= term.value * HOUR_MS || revoked.date > ctx.asOf) continue;
      out.push(finding('EV-15', 'warning', msg(ctx, 'ev15.late', { label: label(e), took: late, term }), at(ctx, [...e.path, 'access_revoked_at'])));
      continue;
    }
    if (e.item.access_revoked_at !== undefined && e.item.access_revoked_at !== null) continue; // malformed: schema check or EV-21
    if (deadline >= endOfDay(ctx.asOf, left.offset)) continue;
    out.push(
      finding(
        'EV-15',
        'warning',
        msg(ctx, 'ev15.missing', { label: label(e), left: stampText(left.ms, left.offset), deadline: stampText(deadline, left.offset), term }),
        at(ctx, [...e.path, e.item.access_revoked_at === null ? 'access_revoked_at' : 'left_at']),
      ),
    );
  }
  return out;
}
