/**
 * Quick fixes and "fix all in file". Every action is a WorkspaceEdit computed afresh from the document and the
 * finding's `code` and `data` (ARCHITECTURE.md invariant 6): no client command runs, nothing is remembered between
 * requests. Edits are insertions or small replacements (edits.ts), so every byte outside them stays as written.
 *
 * - missing clause: the standard terms of snippets/clauses.json, expanded with their defaults, values raised to the
 *   active profiles' thresholds, inserted after the section's last clause (or as a new section in catalogue order);
 *   a fact (catalogue/facts.ts) is an empty key when the baseline asks for it here, else left out, never a
 *   placeholder
 * - missing parameter / weak value: the standard value (raised to the strictest applicable threshold); lists keep
 *   their flow or block style and only gain the missing items; nothing for a fact (a fact list only gains the items
 *   the baseline requires)
 * - `type` with a suggestion (`yes` -> true, "24h" -> 24) and `unknown-key` with a suggestion (rename)
 * - an exception stub for a clause finding, with the clause's `exception_ref` set
 * - fix all: every missing clause, missing parameter and weak value, repeated until nothing changes (a new `scope`
 *   can bring in more clauses), handed back as the minimal edits between the old and the new text
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { isScalar, parse as parseYamlValue } from 'yaml';
import snippets from '../../../snippets/clauses.json';
import { evaluate } from './catalogue/describe';
import { isFact } from './catalogue/facts';
import { expandSnippet, type SnippetEntry } from './catalogue/snippetGen';
import type { Clause, Condition, ParamDef, ProfileId, Test, Threshold } from './catalogue/types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import {
  appendToSequence,
  applyEdits,
  diffEdits,
  editContext,
  entryLines,
  flowText,
  insertIntoMapping,
  mergeEdits,
  nodeAt,
  replaceScalar,
  replaceValue,
  toTextEdits,
  type EditContext,
  type Entry,
  type Line,
  type OffsetEdit,
} from './edits';
import { checkDocument, type CheckOptions } from './engine';
import type { Finding, FindingData, Span } from './findings';
import { splitPointer, type ParsedYaml } from './parse';
import { thresholdsFor, type ResolvedPolicy } from './policy';
import { activeProfiles, CLAUSE_BY_ID, flagsOf, getIn, holds, isRecord } from './rules/context';
import { localeOf, type Locale } from './i18n/locale';
import { t } from './i18n/messages';
import { EXCEPTION_STUB } from './i18n/ui';

const SNIPPETS = snippets as Record<string, SnippetEntry>;

/** The kind of the "fix all" source action (a sub-kind of `source.fixAll`, as ESLint and others do). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.eccAppendix`;

/** How many rounds "fix all" runs at most (a new scope can make further clauses apply; two rounds normally do). */
const MAX_ROUNDS = 5;

/** Everything a fix needs about one version of a document. */
interface FixContext {
  text: string;
  edit: EditContext;
  root: Record<string, unknown>;
  flags: ReadonlySet<Condition>;
  profiles: ReadonlySet<ProfileId>;
  /** The team policy in force: its thresholds are the ones a fix must meet. */
  policy?: ResolvedPolicy;
  /** JSON Pointer of every located key / value, by its span ("start:end"). */
  byKey: Map<string, string>;
  byValue: Map<string, string>;
  findings: Finding[];
  /** Language of the titles (and of the exception stub's placeholders). */
  locale: Locale;
}

