/**
 * EV-01..EV-29 one by one, with small inline logs and appendices: a failing and a passing case per check, the
 * boundaries (inclusive limits, the 5-day cadence grace, the close of the as-of day), timestamps across offsets and
 * invalid dates that must never roll over.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAppendixSource, type AppendixSource } from '../../server/src/languageService/evidence/index';
import { doc, lines, lint, render } from '../support/harness';

const HEAD = 'appendix: {id: A-1, signed_on: 2025-03-02}';

/** An appendix with id A-1 and the given clause lines. */
function apx(...clauses: string[]): AppendixSource {
  return readAppendixSource('a.appendix.yaml', lines('schema: ecc-appendix/v1', HEAD, ...clauses))!;
}

/** An evidence log linked to A-1: the body starts on line 2. */
function log(...body: string[]): string {
  return lines('schema: ecc-evidence/v1', 'evidence_log: {appendix: A-1}', ...body);
}

function run(code: string, text: string, o: { asOf?: string; appendix?: AppendixSource } = {}) {
  const findings = lint(text, { name: 't.evidence.yaml', asOf: o.asOf ?? '2025-10-15', appendices: [o.appendix ?? apx()] }).filter((f) => f.code === code);
  return { at: render(text, findings), messages: findings.map((f) => f.message), findings };
}

/** `L:C-L:C` of the `n`-th occurrence of `needle` (as LSP counts). */
function spanOf(text: string, needle: string, n = 0): string {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `fixture has no "${needle}"`);
  const d = doc(text);
  const s = d.positionAt(i);
  const e = d.positionAt(i + needle.length);
  return `${s.line}:${s.character}-${e.line}:${e.character}`;
}

/** `L:C-L:C` of `value` where it follows `prefix`. */
function valueAt(text: string, prefix: string, value: string): string {
  const i = text.indexOf(prefix + value);
  assert.ok(i >= 0, `fixture has no "${prefix}${value}"`);
  const d = doc(text);
  const s = d.positionAt(i + prefix.length);
  const e = d.positionAt(i + prefix.length + value.length);
  return `${s.line}:${s.character}-${e.line}:${e.character}`;
}

describe('EV-01 pre-contract risk assessment', () => {
  it('error when none is recorded, on `evidence_log:` when the section is missing', () => {
    const text = log();
    const r = run('EV-01', text);
    assert.deepEqual(r.at, ['1:0-1:12 error EV-01']);
    assert.equal(r.messages[0], 'No pre-contract risk assessment (`trigger: pre_contract` with a `performed_on` date) is recorded; ECC-2:2024 4-1-3-1 requires one before the contract is signed (signed on 2025-03-02).');
  });

  it('error when performed after signature, on its date', () => {
    const text = log('risk_assessments:', '  - {id: RA-1, trigger: pre_contract, performed_on: 2025-03-10, ref: r.pdf}');
    const r = run('EV-01', text);
    assert.deepEqual(r.at, [`${spanOf(text, '2025-03-10')} error EV-01`]);
    assert.equal(r.messages[0], 'The pre-contract risk assessment RA-1 was performed on 2025-03-10, 8 days after the contract was signed on 2025-03-02; ECC-2:2024 4-1-3-1 requires it before signature.');
  });

  it('passes on the signing day itself (inclusive)', () => {
    assert.deepEqual(run('EV-01', log('risk_assessments:', '  - {id: RA-1, trigger: pre_contract, performed_on: 2025-03-02}')).at, []);
  });

  it('error when the mitigations were not verified', () => {
    const text = log('risk_assessments:', '  - {id: RA-1, trigger: pre_contract, performed_on: 2025-02-10, mitigations_verified: false}');
    const r = run('EV-01', text);
    assert.deepEqual(r.at, [`${spanOf(text, 'false')} error EV-01`]);
    assert.match(r.messages[0], /^The pre-contract risk assessment RA-1 records `mitigations_verified: false`; ECC-2:2024 4-1-3-1 requires assurance before signature/);
  });

  it('an invalid date (2025-02-30) is not rolled over to March: it counts as no date', () => {
    const text = log('risk_assessments:', '  - {id: RA-1, trigger: pre_contract, performed_on: 2025-02-30}');
    const all = lint(text, { name: 't.evidence.yaml', asOf: '2025-10-15', appendices: [apx()] });
    assert.deepEqual(
      render(text, all).filter((r) => / (type|EV-01)$/.test(r)),
      ['2:0-2:16 error EV-01', `${spanOf(text, '2025-02-30')} error type`],
    );
  });
});

