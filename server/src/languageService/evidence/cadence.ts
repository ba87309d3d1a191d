/**
 * The one cadence rule behind EV-05, 08, 14, 22 and 23 (format.md 5): entries of one kind may be at most the agreed
 * interval plus the 5-day grace apart, counting the gap from the start of the service to the first entry and from
 * the last entry to "today". An entry dated on its deadline is on time; with nothing recorded by the close of the
 * deadline day the cadence is missed (docs/evidence.md, "Reading dates").
 *   bad:  scans on 2025-05-03 and 2025-06-20 with a 30-day interval  -> 48 days apart
 *   good: scans on 2025-05-03 and 2025-06-02
 */
import type { Finding } from '../findings';
import { GRACE_DAYS, type EvidenceCheckId } from './checks';
import { after, anchor, at, fallback, finding, who, withGrace, type EvidenceContext, type Section, type Term } from './context';
import { daysBetween, monthsAndDays, plural } from './time';

export interface CadenceItem {
  date: string;
  /** Path of the date value in the log (where a finding about this entry points). */
  path: (string | number)[];
}

export interface Cadence {
  check: EvidenceCheckId;
  /** "external scan" */
  what: string;
  /** "External scans" */
  whatPlural: string;
  items: CadenceItem[];
  interval: Term<number>;
  unit: 'days' | 'months';
  section: Section;
}

function distance(a: string, b: string, unit: 'days' | 'months'): string {
  return unit === 'days' ? plural(daysBetween(a, b), 'day') : monthsAndDays(a, b);
}

export function cadenceFindings(ctx: EvidenceContext, c: Cadence): Finding[] {
  const out: Finding[] = [];
  const n = c.interval.value;
  if (n <= 0) return out; // nothing sensible to measure against; the appendix check reports a zero interval
  const every = `one at least every ${plural(n, c.unit === 'days' ? 'day' : 'month')}`;
  const rule = `${who(c.interval)} requires ${every}${fallback(c.interval)}`;
  const dues = (from: string) => {
    const due = after(from, n, c.unit);
    return { due, graced: withGrace(due), words: `${due} (${withGrace(due)} with the ${GRACE_DAYS}-day grace)` };
  };

  // Entries after the end are data errors (EV-21) or after the service; they cannot satisfy a cadence.
  const items = c.items.filter((i) => i.date <= ctx.end).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const start = ctx.start && ctx.start.date <= ctx.end && (!items.length || items[0].date > ctx.start.date) ? ctx.start : undefined;

  let prev: CadenceItem | undefined;
  if (start) {
    const first = items[0];
    const d = dues(start.date);
    if (first && first.date > d.graced) {
      out.push(
        finding(
          c.check,
          'warning',
          `The first ${c.what} is on ${first.date}, ${distance(start.date, first.date, c.unit)} after ${start.words} on ${start.date}; ${rule}, so one was due by ${d.words}.`,
          at(ctx, first.path),
        ),
      );
    }
  }
  for (const item of items) {
    if (prev && (!ctx.start || item.date > ctx.start.date)) {
      const d = dues(prev.date);
      if (item.date > d.graced) {
        out.push(
          finding(
            c.check,
            'warning',
            `${c.whatPlural} on ${prev.date} and ${item.date} are ${distance(prev.date, item.date, c.unit)} apart; ${rule}, so the next was due by ${d.words}.`,
            at(ctx, item.path),
          ),
        );
      }
    }
    prev = item;
  }

  // From the last entry (or the start) to today.
  const last = prev?.date ?? start?.date;
  if (!last) return out;
  const d = dues(last);
  if (d.graced <= ctx.end) {
    const since = prev ? `No ${c.what} is recorded after ${last}` : `No ${c.what} is recorded since ${start!.words} on ${last}`;
    out.push(
      finding(
        c.check,
        'warning',
        `${since}, ${distance(last, ctx.end, c.unit)} before ${ctx.endWords}; ${rule}, so ${prev ? 'the next' : 'one'} was due by ${d.words}.`,
        prev ? at(ctx, prev.path) : anchor(ctx, c.section),
      ),
    );
  }
  return out;
}
