/**
 * Messages of the evidence checks EV-01..EV-29 and of `evidence-link` (evidence/*.ts), in English and Arabic. The
 * English templates are the checks' original wording, unchanged; the Arabic follows docs/arabic.md. Parameters are
 * data (dates as written, numbers, the agreed term and whether the appendix states it), never English fragments.
 */
import { GRACE_DAYS } from '../evidence/checks';
import type { Term } from '../evidence/context';
import { daysBetween, daysText, hoursText, monthName, monthsAndDays, plural } from '../evidence/time';
import { def } from './define';
import * as w from './words';
import { arabicUnit, code, codeList, count, ltr as L, userText as U } from './words';

const ECC = L('ECC-2:2024');
const days = (n: number) => arabicUnit(n, 'days');
const hours = (n: number) => arabicUnit(n, 'hours');
const months = (n: number) => arabicUnit(n, 'months');

/** An agreed term: its value, and whether the appendix states it (else the catalogue's ecc-baseline value). */
type T = Pick<Term<unknown>, 'stated' | 'where'> & { value: number };
type TermOnly = Pick<Term<unknown>, 'stated' | 'where'>;

/** context.ts `who` / `fallback` (English, as written there). */
const whoEn = (t: TermOnly) => (t.stated ? 'the appendix' : 'the ecc-baseline');
const fallbackEn = (t: TermOnly) => (t.stated ? '' : ` (the appendix states no \`${t.where}\`, so the catalogue's ecc-baseline value is used)`);
const whoAr = (t: TermOnly) => (t.stated ? 'الملحق' : `خط الأساس ${L('ecc-baseline')}`);
const fallbackAr = (t: TermOnly) => (t.stated ? '' : ` (لا يذكر الملحق ${code(t.where)}، فاعتُمدت قيمة خط الأساس ${L('ecc-baseline')} من الدليل المرجعي)`);

/** Where cadences start (context.ts `start`): the log's period or the appendix's effective date. */
export interface Start {
  date: string;
  kind: 'period' | 'effective';
}
/** Where cadences stop (context.ts `end`): "today", or the end of the service. */
export interface End {
  date: string;
  exit: boolean;
}
const startEn = (s: Start) => (s.kind === 'period' ? "the log's period began" : 'the appendix took effect');
const startAr = (s: Start) => (s.kind === 'period' ? 'بداية فترة السجل' : 'سريان الملحق');
const endEn = (e: End) => (e.exit ? `the end of the service on ${e.date}` : e.date);
const endAr = (e: End) => (e.exit ? `انتهاء الخدمة في ${L(e.date)}` : L(e.date));

const GRACE_AR = `مع مهلة السماح البالغة ${days(GRACE_DAYS)}`;

/** "أي بعد 2025-10-15 بمدة 46 يومًا", or "أي في تاريخ الفحص نفسه" for 0 days. */
const afterAsOf = (n: number, asOf: string) => (n === 0 ? 'أي في تاريخ الفحص نفسه' : `أي بعد ${L(asOf)} بمدة ${days(n)}`);

// ---- EV-04 and EV-10: licences and attestations ---------------------------------------------------------------

/** A licence as named in messages: its kind (`msoc` or as written) and number. */
export interface LicenceName {
  kind: string;
  number?: string;
}
const licenceEn = (l: LicenceName) => `${l.kind === 'msoc' ? 'MSOC' : l.kind} licence${l.number !== undefined ? ` ${l.number}` : ''}`;
const licenceAr = (l: LicenceName) =>
  `${l.kind === 'msoc' ? 'ترخيص مركز العمليات الأمنية المدار' : `ترخيص ${L(l.kind)}`}${l.number !== undefined ? ` رقم ${L(l.number)}` : ''}`;

/** An attestation as named in messages: its type and certificate number. */
export interface AttestationName {
  type: string;
  number?: string;
}
const ATTESTATION_EN: Record<string, string> = {
  iso27001: 'ISO/IEC 27001 certificate',
  soc2_type2: 'SOC 2 Type II report',
  csa_star_l2: 'CSA STAR Level 2 attestation',
  nca_ccc_compliance: 'NCA CCC compliance attestation',
  pci_dss: 'PCI DSS attestation',
  iso22301: 'ISO 22301 certificate',
};
const ATTESTATION_AR: Record<string, string> = {
  iso27001: `شهادة ${L('ISO/IEC 27001')}`,
  soc2_type2: `تقرير ${L('SOC 2 Type II')}`,
  csa_star_l2: `شهادة ${L('CSA STAR Level 2')}`,
  nca_ccc_compliance: `إفادة الالتزام بضوابط الأمن السيبراني للحوسبة السحابية (${L('NCA CCC')})`,
  pci_dss: `إفادة الالتزام بمعيار ${L('PCI DSS')}`,
  iso22301: `شهادة ${L('ISO 22301')}`,
};
const attestationEn = (a: AttestationName) => (ATTESTATION_EN[a.type] ?? 'attestation') + (a.number !== undefined ? ` ${a.number}` : '');
const attestationAr = (a: AttestationName) => (ATTESTATION_AR[a.type] ?? 'شهادة الالتزام') + (a.number !== undefined ? ` رقم ${L(a.number)}` : '');

// ---- cadences (cadence.ts) ---------------------------------------------------------------------------------------

/** What a cadence counts. */
export type CadenceWhat = 'external-scan' | 'internal-scan' | 'pentest' | 'access-review' | 'joint-exercise' | 'dr-test' | 'restore-test';
const CADENCE_EN: Record<CadenceWhat, [string, string]> = {
  'external-scan': ['external scan', 'External scans'],
  'internal-scan': ['internal scan', 'Internal scans'],
  pentest: ['penetration test', 'Penetration tests'],
  'access-review': ['access review', 'Access reviews'],
  'joint-exercise': ['joint tabletop exercise', 'Joint tabletop exercises'],
  'dr-test': ['DR test', 'DR tests'],
  'restore-test': ['restore test', 'Restore tests'],
};
const CADENCE_AR: Record<CadenceWhat, [string, string]> = {
  'external-scan': ['فحص خارجي للثغرات', 'الفحوص الخارجية للثغرات'],
  'internal-scan': ['فحص داخلي للثغرات', 'الفحوص الداخلية للثغرات'],
  pentest: ['اختبار اختراق', 'اختبارات الاختراق'],
  'access-review': ['مراجعة للصلاحيات', 'مراجعات الصلاحيات'],
  'joint-exercise': ['تمرين محاكاة مشترك', 'تمارين المحاكاة المشتركة'],
  'dr-test': ['اختبار للتعافي من الكوارث', 'اختبارات التعافي من الكوارث'],
  'restore-test': ['اختبار لاستعادة النسخ الاحتياطية', 'اختبارات استعادة النسخ الاحتياطية'],
};

/** What every cadence message knows: what is counted, the agreed interval and the due dates. */
interface Cadence {
  what: CadenceWhat;
  unit: 'days' | 'months';
  term: T;
  /** The due date and the due date with the grace. */
  due: string;
  graced: string;
}
const distanceEn = (a: string, b: string, unit: 'days' | 'months') => (unit === 'days' ? plural(daysBetween(a, b), 'day') : monthsAndDays(a, b));
/** A distance after a preposition (genitive), or as the predicate of هو (`nominative`: "هو شهران"). */
const distanceAr = (a: string, b: string, unit: 'days' | 'months', grammaticalCase: 'genitive' | 'nominative' = 'genitive') =>
  unit === 'days' ? arabicUnit(daysBetween(a, b), 'days', { case: grammaticalCase }) : w.monthsAndDaysWords(a, b, { case: grammaticalCase });
const ruleEn = (c: Cadence) => `${whoEn(c.term)} requires one at least every ${plural(c.term.value, c.unit === 'days' ? 'day' : 'month')}${fallbackEn(c.term)}`;
const ruleAr = (c: Cadence) =>
  `ويشترط ${whoAr(c.term)} إجراء ${CADENCE_AR[c.what][0]} مرة على الأقل كل ${arabicUnit(c.term.value, c.unit)}${fallbackAr(c.term)}`;
