/**
 * The schedule requests over the wire (dist/server.js over stdio): what the VS Code preview and export commands
 * ask for — the HTML fragment of the schedule, the clause under the cursor, and the Word bytes.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, wadiFalcon } from '../support/harness';
import { LspClient } from '../support/lspClient';

const SERVER = path.join(ROOT, 'dist/server.js');
const URI = 'file:///work/contracts/wadi.appendix.yaml';

describe('schedule requests over LSP', () => {
  let client: LspClient;
  const text = wadiFalcon();

  before(async () => {
    client = new LspClient(SERVER);
    await client.initialize({});
    const published = client.diagnostics(URI, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text } });
    await published;
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('eccAppendix/render answers the HTML fragment and stylesheet, in the language asked for', async () => {
    const en: any = await client.request('eccAppendix/render', { uri: URI, lang: 'en' });
    assert.deepEqual([en.ok, en.title, en.lang, en.dir], [true, 'Schedule 7 - Cybersecurity Requirements', 'en', 'ltr']);
    assert.ok(en.body.startsWith('<article class="schedule" lang="en" dir="ltr">'));
    assert.ok(en.body.includes('data-clause="incident.notification"'));
    assert.ok(en.css.includes('@page'));
    const ar: any = await client.request('eccAppendix/render', { uri: URI, lang: 'ar' });
    assert.deepEqual([ar.ok, ar.dir], [true, 'rtl']);
  });

  it('eccAppendix/render follows unsaved edits and refuses documents that are not open', async () => {
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ text: text.replace('initial_notice_hours: 24', 'initial_notice_hours: 12') }],
    });
    const r: any = await client.request('eccAppendix/render', { uri: URI, lang: 'en' });
    assert.ok(r.body.includes('within 12 hours of its detection'));
    assert.deepEqual(await client.request('eccAppendix/render', { uri: 'file:///nope.appendix.yaml' }), { ok: false, message: 'The document file:///nope.appendix.yaml is not open in the editor.' });
  });

  it('eccAppendix/clauseAt names the clause under the cursor, null outside clauses', async () => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('initial_notice_hours'));
    assert.equal(await client.request('eccAppendix/clauseAt', { uri: URI, position: { line, character: 8 } }), 'incident.notification');
    const scope = lines.findIndex((l) => l.includes('engagement_types'));
    assert.equal(await client.request('eccAppendix/clauseAt', { uri: URI, position: { line: scope, character: 4 } }), 'scope.services');
    assert.equal(await client.request('eccAppendix/clauseAt', { uri: URI, position: { line: 0, character: 2 } }), null);
  });

  it('eccAppendix/export answers the Word file as base64, and an error for an unknown format', async () => {
    const r: any = await client.request('eccAppendix/export', { uri: URI, lang: 'ar', format: 'docx' });
    assert.equal(r.ok, true);
    assert.equal(Buffer.from(r.data, 'base64').subarray(0, 2).toString('latin1'), 'PK');
    assert.deepEqual(await client.request('eccAppendix/export', { uri: URI, format: 'rtf' }), { ok: false, message: 'Unknown export format "rtf"; use docx or pdf.' });
  });
});
