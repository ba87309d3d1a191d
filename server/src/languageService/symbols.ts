/**
 * The outline: document symbols by section and clause. For an appendix, each top-level section holds its clauses
 * (the clause title as detail), `scope` is the scope clause itself, and `exceptions` lists each exception by id with
 * the clause it covers. Evidence logs and policies list their top-level keys. Built from the parsed document, so
 * ranges are exact and nothing is shown for text that is not YAML.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { keyName } from './edits';
import type { FileKind } from './files';
import type { ParsedYaml } from './parse';
import { CLAUSE_BY_ID } from './rules/context';

const HEADER_DETAIL: Record<string, string> = {
  schema: 'format version',
  appendix: 'appendix header: ids, dates, parties',
  profile: 'check profiles',
  exceptions: 'approved deviations',
};

/** Offsets of a pair: from its key to the last non-blank character of its value. */
function pairRange(text: string, pair: Pair): { start: number; end: number; keyStart: number; keyEnd: number } | undefined {
  const key = pair.key as Node | null;
  if (!key?.range) return undefined;
  const value = pair.value as Node | null;
  let end = value?.range ? value.range[1] : key.range[1];
  while (end > key.range[1] && /\s/.test(text[end - 1])) end--;
  return { start: key.range[0], end: Math.max(end, key.range[1]), keyStart: key.range[0], keyEnd: key.range[1] };
}

function symbol(document: TextDocument, text: string, pair: Pair, kind: SymbolKind, detail: string | undefined, children?: DocumentSymbol[]): DocumentSymbol | undefined {
  const r = pairRange(text, pair);
  if (!r) return undefined;
  const name = keyName(pair) || '(empty key)';
  return {
    name,
    detail,
    kind,
    range: { start: document.positionAt(r.start), end: document.positionAt(r.end) },
    selectionRange: { start: document.positionAt(r.keyStart), end: document.positionAt(r.keyEnd) },
    ...(children ? { children } : {}),
  };
}

function scalarText(node: unknown): string | undefined {
  if (isScalar(node)) return node.value === null ? undefined : String(node.value);
  if (isSeq(node) && node.items.every((i) => isScalar(i))) return node.items.map((i) => String((i as { value: unknown }).value)).join(', ');
  return undefined;
}

function exceptionSymbols(document: TextDocument, text: string, node: unknown): DocumentSymbol[] {
  if (!isSeq(node)) return [];
  const out: DocumentSymbol[] = [];
  node.items.forEach((item, i) => {
    const n = item as Node | null;
    if (!n?.range) return;
    const fields = new Map<string, unknown>();
    if (isMap(n)) for (const p of n.items) if (isPair(p)) fields.set(keyName(p), isScalar(p.value) ? p.value.value : undefined);
    const id = fields.get('id');
    const clause = fields.get('clause');
    let end = n.range[1];
    while (end > n.range[0] && /\s/.test(text[end - 1])) end--;
    const range = { start: document.positionAt(n.range[0]), end: document.positionAt(end) };
    out.push({
      name: id !== undefined && id !== null ? String(id) : `exception ${i + 1}`,
      detail: typeof clause === 'string' ? clause : undefined,
      kind: SymbolKind.Key,
      range,
      selectionRange: range,
    });
  });
  return out;
}

export function getDocumentSymbols(document: TextDocument, parsed: ParsedYaml, kind: FileKind): DocumentSymbol[] {
  const root = parsed.doc?.contents;
  if (!isMap(root)) return [];
  const text = document.getText();
  const out: DocumentSymbol[] = [];
  for (const pair of root.items) {
    if (!isPair(pair)) continue;
    const name = keyName(pair);
    let s: DocumentSymbol | undefined;
    if (kind !== 'appendix') {
      s = symbol(document, text, pair, isSeq(pair.value) ? SymbolKind.Array : SymbolKind.Property, scalarText(pair.value));
    } else if (name === 'scope') {
      s = symbol(document, text, pair, SymbolKind.Namespace, CLAUSE_BY_ID.get('scope.services')?.title);
    } else if (name === 'exceptions') {
      s = symbol(document, text, pair, SymbolKind.Array, HEADER_DETAIL.exceptions, exceptionSymbols(document, text, pair.value));
    } else if (name in HEADER_DETAIL) {
      s = symbol(document, text, pair, SymbolKind.Property, name === 'appendix' ? HEADER_DETAIL.appendix : (scalarText(pair.value) ?? HEADER_DETAIL[name]));
    } else {
      const children: DocumentSymbol[] = [];
      const value = pair.value;
      if (isMap(value)) {
        for (const inner of value.items) {
          if (!isPair(inner)) continue;
          const clause = CLAUSE_BY_ID.get(`${name}.${keyName(inner)}`);
          const c = symbol(document, text, inner, clause ? SymbolKind.Object : SymbolKind.Field, clause ? `${clause.title} (ECC ${clause.ecc[0]})` : 'not a catalogue clause');
          if (c) children.push(c);
        }
      }
      const known = [...CLAUSE_BY_ID.values()].some((c) => c.path[0] === name);
      const clauses = children.filter((c) => c.kind === SymbolKind.Object).length;
      s = symbol(document, text, pair, known ? SymbolKind.Namespace : SymbolKind.Field, known ? `${clauses} clause${clauses === 1 ? '' : 's'}` : 'not a catalogue section', children);
    }
    if (s) out.push(s);
  }
  return out;
}
