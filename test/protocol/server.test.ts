/**
 * The bundled server (dist/server.js) spawned over stdio and spoken to in JSON-RPC, as any LSP client would.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { ROOT, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

const SERVER = path.join(ROOT, 'dist/server.js');
const URI = 'file:///work/contracts/acme.appendix.yaml';

function summary(d: { range: any; severity: number; code: string }): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code}`;
}

describe('language server over stdio', () => {
  let client: LspClient;
  const settings = { eccAppendix: { asOf: '2025-10-15' } };

  before(async () => {
    client = new LspClient(SERVER);
    client.handlers.set('workspace/configuration', (params: any) => params.items.map(() => settings.eccAppendix));
    const result: any = await client.initialize({ workspace: { configuration: true } });
    assert.equal(result.capabilities.textDocumentSync.change, 2); // incremental
    assert.equal(result.capabilities.hoverProvider, true);
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('didOpen publishes the findings with exact ranges', async () => {
    const published = client.diagnostics(URI, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: wadiFalcon() } });
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map(summary), ['1:0-1:8 3 length', '144:19-144:21 3 vuln.remediation_sla']);
    assert.deepEqual(diagnostics[0], {
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } },
      severity: 3,
      code: 'length',
      source: 'ecc-appendix',
      message: WADI_FALCON_LENGTH,
      data: { kind: 'other', ecc: [], basis: null },
    });
    assert.equal(diagnostics[1].source, 'ecc-appendix');
    assert.equal(diagnostics[1].data.exception, 'EXC-2025-003');
    assert.match(diagnostics[1].message, /^`critical_days` is 14 days; the baseline is at most 7 days/);
  });

  it('an incremental didChange that weakens a value publishes the new finding for that version', async () => {
    // line 179 is `    initial_notice_hours: 24`; replace "24" (characters 26-28) with "72", in two changes in one notification
    const published = client.diagnostics(URI, 2);
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [
        { range: { start: { line: 179, character: 26 }, end: { line: 179, character: 28 } }, text: '7' },
        { range: { start: { line: 179, character: 27 }, end: { line: 179, character: 27 } }, text: '2' },
      ],
    });
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map(summary), ['1:0-1:8 3 length', '144:19-144:21 3 vuln.remediation_sla', '179:26-179:28 2 incident.notification']);
    assert.equal(diagnostics[0].message, WADI_FALCON_LENGTH);
    assert.equal(diagnostics[2].message, '`initial_notice_hours` is 72 hours; the baseline is at most 24 hours (recommended practice, product brief). [ECC 4-1-2-2, 2-13-3]');
  });

  it('hover on a clause key names its ECC control in our words, with version and link', async () => {
    const hover: any = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 177, character: 5 } });
    assert.deepEqual(hover.range, { start: { line: 177, character: 2 }, end: { line: 177, character: 14 } });
    assert.match(hover.contents.value, /^\*\*Incident notification timelines\*\* `incident.notification` \(clause 24 of 35\)/);
    assert.match(hover.contents.value, /- \*\*4-1-2-2\*\* .*\(\[ECC-2:2024\]\(https:\/\/nca\.gov\.sa\/[^)]*\)\)/);
  });

  it('hover on a parameter key gives its baseline', async () => {
    const hover: any = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 179, character: 8 } });
    assert.match(hover.contents.value, /^\*\*`initial_notice_hours`\*\* in `incident.notification` \(whole number of hours\)/);
    assert.match(hover.contents.value, /- at most 24 hours: recommended practice, product brief; warning if not met; error beyond 72 hours/);
  });

  it('completion inside a clause offers its missing parameter keys', async () => {
    // a new empty line inside incident.notification, after `    ref: ...` (line 178)
    const published = client.diagnostics(URI, 3);
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: { line: 179, character: 0 }, end: { line: 179, character: 0 } }, text: '    \n' }],
    });
    await published;
    const items: any[] = await client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: 179, character: 4 } });
    const labels = items.map((i) => i.label);
    assert.deepEqual(labels, ['text', 'exception_ref']);
  });

  it('didClose clears the findings', async () => {
    const cleared = client.diagnostics(URI);
    client.notify('textDocument/didClose', { textDocument: { uri: URI } });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('unrelated YAML gets no diagnostics and no hover', async () => {
    const other = 'file:///work/docker-compose.yaml';
    client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'services:\n  web: {image: nginx}\n' } });
    const hover = await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 2 } });
    assert.equal(hover, null);
    // A product file opened afterwards is published after anything the server would have sent for the first.
    const marker = 'file:///work/marker.appendix.yaml';
    const published = client.diagnostics(marker, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: marker, languageId: 'yaml', version: 1, text: wadiFalcon() } });
    await published;
    assert.equal(client.notifications.filter((n) => (n.params as any)?.uri === other).length, 0);
  });
});

describe('language server over Node IPC (as VS Code starts it)', () => {
  it('initializes, publishes diagnostics and shuts down', async () => {
    const { fork } = await import('node:child_process');
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const received: any[] = [];
    const waiters: ((m: any) => boolean)[] = [];
    const next = (match: (m: any) => boolean) =>
      new Promise<any>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timeout waiting for an IPC message')), 5000);
        const hit = received.find(match);
        if (hit) return (clearTimeout(timer), resolve(hit));
        waiters.push((m) => (match(m) ? (clearTimeout(timer), resolve(m), true) : false));
      });
    child.on('message', (m: any) => {
      received.push(m);
      for (let i = 0; i < waiters.length; i++) if (waiters[i](m)) waiters.splice(i--, 1);
    });
    child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    const init = await next((m) => m.id === 1);
    assert.equal(init.result.serverInfo.name, 'ecc-appendix');
    child.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const text = wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 48');
    child.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'yaml', version: 1, text } } });
    const published = await next((m) => m.method === 'textDocument/publishDiagnostics');
    // no asOf setting over IPC here: today's date decides whether the exception still holds, so look only at the notice
    const notice = published.params.diagnostics.filter((d: any) => d.code === 'incident.notification');
    assert.deepEqual(notice.map(summary), ['179:26-179:28 2 incident.notification']);
    child.send({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null });
    await next((m) => m.id === 2);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.send({ jsonrpc: '2.0', method: 'exit', params: null });
    assert.equal(await exited, 0);
  });
});
