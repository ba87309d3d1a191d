import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AR,
  arabicBasisWords,
  arabicClauseCount,
  arabicList,
  arabicOrigin,
  arabicParamSummary,
  arabicTest,
  arabicTypeWords,
  arabicUnit,
  hasArabic,
  ltr,
  unisolatedLatin,
} from '../../server/src/languageService/catalogue/ar';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import { CONTROLS } from '../../server/src/languageService/catalogue/controls';
import { PROFILES } from '../../server/src/languageService/catalogue/profiles';
import type { ParamDef, Threshold } from '../../server/src/languageService/catalogue/types';
import { balanced } from '../support/arabic';

/** The expected isolate, written out independently of `ltr`. */
const I = (s: string) => `\u2066${s}\u2069`;

/** Every parameter of a clause with its key path (`at_rest.required`), nested ones included. */
function paramPaths(params: readonly ParamDef[], prefix = ''): { path: string; p: ParamDef }[] {
  return params.flatMap((p) => {
    const path = prefix ? `${prefix}.${p.key}` : p.key;
    const nested = p.type.kind === 'object' || p.type.kind === 'object-list' ? paramPaths(p.type.params, path) : [];
    return [{ path, p }, ...nested];
  });
}

const allParams = CLAUSES.flatMap((c) => paramPaths(c.params).map((x) => ({ clause: c, ...x })));
const allThresholds: Threshold[] = allParams.flatMap((x) => [...(x.p.baseline ?? [])]);


/** The checks every Arabic text must pass; `where` names it in the failure. */
function assertArabicText(ar: string | undefined, where: string, opts: { requireArabic?: boolean } = {}): asserts ar is string {
  assert.equal(typeof ar, 'string', `${where}: no Arabic text`);
  assert.ok(ar!.trim().length > 0, `${where}: empty`);
  if (opts.requireArabic !== false) assert.ok(hasArabic(ar!), `${where}: no Arabic letters: ${ar}`);
  assert.deepEqual(unisolatedLatin(ar!), [], `${where}: Latin text or digits outside an LTR isolate: ${ar}`);
  assert.ok(balanced(ar!, '\u2066'), `${where}: unbalanced or nested isolates`);
  assert.doesNotMatch(ar!, /[\u0660-\u0669\u06F0-\u06F9]/, `${where}: Arabic-Indic digits (Western digits are the convention)`);
}

/** Ids and numbers of the English text (`4-1-3-1`, `12`, `2:2024`, `1.2`) each appear inside an isolate of the Arabic. */
function assertNumbersCarried(en: string, ar: string, where: string): void {
  const runs = [...ar.matchAll(/\u2066([^\u2069]*)\u2069/g)].map((m) => m[1]);
  for (const token of en.match(/\d+(?:[-.:/]\d+)*/g) ?? []) {
    assert.ok(
      runs.some((r) => r.includes(token)),
      `${where}: "${token}" of the English text is missing from the Arabic: ${ar}`,
    );
  }
}

