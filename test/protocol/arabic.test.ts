/**
 * The language of the bundled server's diagnostics and hovers over stdio: `eccAppendix.language: auto` follows the
 * `locale` the client sends in `initialize` (Arabic for `ar`, `ar-SA`), and a configuration change republishes the
 * open documents in the new language, for a client that answers `workspace/configuration` (pull) and for one that
 * sends its settings with `didChangeConfiguration` (push).
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { ROOT, wadiFalcon } from '../support/harness';

const SERVER = path.join(ROOT, 'dist/server.js');
const URI = 'file:///work/contracts/acme.appendix.yaml';
const TEXT = wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 72');
const I = (s: string | number) => `\u2066${s}\u2069`;

/** The incident-notice warning, in each language. diagnostics.ts appends the controls to a message that does not
 * name them, in either language; after Arabic the tag is one LTR isolate. */
const ARABIC =
  `قيمة ${I('`initial_notice_hours`')} هي ${I(72)} ساعة، ويشترط خط الأساس ألا تزيد القيمة على ${I(24)} ساعة (ممارسة موصى بها، وثيقة متطلبات المنتج).` +
  ' \u2066[ECC 4-1-2-2, 2-13-3]\u2069';
const ENGLISH = '`initial_notice_hours` is 72 hours; the baseline is at most 24 hours (recommended practice, product brief). [ECC 4-1-2-2, 2-13-3]';

function summary(d: { range: any; severity: number; code: string }): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code}`;
}

async function start(client: LspClient, locale: string, capabilities: unknown): Promise<void> {
  const result: any = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities, locale });
  assert.equal(result.serverInfo.name, 'ecc-appendix');
  client.notify('initialized', {});
}

/** The incident-notice diagnostic of the next publication for URI. */
async function notice(published: Promise<{ diagnostics: any[] }>): Promise<any> {
  const { diagnostics } = await published;
  const found = diagnostics.filter((d) => d.code === 'incident.notification');
  assert.equal(found.length, 1, JSON.stringify(diagnostics.map(summary)));
  return found[0];
}

describe('language over stdio: a client that answers workspace/configuration', () => {
  let client: LspClient;
  const settings = { asOf: '2025-10-15', language: 'auto' };
  let pulls = 0;

  before(async () => {
    client = new LspClient(SERVER);
    client.handlers.set('workspace/configuration', (params: any) => {
      pulls++;
      return params.items.map(() => ({ ...settings }));
    });
    await start(client, 'ar', { workspace: { configuration: true } });
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('language auto with initialize locale ar: the diagnostic in Arabic, with its exact code and range', async () => {
    const published = client.diagnostics(URI, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: TEXT } });
    const d = await notice(published);
    assert.equal(summary(d), '179:26-179:28 2 incident.notification');
    assert.equal(d.message, ARABIC);
    assert.equal(d.source, 'ecc-appendix');
    assert.deepEqual(d.data.ecc, ['4-1-2-2', '2-13-3']);
  });

  it('the hover on the clause is Arabic too', async () => {
    const hover: any = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 177, character: 5 } });
    assert.deepEqual(hover.range, { start: { line: 177, character: 2 }, end: { line: 177, character: 14 } });
    assert.ok(hover.contents.value.startsWith(`**مهل الإبلاغ عن الحوادث** ${I('`incident.notification`')} (البند ${I(24)} من ${I(35)})`), hover.contents.value);
  });

  it('eccAppendix.language en, after didChangeConfiguration: the same diagnostic republished in English', async () => {
    const before = pulls;
    settings.language = 'en';
    const published = client.diagnostics(URI, 1);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const d = await notice(published);
    assert.ok(pulls > before, 'the settings were not pulled again');
    assert.equal(summary(d), '179:26-179:28 2 incident.notification');
    assert.equal(d.message, ENGLISH);
    const hover: any = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 177, character: 5 } });
    assert.ok(hover.contents.value.startsWith('**Incident notification timelines** `incident.notification` (clause 24 of 35)'), hover.contents.value);
  });

  it('eccAppendix.language ar after en: Arabic again; back to auto: still Arabic (the client said ar)', async () => {
    settings.language = 'ar';
    let published = client.diagnostics(URI, 1);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await notice(published)).message, ARABIC);
    settings.language = 'auto';
    published = client.diagnostics(URI, 1);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await notice(published)).message, ARABIC); // the client said `ar` in initialize
  });
});

describe('language over stdio: a client that pushes its settings', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient(SERVER);
    await start(client, 'ar-SA', {});
    client.notify('workspace/didChangeConfiguration', { settings: { eccAppendix: { asOf: '2025-10-15', language: 'auto' } } });
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('auto with locale ar-SA is Arabic; pushing language en republishes in English', async () => {
    let published = client.diagnostics(URI, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: TEXT } });
    assert.equal((await notice(published)).message, ARABIC);
    published = client.diagnostics(URI, 1);
    client.notify('workspace/didChangeConfiguration', { settings: { eccAppendix: { asOf: '2025-10-15', language: 'en' } } });
    const d = await notice(published);
    assert.equal(summary(d), '179:26-179:28 2 incident.notification');
    assert.equal(d.message, ENGLISH);
  });
});

describe('language over stdio: an English client', () => {
  it('auto with locale en-US is English', async () => {
    const client = new LspClient(SERVER);
    await start(client, 'en-US', {});
    client.notify('workspace/didChangeConfiguration', { settings: { eccAppendix: { asOf: '2025-10-15' } } });
    const published = client.diagnostics(URI, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: TEXT } });
    assert.equal((await notice(published)).message, ENGLISH);
    assert.equal(await client.shutdown(), 0);
  });
});
