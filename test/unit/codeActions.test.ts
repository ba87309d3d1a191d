/**
 * Quick fixes: each action is applied to the document and the whole resulting text is compared, so a fix that
 * touches anything outside its range (a comment, a blank line, quoting, line endings) fails.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolvePolicy } from '../../server/src/languageService/index';
import { actionsAt, checkFix, codes, fixAllText, titlesAt } from '../support/fixes';
import { lines } from '../support/harness';

const H = ['schema: ecc-appendix/v1', 'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}'];

describe('insert a missing clause', () => {
  it('appends the standard terms after the last clause of its section, comments and blank lines untouched', () => {
    checkFix(
      lines(...H, 'inci$0dent:  # Sched. 7 s.10', '  # roles first', '  roles_and_communications:', '    ref: "Sched. 7 s.10.2"   # agreed', '', 'exit: {}', ''),
      'Insert standard clause: Incident notification timelines (ECC 4-1-2-2)',
      lines(
        ...H,
        'incident:  # Sched. 7 s.10',
        '  # roles first',
        '  roles_and_communications:',
        '    ref: "Sched. 7 s.10.2"   # agreed',
        '  notification:',
        '    initial_notice_hours: 24',
        '    detailed_report_hours: 72',
        '    final_report_days: 30',
        '    includes_suspected: true',
        '    includes_subcontractors: true',
        '    channels: [phone, email, ticket]',
        '',
        'exit: {}',
        '',
      ),
    );
  });

  it('creates the section in catalogue order, with a blank line where the file separates its sections', () => {
    checkFix(
      lines('sch$0ema: ecc-appendix/v1', H[1], '', 'monitoring:', '  soc_integration: {coverage: 24x7}', '', '# exit terms', 'exit:', '  data_return: {return_within_days: 30}', ''),
      'Insert standard clause: Incident notification timelines (ECC 4-1-2-2)',
      lines(
        ...H,
        '',
        'monitoring:',
        '  soc_integration: {coverage: 24x7}',
        '',
        'incident:',
        '  notification:',
        '    initial_notice_hours: 24',
        '    detailed_report_hours: 72',
        '    final_report_days: 30',
        '    includes_suspected: true',
        '    includes_subcontractors: true',
        '    channels: [phone, email, ticket]',
        '',
        '# exit terms',
        'exit:',
        '  data_return: {return_within_days: 30}',
        '',
      ),
    );
  });

  it('writes the clause with the file\'s own indentation (four spaces)', () => {
    checkFix(
      lines(...H, 'risk:', '    pre_contract_assessment:', '        assessment_ref: TPRA-1', 'inc$0ident:', '    roles_and_communications:', '        external_comms_owner: entity', ''),
      'Insert standard clause: Provider IR plan and joint exercise (ECC 4-1-3-1)',
      lines(
        ...H,
        'risk:',
        '    pre_contract_assessment:',
        '        assessment_ref: TPRA-1',
        'incident:',
        '    roles_and_communications:',
        '        external_comms_owner: entity',
        '    ir_plan_and_exercise:',
        '        provider_ir_plan: true',
        '        plan_shared: true',
        '        joint_exercise_interval_months: 12',
        '',
      ),
    );
  });

  it('fills an empty section (`incident:` with a comment, `exit: ~`) without losing the comment', () => {
    const src = lines(...H, 'incident:   # to do', 'exit: ~', '');
    checkFix(
      src.replace('schema', '$0schema'),
      'Insert standard clause: Provider IR plan and joint exercise (ECC 4-1-3-1)',
      lines(
        ...H,
        'incident:   # to do',
        '  ir_plan_and_exercise:',
        '    provider_ir_plan: true',
        '    plan_shared: true',
        '    joint_exercise_interval_months: 12',
        'exit: ~',
        '',
      ),
    );
    checkFix(
      src.replace('schema', '$0schema'),
      'Insert standard clause: Secure deletion with evidence (ECC 4-1-2-1)',
      lines(
        ...H,
        'incident:   # to do',
        'exit:',
        '  secure_deletion:',
        '    delete_within_days_after_return: 30',
        '    backups_purged_within_days: 90',
        '    method: nist_800_88_purge',
        '    evidence: certificate',
        '',
      ),
    );
  });

  it('adds to a section written as a flow mapping inside its braces', () => {
    checkFix(
      lines(...H, 'inc$0ident: {roles_and_communications: {external_comms_owner: entity, regulator_reporting_owner: entity, contacts_review_months: 6}}', ''),
      'Insert standard clause: Provider IR plan and joint exercise (ECC 4-1-3-1)',
      lines(
        ...H,
        'incident: {roles_and_communications: {external_comms_owner: entity, regulator_reporting_owner: entity, contacts_review_months: 6}, ir_plan_and_exercise: {provider_ir_plan: true, plan_shared: true, joint_exercise_interval_months: 12}}',
        '',
      ),
    );
  });

  it('writes values that meet the active profile: critical systems bring monthly internal scans (CSCC)', () => {
    const src = lines(
      ...H,
      'scope:',
      '  engagement_types: [managed_services]',
      '  services: [hosting]',
      '  critical_systems: true',
      '  personal_data: false',
      '  cloud_or_hosting: false',
      'vu$0ln:',
      '  remediation_sla: {critical_days: 7}',
      '',
    );
    const { actions } = actionsAt(src);
    const insert = actions.find((a) => a.title === 'Insert standard clause: Vulnerability scan cadence (ECC 4-1-3-1)');
    assert.ok(insert);
    const text = Object.values(insert.edit!.changes!)[0].map((e) => e.newText).join('');
    assert.equal(
      text,
      lines('', '  scanning:', '    external_interval_days: 30', '    internal_interval_days: 30', '    authenticated: true', '    report_delivery_days: 10'),
    );
  });

  it('leaves the facts of the deal as empty keys: references, dates, confirmations, key custody, countries', () => {
    checkFix(
      lines(...H, 'ri$0sk: {}', ''),
      'Insert standard clause: Cybersecurity risk assessment before signature (ECC 4-1-3-1)',
      lines(...H, 'risk:', '  pre_contract_assessment:', '    assessment_ref:', '    completed_on:', '    mitigations_confirmed:', ''),
    );
    checkFix(
      lines(...H, 'da$0ta: {}', ''),
      'Insert standard clause: Key ownership and custody (ECC 4-1-3-1)',
      lines(...H, 'data:', '  key_management:', '    custody:', '    rotation_months: 12', '    ownership_defined: true', '    escrow_outside_provider: true', ''),
    );
    checkFix(
      lines(...H, 'da$0ta: {}', ''),
      'Insert standard clause: Locations of storage, processing and access (ECC 4-1-3-1)',
      lines(
        ...H,
        'data:',
        '  location_and_transfer:',
        '    storage_countries:',
        '    processing_countries:',
        '    access_countries:',
        '    change_notice_days: 90',
        '    change_requires_approval: true',
        '',
      ),
    );
  });

  it('writes no SOC centre: which centres, and whether the clause applies, are the parties\' to state', () => {
    const scope = ['scope:', '  engagement_types: [managed_services]', '  services: [hosting]', '  critical_systems: false', '  personal_data: false', '  cloud_or_hosting: false'];
    checkFix(
      lines(...H, ...scope, 's$0oc: {}', ''),
      'Insert standard clause: Monitoring and operations centres entirely in KSA (ECC 4-1-3-2)',
      lines(...H, ...scope, 'soc:', '  location_ksa:', '    applies:', '    offshore_support_allowed: false', ''),
    );
    const applies = lines(...H, ...scope, 'soc:', '  location_ksa: {applies: true, offshore_support_allowed: false, remote_access_origin_countries: [SA]}', '');
    assert.deepEqual(
      titlesAt(applies.replace('location_ksa', 'location$0_ksa')).filter((t) => !t.startsWith('Record')),
      [],
      'no centre is invented for the missing `centres`',
    );
  });

  it('titles every action for a lawyer, and the clause fix is the preferred one', () => {
    const { actions } = actionsAt(lines(...H, 'inc$0ident:', '  roles_and_communications: {external_comms_owner: entity, regulator_reporting_owner: entity, contacts_review_months: 6}', ''));
    const insert = actions.find((a) => a.title.startsWith('Insert standard clause: Incident notification timelines'));
    assert.equal(insert?.isPreferred, true);
    assert.equal(insert?.kind, 'quickfix');
    assert.equal(insert?.diagnostics?.[0].code, 'incident.notification');
  });
});

describe('add a missing parameter', () => {
  it('adds the standard value after the clause\'s last key, keeping the comment on the line before', () => {
    checkFix(
      lines(...H, 'incident:', '  notifi$0cation:', '    initial_notice_hours: 24   # negotiated', '    detailed_report_hours: 72', '    final_report_days: 30', '    includes_suspected: true', ''),
      'Add includes_subcontractors: true (baseline)',
      lines(
        ...H,
        'incident:',
        '  notification:',
        '    initial_notice_hours: 24   # negotiated',
        '    detailed_report_hours: 72',
        '    final_report_days: 30',
        '    includes_suspected: true',
        '    includes_subcontractors: true',
        '',
      ),
    );
  });

  it('fills an empty value on its own line (`key:` and `key: ~`)', () => {
    const src = lines(...H, 'incident:', '  notification:', '    initial_notice_hours:', '    detailed_report_hours: ~', '    final_report_days: 30', '    includes_suspected: true', '    includes_subcontractors: true', '');
    checkFix(
      src.replace('initial_notice_hours:', '$0initial_notice_hours:'),
      'Add initial_notice_hours: 24 hours (baseline)',
      src.replace('initial_notice_hours:', 'initial_notice_hours: 24'),
    );
    checkFix(
      src.replace('detailed_report_hours: ~', '$0detailed_report_hours: ~'),
      'Add detailed_report_hours: 72 hours (baseline)',
      src.replace('detailed_report_hours: ~', 'detailed_report_hours: 72'),
    );
  });

  it('adds inside a nested flow mapping and a nested block mapping', () => {
    const src = lines(...H, 'data:', '  encryption:', '    at_rest: {required: true}', '    in_transit:', '      required: true', '');
    checkFix(
      src.replace('at_rest', '$0at_rest'),
      'Add standard: ncs-1:2020 (baseline)',
      src.replace('{required: true}', '{required: true, standard: ncs-1:2020}'),
    );
    checkFix(
      src.replace('in_transit', '$0in_transit'),
      'Add tls_min: 1.2 (baseline)',
      lines(...H, 'data:', '  encryption:', '    at_rest: {required: true}', '    in_transit:', '      required: true', '      tls_min: "1.2"', ''),
    );
  });

  it('offers no value for a fact only the parties can state (a reference, a date, who accepted the risk, key custody)', () => {
    const src = lines(...H, 'risk:', '  pre_contract_$0assessment:', '    mitigations_confirmed: true', 'data:', '  key_management:', '    custody:', '    rotation_months: 12', '');
    assert.deepEqual(titlesAt(src), ['Record an exception for risk.pre_contract_assessment']);
    assert.deepEqual(titlesAt(src.replace('$0', '').replace('    custody:', '    cus$0tody:')), ['Record an exception for data.key_management']);
  });

  it('offers no value for a fact only the parties can state (RTO, dates, services)', () => {
    const titles = titlesAt(lines(...H, 'resilience:', '  bcp_dr_$0backup: {dr_test_interval_months: 12, backup_frequency_hours: 24, backup_encrypted: true, restore_test_interval_months: 6}', ''));
    assert.deepEqual(titles, ['Record an exception for resilience.bcp_dr_backup']);
  });
});

describe('raise a weak value', () => {
  it('replaces the number and keeps the comment after it', () => {
    const src = lines(...H, 'incident:', '  notification:', '    initial_notice_hours: 4$08   # negotiated', '    detailed_report_hours: 72', '');
    checkFix(src, 'Raise initial_notice_hours to 24 hours (baseline)', src.replace('$0', '').replace('48', '24'));
  });

  it('sets a boolean and an enum, keeping the quotes the file used', () => {
    const src = lines(...H, 'incident:', '  roles_and_communications:', '    external_comms_owner: "pro$0vider"', '');
    checkFix(src, 'Set external_comms_owner to entity (baseline)', src.replace('$0', '').replace('"provider"', '"entity"'));
    const b = lines(...H, 'soc:', '  location_ksa:', '    applies: true', '    offshore_support_allowed: tr$0ue', '');
    checkFix(b, 'Set offshore_support_allowed to false (baseline)', b.replace('$0', '').replace('allowed: true', 'allowed: false'));
  });

  it('adds the missing items to a flow list and to a block list in their own style', () => {
    const flow = lines(...H, 'access:', '  mfa:', '    required_for: [rem$0ote]  # for now', '');
    checkFix(flow, 'Add privileged to required_for (baseline)', flow.replace('$0', '').replace('[remote]', '[remote, privileged]'));
    const block = lines(...H, 'assurance:', '  right_to_audit:', '    auditors:', '    - ent$0ity', '    routine_notice_days: 30', '');
    checkFix(
      block,
      'Add appointed_auditor, nca, sector_regulator to auditors (baseline)',
      lines(...H, 'assurance:', '  right_to_audit:', '    auditors:', '    - entity', '    - appointed_auditor', '    - nca', '    - sector_regulator', '    routine_notice_days: 30', ''),
    );
  });

  it('never rewrites a list of countries: the finding stays for the parties to negotiate', () => {
    const src = lines(...H, 'data:', '  location_and_transfer:', '    storage_countries:', '      - S$0A', '      - AE', '    processing_countries: [US]', '');
    assert.deepEqual(titlesAt(src), ['Record an exception for data.location_and_transfer']);
    assert.deepEqual(titlesAt(src.replace('$0', '').replace('[US]', '[U$0S]')), ['Record an exception for data.location_and_transfer']);
    assert.ok(fixAllText(src.replace('$0', '')).text.includes(lines('    storage_countries:', '      - SA', '      - AE', '    processing_countries: [US]', '')));
  });

  it('does not choose among models that all meet the baseline (key custody), nor a licence tier', () => {
    const custody = lines(...H, 'data:', '  key_management: {custody: provider_ma$0naged, rotation_months: 12, ownership_defined: true}', '');
    assert.deepEqual(titlesAt(custody), ['Record an exception for data.key_management']);
  });

  it('adds attestations the baseline requires, but does not pick one of several', () => {
    const scope = ['scope:', '  engagement_types: [managed_services]', '  services: [hosting]', '  critical_systems: true', '  personal_data: false', '  cloud_or_hosting: true'];
    const src = lines(...H, ...scope, 'assurance:', '  attestations:', '    required: [iso$027001]', '');
    checkFix(src, 'Add nca_ccc_compliance to required (baseline)', src.replace('$0', '').replace('[iso27001]', '[iso27001, nca_ccc_compliance]'));
    const none = lines(...H, 'assurance:', '  attestations:', '    required: [pci_$0dss]', '');
    assert.deepEqual(titlesAt(none), ['Record an exception for assurance.attestations']);
  });
});

describe('team policy', () => {
  const policy = resolvePolicy(
    lines(
      'schema: ecc-policy/v1',
      'thresholds:',
      '  incident.notification.initial_notice_hours:',
      '    value: 12',
      '  incident.notification.detailed_report_hours:',
      '    value: 96',
      '    reason: "Regulator-facing report drafted by the entity"',
      '',
    ),
  );

  it('raises to the tighter team number and says so', () => {
    const src = lines(...H, 'incident:', '  notification:', '    initial_notice_hours: 2$04', '');
    checkFix(src, 'Raise initial_notice_hours to 12 hours (team policy)', src.replace('$0', '').replace('24', '12'), { policy });
  });

  it('fix all leaves a value the team relaxed with a reason alone', () => {
    const src = lines(...H, 'incident:', '  notification: {initial_notice_hours: 12, detailed_report_hours: 90, final_report_days: 30, includes_suspected: true, includes_subcontractors: true}', '');
    assert.ok(codes(src, 'weak-value', { policy }).includes('incident.notification'), 'the relaxation is reported (info)');
    const { text } = fixAllText(src, { policy });
    assert.ok(text.includes('detailed_report_hours: 90,'));
  });
});

describe('type and unknown-key fixes', () => {
  it('writes true for yes, and 24 for "24h"', () => {
    const src = lines(...H, 'incident:', '  notification:', '    includes_suspected: yes', '    initial_notice_hours: "24h"', '');
    checkFix(src.replace('yes', 'y$0es'), 'Write true instead of yes', src.replace('yes', 'true'));
    checkFix(src.replace('"24h"', '"24$0h"'), 'Write 24 instead of "24h"', src.replace('"24h"', '24'));
  });

  it('renames a misspelt key to the suggestion, unless that key is already there', () => {
    const src = lines(...H, 'incident:', '  notification:', '    initial_notice_hour$0: 24', '');
    checkFix(src, 'Rename initial_notice_hour to initial_notice_hours', src.replace('$0', '').replace('initial_notice_hour:', 'initial_notice_hours:'));
    const both = lines(...H, 'incident:', '  notification:', '    initial_notice_hours: 24', '    initial_notice_hour$0: 24', '');
    assert.ok(!titlesAt(both).some((t) => t.startsWith('Rename')));
  });
});

describe('record an exception', () => {
  it('creates `exceptions:` with a stub and points the clause at it', () => {
    const src = lines(...H, 'incident:', '  notification:', '    initial_notice_hours: 4$08', '    detailed_report_hours: 72', '', 'exit: {}', '');
    checkFix(
      src,
      'Record an exception for incident.notification',
      lines(
        ...H,
        'incident:',
        '  notification:',
        '    initial_notice_hours: 48',
        '    detailed_report_hours: 72',
        '    exception_ref: EXC-001',
        '',
        'exit: {}',
        '',
        'exceptions:',
        '  - id: EXC-001',
        '    clause: incident.notification',
        '    deviation: "`initial_notice_hours` is 48 hours; the baseline is at most 24 hours (recommended practice, product brief)."',
        '    compensating_controls: "controls that offset the deviation"',
        '    risk_ref: "risk register entry"',
        '    approved_by: "role that approved the deviation"',
        '    approved_on: YYYY-MM-DD',
        '    expires_on: YYYY-MM-DD',
        '',
      ),
    );
  });

  it('appends to an existing list with a fresh id, and the stub is not in force until its dates are filled in', () => {
    const existing = [
      'exceptions:',
      '- id: EXC-001',
      '  clause: vuln.remediation_sla',
      '  deviation: "14 days"',
      '  risk_ref: RISK-1',
      '  approved_by: CISO',
      '  approved_on: 2025-01-01',
      '  expires_on: 2026-12-31',
    ];
    const src = lines(...H, 'access:', '  mfa:', '    required_for: [rem$0ote]', '    phishing_resistant_privileged: true', ...existing, '');
    const expected = lines(
      ...H,
      'access:',
      '  mfa:',
      '    required_for: [remote]',
      '    phishing_resistant_privileged: true',
      '    exception_ref: EXC-002',
      ...existing,
      '- id: EXC-002',
      '  clause: access.mfa',
      '  deviation: "`required_for` lacks `privileged`; the baseline is a list that includes `remote` and `privileged` (NCA requirement, ECC 2-2-3-2)."',
      '  compensating_controls: "controls that offset the deviation"',
      '  risk_ref: "risk register entry"',
      '  approved_by: "role that approved the deviation"',
      '  approved_on: YYYY-MM-DD',
      '  expires_on: YYYY-MM-DD',
      '',
    );
    checkFix(src, 'Record an exception for access.mfa', expected);
    // The dates are placeholders: the finding keeps its severity and the dates are flagged until they are real.
    assert.deepEqual(
      codes(expected).filter((c) => c === 'access.mfa' || c === 'type' || c.startsWith('exception')),
      ['access.mfa', 'type', 'type'],
    );
  });

  it('fills an empty `exceptions:` list under its key, keeping the comment on the key line', () => {
    for (const empty of ['exceptions:   # none yet', 'exceptions: []   # none yet']) {
      const src = lines(...H, 'access:', '  mfa: {required_for: [rem$0ote], phishing_resistant_privileged: true}', empty, '');
      checkFix(
        src,
        'Record an exception for access.mfa',
        lines(
          ...H,
          'access:',
          '  mfa: {required_for: [remote], phishing_resistant_privileged: true, exception_ref: EXC-001}',
          'exceptions:   # none yet',
          '  - id: EXC-001',
          '    clause: access.mfa',
          '    deviation: "`required_for` lacks `privileged`; the baseline is a list that includes `remote` and `privileged` (NCA requirement, ECC 2-2-3-2)."',
          '    compensating_controls: "controls that offset the deviation"',
          '    risk_ref: "risk register entry"',
          '    approved_by: "role that approved the deviation"',
          '    approved_on: YYYY-MM-DD',
          '    expires_on: YYYY-MM-DD',
          '',
        ),
      );
    }
  });

  it('is not offered for a finding an exception already covers', () => {
    const src = lines(
      ...H,
      'vuln:',
      '  remediation_sla: {critical_days: 1$04, exception_ref: EXC-001}',
      'exceptions:',
      '- {id: EXC-001, clause: vuln.remediation_sla, deviation: "14 days", risk_ref: RISK-1, approved_by: CISO, approved_on: 2025-01-01, expires_on: 2026-12-31}',
      '',
    );
    assert.ok(!titlesAt(src).some((t) => t.startsWith('Record an exception')));
    assert.ok(titlesAt(src).includes('Raise critical_days to 7 days (baseline)'));
  });
});

describe('line endings', () => {
  // (An editor hands the server text without its byte order mark; `lint --fix` keeps it: test/cli/fix.test.ts.)
  it('writes inserted lines with CRLF in a CRLF file', () => {
    const src = lines(...H, 'incident:', '  notifi$0cation:', '    initial_notice_hours: 24', '    detailed_report_hours: 72', '    final_report_days: 30', '    includes_suspected: true', '').replace(/\n/g, '\r\n');
    const expected = lines(...H, 'incident:', '  notification:', '    initial_notice_hours: 24', '    detailed_report_hours: 72', '    final_report_days: 30', '    includes_suspected: true', '    includes_subcontractors: true', '').replace(/\n/g, '\r\n');
    checkFix(src, 'Add includes_subcontractors: true (baseline)', expected);
  });
});

describe('robustness', () => {
  it('offers nothing for YAML that does not parse, and never throws', () => {
    assert.deepEqual(titlesAt(lines(...H, 'incident: [un$0closed', '')), []);
    assert.deepEqual(titlesAt('$0'), []);
  });

  it('ignores diagnostics from other tools and stale ranges', () => {
    const { actions } = actionsAt(lines(...H, 'incident:', '  notification: {initial_notice_hours: 4$08}', ''));
    assert.ok(actions.length > 0);
  });
});