describe('Arabic catalogue: completeness', () => {
  it('every one of the 35 clauses has an Arabic title and mustState, and nothing else is keyed', () => {
    assert.equal(CLAUSES.length, 35);
    assert.deepEqual(Object.keys(AR.clauses).sort(), CLAUSES.map((c) => c.id).sort());
    for (const c of CLAUSES) {
      const ar = AR.clauses[c.id];
      assertArabicText(ar.title, `${c.id} title`);
      assertArabicText(ar.mustState, `${c.id} mustState`);
      assertNumbersCarried(c.title, ar.title, `${c.id} title`);
      assertNumbersCarried(c.mustState, ar.mustState, `${c.id} mustState`);
    }
  });

  it('every parameter of every clause, nested ones included, has an Arabic summary, and nothing else is keyed', () => {
    assert.equal(allParams.length, 259);
    for (const c of CLAUSES) {
      const expected = paramPaths(c.params).map((x) => x.path).sort();
      assert.deepEqual(Object.keys(AR.clauses[c.id].params).sort(), expected, c.id);
    }
    for (const { clause, path, p } of allParams) {
      const ar = AR.clauses[clause.id].params[path];
      assertArabicText(ar, `${clause.id} ${path}`);
      assertNumbersCarried(p.summary, ar, `${clause.id} ${path}`);
    }
    // the nested ones, by name
    assert.ok(AR.clauses['data.encryption'].params['at_rest.level']);
    assert.ok(AR.clauses['data.encryption'].params['in_transit.tls_min']);
    assert.ok(AR.clauses['soc.location_ksa'].params['centres.country']);
  });

  it('every control has an Arabic title and summary (our paraphrase), and nothing else is keyed', () => {
    assert.deepEqual(Object.keys(AR.controls).sort(), CONTROLS.map((c) => c.id).sort());
    for (const c of CONTROLS) {
      const ar = AR.controls[c.id];
      assertArabicText(ar.title, `${c.id} title`);
      assertArabicText(ar.summary, `${c.id} summary`);
      assertNumbersCarried(c.title, ar.title, `${c.id} title`);
      assertNumbersCarried(c.summary, ar.summary, `${c.id} summary`);
    }
  });

  it('every profile has an Arabic title and summary', () => {
    assert.deepEqual(Object.keys(AR.profiles).sort(), PROFILES.map((p) => p.id).sort());
    for (const p of PROFILES) {
      assertArabicText(AR.profiles[p.id].title, `${p.id} title`);
      assertArabicText(AR.profiles[p.id].summary, `${p.id} summary`);
      assertNumbersCarried(p.title, AR.profiles[p.id].title, `${p.id} title`);
      assertNumbersCarried(p.summary, AR.profiles[p.id].summary, `${p.id} summary`);
    }
  });

  it('every enum value of the catalogue has an Arabic label, and nothing else is keyed', () => {
    const enumValues = new Set<string>();
    for (const { p } of allParams) {
      const t = p.type;
      const vals = t.kind === 'enum' ? t.values : t.kind === 'list' && t.item.kind === 'enum' ? t.item.values : [];
      for (const v of vals) enumValues.add(v);
    }
    assert.deepEqual(Object.keys(AR.values).sort(), [...enumValues].sort());
    for (const v of enumValues) assertArabicText(AR.values[v], `value ${v}`);
  });

  it('every threshold origin and escalation reason has an Arabic form that keeps its ids', () => {
    const originTexts = new Set(allThresholds.map((t) => t.origin));
    assert.deepEqual(Object.keys(AR.origins).sort(), [...originTexts].sort());
    for (const o of originTexts) {
      // an origin that is only references ("CSCC 2-10-2") has no words to translate
      assertArabicText(AR.origins[o], `origin ${o}`, { requireArabic: /[a-z]{3,}/.test(o) });
      assertNumbersCarried(o, AR.origins[o], `origin ${o}`);
    }
    const reasons = new Set(allThresholds.flatMap((t) => (t.escalate ? [t.escalate.reason] : [])));
    assert.deepEqual(Object.keys(AR.escalateReasons).sort(), [...reasons].sort());
    for (const r of reasons) {
      assertArabicText(AR.escalateReasons[r], `reason ${r}`);
      assertNumbersCarried(r, AR.escalateReasons[r], `reason ${r}`);
    }
  });

  it('the hover and message words (severity, basis, anchor, profile and condition notes, labels) are well formed', () => {
    const groups: Record<string, Record<string, string>> = {
      severity: AR.severity,
      basis: AR.basis,
      anchor: AR.anchor,
      profileNote: AR.profileNote,
      conditionNote: AR.conditionNote,
      conditionLabel: AR.conditionLabel,
      hover: AR.hover,
    };
    for (const [name, group] of Object.entries(groups)) {
      for (const [k, v] of Object.entries(group)) assertArabicText(v, `${name}.${k}`);
    }
    assertArabicText(AR.versionLabel, 'versionLabel');
    assertArabicText(AR.paraphraseNote, 'paraphraseNote');
    // the conditions used anywhere in the catalogue all have notes
    const used = new Set<string>();
    for (const t of allThresholds) for (const w of t.when ?? []) used.add(w);
    for (const c of CLAUSES) {
      for (const w of c.missing.requiredWhen ?? []) used.add(w);
      for (const e of c.missing.escalations ?? []) for (const w of e.when ?? []) used.add(w);
    }
    for (const w of used) assert.ok(w in AR.conditionNote, `condition ${w} has no Arabic note`);
  });
});

