/**
 * Team sentence templates: a snippet library may replace the built-in wording of any clause (docs/render.md,
 * "Overriding the wording"). Overrides are data, validated like snippets against the clause's parameters, and a
 * template must still state every parameter of its clause, so a team cannot make an agreed term disappear from
 * the schedule by rewording it.
 *
 * Shape (YAML or JSON, already parsed):
 *   schema: ecc-sentences/v1          # optional
 *   language: en                      # en | ar
 *   clauses:
 *     incident.notification:
 *       title: Notification of incidents                 # optional; the built-in title otherwise
 *       sentences: ["The Supplier shall ... within {initial_notice_hours} ..."]
 *       values: { channels: { phone: "telephone" } }      # optional; merged over the built-in words
 *       items: { centres: "{name}, {city}" }              # optional; merged over the built-in item templates
 */
import { CLAUSES } from '../catalogue/clauses';
import type { Clause, ParamDef } from '../catalogue/types';
import { SENTENCES, type ClauseSentences, type LanguageSentences, type RenderLang } from '../catalogue/sentences';
import { paramAt, parseTemplate, placeholders, type TNode } from './template';
import { pushAll } from '../arrays';

export interface SentenceOverrides {
  language: RenderLang;
  clauses: Readonly<Record<string, ClauseSentences>>;
}

/** A problem in an override file: `path` is a JSON Pointer into the data (the snippet loader maps it to a span). */
export interface OverrideProblem {
  path: string;
  message: string;
}

/** `ref`, `text` and `exception_ref` are rendered by the schedule itself (heading, note, exception line). */
export const FRAME_PARAMS: ReadonlySet<string> = new Set(['ref', 'text', 'exception_ref']);

const CLAUSE_BY_ID = new Map(CLAUSES.map((c) => [c.id, c]));
const ENTRY_KEYS = new Set(['title', 'sentences', 'values', 'items']);

