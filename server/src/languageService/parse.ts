import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, type Document, type Node, type Pair, type Range } from 'yaml';
import type { Finding, Span } from './findings';
import { lineEnd, safeEnd, utf8Length } from './text';
import { ref, type MessageId, type MessageParams } from './i18n/messages';

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

/**
 * Limits that keep a hostile or mistaken file from exhausting the server (docs/robustness.md). The largest
 * realistic appendix is about 10,000 lines, 6 levels deep, with a few aliases; these leave ample room above it.
 */
export const LIMITS = {
  /** File size in UTF-8 bytes; larger files get one finding and are not parsed (the CLI refuses to read them). */
  maxFileBytes: 5 * 1024 * 1024,
  /** Lines; the YAML parser needs about 10 microseconds per line, so this bounds the time of one check. */
  maxLines: 50_000,
  /** Characters (UTF-16 code units) on one line. */
  maxLineChars: 20_000,
  /** Entries of lists and mappings written inline (`[a, b]`, `{a: 1}`), across the file. */
  maxFlowEntries: 100_000,
  /** Nesting depth of mappings and lists (checked before parsing and again while reading). */
  maxDepth: 100,
  /** Values produced by expanding aliases and merge keys, across the document. */
  maxAliasNodes: 100_000,
  /** YAML syntax findings listed one by one; the rest are summed up in one more finding. */
  maxSyntaxFindings: 20,
};

export function pointer(path: readonly (string | number)[]): string {
  return path.map(pointerSegment).join('');
}

/** `/name` with `~` and `/` escaped as JSON Pointer requires. */
function pointerSegment(p: string | number): string {
  const s = String(p);
  return '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
}

export function splitPointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A file-level error, worded in English now and kept as a catalogue reference (the parse is cached across
 * languages; engine.ts words it again in the user's language). */
function fileFinding<K extends MessageId>(code: string, id: K, params: MessageParams<K>, span: Span): Finding {
  return { code, severity: 'error', ...ref(id, params), span, ecc: [], basis: null };
}

/** Span of line 0 (at most 200 characters of it), where file-level findings sit. */
function firstLine(text: string): Span {
  return { start: 0, end: safeEnd(text, Math.min(lineEnd(text, 0), 200)) };
}

function depthFinding(span: Span): Finding {
  return fileFinding('yaml-syntax', 'yaml.too-deep', { limit: LIMITS.maxDepth }, span);
}

/**
 * The checks that need no parsing: size and binary content. The engine runs them before anything else, so an
 * oversized or binary file gets exactly one finding, whatever its header says.
 */
export function limitFinding(text: string): Finding | undefined {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: only count when the answer is not obvious.
  const bytes = text.length * 3 <= LIMITS.maxFileBytes ? 0 : utf8Length(text);
  if (bytes > LIMITS.maxFileBytes) {
    // Rounded up, so a file just over the limit never reads as "5 MB; files over 5 MB ...".
    const mb = (n: number) => String(Math.ceil((n / 1048576) * 10) / 10);
    return fileFinding('yaml-syntax', 'yaml.too-big', { size: mb(bytes), limit: mb(LIMITS.maxFileBytes) }, firstLine(text));
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < nul; i = text.indexOf('\n', i + 1)) line++;
    return fileFinding('yaml-syntax', 'yaml.binary', { line: line + 1 }, firstLine(text));
  }
  return undefined;
}

const SP = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;

/**
 * One pass over the text before the YAML parser sees it: size, binary content, line count and length, inline
 * entries and nesting depth. The parser recurses once per nesting level and needs time and memory per node, so
 * thousands of nested brackets or millions of entries could stall or kill the process; here they cost one
 * linear scan and give one finding. The depth estimate follows block indentation (`- ` / `? ` / `: ` indicators
 * count as a level each) plus open flow brackets outside quotes and comments; block scalars are skipped.
 */
