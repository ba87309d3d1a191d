/**
 * Oversight evidence (ECC-2:2024 4-1-4): attestations valid, fresh and in scope (EV-10 to EV-13), audits exercised
 * and their findings closed (EV-24), and the appendix itself reviewed on time (EV-27).
 *   bad:  - {type: soc2_type2, period_end: 2024-12-31, bridge_letter: {covers_to: 2025-06-30}}   as of 2025-10-15
 *   good: - {type: soc2_type2, period_end: 2024-12-31, bridge_letter: {covers_to: 2025-09-30}}
 */
import { getIn } from '../rules/context';
import type { Finding } from '../findings';
import type { AttestationName } from '../i18n/evidence';
import { anchor, at, entries, finding, intTerm, label, msg, type Entry, type EvidenceContext } from './context';
import { EXPIRY_WARNING_DAYS } from './risk';
import { addMonths, dateOf, daysBetween } from './time';

/** An attestation as messages name it: its type and certificate number (i18n/evidence.ts has the words). */
function nameOf(e: Entry): AttestationName {
  return { type: typeof e.item.type === 'string' ? e.item.type : '', number: typeof e.item.certificate_no === 'string' ? e.item.certificate_no : undefined };
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
        finding('EV-10', 'error', msg(ctx, 'ev10.expired', { attestation: nameOf(e), expires, days: -left, asOf: ctx.asOf }), at(ctx, [...e.path, 'expires_on'])),
      );
    } else if (left < EXPIRY_WARNING_DAYS) {
      out.push(
        finding('EV-10', 'warning', msg(ctx, 'ev10.expiring', { attestation: nameOf(e), expires, days: left, asOf: ctx.asOf, warnDays: EXPIRY_WARNING_DAYS }), at(ctx, [...e.path, 'expires_on'])),
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
        msg(ctx, 'ev11.too-old', { end, asOf: ctx.asOf, term: maxAge }),
        at(ctx, [...e.path, 'period_end']),
      ),
    ];
  }
  const gap = intTerm(ctx, 'assurance.attestations', 'bridge_letter_gap_months');
  if (!gap) return [];
  const coversTo = dateOf(getIn(e.item, ['bridge_letter', 'covers_to']));
  const covered = coversTo && coversTo > end ? coversTo : end;
  if (addMonths(covered, gap.value) >= ctx.asOf) return [];
  return [
    finding(
      'EV-11',
      'warning',
      covered === coversTo ? msg(ctx, 'ev11.bridge-short', { end, coversTo, asOf: ctx.asOf, term: gap }) : msg(ctx, 'ev11.no-bridge', { end, asOf: ctx.asOf, term: gap }),
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
        finding('EV-12', 'warning', msg(ctx, 'ev12.out-of-scope', { attestation: nameOf(e) }), at(ctx, [...e.path, 'scope_covers_services'])),
      );
    }
    const n = e.item.exceptions_noted;
    const response = e.item.management_response_ref;
    if (typeof n === 'number' && n > 0 && !(typeof response === 'string' && response.trim())) {
      out.push(
        finding(
          'EV-12',
          'info',
          msg(ctx, 'ev12.no-response', { attestation: nameOf(e), exceptions: n }),
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
        msg(ctx, 'ev13.surveillance', { attestation: nameOf(e), audit, issued, asOf: ctx.asOf, months: SURVEILLANCE_MONTHS }),
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
        msg(ctx, 'ev24.open-findings', { label: label(e), open, due }),
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
        msg(ctx, 'ev24.few-audits', { recent: recent.length, asOf: ctx.asOf, term: min }),
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
      msg(ctx, 'ev27', { id: ctx.appendix!.id, last, term, due }),
      at(ctx, ['evidence_log', 'appendix']),
    ),
  ];
}