function ptr(...parts: (string | number)[]): string {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every parameter path a complete template must name (nested mapping fields by their dotted path). */
export function requiredPaths(clause: Clause): string[] {
  const out: string[] = [];
  const walk = (params: readonly ParamDef[], prefix: string) => {
    for (const p of params) {
      if (!prefix && FRAME_PARAMS.has(p.key)) continue;
      if (p.type.kind === 'object') walk(p.type.params, `${prefix}${p.key}.`);
      else out.push(prefix + p.key);
    }
  };
  walk(clause.params, '');
  return out;
}

function enumValues(def: ParamDef): readonly string[] | undefined {
  const t = def.type;
  if (t.kind === 'enum') return t.values;
  if (t.kind === 'list' && t.item.kind === 'enum') return t.item.values;
  return undefined;
}

/**
 * Checks one clause's complete template (built-in, or an override merged over it): syntax, that each placeholder
 * names a parameter and suits its type, that every parameter is stated, and that enum values have words.
 * `at` is the JSON Pointer of the entry, for the problems' paths.
 */
export function checkClauseSentences(clause: Clause, cs: ClauseSentences, at: string): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  const named = new Set<string>();
  const asValue = new Set<string>();
  const itemTemplates = new Map<string, TNode[]>();

  if (typeof cs.title !== 'string' || !cs.title.trim()) problems.push({ path: `${at}/title`, message: `The title of \`${clause.id}\` is empty; give the heading the schedule shows.` });
  if (!Array.isArray(cs.sentences) || cs.sentences.length === 0) {
    problems.push({ path: `${at}/sentences`, message: `\`${clause.id}\` has no sentences; give a list of sentence templates.` });
    return problems;
  }

  for (const [key, tpl] of Object.entries(cs.items ?? {})) {
    const def = paramAt(clause.params, key);
    if (!def || def.type.kind !== 'object-list') {
      problems.push({ path: `${at}/items/${key}`, message: `\`items.${key}\` is not a list-of-mappings parameter of \`${clause.id}\`; only such parameters take an item template.` });
      continue;
    }
    const parsed = typeof tpl === 'string' ? parseTemplate(tpl) : { ok: false as const, message: 'it is not a string', at: 0 };
    if (!parsed.ok) {
      problems.push({ path: `${at}/items/${key}`, message: `The item template for \`${key}\` cannot be read at character ${parsed.at + 1}: ${parsed.message}.` });
      continue;
    }
    itemTemplates.set(key, parsed.nodes);
    const fields = new Set<string>();
    for (const ph of placeholders(parsed.nodes)) {
      if (!paramAt(def.type.params, ph.path)) {
        problems.push({ path: `${at}/items/${key}`, message: `The item template for \`${key}\` names \`${ph.path}\`, which is not a field of its entries (${def.type.params.map((p) => `\`${p.key}\``).join(', ')}).` });
      }
      fields.add(ph.path);
    }
    for (const f of def.type.params) {
      if (!fields.has(f.key)) problems.push({ path: `${at}/items/${key}`, message: `The item template for \`${key}\` never states \`${f.key}\`; every field of an entry must appear.` });
    }
  }

  let unreadable = false;
  cs.sentences.forEach((sentence, i) => {
    const here = `${at}/sentences/${i}`;
    if (typeof sentence !== 'string') {
      problems.push({ path: here, message: `Sentence ${i + 1} of \`${clause.id}\` is not a string.` });
      return;
    }
    const parsed = parseTemplate(sentence);
    if (!parsed.ok) {
      unreadable = true;
      problems.push({ path: here, message: `Sentence ${i + 1} of \`${clause.id}\` cannot be read at character ${parsed.at + 1}: ${parsed.message}.` });
      return;
    }
    for (const ph of placeholders(parsed.nodes)) {
      const def = paramAt(clause.params, ph.path);
      if (!def) {
        problems.push({ path: here, message: `Sentence ${i + 1} of \`${clause.id}\` names \`${ph.path}\`, which is not a parameter of that clause.` });
        continue;
      }
      named.add(ph.path);
      const t = def.type;
      const n = ph.node;
      if (n.kind === 'value') {
        if (t.kind === 'object') problems.push({ path: here, message: `Sentence ${i + 1} of \`${clause.id}\` names the mapping \`${ph.path}\`; name its fields instead (${t.params.map((p) => `\`${ph.path}.${p.key}\``).join(', ')}).` });
        if (t.kind === 'object-list' && !itemTemplates.has(ph.path)) problems.push({ path: here, message: `\`${ph.path}\` is a list of mappings; give an item template for it under \`items\`.` });
        if (n.mod === 'or' && t.kind !== 'list' && t.kind !== 'object-list') problems.push({ path: here, message: `\`:or\` on \`${ph.path}\` needs a list parameter.` });
        if (n.mod === 'n' && t.kind !== 'int' && t.kind !== 'int-or-indefinite') problems.push({ path: here, message: `\`:n\` on \`${ph.path}\` needs a number parameter.` });
        asValue.add(ph.path);
      } else if (n.kind === 'cond' && n.eq !== undefined) {
        const allowed =
          t.kind === 'enum'
            ? t.values
            : t.kind === 'int-or-indefinite'
              ? ['indefinite']
              : t.kind === 'bool'
                ? ['true', 'false']
                : t.kind === 'string' || t.kind === 'date' || t.kind === 'country' || t.kind === 'int'
                  ? undefined
                  : [];
        if (allowed && !allowed.includes(n.eq) && !(t.kind === 'int-or-indefinite' && /^\d+$/.test(n.eq))) {
          problems.push({
            path: here,
            message: allowed.length
              ? `Sentence ${i + 1} of \`${clause.id}\` compares \`${ph.path}\` with \`${n.eq}\`, which it can never be; use one of ${allowed.map((v) => `\`${v}\``).join(', ')}.`
              : `Sentence ${i + 1} of \`${clause.id}\` compares \`${ph.path}\` with a value, which a ${t.kind} cannot be compared with; test its presence with \`{${ph.path}?…|…}\` instead.`,
          });
        }
      }
    }
  });

  for (const [key, words] of Object.entries(cs.values ?? {})) {
    const def = paramAt(clause.params, key);
    const values = def && enumValues(def);
    if (!values) {
      problems.push({ path: `${at}/values/${key}`, message: `\`values.${key}\` is not an enum parameter of \`${clause.id}\`; words can only be given for enum values.` });
      continue;
    }
    if (!isRecord(words)) {
      problems.push({ path: `${at}/values/${key}`, message: `\`values.${key}\` must map each value to its words.` });
      continue;
    }
    for (const [v, w] of Object.entries(words)) {
      if (!values.includes(v)) problems.push({ path: `${at}/values/${key}/${v}`, message: `\`${v}\` is not a value of \`${key}\` (values: ${values.map((x) => `\`${x}\``).join(', ')}).` });
      else if (typeof w !== 'string' || !w.trim()) problems.push({ path: `${at}/values/${key}/${v}`, message: `The words for \`${key}: ${v}\` are empty.` });
    }
  }
  for (const path of asValue) {
    const def = paramAt(clause.params, path);
    const values = def && enumValues(def);
    if (!values) continue;
    const words = cs.values?.[path] ?? {};
    const lacking = values.filter((v) => typeof words[v] !== 'string');
    if (lacking.length) problems.push({ path: `${at}/values`, message: `\`${clause.id}\` states \`${path}\` but has no words for ${lacking.map((v) => `\`${v}\``).join(', ')}; add them under \`values.${path}\`.` });
  }

  // Coverage is judged once every sentence can be read (an unreadable one may well name the missing parameter).
  for (const path of unreadable ? [] : requiredPaths(clause)) {
    if (!named.has(path)) problems.push({ path: `${at}/sentences`, message: `The sentences of \`${clause.id}\` never state \`${path}\`; every parameter must appear so no agreed term goes unsaid.` });
  }
  return problems;
}

