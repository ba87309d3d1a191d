import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lines, lint, render, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

/** The full example with one line changed (the first line containing `find`). */
function variant(find: string, replace: string): string {
  const text = wadiFalcon();
  assert.ok(text.includes(find), `fixture has no "${find}"`);
  return text.replace(find, replace);
}

function only(text: string, code: string, asOf = '2025-10-15') {
  return lint(text, { asOf }).filter((f) => f.code === code);
}

describe('a complete appendix', () => {
  it('has two findings on 2025-10-15, both info: the schedule is over one page, and the excepted remediation window', () => {
    const text = wadiFalcon();
    const findings = lint(text);
    assert.deepEqual(render(text, findings), ['1:0-1:8 info length', '144:19-144:21 info vuln.remediation_sla']);
    assert.equal(findings[0].message, WADI_FALCON_LENGTH);
    assert.deepEqual([findings[0].ecc, findings[0].basis], [[], null]);
    assert.equal(
      findings[1].message,
      '`critical_days` is 14 days; the baseline is at most 7 days (recommended practice, product brief). Accepted under exception EXC-2025-003 until 2025-12-31.',
    );
    assert.deepEqual(findings[1].ecc, ['4-1-3-1', '2-10-3-3', '2-10-3-4', '2-3-3-3']);
    assert.equal(findings[1].basis, 'practice');
  });

  it('after the exception lapses, the warning returns and the exception gets its own warning', () => {
    const text = wadiFalcon();
    const findings = lint(text, { asOf: '2026-01-05' });
    assert.deepEqual(render(text, findings), ['1:0-1:8 info length', '144:19-144:21 warning vuln.remediation_sla', '277:16-277:26 warning exception-expired']);
    assert.equal(findings[0].message, WADI_FALCON_LENGTH);
    assert.equal(
      findings[2].message,
      'Exception EXC-2025-003 for `vuln.remediation_sla` expired on 2025-12-31 (as of 2026-01-05); its findings are back at their full severity until it is renewed or the clause is fixed.',
    );
  });

  it('flags an overdue review of the appendix (ECC 4-1-4)', () => {
    const text = wadiFalcon();
    const review = lint(text, { asOf: '2026-03-03' }).filter((f) => f.code === 'governance.periodic_review');
    assert.deepEqual(render(text, review), ['9:20-9:30 warning governance.periodic_review']);
    assert.equal(
      review[0].message,
      'The appendix was last reviewed on 2025-03-02; with a 12-month review interval the next review was due on 2026-03-02 (as of 2026-03-03), ECC-2:2024 4-1-4.',
    );
    assert.deepEqual(lint(text, { asOf: '2026-03-02' }).filter((f) => f.code === 'governance.periodic_review'), []);
  });
});

