/**
 * Editor texts that are not findings, in English and Arabic: quick-fix titles (codeActions.ts) and the clause
 * coverage summary of the code lens and status bar (summary.ts). English as those modules wrote it.
 */
import { arabicClauseCount } from '../catalogue/ar';
import { showValue } from '../catalogue/describe';
import type { Clause, ParamType } from '../catalogue/types';
import type { FileKind } from '../files';
import type { Locale } from './locale';
import { def } from './define';
import * as w from './words';
import { code, codeList, count, ltr as L } from './words';

const KIND_AR: Record<FileKind, string> = { appendix: 'ملحق', evidence: 'سجل أدلة', policy: 'سياسة فريق', snippets: 'مكتبة صيغ' };

const sourceEn = (team: boolean) => (team ? 'team policy' : 'baseline');
const sourceAr = (team: boolean) => (team ? 'سياسة الفريق' : 'خط الأساس');
const pluralEn = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Placeholder texts of an exception stub (the quick fix "Record an exception"), written into the appendix. */
export const EXCEPTION_STUB: Record<Locale, { compensating: string; risk: string; approver: string }> = {
  en: { compensating: 'controls that offset the deviation', risk: 'risk register entry', approver: 'role that approved the deviation' },
  ar: { compensating: 'الضوابط التي تعوّض عن الانحراف', risk: 'القيد في سجل المخاطر', approver: 'الدور الوظيفي الذي اعتمد الانحراف' },
};

