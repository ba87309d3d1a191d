// What the extension costs VS Code at start: run by bench/run.mjs in a fresh Node process per measurement.
//
//   node bench/activate-probe.cjs <module.js> [--activate]
//
// Times `require(<module.js>)` and, with --activate, `await activate(context)`, the way VS Code's extension host
// loads an extension's main file and activates it, against a minimal stand-in for the `vscode` module: what
// activate() touches is implemented (one ordinary YAML file open and active, events that can be fired); anything
// else is an inert object. Child processes are intercepted and counted (the language server is started with
// child_process.fork), never started. After activation the probe waits past the client's deferred work, opens a
// second ordinary YAML file, then an appendix, and reports whether a server process was started by then.
// Prints one line of JSON.
'use strict';
const Module = require('node:module');
const childProcess = require('node:child_process');
const path = require('node:path');

const target = path.resolve(process.argv[2]);

// VS Code's extension host has Node's built-in modules loaded before any extension; loading one the first time
// costs milliseconds (node:crypto about 7) that are not the extension's.
for (const m of ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os', 'readline', 'stream', 'string_decoder', 'tty', 'url', 'util', 'worker_threads', 'zlib']) require(`node:${m}`);
const ACTIVATE = process.argv.includes('--activate');

// ---------------------------------------------------------------- child processes: counted, never started
const spawned = [];
for (const name of ['fork', 'spawn', 'execFile', 'exec', 'spawnSync', 'execFileSync', 'execSync']) {
  childProcess[name] = (...args) => {
    spawned.push({ name, command: String(args[0]) });
    throw new Error(`activate-probe: ${name} intercepted`);
  };
}

// ---------------------------------------------------------------- the `vscode` stand-in
/** An inert value for everything activate() does not need: callable, constructible, every property another one. */
function inert() {
  const f = function () {};
  return new Proxy(f, {
    get: (t, p) => (p === 'then' ? undefined : p === 'prototype' ? t.prototype : p === Symbol.toPrimitive ? () => '' : inert()),
    apply: () => inert(),
    construct: () => inert(),
  });
}
const listeners = new Map();
/** An `onDid...` event: remembers its listeners so the probe can fire it. */
const event = (name) => (listener, thisArg, disposables) => {
  if (!listeners.has(name)) listeners.set(name, []);
  listeners.get(name).push(listener.bind(thisArg));
  const d = { dispose() {} };
  if (Array.isArray(disposables)) disposables.push(d);
  return d;
};
const fire = (name, value) => (listeners.get(name) ?? []).forEach((l) => l(value));

class Range {
  constructor(a, b, c, d) {
    Object.assign(this, { start: { line: a, character: b }, end: { line: c, character: d } });
  }
}
class Disposable {
  constructor(f) {
    this.dispose = f ?? (() => {});
  }
  static from(...d) {
    return new Disposable(() => d.forEach((x) => x?.dispose?.()));
  }
}
class EventEmitter {
  constructor() {
    this.event = event(`emitter${Math.random()}`);
  }
  fire() {}
  dispose() {}
}
const uri = (fsPath) => ({ scheme: 'file', fsPath, path: fsPath, toString: () => `file://${fsPath}` });
function textDocument(fileName, text) {
  return { uri: uri(fileName), fileName, languageId: 'yaml', version: 1, lineCount: text.split('\n').length, isClosed: false, getText: () => text };
}
const OTHER_YAML = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n';
const open = textDocument('/work/k8s/deployment.yaml', OTHER_YAML);
const configuration = { get: (_k, d) => d, has: () => false, inspect: () => undefined, update: async () => {} };

const vscode = {
  version: '1.91.0',
  Range,
  Position: class {
    constructor(line, character) {
      Object.assign(this, { line, character });
    }
  },
  Disposable,
  EventEmitter,
  StatusBarAlignment: { Left: 1, Right: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  Uri: { file: uri, parse: (s) => uri(s.replace(/^file:\/\//, '')), joinPath: (u, ...p) => uri(path.join(u.fsPath, ...p)) },
  env: { language: 'en', appName: 'probe', machineId: 'probe', sessionId: 'probe', uriScheme: 'vscode' },
  workspace: {
    textDocuments: [open],
    workspaceFolders: [{ uri: uri('/work'), name: 'work', index: 0 }],
    getConfiguration: () => configuration,
    onDidOpenTextDocument: event('onDidOpenTextDocument'),
    onDidCloseTextDocument: event('onDidCloseTextDocument'),
    onDidChangeTextDocument: event('onDidChangeTextDocument'),
    onDidChangeConfiguration: event('onDidChangeConfiguration'),
    onDidChangeWorkspaceFolders: event('onDidChangeWorkspaceFolders'),
  },
  window: {
    activeTextEditor: { document: open },
    visibleTextEditors: [{ document: open }],
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
    createOutputChannel: (name) => ({ name, append() {}, appendLine() {}, replace() {}, clear() {}, show() {}, hide() {}, dispose() {} }),
    showErrorMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showInformationMessage: async () => undefined,
    onDidChangeActiveTextEditor: event('onDidChangeActiveTextEditor'),
    onDidChangeVisibleTextEditors: event('onDidChangeVisibleTextEditors'),
    onDidChangeTextEditorSelection: event('onDidChangeTextEditorSelection'),
  },
  commands: { registerCommand: () => new Disposable(), executeCommand: async () => undefined },
  languages: {
    onDidChangeDiagnostics: event('onDidChangeDiagnostics'),
    createDiagnosticCollection: () => inert(),
    match: () => 0,
  },
  l10n: { t: (s) => (typeof s === 'string' ? s : s.message), bundle: undefined, uri: undefined },
};
// The rest of the API's names, from @types/vscode: classes as empty classes (vscode-languageclient extends some
// while it loads), enums and namespaces as inert values. Bundled code copies the module's own properties, so every
// name has to be there.
{
  const dts = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  for (const [, kind, name] of dts.matchAll(/^[ \t]*export (class|enum|namespace) (\w+)/gm)) {
    if (!(name in vscode)) vscode[name] = kind === 'class' ? class {} : inert();
  }
}
const stub = new Proxy(vscode, { get: (t, p) => (p in t ? t[p] : p === 'then' || p === '__esModule' ? undefined : inert()) });

const STUB_PATH = path.join(__dirname, '__vscode_stub__.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? STUB_PATH : resolve.call(this, request, ...rest);
};
const stubModule = new Module(STUB_PATH);
stubModule.filename = STUB_PATH;
stubModule.loaded = true;
stubModule.exports = stub;
require.cache[STUB_PATH] = stubModule;

const context = {
  subscriptions: [],
  extensionPath: path.resolve(__dirname, '..'),
  extensionUri: uri(path.resolve(__dirname, '..')),
  asAbsolutePath: (p) => path.resolve(__dirname, '..', p),
  workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  globalState: { get: () => undefined, update: async () => {}, keys: () => [], setKeysForSync() {} },
  storageUri: undefined,
  globalStorageUri: uri('/tmp/probe-global'),
  logUri: uri('/tmp/probe-log'),
  extensionMode: 1,
  environmentVariableCollection: inert(),
  secrets: inert(),
  extension: inert(),
};

// ---------------------------------------------------------------- measure
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const mod = require(target);
  const t1 = performance.now();
  let t2 = t1;
  if (ACTIVATE) {
    await mod.activate(context);
    t2 = performance.now();
  }
  const rss1 = process.memoryUsage().rss;
  const result = { require: t1 - t0, activate: t2 - t1, total: t2 - t0, rssMb: (rss1 - rss0) / 2 ** 20 };
  if (ACTIVATE) {
    // The status bar's deferred update (150 ms) and any other timers, with an ordinary YAML file active.
    await sleep(400);
    fire('onDidOpenTextDocument', textDocument('/work/k8s/service.yaml', 'apiVersion: v1\nkind: Service\n'));
    fire('onDidChangeActiveTextEditor', undefined);
    await sleep(400);
    result.serverForOtherYaml = spawned.length > 0;
    // Control: opening an appendix does start the server (the intercepted fork is the signal).
    fire('onDidOpenTextDocument', textDocument('/work/contracts/vendor.appendix.yaml', 'schema: ecc-appendix/v1\n'));
    for (let i = 0; i < 40 && !spawned.length; i++) await sleep(50);
    result.serverForAppendix = spawned.length > 0;
    result.spawned = spawned.map((s) => s.name);
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
})().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e?.stack ?? e), spawned }) + '\n');
  process.exit(1);
});