describe('weak values', () => {
  it('48-hour incident notice: warning on the value, with the numbers', () => {
    const text = variant('initial_notice_hours: 24', 'initial_notice_hours: 48');
    const f = only(text, 'incident.notification');
    assert.deepEqual(render(text, f), ['179:26-179:28 warning incident.notification']);
    assert.equal(f[0].message, '`initial_notice_hours` is 48 hours; the baseline is at most 24 hours (recommended practice, product brief).');
    assert.equal(f[0].basis, 'practice');
    assert.deepEqual(f[0].ecc.slice(0, 1), ['4-1-2-2']);
  });

  it('24 hours passes: comparisons are inclusive', () => {
    assert.deepEqual(only(wadiFalcon(), 'incident.notification'), []);
  });

  it('above 72 hours it is an error that names the PDPL reason', () => {
    const text = variant('initial_notice_hours: 24', 'initial_notice_hours: 96');
    const f = only(text, 'incident.notification');
    assert.deepEqual(render(text, f), ['179:26-179:28 error incident.notification']);
    assert.match(f[0].message, /^`initial_notice_hours` is 96 hours; the baseline is at most 24 hours, and above 72 hours it .*SDAIA.* \(recommended practice, product brief\)\.$/);
  });

  it('brief-strict makes brief numbers errors', () => {
    const text = variant('initial_notice_hours: 24', 'initial_notice_hours: 48');
    const f = lint(text, { profiles: ['brief-strict'] }).filter((x) => x.code === 'incident.notification');
    assert.deepEqual(render(text, f), ['179:26-179:28 error incident.notification']);
  });

  it('log retention below 12 months is an error (ECC fixes the number)', () => {
    const text = variant('retention_months: 12', 'retention_months: 6');
    const f = only(text, 'logging.retention_and_access');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].basis, 'nca');
    assert.match(f[0].message, /^`retention_months` is 6 months; the baseline is at least 12 months \(NCA requirement, .*2-12-3-5.*\)\.$/);
  });

  it('a list missing a required item names what it lacks', () => {
    const text = variant('required_for: [remote, privileged]', 'required_for: [privileged]');
    const f = only(text, 'access.mfa');
    assert.deepEqual(render(text, f), ['73:18-73:30 error access.mfa']);
    assert.match(f[0].message, /^`required_for` lacks `remote`; the baseline is a list that includes `remote` and `privileged` \(NCA requirement/);
  });

  it('a centre outside KSA is an error on the centres list', () => {
    const text = variant('{name: "Secondary SOC", city: Dammam, country: SA}', '{name: "Secondary SOC", city: Dubai, country: AE}');
    const f = only(text, 'soc.location_ksa');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /^`centres` includes `AE`;/);
  });

  it('an absent parameter with a baseline is reported on the clause key', () => {
    const text = variant('    detailed_report_hours: 72\n', '');
    const f = only(text, 'incident.notification');
    assert.deepEqual(render(text, f), ['177:2-177:14 warning incident.notification']);
    assert.match(f[0].message, /^`incident.notification` does not state `detailed_report_hours`; the baseline is at most 72 hours/);
  });
});

describe('missing clauses', () => {
  it('points at the section key when the section exists', () => {
    const text = variant('  roles_and_communications:', '  roles_and_communications_x:');
    const f = only(text, 'incident.roles_and_communications');
    assert.deepEqual(render(text, f), ['176:0-176:8 error incident.roles_and_communications']);
    assert.equal(
      f[0].message,
      'The appendix has no `incident.roles_and_communications` clause (Roles, escalation and who speaks); ECC-2:2024 4-1-2-2 requires it.',
    );
  });

  it('points at the schema line when the whole section is missing', () => {
    const text = lines('schema: ecc-appendix/v1', 'appendix:', '  id: A-1', '  signed_on: 2025-01-01', '  customer: {entity_type: private}');
    const codes = lint(text).map((f) => f.code);
    assert.ok(codes.includes('incident.notification'));
    const f = lint(text).filter((x) => x.code === 'incident.notification');
    assert.deepEqual(render(text, f), ['0:0-0:6 error incident.notification']);
  });

  it('cloud-only clauses are errors only when cloud_or_hosting is true', () => {
    const base = wadiFalcon().replace(/\n  segregation:\n(    .*\n)+/, '\n');
    assert.equal(only(base, 'data.segregation')[0].severity, 'warning');
    const cloud = base.replace('cloud_or_hosting: false', 'cloud_or_hosting: true');
    assert.equal(only(cloud, 'data.segregation')[0].severity, 'error');
  });

  it('the MSOC licence clause is only required for managed security services', () => {
    const without = wadiFalcon().replace(/\n  msoc_license:\n(    .*\n)+/, '\n');
    assert.equal(only(without, 'soc.msoc_license').length, 1);
    const noMss = without.replace('engagement_types: [managed_services, managed_security_services]', 'engagement_types: [managed_services]');
    assert.deepEqual(only(noMss, 'soc.msoc_license'), []);
  });
});

