/**
 * "Fix all in file" (`source.fixAll`): every missing clause, missing parameter and weak value at once, with
 * nothing else in the file changed, the same result when run twice, and CRLF files staying CRLF.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAllDocuments } from 'yaml';
import { fixAll } from '../../server/src/languageService/codeActions';
import { applyEdits } from '../../server/src/languageService/edits';
import { createLanguageService, DEFAULT_SETTINGS } from '../../server/src/languageService/index';
import { actionsAt, codes, fixAllText, URI } from '../support/fixes';
import { example, lines, lint, render, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

/** Removes a clause block (`  key:` and the lines indented under it). */
function withoutClause(text: string, section: string, clause: string): string {
  const l = text.split('\n');
  const s = l.indexOf(`${section}:`);
  const start = l.findIndex((x, i) => i > s && x.startsWith(`  ${clause}:`));
  assert.ok(s >= 0 && start > s, `${section}.${clause} in the fixture`);
  let end = start + 1;
  while (end < l.length && (l[end].startsWith('    ') || l[end].startsWith('  #'))) end++;
  return [...l.slice(0, start), ...l.slice(end)].join('\n');
}

/** Removes a whole top-level section and the blank line after it. */
function withoutSection(text: string, section: string): string {
  const l = text.split('\n');
  const start = l.indexOf(`${section}:`);
  assert.ok(start >= 0, `${section} in the fixture`);
  let end = start + 1;
  while (end < l.length && (l[end].startsWith(' ') || l[end] === '')) end++;
  return [...l.slice(0, start), ...l.slice(end)].join('\n');
}

/** The example appendix with ten clauses taken out: three whole sections and seven clauses inside sections. */
function missingTen(): string {
  let t = wadiFalcon();
  for (const s of ['testing', 'logging', 'governance']) t = withoutSection(t, s);
  for (const [s, c] of [
    ['risk', 'regulatory_change_reassessment'],
    ['access', 'mfa'],
    ['access', 'privileged_access'],
    ['data', 'encryption'],
    ['incident', 'notification'],
    ['incident', 'ir_plan_and_exercise'],
    ['exit', 'transition_assistance'],
  ]) {
    t = withoutClause(t, s, c);
  }
  return t;
}

/** Asserts that `after` is `before` with whole lines inserted: every original line is still there, in order. */
function onlyLinesInserted(before: string, after: string, eol: string): string[] {
  const a = before.split(eol);
  const b = after.split(eol);
  const inserted: string[] = [];
  let i = 0;
  for (const line of b) {
    if (i < a.length && line === a[i]) i++;
    else inserted.push(line);
  }
  assert.equal(i, a.length, `original line ${i + 1} changed or lost: ${JSON.stringify(a[i])}`);
  return inserted;
}

