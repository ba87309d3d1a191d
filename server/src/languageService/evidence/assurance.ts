/**
 * Oversight evidence (ECC-2:2024 4-1-4): attestations valid, fresh and in scope (EV-10 to EV-13), audits exercised
 * and their findings closed (EV-24), and the appendix itself reviewed on time (EV-27).
 *   bad:  - {type: soc2_type2, period_end: 2024-12-31, bridge_letter: {covers_to: 2025-06-30}}   as of 2025-10-15
 *   good: - {type: soc2_type2, period_end: 2024-12-31, bridge_letter: {covers_to: 2025-09-30}}
 */
import { getIn } from '../rules/context';
import type { Finding } from '../findings';
import { anchor, at, entries, fallback, finding, intTerm, label, who, type Entry, type EvidenceContext } from './context';
import { EXPIRY_WARNING_DAYS } from './risk';
import { addMonths, dateOf, daysBetween, monthsAndDays, plural } from './time';

const NAMES: Record<string, string> = {
  iso27001: 'ISO/IEC 27001 certificate',
  soc2_type2: 'SOC 2 Type II report',
  csa_star_l2: 'CSA STAR Level 2 attestation',
  nca_ccc_compliance: 'NCA CCC compliance attestation',
  pci_dss: 'PCI DSS attestation',
  iso22301: 'ISO 22301 certificate',
};

function nameOf(e: Entry): string {
  const type = typeof e.item.type === 'string' ? e.item.type : '';
  const base = NAMES[type] ?? 'attestation';
  const no = typeof e.item.certificate_no === 'string' ? ` ${e.item.certificate_no}` : '';
  return base + no;
}

function latestBy(list: Entry[], key: string): Entry | undefined {
  let best: Entry | undefined;
  for (const e of list) if (dateOf(e.item[key]) && (!best || String(e.item[key]) > String(best.item[key]))) best = e;
  return best;
}

/** EV-10: per attestation type, the latest expiry has not passed; a warning with fewer than 60 days left. */
export function ev10(ctx: EvidenceContext): Finding[] {
  const byType = new Map<string, Entry[]>();
  for (const e of entries(ctx, 'attestations')) {
    if (!dateOf(e.item.expires_on)) continue;
    const type = typeof e.item.type === 'string' ? e.item.type : '';
    byType.set(type, [...(byType.get(type) ?? []), e]);
  }
  const out: Finding[] = [];
  for (const list of byType.values()) {
    const e = latestBy(list, 'expires_on')!;
    const expires = String(e.item.expires_on);
    const left = daysBetween(ctx.asOf, expires);
    if (expires < ctx.asOf) {
      out.push(
        finding('EV-10', 'error', `The ${nameOf(e)} expired on ${expires}, ${plural(-left, 'day')} before ${ctx.asOf}, and no later one is recorded; a current attestation is needed as evidence for the periodic review.`, at(ctx, [...e.path, 'expires_on'])),
      );
    } else if (left < EXPIRY_WARNING_DAYS) {
      out.push(
        finding('EV-10', 'warning', `The ${nameOf(e)} expires on ${expires}, ${plural(left, 'day')} after ${ctx.asOf}, and no renewal is recorded; record the renewed one (this warning starts ${EXPIRY_WARNING_DAYS} days before expiry).`, at(ctx, [...e.path, 'expires_on'])),
      );
    }
  }
  return out;
}

/** EV-11: the latest SOC 2 Type II is not too old, and time after its period beyond the agreed gap has a bridge letter. */
export function ev11(ctx: EvidenceContext): Finding[] {
  const e = latestBy(
    entries(ctx, 'attestations').filter((x) => x.item.type === 'soc2_type2'),
    'period_end',
  );
  if (!e) return [];
  const end = String(e.item.period_end);
  if (end > ctx.asOf) return [];
  const maxAge = intTerm(ctx, 'assurance.attestations', 'max_report_age_months');
  if (maxAge && addMonths(end, maxAge.value) < ctx.asOf) {
    return [
      finding(
        'EV-11',
        'error',
        `The latest SOC 2 Type II report covers a period that ended on ${end}, ${monthsAndDays(end, ctx.asOf)} before ${ctx.asOf}; ${who(maxAge)} accepts reports at most ${plural(maxAge.value, 'month')} old${fallback(maxAge)}.`,
        at(ctx, [...e.path, 'period_end']),
      ),
    ];
  }
  const gap = intTerm(ctx, 'assurance.attestations', 'bridge_letter_gap_months');
  if (!gap) return [];
  const coversTo = dateOf(getIn(e.item, ['bridge_letter', 'covers_to']));
  const covered = coversTo && coversTo > end ? coversTo : end;
  if (addMonths(covered, gap.value) >= ctx.asOf) return [];
  const limit = `${who(gap)} allows at most ${plural(gap.value, 'month')} without a bridge letter${fallback(gap)}`;
  const uncovered = monthsAndDays(covered, ctx.asOf);
  return [
    finding(
      'EV-11',
      'warning',
      covered === coversTo
        ? `The SOC 2 Type II period ended on ${end} and its bridge letter covers only to ${coversTo}, leaving ${uncovered} uncovered as of ${ctx.asOf}; ${limit}.`
        : `The SOC 2 Type II period ended on ${end}, leaving ${uncovered} uncovered as of ${ctx.asOf} with no bridge letter beyond it; ${limit}.`,
      covered === coversTo ? at(ctx, [...e.path, 'bridge_letter', 'covers_to']) : at(ctx, [...e.path, 'period_end']),
    ),
  ];
}

