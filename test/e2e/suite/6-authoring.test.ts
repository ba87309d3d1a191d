// Authoring in a real VS Code: a quick fix and "fix all" through the workbench's code action API, the outline, the
// code lens, and the command the lens and the status bar run (Problems view, active-file filter).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, extensionApi, openEditor, ours, waitForDiagnostics, wsUri } from './support';

const FILE = 'authoring-e2e.appendix.yaml';
const TEXT = [
  'schema: ecc-appendix/v1',
  'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}',
  'incident:',
  '  notification:',
  '    initial_notice_hours: 48   # negotiated',
  '',
].join('\n');

suite('authoring', () => {
  test('a quick fix, fix all, outline, code lens and the show-problems command', async () => {
    await extensionApi();
    const uri = wsUri(FILE);
    fs.writeFileSync(uri.fsPath, TEXT);
    const doc = (await openEditor(uri)).document;
    const isWeak = (d: vscode.Diagnostic) => codeOf(d) === 'incident.notification' && d.message.startsWith('`initial_notice_hours` is 48');
    const before = await waitForDiagnostics(uri, (ds) => ds.some(isWeak), undefined, { what: 'the weak notice' });

    // The quick fix, as the light bulb gets it.
    const weak = before.find(isWeak)!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, weak.range)) ?? [];
    const raise = actions.find((a) => a.title === 'Raise initial_notice_hours to 24 hours (baseline)');
    assert.ok(raise?.edit, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(raise.command, undefined);
    await waitForDiagnostics(uri, (ds) => !ds.some(isWeak), undefined, {
      action: async () => assert.ok(await vscode.workspace.applyEdit(raise.edit!)),
      what: 'the weak notice to go',
    });
    assert.equal(doc.getText(), TEXT.replace('48', '24'));

    // Fix all, as "Source Action..." or codeActionsOnSave asks for it.
    const start = new vscode.Range(0, 0, 0, 0);
    const fixAll = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, start, 'source.fixAll')) ?? [];
    assert.deepEqual(fixAll.map((a) => [a.kind?.value, a.title]), [['source.fixAll.eccAppendix', 'Fix all in file: insert 32 standard clauses, add 4 parameters']]);
    const missing = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.message.startsWith('The appendix has no ')).length;
    await waitForDiagnostics(uri, (ds) => missing(ds) === 0, undefined, {
      action: async () => assert.ok(await vscode.workspace.applyEdit(fixAll[0].edit!)),
      what: 'no missing clause',
    });
    const fixed = doc.getText();
    // The file has no blank lines between sections, so the new ones get none either.
    assert.ok(fixed.startsWith(`${TEXT.split('\n').slice(0, 2).join('\n')}\nscope:\n`), 'the header first, then the new scope');
    assert.ok(fixed.includes('\nincident:\n  notification:\n    initial_notice_hours: 24   # negotiated\n'), 'the clause and its comment kept');
    assert.equal(ours(uri).filter((d) => d.message.startsWith('The appendix has no ')).length, 0);

    // Outline and code lens.
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    assert.deepEqual(symbols.slice(0, 4).map((s) => s.name), ['schema', 'appendix', 'scope', 'risk']);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command?.command, 'eccAppendix.showProblems');
    assert.match(lenses[0].command?.title ?? '', /^33 of 33 clauses present · 0 exceptions · profile ecc-baseline$/);

    // The command the lens and the status item run; the Problems filter command it relies on exists here.
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('workbench.actions.view.problems'));
    assert.ok(commands.includes('workbench.actions.workbench.panel.markers.view.toggleActiveFile'));
    await vscode.commands.executeCommand('eccAppendix.showProblems', uri.toString());

    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(uri.fsPath, { force: true });
  });
});
