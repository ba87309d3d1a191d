/**
 * A clause the contract needs is absent. Severity from the catalogue (5.1 "Missing"), raised by scope flags and
 * profiles; conditional clauses (cloud-only, MSOC) are only required when their condition holds.
 *   bad:  incident: {}                 -> incident.notification missing (error, ECC 4-1-2-2)
 *   good: incident: { notification: { initial_notice_hours: 24, ... } }
 */
import { CLAUSES } from '../catalogue/clauses';
import { stricter, type Finding } from '../findings';
import { t } from '../i18n/messages';
import { clauseFinding, hasPath, holds, isRecord, spanAt, type AppendixRule } from './context';

export const missingClause: AppendixRule = (ctx) => {
  const out: Finding[] = [];
  for (const clause of CLAUSES) {
    if (hasPath(ctx.parsed, clause.path)) continue;
    const rule = clause.missing;
    if (rule.requiredWhen && !holds(ctx, rule.requiredWhen)) continue;
    let severity = rule.severity;
    for (const e of rule.escalations ?? []) if (holds(ctx, e.when, e.profile)) severity = stricter(severity, e.severity);
    // Nearest existing parent: the section key, else the `schema:` line (format.md section 2).
    const section = clause.path.length > 1 && isRecord(ctx.root[clause.path[0]]) ? [clause.path[0]] : ['schema'];
    out.push(
      clauseFinding(clause, {
        severity,
        message: t(ctx.locale ?? 'en', 'clause.missing', { clause }),
        span: spanAt(ctx.parsed, section, true),
        data: { kind: 'missing-clause', clause: clause.id },
      }),
    );
  }
  return out;
};