describe('EV-02 re-assessment after a regulatory change', () => {
  const A = apx('risk:', '  regulatory_change_reassessment: {reassess_within_days: 60}');
  const event = ['regulatory_events:', '  - {id: REG-1, published_on: 2025-06-20}'];

  it('passes within the agreed days (44 of 60)', () => {
    assert.deepEqual(run('EV-02', log(...event, 'risk_assessments:', '  - {id: RA-2, trigger: regulatory_change, regulation_event: REG-1, performed_on: 2025-08-03}'), { appendix: A }).at, []);
  });

  it('warning when later than agreed, on the assessment date', () => {
    const text = log(...event, 'risk_assessments:', '  - {id: RA-2, trigger: regulatory_change, regulation_event: REG-1, performed_on: 2025-08-25}');
    const r = run('EV-02', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-08-25')} warning EV-02`]);
    assert.equal(r.messages[0], 'The re-assessment RA-2 after regulatory event REG-1 (published 2025-06-20) came 66 days later; the appendix requires one within 60 days.');
  });

  it('error when more than twice the agreed days', () => {
    const text = log(...event, 'risk_assessments:', '  - {id: RA-2, trigger: regulatory_change, performed_on: 2025-10-20}');
    const r = run('EV-02', text, { appendix: A, asOf: '2025-10-25' });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-10-20')} error EV-02`]);
    assert.match(r.messages[0], /came 122 days later; the appendix requires one within 60 days, and more than twice that is an error\.$/);
  });

  it('missing: nothing before the due day, a warning from the due day, an error from twice the time', () => {
    const text = log(...event);
    assert.deepEqual(run('EV-02', text, { appendix: A, asOf: '2025-08-18' }).at, []);
    const due = run('EV-02', text, { appendix: A, asOf: '2025-08-19' });
    assert.deepEqual(due.at, [`${spanOf(text, '2025-06-20')} warning EV-02`]);
    assert.equal(due.messages[0], 'No risk re-assessment (`trigger: regulatory_change`) is recorded for regulatory event REG-1, published on 2025-06-20; the appendix requires one within 60 days, so it was due by 2025-08-19.');
    assert.deepEqual(run('EV-02', text, { appendix: A, asOf: '2025-10-18' }).at, [`${spanOf(text, '2025-06-20')} error EV-02`]);
  });

  it('without the clause the ecc-baseline 90 days applies, and the message says so', () => {
    const r = run('EV-02', log(...event), { asOf: '2025-09-18' });
    assert.equal(
      r.messages[0],
      "No risk re-assessment (`trigger: regulatory_change`) is recorded for regulatory event REG-1, published on 2025-06-20; the ecc-baseline requires one within 90 days (the appendix states no `risk.regulatory_change_reassessment.reassess_within_days`, so the catalogue's ecc-baseline value is used), so it was due by 2025-09-18.",
    );
  });
});

describe('EV-03 SOC in Saudi Arabia', () => {
  it('error on a centre outside SA and on a remote-access origin outside SA', () => {
    const text = log('soc_confirmations:', '  - {confirmed_on: 2025-09-01, centres_countries: [SA, AE], remote_access_origin_countries: [IN]}');
    const r = run('EV-03', text);
    assert.deepEqual(r.at, [`${spanOf(text, 'AE')} error EV-03`, `${spanOf(text, 'IN')} error EV-03`]);
    assert.match(r.messages[0], /^The SOC confirmation of 2025-09-01 places a monitoring or operations centre in AE; ECC-2:2024 4-1-3-2 requires/);
  });

  it('warning when the latest confirmation is more than 12 months old (exactly 12 passes)', () => {
    const text = log('soc_confirmations:', '  - {confirmed_on: 2024-10-15, centres_countries: [SA]}');
    assert.deepEqual(run('EV-03', text).at, []);
    const r = run('EV-03', text, { asOf: '2025-10-16' });
    assert.deepEqual(r.at, [`${spanOf(text, '2024-10-15')} warning EV-03`]);
  });

  it('warning when none is recorded though the appendix applies 4-1-3-2 and the service is over a year old', () => {
    const A = readAppendixSource('a.appendix.yaml', lines('schema: ecc-appendix/v1', 'appendix: {id: A-1, effective_from: 2024-01-01}', 'soc:', '  location_ksa: {applies: true}'))!;
    const r = run('EV-03', log(), { appendix: A });
    assert.deepEqual(r.at, ['1:0-1:12 warning EV-03']);
    assert.match(r.messages[0], /^No confirmation that the SOC is in Saudi Arabia is recorded since the appendix took effect on 2024-01-01/);
  });

  it('runs on an unlinked log too (it reads no appendix value)', () => {
    const text = lines('schema: ecc-evidence/v1', 'soc_confirmations:', '  - {confirmed_on: 2025-09-01, centres_countries: [EG]}');
    const r = lint(text, { name: 't.evidence.yaml', asOf: '2025-10-15' }).filter((f) => f.code === 'EV-03');
    assert.deepEqual(render(text, r), [`${spanOf(text, 'EG')} error EV-03`]);
  });
});

describe('EV-04 MSOC licence', () => {
  const one = (expires: string) => log('licenses:', `  - {kind: msoc, number: L-1, expires_on: ${expires}}`);
  it('error when expired', () => {
    const r = run('EV-04', one('2025-10-14'));
    assert.deepEqual(r.at, [`${spanOf(one('2025-10-14'), '2025-10-14')} error EV-04`]);
    assert.match(r.messages[0], /^The MSOC licence L-1 expired on 2025-10-14, 1 day before 2025-10-15, and no later licence is recorded/);
  });
  it('valid on its expiry day; warning with fewer than 60 days left; none with 60', () => {
    assert.deepEqual(run('EV-04', one('2025-10-15')).at.map((a) => a.split(' ')[1]), ['warning']);
    assert.match(run('EV-04', one('2025-12-01')).messages[0], /^The MSOC licence L-1 expires on 2025-12-01, 47 days after 2025-10-15/);
    assert.deepEqual(run('EV-04', one('2025-12-14')).at, []);
  });
  it('a renewed licence supersedes the expired one', () => {
    assert.deepEqual(run('EV-04', log('licenses:', '  - {kind: msoc, expires_on: 2025-01-31}', '  - {kind: msoc, expires_on: 2027-01-31}')).at, []);
  });
});

describe('EV-05 scan cadence', () => {
  const A = apx('vuln:', '  scanning: {external_interval_days: 30, internal_interval_days: 90}');
  const scans = (...dates: string[]) => log('scans:', ...dates.map((d, i) => `  - {id: S-${i + 1}, type: external, performed_on: ${d}}`));

  it('a gap of interval + grace passes; one day more is a warning on the later scan', () => {
    assert.deepEqual(run('EV-05', scans('2025-05-03', '2025-06-07'), { appendix: A, asOf: '2025-06-10' }).at, []);
    const text = scans('2025-05-03', '2025-06-08');
    const r = run('EV-05', text, { appendix: A, asOf: '2025-06-10' });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-06-08')} warning EV-05`]);
    assert.equal(r.messages[0], 'External scans on 2025-05-03 and 2025-06-08 are 36 days apart; the appendix requires one at least every 30 days, so the next was due by 2025-06-02 (2025-06-07 with the 5-day grace).');
  });

  it('from the last scan to today: missed at the close of the last grace day', () => {
    const text = scans('2025-09-01');
    assert.deepEqual(run('EV-05', text, { appendix: A, asOf: '2025-10-05' }).at, []);
    assert.deepEqual(run('EV-05', text, { appendix: A, asOf: '2025-10-06' }).at, [`${spanOf(text, '2025-09-01')} warning EV-05`]);
  });

  it('the gap from the start of the log period to the first scan counts', () => {
    const text = lines('schema: ecc-evidence/v1', 'evidence_log: {appendix: A-1, period: {from: 2025-04-01}}', 'scans:', '  - {id: S-1, type: external, performed_on: 2025-05-20}');
    const r = run('EV-05', text, { appendix: A, asOf: '2025-05-25' });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-05-20')} warning EV-05`]);
    assert.equal(r.messages[0], "The first external scan is on 2025-05-20, 49 days after the log's period began on 2025-04-01; the appendix requires one at least every 30 days, so one was due by 2025-05-01 (2025-05-06 with the 5-day grace).");
  });

  it('no scan at all since the start: a warning on `scans:`', () => {
    const text = lines('schema: ecc-evidence/v1', 'evidence_log: {appendix: A-1, period: {from: 2025-04-01}}', 'scans: []');
    const r = run('EV-05', text, { appendix: A, asOf: '2025-05-06' });
    assert.deepEqual(r.at, ['2:0-2:5 warning EV-05']);
    assert.equal(r.messages[0], "No external scan is recorded since the log's period began on 2025-04-01, 35 days before 2025-05-06; the appendix requires one at least every 30 days, so one was due by 2025-05-01 (2025-05-06 with the 5-day grace).");
  });

  it('without `vuln.scanning` the ecc-baseline 30 days applies, and the message says so', () => {
    const r = run('EV-05', scans('2025-09-01'), { asOf: '2025-10-06' });
    assert.match(r.messages[0], /; the ecc-baseline requires one at least every 30 days \(the appendix states no `vuln.scanning.external_interval_days`, so the catalogue's ecc-baseline value is used\), so the next was due by 2025-10-01/);
  });

  it('a scan dated after today does not satisfy the cadence (it is an EV-21 error)', () => {
    const text = scans('2025-09-01', '2025-10-20');
    assert.deepEqual(run('EV-05', text, { appendix: A, asOf: '2025-10-06' }).at, [`${spanOf(text, '2025-09-01')} warning EV-05`]);
    assert.deepEqual(run('EV-21', text, { appendix: A, asOf: '2025-10-06' }).at, [`${spanOf(text, '2025-10-20')} error EV-21`]);
  });
});

describe('EV-06 scan report delivery', () => {
  const A = apx('vuln:', '  scanning: {report_delivery_days: 10}');
  it('info when delivered after the agreed days; 10 of 10 passes', () => {
    const late = log('scans:', '  - {id: S-1, type: internal, performed_on: 2025-09-01, delivered_on: 2025-09-12}');
    const r = run('EV-06', late, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(late, '2025-09-12')} info EV-06`]);
    assert.equal(r.messages[0], 'The report of scan S-1 was delivered on 2025-09-12, 11 days after the scan on 2025-09-01; the appendix allows 10 days.');
    assert.deepEqual(run('EV-06', late.replace('2025-09-12', '2025-09-11'), { appendix: A }).at, []);
  });
  it('info when not delivered past the due day', () => {
    const text = log('scans:', '  - {id: S-1, type: internal, performed_on: 2025-10-01}');
    assert.deepEqual(run('EV-06', text, { appendix: A, asOf: '2025-10-10' }).at, []);
    const r = run('EV-06', text, { appendix: A, asOf: '2025-10-11' });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-10-01')} info EV-06`]);
    assert.equal(r.messages[0], 'The report of scan S-1 is not recorded as delivered, 10 days after the scan on 2025-10-01; the appendix allows 10 days, so it was due by 2025-10-11.');
  });
});

describe('EV-07 remediation SLA', () => {
  const A = apx('vuln:', '  remediation_sla: {critical_days: 14, high_days: 30}');
  it('passes within the contractual days even when the baseline is stricter (10 of 14)', () => {
    assert.deepEqual(run('EV-07', log('findings:', '  - {id: V-1, severity: critical, detected_on: 2025-06-02, remediated_on: 2025-06-12}'), { appendix: A }).at, []);
  });
  it('warning when remediated late, on `remediated_on`', () => {
    const text = log('findings:', '  - {id: V-1, severity: critical, detected_on: 2025-06-02, remediated_on: 2025-06-17}');
    const r = run('EV-07', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-06-17')} warning EV-07`]);
    assert.equal(r.messages[0], 'V-1 (critical) was remediated on 2025-06-17, 15 days after detection on 2025-06-02; the appendix allows 14 days for critical findings, so it was due by 2025-06-16.');
  });
  it('an open critical item past its SLA is an error; an open high one a warning; not yet due, nothing', () => {
    const text = log('findings:', '  - {id: V-1, severity: critical, detected_on: 2025-09-01, remediated_on: null}', '  - {id: V-2, severity: high, detected_on: 2025-09-01}', '  - {id: V-3, severity: high, detected_on: 2025-10-01}');
    const r = run('EV-07', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, 'null')} error EV-07`, `${spanOf(text, 'V-2')} warning EV-07`]);
    assert.equal(r.messages[0], 'V-1 (critical) is still open 44 days after detection on 2025-09-01; the appendix allows 14 days for critical findings, so it was due by 2025-09-15, and an open critical finding past its SLA is an error.');
  });
  it('without the clause, the ecc-baseline days for the severity', () => {
    const r = run('EV-07', log('findings:', '  - {id: V-1, severity: medium, detected_on: 2025-01-01}'));
    assert.match(r.messages[0], /the ecc-baseline allows 90 days for medium findings \(the appendix states no `vuln.remediation_sla.medium_days`/);
  });
});

describe('EV-08 pen-test cadence and EV-09 deliverables', () => {
  const A = apx('testing:', '  penetration: {interval_months: 12, report_delivery_days: 30, remediation_plan_days: 30}');
  it('EV-08: the next test is due 12 months after the last, with 5 days of grace', () => {
    const text = log('pentests:', '  - {id: PT-1, completed_on: 2024-07-18, report_delivered_on: 2024-08-01, remediation_plan_delivered_on: 2024-08-10}');
    assert.deepEqual(run('EV-08', text, { appendix: A, asOf: '2025-07-22' }).at, []);
    const r = run('EV-08', text, { appendix: A, asOf: '2025-07-23' });
    assert.deepEqual(r.at, [`${spanOf(text, '2024-07-18')} warning EV-08`]);
    assert.equal(r.messages[0], 'No penetration test is recorded after 2024-07-18, 12 months and 5 days before 2025-07-23; the appendix requires one at least every 12 months, so the next was due by 2025-07-18 (2025-07-23 with the 5-day grace).');
  });
  it('EV-09: a late report is info; a missing plan past its due day a warning', () => {
    const text = log('pentests:', '  - {id: PT-1, completed_on: 2025-07-18, report_delivered_on: 2025-08-27}');
    const r = run('EV-09', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-07-18')} warning EV-09`, `${spanOf(text, '2025-08-27')} info EV-09`]);
    assert.deepEqual(r.messages, [
      'The remediation plan of penetration test PT-1 is not recorded as delivered, 89 days after the test ended on 2025-07-18; the appendix allows 30 days, so it was due by 2025-08-17.',
      'The report of penetration test PT-1 was delivered on 2025-08-27, 40 days after the test ended on 2025-07-18; the appendix allows 30 days.',
    ]);
  });
  it('EV-09 passes on time', () => {
    assert.deepEqual(run('EV-09', log('pentests:', '  - {id: PT-1, completed_on: 2025-07-18, report_delivered_on: 2025-08-17, remediation_plan_delivered_on: 2025-08-17}'), { appendix: A }).at, []);
  });
});

