/** `ecc-appendix lint --fix` run as a user would: files fixed in place, remaining findings reported, exit codes. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { example, ROOT, wadiFalcon } from '../support/harness';
import { fixAllText } from '../support/fixes';

const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-fix-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The example without its incident notification clause (an error when missing). */
function withoutNotification(): string {
  const l = wadiFalcon().split('\n');
  const start = l.indexOf('  notification:');
  let end = start + 1;
  while (l[end].startsWith('    ')) end++;
  return [...l.slice(0, start), ...l.slice(end)].join('\n');
}

describe('ecc-appendix lint --fix', () => {
  it('writes the fix in place, says what it did on stderr and reports what remains (exit 0: nothing at error)', () => {
    const dir = workspace({ 'acme.appendix.yaml': withoutNotification() });
    assert.equal(run(['lint', '.', '--as-of', '2025-10-15'], dir).code, 1);
    const r = run(['lint', '.', '--fix', '--as-of', '2025-10-15'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, 'ecc-appendix: fixed acme.appendix.yaml: inserted 1 standard clause\n');
    assert.match(r.stdout, /\n {2}acme\.appendix\.yaml:145:20 info vuln\.remediation_sla /);
    assert.match(r.stdout, /1 file checked: 0 errors, 0 warnings, \d+ info\.\n/);
    assert.doesNotMatch(r.stdout, /incident\.notification/);
    const fixed = readFileSync(path.join(dir, 'acme.appendix.yaml'), 'utf8');
    // The same text as the editor's "fix all in file".
    assert.equal(fixed, fixAllText(withoutNotification(), { uri: 'file:///w/acme.appendix.yaml' }).text);
    // The standard terms, and no placeholder for the contract section (`ref`) or anything else.
    assert.equal(
      fixed,
      withoutNotification().replace(
        '    joint_exercise_interval_months: 12\n\nresilience:',
        '    joint_exercise_interval_months: 12\n  notification:\n    initial_notice_hours: 24\n    detailed_report_hours: 72\n    final_report_days: 30\n    includes_suspected: true\n    includes_subcontractors: true\n    channels: [phone, email, ticket]\n\nresilience:',
      ),
    );
    // A second run has nothing to fix and says nothing.
    const again = run(['lint', '.', '--fix', '--as-of', '2025-10-15'], dir);
    assert.equal(again.code, 0);
    assert.equal(again.stderr, '');
    assert.equal(readFileSync(path.join(dir, 'acme.appendix.yaml'), 'utf8'), fixed);
  });

  it('keeps a byte order mark and CRLF line endings', () => {
    const crlf = withoutNotification().replace(/\n/g, '\r\n');
    const dir = workspace({ 'b.appendix.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]) });
    const r = run(['lint', 'b.appendix.yaml', '--fix', '--as-of', '2025-10-15'], dir);
    assert.equal(r.code, 0, r.stderr);
    const bytes = readFileSync(path.join(dir, 'b.appendix.yaml'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.equal(/[^\r]\n/.test(text), false, 'a bare LF was written');
    assert.equal(text, fixAllText(withoutNotification()).text.replace(/\n/g, '\r\n'));
  });

  it('exits 1 when errors remain after fixing, and the JSON report describes the fixed file', () => {
    const retail = example('examples/retail-pos.appendix.yaml');
    const dir = workspace({ 'retail.appendix.yaml': retail });
    const r = run(['lint', '.', '--fix', '--format', 'json', '--as-of', '2025-10-15'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^ecc-appendix: fixed retail\.appendix\.yaml: inserted 26 standard clauses, added \d+ parameters?, raised \d+ values? to the baseline\n$/);
    const out = JSON.parse(r.stdout);
    const codes = out.files[0].findings.map((f: { code: string }) => f.code);
    assert.ok(codes.includes('exit.data_return'), 'the inserted clause asks for its return formats');
    // What remains needs the parties: every fact the fix left empty is a missing parameter, nothing else is.
    const missing = out.files[0].findings
      .map((f: { code: string; message: string }) => [f.code, /^`[a-z_.]+` does not state `([a-z_]+)`/.exec(f.message)?.[1]])
      .filter(([, param]: string[]) => param)
      .map(([code, param]: string[]) => `${code}.${param}`);
    assert.deepEqual(missing, [
      'risk.pre_contract_assessment.assessment_ref',
      'risk.pre_contract_assessment.completed_on',
      'risk.pre_contract_assessment.mitigations_confirmed',
      'compliance.entity_requirements.policies_incorporated',
      'soc.location_ksa.applies',
      'data.key_management.custody',
      'data.segregation.tenant_isolation',
      'data.location_and_transfer.storage_countries',
      'data.location_and_transfer.processing_countries',
      'data.location_and_transfer.access_countries',
      'resilience.bcp_dr_backup.rto_hours',
      'resilience.bcp_dr_backup.rpo_hours',
      'reporting.security_reports.kpis',
      'exit.data_return.formats',
    ]);
    const fixed = readFileSync(path.join(dir, 'retail.appendix.yaml'), 'utf8');
    assert.ok(fixed.startsWith(retail.slice(0, retail.indexOf('scope:'))), 'the header comment block is untouched');
    // No invented fact or placeholder: no SOC centre, no key custody, no reference, no contract section.
    assert.doesNotMatch(fixed.slice(retail.indexOf('scope:')), /Primary SOC|Riyadh|customer_managed_kms|TPRA|YYYY|contract section|Annex X|Head of Cybersecurity/);
    assert.match(fixed, /\n {4}custody:\n/);
    assert.match(fixed, /\n {4}assessment_ref:\n {4}completed_on:\n {4}mitigations_confirmed:\n/);
  });

  it('never rewrites where the provider processes data: the US stays, and the finding stays for negotiation', () => {
    const github = example('examples/github-dpa.appendix.yaml');
    const dir = workspace({ 'github.appendix.yaml': github });
    const r = run(['lint', '.', '--fix', '--format', 'json', '--as-of', '2025-10-15'], dir);
    assert.equal(r.code, 1, r.stderr);
    const fixed = readFileSync(path.join(dir, 'github.appendix.yaml'), 'utf8');
    assert.ok(fixed.includes('\n    processing_countries: [US]\n'));
    const location = JSON.parse(r.stdout).files[0].findings.filter((f: { code: string }) => f.code === 'data.location_and_transfer');
    assert.deepEqual(
      location.map((f: { message: string }) => f.message.slice(0, f.message.indexOf(';'))),
      ['`data.location_and_transfer` does not state `storage_countries`', '`data.location_and_transfer` does not state `access_countries`', '`processing_countries` includes `US`'],
    );
  });

  it('leaves evidence logs and files without fixes alone, and says nothing', () => {
    const evidence = example('examples/wadi-falcon.evidence.yaml');
    const dir = workspace({ 'w.evidence.yaml': evidence, 'ok.appendix.yaml': wadiFalcon() });
    const r = run(['lint', '.', '--fix', '--as-of', '2025-10-15', '--fail-on', 'never'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.equal(readFileSync(path.join(dir, 'w.evidence.yaml'), 'utf8'), evidence);
    assert.equal(readFileSync(path.join(dir, 'ok.appendix.yaml'), 'utf8'), wadiFalcon());
  });

  it('is listed in --help', () => {
    const r = run(['--help'], ROOT);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\[--fix\]/);
    assert.match(r.stdout, /--fix inserts missing clauses and parameters with their standard terms/);
  });
});
