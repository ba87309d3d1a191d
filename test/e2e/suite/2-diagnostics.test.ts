// Diagnostics in VS Code equal the CLI's findings (code, range, severity, message) for every example and for the
// header-only fixture, with the same "today" (workspace setting eccAppendix.asOf == --as-of).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AS_OF, cliFindings, cliPath, expectDiagnostics, expectedFromCli, extensionApi, openEditor, workspaceRoot, wsUri } from './support';

const PRODUCT_FILE = /\.(appendix|evidence)\.ya?ml$/;

function examplesIn(root: string): string[] {
  const dir = path.join(root, 'examples');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => PRODUCT_FILE.test(n)).sort().map((n) => `examples/${n}`) : [];
}

suite('diagnostics equal the CLI', () => {
  const examples = examplesIn(workspaceRoot());

  test('the workspace holds the repository examples and the fixed "today"', () => {
    assert.ok(examples.length > 0, 'no examples/*.appendix.yaml in the workspace');
    if (process.env.ECC_E2E_REPO) assert.deepEqual(examples, examplesIn(process.env.ECC_E2E_REPO), 'workspace examples/ differs from the repository');
    assert.equal(vscode.workspace.getConfiguration('eccAppendix', wsUri('contract.yaml')).get('asOf'), AS_OF);
  });

  for (const rel of ['contract.yaml', ...examples]) {
    test(rel, async () => {
      const { ext } = await extensionApi();
      const uri = wsUri(rel);
      const expected = expectedFromCli(await cliFindings(cliPath(ext), uri.fsPath));
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
      // Opened here: only a publication after the open counts (even an empty one). Already open: compare now.
      await expectDiagnostics(uri, expected, open ? undefined : () => openEditor(uri));
      console.log(`      ${expected.length} findings, equal`);
    });
  }
});