describe('EV-10 to EV-13 attestations', () => {
  it('EV-10: expired is an error, fewer than 60 days a warning, a later one of the same type supersedes', () => {
    const text = log('attestations:', '  - {type: iso27001, certificate_no: C-1, expires_on: 2025-10-01}', '  - {type: pci_dss, expires_on: 2025-11-30}');
    const r = run('EV-10', text);
    assert.deepEqual(r.at, [`${spanOf(text, '2025-10-01')} error EV-10`, `${spanOf(text, '2025-11-30')} warning EV-10`]);
    assert.match(r.messages[0], /^The ISO\/IEC 27001 certificate C-1 expired on 2025-10-01, 14 days before 2025-10-15/);
    assert.deepEqual(run('EV-10', log('attestations:', '  - {type: iso27001, expires_on: 2025-10-01}', '  - {type: iso27001, expires_on: 2028-10-01}')).at, []);
  });

  const A = apx('assurance:', '  attestations: {max_report_age_months: 12, bridge_letter_gap_months: 3}');
  it('EV-11: a SOC 2 period older than the accepted age is an error', () => {
    const text = log('attestations:', '  - {type: soc2_type2, period_end: 2024-09-30}');
    const r = run('EV-11', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2024-09-30')} error EV-11`]);
    assert.equal(r.messages[0], 'The latest SOC 2 Type II report covers a period that ended on 2024-09-30, 12 months and 15 days before 2025-10-15; the appendix accepts reports at most 12 months old.');
  });
  it('EV-11: a gap longer than agreed without a bridge letter is a warning; a bridge letter covering it passes', () => {
    const text = log('attestations:', '  - {type: soc2_type2, period_end: 2025-06-30}');
    const r = run('EV-11', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-06-30')} warning EV-11`]);
    assert.equal(r.messages[0], 'The SOC 2 Type II period ended on 2025-06-30, leaving 3 months and 15 days uncovered as of 2025-10-15 with no bridge letter beyond it; the appendix allows at most 3 months without a bridge letter.');
    assert.deepEqual(run('EV-11', log('attestations:', '  - {type: soc2_type2, period_end: 2025-06-30, bridge_letter: {covers_to: 2025-09-30}}'), { appendix: A }).at, []);
  });

  it('EV-12: only an explicit `scope_covers_services: false` is a warning; exceptions without a response are info', () => {
    const text = log('attestations:', '  - {type: iso27001, scope_covers_services: false}', '  - {type: soc2_type2, exceptions_noted: 1}', '  - {type: soc2_type2, exceptions_noted: 3, management_response_ref: r.pdf}', '  - {type: iso22301}');
    const r = run('EV-12', text);
    assert.deepEqual(r.at, [`${spanOf(text, 'false')} warning EV-12`, `${valueAt(text, 'exceptions_noted: ', '1')} info EV-12`]);
    assert.match(r.messages[1], /notes 1 exception but no `management_response_ref`.*response to it is kept\.$/);
  });

  it('EV-13: a valid ISO certificate without a surveillance audit in 12 months is a warning', () => {
    const text = log('attestations:', '  - {type: iso27001, certificate_no: C-1, issued_on: 2023-11-01, expires_on: 2026-10-31, last_surveillance_audit_on: 2024-09-01}');
    const r = run('EV-13', text);
    assert.deepEqual(r.at, [`${spanOf(text, '2024-09-01')} warning EV-13`]);
    assert.match(r.messages[0], /^The last surveillance audit of the ISO\/IEC 27001 certificate C-1 was on 2024-09-01, 13 months and 14 days before 2025-10-15;/);
    assert.deepEqual(run('EV-13', text.replace('2024-09-01', '2024-11-05')).at, []);
  });
});

describe('EV-14 access-review cadence and EV-15 leavers', () => {
  const A = apx('access:', '  review_and_revocation: {review_interval_months: 3, revocation_hours: 24}');
  it('EV-14: 3 months + 5 days apart passes, one more day does not', () => {
    const reviews = (b: string) => log('access_reviews:', '  - {performed_on: 2025-04-28}', `  - {performed_on: ${b}}`);
    assert.deepEqual(run('EV-14', reviews('2025-08-02'), { appendix: A }).at, []);
    assert.deepEqual(run('EV-14', reviews('2025-08-03'), { appendix: A }).at, [`${spanOf(reviews('2025-08-03'), '2025-08-03')} warning EV-14`]);
  });
  it('EV-15: exactly 24 h across offsets passes; one minute more is a warning', () => {
    const leaver = (revoked: string) => log('leavers:', `  - {person_ref: P-1, left_at: "2025-07-01T17:00:00+03:00", access_revoked_at: "${revoked}"}`);
    assert.deepEqual(run('EV-15', leaver('2025-07-02T14:00:00Z'), { appendix: A }).at, []);
    const text = leaver('2025-07-02T14:01:00Z');
    const r = run('EV-15', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '"2025-07-02T14:01:00Z"')} warning EV-15`]);
    assert.equal(r.messages[0], 'Access of leaver P-1 was revoked 24 h 1 min after they left; the appendix allows 24 h.');
  });
  it('EV-15: not revoked, warned once the deadline passed before the close of the as-of day', () => {
    const text = log('leavers:', '  - {person_ref: P-1, left_at: "2025-10-14T12:00:00+03:00"}');
    assert.deepEqual(run('EV-15', text, { appendix: A, asOf: '2025-10-14' }).at, []);
    const r = run('EV-15', text, { appendix: A, asOf: '2025-10-15' });
    assert.deepEqual(r.at, [`${spanOf(text, '"2025-10-14T12:00:00+03:00"')} warning EV-15`]);
    assert.equal(r.messages[0], 'Access of leaver P-1 is not recorded as revoked, although they left on 2025-10-14 12:00 +03:00; the appendix allows 24 h, so revocation was due by 2025-10-15 12:00 +03:00.');
  });
});

describe('EV-16 monthly reports and EV-17 posture reviews', () => {
  const A = apx('reporting:', '  security_reports: {monthly_report: true, monthly_delivery_days: 10, posture_review_interval_months: 3}');
  const start = (...body: string[]) => lines('schema: ecc-evidence/v1', 'evidence_log: {appendix: A-1, period: {from: 2025-08-01}}', ...body);
  it('EV-16: delivered on day 15 after month end passes (10 + 5 grace); day 16 is late (info)', () => {
    const text = (d: string) => start('reports:', `  - {type: monthly_security, period: 2025-08, delivered_on: ${d}}`);
    assert.deepEqual(run('EV-16', text('2025-09-15'), { appendix: A, asOf: '2025-09-20' }).at, []);
    const r = run('EV-16', text('2025-09-16'), { appendix: A, asOf: '2025-09-20' });
    assert.deepEqual(r.at, [`${spanOf(text('2025-09-16'), '2025-09-16')} info EV-16`]);
  });
  it('EV-16: a report that names a month counts for that month, whenever it was delivered', () => {
    const text = start('reports:', '  - {type: monthly_security, period: 2025-08, delivered_on: 2025-09-05}', '  - {type: monthly_security, period: 2025-09, delivered_on: 2025-09-30}');
    assert.deepEqual(run('EV-16', text, { appendix: A, asOf: '2025-10-20' }).at, []);
  });
  it('EV-16: no finding when the appendix says there is no monthly report', () => {
    const B = apx('reporting:', '  security_reports: {monthly_report: false}');
    assert.deepEqual(run('EV-16', start('reports: []'), { appendix: B, asOf: '2026-01-01' }).at, []);
  });
  it('EV-17: a quarter without a review, once the following quarter (plus grace) has passed', () => {
    const text = lines('schema: ecc-evidence/v1', 'evidence_log: {appendix: A-1, period: {from: 2025-01-01}}', 'reports:', '  - {type: quarterly_posture_review, period: 2025-Q1, held_on: 2025-04-20}');
    assert.deepEqual(run('EV-17', text, { appendix: A, asOf: '2025-10-04' }).at, []);
    const r = run('EV-17', text, { appendix: A, asOf: '2025-10-05' });
    assert.deepEqual(r.at, ['2:0-2:7 warning EV-17']);
    assert.equal(r.messages[0], "No posture review for 2025-Q2 is recorded; the appendix requires one every 3 months, and a period's review is due by the end of the following quarter, 2025-09-30 (2025-10-05 with the 5-day grace).");
  });
});

describe('EV-18 to EV-20 incidents', () => {
  const A = apx('incident:', '  notification: {initial_notice_hours: 24, detailed_report_hours: 72, final_report_days: 30, includes_suspected: false}');
  const inc = (...fields: string[]) => log('incidents:', '  - id: INC-1', ...fields.map((f) => `    ${f}`));

  it('EV-18: exactly 24 h across offsets passes; 24 h 1 min is an error', () => {
    assert.deepEqual(run('EV-18', inc('detected_at: "2025-08-14T23:30:00+03:00"', 'notified_at: "2025-08-15T20:30:00Z"'), { appendix: A }).at, []);
    const text = inc('detected_at: "2025-08-14T23:30:00+03:00"', 'notified_at: "2025-08-15T20:31:00Z"');
    const r = run('EV-18', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '"2025-08-15T20:31:00Z"')} error EV-18`]);
    assert.equal(r.messages[0], 'INC-1 was notified 24 h 1 min after detection; the appendix allows 24 h.');
  });
  it('EV-18: no notice past the deadline is an error; not covered when it does not affect the entity or is suspected and excluded', () => {
    const text = inc('detected_at: "2025-10-13T02:10:00+03:00"');
    const r = run('EV-18', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, 'INC-1')} error EV-18`]);
    assert.equal(r.messages[0], 'INC-1 was detected at 2025-10-13 02:10 +03:00 and no notice to the entity is recorded by the close of 2025-10-15; the appendix allows 24 h, so it was due by 2025-10-14 02:10 +03:00.');
    assert.deepEqual(run('EV-18', inc('affects_entity: false', 'detected_at: "2025-10-13T02:10:00+03:00"'), { appendix: A }).at, []);
    assert.deepEqual(run('EV-18', inc('suspected_or_confirmed: suspected', 'detected_at: "2025-10-13T02:10:00+03:00"'), { appendix: A }).at, []);
  });
  it('EV-19: the detailed report measured from the notice, the final report from detection', () => {
    const text = inc('detected_at: "2025-08-14T02:10:00+03:00"', 'notified_at: "2025-08-14T10:00:00+03:00"', 'detailed_report_at: "2025-08-17T18:00:00+03:00"', 'final_report_at: "2025-09-14T06:10:00+03:00"');
    const r = run('EV-19', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '"2025-08-17T18:00:00+03:00"')} warning EV-19`, `${spanOf(text, '"2025-09-14T06:10:00+03:00"')} warning EV-19`]);
    assert.deepEqual(r.messages, [
      'The detailed report on INC-1 came 80 h after the initial notice; the appendix allows 72 h after the initial notice.',
      'The final report on INC-1 came 31 days 4 h after detection; the appendix allows 30 days after detection.',
    ]);
  });
  it('EV-20: personal data without an SDAIA report within 72 h is an info reminder', () => {
    const text = inc('personal_data: true', 'detected_at: "2025-08-14T02:10:00+03:00"', 'notified_at: "2025-08-14T10:00:00+03:00"');
    const r = run('EV-20', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, 'true')} info EV-20`]);
    assert.match(r.messages[0], /^INC-1 involves personal data but no report to SDAIA \(`entity_regulator_reports.sdaia_at`\) is recorded; the PDPL Implementing Regulation \(Art. 24\) gives the entity, as controller, 72 h/);
    assert.deepEqual(run('EV-20', inc('personal_data: true', 'detected_at: "2025-08-14T02:10:00+03:00"', 'notified_at: "2025-08-14T10:00:00+03:00"', 'entity_regulator_reports: {sdaia_at: "2025-08-17T10:00:00+03:00"}'), { appendix: A }).at, []);
  });
});

describe('EV-21 dates and times', () => {
  it('a timestamp without an offset is one EV-21 error (it replaces the schema finding on the same value)', () => {
    const text = log('incidents:', '  - {id: INC-1, detected_at: "2025-08-14T02:10:00", notified_at: "2025-08-14T09:00:00+03:00"}');
    const all = lint(text, { name: 't.evidence.yaml', asOf: '2025-10-15', appendices: [apx()] }).filter((f) => /^(type|EV-1[89]|EV-21)$/.test(f.code));
    assert.deepEqual(render(text, all), [`${spanOf(text, '"2025-08-14T02:10:00"')} error EV-21`]);
    assert.equal(all[0].message, '`detected_at` of INC-1 has no UTC offset, so the time cannot be compared with others; write it with its offset, e.g. 2025-08-14T02:10:00+03:00 for Saudi time.');
  });
  it('a notice before detection, across offsets, is an error on the notice', () => {
    const text = log('incidents:', '  - {id: INC-1, detected_at: "2025-08-14T02:10:00+03:00", notified_at: "2025-08-13T23:00:00Z"}');
    const r = run('EV-21', text);
    assert.deepEqual(r.at, [`${spanOf(text, '"2025-08-13T23:00:00Z"')} error EV-21`]);
    assert.equal(r.messages[0], '`notified_at` of INC-1 (2025-08-14 02:00 +03:00) is before its `detected_at` (2025-08-14 02:10 +03:00), which cannot be; correct one of the two.');
  });
  it('event dates after today are errors; due, expiry and effective dates may lie ahead', () => {
    const text = log(
      'scans:',
      '  - {id: S-1, type: external, performed_on: 2025-10-16}',
      'subcontractor_changes:',
      '  - {subcontractor: X, change: remove, notified_on: 2025-09-01, effective_on: 2026-01-01}',
      'licenses:',
      '  - {kind: msoc, expires_on: 2027-01-01}',
      'findings:',
      '  - {id: V-1, severity: low, detected_on: 2025-10-01, due_on: 2026-03-01}',
    );
    const r = run('EV-21', text);
    assert.deepEqual(r.at, [`${spanOf(text, '2025-10-16')} error EV-21`]);
    assert.match(r.messages[0], /^`performed_on` of S-1 is 2025-10-16, after 2025-10-15, the date the log is checked as of;/);
  });
  it('February 30th is invalid, not 2 March: a `type` finding, and no check computes with it', () => {
    const text = log('incidents:', '  - {id: INC-1, detected_at: "2025-02-30T10:00:00+03:00", notified_at: "2025-03-04T10:00:00+03:00"}', 'findings:', '  - {id: V-1, severity: critical, detected_on: 2025-02-30, remediated_on: 2025-03-20}');
    const all = lint(text, { name: 't.evidence.yaml', asOf: '2025-10-15', appendices: [apx()] }).filter((f) => /^(type|EV-07|EV-1[89]|EV-21)$/.test(f.code));
    assert.deepEqual(render(text, all), [`${spanOf(text, '"2025-02-30T10:00:00+03:00"')} error type`, `${spanOf(text, '2025-02-30', 1)} error type`]);
  });
  it('order of dates: remediation before detection, delivery before the scan', () => {
    const text = log('findings:', '  - {id: V-1, severity: low, detected_on: 2025-06-10, remediated_on: 2025-06-01}', 'scans:', '  - {id: S-1, type: internal, performed_on: 2025-06-10, delivered_on: 2025-06-09}');
    assert.deepEqual(run('EV-21', text).at, [`${spanOf(text, '2025-06-01')} error EV-21`, `${spanOf(text, '2025-06-09')} error EV-21`]);
  });
});

describe('EV-22 tabletop and EV-23 DR and restore tests', () => {
  it('EV-22: only joint tabletops count (a technical drill does not)', () => {
    const A = apx('incident:', '  ir_plan_and_exercise: {joint_exercise_interval_months: 12}');
    const text = log('exercises:', '  - {type: joint_tabletop, performed_on: 2024-06-01}', '  - {type: technical_drill, performed_on: 2025-06-01}');
    const r = run('EV-22', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2024-06-01')} warning EV-22`]);
  });
  it('EV-23: each test type at its own interval', () => {
    const A = apx('resilience:', '  bcp_dr_backup: {dr_test_interval_months: 12, restore_test_interval_months: 6}');
    const text = log('continuity_tests:', '  - {type: dr_test, performed_on: 2025-01-10, result: passed}', '  - {type: restore_test, performed_on: 2025-03-01, result: failed}');
    const r = run('EV-23', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-03-01')} warning EV-23`]);
    assert.equal(r.messages[0], 'No restore test is recorded after 2025-03-01, 7 months and 14 days before 2025-10-15; the appendix requires one at least every 6 months, so the next was due by 2025-09-01 (2025-09-06 with the 5-day grace).');
  });
});

