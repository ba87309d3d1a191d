/**
 * Bad input never crashes or hangs the evidence engine: random logs and appendices built from the real keys with
 * hostile values (invalid and extreme dates, offsets out of range, huge and negative terms, wrong types).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readAppendixSource } from '../../server/src/languageService/evidence/index';
import { lint } from '../support/harness';

const SECTIONS = ['risk_assessments', 'regulatory_events', 'soc_confirmations', 'licenses', 'scans', 'findings', 'pentests', 'attestations', 'access_reviews', 'leavers', 'reports', 'incidents', 'exercises', 'continuity_tests', 'audits', 'subcontractor_changes', 'location_observations', 'exit_events'];
const KEYS = [
  'id', 'type', 'kind', 'trigger', 'regulation_event', 'performed_on', 'published_on', 'confirmed_on', 'centres_countries', 'remote_access_origin_countries',
  'expires_on', 'delivered_on', 'severity', 'detected_on', 'due_on', 'remediated_on', 'completed_on', 'started_on', 'report_delivered_on',
  'remediation_plan_delivered_on', 'period_end', 'bridge_letter', 'scope_covers_services', 'exceptions_noted', 'last_surveillance_audit_on', 'issued_on',
  'left_at', 'access_revoked_at', 'period', 'held_on', 'affects_entity', 'personal_data', 'suspected_or_confirmed', 'detected_at', 'notified_at',
  'detailed_report_at', 'final_report_at', 'entity_regulator_reports', 'open_findings', 'findings_due_on', 'change', 'notified_on', 'effective_on',
  'approved', 'observed_on', 'country', 'terminated_on', 'data_returned_on', 'deletion_certificate_on', 'ref', 'sha256',
];
const DATES = ['2025-02-30', '2024-02-29', '2025-13-01', '0000-01-01', '0099-12-31', '9999-12-31', '2025-10-15', '2025-01-01', '2025-06-30', 'yesterday'];
const STAMPS = ['2025-08-14T02:10:00+03:00', '2025-08-14T02:10:00', '2025-08-14T02:10:00+99:99', '2025-02-30T10:00:00Z', '9999-12-31T23:59:59-23:59', '2025-08-14 02:10:00+03:00', '0001-01-01T00:00:00Z'];
const value = fc.oneof(
  fc.constantFrom(...DATES, ...STAMPS),
  fc.constantFrom('external', 'internal', 'critical', 'high', 'monthly_security', 'quarterly_posture_review', 'joint_tabletop', 'dr_test', 'restore_test', 'soc2_type2', 'iso27001', 'pre_contract', 'regulatory_change', 'add', 'replace', 'storage', 'access', 'SA', 'AE', '2025-07', '2025-Q3', '2025-Q9', 'msoc', 'suspected'),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(1e15, -1e15, 0.5, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.array(fc.constantFrom('SA', 'AE', 1, null), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('covers_to', 'sdaia_at', 'received_on', 'nca_at'), fc.constantFrom(...DATES, ...STAMPS, 3)),
);
const entry = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 10 });
const log = fc.record({
  evidence_log: fc.record({ appendix: fc.constantFrom('A-1', 'A-2', 7, null), period: fc.record({ from: fc.constantFrom(...DATES) }) }, { requiredKeys: [] }),
  sections: fc.dictionary(fc.constantFrom(...SECTIONS), fc.oneof(fc.array(fc.oneof(entry, value), { maxLength: 4 }), value), { maxKeys: 8 }),
});
const TERMS = ['external_interval_days', 'internal_interval_days', 'report_delivery_days', 'critical_days', 'high_days', 'interval_months', 'review_interval_months', 'revocation_hours', 'monthly_delivery_days', 'posture_review_interval_months', 'initial_notice_hours', 'final_report_days', 'joint_exercise_interval_months', 'change_notice_days', 'policy', 'monthly_report', 'min_per_year', 'delete_within_days_after_return', 'return_within_days', 'storage_countries'];
const term = fc.oneof(fc.constantFrom(0, 1, 30, 1e9, -3, 'ten', true, null, 'prohibited', 'notice_only'), fc.array(fc.constantFrom('SA', 'AE'), { maxLength: 2 }));

function appendixText(terms: Record<string, unknown>, header: Record<string, unknown>): string {
  const clause = (...keys: string[]) => Object.fromEntries(keys.filter((k) => k in terms).map((k) => [k, terms[k]]));
  return stringify({
    schema: 'ecc-appendix/v1',
    appendix: { id: 'A-1', ...header },
    vuln: { scanning: clause('external_interval_days', 'internal_interval_days', 'report_delivery_days'), remediation_sla: clause('critical_days', 'high_days') },
    testing: { penetration: clause('interval_months') },
    access: { review_and_revocation: clause('review_interval_months', 'revocation_hours') },
    reporting: { security_reports: clause('monthly_delivery_days', 'posture_review_interval_months', 'monthly_report') },
    incident: { notification: clause('initial_notice_hours', 'final_report_days'), ir_plan_and_exercise: clause('joint_exercise_interval_months') },
    subcontracting: { control: clause('change_notice_days', 'policy') },
    assurance: { right_to_audit: clause('min_per_year') },
    exit: { secure_deletion: clause('delete_within_days_after_return'), data_return: clause('return_within_days') },
    data: { location_and_transfer: clause('storage_countries') },
  });
}

describe('evidence engine robustness', () => {
  it('never throws, and every finding lies inside the text', () => {
    fc.assert(
      fc.property(
        log,
        fc.dictionary(fc.constantFrom(...TERMS), term, { maxKeys: 12 }),
        fc.record({ effective_from: fc.constantFrom(...DATES), signed_on: fc.constantFrom(...DATES), last_reviewed_on: fc.constantFrom(...DATES) }, { requiredKeys: [] }),
        fc.constantFrom('2025-10-15', '2000-01-01', '2099-12-31'),
        (l, terms, header, asOf) => {
          const text = stringify({ schema: 'ecc-evidence/v1', evidence_log: l.evidence_log, ...l.sections });
          const appendix = readAppendixSource('a.appendix.yaml', appendixText(terms, header));
          const findings = lint(text, { name: 'f.evidence.yaml', asOf, appendices: appendix ? [appendix] : [] });
          for (const f of findings) {
            assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${f.code} span`);
            assert.ok(f.message.length > 0 && !/undefined|NaN|Invalid/.test(f.message), `${f.code}: ${f.message}`);
          }
        },
      ),
      { numRuns: 400, seed: 20251015 },
    );
  });
});
