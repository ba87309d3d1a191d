/**
 * ECC-2:2024 4-1-3-1 and 4-1-3-2 in the evidence log: the risk assessment before signature and after regulatory
 * change (EV-01, EV-02), the SOC staying in Saudi Arabia (EV-03) and the MSOC licence (EV-04).
 *   bad:  risk_assessments: [{trigger: pre_contract, performed_on: 2025-03-10}]   with signed_on: 2025-03-02
 *   good: risk_assessments: [{trigger: pre_contract, performed_on: 2025-02-10}]
 */
import { getIn } from '../rules/context';
import type { Finding } from '../findings';
import { addDays, addMonths, dateOf, daysBetween } from './time';
import { anchor, at, entries, finding, intTerm, label, msg, type EvidenceContext } from './context';

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
        msg(ctx, 'ev01.missing', { signed }),
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
        msg(ctx, 'ev01.after-signature', { label: label(first), done, days, signed }),
        at(ctx, [...first.path, 'performed_on']),
      ),
    ];
  }
  if (first.item.mitigations_verified === false) {
    return [
      finding(
        'EV-01',
        'error',
        msg(ctx, 'ev01.unverified', { label: label(first) }),
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
    if (ra) {
      const done = String(ra.item.performed_on);
      const days = daysBetween(published, done);
      if (done > ctx.asOf || days <= n) continue;
      out.push(
        finding(
          'EV-02',
          days > 2 * n ? 'error' : 'warning',
          msg(ctx, 'ev02.late', { label: label(ra), event: id, published, days, term, twice: days > 2 * n }),
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
        msg(ctx, 'ev02.missing', { event: id, published, term, due, twice, asOf: ctx.asOf }),
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
    const date = dateOf(e.item.confirmed_on);
    for (const key of ['centres_countries', 'remote_access_origin_countries'] as const) {
      const countries = e.item[key];
      if (!Array.isArray(countries)) continue;
      countries.forEach((c, i) => {
        if (typeof c !== 'string' || c === 'SA') return;
        out.push(
          finding(
            'EV-03',
            'error',
            msg(ctx, key === 'centres_countries' ? 'ev03.centre-abroad' : 'ev03.remote-abroad', { date, country: c }),
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
          msg(ctx, 'ev03.stale', { on, months: SOC_MAX_AGE_MONTHS, asOf: ctx.asOf }),
          at(ctx, [...latest.path, 'confirmed_on']),
        ),
      );
    }
  } else if (ctx.appendix && getIn(ctx.appendix.root, ['soc', 'location_ksa', 'applies']) === true && ctx.start && addMonths(ctx.start.date, SOC_MAX_AGE_MONTHS) < ctx.asOf) {
    out.push(
      finding(
        'EV-03',
        'warning',
        msg(ctx, 'ev03.none', { start: ctx.start, months: SOC_MAX_AGE_MONTHS, asOf: ctx.asOf }),
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
    const licence = { kind, number: typeof e.item.number === 'string' ? e.item.number : undefined };
    const left = daysBetween(ctx.asOf, expires);
    if (expires < ctx.asOf) {
      out.push(
        finding(
          'EV-04',
          'error',
          msg(ctx, 'ev04.expired', { licence, expires, days: -left, asOf: ctx.asOf }),
          at(ctx, [...e.path, 'expires_on']),
        ),
      );
    } else if (left < EXPIRY_WARNING_DAYS) {
      out.push(
        finding(
          'EV-04',
          'warning',
          msg(ctx, 'ev04.expiring', { licence, expires, days: left, asOf: ctx.asOf, warnDays: EXPIRY_WARNING_DAYS }),
          at(ctx, [...e.path, 'expires_on']),
        ),
      );
    }
  }
  return out;
}