describe('Arabic catalogue: exact words', () => {
  it('severities, basis and the version label', () => {
    assert.deepEqual(AR.severity, { error: 'خطأ', warning: 'تحذير', info: 'معلومة' });
    assert.deepEqual(AR.basis, { nca: 'متطلب من الهيئة', practice: 'ممارسة موصى بها' });
    assert.equal(AR.versionLabel, 'الضوابط الأساسية للأمن السيبراني (\u2066ECC-2:2024\u2069)، النص العربي هو الملزم');
  });

  it('control ids inside Arabic sentences are isolated', () => {
    assert.equal(AR.conditionNote.it_outsourcing_or_managed, `عند انطباق الضابط ${I('4-1-3')}`);
    assert.ok(AR.controls['4-1-3'].summary.includes(`ما ورد في ${I('4-1-3-1')} و${I('4-1-3-2')}`));
    assert.equal(AR.origins['ECC 2-12-3-5'], I('ECC 2-12-3-5'));
    assert.equal(AR.profileNote['ecc+cscc'], `ضمن ملف التعريف ${I('ecc+cscc')} (الأنظمة الحساسة)`);
  });

  it('lookups by key path skip list indexes', () => {
    assert.equal(arabicParamSummary('soc.location_ksa', ['centres', '0', 'country']), AR.clauses['soc.location_ksa'].params['centres.country']);
    assert.equal(arabicParamSummary('data.encryption', 'at_rest.required'), 'هل يجب تشفير بيانات الجهة أينما خُزِّنت.');
    assert.equal(arabicParamSummary('data.encryption', 'at_rest.nope'), undefined);
    assert.equal(arabicParamSummary('no.such', 'x'), undefined);
  });

  it('origins and basis words', () => {
    assert.equal(arabicBasisWords({ basis: 'nca', origin: 'ECC 2-12-3-5' }), `متطلب من الهيئة، ${I('ECC 2-12-3-5')}`);
    assert.equal(arabicOrigin('design default (5 business days)'), `قيمة افتراضية في التصميم (${I('5')} أيام عمل)`);
    assert.equal(arabicOrigin('something new'), I('something new'));
  });

  it('tests and value types in Arabic', () => {
    const hours = { kind: 'int', unit: 'hours' } as const;
    assert.equal(arabicTest({ op: 'max', value: 24 }, hours), `بحد أقصى ${I('24')} ساعة`);
    assert.equal(arabicTest({ op: 'min', value: 2 }, { kind: 'int', unit: 'months' }), 'بحد أدنى شهرين');
    assert.equal(arabicTest({ op: 'equals', value: true }, { kind: 'bool' }), I('`true`'));
    assert.equal(
      arabicTest({ op: 'includesAll', values: ['remote', 'privileged'] }, { kind: 'list', item: { kind: 'string' } }),
      `قائمة تتضمن ${I('`remote`')} و${I('`privileged`')}`,
    );
    assert.equal(
      arabicTest({ op: 'oneOf', values: ['a', 'b', 'c'] }, { kind: 'string' }),
      `إحدى القيم ${I('`a`')}، أو ${I('`b`')}، أو ${I('`c`')}`,
    );
    assert.equal(arabicTest({ op: 'allEqual', value: 'SA', field: 'country' }, { kind: 'string' }), `${I('`SA`')} في الحقل ${I('`country`')} لكل عنصر`);
    assert.equal(arabicTest({ op: 'present' }, { kind: 'string' }), 'مذكورة');
    assert.equal(arabicTypeWords(hours), 'عدد صحيح من الساعات');
    assert.equal(arabicTypeWords({ kind: 'bool' }), `${I('`true`')} أو ${I('`false`')}`);
    for (const { clause, path, p } of allParams) {
      assertArabicText(arabicTypeWords(p.type), `type of ${clause.id} ${path}`);
      // an equality test is the bare value (`true`), so it may have no Arabic word
      for (const t of p.baseline ?? []) assertArabicText(arabicTest(t.test, p.type), `test of ${clause.id} ${path}`, { requireArabic: t.test.op !== 'equals' });
    }
  });

  it('lists join the Arabic way', () => {
    assert.equal(arabicList([], 'and'), '');
    assert.equal(arabicList(['أ'], 'and'), 'أ');
    assert.equal(arabicList(['أ', 'ب'], 'and'), 'أ وب');
    assert.equal(arabicList(['أ', 'ب', 'ج'], 'and'), 'أ، وب، وج');
    assert.equal(arabicList(['أ', 'ب'], 'or'), 'أ أو ب');
  });
});

