/**
 * Authoring features over the wire (dist/server.js over stdio): code actions with WorkspaceEdits, fix all,
 * document symbols, the code lens and the `eccAppendix/summary` request the VS Code status bar uses.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyWorkspaceEdit } from '../support/fixes';
import { lines, ROOT } from '../support/harness';
import { LspClient } from '../support/lspClient';

const SERVER = path.join(ROOT, 'dist/server.js');
const URI = 'file:///work/contracts/authoring.appendix.yaml';
const TEXT = lines(
  'schema: ecc-appendix/v1',
  'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}',
  'incident:',
  '  notification:',
  '    initial_notice_hours: 48   # negotiated',
  '',
);

describe('authoring over LSP', () => {
  let client: LspClient;
  let capabilities: any;
  let diagnostics: any[];

  before(async () => {
    client = new LspClient(SERVER);
    client.handlers.set('workspace/configuration', (params: any) => params.items.map(() => ({ asOf: '2025-10-15' })));
    capabilities = ((await client.initialize({ workspace: { configuration: true } })) as any).capabilities;
    const published = client.diagnostics(URI, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: TEXT } });
    diagnostics = (await published).diagnostics;
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('declares code actions (quick fix, fix all), symbols and code lenses', () => {
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.eccAppendix'] });
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
  });

  it('answers a quick fix request with WorkspaceEdits keyed by the diagnostic it was sent', async () => {
    const weak = diagnostics.filter((d) => d.code === 'incident.notification' && d.data.kind === 'weak-value');
    assert.equal(weak.length, 1);
    const actions: any[] = await client.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: weak[0].range,
      context: { diagnostics: weak },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Raise initial_notice_hours to 24 hours (baseline)',
        'Record an exception for incident.notification',
        'Fix all in file: insert 32 standard clauses, add 4 parameters, raise 1 value to the baseline',
      ],
    );
    assert.equal(actions[0].command, undefined);
    assert.equal(applyWorkspaceEdit(TEXT, actions[0].edit, URI), TEXT.replace('48', '24'));
  });

  it('answers source.fixAll, and the result has no missing clause', async () => {
    const actions: any[] = await client.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(
      actions.map((a) => [a.kind, a.title]),
      [['source.fixAll.eccAppendix', 'Fix all in file: insert 32 standard clauses, add 4 parameters, raise 1 value to the baseline']],
    );
    const fixed = applyWorkspaceEdit(TEXT, actions[0].edit, URI);
    const published = client.diagnostics(URI, 2);
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = (await published).diagnostics;
    assert.deepEqual(after.filter((d: any) => d.data?.kind === 'missing-clause'), []);
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: TEXT }] });
    await client.diagnostics(URI, 3);
  });

  it('serves the outline, the code lens and the status summary', async () => {
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [
        ['schema', 'ecc-appendix/v1'],
        ['appendix', 'appendix header: ids, dates, parties'],
        ['incident', '1 clause'],
      ],
    );
    assert.equal(symbols[2].children[0].detail, 'Incident notification timelines (ECC 4-1-2-2)');
    const lenses: any[] = await client.request('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.deepEqual(lenses, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: { title: '1 of 33 clauses present · 0 exceptions · profile ecc-baseline', command: 'eccAppendix.showProblems', arguments: [URI] },
      },
    ]);
    const summary: any = await client.request('eccAppendix/summary', { uri: URI });
    assert.equal(summary.text, '1 of 33 clauses present · 0 exceptions · profile ecc-baseline');
    assert.equal(await client.request('eccAppendix/summary', { uri: 'file:///nope.appendix.yaml' }), null);
  });
});
