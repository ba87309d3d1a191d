/**
 * The language server entry: the only module that knows the connection. Everything it answers comes from the
 * pure language service (languageService/), the same engine the CLI runs.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localToday } from './languageService/dates';
import { createLanguageService, FIX_ALL_KIND, linkedAppendixId, ParseCache, readAppendixSource, resolveLocale, type Locale, type Settings, type ServiceOptions } from './languageService/index';
import { kindFromName } from './languageService/files';
import { AppendixIndex } from './appendixFiles';
import { runSafe } from './runSafe';
import { SettingsCache } from './settingsCache';
import { libraryFolderStates, PolicyStore, uriToPath } from './workspaceFiles';
import { fileUri, WorkspaceCheck, workspaceReport } from './workspaceCheck';
import { reportHtmlDocument, reportMarkdown } from './languageService/report/index';
import { parseYaml } from './languageService/parse';
import { readSmallText } from './workspaceFiles';
import { clauseAt, exportSchedule, previewSchedule, type ExportResult, type PreviewResult, type RenderParams } from './render/requests';

/** Quiet time after the last keystroke before a document is checked again. */
const DEBOUNCE_MS = 20;
/** The longest quiet time, used while keys come fast (see `quietTime`). */
const MAX_DEBOUNCE_MS = 60;
/** A document whose check takes longer than this waits FIRST_KEY_SLOW_MS after the first key of a burst. */
const SLOW_CHECK_MS = 8;
const FIRST_KEY_SLOW_MS = 45;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const parses = new ParseCache();
const service = createLanguageService(parses);
let canPullConfiguration = false;
/** The client's display language from `initialize` (VS Code sends its own); `eccAppendix.language: auto` follows it. */
let clientLocale: string | undefined;
/** The language of messages, hovers and titles for these settings (docs/arabic.md). */
const localeFor = (s: Settings): Locale => resolveLocale(s.language, clientLocale);
const settings = new SettingsCache(connection, () => canPullConfiguration);
/** Team policies and snippet libraries; an open policy document's unsaved text wins over the file on disk. */
const policies = new PolicyStore((file) => documents.all().find((d) => uriToPath(d.uri) === file)?.getText());
/** Appendices evidence logs link to: open documents and workspace files (appendixFiles.ts). */
const appendices = new AppendixIndex();
let canWatchFiles = false;
let hasWorkspaceFolders = false;
const log = (message: string) => connection.console.error(message);