const duesEn = (c: Cadence) => `${c.due} (${c.graced} with the ${GRACE_DAYS}-day grace)`;
const duesAr = (c: Cadence) => `${L(c.due)} (${L(c.graced)} ${GRACE_AR})`;

// ---- deliverables (EV-06, EV-09) ---------------------------------------------------------------------------------

export type DeliverableWhat = 'scan-report' | 'pentest-report' | 'pentest-plan';
const deliverableEn = (what: DeliverableWhat, label: string) =>
  what === 'scan-report' ? `The report of scan ${label}` : what === 'pentest-report' ? `The report of penetration test ${label}` : `The remediation plan of penetration test ${label}`;
const deliverableAr = (what: DeliverableWhat, label: string) =>
  what === 'scan-report' ? `تقرير الفحص ${U(label)}` : what === 'pentest-report' ? `تقرير اختبار الاختراق ${U(label)}` : `خطة المعالجة لاختبار الاختراق ${U(label)}`;
const fromEn = (what: DeliverableWhat) => (what === 'scan-report' ? 'the scan' : 'the test ended');
const fromAr = (what: DeliverableWhat) => (what === 'scan-report' ? 'الفحص' : 'انتهاء الاختبار');
const allowsEn = (t: T) => `${whoEn(t)} allows ${plural(t.value, 'day')}${fallbackEn(t)}`;
const allowsAr = (t: T) => `ويتيح ${whoAr(t)} مدة ${days(t.value)}${fallbackAr(t)}`;

// ---- EV-07 ---------------------------------------------------------------------------------------------------------

const SEVERITY_AR: Record<string, string> = { critical: 'حرجة', high: 'عالية الخطورة', medium: 'متوسطة الخطورة', low: 'منخفضة الخطورة' };
const sevAr = (s: string) => SEVERITY_AR[s] ?? L(s);
const vulnLimitEn = (t: T, sev: string) => `${whoEn(t)} allows ${plural(t.value, 'day')} for ${sev} findings${fallbackEn(t)}`;
const vulnLimitAr = (t: T, sev: string) =>
  `ويتيح ${whoAr(t)} مدة ${days(t.value)} لمعالجة الثغرات ${sev === 'critical' ? 'الحرجة' : sevAr(sev)}${fallbackAr(t)}`;

// ---- incidents (EV-18, EV-19) --------------------------------------------------------------------------------------

/** The step of incident communication a message is about. */
export type IncidentStep = 'notice' | 'detailed' | 'final';
const stepLimitEn = (step: IncidentStep, t: T) =>
  step === 'notice'
    ? `${whoEn(t)} allows ${t.value} h${fallbackEn(t)}`
    : step === 'detailed'
      ? `${whoEn(t)} allows ${t.value} h after the initial notice${fallbackEn(t)}`
      : `${whoEn(t)} allows ${plural(t.value, 'day')} after detection${fallbackEn(t)}`;
const stepLimitAr = (step: IncidentStep, t: T) =>
  step === 'notice'
    ? `ويتيح ${whoAr(t)} مدة ${hours(t.value)}${fallbackAr(t)}`
    : step === 'detailed'
      ? `ويتيح ${whoAr(t)} مدة ${hours(t.value)} بعد الإشعار الأولي${fallbackAr(t)}`
      : `ويتيح ${whoAr(t)} مدة ${days(t.value)} بعد الاكتشاف${fallbackAr(t)}`;

const PDPL_HOURS = 72;
const pdplEn = `the PDPL Implementing Regulation (Art. 24) gives the entity, as controller, ${PDPL_HOURS} h to notify SDAIA of a personal-data breach`;
const pdplAr = `إذ تمنح اللائحة التنفيذية لنظام حماية البيانات الشخصية (المادة ${L(24)}) الجهةَ، بصفتها جهة التحكم، مدة ${hours(PDPL_HOURS)} لإبلاغ الهيئة السعودية للبيانات والذكاء الاصطناعي بأي تسرب للبيانات الشخصية`;
const sdaiaFromEn = (fromNotice: boolean) => (fromNotice ? "the provider's notice" : 'detection (no notice is recorded)');
const sdaiaFromAr = (fromNotice: boolean) => (fromNotice ? 'إشعار مقدم الخدمة' : 'الاكتشاف (إذ لا يتضمن السجل إشعارًا)');

// ---- EV-25 ---------------------------------------------------------------------------------------------------------

/** What happened with a subcontractor change. */
export type ChangeFact =
  | { kind: 'effective'; date: string }
  | { kind: 'unapproved'; date: string; refused: boolean }
  | { kind: 'short-notice'; days: number; on: string }
  | { kind: 'same-day'; on: string }
  | { kind: 'late-notice'; days: number; on: string }
  | { kind: 'no-notice'; date: string };
/** What the appendix (or baseline) requires of it. */
export type ChangeNeed = { kind: 'prohibited' } | { kind: 'approval' } | { kind: 'notice'; days: number };
export interface ChangeBreach {
  fact: ChangeFact;
  need: ChangeNeed;
  term: TermOnly;
}
function factEn(f: ChangeFact): string {
  switch (f.kind) {
    case 'effective':
      return `took effect on ${f.date}`;
    case 'unapproved':
      return `took effect on ${f.date} ${f.refused ? "without the entity's approval" : 'with no approval by the entity recorded'}`;
    case 'short-notice':
      return `was notified only ${plural(f.days, 'day')} ahead (on ${f.on})`;
    case 'same-day':
      return `was notified on the day it took effect (${f.on})`;
    case 'late-notice':
      return `was notified ${plural(f.days, 'day')} after it took effect (on ${f.on})`;
    case 'no-notice':
      return `took effect on ${f.date} with no notification date recorded`;
  }
}
function factAr(f: ChangeFact): string {
  switch (f.kind) {
    case 'effective':
      return `سرى في ${L(f.date)}`;
    case 'unapproved':
      return `سرى في ${L(f.date)} ${f.refused ? 'دون موافقة الجهة' : 'دون تسجيل موافقة الجهة'}`;
    case 'short-notice':
      return `أُبلغت به الجهة قبل سريانه بمدة ${days(f.days)} فقط (في ${L(f.on)})`;
    case 'same-day':
      return `أُبلغت به الجهة في يوم سريانه (${L(f.on)})`;
    case 'late-notice':
      return `أُبلغت به الجهة بعد سريانه بمدة ${days(f.days)} (في ${L(f.on)})`;
    case 'no-notice':
      return `سرى في ${L(f.date)} دون تسجيل تاريخ الإبلاغ به`;
  }
}
const needEn = (n: ChangeNeed) =>
  n.kind === 'prohibited' ? 'no subcontracting at all' : n.kind === 'approval' ? 'prior written approval' : `at least ${plural(n.days, 'day')}${n.days === 1 ? "'s" : "'"} notice`;
const needAr = (n: ChangeNeed) =>
  n.kind === 'prohibited' ? 'منع التعاقد من الباطن كليًا' : n.kind === 'approval' ? 'موافقة الجهة الكتابية المسبقة' : `الإبلاغ قبل ${days(n.days)} على الأقل`;
const CHANGE_AR: Record<string, string> = { add: 'إضافة', replace: 'استبدال', remove: 'إنهاء' };

// ---- EV-26, EV-29 --------------------------------------------------------------------------------------------------

const OBSERVED_EN = { access: 'Access to', storage: 'Storage of', processing: 'Processing of' } as const;
const OBSERVED_AR = { access: 'الوصول إلى', storage: 'تخزين', processing: 'معالجة' } as const;

