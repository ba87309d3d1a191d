/**
 * Text edits that change a YAML document in place without touching anything else: comments, blank lines, quoting,
 * line endings (CRLF stays CRLF) and a byte order mark all survive, because every edit is an insertion or a small
 * replacement at offsets found in the parsed document, never a re-serialisation.
 *
 * Offsets are UTF-16 code units into the text, like the `yaml` library's ranges and `Finding.span`.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { yamlScalar } from './catalogue/snippetGen';

/** Replace `[start, end)` with `text`. `depth` orders insertions at one offset: the innermost structure first. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
  depth?: number;
  order?: number;
}

/** One key to write into a mapping: `lines` relative to the key (level 0 is the key's own line). */
export interface Entry {
  key: string;
  lines: Line[];
  /** The value as data, for writing the entry into a flow mapping (`{a: 1, key: value}`). */
  value: unknown;
  /** Sort key among entries inserted at one place (catalogue order). */
  order: number;
}

export interface Line {
  level: number;
  text: string;
}

// --- plain text -------------------------------------------------------------------------------------------------

/** The document's line ending, from its first line break (LF when it has none). */
export function eolOf(text: string): '\r\n' | '\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartOf(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n') i--;
  return i;
}

/** End of the line containing `offset`, before its CR/LF. */
export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

export function columnOf(text: string, offset: number): number {
  let col = offset - lineStartOf(text, offset);
  // A byte order mark is not indentation.
  if (lineStartOf(text, offset) === 0 && text.charCodeAt(0) === 0xfeff) col--;
  return col;
}

/** Sorts, drops overlapping edits (the later one loses) and joins insertions at one offset into one edit. */
export function mergeEdits(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        a.e.start - b.e.start ||
        // at one offset: insertions before a replacement that starts there
        Number(a.e.end > a.e.start) - Number(b.e.end > b.e.start) ||
        (b.e.depth ?? 0) - (a.e.depth ?? 0) ||
        (a.e.order ?? 0) - (b.e.order ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.e);
  const out: OffsetEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue; // overlaps: keep the first
    if (last && e.start === e.end && last.start === last.end && last.start === e.start) {
      out[out.length - 1] = { ...last, text: last.text + e.text };
      continue;
    }
    if (last && last.start === last.end && e.start === last.start && e.end > e.start) {
      // an insertion followed by a replacement at the same offset: one edit
      out[out.length - 1] = { start: e.start, end: e.end, text: last.text + e.text, depth: e.depth, order: e.order };
      continue;
    }
    out.push({ ...e });
  }
  return out.filter((e) => e.start !== e.end || e.text !== '');
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const merged = mergeEdits(edits);
  let out = '';
  let at = 0;
  for (const e of merged) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

export function toTextEdits(document: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return mergeEdits(edits).map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text }));
}

// --- minimal edits between two texts ----------------------------------------------------------------------------

/** Lines with their line breaks (the last one may have none). */
function splitKeep(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(at, i + 1));
      at = i + 1;
    }
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Myers' O(ND) diff of two line arrays: the runs of `a` replaced by runs of `b`, or undefined past `maxD`. */
function myers(a: readonly string[], b: readonly string[], maxD: number): { a0: number; a1: number; b0: number; b1: number }[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return undefined;
  // Walk back through the trace to recover the matched diagonals.
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      matches.push([x - 1, y - 1]);
      x--;
      y--;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    matches.push([x - 1, y - 1]);
    x--;
    y--;
  }
  matches.reverse();
  const hunks: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let ai = 0;
  let bi = 0;
  for (const [ma, mb] of [...matches, [n, m] as [number, number]]) {
    if (ma > ai || mb > bi) hunks.push({ a0: ai, a1: ma, b0: bi, b1: mb });
    ai = ma + 1;
    bi = mb + 1;
  }
  return hunks;
}

/**
 * The smallest edits (by lines, then trimmed to characters) that turn `before` into `after`. Used to hand a
 * multi-round "fix all" back as one set of edits that leaves every unchanged byte where it was.
 */
