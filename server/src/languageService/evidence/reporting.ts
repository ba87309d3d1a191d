/**
 * Reporting (ECC-2:2024 4-1-4 oversight): a monthly security report for every month, on time (EV-16), and a
 * posture review for every quarter (EV-17). A report belongs to the period it names (`period: 2025-07`), not to the
 * date it was delivered (format.md 5). Both are cadence checks, so the 5-day grace applies to their due dates.
 *   bad:  reports for 2025-04, 2025-05 and 2025-07 only              -> June missing
 *   good: - {type: monthly_security, period: 2025-06, delivered_on: 2025-07-09}
 */
import type { Finding } from '../findings';
import { GRACE_DAYS } from './checks';
import { anchor, at, boolTerm, entries, finding, intTerm, msg, withGrace, type Entry, type EvidenceContext } from './context';
import { addDays, addMonths, dateOf, daysBetween, monthEnd, monthOf, nextMonth, quarterOf, quarterStart } from './time';

/** Months or quarters looked at, at most (a bound for absurd dates such as year 0001). */
const MAX_PERIODS = 1200;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** EV-16: every month from the start has a monthly report delivered within the agreed days after month end. */
export function ev16(ctx: EvidenceContext): Finding[] {
  const on = boolTerm(ctx, 'reporting.security_reports', 'monthly_report');
  if (on && !on.value) return [];
  const days = intTerm(ctx, 'reporting.security_reports', 'monthly_delivery_days');
  if (!days) return [];
  const byMonth = new Map<string, Entry[]>();
  for (const e of entries(ctx, 'reports')) {
    if (e.item.type !== 'monthly_security' || typeof e.item.period !== 'string' || !MONTH.test(e.item.period)) continue;
    byMonth.set(e.item.period, [...(byMonth.get(e.item.period) ?? []), e]);
  }
  const out: Finding[] = [];
  // Late: the first delivery of each month's report.
  for (const [month, list] of byMonth) {
    const delivered = list.filter((e) => dateOf(e.item.delivered_on) && String(e.item.delivered_on) <= ctx.asOf).sort((a, b) => (String(a.item.delivered_on) < String(b.item.delivered_on) ? -1 : 1))[0];
    if (!delivered) continue;
    const deliveredOn = String(delivered.item.delivered_on);
    const after = daysBetween(monthEnd(month), deliveredOn);
    if (after <= days.value + GRACE_DAYS) continue;
    out.push(
      finding(
        'EV-16',
        'info',
        msg(ctx, 'ev16.late', { month, delivered: deliveredOn, after, term: days }),
        at(ctx, [...delivered.path, 'delivered_on']),
      ),
    );
  }
  // Missing: every month from the start whose due date (with grace) has passed by the close of the end day.
  const months = [...byMonth.keys()].sort();
  let month = ctx.start ? monthOf(ctx.start.date) : months[0];
  for (let i = 0; month && i < MAX_PERIODS; i++, month = nextMonth(month)) {
    const due = addDays(monthEnd(month), days.value);
    const graced = withGrace(due);
    if (graced > ctx.end) break;
    const list = byMonth.get(month);
    if (!list) {
      out.push(
        finding(
          'EV-16',
          'warning',
          msg(ctx, 'ev16.missing', { month, term: days, due, graced }),
          anchor(ctx, 'reports'),
        ),
      );
    } else if (!list.some((e) => dateOf(e.item.delivered_on))) {
      out.push(
        finding(
          'EV-16',
          'warning',
          msg(ctx, 'ev16.undated', { month, term: days, due, graced }),
          at(ctx, [...list[0].path, 'period']),
        ),
      );
    }
  }
  return out;
}

/**
 * EV-17: one posture review per block of the agreed months (whole quarters; every quarter when the interval is 3),
 * naming a quarter (or month) in the block; the review of a block is due by the end of the following quarter.
 */
export function ev17(ctx: EvidenceContext): Finding[] {
  const interval = intTerm(ctx, 'reporting.security_reports', 'posture_review_interval_months');
  if (!interval || interval.value <= 0) return [];
  const size = Math.max(1, Math.ceil(interval.value / 3));
  const covered = new Set<string>();
  for (const e of entries(ctx, 'reports')) {
    const p = e.item.period;
    if (e.item.type !== 'quarterly_posture_review' || typeof p !== 'string') continue;
    if (QUARTER.test(p)) covered.add(p);
    else if (MONTH.test(p)) covered.add(quarterOf(`${p}-01`));
  }
  const first = ctx.start ? quarterOf(ctx.start.date) : [...covered].sort()[0];
  if (!first) return [];
  const out: Finding[] = [];
  let blockStart = quarterStart(first);
  for (let i = 0; i < MAX_PERIODS; i++, blockStart = addMonths(blockStart, 3 * size)) {
    const quarters = Array.from({ length: size }, (_, k) => quarterOf(addMonths(blockStart, 3 * k)));
    const nextBlock = addMonths(blockStart, 3 * size);
    const due = addDays(addMonths(nextBlock, 3), -1);
    const graced = withGrace(due);
    if (graced > ctx.end) break;
    if (quarters.some((q) => covered.has(q))) continue;
    out.push(
      finding(
        'EV-17',
        'warning',
        msg(ctx, 'ev17.missing', { first: quarters[0], last: quarters[size - 1], term: interval, due, graced }),
        anchor(ctx, 'reports'),
      ),
    );
  }
  return out;
}
