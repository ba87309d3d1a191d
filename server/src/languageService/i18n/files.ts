/**
 * Messages about a file as a whole and its shape, in English and Arabic: the `schema:` header (engine.ts), reading
 * the YAML and its limits (parse.ts) and the JSON Schema check (schema.ts). English as those modules wrote it.
 */
import { UNIT_PLURAL } from '../catalogue/ar';
import type { Unit } from '../catalogue/types';
import type { FileKind } from '../files';
import { thousands } from '../text';
import { def } from './define';
import { arabicList, clauseTitle, code, codeList, count, describeValue, ltr as L } from './words';

const YAML = L('YAML');

/** schema.ts and policy.ts `describe`: what a value is, for "must be …, not X". */
export function describeEn(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const KIND_EN: Record<FileKind, string> = {
  appendix: 'a security appendix',
  evidence: 'an evidence log',
  snippets: 'a clause snippet library',
  policy: 'a team policy',
};
const KIND_AR: Record<FileKind, string> = {
  appendix: 'ملحق أمني',
  evidence: 'سجل أدلة',
  snippets: 'مكتبة صيغ بنود',
  policy: 'سياسة فريق',
};

/** The yaml library's error codes in Arabic (its English messages name its internals). */
const YAML_ERRORS_AR: Record<string, string> = {
  ALIAS_PROPS: 'لا يجوز أن يحمل الاسم المستعار وسمًا أو مرساة',
  BAD_ALIAS: 'اسم مستعار غير صالح',
  BAD_DIRECTIVE: 'توجيه غير صالح',
  BAD_DQ_ESCAPE: 'تسلسل هروب غير صالح داخل نص بين علامتي تنصيص مزدوجتين',
  BAD_INDENT: 'المسافة البادئة غير صحيحة',
  BAD_PROP_ORDER: 'ترتيب الوسم والمرساة غير صحيح',
  BAD_SCALAR_START: 'لا يجوز أن تبدأ القيمة بهذا المحرف دون علامتي تنصيص',
  BLOCK_AS_IMPLICIT_KEY: 'لا يجوز أن تكون الكتلة مفتاحًا ضمنيًا',
  BLOCK_IN_FLOW: 'لا يجوز وضع كتلة داخل قائمة أو مجموعة مفاتيح مكتوبة بالصيغة المضمّنة',
  DUPLICATE_KEY: 'مفتاح مكرر في مجموعة المفاتيح',
  IMPOSSIBLE: 'تعذّرت قراءة هذا الموضع',
  MISSING_CHAR: 'ينقص محرف هنا (علامة تنصيص أو قوس إغلاق أو نقطتان)',
  MULTILINE_IMPLICIT_KEY: 'لا يجوز أن يمتد المفتاح الضمني على أكثر من سطر',
  MULTIPLE_ANCHORS: 'للعقدة أكثر من مرساة',
  MULTIPLE_DOCS: 'أكثر من وثيقة في موضع لا يقبل إلا وثيقة واحدة',
  MULTIPLE_TAGS: 'للعقدة أكثر من وسم',
  NON_STRING_KEY: 'مفتاح ليس نصًّا',
  RESOURCE_EXHAUSTION: 'تجاوزت القراءة الحد المسموح من الموارد',
  TAB_AS_INDENT: `لا يجوز استخدام محرف الجدولة (${L('Tab')}) في المسافة البادئة`,
  TAG_RESOLVE_FAILED: 'تعذّر تفسير الوسم',
  UNEXPECTED_TOKEN: 'رمز غير متوقع في هذا الموضع',
  BAD_COLLECTION_TYPE: 'نوع المجموعة لا يطابق الوسم',
};

/** parse.ts `yamlMessage`: the library's first sentence, without code excerpts. */
function yamlFirstSentence(raw: string): string {
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return first.endsWith('.') ? first : first + '.';
}

/** schema.ts: the words for a JSON Schema type. */
const TYPE_EN: Record<string, string> = {
  integer: 'a whole number',
  boolean: 'true or false',
  string: 'text',
  array: 'a list',
  object: 'a mapping of keys',
  number: 'a number',
};
const TYPE_AR: Record<string, string> = {
  integer: 'عددًا صحيحًا',
  boolean: `${code('true')} أو ${code('false')}`,
  string: 'نصًّا',
  array: 'قائمة',
  object: 'مجموعة مفاتيح',
  number: 'رقمًا',
};

export const FILE_MESSAGES = {
  /** engine.ts */
  'schema-version': def({
    en: (p: { kind: FileKind; expected: string; found?: string }) =>
      p.found === undefined
        ? `This file is named as ${KIND_EN[p.kind]} but has no \`schema: ${p.expected}\` header; add it as the first key so the file can be checked.`
        : `This file is named as ${KIND_EN[p.kind]} but its header is \`schema: ${p.found}\`; write \`schema: ${p.expected}\` (no other version is known).`,
    ar: (p) =>
      p.found === undefined
        ? `اسم هذا الملف يدل على أنه ${KIND_AR[p.kind]}، لكنه لا يتضمن الترويسة ${code(`schema: ${p.expected}`)}؛ أضفها أولَ مفتاح في الملف ليمكن فحصه.`
        : `اسم هذا الملف يدل على أنه ${KIND_AR[p.kind]}، لكن ترويسته ${code(`schema: ${p.found}`)}؛ اكتب ${code(`schema: ${p.expected}`)} (لا يُعرف إصدار غيره).`,
  }),
  'file.not-mapping': def({
    en: (_p: object) => 'The file must be a mapping of keys, starting with `schema:`.',
    ar: () => `يجب أن يكون الملف مجموعة مفاتيح تبدأ بالمفتاح ${code('schema:')}.`,
  }),

  /** parse.ts: limits (docs/robustness.md) */
  'yaml.too-big': def({
    en: (p: { size: string; limit: string }) =>
      `This file is ${p.size} MB; files over ${p.limit} MB are not checked (an appendix is far smaller), so split it or remove what does not belong in it.`,
    ar: (p) =>
      `حجم هذا الملف ${L(`${p.size} MB`)}، ولا تُفحص الملفات التي يزيد حجمها على ${L(`${p.limit} MB`)} (والملحق أصغر من ذلك بكثير)؛ فقسّمه أو احذف منه ما لا ينتمي إليه.`,
  }),
  'yaml.binary': def({
    en: (p: { line: number }) => `This file contains binary data (a NUL character on line ${p.line}), not YAML text, so it was not checked; save it as UTF-8 text.`,
    ar: (p) => `يحتوي هذا الملف على بيانات ثنائية (محرف ${L('NUL')} في السطر ${L(p.line)})، لا على نص ${YAML}، لذا لم يُفحص؛ احفظه نصًّا بترميز ${L('UTF-8')}.`,
  }),
  'yaml.bare-cr': def({
    en: (_p: object) => 'Line ends are bare CR characters; save the file with LF or CRLF line ends.',
    ar: () => `نهايات الأسطر في هذا الملف محارف ${L('CR')} منفردة؛ احفظ الملف بنهايات أسطر ${L('LF')} أو ${L('CRLF')}.`,
  }),
  'yaml.too-many-lines': def({
    en: (p: { limit: number }) => `This file has more than ${thousands(p.limit)} lines; longer files are not checked (an appendix needs far fewer), so split it.`,
    ar: (p) =>
      `يزيد هذا الملف على ${count(p.limit, 'line', { shown: thousands(p.limit) })}، ولا تُفحص الملفات الأطول من ذلك (والملحق يحتاج إلى أقل بكثير)؛ فقسّمه.`,
  }),
  'yaml.line-too-long': def({
    en: (p: { line: number; length: number; limit: number }) =>
      `Line ${p.line} is ${thousands(p.length)} characters long; lines over ${thousands(p.limit)} characters are not checked, so write the value over several lines (a \`>\` block).`,
    ar: (p) =>
      `السطر ${L(p.line)} طوله ${count(p.length, 'character', { shown: thousands(p.length) })}، ولا تُفحص الأسطر التي يزيد طولها على ${count(p.limit, 'character', { shown: thousands(p.limit) })}؛ فاكتب القيمة على عدة أسطر (كتلة ${code('>')}).`,
  }),
  'yaml.flow-entries': def({
    en: (p: { limit: number }) =>
      `Lists and mappings written inline here hold more than ${thousands(p.limit)} entries; the file was not checked (an appendix needs far fewer).`,
    ar: (p) =>
      `تضم القوائم ومجموعات المفاتيح المكتوبة بالصيغة المضمّنة هنا أكثر من ${count(p.limit, 'entry', { shown: thousands(p.limit) })}، لذا لم يُفحص الملف (والملحق يحتاج إلى أقل بكثير).`,
  }),
  'yaml.too-deep': def({
    en: (p: { limit: number }) =>
      `Lists and mappings here are nested more than ${p.limit} levels deep (an appendix needs about 6), so the file was not checked; remove the extra nesting.`,
    ar: (p) =>
      `تتداخل القوائم ومجموعات المفاتيح هنا بعمق يزيد على ${count(p.limit, 'level')} (يحتاج الملحق إلى نحو ${count(6, 'level')})، لذا لم يُفحص الملف؛ أزل التداخل الزائد.`,
  }),
  'yaml.alias-bomb': def({
    en: (p: { limit: number }) =>
      `Aliases and merge keys here expand to more than ${thousands(p.limit)} values (an alias bomb?), so the file was not checked; write the repeated values out or use fewer aliases.`,
    ar: (p) =>
      `تتوسع الأسماء المستعارة ومفاتيح الدمج هنا إلى أكثر من ${count(p.limit, 'value', { shown: thousands(p.limit) })} (هل هو تضخيم متعمَّد؟)، لذا لم يُفحص الملف؛ اكتب القيم المكررة صراحةً أو قلّل الأسماء المستعارة.`,
  }),
  'yaml.alias-loop': def({
    en: (_p: object) => 'This alias refers to a mapping or list that contains it, a loop without end, so the file was not checked; write the value out instead.',
    ar: () => 'يشير هذا الاسم المستعار إلى مجموعة مفاتيح أو قائمة تحتويه، وهي حلقة لا تنتهي، لذا لم يُفحص الملف؛ اكتب القيمة صراحةً بدلًا منه.',
  }),
  'yaml.merge-loop': def({
    en: (_p: object) => 'This merge key refers to a mapping that contains it, a loop without end, so the file was not checked; write the keys out instead.',
    ar: () => 'يشير مفتاح الدمج هذا إلى مجموعة مفاتيح تحتويه، وهي حلقة لا تنتهي، لذا لم يُفحص الملف؛ اكتب المفاتيح صراحةً بدلًا منه.',
  }),
  /** parse.ts: reading */
  'yaml.unreadable': def({
    en: (p: { detail: string }) => `The file could not be read as YAML (${p.detail}).`,
    ar: (p) => `تعذّرت قراءة الملف بصيغة ${YAML} (${L(p.detail)}).`,
  }),
  'yaml.syntax': def({
    en: (p: { raw: string; code?: string }) => `YAML syntax: ${yamlFirstSentence(p.raw)}`,
    ar: (p) => {
      const known = p.code ? YAML_ERRORS_AR[p.code] : undefined;
      return known ? `خطأ في صياغة ${YAML}: ${known}.` : `خطأ في صياغة ${YAML} (${L(yamlFirstSentence(p.raw))}).`;
    },
  }),
  'yaml.more-problems': def({
    en: (p: { count: number }) => `${thousands(p.count)} more YAML syntax problems from here on are not listed; fix the ones above first.`,
    ar: (p) => `لم تُدرج ${count(p.count, 'problem', { shown: thousands(p.count) })} أخرى في صياغة ${YAML} من هذا الموضع فصاعدًا؛ أصلح المشكلات السابقة أولًا.`,
  }),
  'yaml.documents': def({
    en: (p: { count: number }) => `This file holds ${p.count} YAML documents; an appendix is one document, so only the first is checked (the second starts here).`,
    ar: (p) =>
      `يضم هذا الملف ${count(p.count, 'document')} بصيغة ${YAML}، والملحق وثيقة واحدة، لذا لا تُفحص إلا الأولى (وتبدأ الثانية هنا).`,
  }),
  'duplicate-key': def({
    en: (p: { name: string; line: number }) => `\`${p.name}\` is stated twice in this mapping; the first one (line ${p.line}) is used and this one is ignored.`,
    ar: (p) => `المفتاح ${code(p.name)} مذكور مرتين في مجموعة المفاتيح هذه؛ ويُعتمد الأول (السطر ${L(p.line)}) ويُتجاهل هذا.`,
  }),

  /** render/lengthRule.ts: the rendered schedule runs past one page. */
  length: def({
    en: (p: { pageCount: number; pages: number; longest: readonly { number: string; id: string; title: string; lines: number }[] }) => {
      const longest = p.longest.map((c) => `${c.number} ${c.title} (${c.lines} lines)`);
      const list = longest.length > 1 ? `${longest.slice(0, -1).join(', ')} and ${longest[longest.length - 1]}` : longest.join('');
      return `The rendered schedule would print on ${p.pageCount} A4 pages at the default style (about ${p.pages.toFixed(1)} pages of text), over the one-page target; its longest clauses are ${list}: shorten them or move detail to an annex to fit one page.`;
    },
    ar: (p) => {
      const list = arabicList(
        p.longest.map((c) => `${L(c.number)} ${clauseTitle(c)} (${count(c.lines, 'line')})`),
        'and',
      );
      return `سيُطبع الملحق بعد إخراجه على ${count(p.pageCount, 'page')} بحجم ${L('A4')} بالنمط الافتراضي (نحو ${L(p.pages.toFixed(1))} من صفحات النص)، متجاوزًا الهدف وهو صفحة واحدة؛ وأطول بنوده ${list}: فاختصرها أو انقل التفاصيل إلى مرفق كي لا يتجاوز صفحة واحدة.`;
    },
  }),

  /** schema.ts */
  'schema.unknown-key': def({
    en: (p: { extra: string; where?: string; suggestion?: string; known: readonly string[] }) =>
      `\`${p.extra}\` is not a key the catalogue knows in ${p.where !== undefined ? `\`${p.where}\`` : 'the top level of the file'}` +
      (p.suggestion ? `; did you mean \`${p.suggestion}\`?` : `; known keys: ${p.known.slice(0, 12).join(', ')}${p.known.length > 12 ? ', …' : ''}.`),
    ar: (p) =>
      `المفتاح ${code(p.extra)} غير معروف في الدليل المرجعي ${p.where !== undefined ? `ضمن ${code(p.where)}` : 'في المستوى الأعلى من الملف'}` +
      (p.suggestion ? `؛ هل تقصد ${code(p.suggestion)}؟` : `؛ والمفاتيح المعروفة: ${p.known.slice(0, 12).map(code).join('، ')}${p.known.length > 12 ? '، …' : ''}.`),
  }),
  'schema.required': def({
    en: (p: { key: string; missing: string; entry?: { index: number; list: string } }) =>
      p.entry
        ? `Entry ${p.entry.index + 1} of \`${p.entry.list}\` must state \`${p.missing}\`.`
        : `${p.key === '(document)' ? 'The file' : `\`${p.key}\``} must state \`${p.missing}\`.`,
    ar: (p) =>
      p.entry
        ? `يجب أن يذكر العنصر ${L(p.entry.index + 1)} من ${code(p.entry.list)} المفتاح ${code(p.missing)}.`
        : `يجب أن يذكر ${p.key === '(document)' ? 'الملف' : code(p.key)} المفتاح ${code(p.missing)}.`,
  }),
  'schema.yaml11-boolean': def({
    en: (p: { key: string; value: string; bool: boolean }) =>
      `\`${p.key}\` must be true or false; \`${p.value}\` is text in YAML 1.2 (only YAML 1.1 read it as a yes/no value): write ${p.bool}.`,
    ar: (p) =>
      `يجب أن تكون قيمة ${code(p.key)} ${code('true')} أو ${code('false')}؛ فالقيمة ${code(p.value)} نصّ في ${L('YAML 1.2')} (ولم تكن تُقرأ قيمةً منطقية إلا في ${L('YAML 1.1')}): اكتب ${code(p.bool)}.`,
  }),
  'schema.bare-number': def({
    en: (p: { key: string; n: number; unit?: Unit; value: string }) =>
      `\`${p.key}\` must be a bare whole number${p.unit ? ` of ${p.unit.replace('_', ' ')} (the unit is in the key name)` : ''}: write ${p.n}, not "${p.value}".`,
    ar: (p) =>
      `يجب أن تكون قيمة ${code(p.key)} عددًا صحيحًا مجردًا${p.unit ? ` من ${UNIT_PLURAL[p.unit]} (فالوحدة مذكورة في اسم المفتاح)` : ''}: اكتب ${L(p.n)} لا ${L(`"${p.value}"`)}.`,
  }),
  'schema.arabic-digits': def({
    en: (p: { key: string; n: number; value: string }) => `\`${p.key}\` must be a whole number written in Western digits: write ${p.n}, not "${p.value}".`,
    // The Arabic message names only the Western form: Arabic messages never print Arabic-Indic digits (decisions.md 44).
    ar: (p) => `يجب أن تكون قيمة ${code(p.key)} عددًا صحيحًا مكتوبًا بالأرقام الغربية: اكتب ${L(p.n)}.`,
  }),
  'schema.non-finite': def({
    en: (p: { key: string; want: string; source: string }) => `\`${p.key}\` must be ${TYPE_EN[p.want] ?? p.want}, not ${p.source}.`,
    ar: (p) => `يجب أن تكون قيمة ${code(p.key)} ${TYPE_AR[p.want] ?? L(p.want)}، لا ${L(p.source)}.`,
  }),
  'schema.too-large': def({
    en: (p: { key: string; source: string }) =>
      `\`${p.key}\` is too large: ${p.source} is beyond the largest whole number that can be read exactly (9,007,199,254,740,991).`,
    ar: (p) => `قيمة ${code(p.key)} كبيرة جدًّا: ${L(p.source)} أكبر من أكبر عدد صحيح يمكن قراءته بدقة (${L('9,007,199,254,740,991')}).`,
  }),
  'schema.years-or-indefinite': def({
    en: (p: { key: string; value: unknown }) => `\`${p.key}\` must be a whole number of years or \`indefinite\`, not ${describeEn(p.value)}.`,
    ar: (p) => `يجب أن تكون قيمة ${code(p.key)} عددًا صحيحًا من السنوات أو ${code('indefinite')}، لا ${describeValue(p.value)}.`,
  }),
  'schema.wrong-form': def({
    en: (p: { key: string; value: unknown }) => `\`${p.key}\` has the wrong form (${describeEn(p.value)}).`,
    ar: (p) => `صيغة قيمة ${code(p.key)} غير صحيحة (${describeValue(p.value)}).`,
  }),
  'schema.type': def({
    en: (p: { key: string; want: string; value: unknown }) => `\`${p.key}\` must be ${TYPE_EN[p.want] ?? p.want}, not ${describeEn(p.value)}.`,
    ar: (p) => `يجب أن تكون قيمة ${code(p.key)} ${TYPE_AR[p.want] ?? L(p.want)}، لا ${describeValue(p.value)}.`,
  }),
  'schema.enum': def({
    en: (p: { key: string; entryOf?: string; allowed: readonly string[]; value: unknown; suggestion?: string }) =>
      `${p.entryOf !== undefined ? `An entry of \`${p.entryOf}\`` : `\`${p.key}\``} must be one of ${p.allowed.join(', ')}; ${describeEn(p.value)} is not` +
      (p.suggestion ? ` (did you mean \`${p.suggestion}\`?)` : '') +
      '.',
    ar: (p) =>
      `${p.entryOf !== undefined ? `يجب أن يكون كل عنصر من ${code(p.entryOf)}` : `يجب أن تكون قيمة ${code(p.key)}`} إحدى القيم ${codeList(p.allowed, 'or')}، لا ${describeValue(p.value)}${p.suggestion ? ` (هل تقصد ${code(p.suggestion)}؟)` : ''}.`,
  }),
  'schema.const': def({
    en: (p: { key: string; value: string }) => `\`${p.key}\` must be \`${p.value}\`.`,
    ar: (p) => `يجب أن تكون قيمة ${code(p.key)} ${code(p.value)}.`,
  }),
  'schema.date': def({
    en: (p: { key: string; value: unknown }) => `\`${p.key}\` must be a real calendar date written YYYY-MM-DD; ${describeEn(p.value)} is not one.`,
    ar: (p) => `يجب أن تكون قيمة ${code(p.key)} تاريخًا صحيحًا في التقويم بصيغة ${L('YYYY-MM-DD')}، لا ${describeValue(p.value)}.`,
  }),
  'schema.timestamp': def({
    en: (p: { key: string; value: unknown }) => `\`${p.key}\` must be a timestamp with its offset, e.g. 2025-08-14T02:10:00+03:00; ${describeEn(p.value)} is not one.`,
    ar: (p) =>
      `يجب أن تكون قيمة ${code(p.key)} طابعًا زمنيًا يتضمن فرق التوقيت عن التوقيت العالمي، مثل ${L('2025-08-14T02:10:00+03:00')}، لا ${describeValue(p.value)}.`,
  }),
  'schema.country': def({
    en: (p: { key: string; value: unknown }) => `\`${p.key}\` must be a two-letter ISO 3166-1 country code in capitals, such as SA; ${describeEn(p.value)} is not.`,
    ar: (p) => `يجب أن تكون قيمة ${code(p.key)} رمز دولة من حرفين كبيرين وفق ${L('ISO 3166-1')}، مثل ${code('SA')}، لا ${describeValue(p.value)}.`,
  }),
  'schema.minimum': def({
    en: (p: { key: string }) => `\`${p.key}\` must not be negative.`,
    ar: (p) => `يجب ألا تكون قيمة ${code(p.key)} سالبة.`,
  }),
  'schema.other': def({
    en: (p: { key: string; detail?: string }) => `\`${p.key}\`: ${p.detail ?? 'invalid value'}.`,
    ar: (p) => (p.detail ? `قيمة ${code(p.key)} غير صالحة (${L(p.detail)}).` : `قيمة ${code(p.key)} غير صالحة.`),
  }),
};