export function diffEdits(before: string, after: string): OffsetEdit[] {
  if (before === after) return [];
  const a = splitKeep(before);
  const b = splitKeep(after);
  const starts: number[] = [];
  let acc = 0;
  for (const l of a) {
    starts.push(acc);
    acc += l.length;
  }
  starts.push(acc);
  // Common head and tail first: the diff then only sees the changed middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const hunks = myers(am, bm, 4000) ?? [{ a0: 0, a1: am.length, b0: 0, b1: bm.length }];
  const edits: OffsetEdit[] = [];
  for (const h of hunks) {
    let start = starts[head + h.a0];
    let end = starts[head + h.a1];
    let text = bm.slice(h.b0, h.b1).join('');
    // Trim what the replaced lines and their replacement share, so a changed value is a changed value.
    const old = before.slice(start, end);
    let p = 0;
    while (p < old.length && p < text.length && old[p] === text[p]) p++;
    let s = 0;
    while (s < old.length - p && s < text.length - p && old[old.length - 1 - s] === text[text.length - 1 - s]) s++;
    start += p;
    end -= s;
    text = text.slice(p, text.length - s);
    edits.push({ start, end, text });
  }
  return edits;
}

// --- the YAML document ------------------------------------------------------------------------------------------

/** What an edit builder needs to know about the document. */
export interface EditContext {
  text: string;
  doc: Document;
  eol: string;
  /** The file's indentation step (two spaces unless the file uses another). */
  unit: string;
  /** Whether top-level sections are separated by a blank line. */
  sectionGap: boolean;
}

export function editContext(text: string, doc: Document): EditContext {
  return { text, doc, eol: eolOf(text), unit: indentUnit(text, doc), sectionGap: usesSectionGaps(text, doc) };
}

/** The most common step between a block mapping key and the keys of the block mapping under it; default 2. */
export function indentUnit(text: string, doc: Document): string {
  const counts = new Map<number, number>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 50 || !isMap(node) || node.flow) return;
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (isMap(value) && !value.flow && value.items.length && key?.range) {
        const first = value.items[0].key as Node | null;
        if (first?.range) {
          const step = columnOf(text, first.range[0]) - columnOf(text, key.range[0]);
          if (step > 0 && step <= 8) counts.set(step, (counts.get(step) ?? 0) + 1);
        }
      }
      visit(value, depth + 1);
    }
  };
  visit(doc.contents, 0);
  let best = 2;
  let bestCount = 0;
  for (const [step, n] of counts) if (n > bestCount || (n === bestCount && step < best)) [best, bestCount] = [step, n];
  return ' '.repeat(best);
}

/** Whether the file puts a blank line before its sections (comment lines above a section belong to it). */
function usesSectionGaps(text: string, doc: Document): boolean {
  const root = doc.contents;
  if (!isMap(root) || root.flow) return true;
  let gaps = 0;
  let tight = 0;
  for (const pair of root.items.slice(1)) {
    const key = pair.key as Node | null;
    const start = key?.range?.[0];
    if (start === undefined || HEADER_KEYS.has(keyName(pair))) continue;
    let lineStart = lineStartOf(text, start);
    let prev = '';
    while (lineStart > 0) {
      const prevStart = lineStartOf(text, lineStart - 1);
      prev = text.slice(prevStart, lineStart).trim();
      if (!prev.startsWith('#')) break;
      lineStart = prevStart;
    }
    if (prev === '') gaps++;
    else tight++;
  }
  return gaps >= tight;
}

const HEADER_KEYS = new Set(['schema', 'appendix', 'profile']);

/** The node at a path of keys and list indexes (strings or numbers), or undefined. */
export function nodeAt(doc: Document, path: readonly (string | number)[]): { node: Node | null; pair?: Pair } | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const p = (node as YAMLMap).items.find((it) => isPair(it) && keyName(it) === String(seg));
      if (!p) return undefined;
      pair = p;
      node = p.value;
    } else if (isSeq(node)) {
      const i = Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= node.items.length) return undefined;
      pair = undefined;
      node = node.items[i];
    } else {
      return undefined;
    }
  }
  return { node: (node ?? null) as Node | null, pair };
}

export function keyName(pair: Pair): string {
  const k = pair.key as Node | null;
  return isScalar(k) ? String(k.value) : k ? String(k) : '';
}

/** Offset just after the last character of `pair` that is not white space (its value's text, or its key). */
function pairContentEnd(text: string, pair: Pair): number {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  let end = value?.range ? value.range[1] : (key?.range?.[1] ?? 0);
  const floor = key?.range?.[1] ?? 0;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return Math.max(end, floor);
}

function nodeContentEnd(text: string, node: Node): number {
  let end = node.range ? node.range[1] : 0;
  const floor = node.range ? node.range[0] : 0;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The colon after a mapping key (the key may be quoted; the colon may follow spaces). */
function colonAfter(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === ':' ? i + 1 : keyEnd;
}

function renderLines(ctx: EditContext, lines: readonly Line[], indent: string): string {
  return lines.map((l) => ctx.eol + indent + ctx.unit.repeat(l.level) + l.text).join('');
}

/** A value in flow style: `[a, b]`, `{k: v}`, scalars as `yamlScalar` writes them. */
export function flowText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowText).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${flowText(x)}`).join(', ')}}`;
  return yamlScalar(v);
}

