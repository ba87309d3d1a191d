import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import snippets from '../../../snippets/clauses.json';
import { CLAUSES } from './catalogue/clauses';
import type { SnippetEntry } from './catalogue/snippetGen';
import type { Clause, ParamDef, ParamType } from './catalogue/types';
import type { FileKind } from './files';
import { clauseMarkdown, paramMarkdown } from './hover';
import { CLAUSE_BY_ID } from './rules/context';
import { SCHEMAS } from './schema';
import type { LibrarySnippet } from './snippetLibrary';
import { FILE_CODES } from './findings';
import { PARAM_KEYS } from './policy';
import type { Locale } from './i18n/locale';
import { clauseTitleAr, paramSummaryAr } from './i18n/hoverAr';
import { schemaDescriptionAr } from './i18n/schemaAr';

/** The words completion shows besides the catalogue's, per language. */
const WORDS: Record<Locale, { standard: string; standardLabel: string; fileCode: string }> = {
  en: { standard: 'Standard terms', standardLabel: 'standard terms', fileCode: 'File-level finding' },
  ar: { standard: 'الصيغة القياسية', standardLabel: 'الصيغة القياسية', fileCode: 'ملاحظة على مستوى الملف' },
};

const clauseTitle = (c: Clause, locale: Locale) => (locale === 'ar' ? clauseTitleAr(c) : c.title);
const paramSummary = (c: Clause, p: ParamDef, locale: Locale) => (locale === 'ar' ? paramSummaryAr(c, p) : p.summary);
/** A schema description in the user's language. */
const described = (s: Record<string, unknown>, locale: Locale) => {
  const english = String(s.description ?? '');
  return locale === 'ar' && english ? (schemaDescriptionAr(english) ?? english) : english;
};

/**
 * Completion from the text around the cursor (indentation), so it works while the YAML is half-typed:
 * keys valid at the cursor that are not there yet, enum and boolean values, and clause snippets.
 */

const SNIPPETS = snippets as Record<string, SnippetEntry>;

interface KeyContext {
  /** Path of the mapping the cursor is in (by indentation). */
  path: string[];
  indent: number;
  /** Keys already present in that mapping. */
  siblings: Set<string>;
}

const KEY_LINE = /^(\s*)(?:- )?([^\s:#][^:#]*?):(?:\s|$)/;

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/** The mapping path at `line` for a key written at column `indent`, found by walking up to less indented keys. */
function pathAbove(lines: string[], line: number, indent: number): string[] {
  const path: string[] = [];
  let want = indent;
  for (let i = line - 1; i >= 0 && want > 0; i--) {
    const text = lines[i];
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    const ind = indentOf(text);
    if (ind >= want) continue;
    const m = KEY_LINE.exec(text);
    if (m) path.unshift(m[2].trim());
    want = ind;
  }
  return path;
}

function siblingsAt(lines: string[], line: number, indent: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const text = lines[i];
      if (!text.trim() || text.trimStart().startsWith('#')) continue;
      const ind = indentOf(text);
      if (ind < indent) return;
      if (ind === indent) {
        const m = KEY_LINE.exec(text);
        if (m) keys.add(m[2].trim());
      }
    }
  };
  scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}

function keyContext(lines: string[], line: number, indent: number): KeyContext {
  return { path: pathAbove(lines, line, indent), indent, siblings: siblingsAt(lines, line, indent) };
}

function clauseAt(path: string[]): Clause | undefined {
  if (path[0] === 'scope') return CLAUSE_BY_ID.get('scope.services');
  return path.length >= 2 ? CLAUSE_BY_ID.get(`${path[0]}.${path[1]}`) : undefined;
}

/** Parameters of the mapping at `path` inside a clause (nested objects included). */
function paramsAt(path: string[]): { clause: Clause; params: readonly ParamDef[] } | undefined {
  const clause = clauseAt(path);
  if (!clause) return undefined;
  let params = clause.params;
  for (const key of path.slice(clause.path.length)) {
    const p = params.find((q) => q.key === key);
    if (!p || (p.type.kind !== 'object' && p.type.kind !== 'object-list')) return undefined;
    params = p.type.params;
  }
  return { clause, params };
}

function valueChoices(type: ParamType): string[] {
  if (type.kind === 'bool') return ['true', 'false'];
  if (type.kind === 'enum') return [...type.values];
  if (type.kind === 'int-or-indefinite') return ['indefinite'];
  if (type.kind === 'list' && type.item.kind === 'enum') return [...type.item.values];
  return [];
}

function snippetItem(entry: SnippetEntry, indent: string, range: Range, label: string, source: string, locale: Locale, description = entry.description): CompletionItem {
  const clause = CLAUSE_BY_ID.get(entry.clause);
  return {
    label,
    kind: CompletionItemKind.Snippet,
    detail: `${source}: ${description}`,
    documentation: clause ? { kind: MarkupKind.Markdown, value: clauseMarkdown(clause, locale) } : undefined,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText: entry.body.map((l, i) => (i === 0 ? l : indent + l)).join('\n') },
    filterText: label,
    sortText: `1${label}`,
  };
}