/** EV-29: the sections counted, with their nouns. */
const SECTION_EN: Record<string, [string, string]> = {
  risk_assessments: ['risk assessment', 'risk assessments'],
  soc_confirmations: ['SOC confirmation', 'SOC confirmations'],
  licenses: ['licence', 'licences'],
  scans: ['scan', 'scans'],
  pentests: ['penetration test', 'penetration tests'],
  attestations: ['attestation', 'attestations'],
  access_reviews: ['access review', 'access reviews'],
  reports: ['report or review', 'reports and reviews'],
  incidents: ['incident', 'incidents'],
  exercises: ['exercise', 'exercises'],
  continuity_tests: ['continuity test', 'continuity tests'],
  audits: ['audit', 'audits'],
  subcontractor_changes: ['subcontractor change', 'subcontractor changes'],
  location_observations: ['location observation', 'location observations'],
  exit_events: ['exit step', 'exit steps'],
};
const SECTION_AR: Record<string, string> = {
  risk_assessments: 'تقييمات المخاطر',
  soc_confirmations: 'تأكيدات موقع مركز العمليات الأمنية',
  licenses: 'التراخيص',
  scans: 'فحوص الثغرات',
  pentests: 'اختبارات الاختراق',
  attestations: 'الشهادات',
  access_reviews: 'مراجعات الصلاحيات',
  reports: 'التقارير والمراجعات',
  incidents: 'الحوادث',
  exercises: 'التمارين',
  continuity_tests: 'اختبارات الاستمرارية',
  audits: 'عمليات التدقيق',
  subcontractor_changes: 'تغييرات المتعاقدين من الباطن',
  location_observations: 'رصد مواقع البيانات',
  exit_events: 'خطوات الخروج',
};

/** evidence-link: the checks that could not run. */
interface Skipped {
  needing: number;
  total: number;
}
const skippedEn = (s: Skipped) => `${s.needing} of the ${s.total} evidence checks (those that read the appendix's agreed values) were not run`;
const skippedAr = (s: Skipped) =>
  `إذ لم يُجرَ ${L(s.needing)} من أصل ${count(s.total, 'check')} للأدلة (وهي الفحوص التي تقرأ القيم المتفق عليها في الملحق)`;

