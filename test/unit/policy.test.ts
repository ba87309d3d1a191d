/**
 * Team policy resolution (policy.ts): which overrides tighten or relax, what they replace, and what an appendix
 * then reports. One resolver serves the server and the CLI; test/cli/policyParity.test.ts proves they agree.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProfileId } from '../../server/src/languageService/catalogue/types';
import { describeTest } from '../../server/src/languageService/catalogue/describe';
import { checkDocument } from '../../server/src/languageService/engine';
import type { Finding } from '../../server/src/languageService/findings';
import { parseYaml } from '../../server/src/languageService/parse';
import { PARAM_KEYS, readPolicy, resolvePolicy, thresholdsFor, type FolderState, type ResolvedPolicy } from '../../server/src/languageService/policy';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from '../../server/src/languageService/settings';
import { createLanguageService } from '../../server/src/languageService/index';
import { cursor, doc, example, lines, render, wadiFalcon } from '../support/harness';

function policyText(body: string[]): string {
  return lines('schema: ecc-policy/v1', ...body);
}

function check(text: string, o: { policy?: ResolvedPolicy; settings?: Partial<Settings>; profiles?: ProfileId[]; name?: string; folders?: Map<string, FolderState> } = {}): Finding[] {
  const settings = o.settings ? resolveSettings({ ...DEFAULT_SETTINGS, ...o.settings }) : DEFAULT_SETTINGS;
  return checkDocument(o.name ?? 'contract.appendix.yaml', text, { settings, asOf: '2025-10-15', profiles: o.profiles, policy: o.policy, libraryFolders: o.folders })!.findings;
}

function variant(find: string, replace: string): string {
  const text = wadiFalcon();
  assert.ok(text.includes(find), `fixture has no "${find}"`);
  return text.replace(find, replace);
}

function codeOf(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** One override, summarised: relaxes? applied? severity, team test, replaced catalogue tests. */
function classify(profiles: string[], key: string, entry: string): string {
  const policy = resolvePolicy(policyText([`profiles: [${profiles.join(', ')}]`, 'thresholds:', `  ${key}: ${entry}`]));
  const o = policy.thresholds.get(key);
  if (!o) return 'not read';
  const type = PARAM_KEYS.get(key)!.param.type;
  const replaced = o.replaces.map((t) => `${describeTest(t.test, type)}/${t.severity}${t.profile ? `/${t.profile}` : ''}`).join('; ');
  return `${o.relaxes ? 'relaxes' : 'tightens'} ${o.applied ? 'applied' : 'NOT applied'} ${o.severity} [${o.test.op === 'present' && (o.test as { value?: boolean }).value === false ? 'lifted' : describeTest(o.test, type)}] replaces: ${replaced || '-'}`;
}

