/**
 * ECC-2:2024 4-1-3-1 and 4-1-3-2 in the evidence log: the risk assessment before signature and after regulatory
 * change (EV-01, EV-02), the SOC staying in Saudi Arabia (EV-03) and the MSOC licence (EV-04).
 *   bad:  risk_assessments: [{trigger: pre_contract, performed_on: 2025-03-10}]   with signed_on: 2025-03-02
 *   good: risk_assessments: [{trigger: pre_contract, performed_on: 2025-02-10}]
 */
import { getIn } from '../rules/context';
import type { Finding } from '../findings';
import { addDays, addMonths, dateOf, daysBetween, plural } from './time';
import { anchor, at, entries, fallback, finding, intTerm, label, who, type EvidenceContext } from './context';

/** EV-01: a pre-contract risk assessment on or before the signature, with its mitigations verified. */
export function ev01(ctx: EvidenceContext): Finding[] {
  const signed = dateOf(getIn(ctx.appendix!.root, ['appendix', 'signed_on']));
  const pre = entries(ctx, 'risk_assessments')
    .filter((e) => e.item.trigger === 'pre_contract' && dateOf(e.item.performed_on))
    .sort((a, b) => (String(a.item.performed_on) < String(b.item.performed_on) ? -1 : 1));
  if (!pre.length) {
    return [
      finding(
        'EV-01',
        'error',
        `No pre-contract risk assessment (\`trigger: pre_contract\` with a \`performed_on\` date) is recorded; ECC-2:2024 4-1-3-1 requires one before the contract is signed${signed ? ` (signed on ${signed})` : ''}.`,
        anchor(ctx, 'risk_assessments'),
      ),
    ];
  }
  const first = pre[0];
  const done = String(first.item.performed_on);
  if (signed && done > signed) {
    const days = daysBetween(signed, done);
    return [
      finding(
        'EV-01',
        'error',
        `The pre-contract risk assessment ${label(first)} was performed on ${done}, ${plural(days, 'day')} after the contract was signed on ${signed}; ECC-2:2024 4-1-3-1 requires it before signature.`,
        at(ctx, [...first.path, 'performed_on']),
      ),
    ];
  }
  if (first.item.mitigations_verified === false) {
    return [
      finding(
        'EV-01',
        'error',
        `The pre-contract risk assessment ${label(first)} records \`mitigations_verified: false\`; ECC-2:2024 4-1-3-1 requires assurance before signature that the controls mitigating the assessed risks are available.`,
        at(ctx, [...first.path, 'mitigations_verified']),
      ),
    ];
  }
  return [];
}

/** EV-02: each regulatory change is followed by a re-assessment within the agreed days; twice that is an error. */
export function ev02(ctx: EvidenceContext): Finding[] {
  const term = intTerm(ctx, 'risk.regulatory_change_reassessment', 'reassess_within_days');
  if (!term) return [];
  const n = term.value;
  const out: Finding[] = [];
  const ras = entries(ctx, 'risk_assessments').filter((e) => e.item.trigger === 'regulatory_change' && dateOf(e.item.performed_on));
  for (const ev of entries(ctx, 'regulatory_events')) {
    const published = dateOf(ev.item.published_on);
    if (!published || published > ctx.asOf) continue;
    const id = typeof ev.item.id === 'string' ? ev.item.id : undefined;
    // An assessment naming the event; else the first unattributed one on or after publication.
    const named = id ? ras.filter((r) => r.item.regulation_event === id) : [];
    const candidates = named.length ? named : ras.filter((r) => r.item.regulation_event === undefined && String(r.item.performed_on) >= published);
    const ra = candidates.sort((a, b) => (String(a.item.performed_on) < String(b.item.performed_on) ? -1 : 1))[0];
    const name = id ?? `of ${published}`;
    const limit = `${who(term)} requires one within ${plural(n, 'day')}${fallback(term)}`;
    if (ra) {
      const done = String(ra.item.performed_on);
      const days = daysBetween(published, done);
      if (done > ctx.asOf || days <= n) continue;
      out.push(
        finding(
          'EV-02',
          days > 2 * n ? 'error' : 'warning',
          `The re-assessment ${label(ra)} after regulatory event ${name} (published ${published}) came ${plural(days, 'day')} later; ${limit}${days > 2 * n ? ', and more than twice that is an error' : ''}.`,
          at(ctx, [...ra.path, 'performed_on']),
        ),
      );
      continue;
    }
    const due = addDays(published, n);
    if (due > ctx.asOf) continue;
    const twice = addDays(published, 2 * n) <= ctx.asOf;
    out.push(
      finding(
        'EV-02',
        twice ? 'error' : 'warning',
        `No risk re-assessment (\`trigger: regulatory_change\`) is recorded for regulatory event ${name}, published on ${published}; ${limit}, so it was due by ${due}${twice ? `, and by ${ctx.asOf} more than twice that time has passed` : ''}.`,
        at(ctx, [...ev.path, 'published_on']),
      ),
    );
  }
  return out;
}

