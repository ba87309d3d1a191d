/**
 * "ECC Appendix: Validate All Appendices": the server checks every product file of the workspace from the disk
 * (without opening it) and publishes the findings, so they appear in the Problems view; it keeps them current as
 * files change on disk, hands a file over to its live diagnostics while it is open and back to the disk's when it
 * closes (server/src/workspaceCheck.ts). Progress is a cancellable notification fed by the server's work-done
 * progress on a token this command creates.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';

export const VALIDATE_ALL_COMMAND = 'eccAppendix.validateAll';
const VALIDATE_REQUEST = 'eccAppendix/validateWorkspace';

/** What the server returns (workspaceCheck.ts WorkspaceSummary). */
interface Summary {
  files: number;
  error: number;
  warning: number;
  info: number;
  unreadable: number;
  truncated: boolean;
  cancelled: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function validateAll(start: () => Promise<LanguageClient | undefined>): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('ECC Appendix: open a folder or workspace to validate the appendices in it.');
    return;
  }
  const client = await start();
  if (!client) return;
  let summary: Summary | undefined;
  try {
    summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'ECC Appendix: validating all appendices', cancellable: true },
      async (progress, cancel) => {
        const token = `eccAppendix.validateAll.${randomBytes(8).toString('hex')}`;
        let done = 0;
        const sub = client.onProgress(WorkDoneProgress.type, token, (value) => {
          if (value.kind === 'end') return;
          const pct = value.percentage ?? done;
          progress.report({ increment: Math.max(0, pct - done), message: value.message });
          done = Math.max(done, pct);
        });
        try {
          return await client.sendRequest<Summary>(VALIDATE_REQUEST, { workDoneToken: token }, cancel);
        } finally {
          sub.dispose();
        }
      },
    );
  } catch (e) {
    // A cancelled request rejects; the findings published so far stay in the Problems view.
    if (e instanceof Error && /cancel/i.test(e.message)) return;
    void vscode.window.showErrorMessage(`ECC Appendix: validating the workspace failed (${e instanceof Error ? e.message : String(e)}). See the "ECC Appendix" output.`);
    return;
  }
  if (!summary) return;
  const notes = [
    summary.cancelled ? 'stopped before the end' : '',
    summary.truncated ? 'the workspace holds more files than one run checks (2,000)' : '',
    summary.unreadable ? `${plural(summary.unreadable, 'file')} could not be read` : '',
  ].filter(Boolean);
  const text =
    `ECC Appendix: ${plural(summary.files, 'file')} checked: ${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.info} info` +
    `${notes.length ? ` (${notes.join('; ')})` : ''}. Findings are against catalogue v1, not a compliance verdict.`;
  const show = 'Show Problems';
  const report = 'Open Coverage Report';
  const pick = await (summary.error ? vscode.window.showWarningMessage(text, show, report) : vscode.window.showInformationMessage(text, show, report));
  if (pick === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (pick === report) await vscode.commands.executeCommand('eccAppendix.openReport');
}

export function registerValidateAll(context: vscode.ExtensionContext, start: () => Promise<LanguageClient | undefined>): void {
  context.subscriptions.push(vscode.commands.registerCommand(VALIDATE_ALL_COMMAND, () => validateAll(start)));
}