describe('resolving threshold overrides (table)', () => {
  const table: [string, string[], string, string, string][] = [
    ['tighten a ceiling', [], 'incident.notification.initial_notice_hours', '{value: 12}', 'tightens applied warning [at most 12 hours] replaces: -'],
    ['the baseline value itself', [], 'incident.notification.initial_notice_hours', '{value: 24}', 'tightens applied warning [at most 24 hours] replaces: -'],
    ['relax a ceiling with a reason', [], 'vuln.remediation_sla.critical_days', '{value: 14, reason: OT windows}', 'relaxes applied warning [at most 14 days] replaces: at most 7 days/warning'],
    ['relax a ceiling without a reason', [], 'vuln.remediation_sla.critical_days', '{value: 14}', 'relaxes NOT applied warning [at most 14 days] replaces: at most 7 days/warning'],
    ['an empty reason is no reason', [], 'vuln.remediation_sla.critical_days', '{value: 14, reason: "  "}', 'relaxes NOT applied warning [at most 14 days] replaces: at most 7 days/warning'],
    [
      'stacked profile: brief-strict thresholds are in scope and set the severity',
      ['brief-strict'],
      'vuln.remediation_sla.critical_days',
      '{value: 14, reason: OT windows}',
      'relaxes applied error [at most 14 days] replaces: at most 7 days/warning; at most 7 days/error/brief-strict',
    ],
    [
      'profiles the policy does not list are never relaxed',
      [],
      'testing.penetration.interval_months',
      '{value: 18, reason: budget}',
      'relaxes applied warning [at most 18 months] replaces: at most 12 months/warning',
    ],
    [
      'listing ecc+cscc brings its stricter threshold into scope',
      ['ecc+cscc'],
      'testing.penetration.interval_months',
      '{value: 9, reason: budget}',
      'relaxes applied error [at most 9 months] replaces: at most 6 months/error/ecc+cscc',
    ],
    ['tighten a floor', [], 'logging.retention_and_access.retention_months', '{value: 24}', 'tightens applied error [at least 24 months] replaces: -'],
    ['relax a floor', [], 'logging.retention_and_access.retention_months', '{value: 6}', 'relaxes NOT applied error [at least 6 months] replaces: at least 12 months/error'],
    ['raise the severity only', [], 'incident.notification.includes_suspected', '{value: true, severity: error}', 'tightens applied error [true] replaces: -'],
    ['lower the severity only', [], 'incident.notification.includes_suspected', '{value: true, severity: info}', 'relaxes NOT applied info [true] replaces: true/warning'],
    ['require more list items', [], 'access.mfa.required_for', '{value: [remote, privileged, all_interactive]}', 'tightens applied error [a list that includes `remote`, `privileged` and `all_interactive`] replaces: -'],
    [
      'require fewer list items',
      [],
      'access.mfa.required_for',
      '{value: [remote], reason: "no privileged accounts"}',
      'relaxes applied error [a list that includes `remote`] replaces: a list that includes `remote` and `privileged`/error',
    ],
    ['narrow a choice', [], 'data.key_management.custody', '{value: customer_held}', 'tightens applied warning [one of `customer_held`] replaces: -'],
    [
      'widen a choice',
      [],
      'data.key_management.custody',
      '{value: [customer_managed_kms, customer_held, provider_managed]}',
      'relaxes NOT applied warning [one of `customer_managed_kms`, `customer_held` or `provider_managed`] replaces: one of `customer_managed_kms` or `customer_held`/warning',
    ],
    ['lift "must be stated"', [], 'reporting.security_reports.kpis', '{value: false, reason: in the SLA schedule}', 'relaxes applied warning [lifted] replaces: stated/warning'],
    ['a requirement where the catalogue has none', [], 'risk.regulatory_change_reassessment.provider_cooperation', '{value: true}', 'tightens applied warning [true] replaces: -'],
    ['a nested key', [], 'data.encryption.in_transit.tls_min', '{value: "1.3"}', 'tightens applied warning [one of `1.3`] replaces: -'],
  ];
  for (const [name, profiles, key, entry, expected] of table) {
    it(name, () => assert.equal(classify(profiles, key, entry), expected));
  }
});

describe('profile stacking', () => {
  const text = variant('    interval_months: 12', '    interval_months: 15');
  const pen = (o: Parameters<typeof check>[1]) => render(text, codeOf(check(text, o), 'testing.penetration'));

  it('a policy profile adds its thresholds like a settings or --profile one', () => {
    assert.deepEqual(pen({}), ['154:21-154:23 warning testing.penetration']);
    assert.deepEqual(pen({ policy: resolvePolicy(policyText(['profiles: [brief-strict]'])) }), ['154:21-154:23 error testing.penetration']);
    assert.deepEqual(pen({ settings: { profiles: ['brief-strict'] } }), ['154:21-154:23 error testing.penetration']);
    assert.deepEqual(pen({ profiles: ['brief-strict'] }), ['154:21-154:23 error testing.penetration']);
  });

  it('profiles from the policy, the settings and the command line add up; the strictest value wins', () => {
    const findings = codeOf(check(text, { policy: resolvePolicy(policyText(['profiles: [brief-strict]'])), profiles: ['ecc+cscc'] }), 'testing.penetration');
    assert.deepEqual(render(text, findings), ['154:21-154:23 error testing.penetration']);
    assert.equal(findings[0].message, '`interval_months` is 15 months; the baseline is at most 6 months (NCA requirement, CSCC 2-10-2).');
  });
});

