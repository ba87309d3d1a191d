/**
 * `ecc-appendix init`: a complete appendix skeleton from the catalogue for the chosen profiles. Every clause carries
 * the catalogue's standard terms, raised where a profile asks for more, so the file lints clean except for its
 * placeholders: facts only the contract can give (ids, names, dates, countries, SOC centres, which key custody
 * model; catalogue/facts.ts). Those are written so that the linter names each one, once: an empty value the
 * baseline asks for is a "does not state" finding, one nothing else reports a `type` finding ("must be text, not
 * empty"), and a date written `YYYY-MM-DD` a `type` finding ("must be a real calendar date").
 */
import { existsSync, writeFileSync } from 'node:fs';
import { CLAUSES } from '../languageService/catalogue/clauses';
import { isFact } from '../languageService/catalogue/facts';
import { yamlScalar } from '../languageService/catalogue/snippetGen';
import type { Clause, Condition, ParamDef, ProfileId, Test } from '../languageService/catalogue/types';
import { holds } from '../languageService/rules/context';
import { PROFILE_IDS } from '../languageService/settings';
import { usageError } from './config';
import { parseCommand } from './args';
import { InputError, osReason } from './files';

export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

/** A value the user must supply; `what` names it in the summary. */
const PLACEHOLDER = Symbol('placeholder');
const SKIP = Symbol('skip');

export interface Placeholder {
  /** 0-based line in the skeleton. */
  line: number;
  /** YAML path, e.g. `appendix.signed_on`. */
  path: string;
  kind: 'date' | 'value';
}