console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('unhandledRejection', (reason) => log(`Unhandled rejection: ${String(reason)}`));
process.on('uncaughtException', (error) => log(`Uncaught exception: ${error.stack ?? error.message}`));

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  clientLocale = typeof params.locale === 'string' ? params.locale : undefined;
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  hasWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
  const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  initialRoots = roots;
  policies.setFolders(roots.map(uriToPath).filter((p): p is string => !!p));
  void appendices.scan(roots.map(uriToPath).filter((p): p is string => !!p)).then(recheckLinked, (e) => log(`appendix scan: ${String(e)}`));
  return {
    capabilities: {
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
      documentSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
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
  if (service.kindOf(document) === 'evidence') await appendices.ready; // its appendix may still be being found
  const current = documents.get(uri);
  if (!current || current.version !== version) return; // a newer change will publish
  const started = performance.now();
  const diagnostics = runSafe(log, `diagnostics for ${uri}`, [], undefined, () => {
    // The workspace's team policy; a policy document also gets the file system's word on its snippet folders.
    const file = uriToPath(uri);
    const policy = file ? policies.policyFor(file)?.policy : undefined;
    const libraryFolders = file && service.kindOf(current) === 'policy' ? libraryFolderStates(file, current.getText()) : undefined;
    return service.computeDiagnostics(current, { settings: resolved, asOf: resolved.asOf || localToday(), policy, libraryFolders, appendices: linkCandidates(current), locale: localeFor(resolved) });
  }
  );
  checkCost.set(uri, performance.now() - started);
  await connection.sendDiagnostics({ uri, version, diagnostics });
}

// Fired on open and on every change; an opened document is checked at once, edits after a quiet period.
/** Per document: when its last change came and the gap before it; how long its last check took. */
const lastChange = new Map<string, { at: number; gap: number }>();
const checkCost = new Map<string, number>();
/** The quiet time chosen for each document's latest change; the appendix link below waits the same. */
const quiet = new Map<string, number>();

/**
 * How long to wait after a change, so that typing is checked once at the end of a burst of keys instead of after
 * every key, and still soon after the last one (docs/benchmarks.md):
 * - 0 for a document just opened;
 * - while keys come less than 60 ms apart, a little more than the longer of the last two gaps (keys 30 ms apart
 *   wait 38 ms: the next key comes first and the check waits for it);
 * - after a pause, 20 ms; or 45 ms for a document whose check is slow (about 1,000 lines and more), since a
 *   check started on the first key of a burst would hold up the keys after it.
 */
function quietTime(document: TextDocument): number {
  const uri = document.uri;
  if (document.version === firstVersion.get(uri)) return 0;
  const now = performance.now();
  const prev = lastChange.get(uri);
  const gap = prev ? now - prev.at : Infinity;
  lastChange.set(uri, { at: now, gap });
  if (gap >= MAX_DEBOUNCE_MS) return (checkCost.get(uri) ?? 0) > SLOW_CHECK_MS ? FIRST_KEY_SLOW_MS : DEBOUNCE_MS;
  const typing = Math.max(gap, prev && prev.gap < MAX_DEBOUNCE_MS ? prev.gap : 0);
  return Math.min(MAX_DEBOUNCE_MS, Math.max(DEBOUNCE_MS, 1.2 * typing + 2));
}

documents.onDidChangeContent((e) => {
  const delay = quietTime(e.document);
  quiet.set(e.document.uri, delay);
  schedule(e.document, delay);
});
documents.onDidOpen((e) => firstVersion.set(e.document.uri, e.document.version));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  parses.delete(e.document.uri);
  firstVersion.delete(e.document.uri);
  lastChange.delete(e.document.uri);
  checkCost.delete(e.document.uri);
  quiet.delete(e.document.uri);
  settings.forget(e.document.uri);
  // A file checked by "Validate all appendices" gets its on-disk diagnostics back (workspaceCheck.ts).
  const closedUri = e.document.uri;
  void workspaceCheck.closed(uriToPath(closedUri)).then((shown) => {
    if (!shown) void connection.sendDiagnostics({ uri: closedUri, diagnostics: [] });
  });
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  for (const document of documents.all()) schedule(document, 0);
  workspaceCheck.recheckSoon();
});

connection.onHover(async (params, token) => {
  const locale = localeFor(await settings.get(params.textDocument.uri));
  return runSafe(log, `hover for ${params.textDocument.uri}`, null, token, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getHover(document, params.position, locale) : null;
  });
});

connection.onCompletion(async (params, token) => {
  const uri = params.textDocument.uri;
  const file = uriToPath(uri);
  const resolved = await settings.get(uri);
  const librarySettings = file ? resolved.snippetLibraries : [];
  return runSafe(log, `completion for ${uri}`, [], token, () => {
    const document = documents.get(uri);
    const library = file ? policies.librarySnippetsFor(file, librarySettings) : [];
    return document ? service.getCompletions(document, params.position, library, localeFor(resolved)) : [];
  });
});

/** Settings, "today" and the team policy for a request about `uri`, as `validate` uses them. */
async function optionsFor(uri: string): Promise<ServiceOptions> {
  const resolved = await settings.get(uri);
  const file = uriToPath(uri);
  const policy = runSafe(log, `team policy for ${uri}`, undefined, undefined, () => (file ? policies.policyFor(file)?.policy : undefined));
  return { settings: resolved, asOf: resolved.asOf || localToday(), policy, locale: localeFor(resolved) };
}

