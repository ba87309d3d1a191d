/**
 * The one cadence rule behind EV-05, 08, 14, 22 and 23 (format.md 5): entries of one kind may be at most the agreed
 * interval plus the 5-day grace apart, counting the gap from the start of the service to the first entry and from
 * the last entry to "today". An entry dated on its deadline is on time; with nothing recorded by the close of the
 * deadline day the cadence is missed (docs/evidence.md, "Reading dates").
 *   bad:  scans on 2025-05-03 and 2025-06-20 with a 30-day interval  -> 48 days apart
 *   good: scans on 2025-05-03 and 2025-06-02
 */
import type { Finding } from '../findings';
import type { CadenceWhat } from '../i18n/evidence';
import type { EvidenceCheckId } from './checks';
import { after, anchor, at, finding, msg, withGrace, type EvidenceContext, type Section, type Term } from './context';

export interface CadenceItem {
  date: string;
  /** Path of the date value in the log (where a finding about this entry points). */
  path: (string | number)[];
}

export interface Cadence {
  check: EvidenceCheckId;
  /** What is counted ("external scan"; i18n/evidence.ts has the words). */
  what: CadenceWhat;
  items: CadenceItem[];
  interval: Term<number>;
  unit: 'days' | 'months';
  section: Section;
}

export function cadenceFindings(ctx: EvidenceContext, c: Cadence): Finding[] {
  const out: Finding[] = [];
  const n = c.interval.value;
  if (n <= 0) return out; // nothing sensible to measure against; the appendix check reports a zero interval
  const dues = (from: string) => {
    const due = after(from, n, c.unit);
    return { due, graced: withGrace(due) };
  };
  /** What every message of this cadence says: what is counted, the agreed interval, the due dates. */
  const base = (d: { due: string; graced: string }) => ({ what: c.what, unit: c.unit, term: c.interval, due: d.due, graced: d.graced });

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
          msg(ctx, 'cadence.first-late', { ...base(d), first: first.date, start }),
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
            msg(ctx, 'cadence.gap', { ...base(d), prev: prev.date, next: item.date }),
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
    const end = { date: ctx.end, exit: ctx.endIsExit };
    out.push(
      finding(
        c.check,
        'warning',
        prev ? msg(ctx, 'cadence.none-after', { ...base(d), last, end }) : msg(ctx, 'cadence.none-since', { ...base(d), start: start!, end }),
        prev ? at(ctx, prev.path) : anchor(ctx, c.section),
      ),
    );
  }
  return out;
}
