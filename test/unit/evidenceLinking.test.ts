/**
 * Finding the linked appendix on disk: the command line (inputs, then the log's folder and its parents) and the
 * language server (workspace scan, open documents, watched files), including re-checking a log when its appendix
 * changes. Runs the bundled dist/cli.js and dist/server.js.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { example, ROOT, wadiFalcon } from '../support/harness';

const CLI = path.join(ROOT, 'dist/cli.js');
const SERVER = path.join(ROOT, 'dist/server.js');
const LOG = example('examples/wadi-falcon.evidence.yaml');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-evidence-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function lintJson(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--as-of', '2025-10-15', '--fail-on', 'never', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { files: { path: string; kind: string; findings: { code: string; severity: string; message: string }[] }[] };
}

const codes = (f: { findings: { code: string }[] }) => [...new Set(f.findings.map((x) => x.code))];

describe('command line linking', () => {
  it('an appendix among the inputs is used, and the output keeps the input order', () => {
    const dir = workspace({ 'a/log.evidence.yaml': LOG, 'b/wadi.appendix.yaml': wadiFalcon() });
    const out = lintJson(['a/log.evidence.yaml', 'b/wadi.appendix.yaml'], dir);
    assert.deepEqual(out.files.map((f) => f.path), ['a/log.evidence.yaml', 'b/wadi.appendix.yaml']);
    assert.ok(!codes(out.files[0]).includes('evidence-link'));
    assert.ok(codes(out.files[0]).includes('EV-18'));
  });

  it("a log linted alone finds the appendix in its folder or a parent folder up to the current one", () => {
    const dir = workspace({ 'contracts/wadi.appendix.yaml': wadiFalcon(), 'contracts/evidence/2025/log.evidence.yaml': LOG });
    const out = lintJson(['contracts/evidence/2025/log.evidence.yaml'], dir);
    assert.ok(codes(out.files[0]).includes('EV-18'));
    assert.ok(!codes(out.files[0]).includes('evidence-link'));
  });

  it('an appendix in a sibling folder is not searched: one evidence-link error says what to do', () => {
    const dir = workspace({ 'contracts/wadi.appendix.yaml': wadiFalcon(), 'evidence/log.evidence.yaml': LOG });
    const out = lintJson(['evidence/log.evidence.yaml'], dir);
    assert.deepEqual(codes(out.files[0]).filter((c) => /^EV-(05|18)$|^evidence-link$/.test(c)), ['evidence-link']);
    assert.match(out.files[0].findings.find((f) => f.code === 'evidence-link')!.message, /^No appendix with `appendix.id: APX-2025-017` was found;/);
    // Naming the appendix too (or linting the whole folder) links them.
    assert.ok(codes(lintJson(['evidence/log.evidence.yaml', 'contracts/wadi.appendix.yaml'], dir).files[0]).includes('EV-18'));
    assert.ok(codes(lintJson([], dir).files.find((f) => f.kind === 'evidence')!).includes('EV-18'));
  });

  it('two appendices with the same id: the one in the log\'s folder (or nearest parent folder) wins', () => {
    const weaker = wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 48');
    const dir = workspace({ 'acme/wadi.appendix.yaml': weaker, 'acme/evidence/log.evidence.yaml': LOG, 'other/contracts/copy.appendix.yaml': wadiFalcon() });
    const log = lintJson([], dir).files.find((f) => f.kind === 'evidence')!;
    assert.ok(!codes(log).includes('evidence-link'));
    assert.ok(!codes(log).includes('EV-18')); // checked against acme/wadi.appendix.yaml (48 h), not the copy (24 h)
  });

  it('two appendices with the same id, neither beside the log nor above it: the link is ambiguous', () => {
    const dir = workspace({ 'x/one.appendix.yaml': wadiFalcon(), 'y/two.appendix.yaml': wadiFalcon(), 'log.evidence.yaml': LOG });
    const link = lintJson([], dir).files.find((f) => f.kind === 'evidence')!.findings.find((f) => f.code === 'evidence-link')!;
    assert.equal(link.severity, 'error');
    assert.match(link.message, /^2 appendices have `appendix.id: APX-2025-017` \(x\/one.appendix.yaml, y\/two.appendix.yaml\)/);
  });
});

describe('language server linking', () => {
  let client: LspClient;
  let dir: string;
  let logUri: string;
  let appendixUri: string;
  const settings = { asOf: '2025-10-15' };

  before(async () => {
    dir = workspace({ 'contracts/wadi.appendix.yaml': wadiFalcon(), 'node_modules/pkg/decoy.appendix.yaml': wadiFalcon().replace('id: APX-2025-017', 'id: DECOY') });
    logUri = pathToFileURL(path.join(dir, 'evidence/log.evidence.yaml')).href;
    appendixUri = pathToFileURL(path.join(dir, 'contracts/wadi.appendix.yaml')).href;
    client = new LspClient(SERVER);
    client.handlers.set('workspace/configuration', (params: any) => params.items.map(() => settings));
    client.handlers.set('client/registerCapability', () => null);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    client.notify('initialized', {});
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  const ev18 = (d: { diagnostics: any[] }) => d.diagnostics.filter((x) => x.code === 'EV-18').map((x) => x.message as string);

  it('an open log links to an appendix found in the workspace (not in node_modules)', async () => {
    const published = client.diagnostics(logUri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: logUri, languageId: 'yaml', version: 1, text: LOG } });
    const d = await published;
    assert.deepEqual(d.diagnostics.filter((x) => x.code === 'evidence-link'), []);
    assert.deepEqual(ev18(d), ['INC-2025-007 was notified 31 h 30 min after detection; the appendix allows 24 h. [ECC 4-1-2-2]']);
  });

  it('editing the open appendix re-checks the log with the unsaved values', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: appendixUri, languageId: 'yaml', version: 1, text: wadiFalcon() } });
    const rechecked = client.diagnostics(logUri);
    client.notify('textDocument/didChange', {
      textDocument: { uri: appendixUri, version: 2 },
      contentChanges: [{ text: wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 48') }],
    });
    let d = await rechecked;
    while (ev18(d).length) d = await client.diagnostics(logUri); // the open itself may have published first
    assert.deepEqual(ev18(d), []);
  });

  it('closing the appendix without saving falls back to the file on disk', async () => {
    const rechecked = client.diagnostics(logUri);
    client.notify('textDocument/didClose', { textDocument: { uri: appendixUri } });
    assert.equal(ev18(await rechecked).length, 1);
  });

  it('a watched change on disk (the id renamed) re-checks the log: now it is not linked', async () => {
    writeFileSync(path.join(dir, 'contracts/wadi.appendix.yaml'), wadiFalcon().replace('id: APX-2025-017', 'id: APX-2025-018'));
    const rechecked = client.diagnostics(logUri);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: appendixUri, type: 2 }] });
    const d = await rechecked;
    const link = d.diagnostics.filter((x) => x.code === 'evidence-link');
    assert.equal(link.length, 1);
    assert.match(link[0].message, /^No appendix with `appendix.id: APX-2025-017` was found \(did you mean APX-2025-018\?\)/);
    assert.equal(link[0].range.start.line, 2);
  });
});