/** One fix: a title for a lawyer, its edits, and what it is (for counting in "fix all"). */
interface Fix {
  title: string;
  edits: OffsetEdit[];
  kind: 'clause' | 'param' | 'value' | 'type' | 'rename' | 'exception';
  preferred: boolean;
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;

function fixContext(name: string, text: string, options: CheckOptions, cached?: ParsedYaml): FixContext | undefined {
  const result = checkDocument(name, text, options, cached);
  const parsed = result?.parsed;
  if (!result || !parsed || parsed.broken || !parsed.doc || !isRecord(parsed.value)) return undefined;
  const root = parsed.value;
  const flags = flagsOf(root);
  const byKey = new Map<string, string>();
  const byValue = new Map<string, string>();
  for (const [ptr, loc] of parsed.locs) {
    if (ptr.includes('\u0000')) continue;
    if (loc.key && !byKey.has(spanKey(loc.key))) byKey.set(spanKey(loc.key), ptr);
    if (!byValue.has(spanKey(loc.value))) byValue.set(spanKey(loc.value), ptr);
  }
  return {
    text,
    edit: editContext(text, parsed.doc),
    root,
    flags,
    profiles: activeProfiles(root, flags, [...options.settings.profiles, ...(options.profiles ?? []), ...(options.policy?.profiles ?? [])]),
    policy: options.policy,
    byKey,
    byValue,
    findings: result.findings,
    locale: localeOf(options),
  };
}

/** A path from a pointer, list indexes as numbers (so the edit helpers can walk lists). */
function pathOf(ptr: string): (string | number)[] {
  return splitPointer(ptr).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

// --- the values a fix writes ------------------------------------------------------------------------------------

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Adjusts `v` so that it passes `test`; undefined when no value can (e.g. `present` with nothing to write). */
function satisfy(test: Test, v: unknown): unknown {
  if (evaluate(test, v) === true) return v;
  switch (test.op) {
    case 'max':
    case 'min':
    case 'equals':
      return test.value;
    case 'oneOf':
      return test.values[0];
    case 'includesAll': {
      const list = Array.isArray(v) ? [...v] : [];
      for (const x of test.values) if (!list.includes(x)) list.push(x);
      return list;
    }
    case 'includesAny': // a choice among several that meet the baseline: the parties', not ours
    case 'allEqual': // where data or a centre is (countries, locations): a fact, never rewritten
    case 'present':
      return undefined;
  }
}

type Scope = Pick<FixContext, 'flags' | 'profiles' | 'policy'>;

/** The thresholds that apply to a parameter here: the catalogue's as the team policy adjusts them, in scope. */
function applicableThresholds(fx: Scope, clauseId: string, keyPath: readonly string[], param: ParamDef): Threshold[] {
  return thresholdsFor(fx.policy, clauseId, keyPath, param).thresholds.filter((t) => holds(fx, t.when, t.profile));
}

/** Whose number a fix writes: the team policy's when it tightens this parameter (true), else the catalogue baseline's. */
function fromTeam(fx: Scope, clauseId: string, keyPath: readonly string[], param: ParamDef): boolean {
  const o = thresholdsFor(fx.policy, clauseId, keyPath, param).override;
  return !!o && !o.relaxes;
}

/**
 * The value a fix writes for `param` (at `keyPath` below the clause mapping): from `start` (the current value for
 * lists, else the standard term), raised until every threshold that applies here passes. Mappings are filled key by
 * key. Undefined when no value can pass (a threshold asks for a fact only the parties can state).
 */
function targetValue(fx: Scope, clauseId: string, keyPath: readonly string[], param: ParamDef, start: unknown): unknown {
  let v = clone(start);
  if (param.type.kind === 'object') {
    const obj: Record<string, unknown> = isRecord(v) ? { ...v } : {};
    for (const q of param.type.params) {
      const inner = obj[q.key] !== undefined ? obj[q.key] : q.standard;
      if (inner === undefined) continue;
      const t = targetValue(fx, clauseId, [...keyPath, q.key], q, inner);
      if (t !== undefined) obj[q.key] = t;
    }
    v = obj;
  }
  const applicable = applicableThresholds(fx, clauseId, keyPath, param);
  for (let round = 0; round < 2; round++) {
    for (const t of applicable) {
      if (v === undefined) return undefined;
      v = satisfy(t.test, v);
    }
  }
  if (v === undefined || applicable.some((t) => evaluate(t.test, v) === false)) return undefined;
  return v;
}

/** Parameter definitions of the mapping at `rest` below the clause's own mapping (nested objects). */
function paramsBelow(clause: Clause, rest: readonly (string | number)[]): readonly ParamDef[] | undefined {
  let params = clause.params;
  for (const key of rest) {
    const p = params.find((q) => q.key === key);
    if (!p || p.type.kind !== 'object') return undefined;
    params = p.type.params;
  }
  return params;
}

/** The standard clause as lines relative to its key, with values raised to the active thresholds. */
function clauseBody(fx: Scope, clause: Clause): { lines: Line[]; value: unknown } | undefined {
  const snippet = SNIPPETS[clause.id];
  if (!snippet) return undefined;
  const raw = expandSnippet(snippet.body).split('\n');
  const out: Line[] = [];
  const stack: { indent: number; key: string }[] = [];
  const nested = clause.path.length > 1;
  let skipBelow = -1;
  for (const line of raw) {
    const indent = /^ */.exec(line)![0].length;
    if (skipBelow >= 0 && indent > skipBelow) continue;
    skipBelow = -1;
    let text = line.slice(indent);
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const m = /^([A-Za-z_][\w]*):(?: (.*))?$/.exec(text);
    if (m) {
      // Path of this key below the clause mapping; raise its value when the active thresholds ask for more.
      const keys = [...stack.map((s) => s.key), m[1]].slice(nested ? 1 : 0);
      const owner = keys.length ? paramsBelow(clause, keys.slice(0, -1)) : undefined;
      const def = owner?.find((p) => p.key === keys[keys.length - 1]);
      if (def && def.type.kind !== 'object' && isFact(clause.id, keys, def)) {
        // A fact only the parties can state (catalogue/facts.ts): never the snippet's placeholder or sample. An
        // empty key when the baseline asks for it here (the missing-parameter finding names it until it is filled
        // in), else nothing; lines below it (a sample list) go too.
        skipBelow = indent;
        if (!applicableThresholds(fx, clause.id, keys, def).length) continue;
        out.push({ level: Math.round(indent / 2), text: `${m[1]}:` });
        continue;
      }
      if (def && m[2] !== undefined && def.type.kind !== 'object' && def.type.kind !== 'object-list') {
        let written: unknown;
        try {
          written = parseYamlValue(m[2], { version: '1.2', schema: 'core' });
        } catch {
          written = undefined;
        }
        if (written !== undefined) {
          const target = targetValue(fx, clause.id, keys, def, written);
          if (target !== undefined && JSON.stringify(target) !== JSON.stringify(written)) text = `${m[1]}: ${flowText(target)}`;
        }
      }
      stack.push({ indent, key: m[1] });
    }
    out.push({ level: Math.round(indent / 2), text });
  }
  let value: unknown;
  try {
    const parsed = parseYamlValue(out.map((l) => '  '.repeat(l.level) + l.text).join('\n'), { version: '1.2', schema: 'core' });
    value = nested && isRecord(parsed) ? parsed[clause.path[clause.path.length - 1]] : parsed;
  } catch {
    value = undefined;
  }
  return { lines: out, value };
}

const shift = (lines: readonly Line[], by: number): Line[] => lines.map((l) => ({ level: l.level + by, text: l.text }));

// --- single fixes -----------------------------------------------------------------------------------------------

/** Inserts the standard terms of several clauses: one edit per section, sections created in catalogue order. */
function insertClauses(fx: FixContext, clauses: readonly Clause[]): OffsetEdit[] | undefined {
  const bySection = new Map<string, Clause[]>();
  for (const c of [...clauses].sort((a, b) => a.number - b.number)) {
    const list = bySection.get(c.path[0]) ?? [];
    list.push(c);
    bySection.set(c.path[0], list);
  }
  const newSections: Entry[] = [];
  const edits: OffsetEdit[] = [];
  for (const [section, list] of bySection) {
    const bodies = list.map((c) => ({ c, body: clauseBody(fx, c) })).filter((x) => x.body);
    if (!bodies.length) continue;
    const order = list[0].number;
    if (list[0].path.length === 1) {
      // `scope.services`: the clause is the section itself.
      const { body } = bodies[0];
      newSections.push({ key: section, lines: [{ level: 0, text: `${section}:` }, ...shift(body!.lines, 1)], value: body!.value, order });
      continue;
    }
    const entries: Entry[] = bodies.map(({ c, body }) => ({ key: c.path[1], lines: body!.lines, value: body!.value, order: c.number }));
    if (nodeAt(fx.edit.doc, [section])) {
      const e = insertIntoMapping(fx.edit, [section], entries);
      if (!e) continue;
      edits.push(...e);
    } else {
      const value: Record<string, unknown> = {};
      for (const e of entries) value[e.key] = e.value;
      newSections.push({ key: section, lines: [{ level: 0, text: `${section}:` }, ...entries.flatMap((e) => shift(e.lines, 1))], value, order });
    }
  }
  if (newSections.length) {
    const e = insertIntoMapping(fx.edit, [], newSections);
    if (e) edits.push(...e);
  }
  return edits.length ? edits : undefined;
}

function clauseFix(fx: FixContext, clause: Clause): Fix | undefined {
  const edits = insertClauses(fx, [clause]);
  if (!edits) return undefined;
  return { title: t(fx.locale, 'fix.insert-clause', { clause }), edits, kind: 'clause', preferred: true };
}

/** Where a missing parameter goes: the mapping to add it to, or the key whose empty value it fills. */
function paramPlace(fx: FixContext, f: Finding, clause: Clause, param: string): { container: (string | number)[]; fill?: (string | number)[] } | undefined {
  const ptr = fx.byKey.get(spanKey(f.span));
  if (ptr === undefined) return undefined;
  const path = pathOf(ptr);
  if (path[path.length - 1] === param && getIn(fx.root, path) === null && path.length > clause.path.length) {
    return { container: path.slice(0, -1), fill: path };
  }
  return { container: path };
}

interface ParamPlan {
  place: { container: (string | number)[]; fill?: (string | number)[] };
  def: ParamDef;
  /** Catalogue position among its siblings (insertion order). */
  index: number;
  value: unknown;
}

/** What adding a missing parameter writes, and where; undefined when the catalogue has no value to offer. */
function planParam(fx: FixContext, f: Finding, data: Extract<FindingData, { kind: 'missing-param' }>): ParamPlan | undefined {
  const clause = CLAUSE_BY_ID.get(data.clause);
  if (!clause) return undefined;
  const place = paramPlace(fx, f, clause, data.param);
  if (!place) return undefined;
  const below = place.container.slice(clause.path.length).map(String);
  const params = paramsBelow(clause, below);
  const index = params?.findIndex((p) => p.key === data.param) ?? -1;
  const def = params?.[index];
  // A fact only the parties can state (catalogue/facts.ts): no value to offer, the finding asks for it.
  if (!def || def.standard === undefined || isFact(clause.id, [...below, data.param], def)) return undefined;
  const value = targetValue(fx, clause.id, [...below, data.param], def, def.standard);
  return value === undefined ? undefined : { place, def, index, value };
}

function paramFix(fx: FixContext, f: Finding, data: Extract<FindingData, { kind: 'missing-param' }>): Fix | undefined {
  const plan = planParam(fx, f, data);
  if (!plan) return undefined;
  const { place, def, index, value } = plan;
  const clause = CLAUSE_BY_ID.get(data.clause)!;
  const team = fromTeam(fx, clause.id, [...place.container.slice(clause.path.length).map(String), data.param], def);
  let edits: OffsetEdit[] | undefined;
  if (place.fill) {
    edits = def.type.kind === 'object' ? insertIntoMapping(fx.edit, place.fill, objectEntries(value)) : fillEmpty(fx, place.fill, value);
  } else {
    edits = insertIntoMapping(fx.edit, place.container, [{ key: data.param, lines: entryLines(data.param, value), value, order: index }]);
  }
  if (!edits) return undefined;
  return { title: t(fx.locale, 'fix.add-param', { param: data.param, value, type: def.type, team }), edits, kind: 'param', preferred: true };
}

function objectEntries(value: unknown): Entry[] {
  return Object.entries(isRecord(value) ? value : {}).map(([k, v], i) => ({ key: k, lines: entryLines(k, v), value: v, order: i }));
}

/** Writes `value` into `key:` / `key: ~` (same line). */
function fillEmpty(fx: FixContext, path: readonly (string | number)[], value: unknown): OffsetEdit[] | undefined {
  const found = nodeAt(fx.edit.doc, path);
  const node = found?.node;
  if (node && isScalar(node) && node.range && node.range[1] > node.range[0]) return replaceScalar(fx.edit, path, value);
  const key = found?.pair?.key as { range?: [number, number, number] } | null | undefined;
  if (!key?.range) return undefined;
  let colon = key.range[1];
  while (fx.text[colon] === ' ' || fx.text[colon] === '\t') colon++;
  if (fx.text[colon] !== ':') return undefined;
  return [{ start: colon + 1, end: colon + 1, text: ' ' + flowText(value), depth: path.length }];
}

/**
 * Raises a weak value. With `onlyFailing` (fix all) a value that passes the thresholds in force is left alone: it
 * is reported only because the team policy relaxed the catalogue, and that relaxation is the team's decision.
 */
function weakFix(fx: FixContext, f: Finding, data: Extract<FindingData, { kind: 'weak-value' }>, onlyFailing = false): Fix | undefined {
  const clause = CLAUSE_BY_ID.get(data.clause);
  const ptr = fx.byValue.get(spanKey(f.span));
  if (!clause || ptr === undefined) return undefined;
  const path = pathOf(ptr);
  if (path[path.length - 1] !== data.param) return undefined;
  const keyPath = path.slice(clause.path.length).map(String);
  const def = paramsBelow(clause, keyPath.slice(0, -1))?.find((p) => p.key === data.param);
  if (!def) return undefined;
  const current = getIn(fx.root, path);
  const team = fromTeam(fx, clause.id, keyPath, def);
  if (onlyFailing && applicableThresholds(fx, clause.id, keyPath, def).every((t) => evaluate(t.test, current) !== false)) return undefined;
  // A fact (countries, custody, the attestations held: catalogue/facts.ts) is never rewritten: the finding stays
  // for the parties to negotiate. The one exception adds to a list the items the baseline names as required
  // (`includesAll`), keeping every item written.
  const fact = isFact(clause.id, keyPath, def);
  if (fact && (!Array.isArray(current) || applicableThresholds(fx, clause.id, keyPath, def).some((t) => t.test.op !== 'includesAll' && evaluate(t.test, current) === false))) {
    return undefined;
  }
  if (Array.isArray(current)) {
    const target = targetValue(fx, clause.id, keyPath, def, current);
    if (!Array.isArray(target)) return undefined;
    const added = target.filter((x) => !current.includes(x));
    const keepsAll = current.every((x) => target.includes(x));
    if (fact && !(keepsAll && added.length)) return undefined;
    if (keepsAll && added.length) {
      const edits = appendToSequence(
        fx.edit,
        path,
        added.map((x) => [{ level: 0, text: flowText(x) }]),
        added,
      );
      if (!edits) return undefined;
      return { title: t(fx.locale, 'fix.add-items', { param: data.param, items: added, team }), edits, kind: 'value', preferred: true };
    }
    const edits = replaceValue(fx.edit, path, target);
    if (!edits) return undefined;
    return { title: t(fx.locale, 'fix.limit-items', { param: data.param, items: target, team }), edits, kind: 'value', preferred: true };
  }
  const start = def.standard !== undefined && !isRecord(def.standard) ? def.standard : current;
  const target = targetValue(fx, clause.id, keyPath, def, start);
  if (target === undefined || isRecord(target) || JSON.stringify(target) === JSON.stringify(current)) return undefined;
  const edits = replaceScalar(fx.edit, path, target);
  if (!edits) return undefined;
  return { title: t(fx.locale, 'fix.set-value', { param: data.param, value: target, type: def.type, team }), edits, kind: 'value', preferred: true };
}

function typeFix(fx: FixContext, f: Finding, data: Extract<FindingData, { kind: 'type' }>): Fix | undefined {
  if (data.suggestion === undefined || data.suggestion === null) return undefined;
  const ptr = fx.byValue.get(spanKey(f.span));
  if (ptr === undefined) return undefined;
  const edits = replaceScalar(fx.edit, pathOf(ptr), data.suggestion);
  if (!edits) return undefined;
  const was = fx.text.slice(f.span.start, f.span.end).trim();
  return { title: t(fx.locale, 'fix.type', { suggestion: flowText(data.suggestion), was }), edits, kind: 'type', preferred: true };
}

function renameFix(fx: FixContext, f: Finding, data: Extract<FindingData, { kind: 'unknown-key' }>): Fix | undefined {
  const to = data.suggestion;
  const ptr = fx.byKey.get(spanKey(f.span));
  if (!to || ptr === undefined) return undefined;
  const path = pathOf(ptr);
  const parent = getIn(fx.root, path.slice(0, -1));
  if (isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, to)) return undefined; // would duplicate a key
  const written = fx.text.slice(f.span.start, f.span.end);
  const text = written.startsWith('"') ? JSON.stringify(to) : written.startsWith("'") ? `'${to}'` : to;
  return { title: t(fx.locale, 'fix.rename', { key: data.key, to }), edits: [{ start: f.span.start, end: f.span.end, text }], kind: 'rename', preferred: true };
}

/** An id no exception in the file uses yet: EXC-001, EXC-002, ... */
function freshExceptionId(root: Record<string, unknown>): string {
  const used = new Set(Array.isArray(root.exceptions) ? root.exceptions.map((e) => (isRecord(e) ? String(e.id) : '')) : []);
  for (let n = 1; ; n++) {
    const id = `EXC-${String(n).padStart(3, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** The message without the ECC suffix the editor adds, for the stub's `deviation`. */
function plainMessage(message: string): string {
  return message.replace(/ \[ECC [^\]]*\]$/, '');
}

function exceptionFix(fx: FixContext, f: Finding): Fix | undefined {
  const clause = CLAUSE_BY_ID.get(f.code);
  if (!clause || f.data?.kind === 'excepted') return undefined;
  const id = freshExceptionId(fx.root);
  const stub: Record<string, unknown> = {
    id,
    clause: clause.id,
    deviation: plainMessage(f.message),
    compensating_controls: EXCEPTION_STUB[fx.locale].compensating,
    risk_ref: EXCEPTION_STUB[fx.locale].risk,
    approved_by: EXCEPTION_STUB[fx.locale].approver,
    approved_on: 'YYYY-MM-DD',
    expires_on: 'YYYY-MM-DD',
  };
  const lines: Line[] = Object.entries(stub).map(([k, v]) => ({
    level: 0,
    text: `${k}: ${k === 'deviation' || k === 'compensating_controls' || k === 'approved_by' || k === 'risk_ref' ? JSON.stringify(v) : flowText(v)}`,
  }));
  const edits: OffsetEdit[] = [];
  const list = fx.root.exceptions;
  if (Array.isArray(list) && list.length) {
    const e = appendToSequence(fx.edit, ['exceptions'], [lines], [stub]);
    if (!e) return undefined;
    edits.push(...e);
  } else if (fx.root.exceptions === undefined) {
    const e = insertIntoMapping(fx.edit, [], [
      { key: 'exceptions', lines: [{ level: 0, text: 'exceptions:' }, { level: 1, text: `- ${lines[0].text}` }, ...lines.slice(1).map((l) => ({ level: 1, text: `  ${l.text}` }))], value: [stub], order: 99 },
    ]);
    if (!e) return undefined;
    edits.push(...e);
  } else if (fx.root.exceptions === null || (Array.isArray(list) && !list.length)) {
    // `exceptions:` or `exceptions: []`: the list as a block under the key (a comment after the key stays).
    const item: Line[] = lines.map((l, i) => ({ level: 0, text: (i === 0 ? '- ' : '  ') + l.text }));
    const e = insertIntoMapping(fx.edit, ['exceptions'], [{ key: 'exceptions', lines: item, value: stub, order: 0 }]);
    if (!e) return undefined;
    edits.push(...e);
  } else {
    return undefined;
  }
  // Point the clause at its exception, when the clause is there to carry it.
  const mapping = getIn(fx.root, clause.path);
  if (mapping === null || isRecord(mapping)) {
    const ref = getIn(fx.root, [...clause.path, 'exception_ref']);
    const e =
      ref !== undefined && ref !== null
        ? replaceScalar(fx.edit, [...clause.path, 'exception_ref'], id)
        : insertIntoMapping(fx.edit, [...clause.path], [{ key: 'exception_ref', lines: [{ level: 0, text: `exception_ref: ${id}` }], value: id, order: 999 }]);
    if (e) edits.push(...e);
  }
  return { title: t(fx.locale, 'fix.exception', { clause: clause.id }), edits, kind: 'exception', preferred: false };
}

function fixesFor(fx: FixContext, f: Finding): Fix[] {
  const out: (Fix | undefined)[] = [];
  const data = f.data;
  if (data?.kind === 'missing-clause') {
    const clause = CLAUSE_BY_ID.get(data.clause);
    if (clause) out.push(clauseFix(fx, clause));
  } else if (data?.kind === 'missing-param') out.push(paramFix(fx, f, data));
  else if (data?.kind === 'weak-value') out.push(weakFix(fx, f, data));
  else if (data?.kind === 'type') out.push(typeFix(fx, f, data));
  else if (data?.kind === 'unknown-key') out.push(renameFix(fx, f, data));
  else if (data?.kind === 'excepted') {
    // Meeting the baseline ends the need for the exception: offer the raise for a value the exception covers.
    const ptr = fx.byValue.get(spanKey(f.span));
    const clause = CLAUSE_BY_ID.get(f.code);
    const path = ptr === undefined ? [] : pathOf(ptr);
    if (clause && path.length > clause.path.length && clause.path.every((p, i) => path[i] === p) && typeof path[path.length - 1] === 'string') {
      out.push(weakFix(fx, f, { kind: 'weak-value', clause: clause.id, param: String(path[path.length - 1]) }));
    }
  }
  out.push(exceptionFix(fx, f));
  return out.filter((x): x is Fix => !!x);
}

// --- fix all ----------------------------------------------------------------------------------------------------

export interface FixAllResult {
  /** The text after every fix. */
  text: string;
  /** Minimal edits from the original text to `text`. */
  edits: OffsetEdit[];
  clauses: number;
  params: number;
  values: number;
}

/** One round: every missing clause, missing parameter and weak value of this text, merged so nothing overlaps. */
function fixAllRound(fx: FixContext): { edits: OffsetEdit[]; clauses: number; params: number; values: number } {
  const clauses: Clause[] = [];
  const paramsByContainer = new Map<string, { container: (string | number)[]; entries: Entry[] }>();
  const edits: OffsetEdit[] = [];
  let params = 0;
  let values = 0;
  for (const f of fx.findings) {
    const data = f.data;
    if (data?.kind === 'missing-clause') {
      const c = CLAUSE_BY_ID.get(data.clause);
      if (c && !clauses.includes(c)) clauses.push(c);
    } else if (data?.kind === 'missing-param') {
      const plan = planParam(fx, f, data);
      if (!plan) continue;
      const { place, index, value } = plan;
      if (place.fill) {
        const e = paramFix(fx, f, data);
        if (e) {
          edits.push(...e.edits);
          params++;
        }
        continue;
      }
      const key = JSON.stringify(place.container);
      const group = paramsByContainer.get(key) ?? { container: place.container, entries: [] };
      if (!group.entries.some((e) => e.key === data.param)) group.entries.push({ key: data.param, lines: entryLines(data.param, value), value, order: index });
      paramsByContainer.set(key, group);
    } else if (data?.kind === 'weak-value') {
      const e = weakFix(fx, f, data, true);
      if (e) {
        edits.push(...e.edits);
        values++;
      }
    }
  }
  let clauseCount = 0;
  if (clauses.length) {
    const e = insertClauses(fx, clauses);
    if (e) {
      edits.push(...e);
      clauseCount = clauses.length;
    }
  }
  for (const { container, entries } of paramsByContainer.values()) {
    const e = insertIntoMapping(fx.edit, container, entries);
    if (e) {
      edits.push(...e);
      params += entries.length;
    }
  }
  return { edits, clauses: clauseCount, params, values };
}

/**
 * Applies every missing clause, missing parameter and weak value fix, round after round until the text stops
 * changing (at most MAX_ROUNDS). Pure: the CLI's `lint --fix` and the editor's "fix all" both call this.
 */
export function fixAll(name: string, text: string, options: CheckOptions, first?: FixContext): FixAllResult {
  let current = text;
  let clauses = 0;
  let params = 0;
  let values = 0;
  let rounds = 0;
  let firstEdits: OffsetEdit[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fx = round === 0 && first ? first : fixContext(name, current, options);
    if (!fx) break;
    const r = fixAllRound(fx);
    if (!r.edits.length) break;
    const next = applyEdits(current, r.edits);
    if (next === current) break;
    if (round === 0) firstEdits = mergeEdits(r.edits);
    rounds++;
    current = next;
    clauses += r.clauses;
    params += r.params;
    values += r.values;
  }
  // One round: its own edits. More: the minimal edits between the old and the final text (the later rounds' edits
  // are positions in text the client does not have).
  return { text: current, edits: rounds === 1 ? firstEdits : diffEdits(text, current), clauses, params, values };
}

export function fixAllTitle(r: Pick<FixAllResult, 'clauses' | 'params' | 'values'>, locale: Locale = 'en'): string {
  return t(locale, 'fix.all', { clauses: r.clauses, params: r.params, values: r.values });
}

// --- the LSP request --------------------------------------------------------------------------------------------

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** The finding's data as the client echoes it (diagnostics.ts adds `ecc` and `basis`). */
function sameData(sent: unknown, data: FindingData | undefined): boolean {
  if (!sent || typeof sent !== 'object') return true; // a client that drops `data`: code and range decide
  const { ecc: _ecc, basis: _basis, ...rest } = sent as Record<string, unknown>;
  return JSON.stringify(rest) === JSON.stringify(data ?? {});
}

/** The finding a client's diagnostic stands for: same code, range and data, freshly computed from the text. */
function findingFor(document: TextDocument, fx: FixContext, d: Diagnostic, taken: Set<Finding>): Finding | undefined {
  if (d.source !== undefined && d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const start = document.offsetAt(d.range.start);
  const end = document.offsetAt(d.range.end);
  const hit = fx.findings.find((f) => !taken.has(f) && f.code === d.code && f.span.start === start && f.span.end === end && sameData(d.data, f.data));
  if (hit) taken.add(hit);
  return hit;
}

/**
 * Code actions for the diagnostics in `context` (quick fixes) and, when asked for `source.fixAll`, the fix-all
 * action. Each carries its WorkspaceEdit; none needs a client command.
 */
export function getCodeActions(document: TextDocument, _range: Range, context: CodeActionContext, options: CheckOptions, cached?: ParsedYaml): CodeAction[] {
  const text = document.getText();
  const fx = fixContext(document.uri, text, options, cached);
  if (!fx) return [];
  const uri = document.uri;
  const actions: CodeAction[] = [];
  const only = context.only;
  let fixableHere = 0;
  if (wanted(only, CodeActionKind.QuickFix)) {
    const taken = new Set<Finding>();
    const titles = new Set<string>();
    for (const d of context.diagnostics) {
      const f = findingFor(document, fx, d, taken);
      if (!f) continue;
      for (const fix of fixesFor(fx, f)) {
        if (titles.has(fix.title)) continue; // one "record an exception" per clause, however many findings
        titles.add(fix.title);
        if (fix.kind !== 'exception') fixableHere++;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.preferred || undefined,
          edit: { changes: { [uri]: toTextEdits(document, fix.edits) } },
        });
      }
    }
  }
  const fixAllAsQuickFix = fixableHere > 0 && wanted(only, CodeActionKind.QuickFix);
  const fixAllAsSource = !!only && wanted(only, FIX_ALL_KIND);
  if (fixAllAsQuickFix || fixAllAsSource) {
    const all = fixAll(uri, text, options, fx);
    const count = all.clauses + all.params + all.values;
    const edit = { changes: { [uri]: toTextEdits(document, all.edits) } };
    // As a quick fix only when it does more than the single fixes already offered here.
    if (fixAllAsQuickFix && count > 1) actions.push({ title: fixAllTitle(all, fx.locale), kind: CodeActionKind.QuickFix, edit });
    if (fixAllAsSource && all.edits.length) actions.push({ title: fixAllTitle(all, fx.locale), kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

/** The fixes offered for one finding, for tests and the CLI (titles and edits as offsets). */
export function fixesForFinding(name: string, text: string, options: CheckOptions, finding: Finding): { title: string; edits: OffsetEdit[] }[] {
  const fx = fixContext(name, text, options);
  if (!fx) return [];
  return fixesFor(fx, finding).map((f) => ({ title: f.title, edits: f.edits }));
}
