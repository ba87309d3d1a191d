/**
 * A clause is present but a parameter is missing or weaker than its baseline (catalogue 5.2 "Baseline"), with the
 * strictest applicable threshold of the active profiles reported, once per parameter, on the value.
 *   bad:  initial_notice_hours: 48     -> "is 48 hours; the baseline is at most 24 hours"
 *   good: initial_notice_hours: 24
 */
import { CLAUSES } from '../catalogue/clauses';
import { basisWords, describeFailure, describeTest, evaluate, showValue } from '../catalogue/describe';
import type { Clause, ParamDef, Severity, Threshold } from '../catalogue/types';
import { SEVERITY_RANK, type Finding } from '../findings';
import { clauseFinding, getIn, hasPath, holds, isRecord, spanAt, type AppendixContext, type AppendixRule } from './context';

interface Failure {
  threshold: Threshold;
  severity: Severity;
  escalated: boolean;
}

function failures(ctx: AppendixContext, param: ParamDef, value: unknown): Failure[] {
  const out: Failure[] = [];
  for (const t of param.baseline ?? []) {
    if (!holds(ctx, t.when, t.profile)) continue;
    if (evaluate(t.test, value) !== false) continue;
    const escalated = !!t.escalate && evaluate(t.escalate.test, value) === false;
    out.push({ threshold: t, severity: escalated ? t.escalate!.severity : t.severity, escalated });
  }
  return out;
}

/** The failure to report: highest severity; among equals the later (profile-specific, stricter) threshold. */
function worst(list: Failure[]): Failure | undefined {
  let best: Failure | undefined;
  for (const f of list) if (!best || SEVERITY_RANK[f.severity] >= SEVERITY_RANK[best.severity]) best = f;
  return best;
}

/** "above 72 hours" / "below 6 months" for an escalation line. */
function beyond(test: Threshold['test'], param: ParamDef): string {
  if (test.op === 'max') return `above ${showValue(test.value, param.type)}`;
  if (test.op === 'min') return `below ${showValue(test.value, param.type)}`;
  return `unless ${describeTest(test, param.type)}`;
}

function checkParams(ctx: AppendixContext, clause: Clause, params: readonly ParamDef[], path: (string | number)[], out: Finding[]): void {
  const mapping = getIn(ctx.root, path);
  const where = path.length > clause.path.length ? `${clause.id}.${path.slice(clause.path.length).join('.')}` : clause.id;
  for (const param of params) {
    const at = [...path, param.key];
    const value = isRecord(mapping) ? mapping[param.key] : undefined;
    if (param.type.kind === 'object' && isRecord(value)) {
      checkParams(ctx, clause, param.type.params, at, out);
    }
    if (!param.baseline?.length) continue;
    if (value === undefined || value === null) {
      // Absent or empty: one finding naming the strictest applicable baseline.
      const applicable = param.baseline.filter((t) => holds(ctx, t.when, t.profile));
      if (!applicable.length) continue;
      const t = worst(applicable.map((threshold) => ({ threshold, severity: threshold.severity, escalated: false })))!.threshold;
      out.push(
        clauseFinding(clause, {
          basis: t.basis,
          severity: t.severity,
          message:
            t.test.op === 'present'
              ? `\`${where}\` does not state \`${param.key}\`, which the baseline requires (${basisWords(t)}).`
              : `\`${where}\` does not state \`${param.key}\`; the baseline is ${describeTest(t.test, param.type)} (${basisWords(t)}).`,
          span: spanAt(ctx.parsed, value === null && hasPath(ctx.parsed, at) ? at : path, true),
          data: { kind: 'missing-param', clause: clause.id, param: param.key },
        }),
      );
      continue;
    }
    const f = worst(failures(ctx, param, value));
    if (!f) continue;
    const t = f.threshold;
    const extra = f.escalated && t.escalate ? `, and ${beyond(t.escalate.test, param)} it ${t.escalate.reason}` : '';
    out.push(
      clauseFinding(clause, {
        basis: t.basis,
        severity: f.severity,
        message: `\`${param.key}\` ${describeFailure(t.test, value, param.type)}; the baseline is ${describeTest(t.test, param.type)}${extra} (${basisWords(t)}).`,
        span: spanAt(ctx.parsed, at),
        data: { kind: 'weak-value', clause: clause.id, param: param.key, baseline: param.standard },
      }),
    );
  }
}

export const baseline: AppendixRule = (ctx) => {
  const out: Finding[] = [];
  for (const clause of CLAUSES) {
    const mapping = getIn(ctx.root, clause.path);
    if (mapping === undefined) continue; // absent: missingClause reports it
    if (mapping !== null && !isRecord(mapping)) continue; // wrong form: the schema check reports it
    checkParams(ctx, clause, clause.params, [...clause.path], out);
  }
  return out;
};
