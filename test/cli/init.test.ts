/** `ecc-appendix init`: a complete skeleton per profile that lints clean except for the placeholders it names. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildSkeleton } from '../../server/src/cli/init';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import type { ProfileId } from '../../server/src/languageService/catalogue/types';
import { checkDocument } from '../../server/src/languageService/engine';
import { parseYaml } from '../../server/src/languageService/parse';
import { getIn } from '../../server/src/languageService/rules/context';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';
import { ROOT } from '../support/harness';

const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-init-'));
  spawnSync('mkdir', [path.join(dir, '.git')]); // the policy search stops here
  return dir;
}

const PROFILE_SETS: ProfileId[][] = [[], ['ecc+cscc'], ['ecc+ccc'], ['brief-strict'], ['ecc+cscc', 'ecc+ccc', 'brief-strict']];

describe('the skeleton', () => {
  for (const profiles of PROFILE_SETS) {
    it(`${profiles.join(' + ') || 'ecc-baseline'}: every finding sits on a placeholder, and every placeholder has one`, () => {
      const { text, placeholders } = buildSkeleton(profiles);
      const doc = TextDocument.create('file:///s.appendix.yaml', 'yaml', 1, text);
      // `length` (how long the rendered schedule runs) is a note on layout, not on content: a complete skeleton of
      // 35 clauses is never one page, so it is left out here.
      const findings = checkDocument('s.appendix.yaml', text, { settings: DEFAULT_SETTINGS, asOf: '2026-01-15' })!.findings.filter((f) => f.code !== 'length');
      const placeholderLines = new Set(placeholders.map((p) => p.line));
      const stray = findings.filter((f) => !placeholderLines.has(doc.positionAt(f.span.start).line));
      assert.deepEqual(stray.map((f) => `${doc.positionAt(f.span.start).line} ${f.code} ${f.message}`), []);
      const covered = new Set(findings.map((f) => doc.positionAt(f.span.start).line));
      assert.deepEqual(placeholders.filter((p) => !covered.has(p.line)).map((p) => p.path), []);
    });
  }

  it('names each placeholder: dates get a `type` finding quoting YYYY-MM-DD, empty values one naming the key', () => {
    const { text, placeholders } = buildSkeleton([]);
    const doc = TextDocument.create('file:///s.appendix.yaml', 'yaml', 1, text);
    const findings = checkDocument('s.appendix.yaml', text, { settings: DEFAULT_SETTINGS, asOf: '2026-01-15' })!.findings;
    assert.deepEqual(
      placeholders.map((p) => `${p.line} ${p.path} ${p.kind}`),
      [
        '5 appendix.id value',
        '7 appendix.contract_ref value',
        '9 appendix.signed_on date',
        '10 appendix.effective_from date',
        '11 appendix.term_months value',
        '12 appendix.last_reviewed_on date',
        '14 appendix.customer.name value',
        '15 appendix.customer.entity_type value',
        '17 appendix.provider.name value',
        '18 appendix.provider.country value',
        '22 scope.services value',
        '29 risk.pre_contract_assessment.assessment_ref value',
        '30 risk.pre_contract_assessment.completed_on date',
        '31 risk.pre_contract_assessment.mitigations_confirmed value',
        '39 compliance.entity_requirements.policies_incorporated value',
        '46 soc.location_ksa.centres value',
        '48 soc.location_ksa.remote_access_origin_countries value',
        '50 soc.msoc_license.license_number value',
        '51 soc.msoc_license.tier value',
        '52 soc.msoc_license.expires_on date',
        '97 data.key_management.custody value',
        '102 data.segregation.tenant_isolation value',
        '105 data.location_and_transfer.storage_countries value',
        '106 data.location_and_transfer.processing_countries value',
        '107 data.location_and_transfer.access_countries value',
        '180 resilience.bcp_dr_backup.rto_hours value',
        '181 resilience.bcp_dr_backup.rpo_hours value',
        '196 assurance.attestations.required value',
        '208 reporting.security_reports.kpis value',
        '219 exit.data_return.formats value',
      ],
    );
    const onLine = (line: number) => findings.filter((f) => f.code === 'type' && doc.positionAt(f.span.start).line === line);
    assert.deepEqual(
      onLine(9).map((f) => f.message),
      ['`signed_on` must be a real calendar date written YYYY-MM-DD; the text "YYYY-MM-DD" is not one.'],
    );
    assert.deepEqual(onLine(5).map((f) => f.message), ['`id` must be text, not empty.']);
    const range = (f: { span: { start: number; end: number } }) => `${doc.positionAt(f.span.start).character}-${doc.positionAt(f.span.end).character}`;
    assert.deepEqual(onLine(9).map(range), ['13-23']);
  });

  it('holds all 35 clauses with the standard terms, raised to what each profile asks', () => {
    const value = (profiles: ProfileId[], ...p: string[]) => getIn(parseYaml(buildSkeleton(profiles).text).value, p);
    for (const c of CLAUSES) assert.notEqual(value([], ...c.path), undefined, c.id);
    assert.equal(value([], 'testing', 'penetration', 'interval_months'), 12);
    assert.equal(value(['ecc+cscc'], 'testing', 'penetration', 'interval_months'), 6);
    assert.equal(value(['ecc+cscc'], 'logging', 'retention_and_access', 'retention_months'), 18);
    assert.equal(value(['ecc+cscc'], 'scope', 'critical_systems'), true);
    assert.deepEqual(value(['ecc+cscc'], 'access', 'mfa', 'required_for'), ['remote', 'privileged', 'all_interactive']);
    assert.deepEqual(value(['ecc+cscc'], 'profile'), ['ecc+cscc']);
    assert.equal(value(['ecc+ccc'], 'scope', 'cloud_or_hosting'), true);
    assert.equal(value(['ecc+ccc'], 'data', 'encryption', 'at_rest', 'level'), 'advanced');
    assert.equal(value([], 'data', 'encryption', 'at_rest', 'level'), 'moderate');
    assert.equal(value([], 'profile'), undefined);
  });
});

describe('ecc-appendix init', () => {
  it('writes to stdout and lists the placeholders on stderr', () => {
    const r = run(['init', '--profile', 'ecc+ccc'], tempDir());
    assert.equal(r.code, 0);
    assert.equal(r.stdout, buildSkeleton(['ecc+ccc']).text);
    assert.match(r.stderr, /^Skeleton written to stdout: 35 clauses with standard terms\. Fill in 30 placeholders/);
    assert.match(r.stderr, /\n {2}line 10: appendix\.signed_on \(YYYY-MM-DD\)\n/);
  });

  it('--output writes the file, which `lint` then reports placeholder by placeholder', () => {
    const dir = tempDir();
    const r = run(['init', '--output', 'new.appendix.yaml'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Wrote new\.appendix\.yaml: /);
    const lint = run(['lint', 'new.appendix.yaml', '--format', 'json', '--as-of', '2026-01-15'], dir);
    assert.equal(lint.code, 1);
    const out = JSON.parse(lint.stdout);
    const findings = out.files[0].findings.filter((f: any) => f.code !== 'length'); // a layout note, see above
    assert.deepEqual(
      ['error', 'warning', 'info'].map((s) => findings.filter((f: any) => f.severity === s).length),
      [17, 13, 0],
    );
    // one finding per placeholder the skeleton names, and none elsewhere (facts are left empty, never made up)
    assert.equal(findings.length, buildSkeleton([]).placeholders.length);
    assert.equal(new Set(findings.map((f: any) => f.range.start.line)).size, findings.length);
  });

  it('refuses to overwrite an existing file without --force', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'mine.appendix.yaml'), 'keep me\n');
    const r = run(['init', '--output', 'mine.appendix.yaml'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ecc-appendix: mine.appendix.yaml already exists; choose another --output or add --force to overwrite it (see ecc-appendix --help)\n');
    assert.equal(readFileSync(path.join(dir, 'mine.appendix.yaml'), 'utf8'), 'keep me\n');
    const forced = run(['init', '--output', 'mine.appendix.yaml', '--force', '--profile', 'brief-strict'], dir);
    assert.equal(forced.code, 0);
    assert.equal(readFileSync(path.join(dir, 'mine.appendix.yaml'), 'utf8'), buildSkeleton(['brief-strict']).text);
  });

  it('usage errors exit 2 with one line', () => {
    const dir = tempDir();
    const bad = run(['init', '--profile', 'strict'], dir);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'ecc-appendix: unknown profile "strict"; profiles: ecc-baseline, ecc+cscc, ecc+ccc, brief-strict (see ecc-appendix --help)\n');
    const positional = run(['init', 'contract.appendix.yaml'], dir);
    assert.equal(positional.code, 2);
    assert.equal(run(['init', '--frobnicate'], dir).code, 2);
  });
});
