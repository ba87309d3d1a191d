/**
 * Arabic words the message templates share: counted nouns with number agreement, values, tests, times and dates.
 * Everything left-to-right (keys, values, ids, numbers, dates) is wrapped in an LTR isolate (docs/arabic.md).
 * Pure; imports only the catalogue and the date arithmetic, never a rule (the rules import the messages).
 */
import { AR, arabicCount, arabicList, arabicTest, arabicUnit, ltr, type UnitForms } from '../catalogue/ar';
import { failingItems } from '../catalogue/describe';
import type { Clause, ParamType, Test } from '../catalogue/types';
import { monthsAndDaysParts } from '../evidence/time';

export { arabicList, arabicTest, arabicUnit, ltr } from '../catalogue/ar';

/** U+2068 FIRST STRONG ISOLATE … U+2069: a run that takes its own direction from its first letter. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The user's own free text inside an Arabic sentence (a reason, a snippet or library name, an entry's label): in a
 * first-strong isolate, so an Arabic reason reads right-to-left and an English one left-to-right, and neither can
 * reorder the sentence around it (bidi controls inside it are removed, as `ltr` does).
 */
export function userText(s: unknown): string {
  return FSI + String(s).replace(/[\u202A-\u202E\u2066-\u2069]/g, '') + PDI;
}

/** A YAML key, value or id as inline code (the English messages' backticks), isolated. */
export function code(v: unknown): string {
  return ltr(`\`${String(v)}\``);
}

/** Counted nouns the messages need besides the catalogue's units. */
export const NOUN = {
  finding: { one: 'ملاحظة واحدة', dualNominative: 'ملاحظتان', dualGenitive: 'ملاحظتين', few: 'ملاحظات', many: 'ملاحظة', other: 'ملاحظة' },
  exception: { one: 'استثناء واحد', dualNominative: 'استثناءان', dualGenitive: 'استثناءين', few: 'استثناءات', many: 'استثناءً', other: 'استثناء' },
  parameter: { one: 'معامل واحد', dualNominative: 'معاملان', dualGenitive: 'معاملين', few: 'معاملات', many: 'معاملًا', other: 'معامل' },
  value: { one: 'قيمة واحدة', dualNominative: 'قيمتان', dualGenitive: 'قيمتين', few: 'قيم', many: 'قيمة', other: 'قيمة' },
  file: { one: 'ملف واحد', dualNominative: 'ملفان', dualGenitive: 'ملفين', few: 'ملفات', many: 'ملفًا', other: 'ملف' },
  error: { one: 'خطأ واحد', dualNominative: 'خطآن', dualGenitive: 'خطأين', few: 'أخطاء', many: 'خطأً', other: 'خطأ' },
  warning: { one: 'تحذير واحد', dualNominative: 'تحذيران', dualGenitive: 'تحذيرين', few: 'تحذيرات', many: 'تحذيرًا', other: 'تحذير' },
  info: { one: 'معلومة واحدة', dualNominative: 'معلومتان', dualGenitive: 'معلومتين', few: 'معلومات', many: 'معلومة', other: 'معلومة' },
  audit: { one: 'عملية تدقيق واحدة', dualNominative: 'عمليتا تدقيق', dualGenitive: 'عمليتي تدقيق', few: 'عمليات تدقيق', many: 'عملية تدقيق', other: 'عملية تدقيق' },
  times: { one: 'مرة واحدة', dualNominative: 'مرتان', dualGenitive: 'مرتين', few: 'مرات', many: 'مرة', other: 'مرة' },
  document: { one: 'وثيقة واحدة', dualNominative: 'وثيقتان', dualGenitive: 'وثيقتين', few: 'وثائق', many: 'وثيقة', other: 'وثيقة' },
  line: { one: 'سطر واحد', dualNominative: 'سطران', dualGenitive: 'سطرين', few: 'أسطر', many: 'سطرًا', other: 'سطر' },
  character: { one: 'حرف واحد', dualNominative: 'حرفان', dualGenitive: 'حرفين', few: 'أحرف', many: 'حرفًا', other: 'حرف' },
  entry: { one: 'عنصر واحد', dualNominative: 'عنصران', dualGenitive: 'عنصرين', few: 'عناصر', many: 'عنصرًا', other: 'عنصر' },
  level: { one: 'مستوى واحد', dualNominative: 'مستويان', dualGenitive: 'مستويين', few: 'مستويات', many: 'مستوى', other: 'مستوى' },
  problem: { one: 'مشكلة واحدة', dualNominative: 'مشكلتان', dualGenitive: 'مشكلتين', few: 'مشكلات', many: 'مشكلة', other: 'مشكلة' },
  appendix: { one: 'ملحق واحد', dualNominative: 'ملحقان', dualGenitive: 'ملحقين', few: 'ملاحق', many: 'ملحقًا', other: 'ملحق' },
  page: { one: 'صفحة واحدة', dualNominative: 'صفحتان', dualGenitive: 'صفحتين', few: 'صفحات', many: 'صفحة', other: 'صفحة' },
  check: { one: 'فحص واحد', dualNominative: 'فحصان', dualGenitive: 'فحصين', few: 'فحوص', many: 'فحصًا', other: 'فحص' },
} as const satisfies Record<string, UnitForms>;