connection.onCodeAction(async (params, token) => {
  const uri = params.textDocument.uri;
  const options = await optionsFor(uri);
  return runSafe(log, `code actions for ${uri}`, [], token, () => {
    const document = documents.get(uri);
    return document ? service.getCodeActions(document, params.range, params.context, options) : [];
  });
});

connection.onDocumentSymbol((params, token) =>
  runSafe(log, `symbols for ${params.textDocument.uri}`, [], token, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getDocumentSymbols(document) : [];
  }),
);

connection.onCodeLens(async (params, token) => {
  const uri = params.textDocument.uri;
  const options = await optionsFor(uri);
  return runSafe(log, `code lens for ${uri}`, [], token, () => {
    const document = documents.get(uri);
    return document ? service.getCodeLenses(document, options) : [];
  });
});

/** The clause coverage line for the VS Code status bar (`null` for files that are not appendices). */
connection.onRequest('eccAppendix/summary', async (params: { uri: string }, token) => {
  const uri = params?.uri;
  if (typeof uri !== 'string') return null;
  const options = await optionsFor(uri);
  return runSafe(log, `summary for ${uri}`, null, token, () => {
    const document = documents.get(uri);
    const summary = document ? service.getSummary(document, options) : undefined;
    return summary ? { text: summary.text, tooltip: summary.tooltip, present: summary.present, applicable: summary.applicable } : null;
  });
});

// The security schedule (docs/render.md): preview HTML, the clause under the cursor, Word/PDF bytes for export.
connection.onRequest('eccAppendix/render', (params: RenderParams, token): unknown =>
  runSafe(log, `schedule for ${params?.uri}`, { ok: false, message: 'The schedule could not be rendered; see the "ECC Appendix" output.' } as PreviewResult, token, () => {
    const document = documents.get(params?.uri);
    return previewSchedule(document, params, document && parses.get(document));
  }),
);
connection.onRequest('eccAppendix/clauseAt', (params: { uri: string; position: { line: number; character: number } }, token) =>
  runSafe(log, `clause at cursor for ${params?.uri}`, null, token, () => {
    const document = documents.get(params?.uri);
    return clauseAt(document, document && parses.get(document), params?.position);
  }),
);
connection.onRequest('eccAppendix/export', (params: RenderParams & { format?: string }, token): Promise<unknown> =>
  // exportSchedule answers every failure as { ok: false, message } (it never rejects).
  runSafe(log, `export of ${params?.uri}`, Promise.resolve<ExportResult>({ ok: false, message: 'The schedule could not be exported; see the "ECC Appendix" output.' }), token, () => {
    const document = documents.get(params?.uri);
    return exportSchedule(document, params, document && parses.get(document));
  }),
);

/** A team policy or snippet library changed: every open document is checked again with it. */
function policyChanged(except?: string): void {
  policies.invalidate();
  for (const document of documents.all()) if (document.uri !== except) schedule(document, except ? DEBOUNCE_MS : 0);
  workspaceCheck.recheckSoon();
}

// Edits to an open policy apply while typing; closing it without saving falls back to the file on disk.
documents.onDidChangeContent((e) => {
  if (service.kindOf(e.document) === 'policy') policyChanged(e.document.uri);
});
documents.onDidClose((e) => {
  if (service.kindOf(e.document) === 'policy') policyChanged(e.document.uri);
});
/** The appendices an open evidence log may link to (undefined for other documents). */
function linkCandidates(document: TextDocument) {
  if (service.kindOf(document) !== 'evidence') return undefined;
  return appendices.sourcesFor(uriToPath(document.uri), linkedAppendixId(parses.get(document)));
}

/** Re-checks the open evidence logs that link to one of `ids` (an appendix they use changed). */
function recheckLinked(ids: readonly string[]): void {
  if (!ids.length) return;
  void workspaceCheck.recheckLinked(ids);
  for (const document of documents.all()) {
    if (service.kindOf(document) !== 'evidence') continue;
    const id = linkedAppendixId(parses.get(document));
    if (id !== undefined && ids.includes(id)) schedule(document);
  }
}