export function preScan(text: string): Finding | undefined {
  const quick = limitFinding(text);
  if (quick) return quick;
  // A CR not followed by LF (old Mac line ends): the YAML parser does not take it for a line break, so such a file
  // would read as one long line and give a flood of misleading findings. One clear finding instead.
  if (/\r(?!\n)/.test(text)) return fileFinding('yaml-syntax', 'yaml.bare-cr', {}, firstLine(text));
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let flowEntries = 0;
  let quote = 0; // 0, or the char code of the open quote
  let prevSig = 0; // last significant character in flow context (for "does a scalar start here?")
  let inBlockScalar = false;
  let blockParent = -1; // inside a block scalar: lines indented more than this column are its text
  let line = 0;
  for (let s = 0; s <= n; line++) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    if (line >= LIMITS.maxLines) {
      return fileFinding('yaml-syntax', 'yaml.too-many-lines', { limit: LIMITS.maxLines }, firstLine(text));
    }
    const len = (e > s && text.charCodeAt(e - 1) === CR ? e - 1 : e) - s;
    if (len > LIMITS.maxLineChars) {
      return fileFinding('yaml-syntax', 'yaml.line-too-long', { line: line + 1, length: len, limit: LIMITS.maxLineChars }, { start: s, end: safeEnd(text, s + 200) });
    }
    let j = s;
    let valueStart = -1; // offset where a block value may begin (content start, after indicators)
    if (quote === 0 && flow === 0) {
      while (j < e && text.charCodeAt(j) === SP) j++;
      const col = j - s;
      const c = j < e ? text.charCodeAt(j) : CR;
      if (c === CR || c === HASH) {
        s = e + 1;
        continue; // blank or comment line
      }
      const marker = col === 0 && (text.startsWith('---', j) || text.startsWith('...', j)) && (j + 3 >= e || isBlank(text.charCodeAt(j + 3)));
      if (inBlockScalar) {
        if (col > blockParent && !marker) {
          s = e + 1;
          continue; // text of a block scalar
        }
        inBlockScalar = false;
      }
      if (marker) {
        indents.length = 0; // a new document
        j += 3;
        while (j < e && isBlank(text.charCodeAt(j))) j++;
      } else if (col === 0 && c === 37 /* % */) {
        s = e + 1;
        continue; // directive
      }
      const at = j - s;
      while (indents.length && indents[indents.length - 1] > at) indents.pop();
      if (!indents.length || indents[indents.length - 1] < at) indents.push(at);
      // `- `, `? ` and `: ` open a nested node on the same line (`- - - x` is three levels).
      for (;;) {
        const ch = text.charCodeAt(j);
        if (j >= e || !(ch === 45 || ch === 63 || ch === 58) || !(j + 1 >= e || isBlank(text.charCodeAt(j + 1)))) break;
        const indicator = j++;
        while (j < e && isBlank(text.charCodeAt(j))) j++;
        if (j < e && text.charCodeAt(j) !== HASH && text.charCodeAt(j) !== CR && indents[indents.length - 1] < j - s) indents.push(j - s);
        if (indents.length > LIMITS.maxDepth + 1) return depthFinding({ start: indicator, end: indicator + 1 });
      }
      if (indents.length > LIMITS.maxDepth + 1) return depthFinding({ start: j, end: safeEnd(text, Math.min(j + 1, e)) });
      valueStart = j;
    }
    for (let k = j; k < e; k++) {
      const ch = text.charCodeAt(k);
      if (quote === 39) {
        if (ch === 39) {
          if (text.charCodeAt(k + 1) === 39) k++;
          else quote = 0;
        }
        continue;
      }
      if (quote === 34) {
        if (ch === 92) k++;
        else if (ch === 34) quote = 0;
        continue;
      }
      if (isBlank(ch)) continue;
      if (ch === HASH && (k === s || isBlank(text.charCodeAt(k - 1)))) break; // comment
      if (flow > 0) {
        if (ch === 91 || ch === 123) {
          flow++;
          if (indents.length + flow > LIMITS.maxDepth + 1) return depthFinding({ start: k, end: k + 1 });
        } else if (ch === 93 || ch === 125) flow--;
        else if (ch === 44 && ++flowEntries > LIMITS.maxFlowEntries) {
          return fileFinding('yaml-syntax', 'yaml.flow-entries', { limit: LIMITS.maxFlowEntries }, { start: k, end: k + 1 });
        } else if ((ch === 39 || ch === 34) && (prevSig === 91 || prevSig === 123 || prevSig === 44 || prevSig === 58 || prevSig === 63)) quote = ch;
        prevSig = ch;
        continue;
      }
      // Block context: only a value's first character can open a flow collection, a quote or a block scalar.
      const starts = k === valueStart || (valueStart >= 0 && afterColon(text, k, valueStart));
      if (!starts) continue;
      if (ch === 91 || ch === 123) {
        flow = 1;
        prevSig = ch;
        if (indents.length + flow > LIMITS.maxDepth + 1) return depthFinding({ start: k, end: k + 1 });
      } else if (ch === 39 || ch === 34) quote = ch;
      else if (ch === 124 || ch === 62) {
        // Its text is indented more than the node that holds it: the nearest level left of the indicator.
        let b = indents.length - 1;
        while (b >= 0 && indents[b] >= k - s) b--;
        blockParent = b >= 0 ? indents[b] : -1;
        inBlockScalar = true;
        break;
      }
    }
    if (flow < 0) flow = 0;
    if (e >= n) break;
    s = e + 1;
  }
  return undefined;
}

