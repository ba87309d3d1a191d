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
    assert.ok(fixed.includes('  notification:\n    ref: "contract section"\n    initial_notice_hours: 24\n'));
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
    assert.ok(!codes.includes('exit.data_return'), 'the inserted clause is no longer missing');
    // What remains needs the parties: dates and facts (the risk assessment date is a YYYY-MM-DD placeholder).
    assert.ok(out.files[0].findings.some((f: { code: string; message: string }) => f.code === 'type' && f.message.startsWith('`completed_on` must be a real calendar date')));
    assert.ok(readFileSync(path.join(dir, 'retail.appendix.yaml'), 'utf8').startsWith(retail.slice(0, retail.indexOf('scope:'))), 'the header comment block is untouched');
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