// An open appendix links with its unsaved text; editing it re-checks the logs linked to it (old and new id).
// After the same quiet period as the check (whose parse it shares): parsing on every keystroke would make fast
// typing in a long appendix lag (docs/benchmarks.md).
const linkTimers = new Map<string, NodeJS.Timeout>();
documents.onDidChangeContent((e) => {
  const uri = e.document.uri;
  if (service.kindOf(e.document) !== 'appendix' && kindFromName(uri) !== 'appendix') return;
  clearTimeout(linkTimers.get(uri));
  linkTimers.set(
    uri,
    setTimeout(() => {
      linkTimers.delete(uri);
      const d = documents.get(uri);
      if (!d) return;
      const source = runSafe(log, `appendix link for ${uri}`, undefined, undefined, () => readAppendixSource(d.uri, d.getText(), parses.get(d)));
      const key = uriToPath(d.uri) ?? d.uri;
      recheckLinked(appendices.setOpen(key, source && { ...source, path: uriToPath(d.uri) ? appendices.shown(key) : d.uri }));
    }, quiet.get(uri) ?? DEBOUNCE_MS),
  );
});
documents.onDidClose((e) => {
  clearTimeout(linkTimers.get(e.document.uri));
  linkTimers.delete(e.document.uri);
  if (service.kindOf(e.document) === 'appendix' || kindFromName(e.document.uri) === 'appendix') recheckLinked(appendices.closeOpen(uriToPath(e.document.uri) ?? e.document.uri));
});

connection.onDidChangeWatchedFiles((params) => {
  for (const c of params.changes) {
    const file = uriToPath(c.uri);
    if (file && !documents.get(c.uri)) void workspaceCheck.fileChanged(file, c.type === FileChangeType.Deleted);
  }
  const others = params.changes.filter((c) => {
    // Only policies and snippet libraries change what the open documents are checked with.
    if (kindFromName(c.uri) !== 'appendix') return kindFromName(c.uri) === 'policy' || kindFromName(c.uri) === 'snippets';
    const file = uriToPath(c.uri);
    if (file && !documents.get(c.uri)) recheckLinked(appendices.fileChanged(file));
    return false;
  });
  if (others.length) policyChanged();
});

connection.onInitialized(() => {
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.ecc-appendix.yaml' }, { globPattern: '**/*.snippets.{yaml,yml}' }, { globPattern: '**/*.appendix.{yaml,yml}' }],
    });
  }
  if (hasWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      policies.setFolders(folders.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
      policyChanged();
      recheckLinked(await appendices.scan(folders.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)));
    });
  }
});

// "Validate all appendices" and the coverage report (workspaceCheck.ts, docs/report.md). Files on disk are checked
// with the settings of their workspace folder, its team policy and the appendix index, as open documents are.
let initialRoots: string[] = [];
/** No parse cache for files on disk: each is parsed once per check and not kept. */
const diskService = createLanguageService();
const openText = (file: string) => documents.all().find((d) => uriToPath(d.uri) === file)?.getText();

async function currentFolders(): Promise<string[]> {
  const listed = hasWorkspaceFolders ? await connection.workspace.getWorkspaceFolders().catch(() => null) : null;
  return (listed?.map((f) => f.uri) ?? initialRoots).map(uriToPath).filter((p): p is string => !!p);
}

async function diskOptions(file: string, text: string, language?: 'en' | 'ar'): Promise<{ document: TextDocument; options: ServiceOptions }> {
  const document = TextDocument.create(fileUri(file), 'yaml', 0, text);
  const folder = policies.folderOf(file);
  const resolved = await settings.get(folder ? fileUri(folder) : document.uri);
  const kind = diskService.kindOf(document);
  if (kind === 'evidence') await appendices.ready;
  const options = runSafe<ServiceOptions>(log, `options for ${file}`, { settings: resolved, asOf: resolved.asOf || localToday() }, undefined, () => ({
    settings: language ? { ...resolved, language } : resolved,
    locale: language ?? localeFor(resolved),
    asOf: resolved.asOf || localToday(),
    policy: policies.policyFor(file)?.policy,
    libraryFolders: kind === 'policy' ? libraryFolderStates(file, text) : undefined,
    appendices: kind === 'evidence' ? appendices.sourcesFor(file, linkedAppendixId(parseYaml(text))) : undefined,
  }));
  return { document, options };
}