/** Block lines for `key: value` (lists in flow style, mappings as nested keys, lists of mappings as `- {..}`). */
export function entryLines(key: string, value: unknown): Line[] {
  if (Array.isArray(value) && value.some((x) => x && typeof x === 'object')) {
    return [{ level: 0, text: `${key}:` }, ...value.map((x) => ({ level: 1, text: `- ${flowText(x)}` }))];
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const lines: Line[] = [{ level: 0, text: `${key}:` }];
    for (const [k, x] of Object.entries(value)) for (const l of entryLines(k, x)) lines.push({ level: l.level + 1, text: l.text });
    return lines;
  }
  return [{ level: 0, text: `${key}: ${flowText(value)}` }];
}

/**
 * Edits that add `entries` to the mapping at `path` (after its last key, at its indentation; inside the braces of a
 * flow mapping; or as a new block under an empty `key:`). Undefined when the path holds something else.
 */
export function insertIntoMapping(ctx: EditContext, path: readonly (string | number)[], entries: readonly Entry[]): OffsetEdit[] | undefined {
  if (!entries.length) return [];
  const sorted = [...entries].sort((a, b) => a.order - b.order);
  const depth = path.length;
  if (!path.length) return insertTopLevel(ctx, sorted);
  const found = nodeAt(ctx.doc, path);
  if (!found) return undefined;
  const { node, pair } = found;
  const { text } = ctx;
  if (isMap(node) && !node.flow && node.items.length) {
    const first = node.items[0].key as Node | null;
    if (!first?.range) return undefined;
    const indent = ' '.repeat(columnOf(text, first.range[0]));
    const last = node.items[node.items.length - 1];
    const at = lineEndOf(text, pairContentEnd(text, last));
    return [{ start: at, end: at, text: sorted.map((e) => renderLines(ctx, e.lines, indent)).join(''), depth }];
  }
  if (isMap(node) && node.flow && node.items.length) {
    const last = node.items[node.items.length - 1];
    const at = pairContentEnd(text, last);
    return [{ start: at, end: at, text: sorted.map((e) => `, ${e.key}: ${flowText(e.value)}`).join(''), depth }];
  }
  const empty = ((isMap(node) || isSeq(node)) && node.items.length === 0) || node === null || (isScalar(node) && (node as Scalar).value === null);
  if (!empty || !pair) return undefined;
  // `key:`, `key: ~`, `key: null`, `key: {}` or `key: []`: write a block under the key, dropping the empty marker.
  const key = pair.key as Node | null;
  if (!key?.range) return undefined;
  const indent = ' '.repeat(columnOf(text, key.range[0])) + ctx.unit;
  const edits: OffsetEdit[] = [];
  const colon = colonAfter(text, key.range[1]);
  let lineAt = lineEndOf(text, colon);
  if (node?.range && node.range[1] > node.range[0]) {
    const valueEnd = nodeContentEnd(text, node);
    if (valueEnd > colon) {
      edits.push({ start: colon, end: valueEnd, text: '', depth });
      lineAt = lineEndOf(text, valueEnd);
    }
  }
  if (lineStartOf(text, key.range[0]) !== lineStartOf(text, lineAt)) return undefined; // a value on a later line
  edits.push({ start: lineAt, end: lineAt, text: sorted.map((e) => renderLines(ctx, e.lines, indent)).join(''), depth });
  return edits;
}

/** Top-level keys in the order the catalogue writes them; new sections go after their nearest predecessor. */
export const TOP_LEVEL_ORDER: readonly string[] = [
  'schema',
  'appendix',
  'profile',
  'scope',
  'risk',
  'compliance',
  'soc',
  'personnel',
  'access',
  'data',
  'subcontracting',
  'vuln',
  'testing',
  'logging',
  'monitoring',
  'incident',
  'resilience',
  'assurance',
  'reporting',
  'governance',
  'exit',
  'exceptions',
];

