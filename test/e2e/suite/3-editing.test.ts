// Editing: a WorkspaceEdit that weakens a value brings its finding with the exact range; undo takes it away.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  cliFindings, cliFindingsForText, cliPath, codeOf, comparable, expectDiagnostics, expectedFromCli, extensionApi,
  fmtRange, fromCli, fromDiagnostic, openEditor, ours, waitForDiagnostics, wsUri,
} from './support';

const FILE = 'examples/wadi-falcon.appendix.yaml';
const CODE = 'incident.notification';

suite('editing', () => {
  test('initial_notice_hours 24 -> 96 adds incident.notification at the value; undo removes it', async () => {
    const { ext } = await extensionApi();
    const cli = cliPath(ext);
    const uri = wsUri(FILE);
    const doc = (await openEditor(uri)).document;
    const original = doc.getText();
    const before = expectedFromCli(await cliFindings(cli, uri.fsPath));
    await expectDiagnostics(uri, before);
    const isNew = (d: vscode.Diagnostic) => codeOf(d) === CODE;
    assert.deepEqual(ours(uri).filter(isNew).map(fromDiagnostic), [], `the example already has an ${CODE} finding`);

    // The value 24 of incident.notification.initial_notice_hours (line 180 in the editor, 0-based 179).
    const at = original.indexOf('initial_notice_hours: 24') + 'initial_notice_hours: '.length;
    const value = new vscode.Range(doc.positionAt(at), doc.positionAt(at + 2));
    assert.equal(fmtRange(value), '179:26-179:28', 'the example moved: update the expected range');
    assert.equal(doc.getText(value), '24');

    try {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, value, '96');
      const after = await waitForDiagnostics(uri, (ds) => ds.some(isNew), undefined, {
        action: async () => assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed'),
        what: CODE,
      });
      const added = after.filter(isNew).map(fromDiagnostic);
      assert.deepEqual(added, [{
        range: '179:26-179:28',
        code: CODE,
        severity: 'error',
        message: "`initial_notice_hours` is 96 hours; the baseline is at most 24 hours, and above 72 hours it leaves no room for the entity's 72-hour PDPL notice to SDAIA (recommended practice, product brief). [ECC 4-1-2-2, 2-13-3]",
      }]);
      // The whole set equals the CLI on the edited text.
      const edited = await cliFindingsForText(cli, uri.fsPath, doc.getText());
      assert.deepEqual(added, edited.filter((f) => f.code === CODE).map(fromCli));
      assert.deepEqual(comparable(after), expectedFromCli(edited));

      // Undo in the active editor (the workbench's own command), not a reverse edit.
      await vscode.window.showTextDocument(doc, { preview: false });
      await waitForDiagnostics(uri, (ds) => !ds.some(isNew), undefined, {
        action: () => vscode.commands.executeCommand('undo'),
        what: `${CODE} to go`,
      });
      assert.equal(doc.getText(), original, 'undo did not restore the text');
      assert.deepEqual(comparable(ours(uri)), before);
    } finally {
      if (!doc.isClosed && doc.getText() !== original) {
        // A failure half-way: put the text back so the tests that follow see the example as it is on disk.
        const restore = new vscode.WorkspaceEdit();
        restore.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
        await vscode.workspace.applyEdit(restore);
        await doc.save();
      }
    }
  });
});