function isBlank(c: number): boolean {
  return c === SP || c === TAB || c === CR;
}

/** Is `k` the first character after `key: ` on this line (the value of a block mapping entry)? */
function afterColon(text: string, k: number, from: number): boolean {
  let i = k - 1;
  if (i < from || !isBlank(text.charCodeAt(i))) return false;
  while (i > from && isBlank(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 58 && i >= from;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, not assignment, for `__proto__`: it must stay data, never change the object's prototype.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

class Reader {
  readonly locs = new Map<string, Loc>();
  readonly problems: Finding[] = [];
  private aliasNodes = 0;
  private aborted = false;
  /** Collections being read (the path from the root): an alias to one of them is a loop. */
  private readonly open = new Set<unknown>();
  private starts: number[] | undefined;
  /** No anchor, alias, explicit tag or merge key was read: sections of the document are independent. */
  simple = true;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
  ) {}

  /**
   * Reads `node` at the JSON Pointer `ptr`. `viaAlias` is true inside a value reached through an alias or merge key: such values
   * count against the alias limit, never overwrite a location already set (a value is located where it is
   * written in the user's mapping) and do not report duplicate keys again (they were reported at the anchor).
   */
  read(node: unknown, ptr: string, key: Span | undefined, depth: number, viaAlias: boolean): unknown {
    if (this.aborted) return undefined;
    if (depth > LIMITS.maxDepth) {
      this.abort(depthFinding(this.spanOf(node, key)));
      return undefined;
    }
    if (viaAlias && ++this.aliasNodes > LIMITS.maxAliasNodes) {
      this.abort(fileFinding('yaml-syntax', 'yaml.alias-bomb', { limit: LIMITS.maxAliasNodes }, this.spanOf(node, key)));
      return undefined;
    }
    if (!viaAlias || !this.locs.has(ptr)) this.locs.set(ptr, { key, value: this.spanOf(node, key) });
    if (this.simple && node && (isAlias(node) || (node as Node).anchor || (node as Node).tag)) this.simple = false;

    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) return null;
      if (this.open.has(target)) {
        this.abort(fileFinding('yaml-syntax', 'yaml.alias-loop', {}, this.spanOf(node, key)));
        return undefined;
      }
      return this.read(target, ptr, key, depth + 1, true);
    }
    if (isScalar(node)) {
      const v = node.value;
      // Plain data only: a custom tag could leave another kind of value; keep the text as written.
      return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(node.source ?? '');
    }
    if (isMap(node)) {
      this.open.add(node);
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
          this.simple = false;
          continue;
        }
        const first = seen.get(name);
        if (first) {
          // Reported on the later key (format.md section 5); the first one stands.
          if (!viaAlias) {
            this.problems.push(fileFinding('duplicate-key', 'duplicate-key', { name, line: this.lineOf(first.start) + 1 }, keySpan));
          }
          continue;
        }
        seen.set(name, keySpan);
        setOwn(obj, name, this.read(pair.value, ptr + pointerSegment(name), keySpan, depth + 1, viaAlias));
      }
      // Merge keys (`<<: *base`): explicit keys win, earlier merge sources win over later ones. A merged value is
      // located at its anchor (where its text is written), read at this path so its children are located too.
      for (const source of merges) {
        const sources = isSeq(source) ? source.items : [source];
        for (const s of sources) {
          const target = isAlias(s) ? s.resolve(this.doc) : s;
          if (!isMap(target)) continue;
          if (this.open.has(target)) {
            this.abort(fileFinding('yaml-syntax', 'yaml.merge-loop', {}, this.spanOf(s, key)));
            return undefined;
          }
          const merged = this.read(target, ptr, key, depth, true);
          if (merged && typeof merged === 'object') {
            for (const [k, v] of Object.entries(merged)) {
              if (!Object.prototype.hasOwnProperty.call(obj, k)) setOwn(obj, k, v);
            }
          }
        }
      }
      this.open.delete(node);
      return obj;
    }
    if (isSeq(node)) {
      this.open.add(node);
      const out = node.items.map((item, i) => this.read(item, `${ptr}/${i}`, undefined, depth + 1, viaAlias));
      this.open.delete(node);
      return out;
    }
    return null; // empty value (`key:` with nothing after it)
  }

  private abort(finding: Finding): void {
    if (this.aborted) return;
    this.aborted = true;
    this.problems.push(finding);
  }

  get wasAborted(): boolean {
    return this.aborted;
  }

  private lineOf(offset: number): number {
    this.starts ??= computeLineStarts(this.text);
    return lineOfOffset(offset, this.starts);
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
  const refused = preScan(text);
  if (refused) return { text, value: undefined, locs: new Map(), problems: [refused], broken: true, doc: undefined };
  let doc: Document | undefined;
  let second: Document | undefined;
  let count = 0;
  try {
    // Documents are composed one at a time and only the first is kept (only it is checked); later ones are
    // counted, not stored. Empty ones (a trailing `---`) do not count. `resolveKnownTags: false` keeps
    // `!!timestamp 2025-02-30` and `!!binary` as the text written instead of a rolled-over date or bytes.
    const composer = new Composer(COMPOSE_OPTIONS);
    for (const d of composer.compose(new Parser().parse(text), false, text.length)) {
      if (!doc) {
        doc = d as Document;
        count = 1;
      } else if (!isEmptyDocument(d as Document)) {
        second ??= d as Document;
        count++;
      }
    }
  } catch (e) {
    problems.push(fileFinding('yaml-syntax', 'yaml.unreadable', { detail: (e as Error).message }, firstLine(text)));
    return { text, value: undefined, locs: new Map(), problems, broken: true, doc: undefined };
  }
  if (!doc) return { text, value: null, locs: new Map(), problems, broken: false, doc: undefined };

  const broken = doc.errors.length > 0;
  doc.errors.forEach((err, i) => {
    if (i > LIMITS.maxSyntaxFindings) return;
    const start = Math.min(err.pos[0], text.length);
    const span = { start, end: safeEnd(text, Math.min(Math.max(err.pos[1], start), text.length)) };
    problems.push(
      i < LIMITS.maxSyntaxFindings
        ? fileFinding('yaml-syntax', 'yaml.syntax', { raw: err.message, code: err.code }, span)
        : fileFinding('yaml-syntax', 'yaml.more-problems', { count: doc!.errors.length - LIMITS.maxSyntaxFindings }, span),
    );
  });
  if (second) {
    const start = Math.min(second.range?.[0] ?? 0, text.length);
    problems.push(
      fileFinding('yaml-syntax', 'yaml.documents', { count }, { start, end: safeEnd(text, Math.min(lineEnd(text, start), start + 3)) }),
    );
  }
  if (broken) return { text, value: undefined, locs: new Map(), problems, broken, doc };

  const reader = new Reader(doc, text);
  const value = reader.read(doc.contents, '', undefined, 0, false);
  for (const p of reader.problems) problems.push(p); // no push(...spread): it overflows the stack on huge arrays
  const parsed = { text, value: reader.wasAborted ? undefined : value, locs: reader.locs, problems, broken: reader.wasAborted, doc };
  if (reader.simple && !problems.length && !parsed.broken) {
    const sections = sectionsOf(doc, text);
    if (sections) reusable.set(parsed, sections);
  }
  return parsed;
}