describe('EV-24 audits', () => {
  it('open audit findings past their due date: warning', () => {
    const text = log('audits:', '  - {type: right_to_audit, performed_on: 2025-06-03, open_findings: 2, findings_due_on: 2025-09-30}');
    const r = run('EV-24', text);
    assert.deepEqual(r.at, [`${spanOf(text, '2025-09-30')} warning EV-24`]);
    assert.equal(r.messages[0], 'Audit right_to_audit 2025-06-03 still has 2 open findings, due by 2025-09-30; close them or record an agreed new date.');
  });
  it('no audit in the last 12 months once the contract has run a year: info; none earlier', () => {
    const old = (from: string) => lines('schema: ecc-evidence/v1', `evidence_log: {appendix: A-1, period: {from: ${from}}}`, 'audits:', '  - {type: right_to_audit, performed_on: 2024-06-03}');
    const r = run('EV-24', old('2024-01-01'));
    assert.deepEqual(r.at, ['2:0-2:6 info EV-24']);
    assert.match(r.messages[0], /^No audit or assessment is recorded in the 12 months before 2025-10-15; the ecc-baseline provides for at least 1 a year/);
    assert.deepEqual(run('EV-24', old('2025-01-01')).at, []);
  });
});

describe('EV-25 subcontractor changes', () => {
  const A = apx('subcontracting:', '  control: {policy: prior_written_approval, change_notice_days: 30}');
  it('short notice alone is a warning on `notified_on`', () => {
    const text = log('subcontractor_changes:', '  - {subcontractor: S, change: add, notified_on: 2025-09-20, effective_on: 2025-10-01, approved: true}');
    const r = run('EV-25', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-09-20')} warning EV-25`]);
    assert.equal(r.messages[0], 'Subcontractor change "S" (add) was notified only 11 days ahead (on 2025-09-20); the appendix requires at least 30 days\' notice.');
  });
  it('30 days of notice and approval pass; an unapproved change not yet in effect is not a breach yet', () => {
    assert.deepEqual(run('EV-25', log('subcontractor_changes:', '  - {subcontractor: S, change: add, notified_on: 2025-09-01, effective_on: 2025-10-01, approved: true}'), { appendix: A }).at, []);
    assert.deepEqual(run('EV-25', log('subcontractor_changes:', '  - {subcontractor: S, change: add, notified_on: 2025-09-01, effective_on: 2025-11-01, approved: false}'), { appendix: A }).at, []);
  });
  it('a removal needs notice but no approval', () => {
    assert.deepEqual(run('EV-25', log('subcontractor_changes:', '  - {subcontractor: S, change: remove, notified_on: 2025-08-01, effective_on: 2025-09-01}'), { appendix: A }).at, []);
  });
});

describe('EV-26 locations, EV-27 appendix review, EV-28 exit deletion', () => {
  it('EV-26: a storage country outside the appendix list is an error', () => {
    const A = apx('data:', '  location_and_transfer: {storage_countries: [SA], processing_countries: [SA], access_countries: [SA, BH]}');
    const text = log('location_observations:', '  - {observed_on: 2025-09-01, kind: storage, country: DE}', '  - {observed_on: 2025-09-01, kind: access, country: BH}');
    const r = run('EV-26', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, 'DE')} error EV-26`]);
    assert.equal(r.messages[0], 'Storage of entity data was observed in DE on 2025-09-01; the appendix lists SA in `data.location_and_transfer.storage_countries`, and a change of location needs the agreed notice and approval first.');
  });
  it('EV-27: the linked appendix overdue for review, on `evidence_log.appendix` (the day after the due date, as on the appendix)', () => {
    const A = readAppendixSource('a.appendix.yaml', lines('schema: ecc-appendix/v1', 'appendix: {id: A-1, last_reviewed_on: 2024-10-15}', 'governance:', '  periodic_review: {review_interval_months: 12}'))!;
    assert.deepEqual(run('EV-27', log(), { appendix: A }).at, []);
    const r = run('EV-27', log(), { appendix: A, asOf: '2025-10-16' });
    assert.deepEqual(r.at, ['1:25-1:28 warning EV-27']);
    assert.equal(r.messages[0], 'The linked appendix A-1 was last reviewed on 2024-10-15; with its 12-month review interval the next review was due on 2025-10-15, so the SLAs this log is checked against may be out of date (ECC-2:2024 4-1-4).');
  });
  it('EV-28: no deletion certificate within the agreed days after the return is an error; in time passes', () => {
    const A = apx('exit:', '  data_return: {return_within_days: 30}', '  secure_deletion: {delete_within_days_after_return: 30}');
    const text = log('exit_events:', '  - {terminated_on: 2025-07-01, data_returned_on: 2025-08-01}');
    const r = run('EV-28', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-08-01')} error EV-28`]);
    assert.equal(r.messages[0], 'No deletion certificate is recorded, 75 days after the data was returned on 2025-08-01; the appendix requires deletion evidence within 30 days after the data is returned, so it was due by 2025-08-31 (ECC-2:2024 4-1-2-1).');
    assert.deepEqual(run('EV-28', log('exit_events:', '  - {terminated_on: 2025-07-01, data_returned_on: 2025-08-01, deletion_certificate_on: 2025-08-31}'), { appendix: A }).at, []);
  });
  it('EV-28: neither return nor certificate after termination', () => {
    const A = apx('exit:', '  data_return: {return_within_days: 30}', '  secure_deletion: {delete_within_days_after_return: 30}');
    const text = log('exit_events:', '  - {terminated_on: 2025-07-01}');
    const r = run('EV-28', text, { appendix: A });
    assert.deepEqual(r.at, [`${spanOf(text, '2025-07-01')} error EV-28`]);
    assert.match(r.messages[0], /^The service ended on 2025-07-01 but neither the return of the data nor a deletion certificate is recorded; the appendix allows 30 days for the return and 30 days after it for deletion, so the certificate was due by 2025-08-30/);
  });
  it('after termination, cadences stop at the end of the service', () => {
    const A = apx('vuln:', '  scanning: {external_interval_days: 30}');
    const text = log('exit_events:', '  - {terminated_on: 2025-06-20, data_returned_on: 2025-06-25, deletion_certificate_on: 2025-07-01, ref: x.pdf}', 'scans:', '  - {id: S-1, type: external, performed_on: 2025-06-01}');
    assert.deepEqual(run('EV-05', text, { appendix: A }).at, []);
  });
});

