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
import { at, entries, finding, label, type EvidenceContext, type Section } from './context';

/** Sections counted, the nouns for messages and any reference key besides `ref`. */
const SECTIONS: readonly (readonly [Section, string, string, readonly string[]])[] = [
  ['risk_assessments', 'risk assessment', 'risk assessments', []],
  ['soc_confirmations', 'SOC confirmation', 'SOC confirmations', []],
  ['licenses', 'licence', 'licences', []],
  ['scans', 'scan', 'scans', []],
  ['pentests', 'penetration test', 'penetration tests', []],
  ['attestations', 'attestation', 'attestations', []],
  ['access_reviews', 'access review', 'access reviews', []],
  ['reports', 'report or review', 'reports and reviews', ['minutes_ref']],
  ['incidents', 'incident', 'incidents', ['rca_ref']],
  ['exercises', 'exercise', 'exercises', ['findings_ref']],
  ['continuity_tests', 'continuity test', 'continuity tests', []],
  ['audits', 'audit', 'audits', []],
  ['subcontractor_changes', 'subcontractor change', 'subcontractor changes', []],
  ['location_observations', 'location observation', 'location observations', []],
  ['exit_events', 'exit step', 'exit steps', []],
];

/** Entries named in one message, at most. */
const NAMED = 5;

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

export function ev29(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const [section, one, many, extra] of SECTIONS) {
    const list = entries(ctx, section);
    const bare = list.filter((e) => ![...extra, 'ref', 'sha256'].some((k) => filled(e.item[k])));
    if (!bare.length) continue;
    const names = bare.slice(0, NAMED).map(label).join(', ') + (bare.length > NAMED ? ` and ${bare.length - NAMED} more` : '');
    const keys = ['ref', ...extra, 'sha256'].map((k) => `\`${k}\``);
    const keyText = `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]}`;
    const all = list.length === 1 ? `The ${one} has` : list.length === 2 ? `Both ${many} have` : `All ${list.length} ${many} have`;
    const count = bare.length === list.length ? all : `${bare.length} of ${list.length} ${many} ${bare.length === 1 ? 'has' : 'have'}`;
    out.push(
      finding(
        'EV-29',
        'info',
        `${count} no ${keyText} (${names}); record where each piece of evidence is kept, or its SHA-256, so a reviewer can find and verify it.`,
        at(ctx, [section], true),
      ),
    );
  }
  return out;
}
