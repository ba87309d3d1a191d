/** `ecc-appendix explain`: the hover's words as plain text, for clauses, parameters, evidence checks and controls. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { plainText, resolveId } from '../../server/src/cli/explain';
import { clauseMarkdown } from '../../server/src/languageService/hover';
import { CLAUSE_BY_ID } from '../../server/src/languageService/rules/context';
import { ROOT } from '../support/harness';

const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ecc-appendix explain', () => {
  it('a control id with dots or dashes (or an ECC prefix) gives the same text', () => {
    const dashes = run(['explain', '4-1-3-1']);
    assert.equal(dashes.code, 0);
    assert.equal(run(['explain', '4.1.3.1']).stdout, dashes.stdout);
    assert.equal(run(['explain', 'ECC 4.1.3.1']).stdout, dashes.stdout);
    const lines = dashes.stdout.split('\n');
    assert.equal(lines[0], '4-1-3-1  Risk assessment before signing and on regulatory change (ECC-2:2024)');
    assert.equal(lines[3], "(Our paraphrase, not NCA's wording. ECC-2:2024 (English translation; Arabic binding): https://nca.gov.sa/en/regulatory-documents/controls-list/ecc/)");
    assert.ok(lines.includes('Part of: 4-1-3 Minimum terms for IT or cybersecurity outsourcing and managed services'));
    assert.ok(lines.includes('  risk.pre_contract_assessment  Cybersecurity risk assessment before signature (primary control)'));
    assert.ok(lines.includes('  EV-01  Pre-contract risk assessment'));
    assert.match(dashes.stdout, /\nCrosswalk \(from those clauses\): DORA 28\(4\) · .* · and \d+ more \(see each clause\)\n/);
  });

  it('a clause: the hover text, then every threshold with its profile, basis and severity', () => {
    const r = run(['explain', 'incident.notification']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith(plainText(clauseMarkdown(CLAUSE_BY_ID.get('incident.notification')!))), 'shares the hover text');
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('Thresholds and basis per profile:');
    assert.deepEqual(lines.slice(at + 1, at + 4), [
      '  initial_notice_hours (whole number of hours)',
      '    at most 24 hours: recommended practice, product brief; warning if not met; error beyond 72 hours',
      '    at most 24 hours (under brief-strict): recommended practice, product brief; error if not met',
    ]);
    assert.ok(lines.includes('- 4-1-2-2 Incident communication procedures: Agreed procedures for how the parties communicate when a cybersecurity incident occurs. (ECC-2:2024 <https://nca.gov.sa/en/regulatory-documents/controls-list/ecc/>)'));
    assert.ok(lines.some((l) => l.startsWith('Crosswalk: DORA 30(3)(b) · ')));
  });

  it('a `clause.param` key: the parameter hover', () => {
    const r = run(['explain', 'logging.retention_and_access.retention_months']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith('`retention_months`'.replace(/`/g, '') + ' in logging.retention_and_access (whole number of months)'), r.stdout.slice(0, 80));
    assert.match(r.stdout, /\n- at least 18 months \(under ecc\+cscc \(critical systems\)\): NCA requirement, CSCC 2-11-2; error if not met\n/);
  });

  it('an evidence check, written EV-18, ev18 or EV18', () => {
    const r = run(['explain', 'EV-18']);
    assert.equal(r.code, 0);
    assert.equal(run(['explain', 'ev18']).stdout, r.stdout);
    assert.equal(run(['explain', 'EV18']).stdout, r.stdout);
    assert.equal(r.stdout.split('\n')[0], 'EV-18  Initial incident notice SLA (evidence log check)');
    assert.match(r.stdout, /\n {2}incident\.notification\.initial_notice_hours \(baseline: at most 24 hours\)\n/);
    assert.match(r.stdout, /\nECC controls:\n {2}4-1-2-2 Incident communication procedures: /);
  });

  it('a file-level finding code (any case): what it means and where it is documented', () => {
    const r = run(['explain', 'length']);
    assert.equal(r.code, 0);
    assert.equal(
      r.stdout,
      'length  The rendered schedule runs past one A4 page. (finding code)\n\nThe appendix rendered as the contract’s security schedule is longer than the one-page target.\n\nMore: docs/render.md\n',
    );
    assert.equal(run(['explain', 'Unknown-Key']).stdout.split('\n')[0], 'unknown-key  A key the format does not define. (finding code)');
    assert.match(run(['explain', 'yaml-synatx']).stderr, /did you mean yaml-syntax\?/);
  });

  it('an unknown id exits 2 with a suggestion', () => {
    const clause = run(['explain', 'incident.notifcation']);
    assert.equal(clause.code, 2);
    assert.equal(clause.stdout, '');
    assert.equal(
      clause.stderr,
      'ecc-appendix: unknown id "incident.notifcation"; did you mean incident.notification? Ids are clause ids (incident.notification), clause.param keys, evidence checks (EV-01..EV-29), ECC controls (4-1-3-1) and the other finding codes (yaml-syntax, length, ...).\n',
    );
    const control = run(['explain', '4.1.3.9']);
    assert.equal(control.code, 2);
    assert.match(control.stderr, /^ecc-appendix: unknown id "4\.1\.3\.9"; did you mean 4-1-3-1\?/);
    const nothing = run(['explain', 'zzzzzzzzzzzz']);
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /^ecc-appendix: unknown id "zzzzzzzzzzzz"\. Ids are /);
    assert.equal(run(['explain']).code, 2);
    assert.equal(run(['explain', 'a', 'b']).code, 2);
  });

  it('resolveId reads the id forms', () => {
    const kind = (s: string) => {
      const r = resolveId(s);
      return 'unknown' in r ? `unknown${r.suggestion ? ' -> ' + r.suggestion : ''}` : r.kind;
    };
    assert.deepEqual(
      ['4-1-3-2', '4.1.3.2', 'ecc-4.1.3.2', 'EV-05', 'ev-5', 'Incident.Notification', 'access.mfa.required_for', 'EV-30', '4-1-5'].map(kind),
      ['control', 'control', 'control', 'evidence', 'evidence', 'clause', 'param', 'unknown -> EV-10', 'unknown -> 4-1-1'],
    );
  });
});
