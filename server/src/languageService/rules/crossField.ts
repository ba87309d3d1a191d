/**
 * Rules that compare fields with each other or with "today" (catalogue 6.3).
 *   bad:  completed_on: 2025-03-10 with appendix.signed_on: 2025-03-02 -> risk assessed after signature
 *   good: completed_on: 2025-02-10
 */
import { addMonths, dayNumber, isValidDate } from '../dates';
import type { Finding } from '../findings';
import { CLAUSE_BY_ID, clauseFinding, getIn, hasPath, spanAt, type AppendixRule } from './context';

const clause = (id: string) => CLAUSE_BY_ID.get(id)!;

/** 4-1-3-1: the risk assessment comes before the signature. */
const assessmentBeforeSignature: AppendixRule = (ctx) => {
  const done = getIn(ctx.root, ['risk', 'pre_contract_assessment', 'completed_on']);
  const signed = getIn(ctx.root, ['appendix', 'signed_on']);
  if (!isValidDate(done) || !isValidDate(signed) || done <= signed) return [];
  const days = dayNumber(done) - dayNumber(signed);
  return [
    clauseFinding(clause('risk.pre_contract_assessment'), {
      severity: 'error',
      message: `The risk assessment was completed on ${done}, ${days} day${days === 1 ? '' : 's'} after the contract was signed (${signed}); ECC-2:2024 4-1-3-1 requires it before signature.`,
      span: spanAt(ctx.parsed, ['risk', 'pre_contract_assessment', 'completed_on']),
      data: { kind: 'other' },
    }),
  ];
};

/** Without a signature date nothing can show the assessment came first. */
const signatureDateStated: AppendixRule = (ctx) => {
  if (!hasPath(ctx.parsed, ['risk', 'pre_contract_assessment']) || getIn(ctx.root, ['appendix', 'signed_on']) !== undefined) return [];
  return [
    clauseFinding(clause('risk.pre_contract_assessment'), {
      severity: 'warning',
      message: 'The appendix header has no `signed_on` date, so nothing shows the risk assessment came before signature (ECC-2:2024 4-1-3-1).',
      span: spanAt(ctx.parsed, hasPath(ctx.parsed, ['appendix']) ? ['appendix'] : ['schema'], true),
      data: { kind: 'other' },
    }),
  ];
};

/** The customer's entity type is part of the scope (catalogue 5.2 clause 1). */
const entityTypeStated: AppendixRule = (ctx) => {
  if (getIn(ctx.root, ['appendix', 'customer', 'entity_type']) !== undefined) return [];
  const at = hasPath(ctx.parsed, ['appendix', 'customer']) ? ['appendix', 'customer'] : hasPath(ctx.parsed, ['appendix']) ? ['appendix'] : ['schema'];
  return [
    clauseFinding(clause('scope.services'), {
      severity: 'error',
      message: 'The appendix does not state `appendix.customer.entity_type` (government, cni_operator or private), which decides the ECC scope and the MSOC licence tier.',
      span: spanAt(ctx.parsed, at, true),
      data: { kind: 'other' },
    }),
  ];
};

/** The MSOC licence must be unexpired (catalogue 5.2 clause 6). */
const licenceUnexpired: AppendixRule = (ctx) => {
  const expires = getIn(ctx.root, ['soc', 'msoc_license', 'expires_on']);
  if (!isValidDate(expires) || expires >= ctx.asOf) return [];
  return [
    clauseFinding(clause('soc.msoc_license'), {
      severity: 'error',
      message: `The provider's MSOC licence expired on ${expires} (as of ${ctx.asOf}); the appendix must cite a valid licence.`,
      span: spanAt(ctx.parsed, ['soc', 'msoc_license', 'expires_on']),
      data: { kind: 'other' },
    }),
  ];
};

/** Deletion runs from data return: without a return deadline the deletion deadline has no start. */
const deletionAfterReturn: AppendixRule = (ctx) => {
  const deletion = getIn(ctx.root, ['exit', 'secure_deletion', 'delete_within_days_after_return']);
  const ret = getIn(ctx.root, ['exit', 'data_return', 'return_within_days']);
  if (typeof deletion !== 'number' || typeof ret === 'number') return [];
  return [
    clauseFinding(clause('exit.secure_deletion'), {
      severity: 'warning',
      message: `Deletion is due ${deletion} days after data return, but \`exit.data_return\` sets no \`return_within_days\`, so the deletion deadline has no start.`,
      span: spanAt(ctx.parsed, ['exit', 'secure_deletion', 'delete_within_days_after_return']),
      data: { kind: 'other' },
    }),
  ];
};

/** Remote access origins must be among the declared access countries (catalogue 6.3). */
const originsDeclared: AppendixRule = (ctx) => {
  const origins = getIn(ctx.root, ['soc', 'location_ksa', 'remote_access_origin_countries']);
  const access = getIn(ctx.root, ['data', 'location_and_transfer', 'access_countries']);
  if (!Array.isArray(origins) || !Array.isArray(access)) return [];
  const undeclared = origins.filter((c) => typeof c === 'string' && !access.includes(c));
  if (!undeclared.length) return [];
  return [
    clauseFinding(clause('data.location_and_transfer'), {
      severity: 'warning',
      message: `Remote access may originate from ${undeclared.join(', ')} (soc.location_ksa), but \`access_countries\` does not list ${undeclared.length === 1 ? 'it' : 'them'}.`,
      span: spanAt(ctx.parsed, ['data', 'location_and_transfer', 'access_countries']),
      data: { kind: 'other' },
    }),
  ];
};

/** ECC 4-1-4: the requirements are reviewed periodically; an overdue review is a warning. */
const reviewFresh: AppendixRule = (ctx) => {
  const last = getIn(ctx.root, ['appendix', 'last_reviewed_on']);
  if (!isValidDate(last)) return [];
  const stated = getIn(ctx.root, ['governance', 'periodic_review', 'review_interval_months']);
  const months = typeof stated === 'number' ? stated : 12;
  const due = addMonths(last, months);
  if (due >= ctx.asOf) return [];
  return [
    clauseFinding(clause('governance.periodic_review'), {
      severity: 'warning',
      message: `The appendix was last reviewed on ${last}; with a ${months}-month review interval the next review was due on ${due} (as of ${ctx.asOf}), ECC-2:2024 4-1-4.`,
      span: spanAt(ctx.parsed, ['appendix', 'last_reviewed_on']),
      data: { kind: 'other' },
    }),
  ];
};

export const crossField: AppendixRule = (ctx) => {
  const out: Finding[] = [];
  for (const rule of [assessmentBeforeSignature, signatureDateStated, entityTypeStated, licenceUnexpired, deletionAfterReturn, originsDeclared, reviewFresh]) {
    out.push(...rule(ctx));
  }
  return out;
};
