/**
 * `ecc-appendix lint --format sarif` (dist/cli.js): valid against the official SARIF 2.1.0 JSON schema
 * (test/fixtures/sarif/), one rule per code with help, 1-based UTF-16 regions, exceptions as suppressions, and the
 * same exit status as every other format.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { lines, ROOT, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-sarif-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/**
 * The schema as published, with the two repairs test/fixtures/sarif/README.md describes: `(?i)` is not JavaScript
 * regular-expression syntax, and `anyOf` of `region` sits inside `properties` (where it is a property named anyOf).
 */
function sarifValidator(): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const text = JSON.stringify(schema).replaceAll('"^(?i)[a-zA]{2}(-[a-z]{2})?$"', '"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"');
  const fixed = JSON.parse(text);
  const region = fixed.definitions.region;
  region.anyOf = region.properties.anyOf;
  delete region.properties.anyOf;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'http://example.invalid/base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
  return ajv.compile(fixed);
}

const validate = sarifValidator();
const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

const WEAK = wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 96');

describe('lint --format sarif', () => {
  it('the examples folder validates against the SARIF 2.1.0 schema', () => {
    const r = run(['lint', 'examples', '--format', 'sarif', '--as-of', '2025-10-15', '--fail-on', 'never']);
    assert.equal(r.code, 0, r.stderr);
    const log: any = JSON.parse(r.stdout);
    assert.ok(validate(log), errorsOf().join('\n'));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
    assert.equal(log.runs[0].tool.driver.name, 'ecc-appendix');
    assert.deepEqual(log.runs[0].properties, { asOf: '2025-10-15', catalogue: 'v1', ecc: 'ECC-2:2024', profiles: [] });
    // Same findings as --format json, one result each.
    const json = JSON.parse(run(['lint', 'examples', '--format', 'json', '--as-of', '2025-10-15', '--fail-on', 'never']).stdout);
    assert.equal(log.runs[0].results.length, json.summary.error + json.summary.warning + json.summary.info);
    assert.deepEqual(
      log.runs[0].artifacts.map((a: any) => a.location.uri),
      json.files.map((f: any) => f.path),
    );
  });

  it('declares one rule per code, with help and, for ECC codes, helpUri to NCA’s ECC page', () => {
    const log: any = JSON.parse(run(['lint', 'examples', '--format', 'sarif', '--as-of', '2025-10-15', '--fail-on', 'never']).stdout);
    const rules = log.runs[0].tool.driver.rules;
    const ids = rules.map((r: any) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 35 + 29 + 9 + 3);
    const mfa = rules.find((r: any) => r.id === 'access.mfa');
    assert.equal(mfa.shortDescription.text, 'Multi-factor authentication');
    assert.equal(mfa.helpUri, 'https://nca.gov.sa/en/regulatory-documents/controls-list/ecc/');
    assert.equal(mfa.defaultConfiguration.level, 'error');
    assert.match(mfa.help.markdown, /^\*\*Multi-factor authentication\*\* \(clause 8 of the ECC Appendix catalogue v1, NCA requirement\)\./);
    assert.match(mfa.help.markdown, /- \*\*2-2-3-2\*\* Multi-factor authentication \(ECC-2:2024\): /);
    assert.doesNotMatch(mfa.help.text, /\*\*|`/);
    const ev18 = rules.find((r: any) => r.id === 'EV-18');
    assert.equal(ev18.helpUri, 'https://nca.gov.sa/en/regulatory-documents/controls-list/ecc/');
    assert.match(ev18.help.markdown, /`incident\.notification\.initial_notice_hours`/);
    const yaml = rules.find((r: any) => r.id === 'yaml-syntax');
    assert.equal(yaml.helpUri, undefined);
    assert.equal(yaml.shortDescription.text, 'The file is not valid YAML.');
    for (const result of log.runs[0].results) assert.equal(rules[result.ruleIndex].id, result.ruleId);
  });

  it('regions are 1-based with UTF-16 columns; endColumn is the column after the last character', () => {
    const dir = workspace({ 'contracts/acme.appendix.yaml': WEAK });
    const r = run(['lint', 'contracts', '--format', 'sarif', '--as-of', '2025-10-15'], dir);
    assert.equal(r.code, 1);
    const log: any = JSON.parse(r.stdout);
    assert.ok(validate(log), errorsOf().join('\n'));
    const res = log.runs[0].results.find((x: any) => x.ruleId === 'incident.notification' && x.level === 'error');
    // JSON output: { line: 179, character: 26 } .. { line: 179, character: 28 } (0-based)
    assert.deepEqual(res.locations[0].physicalLocation, {
      artifactLocation: { uri: 'contracts/acme.appendix.yaml', index: 0 },
      region: { startLine: 180, startColumn: 27, endLine: 180, endColumn: 29 },
    });
    assert.deepEqual(res.properties, { ecc: ['4-1-2-2', '2-13-3'], basis: 'practice', severity: 'error' });
  });

  it('counts columns in UTF-16 code units after Arabic text and an emoji', () => {
    const text = lines(
      'schema: ecc-appendix/v1',
      'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}',
      'incident:',
      '  notification: {ref: "البند ١٠ 🔒", initial_notice_hours: 48}',
      '',
    );
    const dir = workspace({ 'مجلد/lf.appendix.yaml': text });
    const log: any = JSON.parse(run(['lint', '--format', 'sarif', '--as-of', '2025-10-15', '--fail-on', 'never'], dir).stdout);
    assert.ok(validate(log), errorsOf().join('\n'));
    const res = log.runs[0].results.find((x: any) => x.ruleId === 'incident.notification' && x.message.text.startsWith('`initial_notice_hours` is 48'));
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 4, startColumn: 60, endLine: 4, endColumn: 62 });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, '%D9%85%D8%AC%D9%84%D8%AF/lf.appendix.yaml');
  });

  it('a finding accepted under an exception is a note with an inSource suppression carrying its justification', () => {
    const r = run(['lint', 'examples/wadi-falcon.appendix.yaml', '--format', 'sarif', '--as-of', '2025-10-15']);
    assert.equal(r.code, 0, r.stderr);
    const log: any = JSON.parse(r.stdout);
    assert.ok(validate(log), errorsOf().join('\n'));
    assert.equal(log.runs[0].results.length, 2);
    // First the schedule's length: a plain note on the `appendix:` key, nothing suppressed.
    const length = log.runs[0].results[0];
    assert.deepEqual(
      { ruleId: length.ruleId, level: length.level, message: length.message, region: length.locations[0].physicalLocation.region, properties: length.properties, suppressions: length.suppressions },
      {
        ruleId: 'length',
        level: 'note',
        message: { text: WADI_FALCON_LENGTH },
        region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 9 },
        properties: { ecc: [], basis: null, severity: 'info' },
        suppressions: undefined,
      },
    );
    const res = log.runs[0].results[1];
    assert.equal(res.ruleId, 'vuln.remediation_sla');
    assert.equal(res.level, 'note');
    assert.deepEqual(res.suppressions, [
      {
        kind: 'inSource',
        status: 'accepted',
        justification:
          'Exception EXC-2025-003; deviation: critical_days 14 instead of 7 for OT-adjacent servers; compensating controls: network isolation, virtual patching at IPS; risk_ref: RISK-0412; approved by Head of Cybersecurity on 2025-02-20; expires 2025-12-31.',
      },
    ]);
    assert.equal(res.properties.exception, 'EXC-2025-003');
    assert.equal(res.properties.originalSeverity, 'warning');
  });

  it('an empty run still validates, with every rule declared and no result', () => {
    const dir = workspace({ 'a.appendix.yaml': wadiFalcon().replace(/^exceptions:[\s\S]*$/m, '') });
    const r = run(['lint', '--format', 'sarif', '--as-of', '2025-10-15', '--fail-on', 'info'], dir);
    const log: any = JSON.parse(r.stdout);
    assert.ok(validate(log), errorsOf().join('\n'));
    assert.equal(r.code, log.runs[0].results.length ? 1 : 0);
  });

  it('exit status is the same as with --format json (0, 1, 2)', () => {
    const dir = workspace({ 'contracts/acme.appendix.yaml': WEAK });
    for (const failOn of ['error', 'warning', 'info', 'never']) {
      const json = run(['lint', 'contracts', '--format', 'json', '--as-of', '2025-10-15', '--fail-on', failOn], dir);
      const sarif = run(['lint', 'contracts', '--format', 'sarif', '--as-of', '2025-10-15', '--fail-on', failOn], dir);
      assert.equal(sarif.code, json.code, failOn);
    }
    const missing = run(['lint', 'no-such-folder', '--format', 'sarif'], dir);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr, 'ecc-appendix: cannot read no-such-folder: no such file or folder\n');
    const bad = run(['lint', '--format', 'xml'], dir);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'ecc-appendix: --format must be text, json, sarif or junit, not "xml" (see ecc-appendix --help)\n');
  });
});
