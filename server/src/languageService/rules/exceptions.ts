/**
 * Exceptions: approved, dated deviations (format.md section 2, catalogue 6.3). A valid, unexpired exception turns its
 * clause's findings into info and names itself; after `expires_on` the original severity returns and the
 * exception gets an `exception-expired` warning. An exception without risk_ref or approver is not valid.
 *   bad:  - {id: EXC-1, clause: vuln.remediation_sla, expires_on: 2025-12-31}      (no risk_ref, no approver)
 *   good: - {id: EXC-1, clause: vuln.remediation_sla, risk_ref: RISK-1, approved_by: CISO, approved_on: ..., expires_on: ...}
 */
import { isValidDate } from '../dates';
import type { Finding } from '../findings';
import type { ExceptionProblem } from '../i18n/appendix';
import { t } from '../i18n/messages';
import { closest } from '../text';
import { CLAUSE_BY_ID, getIn, isRecord, spanAt, type AppendixContext } from './context';

export interface ActiveException {
  id: string;
  expiresOn: string;
}

export interface ExceptionResult {
  findings: Finding[];
  /** clause id -> the exception that currently covers it */
  active: Map<string, ActiveException>;
}

const REQUIRED = ['id', 'clause', 'risk_ref', 'approved_by', 'approved_on', 'expires_on'] as const;

function fileFinding(code: 'exception-invalid' | 'exception-expired', message: string, span: Finding['span']): Finding {
  return { code, severity: 'warning', message, span, ecc: [], basis: null, data: { kind: 'other' } };
}

export function checkExceptions(ctx: AppendixContext): ExceptionResult {
  const locale = ctx.locale ?? 'en';
  const findings: Finding[] = [];
  const active = new Map<string, ActiveException>();
  const list = ctx.root.exceptions;
  const ids = new Map<string, string>(); // id -> clause
  if (Array.isArray(list)) {
    list.forEach((item, i) => {
      if (!isRecord(item)) return;
      const at = (key?: string) => spanAt(ctx.parsed, key ? ['exceptions', i, key] : ['exceptions', i]);
      const problems: ExceptionProblem[] = [];
      const missing = REQUIRED.filter((k) => item[k] === undefined || item[k] === null || item[k] === '');
      if (missing.length) problems.push({ kind: 'missing', keys: missing });
      const id = typeof item.id === 'string' ? item.id : undefined;
      if (id && ids.has(id)) problems.push({ kind: 'duplicate', id });
      const clauseId = typeof item.clause === 'string' ? item.clause : undefined;
      if (clauseId && !CLAUSE_BY_ID.has(clauseId)) {
        const s = closest(clauseId, [...CLAUSE_BY_ID.keys()]);
        findings.push(fileFinding('exception-invalid', t(locale, 'exception.unknown-clause', { name: id ?? String(i + 1), clause: clauseId, suggestion: s }), at('clause')));
        return;
      }
      const approved = item.approved_on;
      const expires = item.expires_on;
      if (isValidDate(approved) && isValidDate(expires) && approved > expires) problems.push({ kind: 'order', expires, approved });
      if (problems.length) {
        findings.push(fileFinding('exception-invalid', t(locale, 'exception.invalid', { name: id ?? `#${i + 1}`, problems }), at(id ? 'id' : undefined)));
        return;
      }
      ids.set(id!, clauseId!);
      if (!isValidDate(expires)) return; // the schema check reports the malformed date
      if (expires < ctx.asOf) {
        findings.push(
          fileFinding(
            'exception-expired',
            t(locale, 'exception.expired', { id: id!, clause: clauseId!, expires, asOf: ctx.asOf }),
            at('expires_on'),
          ),
        );
        return;
      }
      if (!active.has(clauseId!)) active.set(clauseId!, { id: id!, expiresOn: expires });
    });
  }

  // A clause's `exception_ref` must name an exception for that clause.
  for (const clause of CLAUSE_BY_ID.values()) {
    const ref = getIn(ctx.root, [...clause.path, 'exception_ref']);
    if (typeof ref !== 'string') continue;
    const target = ids.get(ref);
    const listed = Array.isArray(list) && list.some((e) => isRecord(e) && e.id === ref);
    if (!listed) {
      findings.push(fileFinding('exception-invalid', t(locale, 'exception-ref.unlisted', { ref }), spanAt(ctx.parsed, [...clause.path, 'exception_ref'])));
    } else if (target !== undefined && target !== clause.id) {
      findings.push(fileFinding('exception-invalid', t(locale, 'exception-ref.other-clause', { ref, target, clause: clause.id }), spanAt(ctx.parsed, [...clause.path, 'exception_ref'])));
    }
  }
  return { findings, active };
}
