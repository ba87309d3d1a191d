/**
 * The server survives what a hostile document or a careless client sends (docs/robustness.md): each hostile
 * document gets one clear finding and the server keeps answering; an exception in a handler is logged and answered
 * with an empty result; incremental sync holds with several changes per notification and with repeated or
 * lowered version numbers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT, lines, lint, render, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';
import { LspClient } from '../support/lspClient';

const SERVER = path.join(ROOT, 'dist/server.js');
const H = 'schema: ecc-appendix/v1';

type Diag = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string };

function summary(d: Diag): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code}`;
}

/** What the engine says about `text`, in the same `range severity code` form as `summary` (1 error, 2 warning, 3 info). */
function expected(text: string): string[] {
  const sev = { error: 1, warning: 2, info: 3 } as const;
  return render(text, lint(text)).map((r) => r.replace(/ (error|warning|info) /, (_m, s: keyof typeof sev) => ` ${sev[s]} `));
}

describe('server robustness over stdio', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient(SERVER);
    client.handlers.set('workspace/configuration', (params: any) => params.items.map(() => ({ asOf: '2025-10-15' })));
    await client.initialize({ workspace: { configuration: true } });
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('hostile documents one after another each get one clear finding, and the server stays up', async () => {
    const uri = 'file:///work/hostile.appendix.yaml';
    const bomb = [H, 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    const cases: [string, RegExp][] = [
      [H + '\nx: ' + '['.repeat(1_500) + '\n' + ']'.repeat(1_500), /^Lists and mappings here are nested more than 100 levels deep/],
      [H + '\nx: ' + '['.repeat(10_000) + '\n' + ']'.repeat(10_000), /^Lists and mappings here are nested more than 100 levels deep/],
      [H + '\nx: ' + '[\n'.repeat(10_000), /^Lists and mappings here are nested more than 100 levels deep/],
      [lines(...bomb), /^Aliases and merge keys here expand to more than 100,000 values/],
      [H + '\n' + '# padding\n'.repeat(530_000), /^This file is 5\.1 MB; files over 5 MB are not checked/],
      [H + '\nx: \u0000\u0001\u0002', /^This file contains binary data \(a NUL character on line 2\)/],
      [H + '\nx: ' + 'y'.repeat(100_000), /^Line 2 is 100,003 characters long/],
    ];
    let version = 1;
    for (const [text, message] of cases) {
      const published = client.diagnostics(uri, version, 20_000);
      if (version === 1) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
      else client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      const { diagnostics } = await published;
      assert.equal(diagnostics.length, 1, `version ${version}: ${diagnostics.length} diagnostics`);
      assert.equal(diagnostics[0].code, 'yaml-syntax');
      assert.match(diagnostics[0].message, message);
      // Hover and completion answer instead of failing; completion reads lines, not the parse, so it still offers
      // keys in a text that is merely deep or long, and nothing in an oversized or binary one.
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } }), null);
      const items = await client.request<unknown[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
      assert.ok(Array.isArray(items));
      if (/MB|binary/.test(diagnostics[0].message)) assert.deepEqual(items, []);
      version++;
    }
    assert.equal(client.proc.exitCode, null);
    // Back to a real appendix in the same document: checked normally.
    const published = client.diagnostics(uri, version, 10_000);
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: wadiFalcon() }] });
    const back = (await published).diagnostics;
    assert.deepEqual(back.map(summary), ['1:0-1:8 3 length', '144:19-144:21 3 vuln.remediation_sla']);
    assert.equal(back[0].message, WADI_FALCON_LENGTH);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('an exception in a request handler is logged and answered with an empty result', async () => {
    const uri = 'file:///work/malformed.appendix.yaml';
    const published = client.diagnostics(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: wadiFalcon() } });
    await published;
    // A careless client: no position, no context. The service throws on them; runSafe answers and logs.
    const logged = client.waitFor((m) => m.method === 'window/logMessage' && /Error in hover for file:\/\/\/work\/malformed/.test((m.params as { message: string }).message));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: null }), null);
    assert.match(((await logged).params as { message: string }).message, /TypeError/);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: null }), []);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }), []);
    // ... and the server still works.
    const hover: any = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 177, character: 5 } });
    assert.match(hover.contents.value, /^\*\*Incident notification timelines\*\*/);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('several changes in one didChange, with CRLF, emoji and Arabic, leave the same text as applying them one by one', async () => {
    const uri = 'file:///work/sync.appendix.yaml';
    const start = wadiFalcon().replace(/\n/g, '\r\n');
    const changes = [
      { range: { start: { line: 179, character: 26 }, end: { line: 179, character: 28 } }, text: '72' }, // initial_notice_hours 24 -> 72
      { range: { start: { line: 2, character: 6 }, end: { line: 2, character: 18 } }, text: 'ملحق-🔒-٢٤' }, // appendix.id
      { range: { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } }, text: '' }, // drop two lines
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# 🔒 ملحق\r\n' },
      { range: { start: { line: 143, character: 19 }, end: { line: 143, character: 21 } }, text: '7' }, // critical_days, now line 143
    ];
    let local = TextDocument.create(uri, 'yaml', 1, start);
    local = TextDocument.update(local, changes, 2);
    const text = local.getText();
    assert.ok(text.includes('initial_notice_hours: 72') && text.includes('id: ملحق-🔒-٢٤') && text.startsWith('# 🔒 ملحق\r\n'));
    const opened = client.diagnostics(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: start } });
    await opened;
    const published = client.diagnostics(uri, 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
    const got = (await published).diagnostics.map(summary);
    assert.deepEqual(got, expected(text));
    assert.ok(got.includes('178:26-178:28 2 incident.notification'));
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('a repeated or lowered version number still yields the findings of the latest text', async () => {
    const uri = 'file:///work/versions.appendix.yaml';
    const a = lines(H, 'bogus_a: 1');
    const b = lines(H, 'bogus_bb: 1');
    const c = lines(H, 'bogus_ccc: 1');
    const opened = client.diagnostics(uri, 5);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 5, text: a } });
    assert.ok((await opened).diagnostics.map(summary).includes('1:0-1:7 3 unknown-key'));
    // Same version number, new text: the server must not reuse the parse of the old text.
    let published = client.diagnostics(uri, 5);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } }, text: 'bogus_bb' }] });
    let got = (await published).diagnostics.map(summary);
    assert.deepEqual(got, expected(b));
    assert.ok(got.includes('1:0-1:8 3 unknown-key'));
    // A lower version number: the change applies in arrival order, and the findings follow the text.
    published = client.diagnostics(uri, 3);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } }, text: 'bogus_ccc' }] });
    got = (await published).diagnostics.map(summary);
    assert.deepEqual(got, expected(c));
    assert.ok(got.includes('1:0-1:9 3 unknown-key'));
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('a burst of 20 one-character edits ends with the findings of the final text, published at most a few times', async () => {
    const uri = 'file:///work/burst.appendix.yaml';
    const opened = client.diagnostics(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: wadiFalcon() } });
    await opened;
    const before = client.notifications.length;
    const typed = ' # notice: 48 hours';
    const last = 1 + typed.length;
    const final = client.diagnostics(uri, last, 10_000);
    let local = TextDocument.create(uri, 'yaml', 1, wadiFalcon());
    // Type a comment at the end of line 179, one character per notification, without waiting.
    for (let i = 0; i < typed.length; i++) {
      const change = { range: { start: { line: 179, character: 28 + i }, end: { line: 179, character: 28 + i } }, text: typed[i] };
      local = TextDocument.update(local, [change], 2 + i);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 + i }, contentChanges: [change] });
    }
    const { diagnostics } = await final;
    assert.deepEqual(diagnostics.map(summary), expected(local.getText()));
    const publishes = client.notifications.slice(before).filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === uri);
    assert.ok(publishes.length >= 1 && publishes.length <= 3, `${publishes.length} publishes`);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('server.ts wiring', () => {
  it('every request handler is wrapped in runSafe (including ones added later)', () => {
    const source = readFileSync(path.join(ROOT, 'server/src/server.ts'), 'utf8');
    // Notifications and lifecycle requests need no answer or cannot fail; everything else answers from the service.
    const exempt = /^on(Initialize|Initialized|Shutdown|Exit|Notification|DidChange\w*|DidOpen\w*|DidClose\w*|DidSave\w*|WillSave\w*)$/;
    const registrations = [...source.matchAll(/connection(?:\.languages\.\w+|\.workspace|\.window)?\.(on\w*)\(/g)];
    const missing: string[] = [];
    registrations.forEach((m, i) => {
      if (exempt.test(m[1])) return;
      const body = source.slice(m.index, registrations[i + 1]?.index ?? source.length);
      if (!body.includes('runSafe(')) missing.push(`${m[1]} at offset ${m.index}`);
    });
    assert.ok(registrations.filter((m) => !exempt.test(m[1])).length >= 2);
    assert.deepEqual(missing, []);
  });
});
