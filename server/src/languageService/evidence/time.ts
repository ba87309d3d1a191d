/**
 * Date and timestamp arithmetic for the evidence checks. Values are read as written (format.md 5): an invalid date
 * such as 2025-02-30 is never rolled over; it reads as absent here and the schema check reports it.
 * `_days` are calendar days and `_hours` clock hours; a timestamp keeps the offset it was written with.
 */
import { instant, isValidDate, isValidTimestamp } from '../dates';

// Calendar arithmetic in whole numbers (proleptic Gregorian, no Date object): exact for years 0000-9999, and a
// result beyond them saturates at 0000-01-01 / 9999-12-31 instead of throwing or changing format.

function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function fromDays(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y > 9999) return '9999-12-31';
  if (y < 0) return '0000-01-01';
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function dayNumber(date: string): number {
  return toDays(...parts(date));
}

/** `date` plus `n` calendar days. */
export function addDays(date: string, n: number): string {
  return fromDays(dayNumber(date) + n);
}

/** `date` plus `n` calendar months, the day clamped to the month's length (2025-01-31 + 1 month = 2025-02-28). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  if (ny > 9999) return '9999-12-31';
  if (ny < 0) return '0000-01-01';
  return fromDays(toDays(ny, nm, Math.min(d, daysIn(ny, nm))));
}

function daysIn(y: number, m: number): number {
  return toDays(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - toDays(y, m, 1);
}

/** A valid `YYYY-MM-DD`, else undefined. */
export function dateOf(v: unknown): string | undefined {
  return isValidDate(v) ? v : undefined;
}

export interface Stamp {
  /** Milliseconds since the epoch. */
  ms: number;
  /** The offset as written: `+03:00`, `Z`. */
  offset: string;
  /** The calendar date as written (in the stamp's own offset). */
  date: string;
  text: string;
}

/** A valid RFC 3339 timestamp with an offset, else undefined (one without an offset is an EV-21 finding). */
export function stampOf(v: unknown): Stamp | undefined {
  if (!isValidTimestamp(v, true)) return undefined;
  const offset = /(Z|z|[+-]\d{2}:\d{2})$/.exec(v)![1].toUpperCase();
  // RFC 3339 offsets stop at 23:59; anything else cannot be placed in time.
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) return undefined;
  const ms = instant(v);
  return Number.isFinite(ms) ? { ms, offset, date: v.slice(0, 10), text: v } : undefined;
}

/** True for a timestamp that is valid except that it has no offset. */
export function lacksOffset(v: unknown): v is string {
  return isValidTimestamp(v, false) && !isValidTimestamp(v, true);
}

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * The instant at which the day `date` ends in `offset`, i.e. the next day's midnight there. The log is read as
 * complete up to the close of its as-of day (docs/evidence.md, "Reading dates").
 */
export function endOfDay(date: string, offset: string): number {
  return instant(`${addDays(date, 1)}T00:00:00${offset === 'Z' ? 'Z' : offset}`);
}

export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word + 's'}`;
}

/** The calendar distance from `a` to a later `b` in whole months and the days left over. */
export function monthsAndDaysParts(a: string, b: string): { months: number; days: number } {
  let months = Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7)));
  if (months > 0 && addMonths(a, months) > b) months--;
  months = Math.max(0, months);
  return { months, days: daysBetween(addMonths(a, months), b) };
}

/** "4 months and 5 days", "12 months", "20 days": the calendar distance from `a` to a later `b`. */
export function monthsAndDays(a: string, b: string): string {
  const { months, days } = monthsAndDaysParts(a, b);
  if (!months) return plural(days, 'day');
  return days ? `${plural(months, 'month')} and ${plural(days, 'day')}` : plural(months, 'month');
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "31 h 30 min", "40 h 30 min", "3 h", "45 min" (rounded down to the minute). */
export function hoursText(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** "31 days 4 h", "27 days" (rounded down to the hour); below a day, as hours. */
export function daysText(ms: number): string {
  if (Math.abs(ms) < DAY) return hoursText(ms);
  const hours = Math.floor(Math.abs(ms) / HOUR);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${plural(d, 'day')} ${h} h` : plural(d, 'day');
}

export const HOUR_MS = HOUR;
export const DAY_MS = DAY;

/** `2025-07` -> last day of that month. */
export function monthEnd(month: string): string {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

/** The month (`YYYY-MM`) a date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function nextMonth(month: string): string {
  return addMonths(`${month}-01`, 1).slice(0, 7);
}

/** `2025-Q3` for a date. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First day of a quarter `2025-Q3`. */
export function quarterStart(q: string): string {
  const n = Number(q.slice(6));
  return `${q.slice(0, 4)}-${String((n - 1) * 3 + 1).padStart(2, '0')}-01`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "June 2025" for `2025-06`. */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** An instant written in a given offset: `2025-08-15 02:10 +03:00`. */
export function stampText(ms: number, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const shift = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * MINUTE : 0;
  const iso = new Date(ms + shift).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} ${m ? offset : 'UTC'}`;
}
