/**
 * The status bar item "n of m clauses present · k exceptions · profile ..." for the active appendix (the server's
 * `eccAppendix/summary` request, the same text as the code lens on line 1), and the command both run: show this
 * file's problems.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './l10n';

/** Also the command of the server's code lens (server/src/languageService/summary.ts SHOW_PROBLEMS_COMMAND). */
export const SHOW_PROBLEMS_COMMAND = 'eccAppendix.showProblems';
const SUMMARY_REQUEST = 'eccAppendix/summary';
/** Set once the extension has switched the Problems view's "Show Active File Only" filter on in a workspace. */
const FILTER_STATE_KEY = 'eccAppendix.problemsActiveFileFilter';
const TOGGLE_ACTIVE_FILE = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';

interface Summary {
  text: string;
  tooltip: string;
}

/**
 * Opens the Problems view on `uri`'s findings. VS Code offers no command that sets the Problems filter text, so the
 * file is made the active editor and the view's "Show Active File Only" filter is used. That filter is a toggle an
 * extension cannot read, so it is switched on once per workspace (VS Code remembers it per workspace) and never
 * toggled again: if the user turns it off, it stays off.
 */
async function showProblems(context: vscode.ExtensionContext, uri?: string): Promise<void> {
  const target = uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  if (target && vscode.window.activeTextEditor?.document.uri.toString() !== target.toString()) {
    await vscode.window.showTextDocument(target, { preview: false });
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (!context.workspaceState.get<boolean>(FILTER_STATE_KEY)) {
    try {
      await vscode.commands.executeCommand(TOGGLE_ACTIVE_FILE);
      await context.workspaceState.update(FILTER_STATE_KEY, true);
    } catch {
      // an editor without this command: the Problems view still opens, grouped by file
    }
  }
}

export function registerSummary(
  context: vscode.ExtensionContext,
  client: () => Promise<LanguageClient | undefined>,
  isProduct: (document: vscode.TextDocument) => boolean,
): void {
  const item = vscode.window.createStatusBarItem('eccAppendix.summary', vscode.StatusBarAlignment.Left, 50);
  item.name = t('ECC Appendix: clause coverage');
  let generation = 0;
  let timer: NodeJS.Timeout | undefined;

  const update = async (): Promise<void> => {
    const mine = ++generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isProduct(document)) {
      item.hide();
      return;
    }
    const c = await client();
    if (!c) return item.hide();
    let summary: Summary | null = null;
    try {
      summary = await c.sendRequest<Summary | null>(SUMMARY_REQUEST, { uri: document.uri.toString() });
    } catch {
      summary = null;
    }
    if (mine !== generation) return; // a newer update is on its way
    if (!summary) return item.hide();
    item.text = `$(checklist) ${summary.text}`;
    item.tooltip = `${summary.tooltip}\n${t("Click to show this file's problems.")}`;
    item.command = { title: t('Show problems in this file'), command: SHOW_PROBLEMS_COMMAND, arguments: [document.uri.toString()] };
    item.show();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  };

  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(SHOW_PROBLEMS_COMMAND, (uri?: string) => showProblems(context, typeof uri === 'string' ? uri : undefined)),
    vscode.window.onDidChangeActiveTextEditor(soon),
    // New findings mean the server has looked at the new text: the summary is current too.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('eccAppendix')) soon();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  soon();
}
