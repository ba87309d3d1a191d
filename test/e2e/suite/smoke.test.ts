import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = process.env.ECC_E2E_EXTENSION_ID || 'ecc-appendix.ecc-appendix';

suite('smoke', () => {
  test('runs inside a real VS Code', () => {
    assert.equal(typeof vscode.version, 'string');
    console.log(`vscode.version=${vscode.version} appHost=${vscode.env.appHost} remoteName=${vscode.env.remoteName ?? '-'}`);
  });

  test(`extension ${EXTENSION_ID} is present`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    console.log(`extension path: ${ext.extensionPath} version=${ext.packageJSON?.version}`);
  });

  if (process.env.ECC_E2E_FAIL === '1') {
    test('deliberate failure (ECC_E2E_FAIL=1)', () => {
      assert.fail('deliberate failure to check the exit code');
    });
  }
});
