/**
 * The sentence-template language (syntax in catalogue/sentences.ts and docs/render.md): a parser that never
 * throws (errors come back with their offset) and an evaluator from a clause's YAML mapping to runs of text.
 * Templates are data: nothing in them can run code, and every placeholder must name a catalogue parameter.
 */
import { isValidDate } from '../dates';
import type { ParamDef, ParamType } from '../catalogue/types';
import type { FrameWords, RenderLang } from '../catalogue/sentences';
import { countryName, formatDate, joinList, quantity, userRun } from './format';
import type { Inline } from './model';
import { pushAll } from '../arrays';

export type TNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; path: string; mod?: 'or' | 'n'; at: number }
  | { kind: 'cond'; path: string; eq?: string; then: TNode[]; else: TNode[]; at: number };

export type ParseResult = { ok: true; nodes: TNode[] } | { ok: false; message: string; at: number };

const PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/** Parses one template string. */
export function parseTemplate(src: string): ParseResult {
  let i = 0;
  const fail = (message: string, at: number): ParseResult => ({ ok: false, message, at });

  // Reads text and placeholders until one of `stops` (at this nesting level) or the end.
  function seq(stops: string): TNode[] | ParseResult {
    const nodes: TNode[] = [];
    let text = '';
    while (i < src.length) {
      const c = src[i];
      if (stops.includes(c)) break;
      if (c === '}') return fail('a `}` has no matching `{`', i);
      if (c !== '{') {
        text += c;
        i++;
        continue;
      }
      if (text) nodes.push({ kind: 'text', text });
      text = '';
      const at = i;
      i++;
      let head = '';
      while (i < src.length && !'}?{|'.includes(src[i])) head += src[i++];
      if (i >= src.length) return fail('a `{` is not closed', at);
      let name = head;
      let eq: string | undefined;
      let mod: 'or' | 'n' | undefined;
      const eqAt = name.indexOf('=');
      if (eqAt >= 0) {
        eq = name.slice(eqAt + 1);
        name = name.slice(0, eqAt);
        if (!eq) return fail(`\`{${head}\` compares with an empty value`, at);
      }
      const colon = name.indexOf(':');
      if (colon >= 0) {
        const m = name.slice(colon + 1);
        name = name.slice(0, colon);
        if (m !== 'or' && m !== 'n') return fail(`\`:${m}\` is not a modifier (use \`:or\` or \`:n\`)`, at);
        mod = m;
      }
      if (!PATH.test(name)) return fail(`\`${name || head}\` is not a parameter name`, at);
      if (src[i] === '}') {
        if (eq !== undefined) return fail(`\`{${head}}\` compares a value but has no \`?\` branch`, at);
        i++;
        nodes.push({ kind: 'value', path: name, mod, at });
        continue;
      }
      if (src[i] !== '?') return fail(`unexpected \`${src[i]}\` in a placeholder`, i);
      if (mod) return fail(`a modifier cannot be used in a condition (\`{${head}?\`)`, at);
      i++;
      const then = seq('|}');
      if (!Array.isArray(then)) return then;
      let otherwise: TNode[] = [];
      if (src[i] === '|') {
        i++;
        const e = seq('|}');
        if (!Array.isArray(e)) return e;
        if (src[i] === '|') return fail('a condition has more than one `|`', i);
        otherwise = e;
      }
      if (src[i] !== '}') return fail('a condition is not closed with `}`', at);
      i++;
      nodes.push({ kind: 'cond', path: name, eq, then, else: otherwise, at });
    }
    if (text) nodes.push({ kind: 'text', text });
    return nodes;
  }

  const nodes = seq('');
  if (!Array.isArray(nodes)) return nodes;
  return { ok: true, nodes };
}

/** Every parameter path a template names, with the offset of its placeholder. */
export type PlaceholderNode = Exclude<TNode, { kind: 'text' }>;

export function placeholders(nodes: readonly TNode[], out: { path: string; at: number; node: PlaceholderNode }[] = []): { path: string; at: number; node: PlaceholderNode }[] {
  for (const n of nodes) {
    if (n.kind === 'text') continue;
    out.push({ path: n.path, at: n.at, node: n });
    if (n.kind === 'cond') {
      placeholders(n.then, out);
      placeholders(n.else, out);
    }
  }
  return out;
}