/** `n` of a noun with number agreement ("ملاحظة واحدة"، "ملاحظتين"، "3 ملاحظات"، "11 ملاحظة"). */
export function count(n: number, noun: keyof typeof NOUN, options: { case?: 'genitive' | 'nominative'; shown?: string } = {}): string {
  return arabicCount(n, NOUN[noun], options);
}

/** The Arabic title of a clause (the English one, isolated, for an id the Arabic catalogue lacks). */
export function clauseTitle(c: Pick<Clause, 'id' | 'title'>): string {
  return AR.clauses[c.id]?.title ?? ltr(c.title);
}

/** A value as a message shows it: numbers with their unit, texts and choices as inline code (the Arabic `showValue`). */
export function showValue(v: unknown, type?: ParamType): string {
  if (typeof v === 'number') {
    const unit = type && 'unit' in type ? type.unit : undefined;
    return unit ? arabicUnit(v, unit) : ltr(v);
  }
  if (Array.isArray(v)) return v.length ? v.map((x) => showValue(x)).join('، ') : 'قائمة فارغة';
  if (v === null || v === undefined) return 'قيمة فارغة';
  if (typeof v === 'object') return 'مجموعة مفاتيح';
  return code(v);
}

/** What a value is, for "must be …, not X" (the Arabic `describe` of schema.ts and policy.ts). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'قيمة فارغة';
  if (typeof value === 'string') return `النص ${ltr(`"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`)}`;
  if (Array.isArray(value)) return 'قائمة';
  if (typeof value === 'object') return 'مجموعة مفاتيح';
  return ltr(String(value));
}

/** A test as a duty, after يشترط / تشترط: "ألا تزيد القيمة على 24 ساعة"، "أن تتضمن القائمة `remote` و`privileged`". */
export function requireWords(test: Test, type: ParamType): string {
  const unit = 'unit' in type ? type.unit : undefined;
  const amount = (n: number) => (unit ? arabicUnit(n, unit) : ltr(n));
  switch (test.op) {
    case 'max':
      return `ألا تزيد القيمة على ${amount(test.value)}`;
    case 'min':
      return `ألا تقل القيمة عن ${amount(test.value)}`;
    case 'equals':
      return `أن تكون القيمة ${code(test.value)}`;
    case 'oneOf':
      return `أن تكون القيمة إحدى القيم ${arabicList(test.values.map(code), 'or')}`;
    case 'includesAll':
      return `أن تتضمن القائمة ${arabicList(test.values.map(code), 'and')}`;
    case 'includesAny':
      return `أن تتضمن القائمة قيمة واحدة على الأقل من ${arabicList(test.values.map(code), 'or')}`;
    case 'allEqual':
      return test.field ? `أن يكون الحقل ${code(test.field)} في كل عنصر ${code(test.value)}` : `ألا تتضمن القائمة إلا ${code(test.value)}`;
    case 'present':
      return 'أن تكون القيمة مذكورة';
  }
}

