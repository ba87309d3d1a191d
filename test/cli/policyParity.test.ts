/**
 * One policy, two surfaces: the bundled language server (spawned over stdio with a workspace folder holding a team
 * policy) and the CLI run in that folder report identical findings for the appendix, the policy file and the snippet
 * library; and the server re-validates open documents when the policy changes, in the editor or on disk.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';
import { lines, ROOT, wadiFalcon } from '../support/harness';

const SERVER = path.join(ROOT, 'dist/server.js');
const CLI = path.join(ROOT, 'dist/cli.js');
const AS_OF = '2025-10-15';

const POLICY = lines(
  'schema: ecc-policy/v1',
  'profiles: [brief-strict]',
  'thresholds:',
  '  incident.notification.initial_notice_hours: {value: 12}',
  '  testing.penetration.interval_months: {value: 18, reason: "Budget cycle; CISO approval 2025-01"}',
  '  vuln.remediation_sla.high_days: {value: 45}',
  '  incident.notification.initial_notice_hourz: {value: 6}',
  'rules:',
  '  unknown-key: warning',
  '  access.least_privilege: off',
  'snippetLibraries: [snippets, missing-folder]',
  '',
);

const LIBRARY = lines(
  'schema: ecc-snippets/v1',
  'library: Team',
  'snippets:',
  '  - name: 18-hour notice',
  '    clause: incident.notification',
  '    terms: {initial_notice_hours: 18, detailed_report_hours: 48, final_report_days: 30, includes_suspected: true, includes_subcontractors: true}',
  '',
);

const APPENDIX = wadiFalcon()
  .replace('initial_notice_hours: 24', 'initial_notice_hours: 20')
  .replace('    interval_months: 12', '    interval_months: 15')
  .replace('    named_accounts_only: true', '    named_accounts_only: false')
  .replace('    independent_tester: true', '    independent_tester: true\n    tester_name: "Acme"');

type Item = { code: string; severity: string; message: string; range: string };

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-parity-'));
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, 'snippets'));
  mkdirSync(path.join(dir, 'contracts'));
  writeFileSync(path.join(dir, '.ecc-appendix.yaml'), POLICY);
  writeFileSync(path.join(dir, 'snippets', 'team.snippets.yaml'), LIBRARY);
  writeFileSync(path.join(dir, 'contracts', 'acme.appendix.yaml'), APPENDIX);
  return dir;
}

function cli(dir: string): Map<string, Item[]> {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--as-of', AS_OF, '--fail-on', 'never'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { files: { path: string; findings: any[] }[] };
  return new Map(
    out.files.map((f) => [
      f.path,
      f.findings.map((x) => ({
        code: x.code,
        severity: x.severity,
        message: x.message,
        range: `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`,
      })),
    ]),
  );
}

const SEVERITY = ['', 'error', 'warning', 'info'];

function fromDiagnostics(diagnostics: any[]): Item[] {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: SEVERITY[d.severity],
    // The editor appends the controls to the message ("[ECC 4-1-2-2, 2-13-3]"); the CLI keeps them in `ecc`.
    message: d.message.replace(/ \[ECC [^\]]*\]$/, ''),
    range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
  }));
}

describe('editor and CLI under the same team policy', () => {
  const dir = workspace();
  const file = (rel: string) => path.join(dir, rel);
  const uri = (rel: string) => pathToFileURL(file(rel)).href;
  let client: LspClient;
  const registrations: any[] = [];

  function published(rel: string, match: (items: Item[]) => boolean = () => true): Promise<Item[]> {
    return client
      .waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === uri(rel) && match(fromDiagnostics((m.params as any).diagnostics)), 10_000)
      .then((m) => fromDiagnostics((m.params as any).diagnostics));
  }

  function open(rel: string): void {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(rel), languageId: 'yaml', version: 1, text: readFileSync(file(rel), 'utf8') } });
  }

  before(async () => {
    client = new LspClient(SERVER);
    client.handlers.set('workspace/configuration', (params: any) => params.items.map(() => ({ asOf: AS_OF })));
    client.handlers.set('client/registerCapability', (params: any) => {
      registrations.push(...params.registrations);
      return null;
    });
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    client.notify('initialized', {});
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('identical findings for the appendix, the policy file and the snippet library', async () => {
    const waits = ['contracts/acme.appendix.yaml', '.ecc-appendix.yaml', 'snippets/team.snippets.yaml'].map((rel) => published(rel));
    for (const rel of ['contracts/acme.appendix.yaml', '.ecc-appendix.yaml', 'snippets/team.snippets.yaml']) open(rel);
    const [appendix, policy, library] = await Promise.all(waits);
    const expected = cli(dir);
    assert.deepEqual([...expected.keys()].sort(), ['.ecc-appendix.yaml', 'contracts/acme.appendix.yaml', 'snippets/team.snippets.yaml']);
    assert.deepEqual(appendix, expected.get('contracts/acme.appendix.yaml'));
    assert.deepEqual(policy, expected.get('.ecc-appendix.yaml'));
    assert.deepEqual(library, expected.get('snippets/team.snippets.yaml'));

    // And the policy is really in force on both sides (not two empty lists):
    assert.deepEqual(
      appendix.filter((f) => f.code !== 'length').map((f) => `${f.range} ${f.severity} ${f.code}`), // `length`: a layout note, not the policy's business
      ['144:19-144:21 info vuln.remediation_sla', '154:21-154:23 info testing.penetration', '156:4-156:15 warning unknown-key', '180:26-180:28 error incident.notification'],
    );
    assert.equal(appendix.find((f) => f.code === 'incident.notification')!.message, '`initial_notice_hours` is 20 hours; the team policy requires at most 12 hours (tightened from at most 24 hours).');
    assert.equal(
      appendix.find((f) => f.code === 'testing.penetration')!.message,
      '`interval_months` is 15 months; the baseline is at most 12 months (recommended practice, product brief), relaxed by the team policy to at most 18 months: Budget cycle; CISO approval 2025-01.',
    );
    assert.deepEqual(
      policy.map((f) => `${f.range} ${f.severity} ${f.code}`),
      ['5:42-5:44 error policy-relaxation', '6:2-6:44 error unknown-key', '10:29-10:43 error snippet-library'],
    );
    assert.deepEqual(library.map((f) => `${f.range} ${f.severity} ${f.code}`), ['5:34-5:36 error snippet-below-baseline']);
  });

  it('registers a file watcher for policies and snippet libraries', () => {
    const watch = registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const globs: string[] = watch?.registerOptions.watchers.map((w: any) => w.globPattern) ?? [];
    assert.ok(globs.includes('**/.ecc-appendix.yaml') && globs.includes('**/*.snippets.{yaml,yml}'), globs.join(', '));
  });

  it('an unsaved edit of the open policy re-validates the open appendix at once', async () => {
    const next = published('contracts/acme.appendix.yaml', (items) => !items.some((f) => f.code === 'incident.notification'));
    const text = readFileSync(file('.ecc-appendix.yaml'), 'utf8').replace('initial_notice_hours: {value: 12}', 'initial_notice_hours: {value: 22}');
    client.notify('textDocument/didChange', { textDocument: { uri: uri('.ecc-appendix.yaml'), version: 2 }, contentChanges: [{ text }] });
    const items = await next;
    assert.deepEqual(items.map((f) => f.code).filter((c) => c !== 'length'), ['vuln.remediation_sla', 'testing.penetration', 'unknown-key']);
    // The same text on disk gives the CLI the same findings.
    writeFileSync(file('.ecc-appendix.yaml'), text);
    assert.deepEqual(items, cli(dir).get('contracts/acme.appendix.yaml'));
  });

  it('a change on disk (watched file) re-validates the open appendix', async () => {
    client.notify('textDocument/didClose', { textDocument: { uri: uri('.ecc-appendix.yaml') } });
    const next = published('contracts/acme.appendix.yaml', (items) => items.some((f) => f.code === 'access.least_privilege'));
    writeFileSync(file('.ecc-appendix.yaml'), POLICY.replace('  access.least_privilege: off\n', ''));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.ecc-appendix.yaml'), type: 2 }] });
    const items = await next;
    assert.deepEqual(items, cli(dir).get('contracts/acme.appendix.yaml'));
    assert.ok(items.some((f) => f.code === 'incident.notification' && f.severity === 'error'));
  });

  it('completion offers the library entries labelled with their library', async () => {
    const rel = 'contracts/new.appendix.yaml'; // not saved yet: the workspace folder still decides the policy
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(rel), languageId: 'yaml', version: 1, text: 'schema: ecc-appendix/v1\n' } });
    const items: any = await client.request('textDocument/completion', { textDocument: { uri: uri(rel) }, position: { line: 1, character: 0 } });
    const list: any[] = Array.isArray(items) ? items : items.items;
    const team = list.filter((i) => String(i.label).includes('(Team: '));
    assert.deepEqual(team.map((i) => [i.label, i.detail]), [['incident.notification (Team: 18-hour notice)', 'Team: Incident notification timelines']]);
    assert.equal(team[0].textEdit.newText.split('\n').slice(0, 3).join('\n'), 'incident:\n  notification:\n    initial_notice_hours: 18');
  });
});

describe('the CLI finds the policy', () => {
  it('from a sub-folder, up to the repository root; --config picks another; a non-policy --config is an input error', () => {
    const dir = workspace();
    const sub = path.join(dir, 'contracts');
    const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, 'lint', ...args, '--format', 'json', '--as-of', AS_OF, '--fail-on', 'never'], { cwd, encoding: 'utf8' });
    const fromSub = JSON.parse(run(['acme.appendix.yaml'], sub).stdout);
    assert.deepEqual(fromSub.files.map((f: any) => f.path), ['../.ecc-appendix.yaml', 'acme.appendix.yaml']);
    assert.ok(fromSub.files[1].findings.some((f: any) => f.message.includes('the team policy requires at most 12 hours')));

    writeFileSync(path.join(dir, 'lenient.yaml'), lines('schema: ecc-policy/v1', 'rules: {incident.notification: off, unknown-key: off}', ''));
    const other = JSON.parse(run(['contracts/acme.appendix.yaml', '--config', 'lenient.yaml'], dir).stdout);
    assert.deepEqual(other.files.map((f: any) => f.path), ['lenient.yaml', 'contracts/acme.appendix.yaml']);
    assert.deepEqual(other.files[1].findings.map((f: any) => f.code).filter((c: string) => c !== 'length'), ['access.least_privilege', 'vuln.remediation_sla', 'testing.penetration']);

    writeFileSync(path.join(dir, 'not-policy.yaml'), 'schema: ecc-appendix/v1\n');
    const bad = run(['--config', 'not-policy.yaml'], dir);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'ecc-appendix: --config not-policy.yaml is not a team policy: its first key must be `schema: ecc-policy/v1`, not `schema: ecc-appendix/v1`\n');
    const missing = run(['--config', 'nope.yaml'], dir);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'ecc-appendix: cannot read --config nope.yaml: no such file\n');
  });
});
