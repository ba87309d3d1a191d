/**
 * The bundled server (dist/server.js) spawned over stdio and spoken to in JSON-RPC, as any LSP client would.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { ROOT, wadiFalcon } from '../support/harness';

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
    assert.deepEqual(diagnostics.map(summary), ['144:19-144:21 3 vuln.remediation_sla']);
    assert.equal(diagnostics[0].source, 'ecc-appendix');
    assert.equal(diagnostics[0].data.exception, 'EXC-2025-003');
    assert.match(diagnostics[0].message, /^`critical_days` is 14 days; the baseline is at most 7 days/);
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
    assert.deepEqual(diagnostics.map(summary), ['144:19-144:21 3 vuln.remediation_sla', '179:26-179:28 2 incident.notification']);
    assert.equal(diagnostics[1].message, '`initial_notice_hours` is 72 hours; the baseline is at most 24 hours (recommended practice, product brief). [ECC 4-1-2-2, 2-13-3]');
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