function schemaKeys(schema: Record<string, unknown>, path: string[]): Record<string, Record<string, unknown>> {
  let s: Record<string, unknown> | undefined = schema;
  for (const key of path) {
    if (!s) return {};
    if (/^\d+$/.test(key) && s.items) s = s.items as Record<string, unknown>;
    else s = (s.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  }
  if (s && s.type === 'array' && s.items) s = s.items as Record<string, unknown>;
  return ((s?.properties as Record<string, Record<string, unknown>>) ?? {}) as Record<string, Record<string, unknown>>;
}

/** Keys of a policy's `thresholds:` (parameters that have a baseline) or `rules:` (clause ids and file codes). */
function policyKeyItems(section: 'thresholds' | 'rules', range: Range, locale: Locale): CompletionItem[] {
  if (section === 'rules') {
    return [...CLAUSES.map((c) => [c.id, clauseTitle(c, locale)] as const), ...FILE_CODES.map((c) => [c, WORDS[locale].fileCode] as const)].map(([code, title]) => ({
      label: code,
      kind: CompletionItemKind.Property,
      detail: title,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${code}: \${1|error,warning,info,off|}` },
      sortText: `0${code}`,
    }));
  }
  return [...PARAM_KEYS.entries()]
    .filter(([, ref]) => ref.param.baseline?.length)
    .map(([key, ref]) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: paramSummary(ref.clause, ref.param, locale),
      documentation: { kind: MarkupKind.Markdown, value: paramMarkdown(ref.clause, ref.param, locale) },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${key}: {value: $1}` },
      sortText: `0${key}`,
    }));
}

/** A team library entry as a snippet item labelled with its library (`notification (Acme legal: 12-hour notice)`). */
function libraryItem(s: LibrarySnippet, indent: string, range: Range, label: string, locale: Locale, wrap?: string): CompletionItem {
  const body = wrap ? [`${wrap}:`, ...s.body.map((l) => '  ' + l)] : s.body;
  const item = snippetItem({ prefix: label, description: s.description, clause: s.clause, body }, indent, range, label, s.library, locale);
  return { ...item, sortText: `2${label}` };
}

function keyItems(kind: FileKind, ctx: KeyContext, range: Range, library: readonly LibrarySnippet[], locale: Locale): CompletionItem[] {
  const words = WORDS[locale];
  /** The built-in snippet's description: the clause title in the user's language. */
  const standard = (c: Clause) => (locale === 'ar' ? clauseTitleAr(c) : undefined);
  const items: CompletionItem[] = [];
  const indent = ' '.repeat(ctx.indent);
  const key = (label: string, detail: string, doc?: string, type?: ParamType): CompletionItem => {
    const block = type && (type.kind === 'object' || type.kind === 'object-list');
    return {
      label,
      kind: CompletionItemKind.Property,
      detail,
      documentation: doc ? { kind: MarkupKind.Markdown, value: doc } : undefined,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: block ? `${label}:\n${indent}  $0` : `${label}: $0` },
      sortText: `0${label}`,
    };
  };
  if (kind === 'policy' && ctx.path.length === 1 && (ctx.path[0] === 'thresholds' || ctx.path[0] === 'rules')) {
    // Team policy: `clause.param` keys under thresholds (with the catalogue's words), finding codes under rules.
    for (const item of policyKeyItems(ctx.path[0], range, locale)) if (!ctx.siblings.has(String(item.label))) items.push(item);
    return items;
  }
  if (kind !== 'appendix' || ctx.path[0] === 'appendix' || ctx.path[0] === 'exceptions') {
    for (const [name, s] of Object.entries(schemaKeys(SCHEMAS[kind], ctx.path))) {
      if (!ctx.siblings.has(name)) items.push(key(name, described(s, locale), undefined));
    }
    return items;
  }
  if (ctx.path.length === 0) {
    for (const [name, s] of Object.entries(schemaKeys(SCHEMAS.appendix, []))) {
      if (!ctx.siblings.has(name)) items.push(key(name, described(s, locale)));
    }
    // A snippet per clause whose section is absent: section and clause in one go.
    for (const c of CLAUSES) {
      if (c.path.length < 2 || ctx.siblings.has(c.path[0])) continue;
      const entry = SNIPPETS[c.id];
      if (!entry) continue;
      items.push(snippetItem({ ...entry, body: [`${c.path[0]}:`, ...entry.body.map((l) => '  ' + l)] }, indent, range, c.id, words.standard, locale, standard(c)));
    }
    for (const s of library) {
      const c = CLAUSE_BY_ID.get(s.clause);
      if (!c || ctx.siblings.has(c.path[0])) continue;
      items.push(libraryItem(s, indent, range, `${c.id} (${s.library}: ${s.name})`, locale, c.path[0]));
    }
    return items;
  }
  const inSection = CLAUSES.filter((c) => c.path.length === 2 && c.path[0] === ctx.path[0]);
  if (ctx.path.length === 1 && inSection.length) {
    for (const c of inSection) {
      if (ctx.siblings.has(c.path[1])) continue;
      items.push(key(c.path[1], clauseTitle(c, locale), clauseMarkdown(c, locale)));
      const entry = SNIPPETS[c.id];
      if (entry) items.push(snippetItem(entry, indent, range, `${c.path[1]} (${words.standardLabel})`, words.standard, locale, standard(c)));
      for (const s of library) if (s.clause === c.id) items.push(libraryItem(s, indent, range, `${c.path[1]} (${s.library}: ${s.name})`, locale));
    }
    return items;
  }
  const found = paramsAt(ctx.path);
  if (found) {
    for (const p of found.params) {
      if (!ctx.siblings.has(p.key)) items.push(key(p.key, paramSummary(found.clause, p, locale), paramMarkdown(found.clause, p, locale), p.type));
    }
  }
  return items;
}