describe('EV-29 evidence integrity', () => {
  it('one info per section on its key; `ref`, a section reference key or `sha256` each suffice', () => {
    const text = log('scans:', '  - {id: S-1, type: external, performed_on: 2025-10-01, sha256: abc}', '  - {id: S-2, type: external, performed_on: 2025-10-02}', 'exercises:', '  - {type: joint_tabletop, performed_on: 2025-05-01, findings_ref: t.pdf}');
    const r = run('EV-29', text);
    assert.deepEqual(r.at, ['2:0-2:5 info EV-29']);
    assert.equal(r.messages[0], '1 of 2 scans has no `ref` or `sha256` (S-2); record where each piece of evidence is kept, or its SHA-256, so a reviewer can find and verify it.');
  });
  it('registers that are not evidence documents are not counted (findings, leavers, regulatory events)', () => {
    const text = log('findings:', '  - {id: V-1, severity: low, detected_on: 2025-10-01}', 'leavers:', '  - {person_ref: P-1, left_at: "2025-07-01T17:00:00+03:00", access_revoked_at: "2025-07-01T18:00:00+03:00"}', 'regulatory_events:', '  - {id: R-1, published_on: 2025-10-01}');
    assert.deepEqual(run('EV-29', text).at, []);
  });
  it('names at most five entries', () => {
    const text = log('scans:', ...Array.from({ length: 7 }, (_, i) => `  - {id: S-${i + 1}, type: external, performed_on: 2025-10-0${i + 1}}`));
    assert.match(run('EV-29', text, { asOf: '2025-10-31' }).messages[0], /^All 7 scans have no `ref` or `sha256` \(S-1, S-2, S-3, S-4, S-5 and 2 more\);/);
  });
});

describe('severity overrides', () => {
  it('`eccAppendix.rules` can turn an evidence check off or change its level', () => {
    const text = log('scans:', '  - {id: S-1, type: external, performed_on: 2025-01-01}');
    const findings = lint(text, { name: 't.evidence.yaml', asOf: '2025-10-15', appendices: [apx()], settings: { rules: { 'EV-05': 'error', 'EV-29': 'off', 'EV-01': 'off', 'EV-06': 'off' } } });
    assert.deepEqual(render(text, findings), [`${spanOf(text, '2025-01-01')} error EV-05`]);
  });
});
