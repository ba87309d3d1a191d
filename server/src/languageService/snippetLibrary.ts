/**
 * Snippet libraries: a team's approved clause wording as data (`*.snippets.yaml`, `schema: ecc-snippets/v1`).
 *
 *   schema: ecc-snippets/v1
 *   library: Acme legal
 *   snippets:
 *     - name: 12-hour notice
 *       clause: incident.notification
 *       terms: { initial_notice_hours: 12, detailed_report_hours: 48, ... }
 *
 * Each entry's `terms` are checked as if they sat under the clause in an appendix: their shape against the appendix
 * schema and their values against the baseline of the policy's profiles (`snippet-below-baseline`), so a library
 * cannot hand out terms the linter would then flag. Entries become completions labelled with their library.
 * Pure: the server and the CLI read the folders and pass text in.
 */
import { yamlScalar } from './catalogue/snippetGen';
import type { Clause } from './catalogue/types';
import type { Finding } from './findings';
import { parseYaml, pointer, type Loc, type ParsedYaml } from './parse';
import type { ResolvedPolicy } from './policy';
import { baseline } from './rules/baseline';
import { activeProfiles, CLAUSE_BY_ID, flagsOf, isRecord, type AppendixContext } from './rules/context';
import { schemaFindings } from './schema';
import { SCHEMA_IDS } from './files';
import type { Locale } from './i18n/locale';
import { t } from './i18n/messages';

/** One library entry ready for completion. */
export interface LibrarySnippet {
  /** The library's `library:` name (the completion label shows it). */
  library: string;
  name: string;
  clause: string;
  description: string;
  /** Snippet body lines (VS Code snippet syntax, `$` escaped), starting with the clause key at column 0;
   * `scope.services` writes the keys of `scope:` itself, as the built-in snippets do. */
  body: string[];
  /** Where the entry comes from (path or URI), for the completion's detail. */
  source: string;
}

/** Escapes snippet syntax: the terms are literal text. */
function esc(s: string): string {
  return s.replace(/[$}\\]/g, (c) => '\\' + c);
}

function flow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (isRecord(v)) return `{${Object.entries(v).map(([k, x]) => `${yamlScalar(k)}: ${flow(x)}`).join(', ')}}`;
  if (v === null || v === undefined) return 'null';
  return yamlScalar(v);
}

/** YAML lines for a mapping, block style for nested mappings, flow style for lists of plain values. */
export function termsYaml(terms: Record<string, unknown>, indent = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(terms)) {
    const key = yamlScalar(k);
    if (isRecord(v)) {
      out.push(`${indent}${key}:`, ...termsYaml(v, indent + '  '));
    } else if (Array.isArray(v) && v.some((x) => isRecord(x) || Array.isArray(x))) {
      out.push(`${indent}${key}:`, ...v.map((x) => `${indent}  - ${flow(x)}`));
    } else {
      out.push(`${indent}${key}: ${flow(v)}`);
    }
  }
  return out;
}

function snippetBody(clause: Clause, terms: Record<string, unknown>): string[] {
  const lines = clause.path.length > 1 ? [`${clause.path[clause.path.length - 1]}:`, ...termsYaml(terms, '  ')] : termsYaml(terms);
  return lines.map(esc);
}

/**
 * The usable entries of a library file, for completion: a valid header, a clause the catalogue knows and a mapping
 * of terms. Problems are not reported here (the file's own diagnostics do that); bad entries are skipped.
 */
export function readLibrarySnippets(source: string, text: string, parsed: ParsedYaml = parseYaml(text)): LibrarySnippet[] {
  const root = parsed.broken ? undefined : parsed.value;
  if (!isRecord(root) || root.schema !== SCHEMA_IDS.snippets || !Array.isArray(root.snippets)) return [];
  const library = typeof root.library === 'string' && root.library.trim() ? root.library.trim() : (source.split(/[\\/]/).pop() ?? source);
  const out: LibrarySnippet[] = [];
  for (const entry of root.snippets) {
    if (!isRecord(entry) || typeof entry.clause !== 'string' || !isRecord(entry.terms)) continue;
    const clause = CLAUSE_BY_ID.get(entry.clause);
    if (!clause) continue;
    const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : clause.id;
    out.push({
      library,
      name,
      clause: clause.id,
      description: typeof entry.description === 'string' ? entry.description : clause.title,
      body: snippetBody(clause, entry.terms),
      source,
    });
  }
  return out;
}