export interface Skeleton {
  text: string;
  placeholders: Placeholder[];
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Raises a standard value until it passes `test` (the catalogue's thresholds only ever move one way). */
function satisfy(test: Test, value: unknown): unknown {
  switch (test.op) {
    case 'max':
      return typeof value === 'number' && value > test.value ? test.value : value;
    case 'min':
      return typeof value === 'number' && value < test.value ? test.value : value;
    case 'equals':
      return test.value;
    case 'oneOf':
      return typeof value === 'string' && test.values.includes(value) ? value : test.values[0];
    case 'includesAll':
      return Array.isArray(value) ? [...value, ...test.values.filter((v) => !value.includes(v))] : [...test.values];
    case 'includesAny':
      return Array.isArray(value) && test.values.some((v) => value.includes(v)) ? value : [...(Array.isArray(value) ? value : []), test.values[0]];
    case 'allEqual':
      if (!Array.isArray(value)) return value;
      return value.map((item) => (test.field && item && typeof item === 'object' ? { ...item, [test.field]: test.value } : test.field ? item : test.value));
    case 'present':
      return value;
  }
}

interface Ctx {
  flags: ReadonlySet<Condition>;
  profiles: ReadonlySet<ProfileId>;
}

function initialValue(p: ParamDef, standard: unknown): unknown {
  if (p.key === 'ref' || p.key === 'text' || p.key === 'exception_ref') return SKIP;
  if (p.type.kind === 'date') return p.baseline?.length || p.key === 'completed_on' || p.key === 'expires_on' ? DATE_PLACEHOLDER : SKIP;
  if (standard !== undefined) {
    // Standard terms like `TPRA-YYYY-NNN` are identifiers of this contract: the user writes them.
    if (typeof standard === 'string' && /YYYY|NNN/.test(standard)) return PLACEHOLDER;
    return clone(standard);
  }
  return p.baseline?.length ? PLACEHOLDER : SKIP;
}

/** The parameter's summary as a short comment: "the services, systems, ... in plain words". */
function hint(p: ParamDef): string {
  const s = p.summary.replace(/\.$/, '').replace(/ \(checked in code\)$/, '');
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function flow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')}}`;
  return yamlScalar(v);
}

class Writer {
  readonly lines: string[] = [];
  readonly placeholders: Placeholder[] = [];

  push(line: string): void {
    this.lines.push(line);
  }

  placeholder(indent: string, key: string, path: string, hint: string, date = false): void {
    this.placeholders.push({ line: this.lines.length, path, kind: date ? 'date' : 'value' });
    this.lines.push(date ? `${indent}${key}: ${DATE_PLACEHOLDER}   # fill in: ${hint}` : `${indent}${key}:   # fill in: ${hint}`);
  }
}

function writeParams(w: Writer, ctx: Ctx, params: readonly ParamDef[], standard: Record<string, unknown> | undefined, indent: string, path: string, clauseId = path): void {
  for (const p of params) {
    const std = standard && p.key in standard ? standard[p.key] : p.standard;
    if (p.type.kind === 'object') {
      const inner = (std ?? {}) as Record<string, unknown>;
      const nested = p.type.params.filter((q) => inner[q.key] !== undefined || q.standard !== undefined || q.baseline?.length);
      if (!nested.length) continue;
      w.push(`${indent}${p.key}:`);
      writeParams(w, ctx, nested, inner, indent + '  ', `${path}.${p.key}`, clauseId);
      continue;
    }
    const here = `${path}.${p.key}`;
    // A fact about the deal (a reference, a name, a country, a SOC centre, which key custody model) is never made up:
    // it is a named placeholder where the baseline asks for it, and left out otherwise (catalogue/facts.ts). The
    // scope's flags and `soc.location_ksa.applies` stay: they are the skeleton's stated assumptions for its profiles.
    const assumption = path.startsWith('scope.services') || here === 'soc.location_ksa.applies';
    if (!assumption && isFact(clauseId, here.slice(clauseId.length + 1).split('.'), p)) {
      // the skeleton holds the MSOC licence clause too (its comment says to delete it without managed security services)
      const inSkeleton = { flags: new Set<Condition>([...ctx.flags, 'managed_security_services']), profiles: ctx.profiles };
      const asked = p.baseline?.some((t) => holds(inSkeleton, t.when, t.profile)) || p.key === 'completed_on' || p.key === 'expires_on';
      if (asked) w.placeholder(indent, p.key, here, hint(p), p.type.kind === 'date');
      continue;
    }
    let value = initialValue(p, std);
    if (value === SKIP) continue;
    if (value === PLACEHOLDER) {
      w.placeholder(indent, p.key, here, hint(p));
      continue;
    }
    if (value === DATE_PLACEHOLDER) {
      w.placeholder(indent, p.key, here, hint(p), true);
      continue;
    }
    for (const t of p.baseline ?? []) if (holds(ctx, t.when, t.profile)) value = satisfy(t.test, value);
    if (p.type.kind === 'object-list' && Array.isArray(value)) {
      w.push(`${indent}${p.key}:`);
      for (const item of value) w.push(`${indent}  - ${flow(item)}`);
    } else {
      w.push(`${indent}${p.key}: ${flow(value)}`);
    }
  }
}

function clauseComment(c: Clause): string {
  const note = c.missing.requiredWhen?.includes('managed_security_services')
    ? '; only for managed security services: delete it otherwise'
    : c.missing.requiredWhen?.includes('cloud_or_hosting')
      ? '; required for cloud or hosting'
      : '';
  return `   # ${c.number}. ${c.title} (ECC ${c.ecc[0]}${c.basis === 'nca' ? ', NCA requirement' : ''})${note}`;
}

/**
 * The skeleton text for `profiles` (besides `ecc-baseline`). `ecc+cscc` and `ecc+ccc` also set the scope flags that
 * make those overlays binding (`critical_systems`, `cloud_or_hosting`).
 */
export function buildSkeleton(profiles: readonly ProfileId[]): Skeleton {
  const extra = [...new Set(profiles.filter((p) => p !== 'ecc-baseline'))];
  const critical = extra.includes('ecc+cscc');
  const cloud = extra.includes('ecc+ccc');
  const flags = new Set<Condition>(['it_outsourcing_or_managed', 'soc_applies']);
  if (critical) flags.add('critical_systems');
  if (cloud) flags.add('cloud_or_hosting');
  const ctx: Ctx = { flags, profiles: new Set<ProfileId>(['ecc-baseline', ...extra]) };
  const scopeStandard: Record<string, unknown> = { critical_systems: critical, cloud_or_hosting: cloud };

  const w = new Writer();
  w.push(`# Security appendix skeleton written by \`ecc-appendix init\` for ${['ecc-baseline', ...extra].join(' + ')} (catalogue v1, ECC-2:2024).`);
  w.push('# Each clause holds the catalogue\'s standard terms for these profiles: change them to match the signed contract.');
  w.push('# Placeholders are empty values and YYYY-MM-DD dates; `ecc-appendix lint` names each one until it is filled in.');
  w.push('schema: ecc-appendix/v1');
  w.push('appendix:');
  w.placeholder('  ', 'id', 'appendix.id', 'identifier of this appendix, e.g. APX-2026-001');
  w.push('  title: "Cybersecurity appendix"');
  w.placeholder('  ', 'contract_ref', 'appendix.contract_ref', 'reference of the main contract');
  w.push('  version: "1.0"');
  w.placeholder('  ', 'signed_on', 'appendix.signed_on', 'date the contract was signed', true);
  w.placeholder('  ', 'effective_from', 'appendix.effective_from', 'date the services start', true);
  w.placeholder('  ', 'term_months', 'appendix.term_months', 'contract term in months');
  w.placeholder('  ', 'last_reviewed_on', 'appendix.last_reviewed_on', 'date the parties last reviewed this appendix', true);
  w.push('  customer:');
  w.placeholder('    ', 'name', 'appendix.customer.name', 'customer name');
  w.placeholder('    ', 'entity_type', 'appendix.customer.entity_type', 'government, cni_operator or private');
  w.push('  provider:');
  w.placeholder('    ', 'name', 'appendix.provider.name', 'provider name');
  w.placeholder('    ', 'country', 'appendix.provider.country', 'two-letter country code of the contracting provider, e.g. SA');
  if (extra.length) w.push(`profile: [${extra.join(', ')}]`);

  let section = '';
  for (const c of CLAUSES) {
    if (c.path.length === 1) {
      w.push('');
      w.push(`${c.path[0]}:${clauseComment(c)}`);
      section = c.path[0];
      writeParams(w, ctx, c.params, c.id === 'scope.services' ? scopeStandard : undefined, '  ', c.path.join('.'));
      continue;
    }
    if (c.path[0] !== section) {
      w.push('');
      w.push(`${c.path[0]}:`);
      section = c.path[0];
    }
    w.push(`  ${c.path[1]}:${clauseComment(c)}`);
    writeParams(w, ctx, c.params, undefined, '    ', c.id);
  }
  w.push('');
  w.push('exceptions: []   # approved deviations: id, clause, deviation, risk_ref, approved_by, approved_on, expires_on');
  return { text: w.lines.join('\n') + '\n', placeholders: w.placeholders };
}

/**
 * `ecc-appendix init [--profile NAME]... [--output FILE] [--force]`: writes the skeleton to FILE (never over an
 * existing file without --force) or to stdout, and lists the placeholders on stderr.
 */
export function initCommand(argv: string[], usage = ''): number {
  const { values, positionals } = parseCommand(argv, {
    profile: { type: 'string', multiple: true, default: [] },
    output: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (positionals.length) return usageError(`init takes no paths; write the skeleton with --output FILE (got "${positionals[0]}")`);
  const profiles = (values.profile as string[]);
  for (const p of profiles) if (!PROFILE_IDS.includes(p as ProfileId)) return usageError(`unknown profile "${p}"; profiles: ${PROFILE_IDS.join(', ')}`);
  const skeleton = buildSkeleton(profiles as ProfileId[]);
  const out = values.output;
  if (out !== undefined) {
    if (!values.force && existsSync(out)) return usageError(`${out} already exists; choose another --output or add --force to overwrite it`);
    try {
      writeFileSync(out, skeleton.text);
    } catch (e) {
      throw new InputError(`cannot write ${out}: ${osReason(e)}`);
    }
  } else {
    process.stdout.write(skeleton.text);
  }
  const where = out !== undefined ? `Wrote ${out}` : 'Skeleton written to stdout';
  process.stderr.write(
    `${where}: ${CLAUSES.length} clauses with standard terms. Fill in ${skeleton.placeholders.length} placeholders (\`ecc-appendix lint\` reports each until done):\n` +
      skeleton.placeholders.map((p) => `  line ${p.line + 1}: ${p.path}${p.kind === 'date' ? ` (${DATE_PLACEHOLDER})` : ''}\n`).join(''),
  );
  return 0;
}
