/**
 * Messages of the team policy (policy.ts) and snippet libraries (snippetLibrary.ts), in English and Arabic. English
 * as those modules wrote it.
 */
import { AR, UNIT_PLURAL } from '../catalogue/ar';
import { describeTest } from '../catalogue/describe';
import type { ParamType, Severity, Test, Unit } from '../catalogue/types';
import { def } from './define';
import { describeEn } from './files';
import { arabicList, arabicTest, code, codeList, describeValue, ltr as L, userText as U } from './words';

/** Why a `thresholds:` entry cannot be read as an override (policy.ts `classifyOverride`). */
export type OverrideProblem =
  | { kind: 'group' }
  | { kind: 'no-baseline' }
  | { kind: 'list-item-type'; choices: boolean; item: unknown }
  | { kind: 'list-item-choice'; allowed: readonly string[]; item: string; suggestion?: string }
  | { kind: 'list-item-country'; item: string }
  | { kind: 'number'; unit?: Unit; op: 'max' | 'min'; value: unknown }
  | { kind: 'bool'; value: unknown }
  | { kind: 'choice'; allowed: readonly string[]; orList: boolean; value: unknown; suggestion?: string }
  | { kind: 'list'; value: unknown }
  | { kind: 'all-equal'; value: unknown }
  | { kind: 'present-int'; value: unknown }
  | { kind: 'present'; value: unknown };

function problemEn(p: OverrideProblem): string {
  switch (p.kind) {
    case 'group':
      return 'is a group of keys; override one of the keys inside it instead';
    case 'no-baseline':
      return 'has no baseline in the catalogue, so a number cannot be read as a ceiling or a floor; only parameters with a baseline number can be overridden';
    case 'list-item-type':
      return `takes a list of ${p.choices ? 'choices' : 'texts'}; ${describeEn(p.item)} is not one`;
    case 'list-item-choice':
      return `takes items from ${p.allowed.join(', ')}; "${p.item}" is not one${p.suggestion ? ` (did you mean \`${p.suggestion}\`?)` : ''}`;
    case 'list-item-country':
      return `takes two-letter ISO 3166-1 country codes in capitals; "${p.item}" is not one`;
    case 'number':
      return `takes a whole number${p.unit ? ` of ${p.unit.replace('_', ' ')}` : ''} (the baseline is a ${p.op === 'max' ? 'ceiling' : 'floor'}), not ${describeEn(p.value)}`;
    case 'bool':
      return `takes true or false, not ${describeEn(p.value)}`;
    case 'choice':
      return `takes one of ${p.allowed.join(', ')}${p.orList ? ' (or a list of them)' : ''}, not ${describeEn(p.value)}${p.suggestion ? ` (did you mean \`${p.suggestion}\`?)` : ''}`;
    case 'list':
      return `takes a list of the items it must include, not ${describeEn(p.value)}`;
    case 'all-equal':
      return `takes the one value every entry must have (such as SA), not ${describeEn(p.value)}`;
    case 'present-int':
      return `has no ceiling or floor in the catalogue (its baseline only asks that it be stated), so write \`value: true\` (must be stated) or \`false\` (need not be), not ${describeEn(p.value)}`;
    case 'present':
      return `takes true (must be stated) or false (need not be), not ${describeEn(p.value)}`;
  }
}