function valueItems(kind: FileKind, path: string[], typed: Range, inList: boolean): CompletionItem[] {
  let choices: string[] = [];
  if (kind === 'appendix' && path[0] !== 'appendix' && path[0] !== 'exceptions' && path[0] !== 'profile') {
    const parent = paramsAt(path.slice(0, -1));
    const p = parent?.params.find((q) => q.key === path[path.length - 1]);
    if (p) choices = valueChoices(p.type);
  } else {
    let s: Record<string, unknown> | undefined = SCHEMAS[kind];
    for (const key of path) s = (s?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
    const items = (s?.items as Record<string, unknown> | undefined) ?? s;
    if (Array.isArray(items?.enum)) choices = (items!.enum as unknown[]).map(String);
    else if (items?.type === 'boolean') choices = ['true', 'false'];
    if (inList === false && s?.type === 'array') choices = [];
  }
  return choices.map((v, i) => ({
    label: v,
    kind: CompletionItemKind.EnumMember,
    textEdit: { range: typed, newText: v },
    sortText: String(i).padStart(3, '0'),
  }));
}

/** The path of the key that owns a block list item written at column `dashIndent`, if the item is in one. */
function blockListPath(lines: string[], line: number, dashIndent: number): string[] | undefined {
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i];
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    const ind = indentOf(text);
    if (ind === dashIndent && text.trimStart().startsWith('- ')) continue; // an earlier item of the same list
    const m = /^(\s*)([^\s:#-][^:#]*?):\s*(#.*)?$/.exec(text);
    if (m && ind <= dashIndent) return [...pathAbove(lines, i, ind), m[2].trim()];
    return undefined;
  }
  return undefined;
}

/** Completion items at `position`. */
export function getCompletions(document: TextDocument, kind: FileKind, position: Position, library: readonly LibrarySnippet[] = [], locale: Locale = 'en'): CompletionItem[] {
  const text = document.getText();
  const lines = text.split(/\r?\n/);
  const line = lines[position.line] ?? '';
  const prefix = line.slice(0, position.character);
  if (/(^|\s)#/.test(prefix)) return []; // inside a comment

  // key position: `  acc|` or `  - acc|`
  const keyMatch = /^(\s*)(- )?([\w.+-]*)$/.exec(prefix);
  if (keyMatch) {
    const range: Range = { start: { line: position.line, character: position.character - keyMatch[3].length }, end: position };
    if (keyMatch[2]) {
      // `- |` under a list of values (`required_for:` then `- remote`): offer the values.
      const listPath = blockListPath(lines, position.line, keyMatch[1].length);
      const values = listPath ? valueItems(kind, listPath, range, true) : [];
      if (values.length) return values;
    }
    const indent = keyMatch[1].length + (keyMatch[2] ? 2 : 0);
    return keyItems(kind, keyContext(lines, position.line, indent), range, kind === 'appendix' ? library : [], locale);
  }
  // value position: `  key: val|` or `  key: [a, b|`
  const valueMatch = /^(\s*)(?:- )?([^\s:#][^:#]*?):\s*(\[(?:[^\]]*,)?\s*)?([\w.:+-]*)$/.exec(prefix);
  if (valueMatch) {
    const indent = valueMatch[1].length;
    const path = [...pathAbove(lines, position.line, indent), valueMatch[2].trim()];
    const range: Range = { start: { line: position.line, character: position.character - valueMatch[4].length }, end: position };
    return valueItems(kind, path, range, valueMatch[3] !== undefined);
  }
  return [];
}
