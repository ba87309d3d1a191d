import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Finding, Span } from './findings';

/**
 * Where a value sits in the text. `key` is the span of its mapping key (absent for list items and the root);
 * `value` the span of the value as written (for an empty value, the key's span).
 */
export interface Loc {
  key?: Span;
  value: Span;
}

/**
 * The document as plain data plus the location of every value, keyed by JSON Pointer (the same strings ajv
 * reports as `instancePath`). Parsing never throws: problems come back as findings.
 */
export interface ParsedYaml {
  text: string;
  /** Plain JS value of the first document (objects have no prototype surprises: `__proto__` is a plain key). */
  value: unknown;
  locs: Map<string, Loc>;
  /** yaml-syntax and duplicate-key findings, and limits hit while reading. */
  problems: Finding[];
  /** True when the text is not valid YAML: other checks are skipped (they would only add noise). */
  broken: boolean;
  /** Pointer of every mapping that has key order (for code actions inserting after the last key). */
  doc: Document | undefined;
}

/** Limits that keep a hostile file from exhausting the server (documented in docs/format.md). */
export const LIMITS = {
  /** Nodes produced by expanding aliases, across the document. */
  maxAliasNodes: 10_000,
  /** Nesting depth of mappings and lists. */
  maxDepth: 100,
};

export function pointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function splitPointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function fileFinding(code: string, message: string, span: Span): Finding {
  return { code, severity: 'error', message, span, ecc: [], basis: null };
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, not assignment: a key `__proto__` must stay data, never change the object's prototype.
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

class Reader {
  readonly locs = new Map<string, Loc>();
  readonly problems: Finding[] = [];
  private aliasNodes = 0;
  private aborted = false;

  constructor(private readonly doc: Document) {}

  read(node: unknown, path: (string | number)[], key: Span | undefined, depth: number, viaAlias: boolean): unknown {
    if (this.aborted) return undefined;
    if (depth > LIMITS.maxDepth) {
      this.abort(`Nesting is deeper than ${LIMITS.maxDepth} levels; an appendix needs at most a handful.`, this.spanOf(node, key));
      return undefined;
    }
    if (viaAlias && ++this.aliasNodes > LIMITS.maxAliasNodes) {
      this.abort(
        `Aliases expand to more than ${LIMITS.maxAliasNodes} values (an alias bomb?); the file was not checked further.`,
        this.spanOf(node, key),
      );
      return undefined;
    }
    const ptr = pointer(path);
    if (!viaAlias || !this.locs.has(ptr)) this.locs.set(ptr, { key, value: this.spanOf(node, key) });

    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) return null;
      const value = this.read(target, path, key, depth + 1, true);
      // Point at the alias where the user wrote it, not at the anchor.
      this.locs.set(ptr, { key, value: this.spanOf(node, key) });
      return value;
    }
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      const seen = new Map<string, Span>();
      const merges: unknown[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keySpan = this.spanOf(keyNode, undefined);
        const name = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
        if (name === '<<' && isScalar(keyNode) && keyNode.source === '<<') {
          merges.push(pair.value);
          continue;
        }
        const first = seen.get(name);
        if (first) {
          this.problems.push({
            code: 'duplicate-key',
            severity: 'error',
            message: `\`${name}\` is stated twice in this mapping; the first one (line ${this.lineOf(first.start) + 1}) is used and this one is ignored.`,
            span: keySpan,
            ecc: [],
            basis: null,
          });
          continue;
        }
        seen.set(name, keySpan);
        setOwn(obj, name, this.read(pair.value, [...path, name], keySpan, depth + 1, viaAlias));
      }
      // Merge keys (`<<: *base`): explicit keys win, earlier merge sources win over later ones.
      for (const source of merges) {
        const sources = isSeq(source) ? source.items : [source];
        for (const s of sources) {
          const target = isAlias(s) ? s.resolve(this.doc) : s;
          if (!isMap(target)) continue;
          const merged = this.read(target, path.concat('\u0000merge'), undefined, depth + 1, true);
          if (merged && typeof merged === 'object') {
            for (const [k, v] of Object.entries(merged)) {
              if (!Object.prototype.hasOwnProperty.call(obj, k)) {
                setOwn(obj, k, v);
                const from = this.locs.get(pointer([...path, '\u0000merge', k]));
                if (from) this.locs.set(pointer([...path, k]), from);
              }
            }
          }
        }
      }
      return obj;
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => this.read(item, [...path, i], undefined, depth + 1, viaAlias));
    }
    return null; // empty value (`key:` with nothing after it)
  }

  private abort(message: string, span: Span): void {
    this.aborted = true;
    this.problems.push(fileFinding('yaml-syntax', message, span));
  }

  get wasAborted(): boolean {
    return this.aborted;
  }

  lineStarts: number[] = [0];
  private lineOf(offset: number): number {
    return lineOfOffset(offset, this.lineStarts);
  }

  spanOf(node: unknown, fallback: Span | undefined): Span {
    const range = (node as Node | null)?.range;
    if (range) return { start: range[0], end: range[1] };
    return fallback ?? { start: 0, end: 0 };
  }
}

