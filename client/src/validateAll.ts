/**
 * "ECC Appendix: Validate All Appendices": the server checks every product file of the workspace from the disk
 * (without opening it) and publishes the findings, so they appear in the Problems view; it keeps them current as
 * files change on disk, hands a file over to its live diagnostics while it is open and back to the disk's when it
 * closes (server/src/workspaceCheck.ts). Progress is a cancellable notification fed by the server's work-done
 * progress on a token this command creates.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { languageClient } from './lib';
import { t } from './l10n';

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

async function validateAll(start: () => Promise<LanguageClient | undefined>): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('ECC Appendix: open a folder or workspace to validate the appendices in it.'));
    return;
  }
  const client = await start();
  if (!client) return;
  let summary: Summary | undefined;
  try {
    summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('ECC Appendix: validating all appendices'), cancellable: true },
      async (progress, cancel) => {
        const token = `eccAppendix.validateAll.${randomBytes(8).toString('hex')}`;
        let done = 0;
        const sub = client.onProgress(languageClient().WorkDoneProgress.type, token, (value) => {
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
    void vscode.window.showErrorMessage(t('ECC Appendix: validating the workspace failed ({0}). See the "ECC Appendix" output.', e instanceof Error ? e.message : String(e)));
    return;
  }
  if (!summary) return;
  const notes = [
    summary.cancelled ? t('stopped before the end') : '',
    summary.truncated ? t('the workspace holds more files than one run checks ({0})', '2,000') : '',
    summary.unreadable ? (summary.unreadable === 1 ? t('1 file could not be read') : t('{0} files could not be read', summary.unreadable)) : '',
  ].filter(Boolean);
  const text = t(
    'ECC Appendix: {0}: {1}, {2}, {3}{4}. Findings are against catalogue v1, not a compliance verdict.',
    summary.files === 1 ? t('1 file checked') : t('{0} files checked', summary.files),
    summary.error === 1 ? t('1 error') : t('{0} errors', summary.error),
    summary.warning === 1 ? t('1 warning') : t('{0} warnings', summary.warning),
    t('{0} info', summary.info),
    notes.length ? ` (${notes.join(t('; '))})` : '',
  );
  const show = t('Show Problems');
  const report = t('Open Coverage Report');
  const pick = await (summary.error ? vscode.window.showWarningMessage(text, show, report) : vscode.window.showInformationMessage(text, show, report));
  if (pick === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (pick === report) await vscode.commands.executeCommand('eccAppendix.openReport');
}

export function registerValidateAll(context: vscode.ExtensionContext, start: () => Promise<LanguageClient | undefined>): void {
  context.subscriptions.push(vscode.commands.registerCommand(VALIDATE_ALL_COMMAND, () => validateAll(start)));
}