/** EV-12: an attestation out of scope (explicit `false` only), or exceptions without a management response. */
export function ev12(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const e of entries(ctx, 'attestations')) {
    if (e.item.scope_covers_services === false) {
      out.push(
        finding('EV-12', 'warning', `The ${nameOf(e)} states that its scope does not cover the contracted services, so it is no evidence for them; ask for an attestation whose scope includes them.`, at(ctx, [...e.path, 'scope_covers_services'])),
      );
    }
    const n = e.item.exceptions_noted;
    const response = e.item.management_response_ref;
    if (typeof n === 'number' && n > 0 && !(typeof response === 'string' && response.trim())) {
      out.push(
        finding(
          'EV-12',
          'info',
          `The ${nameOf(e)} notes ${plural(n, 'exception')} but no \`management_response_ref\` points to the provider's response; record where the response to ${n === 1 ? 'it' : 'them'} is kept.`,
          at(ctx, [...e.path, 'exceptions_noted']),
        ),
      );
    }
  }
  return out;
}

const SURVEILLANCE_MONTHS = 12;

/** EV-13: a valid ISO/IEC 27001 certificate had a surveillance audit (or its issue) within the last 12 months. */
export function ev13(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const e of entries(ctx, 'attestations')) {
    if (e.item.type !== 'iso27001') continue;
    const expires = dateOf(e.item.expires_on);
    if (expires && expires < ctx.asOf) continue; // expired: EV-10
    const audit = dateOf(e.item.last_surveillance_audit_on);
    const issued = dateOf(e.item.issued_on);
    const ref = audit ?? issued;
    if (!ref || ref > ctx.asOf || addMonths(ref, SURVEILLANCE_MONTHS) >= ctx.asOf) continue;
    out.push(
      finding(
        'EV-13',
        'warning',
        `${audit ? `The last surveillance audit of the ${nameOf(e)} was on ${audit}` : `The ${nameOf(e)} was issued on ${issued} and no surveillance audit is recorded since`}, ${monthsAndDays(ref, ctx.asOf)} before ${ctx.asOf}; certification bodies audit certified systems every ${SURVEILLANCE_MONTHS} months, so a later surveillance audit should be on record.`,
        at(ctx, [...e.path, audit ? 'last_surveillance_audit_on' : 'issued_on']),
      ),
    );
  }
  return out;
}

/** EV-24: audits in the last 12 months (once the contract has run a year); open audit findings past their due date. */
export function ev24(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  const audits = entries(ctx, 'audits');
  for (const e of audits) {
    const open = e.item.open_findings;
    const due = dateOf(e.item.findings_due_on);
    if (typeof open !== 'number' || open <= 0 || !due || due > ctx.asOf) continue;
    out.push(
      finding(
        'EV-24',
        'warning',
        `Audit ${label(e)} still has ${plural(open, 'open finding')}, due by ${due}; close ${open === 1 ? 'it' : 'them'} or record an agreed new date.`,
        at(ctx, [...e.path, 'findings_due_on']),
      ),
    );
  }
  const min = intTerm(ctx, 'assurance.right_to_audit', 'min_per_year');
  const yearAgo = addMonths(ctx.asOf, -12);
  if (!min || min.value <= 0 || !ctx.start || ctx.start.date > yearAgo) return out;
  const recent = audits.filter((e) => {
    const d = dateOf(e.item.performed_on);
    return d && d > yearAgo && d <= ctx.asOf;
  });
  if (recent.length < min.value) {
    out.push(
      finding(
        'EV-24',
        'info',
        `${recent.length ? `Only ${recent.length} audit${recent.length === 1 ? ' or assessment is' : 's or assessments are'}` : 'No audit or assessment is'} recorded in the 12 months before ${ctx.asOf}; ${who(min)} provides for at least ${min.value} a year${fallback(min)}, and the right to audit keeps the periodic review (ECC-2:2024 4-1-4) grounded in verified facts.`,
        anchor(ctx, 'audits'),
      ),
    );
  }
  return out;
}

/** EV-27: the linked appendix's own review date (the same rule and dates as `governance.periodic_review` on the appendix). */
export function ev27(ctx: EvidenceContext): Finding[] {
  const last = dateOf(getIn(ctx.appendix!.root, ['appendix', 'last_reviewed_on']));
  if (!last) return [];
  const term = intTerm(ctx, 'governance.periodic_review', 'review_interval_months');
  if (!term) return [];
  const due = addMonths(last, term.value);
  if (due >= ctx.asOf) return [];
  return [
    finding(
      'EV-27',
      'warning',
      `The linked appendix ${ctx.appendix!.id} was last reviewed on ${last}; with ${term.stated ? 'its' : 'the ecc-baseline'} ${term.value}-month review interval${fallback(term)} the next review was due on ${due}, so the SLAs this log is checked against may be out of date (ECC-2:2024 4-1-4).`,
      at(ctx, ['evidence_log', 'appendix']),
    ),
  ];
}
