/**
 * Rules that compare fields with each other or with "today" (catalogue 6.3).
 *   bad:  completed_on: 2025-03-10 with appendix.signed_on: 2025-03-02 -> risk assessed after signature
 *   good: completed_on: 2025-02-10
 */
import { addMonths, dayNumber, isValidDate } from '../dates';
import type { Finding } from '../findings';
import { t } from '../i18n/messages';
import { CLAUSE_BY_ID, clauseFinding, getIn, hasPath, spanAt, type AppendixRule } from './context';
import { pushAll } from '../arrays';

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
      message: t(ctx.locale ?? 'en', 'cross.assessment-after-signature', { done, signed, days }),
      span: spanAt(ctx.parsed, ['risk', 'pre_contract_assessment', 'completed_on']),
      data: { kind: 'other' },
    }),
  ];
};

/** Without a signature date nothing can show the assessment came first. */
const signatureDateStated: AppendixRule = (ctx) => {
  // An empty `signed_on:` counts as missing (decisions.md 13) and is reported on its key.
  const signed = getIn(ctx.root, ['appendix', 'signed_on']);
  if (!hasPath(ctx.parsed, ['risk', 'pre_contract_assessment']) || (signed !== undefined && signed !== null)) return [];
  const at = signed === null && hasPath(ctx.parsed, ['appendix', 'signed_on']) ? ['appendix', 'signed_on'] : hasPath(ctx.parsed, ['appendix']) ? ['appendix'] : ['schema'];
  return [
    clauseFinding(clause('risk.pre_contract_assessment'), {
      severity: 'warning',
      message: t(ctx.locale ?? 'en', 'cross.no-signature-date', {}),
      span: spanAt(ctx.parsed, at, true),
      data: { kind: 'other' },
    }),
  ];
};

/**
 * The customer's entity type is part of the scope (catalogue 5.2 clause 1: "the customer type sits in the appendix
 * header"), so a missing one is a `scope.services` finding. An empty `entity_type:` counts as missing (decisions.md
 * 13) and is reported on its key.
 */
const entityTypeStated: AppendixRule = (ctx) => {
  const entity = getIn(ctx.root, ['appendix', 'customer', 'entity_type']);
  if (entity !== undefined && entity !== null) return [];
  const at =
    entity === null && hasPath(ctx.parsed, ['appendix', 'customer', 'entity_type'])
      ? ['appendix', 'customer', 'entity_type']
      : hasPath(ctx.parsed, ['appendix', 'customer'])
        ? ['appendix', 'customer']
        : hasPath(ctx.parsed, ['appendix'])
          ? ['appendix']
          : ['schema'];
  return [
    clauseFinding(clause('scope.services'), {
      severity: 'error',
      message: t(ctx.locale ?? 'en', 'cross.no-entity-type', {}),
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
      message: t(ctx.locale ?? 'en', 'cross.licence-expired', { expires, asOf: ctx.asOf }),
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
      message: t(ctx.locale ?? 'en', 'cross.deletion-without-return', { deletion }),
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
      message: t(ctx.locale ?? 'en', 'cross.origins-undeclared', { undeclared }),
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
      message: t(ctx.locale ?? 'en', 'cross.review-overdue', { last, months, due, asOf: ctx.asOf }),
      span: spanAt(ctx.parsed, ['appendix', 'last_reviewed_on']),
      data: { kind: 'other' },
    }),
  ];
};

export const crossField: AppendixRule = (ctx) => {
  const out: Finding[] = [];
  for (const rule of [assessmentBeforeSignature, signatureDateStated, entityTypeStated, licenceUnexpired, deletionAfterReturn, originsDeclared, reviewFresh]) {
    pushAll(out, rule(ctx));
  }
  return out;
};