describe('arabicUnit: Arabic number agreement', () => {
  const cases: [number, string, string, string][] = [
    // n, hours, days, months
    [1, 'ساعة واحدة', 'يوم واحد', 'شهر واحد'],
    [2, 'ساعتين', 'يومين', 'شهرين'],
    [3, `${I('3')} ساعات`, `${I('3')} أيام`, `${I('3')} أشهر`],
    [10, `${I('10')} ساعات`, `${I('10')} أيام`, `${I('10')} أشهر`],
    [11, `${I('11')} ساعة`, `${I('11')} يومًا`, `${I('11')} شهرًا`],
    [24, `${I('24')} ساعة`, `${I('24')} يومًا`, `${I('24')} شهرًا`],
    [100, `${I('100')} ساعة`, `${I('100')} يوم`, `${I('100')} شهر`],
  ];
  for (const [n, hours, days, months] of cases) {
    it(`${n} hours, days, months`, () => {
      assert.equal(arabicUnit(n, 'hours'), hours);
      assert.equal(arabicUnit(n, 'days'), days);
      assert.equal(arabicUnit(n, 'months'), months);
    });
  }

  it('the dual in the nominative on request', () => {
    assert.equal(arabicUnit(2, 'hours', { case: 'nominative' }), 'ساعتان');
    assert.equal(arabicUnit(2, 'days', { case: 'nominative' }), 'يومان');
    assert.equal(arabicUnit(2, 'months', { case: 'nominative' }), 'شهران');
    assert.equal(arabicUnit(2, 'business_days', { case: 'nominative' }), 'يوما عمل');
  });

  it('past 100 the last two digits decide', () => {
    assert.equal(arabicUnit(101, 'days'), `${I('101')} يوم`);
    assert.equal(arabicUnit(102, 'days'), `${I('102')} يوم`);
    assert.equal(arabicUnit(103, 'days'), `${I('103')} أيام`);
    assert.equal(arabicUnit(111, 'days'), `${I('111')} يومًا`);
    assert.equal(arabicUnit(180, 'days'), `${I('180')} يومًا`);
    assert.equal(arabicUnit(200, 'months'), `${I('200')} شهر`);
  });

  it('the other units', () => {
    assert.equal(arabicUnit(1, 'minutes'), 'دقيقة واحدة');
    assert.equal(arabicUnit(15, 'minutes'), `${I('15')} دقيقة`);
    assert.equal(arabicUnit(5, 'years'), `${I('5')} سنوات`);
    assert.equal(arabicUnit(2, 'years'), 'سنتين');
    assert.equal(arabicUnit(1, 'business_days'), 'يوم عمل واحد');
    assert.equal(arabicUnit(2, 'business_days'), 'يومي عمل');
    assert.equal(arabicUnit(10, 'business_days'), `${I('10')} أيام عمل`);
    assert.equal(arabicUnit(12, 'business_days'), `${I('12')} يوم عمل`);
    assert.equal(arabicUnit(4, 'count'), I('4'));
    assert.equal(arabicClauseCount(1), 'بند واحد');
    assert.equal(arabicClauseCount(35), `${I('35')} بندًا`);
  });

  it('zero, negatives, fractions and non-numbers never throw', () => {
    assert.equal(arabicUnit(0, 'hours'), `${I('0')} ساعة`);
    assert.equal(arabicUnit(-5, 'days'), `${I('-5')} يوم`);
    assert.equal(arabicUnit(2.5, 'hours'), `${I('2.5')} ساعة`);
    assert.equal(arabicUnit(Number.NaN, 'hours'), `${I('NaN')} ساعة`);
  });
});

describe('ltr and unisolatedLatin', () => {
  it('ltr wraps in U+2066 … U+2069, strips bidi controls inside, and is idempotent', () => {
    assert.equal(ltr('4-1-3-1'), '\u20664-1-3-1\u2069');
    assert.equal(ltr(24), '\u206624\u2069');
    assert.equal(ltr('a\u2069b\u202Ec'), '\u2066abc\u2069');
    assert.equal(ltr(ltr('x')), ltr('x'));
  });

  it('unisolatedLatin reports every Latin or digit run left outside an isolate', () => {
    assert.deepEqual(unisolatedLatin(`الضابط ${ltr('4-1-3-1')}`), []);
    assert.deepEqual(unisolatedLatin('الضابط 4-1-3-1 و ECC'), ['4-1-3-1', 'ECC']);
  });
});
