// Hover and completion through VS Code's own command layer (vscode.executeHoverProvider,
// vscode.executeCompletionItemProvider), i.e. what the editor UI asks the language client for.
//
// With ECC_E2E_OBSERVED=<file.json> the hover test also writes what VS Code got for the example (its diagnostics,
// in LSP numbering, and the hover) so test/nvim/nvim.test.js can check that Neovim gets the same.
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AS_OF, codeOf, hoverText, keyPosition, openEditor, ours, workspaceRoot, wsUri } from './support';

const URL = 'https://nca.gov.sa/en/regulatory-documents/controls-list/ecc/';

suite('hover and completion', () => {
  test('hover on incident.notification names ECC 4-1-2-2 with its link', async () => {
    const uri = wsUri('examples/wadi-falcon.appendix.yaml');
    const doc = (await openEditor(uri)).document;
    const pos = keyPosition(doc, 'notification', keyPosition(doc, 'incident').line + 1);
    assert.equal(`${pos.line}:${pos.character}`, '177:2');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos.translate(0, 3));
    const text = hovers.map(hoverText).join('\n');
    assert.equal(hovers.length, 1, `expected one hover, got ${hovers.length}:\n${text}`);
    const [hover] = hovers;
    assert.ok(text.startsWith('**Incident notification timelines** `incident.notification`'), text.slice(0, 200));
    assert.ok(text.includes(`- **4-1-2-2** Incident communication procedures: `), 'no 4-1-2-2 control line');
    assert.ok(text.includes(`([ECC-2:2024](${URL}))`), 'no ECC-2:2024 link');
    assert.ok(hover.range, 'the hover has no range');
    assert.equal(`${hover.range.start.line}:${hover.range.start.character}-${hover.range.end.line}:${hover.range.end.character}`, '177:2-177:14');

    const out = process.env.ECC_E2E_OBSERVED;
    if (out) {
      const rel = path.relative(workspaceRoot(), uri.fsPath).split(path.sep).join('/');
      const observed = {
        client: `vscode ${vscode.version} (${vscode.env.appHost})`,
        mode: process.env.ECC_E2E_MODE,
        file: rel,
        sha256: crypto.createHash('sha256').update(doc.getText()).digest('hex'),
        asOf: AS_OF,
        diagnostics: ours(uri).map((d) => ({
          code: codeOf(d),
          severity: d.severity + 1, // vscode.DiagnosticSeverity is 0-based, LSP's 1-based
          range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
          message: d.message,
          source: d.source,
        })),
        hover: {
          position: { line: pos.line, character: pos.character + 3 },
          contents: text,
          range: { start: { line: hover.range.start.line, character: hover.range.start.character }, end: { line: hover.range.end.line, character: hover.range.end.character } },
        },
      };
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(observed, null, 2) + '\n');
      console.log(`      wrote ${out}`);
    }
  });

  test('completion inside incident: offers the missing clause keys and their standard-terms snippets', async () => {
    const uri = wsUri('contract.yaml');
    const doc = (await openEditor(uri)).document;
    // The comment line inside `incident:`, at the clause indentation.
    const line = doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith('  # (the suite completes'));
    assert.ok(line > 0, 'contract.yaml lost its completion line');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 2));
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const byLabel = new Map(list.items.map((i) => [label(i), i]));

    const key = byLabel.get('roles_and_communications');
    assert.ok(key, `no roles_and_communications; offered: ${[...byLabel.keys()].join(', ')}`);
    assert.equal(key.kind, vscode.CompletionItemKind.Property);
    const snippet = byLabel.get('roles_and_communications (standard terms)');
    assert.ok(snippet, `no roles_and_communications (standard terms); offered: ${[...byLabel.keys()].join(', ')}`);
    assert.equal(snippet.kind, vscode.CompletionItemKind.Snippet);
    const body = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText.value : String(snippet.insertText);
    assert.ok(body.startsWith('roles_and_communications:\n    ref: "${1:contract section}"'), body);
    // The other missing clauses of the section too, and not the one that is there.
    for (const k of ['forensics_and_containment', 'ir_plan_and_exercise']) assert.ok(byLabel.has(k), `no ${k}`);
    assert.ok(!byLabel.has('notification'), 'offers notification, which the section already has');
  });
});
