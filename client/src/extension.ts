/**
 * VS Code client: starts the language server the first time a product file opens (name or `schema:` header), so
 * users who only edit other YAML pay nothing. All checking happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { languageClient } from './lib';
import { registerL10n, t } from './l10n';
import { registerSummary } from './status';
import { registerSchedule } from './schedule';
import { registerValidateAll } from './validateAll';
import { registerReport } from './report';

const NAME_PATTERN = /\.(appendix|evidence|snippets)\.ya?ml$|(^|[\\/])\.ecc-appendix\.yaml$/i;
const HEADER_PATTERN = /^schema:[ \t]*["']?ecc-(appendix|evidence|policy|snippets)\/v\d+/m;

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient | undefined> | undefined;

/** Is this one of the product's files? The same rule as the server's `detectKind` (format.md section 1). */
export function isProductDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'yaml') return false;
  if (NAME_PATTERN.test(document.fileName)) return true;
  return HEADER_PATTERN.test(document.getText(new vscode.Range(0, 0, 100, 0)));
}

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up (docs/robustness.md). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * A server that dies (killed, out of memory) is restarted with a message saying so, at most 4 times in 3 minutes;
 * after that the user is told it stays stopped. Our own messages replace the library's generic ones.
 */
function restartingErrorHandler(): ErrorHandler {
  const { CloseAction, ErrorAction } = languageClient();
  const restarts: number[] = [];
  return {
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length <= MAX_RESTARTS) {
        const message = t('ECC Appendix: the language server stopped; restarting ({0} of {1})...', restarts.length, MAX_RESTARTS);
        void vscode.window.showWarningMessage(message);
        return { action: CloseAction.Restart, message, handled: true };
      }
      const message = t(
        'ECC Appendix: the language server stopped {0} times in 3 minutes and will not be restarted; see the "ECC Appendix" output, then run "Developer: Reload Window" to try again.',
        restarts.length,
      );
      void vscode.window.showErrorMessage(message);
      return { action: CloseAction.DoNotRestart, message, handled: true };
    },
  };
}

function startClient(context: vscode.ExtensionContext): Promise<LanguageClient | undefined> {
  starting ??= (async () => {
    const { LanguageClient, TransportKind } = languageClient();
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'yaml' },
        { scheme: 'untitled', language: 'yaml' },
      ],
      synchronize: { configurationSection: 'eccAppendix' },
      outputChannelName: 'ECC Appendix',
      errorHandler: restartingErrorHandler(),
    };
    const c = new LanguageClient('eccAppendix', 'ECC Appendix', serverOptions, clientOptions);
    try {
      await c.start();
      client = c;
      return c;
    } catch (e) {
      void vscode.window.showErrorMessage(t('ECC Appendix: the language server did not start ({0}). See the "ECC Appendix" output.', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  })();
  return starting;
}

export async function activate(context: vscode.ExtensionContext): Promise<{ ready: () => Promise<LanguageClient | undefined> }> {
  registerL10n(context);
  const maybeStart = (document: vscode.TextDocument) => {
    if (isProductDocument(document)) void startClient(context);
  };
  vscode.workspace.textDocuments.forEach(maybeStart);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(maybeStart));
  registerSummary(context, () => starting ?? Promise.resolve(undefined), isProductDocument);
  registerSchedule(context, () => startClient(context), isProductDocument);
  registerValidateAll(context, () => startClient(context));
  registerReport(context, () => startClient(context));
  return { ready: () => starting ?? Promise.resolve(undefined) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
