/**
 * `ecc-appendix lint --format junit` (dist/cli.js): well-formed XML (fast-xml-parser) with one testsuite per file,
 * one testcase per file and clause, failures for errors and warnings, info in system-out, skipped for clauses that
 * do not apply; exit status as with every other format.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROOT, wadiFalcon } from '../support/harness';

const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-junit-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

function parse(xml: string): any {
  assert.equal(XMLValidator.validate(xml), true);
  return parser.parse(xml);
}

function testcase(doc: any, file: string, name: string): any {
  const suite = doc.testsuites.testsuite.find((s: any) => s.name === file);
  return suite.testcase.find((t: any) => t.name.startsWith(`${name}:`) || t.name === name);
}

describe('lint --format junit', () => {
  const r = run(['lint', 'examples', '--format', 'junit', '--as-of', '2025-10-15', '--fail-on', 'never']);
  const doc = parse(r.stdout);

  it('parses, with one testsuite per file and totals that add up', () => {
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ecc-appendix" /);
    const suites = doc.testsuites.testsuite;
    assert.deepEqual(
      suites.map((s: any) => `${s.name} ${s.tests}`),
      [
        'examples/apify-dpa.appendix.yaml 36',
        'examples/github-dpa.appendix.yaml 36',
        'examples/retail-pos.appendix.yaml 36',
        'examples/team-policy/.ecc-appendix.yaml 1',
        'examples/team-policy/contracts/branch-network.appendix.yaml 36',
        'examples/team-policy/snippets/bank-legal.snippets.yaml 1',
        'examples/wadi-falcon.appendix.yaml 36',
        'examples/wadi-falcon.evidence.yaml 31',
      ],
    );
    for (const s of suites) {
      assert.equal(Number(s.tests), s.testcase.length);
      assert.equal(Number(s.failures), s.testcase.filter((t: any) => t.failure).length);
      assert.equal(Number(s.skipped), s.testcase.filter((t: any) => t.skipped !== undefined).length);
      assert.equal(s.errors, '0');
    }
    const sum = (k: string) => suites.reduce((n: number, s: any) => n + Number(s[k]), 0);
    assert.equal(Number(doc.testsuites.tests), sum('tests'));
    assert.equal(Number(doc.testsuites.failures), sum('failures'));
    assert.equal(Number(doc.testsuites.skipped), sum('skipped'));
  });

  it('a weak clause fails with its worst severity, first message and every finding in the body', () => {
    const t = testcase(doc, 'examples/retail-pos.appendix.yaml', 'access.mfa');
    assert.equal(t.name, 'access.mfa: Multi-factor authentication');
    assert.equal(t.classname, 'examples/retail-pos.appendix.yaml');
    assert.equal(t.failure.type, 'error');
    assert.match(t.failure.message, /^access\.mfa: /);
    assert.deepEqual(
      t.failure['#text'].split('\n').map((l: string) => l.split(' ').slice(0, 3).join(' ')),
      ['examples/retail-pos.appendix.yaml:53:3 warning access.mfa', 'examples/retail-pos.appendix.yaml:57:19 error access.mfa'],
    );
    assert.equal(t.line, '57');
  });

  it('a missing clause fails; a clause that does not apply is skipped with the reason', () => {
    assert.equal(testcase(doc, 'examples/github-dpa.appendix.yaml', 'risk.pre_contract_assessment').failure.type, 'error');
    const na = testcase(doc, 'examples/github-dpa.appendix.yaml', 'soc.msoc_license');
    assert.deepEqual(na.skipped, { message: 'The clause does not apply to this scope.' });
    assert.equal(na.failure, undefined);
  });

  it('info findings (here: accepted under an exception) pass and are listed in system-out', () => {
    const t = testcase(doc, 'examples/wadi-falcon.appendix.yaml', 'vuln.remediation_sla');
    assert.equal(t.failure, undefined);
    assert.match(t['system-out'], /^examples\/wadi-falcon\.appendix\.yaml:145:20 info vuln\.remediation_sla .* \(accepted under exception EXC-2025-003\)$/);
    assert.equal(testcase(doc, 'examples/wadi-falcon.appendix.yaml', 'access.mfa').failure, undefined);
  });

  it('an evidence log has a testcase per check and the link; EV-29 infos pass, EV-18 fails', () => {
    const suite = doc.testsuites.testsuite.find((s: any) => s.name === 'examples/wadi-falcon.evidence.yaml');
    assert.equal(suite.testcase[0].name, 'evidence-link: Evidence log linked to its appendix');
    assert.equal(suite.testcase[1].name, 'EV-01: Pre-contract risk assessment');
    assert.equal(testcase(doc, 'examples/wadi-falcon.evidence.yaml', 'EV-18').failure.type, 'error');
    assert.equal(testcase(doc, 'examples/wadi-falcon.evidence.yaml', 'EV-29').failure, undefined);
    assert.equal(suite.failures, '8');
  });

  it('an unlinked log skips the checks that read the appendix; an unreadable appendix skips every clause', () => {
    const dir = workspace({
      'log.evidence.yaml': 'schema: ecc-evidence/v1\nevidence_log: {appendix: NOPE, provider: P}\n',
      'bad.appendix.yaml': 'schema: ecc-appendix/v1\nappendix: [\n',
    });
    const d = parse(run(['lint', '--format', 'junit', '--as-of', '2025-10-15', '--fail-on', 'never'], dir).stdout);
    assert.equal(testcase(d, 'log.evidence.yaml', 'evidence-link').failure.type, 'error');
    assert.deepEqual(testcase(d, 'log.evidence.yaml', 'EV-05').skipped, {
      message: 'The log is not linked to its appendix, so this check (which reads its agreed values) did not run.',
    });
    assert.equal(testcase(d, 'log.evidence.yaml', 'EV-04').skipped, undefined);
    const bad = d.testsuites.testsuite.find((s: any) => s.name === 'bad.appendix.yaml');
    assert.equal(bad.skipped, '35');
    assert.equal(testcase(d, 'bad.appendix.yaml', '(file)').failure.type, 'error');
  });

  it('escapes markup in messages and paths', () => {
    const dir = workspace({ 'a&b.appendix.yaml': wadiFalcon().replace('id: APX-2025-017', 'id: "<APX>&\'"').replace('initial_notice_hours: 24', 'initial_notice_hours: "<24>"') });
    const out = run(['lint', '--format', 'junit', '--as-of', '2025-10-15', '--fail-on', 'never'], dir).stdout;
    const d = parse(out);
    assert.equal(d.testsuites.testsuite[0].name, 'a&b.appendix.yaml');
    assert.ok(out.includes('name="a&amp;b.appendix.yaml"'));
  });

  it('exit status is the same as with --format json', () => {
    const dir = workspace({ 'contracts/acme.appendix.yaml': wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 96') });
    for (const failOn of ['error', 'warning', 'info', 'never']) {
      const json = run(['lint', 'contracts', '--format', 'json', '--as-of', '2025-10-15', '--fail-on', failOn], dir);
      const junit = run(['lint', 'contracts', '--format', 'junit', '--as-of', '2025-10-15', '--fail-on', failOn], dir);
      assert.equal(junit.code, json.code, failOn);
    }
    assert.equal(run(['lint', 'nothing-here', '--format', 'junit'], dir).code, 2);
  });
});