/** What is wrong with a failing value, with its key (the Arabic `describeFailure`): "قيمة `x` هي 48 ساعة". */
export function failureWords(key: string, test: Test, value: unknown, type: ParamType): string {
  switch (test.op) {
    case 'includesAll':
      return `قائمة ${code(key)} لا تتضمن ${arabicList(failingItems(test, value).map(code), 'and')}`;
    case 'includesAny':
      return `قائمة ${code(key)} لا تتضمن أيًّا من ${arabicList(test.values.map(code), 'or')}`;
    case 'allEqual':
      return `قائمة ${code(key)} تتضمن ${arabicList(failingItems(test, value).map(code), 'and')}`;
    default: {
      // The value is the predicate of هي, so a dual is nominative: "هي سنتان", not "هي سنتين" (docs/arabic.md).
      const unit = 'unit' in type ? type.unit : undefined;
      const shown =
        typeof value === 'string' ? code(value) : typeof value === 'number' && unit ? arabicUnit(value, unit, { case: 'nominative' }) : showValue(value, type);
      return `قيمة ${code(key)} هي ${shown}`;
    }
  }
}

/** Why a clause is needed, as a clause starting with و (the Arabic `clauseBasisWords`). */
export function clauseBasisWords(c: Pick<Clause, 'anchor' | 'ecc'>): string {
  const v = ltr('ECC-2:2024');
  if (c.anchor === 'direct') return `ويشترطه الضابط ${ltr(c.ecc[0])} من ${v}`;
  if (c.anchor === 'derived') {
    const ids = c.ecc.slice(0, 2);
    return ids.length === 2 ? `وهو تطبيق للضابطين ${ltr(ids[0])} و${ltr(ids[1])} من ${v}` : `وهو تطبيق للضابط ${ltr(ids[0])} من ${v}`;
  }
  return 'وهو ممارسة موصى بها';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "31 ساعة و30 دقيقة"، "3 ساعات"، "45 دقيقة" (rounded down to the minute; the Arabic `hoursText`). */
export function hoursWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return arabicUnit(m, 'minutes');
  return m ? `${arabicUnit(h, 'hours')} و${arabicUnit(m, 'minutes')}` : arabicUnit(h, 'hours');
}

/** "31 يومًا و4 ساعات"، "27 يومًا" (rounded down to the hour; below a day, as hours; the Arabic `daysText`). */
export function daysWords(ms: number): string {
  if (Math.abs(ms) < DAY) return hoursWords(ms);
  const hours = Math.floor(Math.abs(ms) / HOUR);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${arabicUnit(d, 'days')} و${arabicUnit(h, 'hours')}` : arabicUnit(d, 'days');
}

/**
 * "4 أشهر و5 أيام"، "12 شهرًا"، "20 يومًا": the calendar distance from `a` to a later `b`. A dual is genitive
 * (شهرين) unless `case: 'nominative'` is passed, as `arabicUnit` does.
 */
export function monthsAndDaysWords(a: string, b: string, options: { case?: 'genitive' | 'nominative' } = {}): string {
  const { months, days } = monthsAndDaysParts(a, b);
  if (!months) return arabicUnit(days, 'days', options);
  return days ? `${arabicUnit(months, 'months', options)} و${arabicUnit(days, 'days', options)}` : arabicUnit(months, 'months', options);
}

/** Gregorian month names as used in Saudi official texts. */
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** "يونيو 2025" for `2025-06`. */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ltr(month.slice(5, 7))} ${ltr(month.slice(0, 4))}`;
}

/** A list of inline-code items joined with و or أو. */
export function codeList(items: readonly unknown[], joiner: 'and' | 'or'): string {
  return arabicList(items.map(code), joiner);
}

/** The catalogue's Arabic word for a severity. */
export function severityWord(s: 'error' | 'warning' | 'info'): string {
  return AR.severity[s];
}