describe('an appendix under a policy', () => {
  const tighten = resolvePolicy(policyText(['thresholds:', '  incident.notification.initial_notice_hours: {value: 12}']));

  it('tightening: a value between the team and the catalogue threshold gets the team finding', () => {
    const text = variant('initial_notice_hours: 24', 'initial_notice_hours: 20');
    const findings = codeOf(check(text, { policy: tighten }), 'incident.notification');
    assert.deepEqual(render(text, findings), ['179:26-179:28 warning incident.notification']);
    assert.equal(findings[0].message, '`initial_notice_hours` is 20 hours; the team policy requires at most 12 hours (tightened from at most 24 hours).');
    assert.deepEqual(findings[0].ecc, ['4-1-2-2', '2-13-3']);
  });

  it('tightening never weakens: the catalogue escalation still applies beyond 72 hours', () => {
    const text = variant('initial_notice_hours: 24', 'initial_notice_hours: 96');
    const findings = codeOf(check(text, { policy: tighten }), 'incident.notification');
    assert.deepEqual(render(text, findings), ['179:26-179:28 error incident.notification']);
    assert.match(findings[0].message, /^`initial_notice_hours` is 96 hours; the baseline is at most 24 hours, and above 72 hours/);
  });

  it('tightening: a missing parameter names the team threshold', () => {
    const text = variant('    initial_notice_hours: 24\n', '');
    const findings = codeOf(check(text, { policy: tighten }), 'incident.notification');
    assert.deepEqual(render(text, findings), ['177:2-177:14 warning incident.notification']);
    assert.equal(findings[0].message, '`incident.notification` does not state `initial_notice_hours`; the team policy requires at most 12 hours (tightened from at most 24 hours).');
  });

  const relax = (reason?: string) =>
    resolvePolicy(policyText(['thresholds:', '  testing.penetration.interval_months:', '    value: 18', ...(reason ? [`    reason: "${reason}"`] : [])]));

  it('relaxing with a reason: a value within the relaxed threshold is info and quotes the reason', () => {
    const text = variant('    interval_months: 12', '    interval_months: 15');
    const findings = codeOf(check(text, { policy: relax('Budget cycle; CISO approval 2025-01') }), 'testing.penetration');
    assert.deepEqual(render(text, findings), ['154:21-154:23 info testing.penetration']);
    assert.equal(
      findings[0].message,
      '`interval_months` is 15 months; the baseline is at most 12 months (recommended practice, product brief), relaxed by the team policy to at most 18 months: Budget cycle; CISO approval 2025-01.',
    );
  });

  it('relaxing with a reason: a value beyond the relaxed threshold names it and the reason', () => {
    const text = variant('    interval_months: 12', '    interval_months: 20');
    const findings = codeOf(check(text, { policy: relax('Budget cycle') }), 'testing.penetration');
    assert.deepEqual(render(text, findings), ['154:21-154:23 warning testing.penetration']);
    assert.equal(findings[0].message, "`interval_months` is 20 months; the team policy allows at most 18 months instead of the baseline's at most 12 months (relaxed: Budget cycle).");
  });

  it('relaxing with a reason does not touch a profile the policy does not list (CSCC for critical systems)', () => {
    const text = variant('    interval_months: 12', '    interval_months: 15').replace('critical_systems: false', 'critical_systems: true');
    const findings = codeOf(check(text, { policy: relax('Budget cycle') }), 'testing.penetration');
    assert.deepEqual(render(text, findings), ['154:21-154:23 error testing.penetration']);
    assert.equal(findings[0].message, '`interval_months` is 15 months; the baseline is at most 6 months (NCA requirement, CSCC 2-10-2).');
  });

  it('relaxing without a reason: the catalogue stands', () => {
    const text = variant('    interval_months: 12', '    interval_months: 15');
    const findings = codeOf(check(text, { policy: relax() }), 'testing.penetration');
    assert.deepEqual(render(text, findings), ['154:21-154:23 warning testing.penetration']);
    assert.equal(findings[0].message, '`interval_months` is 15 months; the baseline is at most 12 months (recommended practice, product brief).');
  });

  it('lifting "must be stated" with a reason: leaving the key out is no longer a finding', () => {
    const text = variant('    kpis: ["% critical vulns closed within SLA", "mean time to notify", "% accounts reviewed"]\n', '');
    assert.equal(codeOf(check(text), 'reporting.security_reports').length, 1);
    const lifted = resolvePolicy(policyText(['thresholds:', '  reporting.security_reports.kpis: {value: false, reason: in the SLA schedule}']));
    assert.deepEqual(codeOf(check(text, { policy: lifted }), 'reporting.security_reports'), []);
  });

  it('thresholdsFor: catalogue thresholds minus the replaced ones, plus the team threshold', () => {
    const ref = PARAM_KEYS.get('testing.penetration.interval_months')!;
    const r = thresholdsFor(relax('x'), 'testing.penetration', ['interval_months'], ref.param);
    assert.deepEqual(
      r.thresholds.map((t) => `${t.profile ?? 'baseline'} ${describeTest(t.test, ref.param.type)} ${t.origin}`),
      [
        'brief-strict at most 12 months product brief',
        'ecc+cscc at most 6 months CSCC 2-10-2',
        'ecc+ccc at most 6 months CCC 2-10-P-1-1 (cloud providers)',
        'baseline at most 18 months team policy',
      ],
    );
    assert.deepEqual(r.relaxed.map((t) => t.profile ?? 'baseline'), ['baseline']);
    assert.deepEqual(thresholdsFor(relax(), 'testing.penetration', ['interval_months'], ref.param).thresholds, ref.param.baseline);
  });
});

