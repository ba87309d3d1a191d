import type { ErrorObject } from 'ajv/dist/2020';
import appendixSchema from '../../../schemas/appendix.schema.json';
import evidenceSchema from '../../../schemas/evidence.schema.json';
import policySchema from '../../../schemas/policy.schema.json';
import snippetsSchema from '../../../schemas/snippets.schema.json';
import type { FileKind } from './files';
import type { Finding, Span } from './findings';
import { VALIDATORS } from './generated/validators';
import { pointer, splitPointer, type ParsedYaml } from './parse';
import { closest } from './text';
import type { Locale } from './i18n/locale';
import { t } from './i18n/messages';
import type { Unit } from './catalogue/types';

/**
 * JSON Schema validation (draft 2020-12) and the mapping of every ajv error to the node it concerns: the value, or
 * the key for unknown keys, never the whole document.
 *
 * The validators are ajv standalone code generated at build time by `npm run gen` (validatorGen.ts writes
 * generated/validators.ts; a test fails when it is stale), so nothing is compiled at run time: compiling the
 * appendix schema with ajv was about 90 ms of the first check and 17 MB of peak memory (docs/benchmarks.md), and no
 * code is generated from data or run through `new Function`.
 */

export const SCHEMAS: Record<FileKind, Record<string, unknown>> = {
  appendix: appendixSchema as Record<string, unknown>,
  evidence: evidenceSchema as Record<string, unknown>,
  policy: policySchema as Record<string, unknown>,
  snippets: snippetsSchema as Record<string, unknown>,
};

/** YAML 1.1 booleans that YAML 1.2 reads as text. */
const YAML11_BOOLEANS: Record<string, boolean> = { yes: true, no: false, on: true, off: false, y: true, n: false };

function lastKey(ptr: string): string {
  const parts = splitPointer(ptr);
  return parts.length ? parts[parts.length - 1] : '(document)';
}

function schemaTypes(schema: Record<string, unknown> | undefined): string[] {
  if (!schema) return [];
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).flatMap(schemaTypes);
  if ('const' in schema) return ['const'];
  return [];
}

/** Arabic-Indic (U+0660…U+0669) and extended Arabic-Indic (U+06F0…U+06F9) digits as Western digits. */
function toWesternDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * Numbers no contract means: `.inf`, `1e999` (read as Infinity), `.nan`, and whole numbers beyond
 * Number.MAX_SAFE_INTEGER, which cannot be read exactly (`99999999999999999999` would become 100000000000000000000).
 * ajv accepts Infinity as an integer and says "NaN", so these get their own finding, worded with the source text.
 * Returns the JSON Pointer of each, in document order.
 */
function oddNumbers(root: unknown): { at: string; value: number }[] {
  const out: { at: string; value: number }[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: root, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || (Number.isInteger(v) && !Number.isSafeInteger(v))) out.push({ at: pointer(path), value: v });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (v[i] !== null && typeof v[i] !== 'string') stack.push({ v: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ v: (v as Record<string, unknown>)[keys[i]], path: [...path, keys[i]] });
    }
  }
  return out;
}

/** The number type a schema error at a location asks for (`integer` unless it says `number`). */
function wantedNumber(errors: readonly ErrorObject[]): 'integer' | 'number' | undefined {
  const types = new Set(errors.flatMap((e) => schemaTypes(e.parentSchema as Record<string, unknown> | undefined)));
  if (types.size && !types.has('integer') && !types.has('number')) return undefined; // text, list, ...: ajv's finding says so
  return types.has('integer') || !types.size ? 'integer' : 'number';
}

