/**
 * EV-29, evidence integrity: entries that record delivered evidence should say where it is kept (`ref`, or the
 * section's own reference key) or carry its SHA-256, so a reviewer can find and verify it. One finding per section
 * (on its key), naming the entries, rather than one per entry. Registers that are not evidence documents themselves
 * are not counted: `regulatory_events` (public facts), `findings` (items of a scan or test, whose report is the
 * evidence) and `leavers` (pseudonymous personnel records).
 *   bad:  - {id: VS-2025-06-E, type: external, performed_on: 2025-06-02}
 *   good: - {id: VS-2025-06-E, type: external, performed_on: 2025-06-02, ref: "scans/2025-06-ext.pdf", sha256: "9f2c..."}
 */
import type { Finding } from '../findings';
import { at, entries, finding, label, msg, type EvidenceContext, type Section } from './context';

/** Sections counted (i18n/evidence.ts has their nouns) and any reference key besides `ref`. */
const SECTIONS: readonly (readonly [Section, readonly string[]])[] = [
  ['risk_assessments', []],
  ['soc_confirmations', []],
  ['licenses', []],
  ['scans', []],
  ['pentests', []],
  ['attestations', []],
  ['access_reviews', []],
  ['reports', ['minutes_ref']],
  ['incidents', ['rca_ref']],
  ['exercises', ['findings_ref']],
  ['continuity_tests', []],
  ['audits', []],
  ['subcontractor_changes', []],
  ['location_observations', []],
  ['exit_events', []],
];

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

export function ev29(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const [section, extra] of SECTIONS) {
    const list = entries(ctx, section);
    const bare = list.filter((e) => ![...extra, 'ref', 'sha256'].some((k) => filled(e.item[k])));
    if (!bare.length) continue;
    out.push(
      finding(
        'EV-29',
        'info',
        msg(ctx, 'ev29', { section, total: list.length, bare: bare.length, names: bare.map(label), keys: ['ref', ...extra, 'sha256'] }),
        at(ctx, [section], true),
      ),
    );
  }
  return out;
}
