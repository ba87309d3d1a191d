/**
 * Messages of the appendix rules (rules/missingClause.ts, baseline.ts, crossField.ts, exceptions.ts) in English and
 * Arabic. The English templates are the rules' original wording, unchanged; the Arabic follows docs/arabic.md.
 */
import { AR, arabicBasisWords } from '../catalogue/ar';
import { basisWords, clauseBasisWords, describeFailure, describeTest, showValue } from '../catalogue/describe';
import type { Basis, Clause, ParamType, Test } from '../catalogue/types';
import { def } from './define';
import * as w from './words';
import { arabicTest, arabicUnit, code, codeList, ltr as L, userText } from './words';

const ECC = L('ECC-2:2024');

/** `basisWords` in Arabic; a team policy's threshold is named as such. */
function basisAr(t: { basis: Basis; origin: string }): string {
  return t.origin === 'team policy' ? `${AR.basis[t.basis]}، سياسة الفريق` : arabicBasisWords(t);
}

/** What the value must be: the catalogue's baseline, or the team policy's threshold (policy.ts `teamThresholdFacts`). */
export type Requirement =
  | { kind: 'baseline'; test: Test; basis: Basis; origin: string }
  | { kind: 'team'; relaxes: boolean; test: Test; lifted: boolean; from: readonly Test[]; reason?: string };

const unique = (items: readonly string[]) => [...new Set(items)];

/** policy.ts `teamThresholdWords`, from its facts (English, as written there). */
function teamEn(r: Extract<Requirement, { kind: 'team' }>, type: ParamType): string {
  const what = describeTest(r.test, type);
  if (r.relaxes) return `the team policy allows ${what} instead of the baseline's ${unique(r.from.map((t) => describeTest(t, type))).join(' or ')} (relaxed: ${r.reason})`;
  const from = unique(r.from.map((t) => describeTest(t, type)));
  return `the team policy requires ${what}${from.length ? ` (tightened from ${from.join(' or ')})` : ''}`;
}

function teamAr(r: Extract<Requirement, { kind: 'team' }>, type: ParamType): string {
  const from = w.arabicList(unique(r.from.map((t) => arabicTest(t, type))), 'or');
  if (r.relaxes) {
    const what = r.lifted ? 'إغفال هذا المعامل' : w.requireWords(r.test, type);
    return `وتجيز سياسة الفريق ${what} بدلًا مما يشترطه خط الأساس (${from})، وسبب التخفيف: ${userText(r.reason)}`;
  }
  return `وتشترط سياسة الفريق ${w.requireWords(r.test, type)}${r.from.length ? ` (وهو أشد مما يشترطه خط الأساس: ${from})` : ''}`;
}

function requirementEn(r: Requirement, type: ParamType): string {
  return r.kind === 'team' ? teamEn(r, type) : `the baseline is ${describeTest(r.test, type)} (${basisWords(r)})`;
}

function requirementAr(r: Requirement, type: ParamType): string {
  return r.kind === 'team' ? teamAr(r, type) : `ويشترط خط الأساس ${w.requireWords(r.test, type)} (${basisAr(r)})`;
}

/** A value beyond which a threshold escalates, with the catalogue's reason. */
export interface Escalation {
  test: Test;
  reason: string;
}

/** baseline.ts `beyond`: "above 72 hours" / "below 6 months". */
function beyondEn(test: Test, type: ParamType): string {
  if (test.op === 'max') return `above ${showValue(test.value, type)}`;
  if (test.op === 'min') return `below ${showValue(test.value, type)}`;
  return `unless ${describeTest(test, type)}`;
}

function escalationAr(e: Escalation, type: ParamType): string {
  const reason = AR.escalateReasons[e.reason] ?? userText(e.reason);
  if (e.test.op === 'max') return `، وما زاد على ${w.showValue(e.test.value, type)} ${reason}`;
  if (e.test.op === 'min') return `، وما قلّ عن ${w.showValue(e.test.value, type)} ${reason}`;
  return `، وما لم يتحقق شرط ${arabicTest(e.test, type)} ${reason}`;
}

/** One problem that makes an exception invalid. */
export type ExceptionProblem =
  | { kind: 'missing'; keys: readonly string[] }
  | { kind: 'duplicate'; id: string }
  | { kind: 'order'; expires: string; approved: string };