const COMPOSE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: false, resolveKnownTags: false, keepSourceTokens: false } as const;

/**
 * Incremental re-parse (docs/benchmarks.md). Parsing dominates the time of a check (about 10 microseconds a line);
 * an edit inside one top-level section (`scope:`, `exceptions:`, ...) of a long appendix re-parses only that
 * section. This applies only to plain documents, where sections are independent: one document, a block mapping
 * at the top with plain keys at column 0, nothing else at column 0 but those keys, no anchors, aliases, tags or
 * merge keys, no finding from parsing. Anything else is parsed in full. The result is the same as a full parse
 * (a property test compares them); the previous parse's `doc` is updated in place, so the previous ParsedYaml must
 * not be used afterwards (ParseCache replaces it).
 */
interface Sections {
  keys: string[];
  /** Offset of each top-level key: where its section starts. */
  starts: number[];
  /** Where each section ends: the next key, or the end of the text. */
  ends: number[];
  /** Where edits must stop: the first line after the key that starts at column 0 (a comment or the next key). */
  editEnds: number[];
  /** Offset just past each key: an edit there (or before the first key) re-parses in full. */
  keyEnds: number[];
}

const reusable = new WeakMap<ParsedYaml, Sections>();

function sectionsOf(doc: Document, text: string): Sections | undefined {
  const root = doc.contents;
  if (!isMap(root) || root.flow || !root.items.length || doc.directives?.docStart) return undefined;
  const keys: string[] = [];
  const starts: number[] = [];
  const keyEnds: number[] = [];
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    if (!isScalar(key) || key.type !== 'PLAIN' || typeof key.value !== 'string' || !key.range) return undefined;
    if (key.range[0] !== 0 && text.charCodeAt(key.range[0] - 1) !== 10) return undefined; // not at column 0
    keys.push(key.value);
    starts.push(key.range[0]);
    keyEnds.push(key.range[1]);
  }
  // After the first key, a line starting at column 0 is a key or a comment. A comment ends the section before it,
  // and only blank lines and comments at column 0 may follow it up to the next key: comments outside every
  // section are never re-parsed on their own. Anything else is not a plain document.
  const editEnds: number[] = [];
  let k = 0;
  for (let q = text.indexOf('\n', starts[0]); q >= 0 && q + 1 < text.length; q = text.indexOf('\n', q + 1)) {
    const line = q + 1;
    const c = text.charCodeAt(line);
    if (k + 1 < starts.length && starts[k + 1] === line) {
      if (editEnds.length === k) editEnds.push(line);
      k++;
    } else if (c === HASH) {
      if (editEnds.length === k) editEnds.push(line);
    } else if (c === 32 || c === 10 || c === 13) {
      if (editEnds.length > k && !isBlankLine(text, line)) return undefined; // indented text after a closing comment
    } else return undefined;
  }
  if (editEnds.length === k) editEnds.push(text.length);
  if (editEnds.length !== keys.length) return undefined;
  return { keys, starts, ends: starts.slice(1).concat(text.length), editEnds, keyEnds };
}