function problemAr(p: OverrideProblem): string {
  const suggest = (s?: string) => (s ? ` (هل تقصد ${code(s)}؟)` : '');
  switch (p.kind) {
    case 'group':
      return 'فهو مجموعة مفاتيح، فعدّل أحد المفاتيح التي بداخله بدلًا منه';
    case 'no-baseline':
      return 'فليس له خط أساس في الدليل المرجعي، فلا يمكن قراءة الرقم حدًّا أقصى أو حدًّا أدنى؛ ولا تُعدَّل إلا المعاملات التي لها رقم في خط الأساس';
    case 'list-item-type':
      return `فعناصر قائمته يجب أن تكون ${p.choices ? 'من الخيارات المحددة' : 'نصوصًا'}، لا ${describeValue(p.item)}`;
    case 'list-item-choice':
      return `فهو يقبل عناصر من ${codeList(p.allowed, 'and')} فقط، والنص ${L(`"${p.item}"`)} ليس منها${suggest(p.suggestion)}`;
    case 'list-item-country':
      return `فهو يقبل رموز دول من حرفين كبيرين وفق ${L('ISO 3166-1')}، والنص ${L(`"${p.item}"`)} ليس منها`;
    case 'number':
      return `فهو يقبل عددًا صحيحًا${p.unit ? ` من ${UNIT_PLURAL[p.unit]}` : ''} (وخط الأساس ${p.op === 'max' ? 'حد أقصى' : 'حد أدنى'})، لا ${describeValue(p.value)}`;
    case 'bool':
      return `فهو يقبل ${code('true')} أو ${code('false')}، لا ${describeValue(p.value)}`;
    case 'choice':
      return `فهو يقبل إحدى القيم ${codeList(p.allowed, 'or')}${p.orList ? ' (أو قائمة منها)' : ''}، لا ${describeValue(p.value)}${suggest(p.suggestion)}`;
    case 'list':
      return `فهو يقبل قائمة بالعناصر التي يجب أن تتضمنها القيمة، لا ${describeValue(p.value)}`;
    case 'all-equal':
      return `فهو يقبل القيمة الواحدة التي يجب أن تكون لكل عنصر (مثل ${code('SA')})، لا ${describeValue(p.value)}`;
    case 'present-int':
      return `فليس له حد أقصى أو أدنى في الدليل المرجعي (إذ يشترط خط الأساس ذكره فقط)، لذا اكتب ${code('value: true')} (يجب ذكره) أو ${code('false')} (لا يلزم ذكره)، لا ${describeValue(p.value)}`;
    case 'present':
      return `فهو يقبل ${code('true')} (يجب ذكره) أو ${code('false')} (لا يلزم ذكره)، لا ${describeValue(p.value)}`;
  }
}

/** A snippet folder the policy cannot use (policy.ts `FolderState` other than `ok`). */
export type FolderProblem = 'absolute' | 'outside' | 'missing' | 'not-folder';

const unique = (items: readonly string[]) => [...new Set(items)];

