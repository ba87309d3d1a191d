/**
 * Array helpers for data-sized arrays. `out.push(...items)` and `Math.max(...items)` pass every element as a call
 * argument, and V8 throws `RangeError: Maximum call stack size exceeded` somewhere above ~60,000 of them: an inline
 * list of 80,000 services (below the 100,000-entry limit) used to crash the check that way. Use these instead.
 */

/** Appends every item of `items` to `out`, one at a time (never a spread call). Returns `out`. */
export function pushAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const item of items) out.push(item);
  return out;
}

/** The largest of `values` and `floor` (a loop, not `Math.max(...values)`). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