function lineOfOffset(offset: number, starts: number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Parses YAML 1.2 (core schema: `yes`/`no` are strings, dates are strings) into located plain data. */
export function parseYaml(text: string): ParsedYaml {
  const problems: Finding[] = [];
  let docs: Document[];
  try {
    const all = parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: false, keepSourceTokens: false, prettyErrors: false });
    docs = Array.isArray(all) ? (all as Document[]) : [];
  } catch (e) {
    problems.push(fileFinding('yaml-syntax', `The file could not be read as YAML (${(e as Error).message}).`, { start: 0, end: 0 }));
    return { text, value: undefined, locs: new Map(), problems, broken: true, doc: undefined };
  }
  const doc = docs[0];
  if (!doc) return { text, value: null, locs: new Map(), problems, broken: false, doc: undefined };

  let broken = false;
  for (const d of docs) {
    for (const err of d.errors) {
      broken = true;
      problems.push(fileFinding('yaml-syntax', yamlMessage(err.message), { start: err.pos[0], end: Math.max(err.pos[1], err.pos[0]) }));
    }
  }
  if (docs.length > 1) {
    const second = docs[1];
    const start = second.range?.[0] ?? 0;
    problems.push(
      fileFinding(
        'yaml-syntax',
        `This file holds ${docs.length} YAML documents; an appendix is one document, so only the first is checked.`,
        { start, end: Math.min(text.length, start + 3) },
      ),
    );
  }
  if (broken) return { text, value: undefined, locs: new Map(), problems, broken, doc };

  const reader = new Reader(doc);
  reader.lineStarts = computeLineStarts(text);
  const value = reader.read(doc.contents, [], undefined, 0, false);
  problems.push(...reader.problems);
  return { text, value: reader.wasAborted ? undefined : value, locs: reader.locs, problems, broken: reader.wasAborted, doc };
}

/** The yaml library's messages name its internals; keep the first sentence and drop code excerpts. */
function yamlMessage(raw: string): string {
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax: ${first.endsWith('.') ? first : first + '.'}`;
}

/** What the cursor is on: the path of the mapping key (or value) that contains `offset`. */
export interface NodeAt {
  path: string[];
  /** true on the key itself, false inside its value */
  onKey: boolean;
  keySpan?: Span;
}

/** Finds the innermost mapping key or value containing `offset` (list items add their index to the path). */
export function nodeAtOffset(doc: Document | undefined, offset: number): NodeAt | undefined {
  if (!doc) return undefined;
  let node: unknown = doc.contents;
  const path: string[] = [];
  let result: NodeAt | undefined;
  for (let depth = 0; depth < LIMITS.maxDepth && node; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = (p.key as Node | null)?.range;
        const v = (p.value as Node | null)?.range;
        return (k && offset >= k[0] && offset <= k[1]) || (v && offset >= v[0] && offset <= v[1]);
      });
      if (!pair) return result;
      const key = pair.key as Node | null;
      const name = isScalar(key) ? String(key.value) : String(key);
      path.push(name);
      const kr = key?.range;
      if (kr && offset >= kr[0] && offset <= kr[1]) return { path, onKey: true, keySpan: { start: kr[0], end: kr[1] } };
      result = { path: [...path], onKey: false, keySpan: kr ? { start: kr[0], end: kr[1] } : undefined };
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((it) => {
        const r = (it as Node | null)?.range;
        return r && offset >= r[0] && offset <= r[1];
      });
      if (i < 0) return result;
      path.push(String(i));
      result = { path: [...path], onKey: false, keySpan: result?.keySpan };
      node = node.items[i];
    } else {
      return result;
    }
  }
  return result;
}