export const UI_MESSAGES = {
  /** codeActions.ts: quick-fix titles. */
  'fix.insert-clause': def({
    en: (p: { clause: Pick<Clause, 'id' | 'title' | 'ecc'> }) => `Insert standard clause: ${p.clause.title} (ECC ${p.clause.ecc[0]})`,
    ar: (p) => `إدراج البند القياسي: ${w.clauseTitle(p.clause)} (${L(`ECC ${p.clause.ecc[0]}`)})`,
  }),
  'fix.add-param': def({
    en: (p: { param: string; value: unknown; type: ParamType; team: boolean }) => `Add ${p.param}: ${showValue(p.value, p.type)} (${sourceEn(p.team)})`,
    ar: (p) => `إضافة ${code(p.param)}: ${w.showValue(p.value, p.type)} (${sourceAr(p.team)})`,
  }),
  'fix.add-items': def({
    en: (p: { param: string; items: readonly unknown[]; team: boolean }) => `Add ${p.items.map(String).join(', ')} to ${p.param} (${sourceEn(p.team)})`,
    ar: (p) => `إضافة ${codeList(p.items, 'and')} إلى ${code(p.param)} (${sourceAr(p.team)})`,
  }),
  'fix.limit-items': def({
    en: (p: { param: string; items: readonly unknown[]; team: boolean }) => `Limit ${p.param} to ${p.items.map(String).join(', ')} (${sourceEn(p.team)})`,
    ar: (p) => `قصر ${code(p.param)} على ${codeList(p.items, 'and')} (${sourceAr(p.team)})`,
  }),
  'fix.set-value': def({
    en: (p: { param: string; value: unknown; type: ParamType; team: boolean }) =>
      `${typeof p.value === 'number' ? 'Raise' : 'Set'} ${p.param} to ${showValue(p.value, p.type)} (${sourceEn(p.team)})`,
    ar: (p) => `${typeof p.value === 'number' ? 'تعديل' : 'ضبط'} ${code(p.param)} إلى ${w.showValue(p.value, p.type)} (${sourceAr(p.team)})`,
  }),
  'fix.type': def({
    en: (p: { suggestion: string; was: string }) => `Write ${p.suggestion} instead of ${p.was}`,
    ar: (p) => `كتابة ${L(p.suggestion)} بدلًا من ${L(p.was)}`,
  }),
  'fix.rename': def({
    en: (p: { key: string; to: string }) => `Rename ${p.key} to ${p.to}`,
    ar: (p) => `إعادة تسمية ${code(p.key)} إلى ${code(p.to)}`,
  }),
  'fix.exception': def({
    en: (p: { clause: string }) => `Record an exception for ${p.clause}`,
    ar: (p) => `تسجيل استثناء للبند ${code(p.clause)}`,
  }),
  'fix.all': def({
    en: (p: { clauses: number; params: number; values: number }) => {
      const parts: string[] = [];
      if (p.clauses) parts.push(`insert ${pluralEn(p.clauses, 'standard clause')}`);
      if (p.params) parts.push(`add ${pluralEn(p.params, 'parameter')}`);
      if (p.values) parts.push(`raise ${pluralEn(p.values, 'value')} to the baseline`);
      return `Fix all in file: ${parts.join(', ')}`;
    },
    ar: (p) => {
      const parts: string[] = [];
      if (p.clauses) parts.push(`إدراج البنود القياسية (${L(p.clauses)})`);
      if (p.params) parts.push(`إضافة المعاملات (${L(p.params)})`);
      if (p.values) parts.push(`رفع القيم إلى خط الأساس (${L(p.values)})`);
      return `إصلاح الكل في الملف: ${parts.join('، ')}`;
    },
  }),

  /** cli/output.ts: the text format's lines around the findings. */
  'cli.file': def({
    en: (p: { path: string; kind: FileKind; findings: number }) => `${p.path} (${p.kind}): ${p.findings === 0 ? 'no findings' : pluralEn(p.findings, 'finding')}`,
    // after the colon the count is a predicate: a dual is nominative (ملاحظتان), docs/arabic.md
    ar: (p) => `${L(p.path)} (${KIND_AR[p.kind]}): ${p.findings === 0 ? 'لا ملاحظات' : count(p.findings, 'finding', { case: 'nominative' })}`,
  }),
  'cli.fixed': def({
    en: (p: { path: string; clauses: number; params: number; values: number }) => {
      const parts: string[] = [];
      if (p.clauses) parts.push(`inserted ${pluralEn(p.clauses, 'standard clause')}`);
      if (p.params) parts.push(`added ${pluralEn(p.params, 'parameter')}`);
      if (p.values) parts.push(`raised ${pluralEn(p.values, 'value')} to the baseline`);
      return `ecc-appendix: fixed ${p.path}: ${parts.join(', ')}`;
    },
    ar: (p) => {
      const parts: string[] = [];
      if (p.clauses) parts.push(`أُدرجت البنود القياسية (${L(p.clauses)})`);
      if (p.params) parts.push(`أُضيفت المعاملات (${L(p.params)})`);
      if (p.values) parts.push(`رُفعت القيم إلى خط الأساس (${L(p.values)})`);
      return `${L('ecc-appendix')}: أُصلح الملف ${L(p.path)}: ${parts.join('، ')}`;
    },
  }),
  'cli.summary': def({
    en: (p: { files: number; error: number; warning: number; info: number }) =>
      `${pluralEn(p.files, 'file')} checked: ${pluralEn(p.error, 'error')}, ${pluralEn(p.warning, 'warning')}, ${p.info} info.`,
    ar: (p) => `الملفات المفحوصة: ${L(p.files)}؛ الأخطاء: ${L(p.error)}، والتحذيرات: ${L(p.warning)}، والمعلومات: ${L(p.info)}.`,
  }),
  'cli.disclaimer': def({
    en: (_p: object) => 'No findings means no findings against catalogue v1, not "compliant with ECC": NCA judges compliance.',
    ar: () =>
      `خلوّ النتيجة من الملاحظات يعني أنه لا ملاحظات وفق الإصدار ${L('v1')} من الدليل المرجعي، لا أن الملحق «ملتزم بالضوابط الأساسية للأمن السيبراني»: فالحكم بالالتزام للهيئة.`,
  }),

  /** summary.ts: the code lens and status bar line, and its tooltip. */
  'summary.text': def({
    en: (p: { present: number; applicable: number; exceptions: number; expired: number; profiles: readonly string[] }) =>
      `${p.present} of ${p.applicable} clauses present · ${pluralEn(p.exceptions, 'exception')}${p.expired ? ` (+${p.expired} expired)` : ''}` +
      ` · ${p.profiles.length === 1 ? 'profile' : 'profiles'} ${p.profiles.join(' + ')}`,
    ar: (p) =>
      `البنود الموجودة: ${L(p.present)} من ${L(p.applicable)} · الاستثناءات: ${L(p.exceptions)}${p.expired ? ` (والمنتهية: ${L(p.expired)})` : ''}` +
      ` · ${p.profiles.length === 1 ? 'ملف التعريف' : 'ملفات التعريف'} ${L(p.profiles.join(' + '))}`,
  }),
  'summary.tooltip': def({
    en: (p: { missing: readonly Pick<Clause, 'id' | 'title'>[]; applicable: number; total: number; exceptions: number; expired: number }) => {
      const tips: string[] = [];
      tips.push(
        p.missing.length
          ? `Missing: ${p.missing
              .slice(0, 8)
              .map((m) => `${m.id} (${m.title})`)
              .join('; ')}${p.missing.length > 8 ? `; and ${p.missing.length - 8} more` : ''}.`
          : `Every clause that applies to this scope is present (${p.applicable} of the catalogue's ${p.total}).`,
      );
      const idle = p.total - p.applicable;
      if (idle) tips.push(`${pluralEn(idle, 'clause')} of the catalogue ${idle === 1 ? 'does' : 'do'} not apply to this scope.`);
      if (p.exceptions || p.expired) tips.push(`${pluralEn(p.exceptions, 'exception')} in force${p.expired ? `, ${p.expired} expired (their findings are back at full severity)` : ''}.`);
      tips.push('Present means stated, not compliant: see the Problems view for weak values.');
      return tips.join('\n');
    },
    ar: (p) => {
      const tips: string[] = [];
      tips.push(
        p.missing.length
          ? `البنود الناقصة: ${p.missing
              .slice(0, 8)
              .map((m) => `${L(m.id)} (${w.clauseTitle(m)})`)
              .join('؛ ')}${p.missing.length > 8 ? `؛ وبنود أخرى عددها ${L(p.missing.length - 8)}` : ''}.`
          : `جميع البنود المنطبقة على هذا النطاق موجودة (${L(p.applicable)} من أصل ${arabicClauseCount(p.total)} في الدليل المرجعي).`,
      );
      const idle = p.total - p.applicable;
      if (idle) tips.push(`عدد بنود الدليل المرجعي التي لا تنطبق على هذا النطاق: ${L(idle)}.`);
      if (p.exceptions || p.expired)
        tips.push(`الاستثناءات السارية: ${L(p.exceptions)}${p.expired ? `، والمنتهية: ${L(p.expired)} (وقد عادت ملاحظاتها إلى درجة خطورتها الكاملة)` : ''}.`);
      tips.push('وجود البند يعني أنه مذكور، لا أنه مستوفٍ للمتطلبات: راجع لوحة المشكلات لمعرفة القيم الضعيفة.');
      return tips.join('\n');
    },
  }),
};
