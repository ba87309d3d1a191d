/**
 * Words for values in the rendered schedule: numbers with their units, dates, countries, lists. English and Arabic.
 * Arabic counted nouns follow العدد والمعدود with Western digits: 1 and 2 take the singular with واحد and the dual
 * (oblique form, as the templates put durations after a preposition or a verb), 3 to 10 the plural, 11 to 99 the
 * accusative singular, round hundreds the genitive singular (the last two digits decide for larger numbers).
 */
import type { Unit } from '../catalogue/types';
import type { RenderLang } from '../catalogue/sentences';
import type { Inline } from './model';
import { pushAll } from '../arrays';

const EN_UNITS: Record<Exclude<Unit, 'count'>, [string, string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  business_days: ['business day', 'business days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

/** one, two, plural (3-10), accusative singular (11-99), genitive singular (round hundreds and 0). */
const AR_UNITS: Record<Unit, [string, string, string, string, string]> = {
  minutes: ['دقيقة واحدة', 'دقيقتين', 'دقائق', 'دقيقة', 'دقيقة'],
  hours: ['ساعة واحدة', 'ساعتين', 'ساعات', 'ساعة', 'ساعة'],
  days: ['يوم واحد', 'يومين', 'أيام', 'يومًا', 'يوم'],
  business_days: ['يوم عمل واحد', 'يومي عمل', 'أيام عمل', 'يوم عمل', 'يوم عمل'],
  months: ['شهر واحد', 'شهرين', 'أشهر', 'شهرًا', 'شهر'],
  years: ['سنة واحدة', 'سنتين', 'سنوات', 'سنة', 'سنة'],
  count: ['مرة واحدة', 'مرتين', 'مرات', 'مرة', 'مرة'],
};

/** "24 hours", "1 day", "once", "3 times"; Arabic "24 ساعة", "5 أيام", "30 يومًا", "مرتين". */
export function quantity(n: number, unit: Unit, lang: RenderLang): string {
  if (lang === 'ar') {
    const [one, two, few, many, hundred] = AR_UNITS[unit];
    if (n === 1) return one;
    if (n === 2) return two;
    const r = n % 100;
    if (r >= 3 && r <= 10) return `${n} ${few}`;
    if (r >= 11 && r <= 99) return `${n} ${many}`;
    return `${n} ${hundred}`;
  }
  if (unit === 'count') return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
  const [one, many] = EN_UNITS[unit];
  return `${n} ${n === 1 ? one : many}`;
}

/** `2025-02-10` as "10 February 2025" / "10 فبراير 2025م" (month names from the language's words). */
export function formatDate(date: string, months: readonly string[], lang: RenderLang): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'ar' ? `${d} ${months[m - 1]} ${y}م` : `${d} ${months[m - 1]} ${y}`;
}

const SAUDI: Record<RenderLang, string> = { en: 'Saudi Arabia', ar: 'المملكة العربية السعودية' };
const regionNames = new Map<RenderLang, Intl.DisplayNames | undefined>();

/** Country name for an ISO 3166-1 alpha-2 code (ICU data of the runtime; the code itself when unknown). */
export function countryName(code: string, lang: RenderLang): string {
  if (code === 'SA') return SAUDI[lang];
  if (!regionNames.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    } catch {
      names = undefined;
    }
    regionNames.set(lang, names);
  }
  try {
    return regionNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

export function hasArabic(s: string): boolean {
  return ARABIC.test(s);
}

/** The direction a run needs inside a document of direction `docDir`, or undefined when it needs none. */
export function runDir(text: string, docDir: 'ltr' | 'rtl'): 'ltr' | 'rtl' | undefined {
  if (docDir === 'rtl') return LATIN.test(text) && !ARABIC.test(text) ? 'ltr' : undefined;
  return ARABIC.test(text) && !LATIN.test(text) ? 'rtl' : undefined;
}

const LATIN_RUN = /[A-Za-z][A-Za-z0-9 .:/\-]*[A-Za-z0-9]|[A-Za-z]/g;

/**
 * In Arabic text, marks the Latin stretches of unmarked runs ("TLS", "NIST SP 800-88", "CSCC-1:2019") left-to-right,
 * so they keep their order in every output (HTML isolates, Word non-RTL runs, Markdown isolates).
 */
export function isolateLatin(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    if (r.dir || r.marker || !LATIN.test(r.text)) {
      out.push(r);
      continue;
    }
    let last = 0;
    for (const m of r.text.matchAll(LATIN_RUN)) {
      const at = m.index ?? 0;
      if (at > last) out.push({ text: r.text.slice(last, at) });
      out.push({ text: m[0], dir: 'ltr' });
      last = at + m[0].length;
    }
    if (last < r.text.length) out.push({ text: r.text.slice(last) });
  }
  return out;
}

/** A run of text taken from the appendix (a name, a reference), isolated when its script differs. */
export function userRun(raw: string, docDir: 'ltr' | 'rtl'): Inline {
  // Bidi controls from the document could reorder the text around them; the run is isolated as a whole instead.
  const text = raw.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  const dir = runDir(text, docDir);
  return dir ? { text, dir } : { text };
}

/**
 * Joins items into one list: "a, b and c" / "a; b; or c" when `semicolons` and an item has a comma of its own (free
 * text from the appendix); Arabic "أ، وب، وج"
 * with the conjunction attached to an Arabic word and spaced before a Latin one.
 */
export function joinList(items: Inline[][], lang: RenderLang, words: { and: string; or: string }, conj: 'and' | 'or', semicolons = false): Inline[] {
  if (items.length === 0) return [];
  if (items.length === 1) return items[0];
  const out: Inline[] = [];
  if (lang === 'ar') {
    const word = conj === 'and' ? words.and : words.or;
    items.forEach((item, i) => {
      if (i > 0) {
        const sep = items.length > 2 ? '، ' : ' ';
        const first = item[0]?.text ?? '';
        // و is written joined to the next Arabic word; أو always stands apart.
        const joined = conj === 'and' && hasArabic(first.charAt(0)) && !item[0]?.dir;
        out.push({ text: sep + word + (joined ? '' : ' ') });
      }
      pushAll(out, item);
    });
    return out;
  }
  const hasComma = semicolons && items.some((item) => item.some((r) => r.text.includes(',')));
  const sep = hasComma ? '; ' : ', ';
  const word = conj === 'and' ? words.and : words.or;
  items.forEach((item, i) => {
    if (i > 0) out.push({ text: i === items.length - 1 ? (hasComma ? `; ${word} ` : ` ${word} `) : sep });
    pushAll(out, item);
  });
  return out;
}