describe('fix all in file', () => {
  const MISSING = [
    'access.mfa',
    'access.privileged_access',
    'data.encryption',
    'exit.transition_assistance',
    'governance.periodic_review',
    'incident.ir_plan_and_exercise',
    'incident.notification',
    'logging.retention_and_access',
    'risk.regulatory_change_reassessment',
    'testing.penetration',
  ];

  it('inserts ten missing clauses and leaves every other line byte for byte as it was', () => {
    const src = missingTen();
    assert.deepEqual(codes(src, 'missing-clause').sort(), MISSING);
    const { text, title } = fixAllText(src);
    assert.equal(title, 'Fix all in file: insert 10 standard clauses');
    assert.deepEqual(codes(text, 'missing-clause'), []);
    const inserted = onlyLinesInserted(src, text, '\n');
    // 10 clause blocks and 3 section keys, each new section after a blank line.
    assert.equal(inserted.filter((l) => /^ {2}[a-z_]+:$/.test(l)).length, 10);
    assert.deepEqual(
      inserted.filter((l) => /^[a-z]/.test(l)),
      ['testing:', 'logging:', 'governance:'],
    );
    // Only the findings the full example has remain (its length and the excepted remediation SLA), plus the date placeholders'.
    assert.deepEqual(codes(text), ['length', 'vuln.remediation_sla']);
    const length = lint(text).filter((f) => f.code === 'length');
    assert.deepEqual(render(text, length), ['1:0-1:8 info length']);
    assert.equal(length[0].message, WADI_FALCON_LENGTH);
  });

  it('does the same in a CRLF file, writing CRLF line endings only', () => {
    const src = missingTen().replace(/\n/g, '\r\n');
    const { text } = fixAllText(src);
    assert.deepEqual(codes(text, 'missing-clause'), []);
    assert.equal(/[^\r]\n/.test(text), false, 'a bare LF was written');
    const inserted = onlyLinesInserted(src, text, '\r\n');
    assert.equal(inserted.filter((l) => /^ {2}[a-z_]+:$/.test(l)).length, 10);
    assert.equal(text, fixAllText(missingTen()).text.replace(/\n/g, '\r\n'));
  });

  it('edits are insertions only, each at the end of an existing line', () => {
    const src = missingTen();
    const doc = TextDocument.create(URI, 'yaml', 1, src);
    const [action] = createLanguageService().getCodeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] }, {
      settings: DEFAULT_SETTINGS,
      asOf: '2025-10-15',
    });
    const edits = action.edit!.changes![URI];
    // risk, access, data, testing + logging (one place), incident, governance, exit
    assert.equal(edits.length, 7);
    for (const e of edits) {
      assert.deepEqual(e.range.start, e.range.end, 'a replacement in a fix that only inserts');
      const at = doc.offsetAt(e.range.start);
      assert.ok(at === src.length || src[at] === '\n', `insertion inside line ${e.range.start.line}`);
      assert.ok(e.newText.startsWith('\n'));
    }
  });

  it('is idempotent: running it on its own result changes nothing', () => {
    const samples = {
      missingTen: missingTen(),
      retail: example('examples/retail-pos.appendix.yaml'),
      github: example('examples/github-dpa.appendix.yaml'),
      apify: example('examples/apify-dpa.appendix.yaml'),
      headerOnly: lines('schema: ecc-appendix/v1', 'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}', ''),
      fourSpaces: lines('schema: ecc-appendix/v1', 'incident:', '    notification:', '        initial_notice_hours: 72', 'exit: {}'),
      crlf: lines('schema: ecc-appendix/v1', 'scope:', '  engagement_types: [managed_services]', '  critical_systems: true', 'access: ~', '').replace(/\n/g, '\r\n'),
    };
    for (const [name, src] of Object.entries(samples)) {
      const once = fixAllText(src).text;
      assert.notEqual(once, src, `${name}: nothing fixed`);
      const twice = fixAllText(once);
      assert.equal(twice.text, once, `${name}: a second fix-all changed the text`);
      assert.equal(twice.title, undefined, `${name}: a second fix-all was offered`);
      assert.deepEqual(codes(once, 'missing-clause'), [], `${name}: clauses still missing`);
      // A weak fact is never rewritten: GitHub and Apify store or process data in the US, which stays for the
      // parties to negotiate.
      const countries = { github: ['data.location_and_transfer'], apify: ['data.location_and_transfer', 'data.location_and_transfer'] }[name] ?? [];
      assert.deepEqual(codes(once, 'weak-value'), countries, `${name}: weak values left`);
    }
  });

  it('builds a whole appendix from a header, sections in catalogue order, scope flags respected', () => {
    const { text } = fixAllText(lines('schema: ecc-appendix/v1', 'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}', ''));
    const sections = text.split('\n').filter((l) => /^[a-z]+:/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
    assert.deepEqual(sections, [
      'schema',
      'appendix',
      'scope',
      'risk',
      'compliance',
      'personnel',
      'access',
      'data',
      'subcontracting',
      'vuln',
      'testing',
      'logging',
      'monitoring',
      'incident',
      'resilience',
      'assurance',
      'reporting',
      'governance',
      'exit',
    ]);
    // The scope is a fact: written as empty keys, so no flag is set and neither soc.location_ksa nor the MSOC
    // licence applies until the parties state the engagement.
    assert.ok(text.includes('\nscope:\n  engagement_types:\n  services:\n  critical_systems:\n  personal_data:\n  cloud_or_hosting:\n'));
    assert.ok(!text.includes('location_ksa'));
    assert.ok(!text.includes('msoc_license'));
    // What is left are exactly the facts the parties must write, each a missing parameter (no placeholder text):
    // the scope, the assessment's reference, date and confirmation, the entity's policies, key custody, tenant
    // isolation, the three country lists, RTO and RPO, the attestations held, the KPIs and the return formats.
    assert.deepEqual(
      lint(text)
        .filter((f) => f.data?.kind === 'missing-param')
        .map((f) => `${f.code}.${(f.data as { param: string }).param}`),
      [
        'scope.services.engagement_types',
        'scope.services.services',
        'scope.services.critical_systems',
        'scope.services.personal_data',
        'scope.services.cloud_or_hosting',
        'risk.pre_contract_assessment.assessment_ref',
        'risk.pre_contract_assessment.completed_on',
        'risk.pre_contract_assessment.mitigations_confirmed',
        'compliance.entity_requirements.policies_incorporated',
        'data.key_management.custody',
        'data.segregation.tenant_isolation',
        'data.location_and_transfer.storage_countries',
        'data.location_and_transfer.processing_countries',
        'data.location_and_transfer.access_countries',
        'resilience.bcp_dr_backup.rto_hours',
        'resilience.bcp_dr_backup.rpo_hours',
        'assurance.attestations.required',
        'reporting.security_reports.kpis',
        'exit.data_return.formats',
      ],
    );
    assert.deepEqual([...new Set(codes(text))].filter((c) => !c.includes('.')), ['length']);
    // No placeholder is written anywhere.
    assert.ok(!/contract section|YYYY|NNN|Primary SOC|Annex X|Head of Cybersecurity|customer_managed_kms/.test(text));
    // And the page estimate of the whole schedule it now renders.
    const length = lint(text).filter((f) => f.code === 'length');
    assert.deepEqual(render(text, length), ['1:0-1:8 info length']);
    assert.equal(
      length[0].message,
      'The rendered schedule would print on 4 A4 pages at the default style (about 3.9 pages of text), over the one-page target; its longest clauses are 7.1 Audit (7 lines), 8.3 Exit and transition (7 lines) and 2.2 Re-assessment of risk (6 lines): shorten them or move detail to an annex to fit one page.',
    );
  });

  it('a scope that names managed services brings in soc.location_ksa, with no centre and no `applies` invented', () => {
    const scope = ['scope:', '  engagement_types: [managed_services]', '  services: [hosting]', '  critical_systems: false', '  personal_data: false', '  cloud_or_hosting: false'];
    const src = lines('schema: ecc-appendix/v1', '# header', 'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}', ...scope, '', 'exit:', '  data_return: {return_within_days: 30}', '');
    const { text } = fixAllText(src);
    // The return formats are a fact: the flow mapping gains only the triggers the baseline names.
    onlyLinesInserted(src.replace('{return_within_days: 30}', '{return_within_days: 30, triggers: [termination, expiry, insolvency, discontinuation]}'), text, '\n');
    assert.ok(text.includes('\nsoc:\n  location_ksa:\n    applies:\n    offshore_support_allowed: false\n'));
  });

  it('leaves a value under an exception in force alone', () => {
    const src = withoutClause(wadiFalcon(), 'incident', 'notification');
    const { text } = fixAllText(src);
    assert.ok(text.includes('    critical_days: 14          # weaker than the 7-day default'));
  });

  it('is offered as a quick fix beside the single fixes, and as a source action only when asked for', () => {
    const src = lines('schema: ecc-appendix/v1', 'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}', 'incident:', '  notification: {initial_notice_hours: 4$08}', '');
    const { actions } = actionsAt(src);
    const quick = actions.filter((a) => a.title.startsWith('Fix all in file'));
    assert.deepEqual(
      quick.map((a) => [a.title, a.kind]),
      [['Fix all in file: insert 32 standard clauses, add 4 parameters, raise 1 value to the baseline', 'quickfix']],
    );
    assert.ok(!actions.some((a) => a.kind === 'source.fixAll.eccAppendix'));
    const doc = TextDocument.create(URI, 'yaml', 1, src.replace('$0', ''));
    const service = createLanguageService();
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const options = { settings: DEFAULT_SETTINGS, asOf: '2025-10-15' };
    assert.deepEqual(
      service.getCodeActions(doc, at, { diagnostics: [], only: ['source'] }, options).map((a) => a.kind),
      ['source.fixAll.eccAppendix'],
    );
    assert.deepEqual(service.getCodeActions(doc, at, { diagnostics: [], only: ['refactor'] }, options), []);
    assert.deepEqual(service.getCodeActions(doc, at, { diagnostics: [] }, options), []);
  });

  it('on damaged copies of the examples: never throws, writes valid YAML, and a second run changes nothing', () => {
    const files = ['wadi-falcon', 'retail-pos', 'github-dpa', 'apify-dpa'].map((n) => example(`examples/${n}.appendix.yaml`));
    const options = { settings: DEFAULT_SETTINGS, asOf: '2025-10-15' };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 25 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('~', '{}', '[]', '', '"x"', '48', 'yes')), { maxLength: 8 }),
        fc.boolean(),
        (which, drops, values, crlf) => {
          const l = files[which].split('\n');
          for (const [i, v] of values) if (i < l.length && /^\s*[a-z_]+:/.test(l[i])) l[i] = l[i].replace(/^(\s*[a-z_]+:).*$/, '$1' + (v ? ' ' + v : ''));
          let src = l.filter((_, i) => i === 0 || !drops.includes(i)).join('\n');
          if (crlf) src = src.replace(/\n/g, '\r\n');
          const once = fixAll('t.appendix.yaml', src, options);
          if (once.text === src) return;
          assert.deepEqual(parseAllDocuments(once.text, { uniqueKeys: false }).flatMap((d) => d.errors), []);
          assert.equal(crlf && /[^\r]\n/.test(once.text), false);
          assert.equal(applyEdits(src, once.edits), once.text);
          assert.equal(fixAll('t.appendix.yaml', once.text, options).text, once.text);
        },
      ),
      { numRuns: 12, seed: 20251015 },
    );
  });

  it('offers nothing for a complete appendix', () => {
    assert.deepEqual(fixAllText(wadiFalcon()), { text: wadiFalcon() });
  });
});