function insertTopLevel(ctx: EditContext, entries: readonly Entry[]): OffsetEdit[] | undefined {
  const root = ctx.doc.contents;
  if (!isMap(root) || root.flow) return undefined;
  const present = new Map<string, Pair>();
  for (const p of root.items) if (isPair(p)) present.set(keyName(p), p);
  const lastPair = root.items[root.items.length - 1];
  const edits: OffsetEdit[] = [];
  for (const e of entries) {
    const rank = TOP_LEVEL_ORDER.indexOf(e.key);
    let after: Pair | undefined;
    for (let i = rank - 1; i >= 0 && !after; i--) after = present.get(TOP_LEVEL_ORDER[i]);
    const anchor = after ?? lastPair;
    const at = anchor ? lineEndOf(ctx.text, pairContentEnd(ctx.text, anchor)) : ctx.text.length;
    // A blank line before the new section when the file separates its sections that way.
    const gap = ctx.sectionGap ? ctx.eol : '';
    edits.push({ start: at, end: at, text: gap + renderLines(ctx, e.lines, ''), depth: 0, order: e.order });
  }
  return edits;
}

/** Edits that append `items` to the list at `path` in its own style: `, x` in a flow list, `- x` lines in a block. */
export function appendToSequence(ctx: EditContext, path: readonly (string | number)[], items: readonly Line[][], values: readonly unknown[]): OffsetEdit[] | undefined {
  const found = nodeAt(ctx.doc, path);
  if (!found || !isSeq(found.node)) return undefined;
  const seq = found.node as YAMLSeq;
  const { text } = ctx;
  const depth = path.length + 1;
  if (seq.flow) {
    if (!seq.items.length) {
      const open = seq.range ? text.indexOf('[', seq.range[0]) : -1;
      if (open < 0) return undefined;
      return [{ start: open + 1, end: open + 1, text: values.map(flowText).join(', '), depth }];
    }
    const last = seq.items[seq.items.length - 1] as Node | null;
    if (!last?.range) return undefined;
    const at = nodeContentEnd(text, last);
    return [{ start: at, end: at, text: values.map((v) => ', ' + flowText(v)).join(''), depth }];
  }
  const last = seq.items[seq.items.length - 1] as Node | null;
  if (!last?.range) return undefined;
  // The dash of the last item, and the column its content starts at.
  let dash = last.range[0] - 1;
  while (dash > 0 && text[dash] !== '-' && text[dash] !== '\n') dash--;
  if (text[dash] !== '-') return undefined;
  const dashIndent = ' '.repeat(columnOf(text, dash));
  const contentIndent = ' '.repeat(Math.max(columnOf(text, last.range[0]), columnOf(text, dash) + 2));
  const at = lineEndOf(text, nodeContentEnd(text, last));
  // Level 0 of an item is its first line (after the dash) and the keys aligned with it.
  const body = items.map((lines) => lines.map((l, i) => ctx.eol + (i === 0 ? dashIndent + '- ' : contentIndent + ctx.unit.repeat(l.level)) + l.text).join('')).join('');
  return [{ start: at, end: at, text: body, depth }];
}

/** `value` written as a scalar in the style of `node` (plain, 'single' or "double" quotes for text). */
export function scalarLike(node: Node | null | undefined, value: unknown): string {
  if (typeof value !== 'string') return flowText(value);
  const type = isScalar(node) ? (node as Scalar).type : undefined;
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  return yamlScalar(value);
}

/** Replaces the scalar at `path` with `value` in the same style; undefined when the node is not a scalar. */
export function replaceScalar(ctx: EditContext, path: readonly (string | number)[], value: unknown): OffsetEdit[] | undefined {
  const found = nodeAt(ctx.doc, path);
  const node = found?.node;
  if (!node || !isScalar(node) || !node.range) return undefined;
  const end = nodeContentEnd(ctx.text, node);
  return [{ start: node.range[0], end, text: scalarLike(node, value), depth: path.length }];
}

/** Replaces whatever value sits at `path` (a list, usually) with `value` written in that node's style. */
export function replaceValue(ctx: EditContext, path: readonly (string | number)[], value: unknown): OffsetEdit[] | undefined {
  const found = nodeAt(ctx.doc, path);
  const node = found?.node;
  if (!node?.range) return undefined;
  if (isScalar(node)) return replaceScalar(ctx, path, value);
  if (isSeq(node) && Array.isArray(value)) {
    const end = nodeContentEnd(ctx.text, node);
    if (node.flow) return [{ start: node.range[0], end, text: flowText(value), depth: path.length }];
    // Block list: same dash column, one item per line.
    const dashIndent = ' '.repeat(columnOf(ctx.text, node.range[0]));
    const text = value.map((v, i) => (i === 0 ? '' : ctx.eol + dashIndent) + '- ' + flowText(v)).join('');
    return value.length ? [{ start: node.range[0], end, text, depth: path.length }] : undefined;
  }
  return undefined;
}
