/** Dates as written: `2025-02-30` is invalid, never rolled over (format.md 5). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** RFC 3339 timestamp; `requireOffset` rejects ones without `Z` or `+hh:mm`; an offset is at most 23:59 either way. */
export function isValidTimestamp(s: unknown, requireOffset = true): s is string {
  if (typeof s !== 'string') return false;
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  if (!isValidDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return false;
  // An offset is -23:59 to +23:59 (RFC 3339 time-numoffset: hours 00-23, minutes 00-59); `-00:00` is valid and means
  // "UTC, local offset unknown". `+25:00`, `+03:60` and `-24:00` are not times anywhere.
  if (m[7] !== undefined && m[7].length === 6 && (Number(m[7].slice(1, 3)) > 23 || Number(m[7].slice(4, 6)) > 59)) return false;
  return !requireOffset || m[7] !== undefined;
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` (calendar arithmetic without time zones). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping the day to the target month's length (2025-01-31 + 1 month = 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Milliseconds since the epoch of a valid RFC 3339 timestamp with offset. */
export function instant(ts: string): number {
  return Date.parse(ts.replace(' ', 'T'));
}

/** Today as YYYY-MM-DD in the machine's local time zone (only the server entry and CLI call this). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
