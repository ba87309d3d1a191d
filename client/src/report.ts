/**
 * "ECC Appendix: Open Coverage Report": the workspace's coverage matrix and evidence status (the server's
 * `eccAppendix/report`, the same page as `ecc-appendix report --format html`) in a webview. The webview runs no
 * script: its Content-Security-Policy allows only the page's nonce'd style and inline SVG, and the only links are
 * command URIs for our own commands (open a file at a line, save the report, refresh). "Save" writes the
 * standalone page (no nonce, no links) or the Markdown.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t, uiLanguage } from './l10n';

export const OPEN_REPORT_COMMAND = 'eccAppendix.openReport';
const OPEN_LOCATION_COMMAND = 'eccAppendix.openReportLocation';
const SAVE_REPORT_COMMAND = 'eccAppendix.saveReport';
const REPORT_REQUEST = 'eccAppendix/report';

interface ReportResult {
  lang: 'en' | 'ar';
  asOf: string;
  appendices: number;
  logs: number;
  html: string;
  standalone: string;
  markdown: string;
}

let panel: vscode.WebviewPanel | undefined;
let last: ReportResult | undefined;

async function openReport(start: () => Promise<LanguageClient | undefined>): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('ECC Appendix: open a folder or workspace to build a coverage report of its appendices.'));
    return;
  }
  const client = await start();
  if (!client) return;
  const nonce = randomBytes(16).toString('base64');
  const lang = uiLanguage();
  const actions = [
    { label: t('Refresh'), command: OPEN_REPORT_COMMAND },
    { label: t('Save as HTML…'), command: SAVE_REPORT_COMMAND, args: ['html'] },
    { label: t('Save as Markdown…'), command: SAVE_REPORT_COMMAND, args: ['markdown'] },
  ];
  let result: ReportResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('ECC Appendix: building the coverage report'), cancellable: true },
      (_progress, cancel) => client.sendRequest<ReportResult>(REPORT_REQUEST, { lang, nonce, linkCommand: OPEN_LOCATION_COMMAND, actions }, cancel),
    );
  } catch (e) {
    if (e instanceof Error && /cancel/i.test(e.message)) return;
    void vscode.window.showErrorMessage(t('ECC Appendix: the coverage report could not be built ({0}). See the "ECC Appendix" output.', e instanceof Error ? e.message : String(e)));
    return;
  }
  last = result;
  if (!panel) {
    panel = vscode.window.createWebviewPanel('eccAppendix.report', t('Coverage report'), vscode.ViewColumn.Active, {
      enableScripts: false,
      enableCommandUris: [OPEN_LOCATION_COMMAND, SAVE_REPORT_COMMAND, OPEN_REPORT_COMMAND],
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => (panel = undefined));
  } else panel.reveal();
  panel.title = t('Coverage report · {0}', result.asOf);
  panel.webview.html = result.html;
}

async function openLocation(uri: unknown, line: unknown): Promise<void> {
  if (typeof uri !== 'string') return;
  const target = vscode.Uri.parse(uri);
  if (target.scheme !== 'file') return;
  const n = typeof line === 'number' && line >= 1 ? line - 1 : 0;
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(n, 0, n, 0), preview: false });
}

async function saveReport(format: unknown): Promise<void> {
  if (!last) return;
  const html = format !== 'markdown';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `coverage-report-${last.asOf}.${html ? 'html' : 'md'}`;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: html ? { HTML: ['html'] } : { Markdown: ['md'] },
    saveLabel: t('Save report'),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(html ? last.standalone : last.markdown, 'utf8'));
  void vscode.window.showInformationMessage(t('ECC Appendix: saved the coverage report to {0}.', vscode.workspace.asRelativePath(target)));
}

export function registerReport(context: vscode.ExtensionContext, start: () => Promise<LanguageClient | undefined>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_REPORT_COMMAND, () => openReport(start)),
    vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, openLocation),
    vscode.commands.registerCommand(SAVE_REPORT_COMMAND, saveReport),
    { dispose: () => panel?.dispose() },
  );
}