/** Finds the definition of `path` (`at_rest.level`) among `params`. */
export function paramAt(params: readonly ParamDef[], path: string): ParamDef | undefined {
  let defs: readonly ParamDef[] | undefined = params;
  let def: ParamDef | undefined;
  for (const seg of path.split('.')) {
    if (!defs) return undefined;
    def = defs.find((p) => p.key === seg);
    if (!def) return undefined;
    defs = def.type.kind === 'object' ? def.type.params : undefined;
  }
  return def;
}

export interface EvalContext {
  lang: RenderLang;
  dir: 'ltr' | 'rtl';
  words: FrameWords;
  /** The mapping the paths are read from (the clause, or one item of an object-list). */
  obj: Record<string, unknown>;
  params: readonly ParamDef[];
  /** Enum value words by parameter path, first match wins (team overrides before the built-in words). */
  values: (path: string) => Readonly<Record<string, string>> | undefined;
  /** Item template of an object-list parameter. */
  item: (path: string) => TNode[] | undefined;
  /** Inside an item template every absent field is marked, since the item's presence is the fact being said. */
  inItem?: boolean;
}

/** The sentence is dropped: it names an optional parameter that the appendix leaves out. */
const DROP = Symbol('drop');
type Out = Inline[] | typeof DROP;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lookup(obj: Record<string, unknown>, path: string): unknown {
  let cur: unknown = obj;
  for (const seg of path.split('.')) {
    if (!isRecord(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

function absent(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function marker(ctx: EvalContext, kind: 'missing' | 'invalid', path: string): Inline[] {
  const word = kind === 'missing' ? ctx.words.missing : ctx.words.invalid;
  return [{ text: `[${word}: ${path}]`, marker: true }];
}

/**
 * An absent value: a marker when the catalogue requires the parameter of every contract (a baseline that no profile
 * or scope condition limits), otherwise the sentence goes: an overlay's term (e.g. CSCC's Saudi-provider condition)
 * is not "missing" from a contract the overlay does not cover.
 */
function whenAbsent(ctx: EvalContext, def: ParamDef | undefined, path: string): Out {
  const required = def?.baseline?.some((t) => (!t.profile || t.profile === 'ecc-baseline') && !t.when);
  return ctx.inItem || required ? marker(ctx, 'missing', path) : DROP;
}

function scalarFits(type: ParamType, v: unknown): boolean {
  switch (type.kind) {
    case 'int':
      return Number.isInteger(v) && (v as number) >= 0;
    case 'int-or-indefinite':
      return v === 'indefinite' || (Number.isInteger(v) && (v as number) >= 0);
    case 'bool':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string' || typeof v === 'number';
    case 'date':
      return isValidDate(v);
    case 'country':
      return typeof v === 'string' && /^[A-Z]{2}$/.test(v);
    case 'enum':
      return (typeof v === 'string' || typeof v === 'number') && type.values.includes(String(v));
    case 'list':
      return Array.isArray(v) && v.every((x) => scalarFits(type.item, x));
    case 'object':
      return isRecord(v);
    case 'object-list':
      return Array.isArray(v) && v.every(isRecord);
  }
}

function enumWords(ctx: EvalContext, path: string, value: string): Inline {
  const words = ctx.values(path)?.[value];
  return words !== undefined ? { text: words } : userRun(value, ctx.dir);
}

/** The words for a value of a known-good shape. */
function formatValue(ctx: EvalContext, def: ParamDef, path: string, v: unknown, mod?: 'or' | 'n'): Out {
  const t = def.type;
  switch (t.kind) {
    case 'int':
      return [{ text: mod === 'n' ? String(v) : quantity(v as number, t.unit, ctx.lang) }];
    case 'int-or-indefinite':
      if (v === 'indefinite') return [{ text: ctx.words.indefinite }];
      return [{ text: mod === 'n' ? String(v) : quantity(v as number, t.unit, ctx.lang) }];
    case 'bool':
      return [{ text: v ? ctx.words.yes : ctx.words.no }];
    case 'string':
      return [userRun(String(v), ctx.dir)];
    case 'date':
      return [{ text: formatDate(v as string, ctx.words.months, ctx.lang) }];
    case 'country':
      return [{ text: countryName(v as string, ctx.lang) }];
    case 'enum':
      return [enumWords(ctx, path, String(v))];
    case 'list': {
      const items = (v as unknown[]).map((x): Inline[] => {
        if (t.item.kind === 'enum') return [enumWords(ctx, path, String(x))];
        if (t.item.kind === 'country') return [{ text: countryName(String(x), ctx.lang) }];
        return [userRun(String(x), ctx.dir)];
      });
      return joinList(items, ctx.lang, ctx.words, mod === 'or' ? 'or' : 'and', t.item.kind === 'string');
    }
    case 'object':
      return marker(ctx, 'invalid', path);
    case 'object-list': {
      const tpl = ctx.item(path);
      if (!tpl) return marker(ctx, 'invalid', path);
      const items: Inline[][] = [];
      for (const entry of v as Record<string, unknown>[]) {
        const r = evalNodes(tpl, { ...ctx, obj: entry, params: t.params, inItem: true, values: (p) => ctx.values(`${path}.${p}`) });
        if (r === DROP) return DROP;
        items.push(r);
      }
      return joinList(items, ctx.lang, ctx.words, mod === 'or' ? 'or' : 'and');
    }
  }
}

function evalNodes(nodes: readonly TNode[], ctx: EvalContext): Out {
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.kind === 'text') {
      out.push({ text: n.text });
      continue;
    }
    const def = paramAt(ctx.params, n.path);
    const v = lookup(ctx.obj, n.path);
    if (n.kind === 'value') {
      if (absent(v)) {
        const r = whenAbsent(ctx, def, n.path);
        if (r === DROP) return DROP;
        pushAll(out, r);
        continue;
      }
      if (!def || !scalarFits(def.type, v)) {
        pushAll(out, marker(ctx, 'invalid', n.path));
        continue;
      }
      const r = formatValue(ctx, def, n.path, v, n.mod);
      if (r === DROP) return DROP;
      pushAll(out, r);
      continue;
    }
    // Conditions: a boolean picks its branch by value; with `=v` the value is compared; otherwise presence decides.
    let branch: readonly TNode[];
    if (n.eq !== undefined || def?.type.kind === 'bool') {
      if (absent(v)) {
        const r = whenAbsent(ctx, def, n.path);
        if (r === DROP) return DROP;
        pushAll(out, r);
        continue;
      }
      if (!def || !scalarFits(def.type, v)) {
        pushAll(out, marker(ctx, 'invalid', n.path));
        continue;
      }
      branch = (n.eq !== undefined ? String(v) === n.eq : v === true) ? n.then : n.else;
    } else {
      branch = absent(v) ? n.else : n.then;
    }
    const r = evalNodes(branch, ctx);
    if (r === DROP) return DROP;
    pushAll(out, r);
  }
  return out;
}

/** Evaluates a parsed sentence; undefined when the sentence is dropped (an optional parameter is not stated). */
export function evaluateSentence(nodes: readonly TNode[], ctx: EvalContext): Inline[] | undefined {
  const r = evalNodes(nodes, ctx);
  return r === DROP ? undefined : tidy(r, ctx.lang);
}

/** Merges runs, collapses spaces, drops a space before punctuation, capitalises an English sentence. */
export function tidy(runs: readonly Inline[], lang: RenderLang): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && !last.dir && !last.marker && !r.dir && !r.marker) last.text += r.text;
    else out.push({ ...r });
  }
  // A marker standing in for a value or a conditional phrase gets a space on each side where words meet it.
  for (let i = out.length - 1; i > 0; i--) {
    const prev = out[i - 1];
    const cur = out[i];
    if (cur.marker && /[^\s(«“]$/.test(prev.text)) out.splice(i, 0, { text: ' ' });
    else if (prev.marker && /^[^\s,.;:،؛)»”]/.test(cur.text)) out.splice(i, 0, { text: ' ' });
  }
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (!r.dir && !r.marker) r.text = r.text.replace(/ {2,}/g, ' ').replace(/ ([,.;:،؛])/g, '$1');
    // A space that ends one run and starts the next would double up.
    if (i > 0 && out[i - 1].text.endsWith(' ') && r.text.startsWith(' ')) r.text = r.text.slice(1);
    if (i > 0 && /^[,.;:،؛]/.test(r.text) && out[i - 1].text.endsWith(' ') && !out[i - 1].dir && !out[i - 1].marker) {
      out[i - 1].text = out[i - 1].text.slice(0, -1);
    }
  }
  if (out.length) {
    out[0].text = out[0].text.replace(/^ +/, '');
    const last = out[out.length - 1];
    last.text = last.text.replace(/ +$/, '');
    if (lang === 'en' && !out[0].marker) out[0].text = out[0].text.charAt(0).toUpperCase() + out[0].text.slice(1);
  }
  return out.filter((r) => r.text !== '');
}
