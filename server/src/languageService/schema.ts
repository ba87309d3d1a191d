import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import appendixSchema from '../../../schemas/appendix.schema.json';
import evidenceSchema from '../../../schemas/evidence.schema.json';
import policySchema from '../../../schemas/policy.schema.json';
import { isValidDate, isValidTimestamp } from './dates';
import type { FileKind } from './files';
import type { Finding, Span } from './findings';
import { pointer, splitPointer, type ParsedYaml } from './parse';
import { closest } from './text';

/**
 * JSON Schema validation (draft 2020-12, compiled once) and the mapping of every ajv error to the node it
 * concerns: the value, or the key for unknown keys, never the whole document.
 */

let compiled: Record<FileKind, ValidateFunction> | undefined;

function validators(): Record<FileKind, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  ajv.addFormat('date', { type: 'string', validate: (s: string) => isValidDate(s) });
  ajv.addFormat('date-time', { type: 'string', validate: (s: string) => isValidTimestamp(s, true) });
  compiled = {
    appendix: ajv.compile(appendixSchema),
    evidence: ajv.compile(evidenceSchema),
    policy: ajv.compile(policySchema),
  };
  return compiled;
}

export const SCHEMAS: Record<FileKind, Record<string, unknown>> = {
  appendix: appendixSchema as Record<string, unknown>,
  evidence: evidenceSchema as Record<string, unknown>,
  policy: policySchema as Record<string, unknown>,
};

/** YAML 1.1 booleans that YAML 1.2 reads as text. */
const YAML11_BOOLEANS: Record<string, boolean> = { yes: true, no: false, on: true, off: false, y: true, n: false };

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

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

/** Turns one group of ajv errors at one location into a finding. */
function toFinding(err: ErrorObject, parsed: ParsedYaml, all: ErrorObject[]): Finding | undefined {
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
    const where = err.instancePath ? `\`${key}\`` : 'the top level of an appendix';
    return {
      ...base,
      code: 'unknown-key',
      severity: 'info',
      message:
        `\`${extra}\` is not a key the catalogue knows in ${where}` +
        (suggestion ? `; did you mean \`${suggestion}\`?` : `; known keys: ${props.slice(0, 12).join(', ')}${props.length > 12 ? ', …' : ''}.`),
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
      message: `\`${key}\` must state \`${missing}\`.`,
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
    return typeFinding(
      `\`${key}\` must be true or false; \`${value}\` is text in YAML 1.2 (only YAML 1.1 read it as a yes/no value): write ${b}.`,
      'boolean',
      b,
    );
  }
  if (typeof value === 'string' && types.includes('integer')) {
    const m = /^\s*(\d+)\s*([A-Za-z][A-Za-z ]*)?\s*$/.exec(value);
    if (m) {
      const n = Number(m[1]);
      const unit = /_(minutes|hours|business_days|days|months|years)$/.exec(key)?.[1]?.replace('_', ' ');
      return typeFinding(
        `\`${key}\` must be a bare whole number${unit ? ` of ${unit} (the unit is in the key name)` : ''}: write ${n}, not "${value}".`,
        'integer',
        n,
      );
    }
  }
  switch (anyOf ? 'anyOf' : err.keyword) {
    case 'anyOf':
      if (types.includes('integer') && types.includes('const'))
        return typeFinding(`\`${key}\` must be a whole number of years or \`indefinite\`, not ${describe(value)}.`, 'integer');
      return typeFinding(`\`${key}\` has the wrong form (${describe(value)}).`, 'any');
    case 'type': {
      const want = String((err.params as { type: string }).type);
      const words: Record<string, string> = {
        integer: 'a whole number',
        boolean: 'true or false',
        string: 'text',
        array: 'a list',
        object: 'a mapping of keys',
        number: 'a number',
      };
      return typeFinding(`\`${key}\` must be ${words[want] ?? want}, not ${describe(value)}.`, want);
    }
    case 'enum': {
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const item = /^\d+$/.test(key) ? `An entry of \`${lastKey(err.instancePath.replace(/\/\d+$/, ''))}\`` : `\`${key}\``;
      return typeFinding(
        `${item} must be one of ${allowed.join(', ')}; ${describe(value)} is not` + (suggestion ? ` (did you mean \`${suggestion}\`?)` : '') + '.',
        'enum',
        suggestion,
      );
    }
    case 'const':
      return typeFinding(`\`${key}\` must be \`${String((err.params as { allowedValue: unknown }).allowedValue)}\`.`, 'const');
    case 'format': {
      const fmt = (err.params as { format: string }).format;
      return typeFinding(
        fmt === 'date'
          ? `\`${key}\` must be a real calendar date written YYYY-MM-DD; ${describe(value)} is not one.`
          : `\`${key}\` must be a timestamp with its offset, e.g. 2025-08-14T02:10:00+03:00; ${describe(value)} is not one.`,
        fmt,
      );
    }
    case 'pattern':
      return typeFinding(`\`${key}\` must be a two-letter ISO 3166-1 country code in capitals, such as SA; ${describe(value)} is not.`, 'country');
    case 'minimum':
      return typeFinding(`\`${key}\` must not be negative.`, 'integer');
    default:
      return typeFinding(`\`${key}\`: ${err.message ?? 'invalid value'}.`, 'any');
  }
}

/**
 * Validates the plain value against the schema of its kind and returns one finding per offending node, with the
 * JSON Pointer of that node.
 */
export function schemaFindings(kind: FileKind, parsed: ParsedYaml): { finding: Finding; at: string }[] {
  const validate = validators()[kind];
  if (validate(parsed.value)) return [];
  const errors = validate.errors ?? [];
  const seen = new Set<string>();
  const findings: { finding: Finding; at: string }[] = [];
  for (const err of errors) {
    // One finding per location: the anyOf branch errors below one node are folded into one message.
    const where = err.keyword === 'additionalProperties' ? `${err.instancePath}#${(err.params as { additionalProperty: string }).additionalProperty}` : err.instancePath;
    if (seen.has(where)) continue;
    seen.add(where);
    const finding = toFinding(err, parsed, errors);
    if (finding) findings.push({ finding, at: err.instancePath });
  }
  return findings;
}