function isBlankLine(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 13 && c !== TAB) return false;
  }
  return true;
}

function shiftRanges(node: unknown, by: number): void {
  if (!node || by === 0) return;
  const range = (node as Node).range;
  if (range) {
    range[0] += by;
    range[1] += by;
    range[2] += by;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      shiftRanges(pair.key, by);
      shiftRanges(pair.value, by);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) shiftRanges(item, by);
  }
}

/** `text` parsed by re-parsing only the top-level section that changed since `previous`, or undefined. */
export function reparse(previous: ParsedYaml, text: string): ParsedYaml | undefined {
  const sec = reusable.get(previous);
  const doc = previous.doc;
  if (!sec || !doc || !isMap(doc.contents)) return undefined;
  const old = previous.text;
  if (old === text) return previous;
  // The changed range: common prefix and suffix.
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  let i = sec.starts.length - 1;
  while (i > 0 && sec.starts[i] > p) i--;
  const oldSectionEnd = sec.ends[i];
  const editEnd = sec.editEnds[i];
  if (p <= sec.keyEnds[i] || oldEnd > editEnd || (oldEnd === editEnd && editEnd !== old.length)) return undefined;
  const delta = text.length - old.length;
  const start = sec.starts[i];
  const slice = text.slice(start, oldSectionEnd + delta);
  const newEditEnd = editEnd + delta;
  for (let q = slice.indexOf('\n'); q >= 0 && start + q + 1 < newEditEnd; q = slice.indexOf('\n', q + 1)) {
    const c = slice.charCodeAt(q + 1);
    if (c !== 32 && c !== 10 && c !== 13) return undefined; // a new top-level key or a comment at column 0
  }
  if (preScan(text)) return undefined; // the full parse reports the limit

  // The next key follows the slice as it does in the text, so blank lines and comments at the section's end are
  // read exactly as in a full parse (they belong before that key, not to the section's last value).
  const last = i === sec.keys.length - 1;
  const subText = last ? slice : `${slice}${sec.keys[i + 1]}:\n`;
  let sub: Document | undefined;
  try {
    for (const d of new Composer(COMPOSE_OPTIONS).compose(new Parser().parse(subText), false, subText.length)) {
      if (sub) return undefined;
      sub = d as Document;
    }
  } catch {
    return undefined;
  }
  const subRoot = sub?.contents;
  if (!sub || sub.errors.length || !isMap(subRoot) || subRoot.flow || subRoot.items.length !== (last ? 1 : 2) || sub.directives?.docStart) return undefined;
  const pair = subRoot.items[0];
  const key = pair.key as Node | null;
  if (!isScalar(key) || key.type !== 'PLAIN' || key.value !== sec.keys[i]) return undefined;
  if (!last && (subRoot.items[1].key as Node | null)?.range?.[0] !== slice.length) return undefined; // the stand-in is the next key
  shiftRanges(key, start);
  shiftRanges(pair.value, start);
  // What comes before the key is outside the slice and unchanged: keep what the full parse found there.
  const oldKey = doc.contents.items[i].key as Node;
  key.spaceBefore = oldKey.spaceBefore;
  key.commentBefore = oldKey.commentBefore;
  const keySpan = { start: key.range![0], end: key.range![1] };
  const reader = new Reader(doc, text);
  const segment = pointerSegment(sec.keys[i]);
  const sectionValue = reader.read(pair.value, segment, keySpan, 1, false);
  if (reader.wasAborted || reader.problems.length || !reader.simple) return undefined;

  // Commit: the new pair in the tree, later sections moved by `delta`.
  const items = doc.contents.items;
  items[i] = pair as (typeof items)[number];
  if (!last) {
    // How the next key is spaced and commented depends on the end of this section: take it from the stand-in.
    const next = items[i + 1].key as Node;
    const standIn = subRoot.items[1].key as Node;
    next.spaceBefore = standIn.spaceBefore;
    next.commentBefore = standIn.commentBefore;
  }
  for (let j = i + 1; j < items.length; j++) {
    shiftRanges(items[j].key, delta);
    shiftRanges(items[j].value, delta);
  }
  const rootRange = doc.contents.range;
  if (last) {
    // The last section decides where the mapping and the document end (trailing blank lines and comments count
    // differently): take both ends, and the document's trailing comment, from the section's own parse.
    if (rootRange && subRoot.range) [rootRange[1], rootRange[2]] = [subRoot.range[1] + start, subRoot.range[2] + start];
    if (doc.range && sub.range) [doc.range[1], doc.range[2]] = [sub.range[1] + start, sub.range[2] + start];
    doc.comment = sub.comment;
  } else {
    for (const r of new Set([rootRange, doc.range])) {
      if (r) {
        r[1] += delta;
        r[2] += delta;
      }
    }
  }
  // Locations in document order: the section's new ones in place of its old ones, later ones moved.
  const segments = sec.keys.map(pointerSegment);
  const locs = new Map<string, Loc>();
  let at = -1;
  const move = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
  for (const [ptr, loc] of previous.locs) {
    if (ptr === '') {
      locs.set(ptr, { key: loc.key, value: { start: loc.value.start, end: rootRange ? rootRange[1] : loc.value.end + delta } });
      continue;
    }
    while (at + 1 < segments.length && (ptr === segments[at + 1] || ptr.startsWith(segments[at + 1] + '/'))) at++;
    if (at < i) locs.set(ptr, loc);
    else if (at === i) {
      if (ptr === segment) for (const [np, nl] of reader.locs) locs.set(np, nl);
    } else locs.set(ptr, { key: loc.key && move(loc.key), value: move(loc.value) });
  }
  const value: Record<string, unknown> = {};
  const oldRoot = previous.value as Record<string, unknown>;
  for (const k of sec.keys) setOwn(value, k, k === sec.keys[i] ? sectionValue : oldRoot[k]);

  const next: ParsedYaml = { text, value, locs, problems: [], broken: false, doc };
  reusable.delete(previous);
  reusable.set(next, {
    keys: sec.keys,
    starts: sec.starts.map((v, j) => (j > i ? v + delta : v)),
    ends: sec.ends.map((v, j) => (j >= i ? v + delta : v)),
    editEnds: sec.editEnds.map((v, j) => (j >= i ? v + delta : v)),
    keyEnds: sec.keyEnds.map((v, j) => (j > i ? v + delta : v)),
  });
  return next;
}

/** A `---` with nothing after it but comments (a harmless leftover, not a second appendix). */
function isEmptyDocument(d: Document): boolean {
  const c = d.contents as Node | null;
  return !d.errors.length && (c === null || (isScalar(c) && c.value === null && !!c.range && c.range[0] === c.range[1]));
}

// The yaml library's messages name its internals: i18n/files.ts keeps the first sentence and drops code excerpts
// (English), or words the error code in Arabic.

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
      // A key or value that holds the offset strictly wins over one that only ends there: at column 0 of a key that
      // follows a block mapping, the mapping before it ends exactly where the key starts.
      const holds = (p: Pair, strict: boolean) => {
        const inside = (r: Range | null | undefined) => !!r && offset >= r[0] && (strict ? offset < r[1] : offset <= r[1]);
        return inside((p.key as Node | null)?.range) || inside((p.value as Node | null)?.range);
      };
      const pair = node.items.find((p) => holds(p, true)) ?? node.items.find((p) => holds(p, false));
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