describe('severity overrides (rules:)', () => {
  const text = variant('initial_notice_hours: 24', 'initial_notice_hours: 48');
  const notice = (o: Parameters<typeof check>[1]) => render(text, codeOf(check(text, o), 'incident.notification'));

  it('sets the severity of a code', () => {
    assert.deepEqual(notice({}), ['179:26-179:28 warning incident.notification']);
    assert.deepEqual(notice({ policy: resolvePolicy(policyText(['rules:', '  incident.notification: error'])) }), ['179:26-179:28 error incident.notification']);
    assert.deepEqual(notice({ policy: resolvePolicy(policyText(['rules:', '  incident.notification: off'])) }), []);
  });

  it('wins over the eccAppendix.rules setting', () => {
    const policy = resolvePolicy(policyText(['rules:', '  incident.notification: error']));
    assert.deepEqual(notice({ policy, settings: { rules: { 'incident.notification': 'info' } } }), ['179:26-179:28 error incident.notification']);
    assert.deepEqual(notice({ settings: { rules: { 'incident.notification': 'info' } } }), ['179:26-179:28 info incident.notification']);
  });

  it('does not touch an excepted finding (the exception keeps it at info)', () => {
    const policy = resolvePolicy(policyText(['rules:', '  vuln.remediation_sla: error']));
    assert.deepEqual(render(wadiFalcon(), codeOf(check(wadiFalcon(), { policy }), 'vuln.remediation_sla')), ['144:19-144:21 info vuln.remediation_sla']);
  });
});