/** Turns one group of ajv errors at one location into a finding. */
function toFinding(err: ErrorObject, parsed: ParsedYaml, all: ErrorObject[], locale: Locale): Finding | undefined {
  const at = (ptr: string, useKey: boolean): Span => {
    const loc = parsed.locs.get(ptr);
    if (!loc) return { start: 0, end: 0 };
    return useKey && loc.key ? loc.key : loc.value;
  };
  const base = { ecc: [] as string[], basis: null } as const;
  const value = err.data;
  const key = lastKey(err.instancePath);

  if (err.keyword === 'additionalProperties') {
    const extra = String((err.params as { additionalProperty: string }).additionalProperty);
    const props = Object.keys(((err.parentSchema as Record<string, unknown>)?.properties as object) ?? {});
    const suggestion = closest(extra, props);
    return {
      ...base,
      code: 'unknown-key',
      severity: 'info',
      message: t(locale, 'schema.unknown-key', { extra, where: err.instancePath ? key : undefined, suggestion, known: props }),
      span: at(err.instancePath + pointer([extra]), true),
      data: { kind: 'unknown-key', key: extra, suggestion },
    };
  }
  if (err.keyword === 'required') {
    const missing = (err.params as { missingProperty: string }).missingProperty;
    return {
      ...base,
      code: 'type',
      severity: 'error',
      message: t(locale, 'schema.required', {
        key,
        missing,
        entry: /^\d+$/.test(key) ? { index: Number(key), list: lastKey(err.instancePath.replace(/\/\d+$/, '')) } : undefined,
      }),
      span: at(err.instancePath, true),
      data: { kind: 'type', expected: 'present' },
    };
  }

  const schema = err.parentSchema as Record<string, unknown> | undefined;
  const anyOf = all.find((e) => e.instancePath === err.instancePath && e.keyword === 'anyOf');
  const types = schemaTypes((anyOf?.parentSchema as Record<string, unknown>) ?? schema);
  const span = at(err.instancePath, false);
  const typeFinding = (message: string, expected: string, suggestion?: unknown): Finding => ({
    ...base,
    code: 'type',
    severity: 'error',
    message,
    span,
    data: { kind: 'type', expected, suggestion },
  });

  if (typeof value === 'string' && types.includes('boolean') && value.toLowerCase() in YAML11_BOOLEANS) {
    const b = YAML11_BOOLEANS[value.toLowerCase()];
    return typeFinding(t(locale, 'schema.yaml11-boolean', { key, value, bool: b }), 'boolean', b);
  }
  if (typeof value === 'string' && types.includes('integer')) {
    // Arabic-Indic digits (٢٤, or the Persian ۲۴) are read as the same number for the hint: "write 24".
    const western = toWesternDigits(value);
    const m = /^\s*(\d+)\s*([A-Za-z][A-Za-z ]*)?\s*$/.exec(western);
    if (m && Number.isSafeInteger(Number(m[1]))) {
      const n = Number(m[1]);
      if (western !== value && !m[2]) return typeFinding(t(locale, 'schema.arabic-digits', { key, n, value }), 'integer', n);
      const unit = /_(minutes|hours|business_days|days|months|years)$/.exec(key)?.[1] as Unit | undefined;
      return typeFinding(t(locale, 'schema.bare-number', { key, n, unit, value }), 'integer', n);
    }
  }
  switch (anyOf ? 'anyOf' : err.keyword) {
    case 'anyOf':
      if (types.includes('integer') && types.includes('const'))
        return typeFinding(t(locale, 'schema.years-or-indefinite', { key, value }), 'integer');
      return typeFinding(t(locale, 'schema.wrong-form', { key, value }), 'any');
    case 'type': {
      const want = String((err.params as { type: string }).type);
      return typeFinding(t(locale, 'schema.type', { key, want, value }), want);
    }
    case 'enum': {
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const entryOf = /^\d+$/.test(key) ? lastKey(err.instancePath.replace(/\/\d+$/, '')) : undefined;
      return typeFinding(t(locale, 'schema.enum', { key, entryOf, allowed, value, suggestion }), 'enum', suggestion);
    }
    case 'const':
      return typeFinding(t(locale, 'schema.const', { key, value: String((err.params as { allowedValue: unknown }).allowedValue) }), 'const');
    case 'format': {
      const fmt = (err.params as { format: string }).format;
      return typeFinding(t(locale, fmt === 'date' ? 'schema.date' : 'schema.timestamp', { key, value }), fmt);
    }
    case 'pattern':
      return typeFinding(t(locale, 'schema.country', { key, value }), 'country');
    case 'minimum':
      return typeFinding(t(locale, 'schema.minimum', { key }), 'integer');
    default:
      return typeFinding(t(locale, 'schema.other', { key, detail: err.message }), 'any');
  }
}

/**
 * Validates the plain value against the schema of its kind and returns one finding per offending node, with the
 * JSON Pointer of that node.
 */
export function schemaFindings(kind: FileKind, parsed: ParsedYaml, locale: Locale = 'en'): { finding: Finding; at: string }[] {
  const validate = VALIDATORS[kind];
  const valid = validate(parsed.value);
  const errors = valid ? [] : [...(validate.errors ?? [])];
  const seen = new Set<string>();
  const findings: { finding: Finding; at: string }[] = [];
  // Infinity, NaN and whole numbers too large to read exactly: one finding each, with the number as written, in
  // place of whatever ajv says (or does not say) about them; the rules skip them too (baseline.ts).
  for (const odd of oddNumbers(parsed.value)) {
    const want = wantedNumber(errors.filter((e) => e.instancePath === odd.at));
    if (!want) continue;
    seen.add(odd.at);
    const loc = parsed.locs.get(odd.at);
    const span = loc ? loc.value : { start: 0, end: 0 };
    const source = parsed.text.slice(span.start, span.end) || String(odd.value);
    const key = lastKey(odd.at);
    const message = Number.isFinite(odd.value) ? t(locale, 'schema.too-large', { key, source }) : t(locale, 'schema.non-finite', { key, want, source });
    findings.push({ finding: { code: 'type', severity: 'error', message, span, ecc: [], basis: null, data: { kind: 'type', expected: want } }, at: odd.at });
  }
  for (const err of errors) {
    // One finding per location: the anyOf branch errors below one node are folded into one message.
    const where = err.keyword === 'additionalProperties' ? `${err.instancePath}#${(err.params as { additionalProperty: string }).additionalProperty}` : err.instancePath;
    if (seen.has(where)) continue;
    seen.add(where);
    const finding = toFinding(err, parsed, errors, locale);
    if (finding) findings.push({ finding, at: err.instancePath });
  }
  return findings;
}