const workspaceCheck = new WorkspaceCheck({
  openText,
  async check(file, text) {
    const { document, options } = await diskOptions(file, text);
    return runSafe(log, `diagnostics for ${file}`, [], undefined, () => diskService.computeDiagnostics(document, options));
  },
  publish: (file, diagnostics) => void connection.sendDiagnostics({ uri: fileUri(file), diagnostics }),
  linkedId: (text) => linkedAppendixId(parseYaml(text)),
  log,
});
let watchingAllYaml = false;

/** Checks every product file in the workspace; progress through the client's work-done token. */
connection.onRequest('eccAppendix/validateWorkspace', async (params: { workDoneToken?: string | number } | undefined, token) => {
  const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
  progress.begin('ECC Appendix: validating all appendices', 0, 'finding files', true);
  try {
    workspaceCheck.setFolders(await currentFolders());
    const report = (done: number, total: number) =>
      runSafe(log, 'validate-all progress', undefined, undefined, () => progress.report(total ? Math.floor((done / total) * 100) : 100, `${done} of ${total} files`));
    const summary = await workspaceCheck.run(report, token);
    // From now on, changes on disk to any YAML file keep the results current (a header can make a file ours).
    if (canWatchFiles && !watchingAllYaml) {
      watchingAllYaml = true;
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
    }
    return summary;
  } finally {
    progress.done();
  }
});

/** The coverage report of the workspace (HTML for the webview, Markdown to save), in `lang` or the setting's. */
connection.onRequest('eccAppendix/report', async (params: { lang?: string; nonce?: string; linkCommand?: string; actions?: { label: string; command: string; args?: unknown[] }[] } | undefined, token) => {
  const folders = await currentFolders();
  workspaceCheck.setFolders(folders);
  const resolved = await settings.get(folders[0] ? fileUri(folders[0]) : '');
  const lang = params?.lang === 'ar' || params?.lang === 'en' ? params.lang : localeFor(resolved);
  const asOf = resolved.asOf || localToday();
  const files = await workspaceCheck.files(token);
  const model = await workspaceReport(
    files,
    {
      text: (file) => openText(file) ?? readSmallText(file),
      async check(file, text, language) {
        const { document, options } = await diskOptions(file, text, language);
        return runSafe(log, `report check of ${file}`, undefined, undefined, () => diskService.check(document, options));
      },
      shown: (file) => appendices.shown(file),
    },
    { lang, asOf },
    token,
  );
  const command = params?.linkCommand && /^[\w.]+$/.test(params.linkCommand) ? params.linkCommand : undefined;
  const href = command ? (uri: string, line?: number) => `command:${command}?${encodeURIComponent(JSON.stringify([uri, line ?? 1]))}` : undefined;
  const nonce = params?.nonce && /^[A-Za-z0-9+/=]{8,64}$/.test(params.nonce) ? params.nonce : undefined;
  // Links the host offers above the report (command URIs the webview allows); never in the saved page.
  const actions = (Array.isArray(params?.actions) ? params.actions : [])
    .filter((a) => typeof a?.label === 'string' && typeof a.command === 'string' && /^[\w.]+$/.test(a.command))
    .map((a) => ({ label: a.label, href: `command:${a.command}${Array.isArray(a.args) ? `?${encodeURIComponent(JSON.stringify(a.args))}` : ''}` }));
  return {
    lang,
    asOf,
    appendices: model.columns.length,
    logs: model.evidence.length,
    html: reportHtmlDocument(model, { nonce, href, actions }),
    standalone: reportHtmlDocument(model),
    markdown: reportMarkdown(model),
  };
});

documents.listen(connection);
connection.listen();