describe('findings in the policy file', () => {
  const text = policyText([
    'profiles: [brief-strict]',
    'thresholds:',
    '  incident.notification.initial_notice_hourz: {value: 12}',
    '  vuln.remediation_sla.critical_days: {value: 14}',
    '  access.mfa.required_for: {value: 12}',
    '  resilience.bcp_dr_backup.rto_hours: {value: 8}',
    '  incident.notification.includes_suspected: {value: true, severity: info}',
    '  data.key_management.custody: {value: provider_manged}',
    '  incident.notification.initial_notice_hours: {value: "12h"}',
    '  incident.notification.detailed_report_hours: {value: 48, reasn: x}',
    'rules:',
    '  acess.mfa: error',
    '  EV-18: off',
    '  unknown-key: sometimes',
    'snippetLibraries: [snippets, ../shared, /etc/snippets, gone, file.yaml]',
  ]);
  const folders = new Map<string, FolderState>([
    ['snippets', 'ok'],
    ['gone', 'missing'],
    ['file.yaml', 'not-folder'],
  ]);
  const findings = check(text, { name: '.ecc-appendix.yaml', folders, policy: resolvePolicy(policyText(['rules:', '  unknown-key: off'])) });

  it('reports each mistake on the node it concerns (a policy never silences its own file)', () => {
    assert.deepEqual(render(text, findings), [
      '3:2-3:44 error unknown-key',
      '4:46-4:48 error policy-relaxation',
      '5:35-5:37 error type',
      '6:46-6:47 error type',
      '7:68-7:72 error policy-relaxation',
      '8:39-8:54 error type',
      '9:54-9:59 error type',
      '10:59-10:64 info unknown-key',
      '12:2-12:11 warning unknown-key',
      '14:15-14:24 error type',
      '15:29-15:38 error snippet-library',
      '15:40-15:53 error snippet-library',
      '15:55-15:59 error snippet-library',
      '15:61-15:70 error snippet-library',
    ]);
  });

  it('says what is wrong and what would satisfy the rule', () => {
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        '`incident.notification.initial_notice_hourz` is not a catalogue parameter, so this override changes nothing; did you mean `incident.notification.initial_notice_hours`?',
        'This relaxes `vuln.remediation_sla.critical_days` from at most 7 days to at most 14 days, which needs a `reason:` that the appendix findings will show; add one or keep the baseline (until then the override is not applied).',
        '`access.mfa.required_for` takes a list of the items it must include, not 12.',
        '`resilience.bcp_dr_backup.rto_hours` has no ceiling or floor in the catalogue (its baseline only asks that it be stated), so write `value: true` (must be stated) or `false` (need not be), not 8.',
        'This lowers `incident.notification.includes_suspected` from warning to info, which needs a `reason:` that the appendix findings will show; add one or keep the baseline (until then the override is not applied).',
        '`data.key_management.custody` takes one of customer_held, customer_managed_kms, provider_managed (or a list of them), not the text "provider_manged" (did you mean `provider_managed`?).',
        '`incident.notification.initial_notice_hours` takes a whole number of hours (the baseline is a ceiling), not the text "12h".',
        '`reasn` is not a key the catalogue knows in `incident.notification.detailed_report_hours`; did you mean `reason`?',
        '`acess.mfa` is not a finding code, so this severity changes nothing; did you mean `access.mfa`?',
        '`unknown-key` must be one of off, info, warning, error; the text "sometimes" is not.',
        '`../shared` leads outside the folder of this policy file; snippet folders must stay inside the workspace (files outside it are never read).',
        '`/etc/snippets` is an absolute path; write snippet folders relative to this policy file, inside its folder (files outside the workspace are never read).',
        'The snippet folder `gone` does not exist next to this policy file; create it or remove the entry.',
        '`file.yaml` is a file, not a folder; list folders that hold `*.snippets.yaml` files.',
      ],
    );
  });

  it('resolves what is valid and leaves the rest out', () => {
    const { policy } = readPolicy(parseYaml(text), folders);
    assert.deepEqual(policy.profiles, ['brief-strict']);
    assert.deepEqual(
      [...policy.thresholds.values()].map((o) => `${o.key} ${o.applied}`),
      ['vuln.remediation_sla.critical_days false', 'incident.notification.includes_suspected false', 'incident.notification.detailed_report_hours true'],
    );
    assert.deepEqual(policy.rules, { 'EV-18': 'off' });
    assert.deepEqual(policy.snippetLibraries, ['snippets']);
  });

  it('a clean policy has no findings', () => {
    const clean = policyText([
      'profiles: [ecc+cscc]',
      'thresholds:',
      '  incident.notification.initial_notice_hours: {value: 12}',
      '  vuln.remediation_sla.critical_days: {value: 5, reason: "tighter than baseline, looser than CSCC"}',
      'rules: {unknown-key: warning, EV-29: off}',
      'snippetLibraries: [snippets]',
    ]);
    assert.deepEqual(check(clean, { name: '.ecc-appendix.yaml', folders: new Map([['snippets', 'ok']]) }), []);
  });
});

