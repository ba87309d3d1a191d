/**
 * A clause is present but a parameter is missing or weaker than its baseline (catalogue 5.2 "Baseline"), with the
 * strictest applicable threshold of the active profiles reported, once per parameter, on the value.
 *   bad:  initial_notice_hours: 48     -> "is 48 hours; the baseline is at most 24 hours"
 *   good: initial_notice_hours: 24
 */
import { CLAUSES } from '../catalogue/clauses';
import { evaluate } from '../catalogue/describe';
import type { Clause, ParamDef, Severity, Threshold } from '../catalogue/types';
import { SEVERITY_RANK, type Finding } from '../findings';
import type { Requirement } from '../i18n/appendix';
import { t as msg } from '../i18n/messages';
import { teamOverride, teamThresholdFacts, thresholdsFor } from '../policy';
import { clauseFinding, getIn, hasPath, holds, isRecord, spanAt, type AppendixContext, type AppendixRule } from './context';

interface Failure {
  threshold: Threshold;
  severity: Severity;
  escalated: boolean;
}

function failures(ctx: AppendixContext, param: ParamDef, value: unknown, thresholds: readonly Threshold[]): Failure[] {
  const out: Failure[] = [];
  for (const t of thresholds) {
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

/** What a threshold asks: "the baseline is at most 24 hours (recommended practice, product brief)", or the team
 * policy's words (i18n/appendix.ts words it). */
function requirement(t: Threshold, param: ParamDef): Requirement {
  const team = teamOverride(t);
  return team ? { kind: 'team', ...teamThresholdFacts(team, param) } : { kind: 'baseline', test: t.test, basis: t.basis, origin: t.origin };
}

function checkParams(ctx: AppendixContext, clause: Clause, params: readonly ParamDef[], path: (string | number)[], out: Finding[]): void {
  const locale = ctx.locale ?? 'en';
  const mapping = getIn(ctx.root, path);
  const where = path.length > clause.path.length ? `${clause.id}.${path.slice(clause.path.length).join('.')}` : clause.id;
  for (const param of params) {
    const at = [...path, param.key];
    const value = isRecord(mapping) ? mapping[param.key] : undefined;
    if (param.type.kind === 'object' && isRecord(value)) {
      checkParams(ctx, clause, param.type.params, at, out);
    }
    // The team policy's overrides (policy.ts): catalogue thresholds minus applied relaxations, plus the team's.
    const { thresholds, relaxed, override } = thresholdsFor(ctx.policy, clause.id, [...path.slice(clause.path.length), param.key].map(String), param);
    if (!thresholds.length) continue;
    if (value === undefined || value === null) {
      // Absent or empty: one finding naming the strictest applicable baseline.
      const applicable = thresholds.filter((t) => holds(ctx, t.when, t.profile));
      if (!applicable.length) continue;
      const t = worst(applicable.map((threshold) => ({ threshold, severity: threshold.severity, escalated: false })))!.threshold;
      out.push(
        clauseFinding(clause, {
          basis: t.basis,
          severity: t.severity,
          message:
            t.test.op === 'present' && !teamOverride(t)
              ? msg(locale, 'param.missing-required', { where, key: param.key, basis: t.basis, origin: t.origin })
              : msg(locale, 'param.missing', { where, key: param.key, type: param.type, requirement: requirement(t, param) }),
          span: spanAt(ctx.parsed, value === null && hasPath(ctx.parsed, at) ? at : path, true),
          data: { kind: 'missing-param', clause: clause.id, param: param.key },
        }),
      );
      continue;
    }
    // Infinity, NaN or a whole number too large to read exactly: the schema check's `type` finding is the only one.
    if (typeof value === 'number' && (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))) continue;
    const f = worst(failures(ctx, param, value, thresholds));
    if (!f) {
      // Passes only because the team policy relaxed a threshold: say so, with the policy's reason (info).
      const r = worst(failures(ctx, param, value, relaxed));
      if (r && override) {
        out.push(
          clauseFinding(clause, {
            basis: r.threshold.basis,
            severity: 'info',
            message: msg(locale, 'param.relaxed', {
              key: param.key,
              value,
              type: param.type,
              test: r.threshold.test,
              basis: r.threshold.basis,
              origin: r.threshold.origin,
              override: { test: override.test, lifted: teamThresholdFacts(override, param).lifted, reason: override.reason },
            }),
            span: spanAt(ctx.parsed, at),
            data: { kind: 'weak-value', clause: clause.id, param: param.key, baseline: param.standard },
          }),
        );
      }
      continue;
    }
    const t = f.threshold;
    out.push(
      clauseFinding(clause, {
        basis: t.basis,
        severity: f.severity,
        message: msg(locale, 'param.weak', {
          key: param.key,
          value,
          type: param.type,
          test: t.test,
          requirement: requirement(t, param),
          escalation: f.escalated && t.escalate ? { test: t.escalate.test, reason: t.escalate.reason } : undefined,
        }),
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