/**
 * A view of one entry's `terms` as an appendix holding just that clause, with every location re-keyed, so the
 * appendix schema and the baseline rule run unchanged and their spans land in the library file.
 */
function asAppendix(parsed: ParsedYaml, index: number, clause: Clause, terms: Record<string, unknown>): ParsedYaml {
  const base = pointer(['snippets', index, 'terms']);
  const target = pointer(clause.path);
  const locs = new Map<string, Loc>();
  const termsLoc = parsed.locs.get(base)!;
  for (const [ptr, loc] of parsed.locs) {
    if (ptr === base || ptr.startsWith(base + '/')) locs.set(target + ptr.slice(base.length), loc);
  }
  // Ancestors (the section, the document) fall back to the `terms:` key.
  for (let n = 0; n < clause.path.length; n++) locs.set(pointer(clause.path.slice(0, n)), termsLoc);
  const root: Record<string, unknown> = { schema: SCHEMA_IDS.appendix };
  let cur = root;
  clause.path.forEach((key, i) => {
    const next = i === clause.path.length - 1 ? terms : {};
    Object.defineProperty(cur, key, { value: next, enumerable: true, writable: true, configurable: true });
    cur = next as Record<string, unknown>;
  });
  return { text: parsed.text, value: root, locs, problems: [], broken: false, doc: undefined };
}

/**
 * Findings of a library file beyond its schema: duplicate names, the shape of each entry's terms (appendix schema)
 * and terms below the baseline of `ecc-baseline` plus the policy's profiles (`snippet-below-baseline`, with the
 * baseline's severity). Conditions that depend on an appendix's scope (critical systems, cloud) are not known here,
 * so thresholds that need them are not checked; conditions the terms state themselves are.
 */
export function snippetFileFindings(parsed: ParsedYaml, policy: ResolvedPolicy | undefined, asOf: string, locale: Locale = 'en'): Finding[] {
  const root = parsed.value;
  if (!isRecord(root) || !Array.isArray(root.snippets)) return [];
  const out: Finding[] = [];
  const names = new Map<string, number>();
  root.snippets.forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const nameLoc = parsed.locs.get(pointer(['snippets', i, 'name']));
    if (typeof entry.name === 'string' && nameLoc) {
      const first = names.get(entry.name);
      if (first !== undefined) {
        out.push({
          code: 'duplicate-key',
          severity: 'error',
          message: t(locale, 'snippet.duplicate-name', { first, name: entry.name }),
          span: nameLoc.value,
          ecc: [],
          basis: null,
          data: { kind: 'other' },
        });
      } else {
        names.set(entry.name, i);
      }
    }
    const clause = typeof entry.clause === 'string' ? CLAUSE_BY_ID.get(entry.clause) : undefined;
    if (!clause || !isRecord(entry.terms) || !parsed.locs.has(pointer(['snippets', i, 'terms']))) return;
    const view = asAppendix(parsed, i, clause, entry.terms);
    const inside = pointer(clause.path);
    for (const { finding, at } of schemaFindings('appendix', view, locale)) {
      if (at !== inside && !at.startsWith(inside + '/')) continue;
      out.push({ ...finding, ecc: clause.ecc, basis: clause.basis });
    }
    // Conditions the terms themselves state (a SOC clause with `applies: true`) count; scope flags of an appendix
    // (critical systems, cloud) are unknown here, so thresholds that need them are not checked.
    const root = view.value as Record<string, unknown>;
    const flags = flagsOf(root);
    const ctx: AppendixContext = {
      parsed: view,
      root,
      flags,
      profiles: activeProfiles({}, flags, policy?.profiles ?? []),
      asOf,
      policy,
      locale,
    };
    const name = typeof entry.name === 'string' ? entry.name : undefined;
    for (const f of baseline(ctx)) {
      if (f.code !== clause.id) continue;
      out.push({
        ...f,
        code: f.severity === 'info' ? f.code : 'snippet-below-baseline',
        message: t(locale, 'snippet.finding', { name, index: i, clause: clause.id, message: f.message }),
      });
    }
  });
  return out;
}