describe('editing a policy file', () => {
  const service = createLanguageService();

  it('completes `clause.param` keys under thresholds and finding codes under rules', () => {
    const { text, offset } = cursor(policyText(['thresholds:', '  incident.notification.initial_notice_hours: {value: 12}', '  incident.notif$0']));
    const d = doc(text, 'file:///ws/.ecc-appendix.yaml');
    const items = service.getCompletions(d, d.positionAt(offset));
    assert.deepEqual(
      items.filter((i) => String(i.label).startsWith('incident.notification.')).map((i) => i.label),
      ['incident.notification.detailed_report_hours', 'incident.notification.final_report_days', 'incident.notification.includes_suspected', 'incident.notification.includes_subcontractors'],
    );
    const item = items.find((i) => i.label === 'incident.notification.detailed_report_hours')!;
    assert.deepEqual(item.textEdit, { range: { start: { line: 3, character: 2 }, end: { line: 3, character: 16 } }, newText: 'incident.notification.detailed_report_hours: {value: $1}' });
    assert.equal(item.detail, 'Hours from the initial notice to the detailed incident report.');

    const rules = cursor(policyText(['rules:', '  $0']));
    const r = doc(rules.text, 'file:///ws/.ecc-appendix.yaml');
    const codes = service.getCompletions(r, r.positionAt(rules.offset)).map((i) => String(i.label));
    assert.ok(codes.includes('access.mfa') && codes.includes('unknown-key'), codes.join(' '));
  });

  it('hovering a thresholds key shows that parameter with its baseline per profile', () => {
    const text = policyText(['thresholds:', '  testing.penetration.interval_months: {value: 18, reason: x}']);
    const d = doc(text, 'file:///ws/.ecc-appendix.yaml');
    const hover = service.getHover(d, { line: 2, character: 10 })!;
    const value = (hover.contents as { value: string }).value;
    assert.ok(value.startsWith('**`interval_months`** in `testing.penetration` (whole number of months)'), value.slice(0, 80));
    assert.match(value, /\n- at most 6 months \(under ecc\+cscc \(critical systems\)\): NCA requirement, CSCC 2-10-2; error if not met\n/);
    assert.deepEqual(hover.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 37 } });
  });

  it('the example team policy and its library lint clean', () => {
    const policy = example('examples/team-policy/.ecc-appendix.yaml');
    assert.deepEqual(check(policy, { name: '.ecc-appendix.yaml', folders: new Map([['snippets', 'ok']]) }), []);
    const library = example('examples/team-policy/snippets/bank-legal.snippets.yaml');
    assert.deepEqual(check(library, { name: 'bank-legal.snippets.yaml', policy: resolvePolicy(policy) }), []);
  });
});
