/**
 * "Validate all appendices" and the editor's coverage report: the workspace search (server/src/workspaceCheck.ts)
 * and, over stdio, the server's `eccAppendix/validateWorkspace` and `eccAppendix/report` requests with the
 * hand-over between on-disk and live diagnostics.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findProductFiles, WorkspaceCheck } from '../../server/src/workspaceCheck';
import { LspClient } from '../support/lspClient';
import { example, ROOT, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const rel = (dir: string, files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

describe('findProductFiles', () => {
  it('finds product files by name and by schema header, skipping node_modules, .git and other YAML', async () => {
    const dir = workspace({
      'b/x.appendix.yaml': 'schema: ecc-appendix/v1\n',
      'a/log.evidence.yml': 'schema: ecc-evidence/v1\n',
      'a/contract.yaml': '# comment first\nschema: ecc-appendix/v1\n',
      'a/other.yaml': 'name: not ours\n',
      'a/readme.md': 'schema: ecc-appendix/v1\n',
      '.ecc-appendix.yaml': 'schema: ecc-policy/v1\n',
      'node_modules/p/y.appendix.yaml': 'schema: ecc-appendix/v1\n',
      '.git/z.appendix.yaml': 'schema: ecc-appendix/v1\n',
    });
    const { files, truncated } = await findProductFiles([dir]);
    assert.equal(truncated, false);
    assert.deepEqual(rel(dir, files), ['.ecc-appendix.yaml', 'a/contract.yaml', 'a/log.evidence.yml', 'b/x.appendix.yaml']);
  });
});

describe('WorkspaceCheck (on-disk diagnostics kept current)', () => {
  const diag = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message, severity: 2 });
  function setup(files: Record<string, string>) {
    const dir = workspace(files);
    const open = new Map<string, string>();
    const published: string[] = [];
    const check = new WorkspaceCheck({
      openText: (f) => open.get(f),
      check: async (f, text) => [diag(`${path.basename(f)}:${text.length}`)],
      publish: (f, d) => published.push(`${path.relative(dir, f)} ${d.map((x) => x.message).join(',') || '(cleared)'}`),
      linkedId: (text) => /appendix: ([\w-]+)/.exec(text)?.[1],
      log: () => undefined,
    });
    check.setFolders([dir]);
    return { dir, open, published, check };
  }

  it('publishes every file that is not open, reports progress and counts by severity', async () => {
    const { dir, open, published, check } = setup({ 'a.appendix.yaml': 'schema: ecc-appendix/v1\n', 'b.appendix.yaml': 'schema: ecc-appendix/v1\nx: 1\n' });
    open.set(path.join(dir, 'b.appendix.yaml'), 'schema: ecc-appendix/v1\n');
    const progress: string[] = [];
    const summary = await check.run((done, total) => progress.push(`${done}/${total}`));
    assert.deepEqual(published, ['a.appendix.yaml a.appendix.yaml:24']);
    assert.deepEqual(progress, ['0/2', '1/2', '2/2']);
    assert.deepEqual(summary, { files: 2, error: 0, warning: 2, info: 0, unreadable: 0, truncated: false, cancelled: false });
  });

  it('a change on disk is checked again, a deletion is cleared, a closed file gets its disk diagnostics back', async () => {
    const { dir, open, published, check } = setup({ 'a.appendix.yaml': 'schema: ecc-appendix/v1\n', 'log.evidence.yaml': 'schema: ecc-evidence/v1\nevidence_log: {appendix: A-1}\n' });
    await check.run(() => undefined);
    published.length = 0;
    const a = path.join(dir, 'a.appendix.yaml');
    writeFileSync(a, 'schema: ecc-appendix/v1\n# edited\n');
    await check.fileChanged(a, false);
    open.set(a, 'live text');
    await check.fileChanged(a, false); // open: the editor's live diagnostics win, nothing published
    open.delete(a);
    assert.equal(await check.closed(a), true);
    await check.recheckLinked(['A-1']);
    rmSync(a);
    await check.fileChanged(a, true);
    assert.deepEqual(published, [
      'a.appendix.yaml a.appendix.yaml:33',
      'a.appendix.yaml a.appendix.yaml:33',
      'log.evidence.yaml log.evidence.yaml:54',
      'a.appendix.yaml (cleared)',
    ]);
    assert.equal(await check.closed(path.join(dir, 'never-seen.appendix.yaml')), false);
  });

  it('does nothing before the first run', async () => {
    const { dir, published, check } = setup({ 'a.appendix.yaml': 'schema: ecc-appendix/v1\n' });
    await check.fileChanged(path.join(dir, 'a.appendix.yaml'), false);
    assert.equal(await check.closed(path.join(dir, 'a.appendix.yaml')), false);
    assert.deepEqual(published, []);
  });
});

describe('server: validate all appendices and the coverage report', () => {
  const dir = workspace({
    'contracts/wadi.appendix.yaml': wadiFalcon(),
    'contracts/weak.appendix.yaml': wadiFalcon().replace('id: APX-2025-017', 'id: APX-WEAK').replace('initial_notice_hours: 24', 'initial_notice_hours: 96'),
    'evidence/wadi.evidence.yaml': example('examples/wadi-falcon.evidence.yaml'),
    'notes/other.yaml': 'title: not ours\n',
  });
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  let client: LspClient;

  before(async () => {
    client = new LspClient(path.join(ROOT, 'dist/server.js'));
    client.handlers.set('workspace/configuration', (p: any) => p.items.map(() => ({ asOf: '2025-10-15' })));
    client.handlers.set('client/registerCapability', () => null);
    client.handlers.set('window/workDoneProgress/create', () => null);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
    });
    client.notify('initialized', {});
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('checks every product file from disk, publishes its findings and reports progress on the token', async () => {
    const weak = client.diagnostics(uri('contracts/weak.appendix.yaml'), undefined, 15000);
    const log = client.diagnostics(uri('evidence/wadi.evidence.yaml'), undefined, 15000);
    const summary: any = await client.request('eccAppendix/validateWorkspace', { workDoneToken: 'tok-1' });
    // info: each of the two appendices has a `length` finding (the evidence log has none).
    assert.deepEqual(summary, { files: 3, error: 3, warning: 9, info: 16, unreadable: 0, truncated: false, cancelled: false });
    const w = await weak;
    assert.deepEqual(
      w.diagnostics.filter((d) => d.code === 'length').map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message}`),
      [`1:0-1:8 3 ${WADI_FALCON_LENGTH}`],
    );
    assert.deepEqual(
      w.diagnostics.filter((d) => d.code === 'incident.notification').map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity}`),
      ['179:26 1'],
    );
    // The log is linked to the appendix on disk: its SLA checks ran (EV-18 needs the agreed 24 hours).
    assert.ok((await log).diagnostics.some((d) => d.code === 'EV-18' && d.severity === 1));
    assert.equal(client.notifications.some((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri.endsWith('other.yaml')), false);
    const progress = client.notifications.filter((m) => m.method === '$/progress' && (m.params as any).token === 'tok-1').map((m) => (m.params as any).value.kind);
    assert.equal(progress[0], 'begin');
    assert.equal(progress.at(-1), 'end');
    assert.ok(progress.includes('report'));
  });

  it('an opened file gets live diagnostics; when closed, its on-disk diagnostics come back', async () => {
    const u = uri('contracts/weak.appendix.yaml');
    const live = client.diagnostics(u, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'yaml', version: 1, text: wadiFalcon().replace('id: APX-2025-017', 'id: APX-WEAK') } });
    const opened = (await live).diagnostics;
    assert.deepEqual(opened.map((d) => d.code), ['length', 'vuln.remediation_sla']);
    assert.deepEqual([opened[0].severity, opened[0].message], [3, WADI_FALCON_LENGTH]);
    const back = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === u && (m.params as any).diagnostics.length > 2, 10000);
    client.notify('textDocument/didClose', { textDocument: { uri: u } });
    const restored = (await back).params as any;
    assert.ok(restored.diagnostics.some((d: any) => d.code === 'incident.notification' && d.severity === 1));
  });

  it('a file changed on disk is checked again; a deleted one is cleared', async () => {
    const u = uri('contracts/wadi.appendix.yaml');
    writeFileSync(path.join(dir, 'contracts/wadi.appendix.yaml'), wadiFalcon().replace('retention_months: 12', 'retention_months: 6'));
    const changed = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === u && (m.params as any).diagnostics.some((d: any) => d.code === 'logging.retention_and_access'), 10000);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type: 2 }] });
    await changed;
    const x = uri('contracts/weak.appendix.yaml');
    rmSync(path.join(dir, 'contracts/weak.appendix.yaml'));
    const cleared = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === x && (m.params as any).diagnostics.length === 0, 10000);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: x, type: 3 }] });
    await cleared;
  });

  it('the coverage report request returns the page with the nonce, command links and actions, and the Markdown', async () => {
    const r: any = await client.request('eccAppendix/report', {
      lang: 'en',
      nonce: 'AbCdEf0123456789',
      linkCommand: 'eccAppendix.openReportLocation',
      actions: [{ label: 'Save as HTML…', command: 'eccAppendix.saveReport', args: ['html'] }, { label: 'bad', command: 'x; rm' }],
    });
    assert.deepEqual({ lang: r.lang, asOf: r.asOf, appendices: r.appendices, logs: r.logs }, { lang: 'en', asOf: '2025-10-15', appendices: 1, logs: 1 });
    assert.ok(r.html.includes(`style-src 'nonce-AbCdEf0123456789'`));
    assert.ok(r.html.includes(`href="command:eccAppendix.openReportLocation?${encodeURIComponent(JSON.stringify([uri('contracts/wadi.appendix.yaml'), 1]))}"`));
    assert.ok(r.html.includes(`<nav class="actions"><a href="command:eccAppendix.saveReport?${encodeURIComponent('["html"]')}">Save as HTML…</a></nav>`));
    assert.doesNotMatch(r.html, /x; rm/);
    assert.doesNotMatch(r.standalone, /command:|nonce/);
    assert.ok(r.markdown.includes('| Linked appendix | APX-2025-017 (contracts/wadi.appendix.yaml) |'));
  });
});
