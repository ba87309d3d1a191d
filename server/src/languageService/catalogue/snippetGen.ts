import type { Clause, ParamDef } from './types';

/**
 * Builds snippets/clauses.json (VS Code snippet format) from the catalogue's standard terms, so a snippet always
 * writes the baseline. Bodies start at column 0 with the clause key (`notification:`); `scope.services` writes the
 * keys of `scope:` itself. Numbers are placeholders with the baseline as default, booleans and enums are choices.
 */

export interface SnippetEntry {
  prefix: string;
  description: string;
  /** Clause id the snippet writes (snippet libraries must name it too). */
  clause: string;
  body: string[];
}

const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_.:/ -]*$/;

/** A YAML scalar as text: plain when safe, else double-quoted. */
export function yamlScalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  const looksLikeOther = /^(true|false|null|yes|no|on|off|~|[-+]?\d[\d._:eE+-]*)$/i.test(s);
  return PLAIN.test(s) && !looksLikeOther && !s.endsWith(':') && !s.includes(': ') && !s.includes(' #') ? s : JSON.stringify(s);
}

/** Escapes text for a snippet body ($, } and \ are special). */
function esc(s: string): string {
  return s.replace(/[$}\\]/g, (c) => '\\' + c);
}

function flowValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowValue).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${flowValue(x)}`).join(', ')}}`;
  return yamlScalar(v);
}

class Body {
  lines: string[] = [];
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

function emitParams(body: Body, params: readonly ParamDef[], indent: string): void {
  for (const p of params) {
    const t = p.type;
    if (p.key === 'text' || p.key === 'exception_ref') continue;
    if (p.key === 'ref') {
      body.lines.push(`${indent}ref: "\${${body.next()}:contract section}"`);
      continue;
    }
    if (t.kind === 'object') {
      const std = (p.standard ?? {}) as Record<string, unknown>;
      const inner = t.params.filter((q) => std[q.key] !== undefined || q.standard !== undefined);
      if (!inner.length) continue;
      body.lines.push(`${indent}${p.key}:`);
      emitParams(body, inner.map((q) => ({ ...q, standard: std[q.key] ?? q.standard })), indent + '  ');
      continue;
    }
    if (t.kind === 'date') {
      if (p.baseline?.length || p.key === 'completed_on' || p.key === 'expires_on') body.lines.push(`${indent}${p.key}: \${${body.next()}:YYYY-MM-DD}`);
      continue;
    }
    if (p.standard === undefined) {
      // Required but with no standard value (RTO/RPO, the services list): a named placeholder to fill in.
      if (!p.baseline?.some((b) => !b.profile && !b.when)) continue;
      const hole = `\${${body.next()}:${p.key}}`;
      body.lines.push(`${indent}${p.key}: ${t.kind === 'list' ? `[${hole}]` : t.kind === 'string' ? `"${hole}"` : hole}`);
      continue;
    }
    const v = p.standard;
    if (t.kind === 'object-list' && Array.isArray(v)) {
      body.lines.push(`${indent}${p.key}:`);
      for (const item of v) body.lines.push(`${indent}  - ${esc(flowValue(item))}`);
    } else if (t.kind === 'bool') {
      body.lines.push(`${indent}${p.key}: \${${body.next()}|${v},${!v}|}`);
    } else if (t.kind === 'enum') {
      const others = t.values.filter((x) => x !== v);
      body.lines.push(`${indent}${p.key}: \${${body.next()}|${[String(v), ...others].map((x) => esc(yamlScalar(x)).replace(/[,|]/g, '\\$&')).join(',')}|}`);
    } else if (t.kind === 'int' || t.kind === 'int-or-indefinite') {
      body.lines.push(`${indent}${p.key}: \${${body.next()}:${esc(String(v))}}`);
    } else if (Array.isArray(v)) {
      body.lines.push(`${indent}${p.key}: [\${${body.next()}:${esc(v.map(flowValue).join(', '))}}]`);
    } else {
      body.lines.push(`${indent}${p.key}: \${${body.next()}:${esc(yamlScalar(v))}}`);
    }
  }
}

export function clauseSnippet(c: Clause): SnippetEntry {
  const body = new Body();
  const nested = c.path.length > 1;
  if (nested) body.lines.push(`${c.path[c.path.length - 1]}:`);
  emitParams(body, c.params, nested ? '  ' : '');
  return {
    prefix: c.id,
    description: `${c.title}: standard terms (ECC ${c.ecc[0]}).`,
    clause: c.id,
    body,
  } as unknown as SnippetEntry & { body: Body };
}

export function buildSnippets(clauses: readonly Clause[]): Record<string, SnippetEntry> {
  const out: Record<string, SnippetEntry> = {};
  for (const c of clauses) {
    const s = clauseSnippet(c) as unknown as { prefix: string; description: string; clause: string; body: Body };
    out[c.id] = { prefix: s.prefix, description: s.description, clause: s.clause, body: s.body.lines };
  }
  return out;
}

/** Expands a snippet body with its defaults: `${1:24}` -> 24, `${2|true,false|}` -> true, `$0` -> ''. */
export function expandSnippet(lines: readonly string[]): string {
  const text = lines.join('\n');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      out += text[++i];
    } else if (ch === '$' && text[i + 1] === '{') {
      const m = /^\$\{\d+(?::((?:\\.|[^}\\])*)|\|((?:\\.|[^|\\])*)\|)\}/.exec(text.slice(i));
      if (!m) {
        out += ch;
        continue;
      }
      const raw = m[1] !== undefined ? m[1] : (m[2] ?? '').split(/(?<!\\),/)[0];
      out += raw.replace(/\\(.)/g, '$1');
      i += m[0].length - 1;
    } else if (ch === '$' && /\d/.test(text[i + 1] ?? '')) {
      while (/\d/.test(text[i + 1] ?? '')) i++;
    } else {
      out += ch;
    }
  }
  return out;
}
