import type { Clause, ParamType, Test, Threshold, Unit } from './types';

/** Words for values, units and tests, shared by messages, hovers and rendered text. */

export function unitWords(n: number, unit: Unit): string {
  if (unit === 'count') return String(n);
  const singular: Record<Exclude<Unit, 'count'>, string> = {
    minutes: 'minute',
    hours: 'hour',
    days: 'day',
    business_days: 'business day',
    months: 'month',
    years: 'year',
  };
  const word = singular[unit];
  return `${n} ${n === 1 ? word : word + 's'}`;
}

export function unitOf(t: ParamType): Unit | undefined {
  return 'unit' in t ? t.unit : undefined;
}

export function showValue(v: unknown, type?: ParamType): string {
  if (typeof v === 'number') {
    const unit = type && unitOf(type);
    return unit ? unitWords(v, unit) : String(v);
  }
  if (Array.isArray(v)) return v.length ? v.map((x) => showValue(x)).join(', ') : 'an empty list';
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

function list(values: readonly string[], joiner: 'and' | 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${joiner} ${values[values.length - 1]}`;
}

/** "at most 24 hours", "includes remote and privileged", ... */
export function describeTest(test: Test, type: ParamType): string {
  switch (test.op) {
    case 'max':
      return `at most ${showValue(test.value, type)}`;
    case 'min':
      return `at least ${showValue(test.value, type)}`;
    case 'equals':
      return typeof test.value === 'boolean' ? String(test.value) : `\`${test.value}\``;
    case 'oneOf':
      return `one of ${list(test.values.map((v) => `\`${v}\``), 'or')}`;
    case 'includesAll':
      return `a list that includes ${list(test.values.map((v) => `\`${v}\``), 'and')}`;
    case 'includesAny':
      return `a list that includes ${list(test.values.map((v) => `\`${v}\``), 'or')}`;
    case 'allEqual':
      return test.field ? `\`${test.value}\` as the ${test.field} of every entry` : `\`${test.value}\` only`;
    case 'present':
      return 'stated';
  }
}

/** Does `value` pass? `undefined` when the value has the wrong form (the schema check reports that). */
export function evaluate(test: Test, value: unknown): boolean | undefined {
  switch (test.op) {
    case 'present':
      return value !== undefined && value !== null;
    case 'max':
      return typeof value === 'number' ? value <= test.value : undefined;
    case 'min':
      if (value === 'indefinite') return true;
      return typeof value === 'number' ? value >= test.value : undefined;
    case 'equals':
      return typeof value === typeof test.value ? value === test.value : undefined;
    case 'oneOf':
      return typeof value === 'string' ? test.values.includes(value) : undefined;
    case 'includesAll':
      return Array.isArray(value) ? test.values.every((v) => value.includes(v)) : undefined;
    case 'includesAny':
      return Array.isArray(value) ? test.values.some((v) => value.includes(v)) : undefined;
    case 'allEqual':
      return Array.isArray(value) ? value.every((item) => itemValue(test, item) === test.value) : undefined;
  }
}

/** What an `allEqual` test compares of a list item: the item, or its `field`. */
function itemValue(test: Extract<Test, { op: 'allEqual' }>, item: unknown): unknown {
  return test.field ? (item as Record<string, unknown> | null)?.[test.field] : item;
}

/**
 * The items a failing list test names: the required values the list lacks (`includesAll`), or the distinct values
 * other than the required one (`allEqual`). Shared by the English and Arabic messages.
 */
export function failingItems(test: Test, value: unknown): string[] {
  const items = Array.isArray(value) ? value : [];
  if (test.op === 'includesAll') return test.values.filter((v) => !items.includes(v)).map(String);
  if (test.op === 'allEqual') return [...new Set(items.map((item) => itemValue(test, item)).filter((v) => v !== test.value).map(String))];
  return [];
}

/** What is wrong with a failing value, for the message ("lacks `privileged`", "includes AE"). */
export function describeFailure(test: Test, value: unknown, type: ParamType): string {
  switch (test.op) {
    case 'includesAll':
      return `lacks ${list(failingItems(test, value).map((v) => `\`${v}\``), 'and')}`;
    case 'includesAny':
      return `includes none of ${list(test.values.map((v) => `\`${v}\``), 'or')}`;
    case 'allEqual':
      return `includes ${list(failingItems(test, value).map((v) => `\`${v}\``), 'and')}`;
    default:
      return `is ${typeof value === 'string' ? `\`${value}\`` : showValue(value, type)}`;
  }
}

export function basisWords(t: Pick<Threshold, 'basis' | 'origin'>): string {
  return `${t.basis === 'nca' ? 'NCA requirement' : 'recommended practice'}, ${t.origin}`;
}

/** Why a clause is needed, in a few words: "ECC 4-1-2-2 requires it". */
export function clauseBasisWords(c: Clause): string {
  if (c.anchor === 'direct') return `ECC-2:2024 ${c.ecc[0]} requires it`;
  if (c.anchor === 'derived') return `it applies ECC-2:2024 ${c.ecc.slice(0, 2).join(' and ')}`;
  return 'recommended practice';
}