export const POLICY_MESSAGES = {
  'policy.unknown-param': def({
    en: (p: { key: string; suggestion?: string; clause?: { id: string; params: readonly string[] } }) =>
      `\`${p.key}\` is not a catalogue parameter, so this override changes nothing; ` +
      (p.suggestion
        ? `did you mean \`${p.suggestion}\`?`
        : p.clause
          ? `\`${p.clause.id}\` has ${p.clause.params.map((k) => `\`${k}\``).join(', ')}.`
          : 'write `clause.param`, e.g. `incident.notification.initial_notice_hours`.'),
    ar: (p) =>
      `${code(p.key)} ليس معاملًا في الدليل المرجعي، فلا يغيّر هذا التعديل شيئًا؛ ` +
      (p.suggestion
        ? `هل تقصد ${code(p.suggestion)}؟`
        : p.clause
          ? `ومعاملات ${code(p.clause.id)} هي ${codeList(p.clause.params, 'and')}.`
          : `اكتب ${code('clause.param')}، مثل ${code('incident.notification.initial_notice_hours')}.`),
  }),
  'policy.override-problem': def({
    en: (p: { key: string; problem: OverrideProblem }) => `\`${p.key}\` ${problemEn(p.problem)}.`,
    ar: (p) => `لا يمكن قراءة التعديل على ${code(p.key)}: ${problemAr(p.problem)}.`,
  }),
  'policy.relaxation': def({
    en: (
      p: { key: string; type: ParamType } & (
        | { kind: 'relax'; from: readonly Test[]; to: Test; lifted: boolean }
        | { kind: 'lower'; fromSeverities: readonly Severity[]; toSeverity: Severity }
      ),
    ) => {
      const what =
        p.kind === 'relax'
          ? `relaxes \`${p.key}\` from ${unique(p.from.map((t) => describeTest(t, p.type))).join(' or ')} to ${p.lifted ? 'not required' : describeTest(p.to, p.type)}`
          : `lowers \`${p.key}\` from ${unique(p.fromSeverities).join(' or ')} to ${p.toSeverity}`;
      return `This ${what}, which needs a \`reason:\` that the appendix findings will show; add one or keep the baseline (until then the override is not applied).`;
    },
    ar: (p) => {
      const what =
        p.kind === 'relax'
          ? `يخفف هذا التعديل شرط ${code(p.key)} من «${arabicList(unique(p.from.map((t) => arabicTest(t, p.type))), 'or')}» إلى «${p.lifted ? 'عدم اشتراط ذكره' : arabicTest(p.to, p.type)}»`
          : `يخفض هذا التعديل درجة خطورة ${code(p.key)} من ${arabicList([...new Set(p.fromSeverities)].map((s) => `«${AR.severity[s]}»`), 'or')} إلى «${AR.severity[p.toSeverity]}»`;
      return `${what}، وهذا يستلزم ذكر سبب في ${code('reason:')} يظهر في ملاحظات الملحق؛ أضف السبب أو أبقِ على خط الأساس (ولن يُطبَّق التعديل حتى ذلك الحين).`;
    },
  }),
  'policy.unknown-code': def({
    en: (p: { code: string; suggestion?: string }) =>
      `\`${p.code}\` is not a finding code, so this severity changes nothing; ${p.suggestion ? `did you mean \`${p.suggestion}\`?` : 'codes are clause ids (`access.mfa`), evidence checks (`EV-18`) and file codes such as `unknown-key`.'}`,
    ar: (p) =>
      `${code(p.code)} ليس رمز ملاحظة، فلا تغيّر درجة الخطورة هذه شيئًا؛ ${p.suggestion ? `هل تقصد ${code(p.suggestion)}؟` : `والرموز هي معرّفات البنود (${code('access.mfa')}) وفحوص الأدلة (${code('EV-18')}) ورموز الملف مثل ${code('unknown-key')}.`}`,
  }),
  'policy.snippet-folder': def({
    en: (p: { raw: string; problem: FolderProblem }) => {
      switch (p.problem) {
        case 'absolute':
          return `\`${p.raw}\` is an absolute path; write snippet folders relative to this policy file, inside its folder (files outside the workspace are never read).`;
        case 'outside':
          return `\`${p.raw}\` leads outside the folder of this policy file; snippet folders must stay inside the workspace (files outside it are never read).`;
        case 'missing':
          return `The snippet folder \`${p.raw}\` does not exist next to this policy file; create it or remove the entry.`;
        case 'not-folder':
          return `\`${p.raw}\` is a file, not a folder; list folders that hold \`*.snippets.yaml\` files.`;
      }
    },
    ar: (p) => {
      switch (p.problem) {
        case 'absolute':
          return `${code(p.raw)} مسار مطلق؛ اكتب مجلدات الصيغ بمسار نسبي إلى ملف السياسة هذا وداخل مجلده (لا تُقرأ الملفات خارج مساحة العمل أبدًا).`;
        case 'outside':
          return `يؤدي ${code(p.raw)} إلى خارج مجلد ملف السياسة هذا؛ ويجب أن تبقى مجلدات الصيغ داخل مساحة العمل (لا تُقرأ الملفات خارجها أبدًا).`;
        case 'missing':
          return `مجلد الصيغ ${code(p.raw)} غير موجود بجوار ملف السياسة هذا؛ أنشئه أو احذف هذا العنصر.`;
        case 'not-folder':
          return `${code(p.raw)} ملف وليس مجلدًا؛ اذكر المجلدات التي تحتوي على ملفات ${code('*.snippets.yaml')}.`;
      }
    },
  }),

  /** snippetLibrary.ts */
  'snippet.duplicate-name': def({
    en: (p: { first: number; name: string }) =>
      `Another snippet in this library (entry ${p.first + 1}) is already named "${p.name}"; names must be unique so completions can tell them apart.`,
    ar: (p) =>
      `تحمل صيغة أخرى في هذه المكتبة (العنصر ${L(p.first + 1)}) الاسم ${U(p.name)} نفسه؛ ويجب أن تكون الأسماء فريدة ليمكن التمييز بينها في الإكمال التلقائي.`,
  }),
  /** A baseline finding on a snippet's terms; `message` is that finding's message in the same language. */
  'snippet.finding': def({
    en: (p: { name?: string; index: number; clause: string; message: string }) =>
      `Snippet ${p.name !== undefined ? `"${p.name}"` : `entry ${p.index + 1}`} (${p.clause}): ${p.message}`,
    ar: (p) => `الصيغة ${p.name !== undefined ? U(p.name) : `رقم ${L(p.index + 1)}`} (${code(p.clause)}): ${p.message}`,
  }),
};