const SOC_MAX_AGE_MONTHS = 12;

/** EV-03: every confirmation shows only SA; the latest is at most 12 months old (or, when the SOC clause applies, one exists). */
export function ev03(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  const list = entries(ctx, 'soc_confirmations');
  for (const e of list) {
    const when = dateOf(e.item.confirmed_on) ?? 'an undated confirmation';
    for (const [key, words] of [
      ['centres_countries', 'a monitoring or operations centre'],
      ['remote_access_origin_countries', 'remote access from'],
    ] as const) {
      const countries = e.item[key];
      if (!Array.isArray(countries)) continue;
      countries.forEach((c, i) => {
        if (typeof c !== 'string' || c === 'SA') return;
        out.push(
          finding(
            'EV-03',
            'error',
            key === 'centres_countries'
              ? `The SOC confirmation of ${when} places ${words} in ${c}; ECC-2:2024 4-1-3-2 requires monitoring and operations centres working over remote access to be wholly inside Saudi Arabia (SA).`
              : `The SOC confirmation of ${when} records ${words} ${c}; ECC-2:2024 4-1-3-2 requires the centres, and so the remote access they work through, to be wholly inside Saudi Arabia (SA).`,
            at(ctx, [...e.path, key, i]),
          ),
        );
      });
    }
  }
  const dated = list.filter((e) => dateOf(e.item.confirmed_on) && String(e.item.confirmed_on) <= ctx.asOf);
  const latest = dated.sort((a, b) => (String(a.item.confirmed_on) < String(b.item.confirmed_on) ? 1 : -1))[0];
  if (latest) {
    const on = String(latest.item.confirmed_on);
    const stale = addMonths(on, SOC_MAX_AGE_MONTHS);
    if (stale < ctx.asOf) {
      out.push(
        finding(
          'EV-03',
          'warning',
          `The latest confirmation that the SOC is in Saudi Arabia is from ${on}, more than ${SOC_MAX_AGE_MONTHS} months before ${ctx.asOf}; a confirmation at most ${SOC_MAX_AGE_MONTHS} months old keeps ECC-2:2024 4-1-3-2 evidenced.`,
          at(ctx, [...latest.path, 'confirmed_on']),
        ),
      );
    }
  } else if (ctx.appendix && getIn(ctx.appendix.root, ['soc', 'location_ksa', 'applies']) === true && ctx.start && addMonths(ctx.start.date, SOC_MAX_AGE_MONTHS) < ctx.asOf) {
    out.push(
      finding(
        'EV-03',
        'warning',
        `No confirmation that the SOC is in Saudi Arabia is recorded since ${ctx.start.words} on ${ctx.start.date}, more than ${SOC_MAX_AGE_MONTHS} months before ${ctx.asOf}; the appendix applies ECC-2:2024 4-1-3-2 (\`soc.location_ksa.applies: true\`), so one at most ${SOC_MAX_AGE_MONTHS} months old is expected.`,
        anchor(ctx, 'soc_confirmations'),
      ),
    );
  }
  return out;
}

/** Days before expiry from which EV-04 and EV-10 warn. */
export const EXPIRY_WARNING_DAYS = 60;

/** EV-04: per licence kind, the licence with the latest expiry is valid; a warning with fewer than 60 days left. */
export function ev04(ctx: EvidenceContext): Finding[] {
  const latest = new Map<string, ReturnType<typeof entries>[number]>();
  for (const e of entries(ctx, 'licenses')) {
    if (!dateOf(e.item.expires_on)) continue;
    const kind = typeof e.item.kind === 'string' ? e.item.kind : 'msoc';
    const cur = latest.get(kind);
    if (!cur || String(e.item.expires_on) > String(cur.item.expires_on)) latest.set(kind, e);
  }
  const out: Finding[] = [];
  for (const [kind, e] of latest) {
    const expires = String(e.item.expires_on);
    const name = `${kind === 'msoc' ? 'MSOC' : kind} licence${typeof e.item.number === 'string' ? ` ${e.item.number}` : ''}`;
    const left = daysBetween(ctx.asOf, expires);
    if (expires < ctx.asOf) {
      out.push(
        finding(
          'EV-04',
          'error',
          `The ${name} expired on ${expires}, ${plural(-left, 'day')} before ${ctx.asOf}, and no later licence is recorded; NCA licenses managed SOC providers, so a valid licence is needed to keep delivering the service.`,
          at(ctx, [...e.path, 'expires_on']),
        ),
      );
    } else if (left < EXPIRY_WARNING_DAYS) {
      out.push(
        finding(
          'EV-04',
          'warning',
          `The ${name} expires on ${expires}, ${plural(left, 'day')} after ${ctx.asOf}, and no renewal is recorded; record the renewed licence (this warning starts ${EXPIRY_WARNING_DAYS} days before expiry).`,
          at(ctx, [...e.path, 'expires_on']),
        ),
      );
    }
  }
  return out;
}
