/**
 * Fixtures for the rendering tests: a "full" appendix that states every parameter of every clause with a value
 * that can be found again in the prose (distinct numbers, tagged strings, every enum value in lists).
 */
import { stringify } from 'yaml';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import type { Clause, ParamDef } from '../../server/src/languageService/catalogue/types';

/** A value for `p` of clause `c`; `n` makes numbers distinct across the whole appendix. */
export function sampleValue(c: Clause, p: ParamDef, n: () => number): unknown {
  const t = p.type;
  switch (t.kind) {
    case 'int':
      return n();
    case 'int-or-indefinite':
      return n();
    case 'bool':
      return true;
    case 'string':
      return `${p.key.replace(/_/g, '-')}-${c.number}`;
    case 'date':
      return `2025-0${(c.number % 9) + 1}-1${c.number % 10}`;
    case 'country':
      return 'SA';
    case 'enum':
      return t.values[t.values.length - 1];
    case 'list':
      if (t.item.kind === 'enum') return [...t.item.values];
      if (t.item.kind === 'country') return ['SA', 'AE'];
      return [`first ${p.key} item ${c.number}`, `second ${p.key} item ${c.number}`];
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const q of t.params) o[q.key] = sampleValue(c, q, n);
      return o;
    }
    case 'object-list':
      return [0, 1].map((i) => {
        const o: Record<string, unknown> = {};
        for (const q of t.params) o[q.key] = q.type.kind === 'country' ? (i ? 'AE' : 'SA') : `${q.key}-${i + 1}-${c.number}`;
        return o;
      });
  }
}

/** The full appendix as data (every clause, every parameter, an exception per clause named by `exception_ref`). */
export function fullAppendixData(): Record<string, unknown> {
  let next = 100;
  const n = () => next++;
  const root: Record<string, unknown> = {
    schema: 'ecc-appendix/v1',
    appendix: {
      id: 'APX-FULL-1',
      title: 'Full Schedule',
      contract_ref: 'MSA-FULL',
      version: '9.9',
      signed_on: '2025-03-02',
      effective_from: '2025-04-01',
      term_months: 36,
      last_reviewed_on: '2025-03-03',
      customer: { name: 'Customer Authority', entity_type: 'government' },
      provider: { name: 'Provider Co.', country: 'SA' },
    },
  };
  const exceptions: unknown[] = [];
  for (const c of CLAUSES) {
    const obj: Record<string, unknown> = {};
    for (const p of c.params) {
      if (p.key === 'ref') obj.ref = `Sched. F s.${c.number}`;
      else if (p.key === 'text') obj.text = `Note for clause ${c.number}.`;
      else if (p.key === 'exception_ref') obj.exception_ref = `EXC-F-${c.number}`;
      else obj[p.key] = sampleValue(c, p, n);
    }
    if (c.path.length === 1) Object.assign((root[c.path[0]] ??= {}) as object, obj);
    else ((root[c.path[0]] ??= {}) as Record<string, unknown>)[c.path[1]] = obj;
    exceptions.push({
      id: `EXC-F-${c.number}`,
      clause: c.id,
      deviation: `deviation ${c.number}`,
      compensating_controls: `controls ${c.number}`,
      risk_ref: `RISK-${c.number}`,
      approved_by: 'CISO',
      approved_on: '2025-02-01',
      expires_on: '2026-02-01',
    });
  }
  root.exceptions = exceptions;
  return root;
}

export function fullAppendixText(): string {
  return stringify(fullAppendixData(), { lineWidth: 0 });
}
