/**
 * VS Code client: starts the language server the first time a product file opens (name or `schema:` header), so
 * users who only edit other YAML pay nothing. All checking happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const NAME_PATTERN = /\.(appendix|evidence)\.ya?ml$|(^|[\\/])\.ecc-appendix\.yaml$/i;
const HEADER_PATTERN = /^schema:[ \t]*["']?ecc-(appendix|evidence|policy)\/v\d+/m;

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient | undefined> | undefined;

/** Is this one of the product's files? The same rule as the server's `detectKind` (format.md section 1). */
export function isProductDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'yaml') return false;
  if (NAME_PATTERN.test(document.fileName)) return true;
  return HEADER_PATTERN.test(document.getText(new vscode.Range(0, 0, 100, 0)));
}

function startClient(context: vscode.ExtensionContext): Promise<LanguageClient | undefined> {
  starting ??= (async () => {
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
    };
    const c = new LanguageClient('eccAppendix', 'ECC Appendix', serverOptions, clientOptions);
    try {
      await c.start();
      client = c;
      return c;
    } catch (e) {
      void vscode.window.showErrorMessage(`ECC Appendix: the language server did not start (${e instanceof Error ? e.message : String(e)}). See the "ECC Appendix" output.`);
      return undefined;
    }
  })();
  return starting;
}

export async function activate(context: vscode.ExtensionContext): Promise<{ ready: () => Promise<LanguageClient | undefined> }> {
  const maybeStart = (document: vscode.TextDocument) => {
    if (isProductDocument(document)) void startClient(context);
  };
  vscode.workspace.textDocuments.forEach(maybeStart);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(maybeStart));
  return { ready: () => starting ?? Promise.resolve(undefined) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