describe('cross-field rules', () => {
  it('a risk assessment after signature is an error on completed_on', () => {
    const text = variant('completed_on: 2025-02-10', 'completed_on: 2025-03-10');
    const f = only(text, 'risk.pre_contract_assessment');
    assert.deepEqual(render(text, f), ['30:18-30:28 error risk.pre_contract_assessment']);
    assert.equal(
      f[0].message,
      'The risk assessment was completed on 2025-03-10, 8 days after the contract was signed (2025-03-02); ECC-2:2024 4-1-3-1 requires it before signature.',
    );
  });

  it('an expired MSOC licence is an error', () => {
    const text = wadiFalcon();
    const f = lint(text, { asOf: '2027-01-01' }).filter((x) => x.code === 'soc.msoc_license');
    assert.deepEqual(render(text, f), ['59:16-59:26 error soc.msoc_license']);
  });

  it('remote access from a country the data section does not list', () => {
    const text = variant('remote_access_origin_countries: [SA]', 'remote_access_origin_countries: [SA, AE]');
    const f = only(text, 'data.location_and_transfer');
    assert.equal(f.length, 1);
    assert.equal(f[0].message, 'Remote access may originate from AE (soc.location_ksa), but `access_countries` does not list it.');
  });
});

describe('exceptions', () => {
  it('an exception without risk_ref or approver is invalid and covers nothing', () => {
    const text = variant('    risk_ref: RISK-0412\n', '');
    const f = lint(text);
    assert.deepEqual(render(text, f), ['1:0-1:8 info length', '144:19-144:21 warning vuln.remediation_sla', '270:8-270:20 warning exception-invalid']);
    assert.equal(f[0].message, WADI_FALCON_LENGTH);
    assert.equal(f[2].message, 'Exception EXC-2025-003 is not valid and covers nothing: it does not state `risk_ref`.');
  });

  it('exception_ref must name an exception for that clause', () => {
    const text = variant('exception_ref: EXC-2025-003', 'exception_ref: EXC-2025-999');
    const f = lint(text).filter((x) => x.code === 'exception-invalid');
    assert.deepEqual(render(text, f), ['149:19-149:31 warning exception-invalid']);
    assert.equal(f[0].message, '`exception_ref` names EXC-2025-999, but `exceptions:` has no exception with that id.');
  });

  it('an exception for an unknown clause suggests the right one', () => {
    const text = variant('clause: vuln.remediation_sla', 'clause: vuln.remediaton_sla');
    const f = lint(text).filter((x) => x.code === 'exception-invalid');
    assert.equal(f.length, 1);
    assert.equal(f[0].message, 'Exception EXC-2025-003 names `vuln.remediaton_sla`, which is not a catalogue clause; did you mean `vuln.remediation_sla`?');
  });
});

describe('settings', () => {
  it('eccAppendix.rules changes a severity and `off` drops a code', () => {
    const text = variant('initial_notice_hours: 24', 'initial_notice_hours: 48');
    const raised = lint(text, { settings: { rules: { 'incident.notification': 'error' } } }).filter((f) => f.code === 'incident.notification');
    assert.equal(raised[0].severity, 'error');
    const off = lint(text, { settings: { rules: { 'incident.notification': 'off' } } }).filter((f) => f.code === 'incident.notification');
    assert.deepEqual(off, []);
  });

  it('settings profiles stack on the appendix profile', () => {
    const text = wadiFalcon();
    const cscc = lint(text, { settings: { profiles: ['ecc+cscc'] } }).filter((f) => f.code === 'logging.retention_and_access');
    assert.equal(cscc.length, 1);
    assert.match(cscc[0].message, /^`retention_months` is 12 months; the baseline is at least 18 months/);
  });

  it('critical_systems switches the CSCC overlay on by itself', () => {
    const text = variant('critical_systems: false', 'critical_systems: true');
    assert.equal(only(text, 'logging.retention_and_access').length, 1);
  });
});