export const EVIDENCE_MESSAGES = {
  'link.missing': def({
    en: (p: Skipped) =>
      `The evidence log does not name its appendix; add \`appendix:\` under \`evidence_log:\` with the appendix's \`appendix.id\`, since ${skippedEn(p)}.`,
    ar: (p) =>
      `لا يذكر سجل الأدلة الملحقَ الذي يتبع له؛ أضف ${code('appendix:')} تحت ${code('evidence_log:')} بقيمة ${code('appendix.id')} في الملحق، ${skippedAr(p)}.`,
  }),
  'link.ambiguous': def({
    en: (p: Skipped & { count: number; id: string; paths: readonly string[] }) =>
      `${p.count} appendices have \`appendix.id: ${p.id}\` (${p.paths.slice(0, 3).join(', ') + (p.count > 3 ? ` and ${p.count - 3} more` : '')}), so it is unclear whose SLAs apply; give each appendix its own id, since ${skippedEn(p)}.`,
    ar: (p) =>
      `يحمل ${count(p.count, 'appendix', { case: 'nominative' })} المعرّف ${code(`appendix.id: ${p.id}`)} (${p.paths.slice(0, 3).map((x) => L(x)).join('، ')}${p.count > 3 ? ` وغيرها، وعددها ${L(p.count - 3)}` : ''})، فلا يُعرف أي اتفاقيات مستوى الخدمة تنطبق؛ امنح كل ملحق معرّفًا خاصًا به، ${skippedAr(p)}.`,
  }),
  'link.unknown': def({
    en: (p: Skipped & { id: string; suggestion?: string }) =>
      `No appendix with \`appendix.id: ${p.id}\` was found${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}; make the appendix file available (the editor looks in the workspace, the command line among its inputs and the log's folders), since ${skippedEn(p)}.`,
    ar: (p) =>
      `لم يُعثر على ملحق يحمل ${code(`appendix.id: ${p.id}`)}${p.suggestion ? ` (هل تقصد ${L(p.suggestion)}؟)` : ''}؛ أتِح ملف الملحق (يبحث المحرر في مساحة العمل، ويبحث سطر الأوامر بين مدخلاته وفي مجلد السجل وما فوقه)، ${skippedAr(p)}.`,
  }),

  // EV-01
  'ev01.missing': def({
    en: (p: { signed?: string }) =>
      `No pre-contract risk assessment (\`trigger: pre_contract\` with a \`performed_on\` date) is recorded; ECC-2:2024 4-1-3-1 requires one before the contract is signed${p.signed ? ` (signed on ${p.signed})` : ''}.`,
    ar: (p) =>
      `لا يتضمن السجل تقييمًا للمخاطر سابقًا للتعاقد (${code('trigger: pre_contract')} مع تاريخ ${code('performed_on')})؛ ويشترط الضابط ${L('4-1-3-1')} من ${ECC} إجراء هذا التقييم قبل توقيع العقد${p.signed ? ` (وُقّع العقد في ${L(p.signed)})` : ''}.`,
  }),
  'ev01.after-signature': def({
    en: (p: { label: string; done: string; days: number; signed: string }) =>
      `The pre-contract risk assessment ${p.label} was performed on ${p.done}, ${plural(p.days, 'day')} after the contract was signed on ${p.signed}; ECC-2:2024 4-1-3-1 requires it before signature.`,
    ar: (p) =>
      `أُجري تقييم المخاطر السابق للتعاقد ${U(p.label)} في ${L(p.done)}، أي بعد توقيع العقد في ${L(p.signed)} بمدة ${days(p.days)}؛ ويشترط الضابط ${L('4-1-3-1')} من ${ECC} إجراءه قبل التوقيع.`,
  }),
  'ev01.unverified': def({
    en: (p: { label: string }) =>
      `The pre-contract risk assessment ${p.label} records \`mitigations_verified: false\`; ECC-2:2024 4-1-3-1 requires assurance before signature that the controls mitigating the assessed risks are available.`,
    ar: (p) =>
      `يسجل تقييم المخاطر السابق للتعاقد ${U(p.label)} القيمة ${code('mitigations_verified: false')}؛ ويشترط الضابط ${L('4-1-3-1')} من ${ECC} التحقق قبل التوقيع من توافر الضوابط التي تعالج المخاطر المقيَّمة.`,
  }),

  // EV-02
  'ev02.late': def({
    en: (p: { label: string; event?: string; published: string; days: number; term: T; twice: boolean }) =>
      `The re-assessment ${p.label} after ${p.event ? `regulatory event ${p.event}` : 'the regulatory event'} (published ${p.published}) came ${plural(p.days, 'day')} later; ${whoEn(p.term)} requires one within ${plural(p.term.value, 'day')}${fallbackEn(p.term)}${p.twice ? ', and more than twice that is an error' : ''}.`,
    ar: (p) =>
      `جاءت إعادة التقييم ${U(p.label)} بعد الحدث التنظيمي${p.event !== undefined ? ` ${U(p.event)}` : ''} المنشور في ${L(p.published)} بمدة ${days(p.days)}؛ ويشترط ${whoAr(p.term)} إجراء إعادة التقييم خلال ${days(p.term.value)}${fallbackAr(p.term)}${p.twice ? '، وتجاوزُ ضعف هذه المدة خطأ' : ''}.`,
  }),
  'ev02.missing': def({
    en: (p: { event?: string; published: string; term: T; due: string; twice: boolean; asOf: string }) =>
      `No risk re-assessment (\`trigger: regulatory_change\`) is recorded for ${p.event ? `regulatory event ${p.event},` : 'the regulatory event'} published on ${p.published}; ${whoEn(p.term)} requires one within ${plural(p.term.value, 'day')}${fallbackEn(p.term)}, so it was due by ${p.due}${p.twice ? `, and by ${p.asOf} more than twice that time has passed` : ''}.`,
    ar: (p) =>
      `لا يتضمن السجل إعادة تقييم للمخاطر (${code('trigger: regulatory_change')}) بعد الحدث التنظيمي${p.event !== undefined ? ` ${U(p.event)}` : ''} المنشور في ${L(p.published)}؛ ويشترط ${whoAr(p.term)} إجراء إعادة التقييم خلال ${days(p.term.value)}${fallbackAr(p.term)}، فكانت مستحقة بحلول ${L(p.due)}${p.twice ? `، وبحلول ${L(p.asOf)} انقضى أكثر من ضعف تلك المدة` : ''}.`,
  }),

  // EV-03
  'ev03.centre-abroad': def({
    en: (p: { date?: string; country: string }) =>
      `${p.date ? `The SOC confirmation of ${p.date}` : 'An undated SOC confirmation'} places a monitoring or operations centre in ${p.country}; ECC-2:2024 4-1-3-2 requires monitoring and operations centres working over remote access to be wholly inside Saudi Arabia (SA).`,
    ar: (p) =>
      `${p.date ? `يضع تأكيد موقع مركز العمليات الأمنية المؤرخ في ${L(p.date)}` : 'يضع تأكيدٌ غير مؤرخ لموقع مركز العمليات الأمنية'} مركزًا للمراقبة أو التشغيل في ${L(p.country)}؛ ويشترط الضابط ${L('4-1-3-2')} من ${ECC} أن تكون مراكز المراقبة والتشغيل التي تعمل عبر الدخول عن بعد داخل المملكة العربية السعودية (${L('SA')}) بالكامل.`,
  }),
  'ev03.remote-abroad': def({
    en: (p: { date?: string; country: string }) =>
      `${p.date ? `The SOC confirmation of ${p.date}` : 'An undated SOC confirmation'} records remote access from ${p.country}; ECC-2:2024 4-1-3-2 requires the centres, and so the remote access they work through, to be wholly inside Saudi Arabia (SA).`,
    ar: (p) =>
      `${p.date ? `يسجل تأكيد موقع مركز العمليات الأمنية المؤرخ في ${L(p.date)}` : 'يسجل تأكيدٌ غير مؤرخ لموقع مركز العمليات الأمنية'} دخولًا عن بعد من ${L(p.country)}؛ ويشترط الضابط ${L('4-1-3-2')} من ${ECC} أن تكون المراكز، ومن ثَمّ الدخول عن بعد الذي تعمل من خلاله، داخل المملكة العربية السعودية (${L('SA')}) بالكامل.`,
  }),
  'ev03.stale': def({
    en: (p: { on: string; months: number; asOf: string }) =>
      `The latest confirmation that the SOC is in Saudi Arabia is from ${p.on}, more than ${p.months} months before ${p.asOf}; a confirmation at most ${p.months} months old keeps ECC-2:2024 4-1-3-2 evidenced.`,
    ar: (p) =>
      `آخر تأكيد لوجود مركز العمليات الأمنية في المملكة مؤرخ في ${L(p.on)}، أي قبل ${L(p.asOf)} بأكثر من ${months(p.months)}؛ ولا يبقى الالتزام بالضابط ${L('4-1-3-2')} من ${ECC} مثبتًا إلا بتأكيد لا يزيد عمره على ${months(p.months)}.`,
  }),
  'ev03.none': def({
    en: (p: { start: Start; months: number; asOf: string }) =>
      `No confirmation that the SOC is in Saudi Arabia is recorded since ${startEn(p.start)} on ${p.start.date}, more than ${p.months} months before ${p.asOf}; the appendix applies ECC-2:2024 4-1-3-2 (\`soc.location_ksa.applies: true\`), so one at most ${p.months} months old is expected.`,
    ar: (p) =>
      `لا يتضمن السجل أي تأكيد لوجود مركز العمليات الأمنية في المملكة منذ ${startAr(p.start)} في ${L(p.start.date)}، أي منذ أكثر من ${months(p.months)} قبل ${L(p.asOf)}؛ والملحق يطبّق الضابط ${L('4-1-3-2')} من ${ECC} (${code('soc.location_ksa.applies: true')})، لذا يُنتظر تأكيد لا يزيد عمره على ${months(p.months)}.`,
  }),

  // EV-04
  'ev04.expired': def({
    en: (p: { licence: LicenceName; expires: string; days: number; asOf: string }) =>
      `The ${licenceEn(p.licence)} expired on ${p.expires}, ${plural(p.days, 'day')} before ${p.asOf}, and no later licence is recorded; NCA licenses managed SOC providers, so a valid licence is needed to keep delivering the service.`,
    ar: (p) =>
      `انتهت صلاحية ${licenceAr(p.licence)} في ${L(p.expires)}، أي قبل ${L(p.asOf)} بمدة ${days(p.days)}، ولا يتضمن السجل ترخيصًا لاحقًا؛ والهيئة ترخّص لمقدمي خدمات مراكز العمليات الأمنية المدارة، لذا يلزم ترخيص سارٍ لمواصلة تقديم الخدمة.`,
  }),
  'ev04.expiring': def({
    en: (p: { licence: LicenceName; expires: string; days: number; asOf: string; warnDays: number }) =>
      `The ${licenceEn(p.licence)} expires on ${p.expires}, ${plural(p.days, 'day')} after ${p.asOf}, and no renewal is recorded; record the renewed licence (this warning starts ${p.warnDays} days before expiry).`,
    ar: (p) =>
      `تنتهي صلاحية ${licenceAr(p.licence)} في ${L(p.expires)}، ${afterAsOf(p.days, p.asOf)}، ولا يتضمن السجل تجديدًا له؛ سجّل الترخيص المجدَّد (يبدأ هذا التحذير قبل انتهاء الصلاحية بمدة ${days(p.warnDays)}).`,
  }),

  // cadences: EV-05, EV-08, EV-14, EV-22, EV-23
  'cadence.first-late': def({
    en: (p: Cadence & { first: string; start: Start }) =>
      `The first ${CADENCE_EN[p.what][0]} is on ${p.first}, ${distanceEn(p.start.date, p.first, p.unit)} after ${startEn(p.start)} on ${p.start.date}; ${ruleEn(p)}, so one was due by ${duesEn(p)}.`,
    ar: (p) =>
      `تاريخ أول ${CADENCE_AR[p.what][0]} ${L(p.first)}، أي بعد ${startAr(p.start)} في ${L(p.start.date)} بمدة ${distanceAr(p.start.date, p.first, p.unit)}؛ ${ruleAr(p)}، فكان الموعد المستحق ${duesAr(p)}.`,
  }),
  'cadence.gap': def({
    en: (p: Cadence & { prev: string; next: string }) =>
      `${CADENCE_EN[p.what][1]} on ${p.prev} and ${p.next} are ${distanceEn(p.prev, p.next, p.unit)} apart; ${ruleEn(p)}, so the next was due by ${duesEn(p)}.`,
    ar: (p) =>
      `الفاصل بين ${CADENCE_AR[p.what][1]} في ${L(p.prev)} و${L(p.next)} هو ${distanceAr(p.prev, p.next, p.unit, 'nominative')}؛ ${ruleAr(p)}، فكان الموعد المستحق لما يليه ${duesAr(p)}.`,
  }),
  'cadence.none-after': def({
    en: (p: Cadence & { last: string; end: End }) =>
      `No ${CADENCE_EN[p.what][0]} is recorded after ${p.last}, ${distanceEn(p.last, p.end.date, p.unit)} before ${endEn(p.end)}; ${ruleEn(p)}, so the next was due by ${duesEn(p)}.`,
    ar: (p) =>
      `لا يتضمن السجل أي ${CADENCE_AR[p.what][0]} بعد ${L(p.last)}، وقد انقضت منذ ذلك مدة ${distanceAr(p.last, p.end.date, p.unit)} حتى ${endAr(p.end)}؛ ${ruleAr(p)}، فكان الموعد المستحق لما يليه ${duesAr(p)}.`,
  }),
  'cadence.none-since': def({
    en: (p: Cadence & { start: Start; end: End }) =>
      `No ${CADENCE_EN[p.what][0]} is recorded since ${startEn(p.start)} on ${p.start.date}, ${distanceEn(p.start.date, p.end.date, p.unit)} before ${endEn(p.end)}; ${ruleEn(p)}, so one was due by ${duesEn(p)}.`,
    ar: (p) =>
      `لا يتضمن السجل أي ${CADENCE_AR[p.what][0]} منذ ${startAr(p.start)} في ${L(p.start.date)}، وقد انقضت منذ ذلك مدة ${distanceAr(p.start.date, p.end.date, p.unit)} حتى ${endAr(p.end)}؛ ${ruleAr(p)}، فكان الموعد المستحق ${duesAr(p)}.`,
  }),

  // deliverables: EV-06, EV-09
  'deliverable.late': def({
    en: (p: { what: DeliverableWhat; label: string; delivered: string; days: number; from: string; term: T }) =>
      `${deliverableEn(p.what, p.label)} was delivered on ${p.delivered}, ${plural(p.days, 'day')} after ${fromEn(p.what)} on ${p.from}; ${allowsEn(p.term)}.`,
    ar: (p) =>
      `تم تسليم ${deliverableAr(p.what, p.label)} في ${L(p.delivered)}، أي بعد ${fromAr(p.what)} في ${L(p.from)} بمدة ${days(p.days)}؛ ${allowsAr(p.term)}.`,
  }),
  'deliverable.missing': def({
    en: (p: { what: DeliverableWhat; label: string; elapsed: number; from: string; term: T; due: string }) =>
      `${deliverableEn(p.what, p.label)} is not recorded as delivered, ${plural(p.elapsed, 'day')} after ${fromEn(p.what)} on ${p.from}; ${allowsEn(p.term)}, so it was due by ${p.due}.`,
    ar: (p) =>
      `لا يتضمن السجل ما يثبت تسليم ${deliverableAr(p.what, p.label)} بعد مرور ${days(p.elapsed)} على ${fromAr(p.what)} في ${L(p.from)}؛ ${allowsAr(p.term)}، فكان التسليم مستحقًا بحلول ${L(p.due)}.`,
  }),

  // EV-07
  'ev07.late': def({
    en: (p: { label: string; severity: string; fixed: string; days: number; detected: string; term: T; due: string }) =>
      `${p.label} (${p.severity}) was remediated on ${p.fixed}, ${plural(p.days, 'day')} after detection on ${p.detected}; ${vulnLimitEn(p.term, p.severity)}, so it was due by ${p.due}.`,
    ar: (p) =>
      `عولجت الثغرة ${U(p.label)} (${sevAr(p.severity)}) في ${L(p.fixed)}، أي بعد اكتشافها في ${L(p.detected)} بمدة ${days(p.days)}؛ ${vulnLimitAr(p.term, p.severity)}، فكانت المعالجة مستحقة بحلول ${L(p.due)}.`,
  }),
  'ev07.open': def({
    en: (p: { label: string; severity: string; elapsed: number; detected: string; term: T; due: string }) =>
      `${p.label} (${p.severity}) is still open ${plural(p.elapsed, 'day')} after detection on ${p.detected}; ${vulnLimitEn(p.term, p.severity)}, so it was due by ${p.due}${p.severity === 'critical' ? ', and an open critical finding past its SLA is an error' : ''}.`,
    ar: (p) =>
      `ما تزال الثغرة ${U(p.label)} (${sevAr(p.severity)}) مفتوحة بعد مرور ${days(p.elapsed)} على اكتشافها في ${L(p.detected)}؛ ${vulnLimitAr(p.term, p.severity)}، فكانت المعالجة مستحقة بحلول ${L(p.due)}${p.severity === 'critical' ? '، وبقاء ثغرة حرجة مفتوحة بعد انقضاء مهلتها خطأ' : ''}.`,
  }),

  // EV-10 to EV-13
  'ev10.expired': def({
    en: (p: { attestation: AttestationName; expires: string; days: number; asOf: string }) =>
      `The ${attestationEn(p.attestation)} expired on ${p.expires}, ${plural(p.days, 'day')} before ${p.asOf}, and no later one is recorded; a current attestation is needed as evidence for the periodic review.`,
    ar: (p) =>
      `انتهت صلاحية ${attestationAr(p.attestation)} في ${L(p.expires)}، أي قبل ${L(p.asOf)} بمدة ${days(p.days)}، ولا يتضمن السجل بديلًا أحدث؛ ويلزم وجود شهادة سارية دليلًا في المراجعة الدورية.`,
  }),
  'ev10.expiring': def({
    en: (p: { attestation: AttestationName; expires: string; days: number; asOf: string; warnDays: number }) =>
      `The ${attestationEn(p.attestation)} expires on ${p.expires}, ${plural(p.days, 'day')} after ${p.asOf}, and no renewal is recorded; record the renewed one (this warning starts ${p.warnDays} days before expiry).`,
    ar: (p) =>
      `تنتهي صلاحية ${attestationAr(p.attestation)} في ${L(p.expires)}، ${afterAsOf(p.days, p.asOf)}، ولا يتضمن السجل أي تجديد؛ سجّل البديل المجدَّد (يبدأ هذا التحذير قبل انتهاء الصلاحية بمدة ${days(p.warnDays)}).`,
  }),
  'ev11.too-old': def({
    en: (p: { end: string; asOf: string; term: T }) =>
      `The latest SOC 2 Type II report covers a period that ended on ${p.end}, ${monthsAndDays(p.end, p.asOf)} before ${p.asOf}; ${whoEn(p.term)} accepts reports at most ${plural(p.term.value, 'month')} old${fallbackEn(p.term)}.`,
    ar: (p) =>
      `يغطي أحدث تقرير ${L('SOC 2 Type II')} فترة انتهت في ${L(p.end)}، أي قبل ${L(p.asOf)} بمدة ${w.monthsAndDaysWords(p.end, p.asOf)}؛ ولا يقبل ${whoAr(p.term)} إلا تقارير لا يزيد عمرها على ${months(p.term.value)}${fallbackAr(p.term)}.`,
  }),
  'ev11.bridge-short': def({
    en: (p: { end: string; coversTo: string; asOf: string; term: T }) =>
      `The SOC 2 Type II period ended on ${p.end} and its bridge letter covers only to ${p.coversTo}, leaving ${monthsAndDays(p.coversTo, p.asOf)} uncovered as of ${p.asOf}; ${whoEn(p.term)} allows at most ${plural(p.term.value, 'month')} without a bridge letter${fallbackEn(p.term)}.`,
    ar: (p) =>
      `انتهت فترة تقرير ${L('SOC 2 Type II')} في ${L(p.end)}، ولا يغطي خطاب التغطية (${L('bridge letter')}) إلا حتى ${L(p.coversTo)}، فتبقى مدة ${w.monthsAndDaysWords(p.coversTo, p.asOf)} دون تغطية في تاريخ الفحص ${L(p.asOf)}؛ ولا يجيز ${whoAr(p.term)} أكثر من ${months(p.term.value)} دون خطاب تغطية${fallbackAr(p.term)}.`,
  }),
  'ev11.no-bridge': def({
    en: (p: { end: string; asOf: string; term: T }) =>
      `The SOC 2 Type II period ended on ${p.end}, leaving ${monthsAndDays(p.end, p.asOf)} uncovered as of ${p.asOf} with no bridge letter beyond it; ${whoEn(p.term)} allows at most ${plural(p.term.value, 'month')} without a bridge letter${fallbackEn(p.term)}.`,
    ar: (p) =>
      `انتهت فترة تقرير ${L('SOC 2 Type II')} في ${L(p.end)} دون خطاب تغطية (${L('bridge letter')}) لما بعدها، فتبقى مدة ${w.monthsAndDaysWords(p.end, p.asOf)} دون تغطية في تاريخ الفحص ${L(p.asOf)}؛ ولا يجيز ${whoAr(p.term)} أكثر من ${months(p.term.value)} دون خطاب تغطية${fallbackAr(p.term)}.`,
  }),
  'ev12.out-of-scope': def({
    en: (p: { attestation: AttestationName }) =>
      `The ${attestationEn(p.attestation)} states that its scope does not cover the contracted services, so it is no evidence for them; ask for an attestation whose scope includes them.`,
    ar: (p) => `يفيد نص ${attestationAr(p.attestation)} بأن نطاق هذه الوثيقة لا يشمل الخدمات المتعاقد عليها، فلا تصلح دليلًا عليها؛ اطلب شهادة يشمل نطاقها تلك الخدمات.`,
  }),
  'ev12.no-response': def({
    en: (p: { attestation: AttestationName; exceptions: number }) =>
      `The ${attestationEn(p.attestation)} notes ${plural(p.exceptions, 'exception')} but no \`management_response_ref\` points to the provider's response; record where the response to ${p.exceptions === 1 ? 'it' : 'them'} is kept.`,
    ar: (p) =>
      `عدد الاستثناءات المسجلة في ${attestationAr(p.attestation)} ${L(p.exceptions)}، ولا يشير أي ${code('management_response_ref')} إلى رد مقدم الخدمة؛ سجّل موضع حفظ الرد ${p.exceptions === 1 ? 'عليه' : 'عليها'}.`,
  }),
  'ev13.surveillance': def({
    en: (p: { attestation: AttestationName; audit?: string; issued?: string; asOf: string; months: number }) =>
      `${p.audit ? `The last surveillance audit of the ${attestationEn(p.attestation)} was on ${p.audit}` : `The ${attestationEn(p.attestation)} was issued on ${p.issued} and no surveillance audit is recorded since`}, ${monthsAndDays((p.audit ?? p.issued)!, p.asOf)} before ${p.asOf}; certification bodies audit certified systems every ${p.months} months, so a later surveillance audit should be on record.`,
    ar: (p) =>
      `${p.audit ? `أُجري آخر تدقيق رقابي على ${attestationAr(p.attestation)} في ${L(p.audit)}` : `تاريخ إصدار ${attestationAr(p.attestation)} ${L(p.issued ?? '')}، ولا يتضمن السجل أي تدقيق رقابي منذ ذلك`}، أي قبل ${L(p.asOf)} بمدة ${w.monthsAndDaysWords((p.audit ?? p.issued)!, p.asOf)}؛ وتُجري جهات منح الشهادات تدقيقًا رقابيًا على الأنظمة الحاصلة على الشهادة كل ${months(p.months)}، لذا ينبغي أن يتضمن السجل تدقيقًا رقابيًا أحدث.`,
  }),

  // EV-14 (cadence), EV-15
  'ev15.late': def({
    en: (p: { label: string; took: number; term: T }) => `Access of leaver ${p.label} was revoked ${hoursText(p.took)} after they left; ${whoEn(p.term)} allows ${p.term.value} h${fallbackEn(p.term)}.`,
    ar: (p) =>
      `أُلغيت صلاحيات وصول الموظف المغادر ${U(p.label)} بعد ${w.hoursWords(p.took)} من مغادرته؛ ويتيح ${whoAr(p.term)} مدة ${hours(p.term.value)}${fallbackAr(p.term)}.`,
  }),
  'ev15.missing': def({
    en: (p: { label: string; left: string; deadline: string; term: T }) =>
      `Access of leaver ${p.label} is not recorded as revoked, although they left on ${p.left}; ${whoEn(p.term)} allows ${p.term.value} h${fallbackEn(p.term)}, so revocation was due by ${p.deadline}.`,
    ar: (p) =>
      `لا يتضمن السجل ما يثبت إلغاء صلاحيات وصول الموظف المغادر ${U(p.label)}، مع أنه غادر في ${L(p.left)}؛ ويتيح ${whoAr(p.term)} مدة ${hours(p.term.value)}${fallbackAr(p.term)}، فكان الإلغاء مستحقًا بحلول ${L(p.deadline)}.`,
  }),

  // EV-16, EV-17
  'ev16.late': def({
    en: (p: { month: string; delivered: string; after: number; term: T }) =>
      `The monthly security report for ${monthName(p.month)} was delivered on ${p.delivered}, ${plural(p.after, 'day')} after the month ended; ${whoEn(p.term)} allows ${plural(p.term.value, 'day')} after the month ends${fallbackEn(p.term)} (${p.term.value + GRACE_DAYS} with the ${GRACE_DAYS}-day grace).`,
    ar: (p) =>
      `تم تسليم تقرير الأمن السيبراني الشهري عن شهر ${w.monthName(p.month)} في ${L(p.delivered)}، أي بعد انتهاء الشهر بمدة ${days(p.after)}؛ ويتيح ${whoAr(p.term)} مدة ${days(p.term.value)} بعد انتهاء الشهر${fallbackAr(p.term)} (${days(p.term.value + GRACE_DAYS)} ${GRACE_AR}).`,
  }),
  'ev16.missing': def({
    en: (p: { month: string; term: T; due: string; graced: string }) =>
      `No monthly security report for ${monthName(p.month)} is recorded; ${whoEn(p.term)} allows ${plural(p.term.value, 'day')} after the month ends${fallbackEn(p.term)}, so it was due by ${p.due} (${p.graced} with the ${GRACE_DAYS}-day grace).`,
    ar: (p) =>
      `لا يتضمن السجل تقرير الأمن السيبراني الشهري عن شهر ${w.monthName(p.month)}؛ ويتيح ${whoAr(p.term)} مدة ${days(p.term.value)} بعد انتهاء الشهر${fallbackAr(p.term)}، فكان التقرير مستحقًا بحلول ${L(p.due)} (${L(p.graced)} ${GRACE_AR}).`,
  }),
  'ev16.undated': def({
    en: (p: { month: string; term: T; due: string; graced: string }) =>
      `The monthly security report for ${monthName(p.month)} has no \`delivered_on\` date, so its delivery is not evidenced; ${whoEn(p.term)} allows ${plural(p.term.value, 'day')} after the month ends${fallbackEn(p.term)}, so it was due by ${p.due} (${p.graced} with the ${GRACE_DAYS}-day grace).`,
    ar: (p) =>
      `لا يذكر تقرير الأمن السيبراني الشهري عن شهر ${w.monthName(p.month)} تاريخ التسليم ${code('delivered_on')}، فلا يثبت تسليمه؛ ويتيح ${whoAr(p.term)} مدة ${days(p.term.value)} بعد انتهاء الشهر${fallbackAr(p.term)}، فكان التقرير مستحقًا بحلول ${L(p.due)} (${L(p.graced)} ${GRACE_AR}).`,
  }),
  'ev17.missing': def({
    en: (p: { first: string; last: string; term: T; due: string; graced: string }) =>
      `No posture review for ${p.first === p.last ? p.first : `${p.first} to ${p.last}`} is recorded; ${whoEn(p.term)} requires one every ${plural(p.term.value, 'month')}${fallbackEn(p.term)}, and a period's review is due by the end of the following quarter, ${p.due} (${p.graced} with the ${GRACE_DAYS}-day grace).`,
    ar: (p) =>
      `لا يتضمن السجل مراجعة لوضع الأمن السيبراني عن ${p.first === p.last ? `الربع ${L(p.first)}` : `الفترة من ${L(p.first)} إلى ${L(p.last)}`}؛ ويشترط ${whoAr(p.term)} إجراء مراجعة كل ${months(p.term.value)}${fallbackAr(p.term)}، وتُستحق مراجعة كل فترة بنهاية الربع التالي لها، أي في ${L(p.due)} (${L(p.graced)} ${GRACE_AR}).`,
  }),

  // EV-18, EV-19: incident communication
  'incident.late': def({
    en: (p: { step: IncidentStep; label: string; took: number; term: T }) =>
      `${
        p.step === 'notice'
          ? `${p.label} was notified ${hoursText(p.took)} after detection`
          : p.step === 'detailed'
            ? `The detailed report on ${p.label} came ${hoursText(p.took)} after the initial notice`
            : `The final report on ${p.label} came ${daysText(p.took)} after detection`
      }; ${stepLimitEn(p.step, p.term)}.`,
    ar: (p) =>
      `${
        p.step === 'notice'
          ? `أُبلغت الجهة بالحادثة ${U(p.label)} بعد ${w.hoursWords(p.took)} من اكتشافها`
          : p.step === 'detailed'
            ? `قُدّم التقرير التفصيلي عن الحادثة ${U(p.label)} بعد ${w.hoursWords(p.took)} من الإشعار الأولي`
            : `قُدّم التقرير النهائي عن الحادثة ${U(p.label)} بعد ${w.daysWords(p.took)} من اكتشافها`
      }؛ ${stepLimitAr(p.step, p.term)}.`,
  }),
  'incident.missing': def({
    en: (p: { step: IncidentStep; label: string; at: string; asOf: string; term: T; deadline: string }) =>
      `${
        p.step === 'notice'
          ? `${p.label} was detected at ${p.at} and no notice to the entity is recorded`
          : p.step === 'detailed'
            ? `${p.label} was notified at ${p.at} and no detailed report is recorded`
            : `${p.label} was detected at ${p.at} and no final report is recorded`
      } by the close of ${p.asOf}; ${stepLimitEn(p.step, p.term)}, so it was due by ${p.deadline}.`,
    ar: (p) =>
      `${
        p.step === 'notice'
          ? `اكتُشفت الحادثة ${U(p.label)} في ${L(p.at)}، ولا يتضمن السجل حتى نهاية يوم ${L(p.asOf)} ما يثبت إبلاغ الجهة بها`
          : p.step === 'detailed'
            ? `أُبلغت الجهة بالحادثة ${U(p.label)} في ${L(p.at)}، ولا يتضمن السجل حتى نهاية يوم ${L(p.asOf)} تقريرًا تفصيليًا عنها`
            : `اكتُشفت الحادثة ${U(p.label)} في ${L(p.at)}، ولا يتضمن السجل حتى نهاية يوم ${L(p.asOf)} تقريرًا نهائيًا عنها`
      }؛ ${stepLimitAr(p.step, p.term)}، فكان ${p.step === 'notice' ? 'الإبلاغ' : p.step === 'detailed' ? 'التقرير التفصيلي' : 'التقرير النهائي'} مستحقًا بحلول ${L(p.deadline)}.`,
  }),

  // EV-20
  'ev20.late': def({
    en: (p: { label: string; took: number; fromNotice: boolean }) =>
      `${p.label} involves personal data and SDAIA was notified ${hoursText(p.took)} after ${sdaiaFromEn(p.fromNotice)}; ${pdplEn}.`,
    ar: (p) =>
      `تتعلق الحادثة ${U(p.label)} ببيانات شخصية، وأُبلغت الهيئة السعودية للبيانات والذكاء الاصطناعي بعد ${w.hoursWords(p.took)} من ${sdaiaFromAr(p.fromNotice)}؛ ${pdplAr}.`,
  }),
  'ev20.missing': def({
    en: (p: { label: string; fromNotice: boolean }) =>
      `${p.label} involves personal data but no report to SDAIA (\`entity_regulator_reports.sdaia_at\`) is recorded; ${pdplEn}, counted here from ${sdaiaFromEn(p.fromNotice)} (a reminder of the entity's own duty, not a provider breach).`,
    ar: (p) =>
      `تتعلق الحادثة ${U(p.label)} ببيانات شخصية، ولا يتضمن السجل إبلاغ الهيئة السعودية للبيانات والذكاء الاصطناعي (${code('entity_regulator_reports.sdaia_at')})؛ ${pdplAr}، وتُحسب المدة هنا من ${sdaiaFromAr(p.fromNotice)} (وهذا تذكير بواجب يقع على الجهة نفسها، لا إخلال من مقدم الخدمة).`,
  }),

  // EV-21
  'ev21.no-offset': def({
    en: (p: { key: string; label: string; example: string }) =>
      `\`${p.key}\` of ${p.label} has no UTC offset, so the time cannot be compared with others; write it with its offset, e.g. ${p.example}+03:00 for Saudi time.`,
    ar: (p) =>
      `لا تتضمن قيمة ${code(p.key)} في ${U(p.label)} فرق التوقيت عن التوقيت العالمي، فلا يمكن مقارنة هذا الوقت بغيره؛ اكتبها مع فرق التوقيت، مثل ${L(`${p.example}+03:00`)} لتوقيت المملكة.`,
  }),
  'ev21.future': def({
    en: (p: { key: string; label: string; value: string; asOf: string }) =>
      `\`${p.key}\` of ${p.label} is ${p.value}, after ${p.asOf}, the date the log is checked as of; an event cannot be recorded before it happens, so correct the date (or check a later as-of date).`,
    ar: (p) =>
      `قيمة ${code(p.key)} في ${U(p.label)} هي ${L(p.value)}، وهي لاحقة لتاريخ الفحص ${L(p.asOf)}؛ ولا يمكن تسجيل واقعة قبل وقوعها، فصحّح التاريخ (أو افحص السجل بتاريخ لاحق).`,
  }),
  'ev21.order': def({
    en: (p: { then: string; first: string; label: string; thenValue: string; firstValue: string }) =>
      `\`${p.then}\` of ${p.label} (${p.thenValue}) is before its \`${p.first}\` (${p.firstValue}), which cannot be; correct one of the two.`,
    ar: (p) =>
      `قيمة ${code(p.then)} في ${U(p.label)} (${L(p.thenValue)}) تسبق قيمة ${code(p.first)} (${L(p.firstValue)})، وهذا غير ممكن؛ صحّح إحدى القيمتين.`,
  }),

  // EV-22, EV-23 (cadence), EV-24
  'ev24.open-findings': def({
    en: (p: { label: string; open: number; due: string }) =>
      `Audit ${p.label} still has ${plural(p.open, 'open finding')}, due by ${p.due}; close ${p.open === 1 ? 'it' : 'them'} or record an agreed new date.`,
    ar: (p) =>
      `ما تزال في عملية التدقيق ${U(p.label)} ملاحظات مفتوحة عددها ${L(p.open)}، وكان موعد إغلاقها ${L(p.due)}؛ أغلقها أو سجّل موعدًا جديدًا متفقًا عليه.`,
  }),
  'ev24.few-audits': def({
    en: (p: { recent: number; asOf: string; term: T }) =>
      `${p.recent ? `Only ${p.recent} audit${p.recent === 1 ? ' or assessment is' : 's or assessments are'}` : 'No audit or assessment is'} recorded in the 12 months before ${p.asOf}; ${whoEn(p.term)} provides for at least ${p.term.value} a year${fallbackEn(p.term)}, and the right to audit keeps the periodic review (ECC-2:2024 4-1-4) grounded in verified facts.`,
    ar: (p) =>
      `${p.recent ? `لا يتضمن السجل خلال الاثني عشر شهرًا السابقة لتاريخ ${L(p.asOf)} إلا ${count(p.recent, 'audit')} أو تقييم` : `لا يتضمن السجل أي عملية تدقيق أو تقييم خلال الاثني عشر شهرًا السابقة لتاريخ ${L(p.asOf)}`}؛ وينص ${whoAr(p.term)} على إجرائها ${count(p.term.value, 'times')} في السنة على الأقل${fallbackAr(p.term)}، وحق التدقيق يجعل المراجعة الدورية (${L('ECC-2:2024 4-1-4')}) قائمة على وقائع متحقق منها.`,
  }),

  // EV-25
  'ev25': def({
    en: (p: { label: string; change: string; breaches: readonly ChangeBreach[] }) => {
      const b = p.breaches;
      const same = b.every((x) => x.term.stated === b[0].term.stated);
      const rules = same
        ? `${whoEn(b[0].term)} requires ${b.map((x) => needEn(x.need)).join(' and ')}${b.map((x) => fallbackEn(x.term)).join('')}`
        : b.map((x) => `${whoEn(x.term)} requires ${needEn(x.need)}${fallbackEn(x.term)}`).join(', and ');
      return `Subcontractor change "${p.label}" (${p.change}) ${b.map((x) => factEn(x.fact)).join(' and ')}; ${rules}.`;
    },
    ar: (p) => {
      const b = p.breaches;
      const same = b.every((x) => x.term.stated === b[0].term.stated);
      const rules = same
        ? `ويشترط ${whoAr(b[0].term)} ${b.map((x) => needAr(x.need)).join(' و')}${b.map((x) => fallbackAr(x.term)).join('')}`
        : b.map((x) => `ويشترط ${whoAr(x.term)} ${needAr(x.need)}${fallbackAr(x.term)}`).join('، ');
      return `تغيير المتعاقد من الباطن ${U(p.label)} (${CHANGE_AR[p.change] ?? code(p.change)}) ${b.map((x) => factAr(x.fact)).join(' و')}؛ ${rules}.`;
    },
  }),

  // EV-26
  'ev26': def({
    en: (p: { kind: 'access' | 'storage' | 'processing'; country: string; date?: string; listed?: { countries: readonly string[]; where: string }; key: string }) =>
      `${OBSERVED_EN[p.kind]} entity data was observed in ${p.country}${p.date ? ` on ${p.date}` : ''}; ${
        p.listed
          ? `the appendix lists ${p.listed.countries.length ? p.listed.countries.join(', ') : 'no country'} in \`${p.listed.where}\``
          : `the appendix lists no \`data.location_and_transfer.${p.key}\`, so only SA is taken as agreed`
      }, and a change of location needs the agreed notice and approval first.`,
    ar: (p) =>
      `رصد السجل ${OBSERVED_AR[p.kind]} بيانات الجهة في ${L(p.country)}${p.date ? ` في ${L(p.date)}` : ''}؛ ${
        p.listed
          ? p.listed.countries.length
            ? `والدول المحددة في ${code(p.listed.where)} هي ${w.arabicList(p.listed.countries.map((c) => L(c)), 'and')}`
            : `ولا يحدد ${code(p.listed.where)} أي دولة`
          : `ولا يذكر الملحق ${code(`data.location_and_transfer.${p.key}`)}، فلا يُعد متفقًا عليه إلا ${code('SA')}`
      }، وتغيير الموقع يستلزم الإبلاغ والموافقة المتفق عليهما مسبقًا.`,
  }),

  // EV-27
  'ev27': def({
    en: (p: { id: string; last: string; term: T; due: string }) =>
      `The linked appendix ${p.id} was last reviewed on ${p.last}; with ${p.term.stated ? 'its' : 'the ecc-baseline'} ${p.term.value}-month review interval${fallbackEn(p.term)} the next review was due on ${p.due}, so the SLAs this log is checked against may be out of date (ECC-2:2024 4-1-4).`,
    ar: (p) =>
      `آخر مراجعة للملحق المرتبط ${L(p.id)} كانت في ${L(p.last)}؛ ومع دورية المراجعة ${p.term.stated ? 'المحددة فيه' : `في خط الأساس ${L('ecc-baseline')}`} (كل ${months(p.term.value)})${fallbackAr(p.term)} كانت المراجعة التالية مستحقة في ${L(p.due)}، لذا قد تكون اتفاقيات مستوى الخدمة التي يُفحص هذا السجل بمقتضاها غير محدَّثة (${L('ECC-2:2024 4-1-4')}).`,
  }),

  // EV-28
  'ev28.late': def({
    en: (p: { cert: string; days: number; returned: string; term: T }) =>
      `The deletion certificate is dated ${p.cert}, ${plural(p.days, 'day')} after the data was returned on ${p.returned}; ${whoEn(p.term)} requires deletion evidence within ${plural(p.term.value, 'day')} after the data is returned${fallbackEn(p.term)}.`,
    ar: (p) =>
      `شهادة الحذف مؤرخة في ${L(p.cert)}، أي بعد إعادة البيانات في ${L(p.returned)} بمدة ${days(p.days)}؛ ويشترط ${whoAr(p.term)} تقديم ما يثبت الحذف خلال ${days(p.term.value)} من إعادة البيانات${fallbackAr(p.term)}.`,
  }),
  'ev28.missing': def({
    en: (p: { elapsed: number; returned: string; term: T; due: string }) =>
      `No deletion certificate is recorded, ${plural(p.elapsed, 'day')} after the data was returned on ${p.returned}; ${whoEn(p.term)} requires deletion evidence within ${plural(p.term.value, 'day')} after the data is returned${fallbackEn(p.term)}, so it was due by ${p.due} (ECC-2:2024 4-1-2-1).`,
    ar: (p) =>
      `لا يتضمن السجل شهادة حذف بعد مرور ${days(p.elapsed)} على إعادة البيانات في ${L(p.returned)}؛ ويشترط ${whoAr(p.term)} تقديم ما يثبت الحذف خلال ${days(p.term.value)} من إعادة البيانات${fallbackAr(p.term)}، فكانت الشهادة مستحقة بحلول ${L(p.due)} (${L('ECC-2:2024 4-1-2-1')}).`,
  }),
  'ev28.nothing': def({
    en: (p: { ended: string; ret: T; del: T; due: string }) =>
      `The service ended on ${p.ended} but neither the return of the data nor a deletion certificate is recorded; ${whoEn(p.ret)} allows ${plural(p.ret.value, 'day')} for the return${fallbackEn(p.ret)} and ${whoEn(p.del) === whoEn(p.ret) ? '' : `${whoEn(p.del)} `}${plural(p.del.value, 'day')} after it for deletion${fallbackEn(p.del)}, so the certificate was due by ${p.due} (ECC-2:2024 4-1-2-1).`,
    ar: (p) =>
      `انتهت الخدمة في ${L(p.ended)} ولا يتضمن السجل إعادة البيانات ولا شهادة الحذف؛ ويتيح ${whoAr(p.ret)} مدة ${days(p.ret.value)} لإعادة البيانات${fallbackAr(p.ret)}، ${p.del.stated === p.ret.stated ? 'ومدة' : `ويتيح ${whoAr(p.del)} مدة`} ${days(p.del.value)} بعدها للحذف${fallbackAr(p.del)}، فكانت شهادة الحذف مستحقة بحلول ${L(p.due)} (${L('ECC-2:2024 4-1-2-1')}).`,
  }),

  // EV-29
  'ev29': def({
    en: (p: { section: string; total: number; bare: number; names: readonly string[]; keys: readonly string[] }) => {
      const [one, many] = SECTION_EN[p.section] ?? [p.section, p.section];
      const all = p.total === 1 ? `The ${one} has` : p.total === 2 ? `Both ${many} have` : `All ${p.total} ${many} have`;
      const who = p.bare === p.total ? all : `${p.bare} of ${p.total} ${many} ${p.bare === 1 ? 'has' : 'have'}`;
      const keys = p.keys.map((k) => `\`${k}\``);
      const names = p.names.slice(0, 5).join(', ') + (p.names.length > 5 ? ` and ${p.names.length - 5} more` : '');
      return `${who} no ${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]} (${names}); record where each piece of evidence is kept, or its SHA-256, so a reviewer can find and verify it.`;
    },
    ar: (p) => {
      const noun = SECTION_AR[p.section] ?? code(p.section);
      const keys = codeList(p.keys, 'or');
      const names = p.names.slice(0, 5).map(U).join('، ') + (p.names.length > 5 ? ` وعناصر أخرى عددها ${L(p.names.length - 5)}` : '');
      const what =
        p.bare === p.total
          ? p.total === 1
            ? `لا يذكر العنصر الوحيد في قسم ${noun} ${keys}`
            : p.total === 2
              ? `لا يذكر أيٌّ من عنصري قسم ${noun} ${keys}`
              : `لا يذكر أيٌّ من عناصر قسم ${noun} البالغ عددها ${L(p.total)} ${keys}`
          : `عدد عناصر قسم ${noun} التي لا تذكر ${keys}: ${L(p.bare)} من أصل ${L(p.total)}`;
      return `${what} (${names})؛ سجّل موضع حفظ كل دليل أو بصمته ${L('SHA-256')} ليتمكن المراجع من العثور عليه والتحقق منه.`;
    },
  }),
};