/** Built-in entry merged with an override entry (sentences replaced; title, values and items overlaid). */
export function mergeClause(base: ClauseSentences, over: Partial<ClauseSentences>): ClauseSentences {
  const values: Record<string, Record<string, string>> = {};
  for (const [k, v] of Object.entries(base.values ?? {})) values[k] = { ...v };
  for (const [k, v] of Object.entries(over.values ?? {})) values[k] = { ...(values[k] ?? {}), ...v };
  return {
    title: over.title ?? base.title,
    sentences: over.sentences ?? base.sentences,
    values,
    items: { ...(base.items ?? {}), ...(over.items ?? {}) },
  };
}

/**
 * Validates override data (see the file comment). Returns the overrides when there is no problem; with problems
 * nothing is returned, so a half-valid file never changes the wording.
 */
export function validateSentenceOverrides(data: unknown): { overrides?: SentenceOverrides; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = [];
  if (!isRecord(data)) return { problems: [{ path: '', message: 'A sentence-template file must be a mapping with `language` and `clauses`.' }] };
  for (const key of Object.keys(data)) {
    if (!['schema', 'language', 'clauses'].includes(key)) problems.push({ path: ptr(key), message: `\`${key}\` is not a key of a sentence-template file (keys: \`schema\`, \`language\`, \`clauses\`).` });
  }
  if (data.schema !== undefined && data.schema !== 'ecc-sentences/v1') problems.push({ path: ptr('schema'), message: `\`schema\` must be \`ecc-sentences/v1\`, not \`${String(data.schema)}\`.` });
  const language = data.language;
  if (language !== 'en' && language !== 'ar') problems.push({ path: ptr('language'), message: '`language` must be `en` or `ar`.' });
  if (!isRecord(data.clauses)) {
    problems.push({ path: ptr('clauses'), message: '`clauses` must map clause ids to their templates.' });
    return { problems };
  }
  const lang: RenderLang = language === 'ar' ? 'ar' : 'en';
  const clauses: Record<string, ClauseSentences> = {};
  for (const [id, entry] of Object.entries(data.clauses)) {
    const at = ptr('clauses', id);
    const clause = CLAUSE_BY_ID.get(id);
    if (!clause) {
      problems.push({ path: at, message: `\`${id}\` is not a catalogue clause id.` });
      continue;
    }
    if (!isRecord(entry)) {
      problems.push({ path: at, message: `The entry for \`${id}\` must be a mapping with \`sentences\`.` });
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!ENTRY_KEYS.has(key)) problems.push({ path: `${at}${ptr(key)}`, message: `\`${key}\` is not a key of a clause template (keys: \`title\`, \`sentences\`, \`values\`, \`items\`).` });
    }
    if (!Array.isArray(entry.sentences)) {
      problems.push({ path: `${at}/sentences`, message: `The entry for \`${id}\` needs \`sentences\`, a list of sentence templates.` });
      continue;
    }
    if (entry.values !== undefined && !isRecord(entry.values)) problems.push({ path: `${at}/values`, message: '`values` must be a mapping.' });
    if (entry.items !== undefined && !isRecord(entry.items)) problems.push({ path: `${at}/items`, message: '`items` must be a mapping.' });
    if (entry.title !== undefined && typeof entry.title !== 'string') problems.push({ path: `${at}/title`, message: '`title` must be a string.' });
    const over = entry as Partial<ClauseSentences>;
    const merged = mergeClause(SENTENCES[lang].clauses[id], {
      title: typeof over.title === 'string' ? over.title : undefined,
      sentences: over.sentences,
      values: isRecord(over.values) ? over.values : undefined,
      items: isRecord(over.items) ? over.items : undefined,
    });
    pushAll(problems, checkClauseSentences(clause, merged, at));
    clauses[id] = merged;
  }
  return problems.length ? { problems } : { overrides: { language: lang, clauses }, problems };
}

/** The language's templates with valid overrides applied (later overrides win). */
export function effectiveSentences(lang: RenderLang, overrides: readonly SentenceOverrides[] = []): LanguageSentences {
  const base = SENTENCES[lang];
  const mine = overrides.filter((o) => o.language === lang);
  if (!mine.length) return base;
  const clauses: Record<string, ClauseSentences> = { ...base.clauses };
  for (const o of mine) for (const [id, cs] of Object.entries(o.clauses)) clauses[id] = mergeClause(clauses[id], cs);
  return { ...base, clauses };
}
