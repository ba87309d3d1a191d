// Activation and laziness. Runs first (files load in name order): the idle check needs a window in which no
// product file has been opened yet.
//
// Which product file starts the server depends on the run, so both triggers of the client are exercised by the
// tier: the development-folder run starts it with contract.yaml (recognised by its `schema: ecc-appendix/v1`
// header only), the .vsix run with examples/wadi-falcon.appendix.yaml (recognised by its name).
// ECC_E2E_FIRST=header|name overrides.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  cliFindings, cliPath, expectDiagnostics, expectedFromCli, extensionApi, looksLikeProductFile, openEditor, ours, render,
  serverProcesses, wsUri,
} from './support';

const FIRST = process.env.ECC_E2E_FIRST || (process.env.ECC_E2E_MODE === 'vsix' ? 'name' : 'header');
const FIRST_FILE = FIRST === 'name' ? 'examples/wadi-falcon.appendix.yaml' : 'contract.yaml';

interface ClientLike { initializeResult?: { serverInfo?: { name?: string } }; isRunning?: () => boolean }

suite('activation', () => {
  test('runs inside a real VS Code', () => {
    assert.equal(typeof vscode.version, 'string');
    console.log(`    vscode ${vscode.version}, appHost ${vscode.env.appHost}, remote ${vscode.env.remoteName ?? '-'}, mode ${process.env.ECC_E2E_MODE ?? '-'}`);
  });

  test('the extension is present and exports ready()', async () => {
    const { ext } = await extensionApi();
    assert.ok(ext.isActive);
    console.log(`    extension ${ext.id} ${ext.packageJSON?.version} at ${ext.extensionPath}`);
  });

  test('stays idle for unrelated YAML: no server, no diagnostics', async () => {
    const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && looksLikeProductFile(d));
    assert.deepEqual(open.map((d) => d.fileName), [], 'a product file is already open: this test must run before any other opens one');
    const { api } = await extensionApi();
    const uri = wsUri('unrelated.yaml');
    const editor = await openEditor(uri);
    assert.equal(editor.document.languageId, 'yaml');
    // The client decides synchronously in its onDidOpenTextDocument listener (which ran before openTextDocument
    // resolved) whether to start the server, so ready() is final here.
    const client = await api.ready();
    assert.ok(client === undefined, `the language server was started for unrelated.yaml (ready() gave ${typeof client})`);
    const procs = serverProcesses();
    if (procs) assert.deepEqual(procs, [], 'a dist/server.js process runs although only unrelated YAML is open');
    assert.deepEqual(ours(uri), []);
    assert.deepEqual(vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === 'ecc-appendix')), []);
  });

  test(`the first product file starts the server (${FIRST}: ${FIRST_FILE})`, async () => {
    const { ext, api } = await extensionApi();
    const uri = wsUri(FIRST_FILE);
    const expected = expectedFromCli(await cliFindings(cliPath(ext), uri.fsPath));
    assert.ok(expected.length > 0, `the CLI finds nothing in ${FIRST_FILE}; the fixture must have findings`);
    await expectDiagnostics(uri, expected, () => openEditor(uri));

    const client = (await api.ready()) as ClientLike | undefined;
    assert.ok(client, 'ready() resolved undefined after a product file was opened');
    assert.equal(client.initializeResult?.serverInfo?.name, 'ecc-appendix');
    const procs = serverProcesses();
    if (procs) assert.equal(procs.length, 1, `expected one dist/server.js child of the extension host, found ${procs.length}`);

    // unrelated.yaml was opened first, so the started server was told about it before FIRST_FILE (the client
    // sends didOpen for every open YAML document in order): still nothing for it.
    const unrelated = wsUri('unrelated.yaml');
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === unrelated.toString()), 'unrelated.yaml is no longer open');
    assert.deepEqual(ours(unrelated), [], `diagnostics on unrelated.yaml:\n${render(ours(unrelated))}`);
  });

  if (process.env.ECC_E2E_FAIL === '1') {
    test('deliberate failure (ECC_E2E_FAIL=1)', () => {
      assert.fail('deliberate failure to check the exit code');
    });
  }
});
