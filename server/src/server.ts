/**
 * The language server entry: the only module that knows the connection. Everything it answers comes from the
 * pure language service (languageService/), the same engine the CLI runs.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localToday } from './languageService/dates';
import { createLanguageService, ParseCache } from './languageService/index';
import { runSafe } from './runSafe';
import { SettingsCache } from './settingsCache';

/** Quiet time after the last keystroke before a document is checked again. */
const DEBOUNCE_MS = 20;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const parses = new ParseCache();
const service = createLanguageService(parses);
let canPullConfiguration = false;
const settings = new SettingsCache(connection, () => canPullConfiguration);
const log = (message: string) => connection.console.error(message);

console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('unhandledRejection', (reason) => log(`Unhandled rejection: ${String(reason)}`));
process.on('uncaughtException', (error) => log(`Uncaught exception: ${error.stack ?? error.message}`));

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'ecc-appendix', version: '0.1.0' },
  };
});

const timers = new Map<string, NodeJS.Timeout>();
const firstVersion = new Map<string, number>();

/** Checks a document after a quiet period; a result is only published for the version it was computed from. */
function schedule(document: TextDocument, delay = DEBOUNCE_MS): void {
  const uri = document.uri;
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      void validate(uri);
    }, delay),
  );
}

async function validate(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document || !service.kindOf(document)) return;
  const version = document.version;
  const resolved = await settings.get(uri);
  const current = documents.get(uri);
  if (!current || current.version !== version) return; // a newer change will publish
  const diagnostics = runSafe(log, `diagnostics for ${uri}`, [], undefined, () =>
    service.computeDiagnostics(current, { settings: resolved, asOf: resolved.asOf || localToday() }),
  );
  await connection.sendDiagnostics({ uri, version, diagnostics });
}

// Fired on open and on every change; an opened document is checked at once, edits after a quiet period.
documents.onDidChangeContent((e) => schedule(e.document, e.document.version === firstVersion.get(e.document.uri) ? 0 : DEBOUNCE_MS));
documents.onDidOpen((e) => firstVersion.set(e.document.uri, e.document.version));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  parses.delete(e.document.uri);
  firstVersion.delete(e.document.uri);
  settings.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  for (const document of documents.all()) schedule(document, 0);
});

connection.onHover((params, token) =>
  runSafe(log, `hover for ${params.textDocument.uri}`, null, token, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getHover(document, params.position) : null;
  }),
);

connection.onCompletion((params, token) =>
  runSafe(log, `completion for ${params.textDocument.uri}`, [], token, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getCompletions(document, params.position) : [];
  }),
);

documents.listen(connection);
connection.listen();