function problemEn(p: ExceptionProblem): string {
  if (p.kind === 'missing') return `it does not state ${p.keys.map((k) => `\`${k}\``).join(', ')}`;
  if (p.kind === 'duplicate') return `the id ${p.id} is used by an earlier exception`;
  return `it expires (${p.expires}) before it was approved (${p.approved})`;
}

function problemAr(p: ExceptionProblem): string {
  if (p.kind === 'missing') return `لا يذكر ${codeList(p.keys, 'and')}`;
  if (p.kind === 'duplicate') return `المعرّف ${L(p.id)} مستخدم في استثناء سابق`;
  return `تاريخ انتهائه (${L(p.expires)}) يسبق تاريخ اعتماده (${L(p.approved)})`;
}

export const APPENDIX_MESSAGES = {
  /** missingClause.ts */
  'clause.missing': def({
    en: (p: { clause: Clause }) => `The appendix has no \`${p.clause.id}\` clause (${p.clause.title}); ${clauseBasisWords(p.clause)}.`,
    ar: (p) => `لا يتضمن الملحق البند ${code(p.clause.id)} (${w.clauseTitle(p.clause)})؛ ${w.clauseBasisWords(p.clause)}.`,
  }),

  /** baseline.ts: a parameter whose baseline only asks that it be stated. */
  'param.missing-required': def({
    en: (p: { where: string; key: string; basis: Basis; origin: string }) =>
      `\`${p.where}\` does not state \`${p.key}\`, which the baseline requires (${basisWords(p)}).`,
    ar: (p) => `لا يذكر ${code(p.where)} المعامل ${code(p.key)}، وخط الأساس يشترط ذكره (${basisAr(p)}).`,
  }),
  /** baseline.ts: a missing parameter with a threshold. */
  'param.missing': def({
    en: (p: { where: string; key: string; type: ParamType; requirement: Requirement }) =>
      `\`${p.where}\` does not state \`${p.key}\`; ${requirementEn(p.requirement, p.type)}.`,
    ar: (p) => `لا يذكر ${code(p.where)} المعامل ${code(p.key)}؛ ${requirementAr(p.requirement, p.type)}.`,
  }),
  /** baseline.ts: a value weaker than its threshold. */
  'param.weak': def({
    en: (p: { key: string; value: unknown; type: ParamType; test: Test; requirement: Requirement; escalation?: Escalation }) => {
      const extra = p.escalation ? `, and ${beyondEn(p.escalation.test, p.type)} it ${p.escalation.reason}` : '';
      const failure = `\`${p.key}\` ${describeFailure(p.test, p.value, p.type)}`;
      return p.requirement.kind === 'team'
        ? `${failure}; ${requirementEn(p.requirement, p.type)}${extra}.`
        : `${failure}; the baseline is ${describeTest(p.test, p.type)}${extra} (${basisWords(p.requirement)}).`;
    },
    ar: (p) =>
      `${w.failureWords(p.key, p.test, p.value, p.type)}، ${requirementAr(p.requirement, p.type)}${p.escalation ? escalationAr(p.escalation, p.type) : ''}.`,
  }),
  /** baseline.ts: a value that passes only because the team policy relaxed the threshold (info). */
  'param.relaxed': def({
    en: (p: { key: string; value: unknown; type: ParamType; test: Test; basis: Basis; origin: string; override: { test: Test; lifted: boolean; reason?: string } }) =>
      `\`${p.key}\` ${describeFailure(p.test, p.value, p.type)}; the baseline is ${describeTest(p.test, p.type)} (${basisWords(p)}), relaxed by the team policy to ${p.override.lifted ? 'not required' : describeTest(p.override.test, p.type)}: ${p.override.reason}.`,
    ar: (p) =>
      `${w.failureWords(p.key, p.test, p.value, p.type)}، ويشترط خط الأساس ${w.requireWords(p.test, p.type)} (${basisAr(p)})، لكن سياسة الفريق ${p.override.lifted ? 'ألغت اشتراط ذكره' : `خففت هذا الشرط فأصبح ${w.requireWords(p.override.test, p.type)}`}، وسبب التخفيف: ${userText(p.override.reason)}.`,
  }),

  /** crossField.ts */
  'cross.assessment-after-signature': def({
    en: (p: { done: string; signed: string; days: number }) =>
      `The risk assessment was completed on ${p.done}, ${p.days} day${p.days === 1 ? '' : 's'} after the contract was signed (${p.signed}); ECC-2:2024 4-1-3-1 requires it before signature.`,
    ar: (p) =>
      `اكتمل تقييم المخاطر في ${L(p.done)}، أي بعد توقيع العقد (${L(p.signed)}) بمدة ${arabicUnit(p.days, 'days')}؛ ويشترط الضابط ${L('4-1-3-1')} من ${ECC} إجراءه قبل التوقيع.`,
  }),
  'cross.no-signature-date': def({
    en: (_p: object) => 'The appendix header has no `signed_on` date, so nothing shows the risk assessment came before signature (ECC-2:2024 4-1-3-1).',
    ar: () => `لا تذكر ترويسة الملحق تاريخ التوقيع ${code('signed_on')}، فلا يثبت أن تقييم المخاطر سبق التوقيع (${L('ECC-2:2024 4-1-3-1')}).`,
  }),
  'cross.no-entity-type': def({
    en: (_p: object) =>
      'The appendix does not state `appendix.customer.entity_type` (government, cni_operator or private), which decides the ECC scope and the MSOC licence tier.',
    ar: () =>
      `لا يذكر الملحق ${code('appendix.customer.entity_type')} (${codeList(['government', 'cni_operator', 'private'], 'or')})، وهو ما يحدد نطاق انطباق الضوابط الأساسية للأمن السيبراني وفئة ترخيص مركز العمليات الأمنية المدار المطلوبة.`,
  }),
  'cross.licence-expired': def({
    en: (p: { expires: string; asOf: string }) => `The provider's MSOC licence expired on ${p.expires} (as of ${p.asOf}); the appendix must cite a valid licence.`,
    ar: (p) =>
      `انتهت صلاحية ترخيص مقدم الخدمة لمراكز العمليات الأمنية المدارة في ${L(p.expires)} (في تاريخ الفحص ${L(p.asOf)})؛ ويجب أن يستند الملحق إلى ترخيص سارٍ.`,
  }),
  'cross.deletion-without-return': def({
    en: (p: { deletion: number }) =>
      `Deletion is due ${p.deletion} days after data return, but \`exit.data_return\` sets no \`return_within_days\`, so the deletion deadline has no start.`,
    ar: (p) =>
      `يجب الحذف خلال ${arabicUnit(p.deletion, 'days')} من إعادة البيانات، لكن ${code('exit.data_return')} لا يحدد ${code('return_within_days')}، فلا يُعرف متى تبدأ مهلة الحذف.`,
  }),
  'cross.origins-undeclared': def({
    en: (p: { undeclared: readonly string[] }) =>
      `Remote access may originate from ${p.undeclared.join(', ')} (soc.location_ksa), but \`access_countries\` does not list ${p.undeclared.length === 1 ? 'it' : 'them'}.`,
    ar: (p) =>
      `يجيز ${code('soc.location_ksa')} الدخول عن بعد من ${w.arabicList(p.undeclared.map((c) => L(c)), 'and')}، لكن قائمة ${code('access_countries')} لا تتضمن ${p.undeclared.length === 1 ? 'هذه الدولة' : 'هذه الدول'}.`,
  }),
  'cross.review-overdue': def({
    en: (p: { last: string; months: number; due: string; asOf: string }) =>
      `The appendix was last reviewed on ${p.last}; with a ${p.months}-month review interval the next review was due on ${p.due} (as of ${p.asOf}), ECC-2:2024 4-1-4.`,
    ar: (p) =>
      `آخر مراجعة للملحق كانت في ${L(p.last)}؛ ومع مراجعته كل ${arabicUnit(p.months, 'months')} كانت المراجعة التالية مستحقة في ${L(p.due)} (في تاريخ الفحص ${L(p.asOf)})، وفق الضابط ${L('4-1-4')} من ${ECC}.`,
  }),

  /** engine.ts: the suffix of a finding an exception covers. */
  'exception.accepted': def({
    en: (p: { id: string; expiresOn: string }) => ` Accepted under exception ${p.id} until ${p.expiresOn}.`,
    ar: (p) => ` وتُقبل هذه الملاحظة بموجب الاستثناء ${L(p.id)} حتى ${L(p.expiresOn)}.`,
  }),
  /** exceptions.ts */
  'exception.unknown-clause': def({
    en: (p: { name: string; clause: string; suggestion?: string }) =>
      `Exception ${p.name} names \`${p.clause}\`, which is not a catalogue clause${p.suggestion ? `; did you mean \`${p.suggestion}\`?` : '.'}`,
    ar: (p) =>
      `يشير الاستثناء ${L(p.name)} إلى ${code(p.clause)}، وهو ليس بندًا في الدليل المرجعي${p.suggestion ? `؛ هل تقصد ${code(p.suggestion)}؟` : '.'}`,
  }),
  'exception.invalid': def({
    en: (p: { name: string; problems: readonly ExceptionProblem[] }) => `Exception ${p.name} is not valid and covers nothing: ${p.problems.map(problemEn).join('; ')}.`,
    ar: (p) => `الاستثناء ${L(p.name)} غير صالح ولا يغطي شيئًا: ${p.problems.map(problemAr).join('؛ ')}.`,
  }),
  'exception.expired': def({
    en: (p: { id: string; clause: string; expires: string; asOf: string }) =>
      `Exception ${p.id} for \`${p.clause}\` expired on ${p.expires} (as of ${p.asOf}); its findings are back at their full severity until it is renewed or the clause is fixed.`,
    ar: (p) =>
      `انتهت صلاحية الاستثناء ${L(p.id)} الخاص بالبند ${code(p.clause)} في ${L(p.expires)} (في تاريخ الفحص ${L(p.asOf)})؛ فعادت ملاحظاته إلى درجة خطورتها الكاملة إلى أن يُجدَّد أو يُصحَّح البند.`,
  }),
  'exception-ref.unlisted': def({
    en: (p: { ref: string }) => `\`exception_ref\` names ${p.ref}, but \`exceptions:\` has no exception with that id.`,
    ar: (p) => `يشير ${code('exception_ref')} إلى ${L(p.ref)}، لكن قائمة ${code('exceptions:')} لا تتضمن استثناءً بهذا المعرّف.`,
  }),
  'exception-ref.other-clause': def({
    en: (p: { ref: string; target: string; clause: string }) => `\`exception_ref\` names ${p.ref}, which is an exception for \`${p.target}\`, not for \`${p.clause}\`.`,
    ar: (p) => `يشير ${code('exception_ref')} إلى ${L(p.ref)}، وهو استثناء للبند ${code(p.target)} لا للبند ${code(p.clause)}.`,
  }),
};
