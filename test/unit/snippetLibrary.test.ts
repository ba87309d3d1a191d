/**
 * Snippet libraries (snippetLibrary.ts): reading entries for completion, checking library files against the
 * appendix shape and the baseline of the policy's profiles, and serving entries labelled with their library.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import { checkDocument } from '../../server/src/languageService/engine';
import { detectKind } from '../../server/src/languageService/files';
import type { Finding } from '../../server/src/languageService/findings';
import { createLanguageService } from '../../server/src/languageService/index';
import { resolvePolicy, type ResolvedPolicy } from '../../server/src/languageService/policy';
import { SCHEMAS } from '../../server/src/languageService/schema';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';
import { readLibrarySnippets, termsYaml } from '../../server/src/languageService/snippetLibrary';
import { cursor, doc, lines, render } from '../support/harness';

const LIBRARY = lines(
  'schema: ecc-snippets/v1',
  'library: Bank legal',
  'snippets:',
  '  - name: 12-hour notice',
  '    clause: incident.notification',
  '    description: Notice within 12 hours.',
  '    terms:',
  '      initial_notice_hours: 12',
  '      detailed_report_hours: 48',
  '      final_report_days: 30',
  '      includes_suspected: true',
  '      includes_subcontractors: true',
  '      channels: [phone, email]',
  '  - name: Saudi SOC',
  '    clause: soc.location_ksa',
  '    terms:',
  '      applies: true',
  '      centres:',
  '        - {name: Primary SOC, city: Riyadh, country: SA}',
  '      offshore_support_allowed: false',
  '      remote_access_origin_countries: [SA]',
  '  - name: Scope',
  '    clause: scope.services',
  '    terms: {engagement_types: [managed_services], services: ["Cost: $5 {per} month"], critical_systems: false, personal_data: false, cloud_or_hosting: false}',
);

function check(text: string, policy?: ResolvedPolicy, name = 'lib/bank.snippets.yaml'): Finding[] {
  return checkDocument(name, text, { settings: DEFAULT_SETTINGS, asOf: '2025-10-15', policy })!.findings;
}

describe('library files', () => {
  it('are recognised by name (*.snippets.yaml) or by the ecc-snippets/v1 header', () => {
    assert.equal(detectKind('a/team.snippets.yaml', ''), 'snippets');
    assert.equal(detectKind('a/team.snippets.yml', ''), 'snippets');
    assert.equal(detectKind('a/clauses.yaml', 'schema: ecc-snippets/v1\n'), 'snippets');
    assert.equal(detectKind('a/clauses.yaml', 'library: x\n'), undefined);
  });

  it('named as a library but without the header: one schema-version finding on line 0', () => {
    const text = lines('library: Bank legal', 'snippets: []');
    const findings = check(text);
    assert.deepEqual(render(text, findings), ['0:0-0:19 error schema-version']);
    assert.equal(findings[0].message, 'This file is named as a clause snippet library but has no `schema: ecc-snippets/v1` header; add it as the first key so the file can be checked.');
  });

  it('a library whose terms meet the baseline has no findings', () => {
    assert.deepEqual(check(LIBRARY), []);
  });

  it('terms below the baseline are flagged on the value, with the baseline and the entry named', () => {
    const text = LIBRARY.replace('initial_notice_hours: 12', 'initial_notice_hours: 48').replace('offshore_support_allowed: false', 'offshore_support_allowed: true');
    const findings = check(text);
    assert.deepEqual(render(text, findings), ['7:28-7:30 warning snippet-below-baseline', '19:32-19:36 error snippet-below-baseline']);
    assert.equal(
      findings[0].message,
      'Snippet "12-hour notice" (incident.notification): `initial_notice_hours` is 48 hours; the baseline is at most 24 hours (recommended practice, product brief).',
    );
    assert.match(findings[1].message, /^Snippet "Saudi SOC" \(soc\.location_ksa\): `offshore_support_allowed` is true; the baseline is false /);
    assert.deepEqual(findings[0].ecc, ['4-1-2-2', '2-13-3']);
  });

  it('conditions the terms state themselves count (a SOC clause that applies must keep its centres in KSA)', () => {
    const text = LIBRARY.replace('country: SA}', 'country: AE}');
    const findings = check(text);
    assert.deepEqual(render(text, findings), ['18:8-19:0 error snippet-below-baseline']);
    assert.match(findings[0].message, /^Snippet "Saudi SOC" \(soc\.location_ksa\): `centres` includes `AE`; the baseline is `SA` as the country of every entry/);
    const notApplying = text.replace('applies: true', 'applies: false');
    assert.deepEqual(render(notApplying, check(notApplying)), []);
  });

  it("the policy's profiles and thresholds decide the baseline", () => {
    const strict = resolvePolicy(lines('schema: ecc-policy/v1', 'profiles: [brief-strict]', 'thresholds:', '  incident.notification.detailed_report_hours: {value: 24}'));
    const findings = check(LIBRARY, strict);
    assert.deepEqual(render(LIBRARY, findings), ['8:29-8:31 warning snippet-below-baseline']);
    assert.equal(
      findings[0].message,
      'Snippet "12-hour notice" (incident.notification): `detailed_report_hours` is 48 hours; the team policy requires at most 24 hours (tightened from at most 72 hours).',
    );
    const text = LIBRARY.replace('initial_notice_hours: 12', 'initial_notice_hours: 30');
    assert.deepEqual(render(text, check(text, strict)), ['7:28-7:30 error snippet-below-baseline', '8:29-8:31 warning snippet-below-baseline']);
  });

  it('a missing term is flagged on the `terms:` key', () => {
    const text = LIBRARY.replace('      includes_suspected: true\n', '');
    const findings = check(text);
    assert.deepEqual(render(text, findings), ['6:4-6:9 warning snippet-below-baseline']);
    assert.equal(
      findings[0].message,
      'Snippet "12-hour notice" (incident.notification): `incident.notification` does not state `includes_suspected`; the baseline is true (recommended practice, CSA CCM SEF-07).',
    );
  });

  it('the shape of the terms is the appendix shape: unknown keys and wrong types inside `terms`', () => {
    const text = LIBRARY.replace('detailed_report_hours: 48', 'detailed_report_hour: 48').replace('final_report_days: 30', 'final_report_days: "30 days"');
    const findings = check(text);
    // The misspelt key leaves `detailed_report_hours` unstated: that is below the baseline too (on `terms:`).
    assert.deepEqual(render(text, findings), ['6:4-6:9 warning snippet-below-baseline', '8:6-8:26 info unknown-key', '9:25-9:34 error type']);
    assert.equal(findings.find((f) => f.code === 'unknown-key')!.message, '`detailed_report_hour` is not a key the catalogue knows in `notification`; did you mean `detailed_report_hours`?');
    assert.equal(findings.find((f) => f.code === 'type')!.message, '`final_report_days` must be a bare whole number of days (the unit is in the key name): write 30, not "30 days".');
  });

  it('entry shape: an unknown clause (did you mean), a missing name, duplicate names', () => {
    const text = lines(
      'schema: ecc-snippets/v1',
      'library: L',
      'snippets:',
      '  - {name: A, clause: incident.notifcation, terms: {}}',
      '  - {clause: exit.data_return, terms: {}}',
      '  - {name: A, clause: reporting.security_reports, terms: {monthly_report: true, monthly_delivery_days: 14, contents: [incidents], posture_review_interval_months: 3, kpis: [x]}}',
    );
    const findings = check(text);
    assert.deepEqual(render(text, findings), [
      '3:22-3:42 error type',
      '4:4-4:41 error type',
      '4:31-4:36 warning snippet-below-baseline',
      '4:31-4:36 warning snippet-below-baseline',
      '4:31-4:36 warning snippet-below-baseline',
      '5:11-5:12 error duplicate-key',
    ]);
    assert.match(findings[0].message, /; the text "incident\.notifcation" is not \(did you mean `incident\.notification`\?\)\.$/);
    assert.equal(findings[1].message, 'Entry 2 of `snippets` must state `name`.');
    assert.deepEqual(
      findings.slice(2, 5).map((f) => f.message),
      [
        'Snippet entry 2 (exit.data_return): `exit.data_return` does not state `return_within_days`; the baseline is at most 30 days (recommended practice, design default).',
        'Snippet entry 2 (exit.data_return): `exit.data_return` does not state `formats`, which the baseline requires (NCA requirement, ECC 4-2-3-1 (usable format)).',
        'Snippet entry 2 (exit.data_return): `exit.data_return` does not state `triggers`; the baseline is a list that includes `insolvency` (recommended practice, DORA 30(2)(d)).',
      ],
    );
    assert.equal(findings[5].message, 'Another snippet in this library (entry 1) is already named "A"; names must be unique so completions can tell them apart.');
  });

  it('the schema lists exactly the catalogue clauses', () => {
    const items = (SCHEMAS.snippets.properties as any).snippets.items.properties.clause.enum;
    assert.deepEqual(items, CLAUSES.map((c) => c.id));
  });
});

describe('library entries as completions', () => {
  const entries = readLibrarySnippets('/ws/lib/bank.snippets.yaml', LIBRARY);
  const service = createLanguageService();
  const HEAD = ['schema: ecc-appendix/v1', 'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}'];

  function complete(src: string) {
    const { text, offset } = cursor(src);
    const d = doc(text);
    return service.getCompletions(d, d.positionAt(offset), entries);
  }

  it('reads every usable entry with its library name and a literal body', () => {
    assert.deepEqual(
      entries.map((e) => `${e.library} | ${e.name} | ${e.clause}`),
      ['Bank legal | 12-hour notice | incident.notification', 'Bank legal | Saudi SOC | soc.location_ksa', 'Bank legal | Scope | scope.services'],
    );
    assert.deepEqual(entries[1].body, [
      'location_ksa:',
      '  applies: true',
      '  centres:',
      '    - {name: Primary SOC, city: Riyadh, country: SA\\}', // snippet syntax: `}` escaped
      '  offshore_support_allowed: false',
      '  remote_access_origin_countries: [SA]',
    ]);
    // `$`, `{` and `}` in the terms are text, not snippet placeholders.
    assert.equal(entries[2].body[1], 'services: ["Cost: \\$5 {per\\} month"]');
  });

  it('inside a section: offered beside the standard terms, labelled with the library', () => {
    const items = complete(lines(...HEAD, 'incident:', '  roles_and_communications: {}', '  $0'));
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('notification (standard terms)'));
    const item = items.find((i) => i.label === 'notification (Bank legal: 12-hour notice)')!;
    assert.equal(item.detail, 'Bank legal: Notice within 12 hours.');
    assert.equal(item.insertTextFormat, 2);
    assert.equal(
      (item.textEdit as { newText: string }).newText,
      [
        'notification:',
        '    initial_notice_hours: 12',
        '    detailed_report_hours: 48',
        '    final_report_days: 30',
        '    includes_suspected: true',
        '    includes_subcontractors: true',
        '    channels: [phone, email]',
      ].join('\n'),
    );
  });

  it('at the top level: the section and the clause in one go', () => {
    const items = complete(lines(...HEAD, '$0'));
    const item = items.find((i) => i.label === 'soc.location_ksa (Bank legal: Saudi SOC)')!;
    assert.equal((item.textEdit as { newText: string }).newText.split('\n').slice(0, 3).join('\n'), 'soc:\n  location_ksa:\n    applies: true');
    const scope = items.find((i) => i.label === 'scope.services (Bank legal: Scope)')!;
    assert.equal((scope.textEdit as { newText: string }).newText.split('\n').slice(0, 2).join('\n'), 'scope:\n  engagement_types: [managed_services]');
  });

  it('not offered where the clause is already present, nor in other file kinds', () => {
    const items = complete(lines(...HEAD, 'incident:', '  notification: {}', '  $0'));
    assert.equal(items.filter((i) => String(i.label).includes('Bank legal')).length, 0);
    const { text, offset } = cursor(lines('schema: ecc-evidence/v1', '$0'));
    const d = doc(text, 'file:///t.evidence.yaml');
    assert.equal(service.getCompletions(d, d.positionAt(offset), entries).filter((i) => String(i.label).includes('Bank legal')).length, 0);
  });

  it('termsYaml writes nested mappings as blocks and plain lists in flow style', () => {
    assert.deepEqual(termsYaml({ at_rest: { required: true, standard: 'ncs-1:2020' }, formats: ['CSV', 'JSON'], note: 'yes' }), [
      'at_rest:',
      '  required: true',
      '  standard: ncs-1:2020',
      'formats: [CSV, JSON]',
      'note: "yes"',
    ]);
  });
});
