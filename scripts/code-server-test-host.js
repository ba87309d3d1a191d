#!/usr/bin/env node
/*
 * code-server test host: a stand-in for the VS Code executable, used as `vscodeExecutablePath`
 * by the unchanged `runTests()` of @vscode/test-electron (see test/e2e/runTest.ts).
 *
 * It runs the extension tests in the *real* VS Code workbench served by code-server (pinned, from
 * npm, installed by scripts/setup-e2e.sh), driven by headless Debian chromium via playwright-core,
 * and exits with the tests' exit code (0 pass, 1 fail, 124 timeout, 2 harness error).
 *
 * Arguments understood (everything else runTests passes, like --no-sandbox, is ignored):
 *   --extensionDevelopmentPath=<dir>   (may repeat) extension(s) loaded from source
 *   --extensionTestsPath=<module>      tests module exporting run(): Promise<void>
 *   --user-data-dir=<dir> --extensions-dir=<dir>   accepted, but temp folders are always used
 *   --install-extension <vsix>         (or env ECC_E2E_VSIX) install a packaged .vsix first and
 *                                      run the tests against the installed copy (see below)
 *   <folder>                           workspace folder to open (first positional argument)
 *
 * With a vsix the extension is installed with `code-server --install-extension` into the temp
 * extensions dir. VS Code only runs a tests module when an extensionDevelopmentPath is set too
 * ("Cannot load test runner" otherwise), so the host then passes as extensionDevelopmentPath an
 * empty temp folder that holds no package.json: no development extension is loaded and the
 * installed extension is the one the tests see.
 *
 * Environment:
 *   CODE_SERVER_NODE, CODE_SERVER_ENTRY  Node 24 binary and code-server's out/node/entry.js
 *                                        (default: read from $ECC_E2E_CACHE/env.json, which
 *                                        scripts/setup-e2e.sh writes)
 *   ECC_E2E_CACHE       cache folder (default ~/.cache/ecc-appendix-e2e)
 *   ECC_E2E_CHROMIUM    browser executable (default /usr/bin/chromium)
 *   ECC_E2E_TIMEOUT     seconds before giving up with exit 124 (default 180)
 *   ECC_E2E_VSIX        .vsix to install (same as --install-extension)
 *   ECC_E2E_VERBOSE=1   also print workbench log lines and the code-server log
 *   ECC_E2E_KEEP_TMP=1  keep the temp folder (its path is printed)
 *   ECC_E2E_SCREENSHOT  path: take a screenshot of the workbench when the tests finish
 *
 * Everything it spawns gets TMPDIR, HOME and XDG_* pointing into one temp folder, is started in
 * its own process group and the whole group is killed at the end.
 */
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

// The parent (runTests) may be gone when we are told to stop: never die of EPIPE half-way
// through cleaning up.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

const EXIT_TIMEOUT = 124;
const EXIT_HARNESS = 2;
const t0 = Date.now();
const verbose = process.env.ECC_E2E_VERBOSE === '1';
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
const note = (msg) => process.stderr.write(`[code-server-test-host ${elapsed()}] ${msg}\n`);

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const out = { devPaths: [], testsPath: undefined, vsix: undefined, folder: undefined, userDataDir: undefined, extensionsDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') ? (eq > 0 ? a.slice(0, eq) : a) : undefined;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (name) {
      case '--extensionDevelopmentPath': out.devPaths.push(path.resolve(value())); break;
      case '--extensionTestsPath': out.testsPath = path.resolve(value()); break;
      case '--user-data-dir': out.userDataDir = value(); break;
      case '--extensions-dir': out.extensionsDir = value(); break;
      case '--install-extension': out.vsix = path.resolve(value()); break;
      case '--folder-uri': out.folder = value().replace(/^file:\/\//, ''); break;
      case undefined:
        if (out.folder === undefined) out.folder = path.resolve(a);
        break;
      default: break; // --no-sandbox, --disable-updates, --skip-welcome, ... : not relevant here
    }
  }
  if (!out.vsix && process.env.ECC_E2E_VSIX) out.vsix = path.resolve(process.env.ECC_E2E_VSIX);
  return out;
}

function loadToolPaths() {
  const cache = process.env.ECC_E2E_CACHE || path.join(os.homedir(), '.cache', 'ecc-appendix-e2e');
  let fromFile = {};
  try { fromFile = JSON.parse(fs.readFileSync(path.join(cache, 'env.json'), 'utf8')); } catch { /* not set up */ }
  const pick = (k, d) => process.env[k] || fromFile[k] || d;
  const tools = {
    node: pick('CODE_SERVER_NODE'),
    entry: pick('CODE_SERVER_ENTRY'),
    chromium: pick('ECC_E2E_CHROMIUM', '/usr/bin/chromium'),
  };
  for (const [k, v] of Object.entries({ CODE_SERVER_NODE: tools.node, CODE_SERVER_ENTRY: tools.entry, ECC_E2E_CHROMIUM: tools.chromium })) {
    if (!v || !fs.existsSync(v)) {
      throw new Error(`${k} not found (${v || 'unset'}). Run: bash scripts/setup-e2e.sh  (cache: ${cache})`);
    }
  }
  return tools;
}

// ------------------------------------------------------------------ helpers
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Temp folder holding every file written by code-server, chromium and the extension host. */
function makeSandbox() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ecc-e2e-host-'));
  const d = (...p) => { const x = path.join(root, ...p); fs.mkdirSync(x, { recursive: true }); return x; };
  const sb = {
    root,
    tmp: d('tmp'), home: d('home'),
    xdgConfig: d('xdg', 'config'), xdgData: d('xdg', 'data'), xdgCache: d('xdg', 'cache'), xdgState: d('xdg', 'state'), xdgRuntime: d('xdg', 'runtime'),
    userData: d('user-data'), extensions: d('extensions'), chromiumProfile: d('chromium-profile'),
    config: path.join(root, 'config.yaml'), serverLog: path.join(root, 'code-server.log'),
  };
  fs.chmodSync(sb.xdgRuntime, 0o700);
  fs.writeFileSync(sb.config, 'auth: none\ncert: false\n');
  // Keep the workbench quiet and deterministic.
  fs.mkdirSync(path.join(sb.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(sb.userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'editor.hover.delay': 200,
    'security.workspace.trust.enabled': false,
  }, null, 2));
  sb.env = (extra = {}) => ({
    ...process.env,
    TMPDIR: sb.tmp, TMP: sb.tmp, TEMP: sb.tmp, HOME: sb.home,
    XDG_CONFIG_HOME: sb.xdgConfig, XDG_DATA_HOME: sb.xdgData, XDG_CACHE_HOME: sb.xdgCache,
    XDG_STATE_HOME: sb.xdgState, XDG_RUNTIME_DIR: sb.xdgRuntime,
    ...extra,
  });
  return sb;
}

/** Spawn in a new process group; returns { child, exited: Promise<code> }. */
function spawnGroup(cmd, args, env, logFile) {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  child.on('error', (e) => note(`spawn ${cmd} failed: ${e.message}`));
  return { child, exited };
}

async function killGroup(proc, label) {
  if (!proc || !proc.child.pid) return;
  const pgid = proc.child.pid;
  const alive = () => { try { process.kill(-pgid, 0); return true; } catch { return false; } };
  if (!alive()) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  for (let i = 0; i < 30 && alive(); i++) await sleep(100);
  if (alive()) {
    if (verbose) note(`${label}: process group ${pgid} still alive after SIGTERM, sending SIGKILL`);
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    for (let i = 0; i < 20 && alive(); i++) await sleep(100);
  }
}

// codeAutomationLog(level, args) receives every workbench log message *and* the extension host's
// console output (mocha's report, as level "info" without a prefix). A message is dropped as
// workbench noise when its first line matches one of these, or when it is a warning/error whose
// stack points into the workbench bundle. ECC_E2E_VERBOSE=1 prints everything with its level.
const NOISE = [
  /^\[[A-Za-z][\w .:/()-]*\] /,           // "[Component] ..." workbench/service log lines
  /^%c/,                                  // styled console lines
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^Creation of workbench contribution '.*' took \d+ms/,
  /^(Extension host|Remote extension host) .*(terminated|started|ready)/i,
  /^Canceled(: Canceled)*$/,
  /ENOTFOUND|ECONNREFUSED|EAI_AGAIN|open-vsx\.org|vsda|marketplace|telemetry/i,
  /^\s*at .*(<anonymous>|:\d+:\d+\)?)\s*$/, // a bare stack frame
];
function isNoise(level, text) {
  const first = text.split(/\r?\n/, 1)[0];
  if (NOISE.some((r) => r.test(first))) return true;
  if ((level === 'error' || level === 'warn') && /\/static\/out\/vs\/|workbench\.js/.test(text)) return true;
  return level === 'trace' || level === 'debug';
}

function formatLogArgs(args) {
  if (!Array.isArray(args)) args = [args];
  try { return util.format(...args); } catch { return args.map(String).join(' '); }
}

// ------------------------------------------------------------------ session
/**
 * One sandboxed code-server + headless chromium. Also used by test/e2e/ui.js.
 *   const s = new CodeServerSession();  await s.installVsix(vsix);  await s.start(folder);
 *   const page = await s.openBrowser();  ...  await s.close();
 */
class CodeServerSession {
  constructor() {
    this.tools = loadToolPaths();
    this.sb = makeSandbox();
    this.keep = process.env.ECC_E2E_KEEP_TMP === '1';
    if (this.keep || verbose) note(`temp folder: ${this.sb.root}`);
    this.env = this.sb.env({ NODE_OPTIONS: '' });
    this.baseArgs = [this.tools.entry, '--config', this.sb.config, '--user-data-dir', this.sb.userData, '--extensions-dir', this.sb.extensions];
    this.groups = [];
    this.closed = false;
  }

  serverLog() { try { return fs.readFileSync(this.sb.serverLog, 'utf8'); } catch { return ''; } }

  /** `code-server --install-extension <vsix>` into the temp extensions dir; returns the folder names. */
  async installVsix(vsix) {
    if (!fs.existsSync(vsix)) throw new Error(`vsix not found: ${vsix}`);
    note(`installing ${vsix}`);
    const inst = spawnGroup(this.tools.node, [...this.baseArgs, '--install-extension', vsix, '--force'], this.env, this.sb.serverLog);
    this.groups.push(inst);
    const ic = await inst.exited;
    await killGroup(inst, 'install-extension');
    const installed = fs.readdirSync(this.sb.extensions).filter((n) => !n.startsWith('.') && n !== 'extensions.json');
    if (ic !== 0 || installed.length === 0) {
      process.stderr.write(this.serverLog());
      throw new Error(`--install-extension failed (exit ${ic})`);
    }
    note(`installed: ${installed.join(', ')}`);
    return installed;
  }

  /** Start code-server (own process group) on a free loopback port and wait for /healthz. */
  async start(folder, { smokeTestDriver = true } = {}) {
    const port = await freePort();
    this.authority = `127.0.0.1:${port}`;
    this.folder = folder;
    const args = [...this.baseArgs, '--bind-addr', this.authority, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--disable-proxy'];
    if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
    if (folder) args.push(folder);
    this.server = spawnGroup(this.tools.node, args, this.env, this.sb.serverLog);
    this.groups.push(this.server);
    let exit;
    this.server.exited.then((c) => { exit = c; });
    const deadline = Date.now() + 60000;
    while (!(await httpOk(`http://${this.authority}/healthz`))) {
      if (exit !== undefined) throw new Error(`code-server exited with ${exit}:\n${this.serverLog()}`);
      if (Date.now() > deadline) throw new Error('code-server did not answer /healthz within 60 s');
      await sleep(100);
    }
    note(`code-server ready on ${this.authority}`);
    return this.authority;
  }

  /** `vscode-remote://` URI of an absolute path, as the workbench at this authority sees it. */
  remote(p) { return `vscode-remote://${this.authority}${p}`; }

  /** Workbench URL for the started folder (or an empty window) with an optional payload. */
  url(payload) {
    const q = new URLSearchParams();
    if (this.folder) q.set('folder', this.folder); else q.set('ew', 'true');
    if (payload) q.set('payload', JSON.stringify(payload));
    return `http://${this.authority}/?${q.toString()}`;
  }

  /** Headless Debian chromium with a fresh profile; returns the first page. */
  async openBrowser({ width = 1400, height = 900 } = {}) {
    const { chromium } = require('playwright-core');
    this.browser = await chromium.launchPersistentContext(this.sb.chromiumProfile, {
      executablePath: this.tools.chromium, headless: true,
      // Our own signal handlers clean up (browser, then code-server's group); playwright's would
      // exit the process before code-server is killed.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage', '--no-default-browser-check', '--password-store=basic'],
      env: this.sb.env(), viewport: { width, height },
    });
    this.page = this.browser.pages()[0] || await this.browser.newPage();
    if (verbose) {
      this.page.on('pageerror', (e) => note(`pageerror: ${e.message}`));
      this.page.on('console', (m) => note(`console.${m.type()}: ${m.text()}`));
    }
    return this.page;
  }

  /** Close the browser, kill every process group, remove the temp folder (unless ECC_E2E_KEEP_TMP=1). */
  close() {
    if (!this.closing) this.closing = this._close();
    return this.closing;
  }

  async _close() {
    this.closed = true;
    if (this.browser) { try { await Promise.race([this.browser.close(), sleep(10000)]); } catch { /* ignore */ } }
    for (const g of this.groups.reverse()) await killGroup(g, 'code-server');
    if (verbose) process.stderr.write(this.serverLog());
    if (!this.keep) fs.rmSync(this.sb.root, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Close the session on SIGINT/SIGTERM/SIGHUP and exit with 128+signal. */
function closeOnSignals(session) {
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(sig, () => { note(`${sig}: stopping`); session.close().finally(() => process.exit(code)); });
  }
}

// ------------------------------------------------------------------ main (test host)
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.testsPath) throw new Error('missing --extensionTestsPath=<module>');
  const timeoutS = Number(process.env.ECC_E2E_TIMEOUT || 180);
  const session = new CodeServerSession();
  closeOnSignals(session);
  // Last resort: whatever hangs (startup included), give up a minute after the test timeout.
  const watchdog = setTimeout(() => {
    note(`watchdog: still running after ${timeoutS + 60} s`);
    session.close().finally(() => process.exit(EXIT_TIMEOUT));
  }, (timeoutS + 60) * 1000);
  watchdog.unref();

  let code;
  try {
    // 1. optional: install the packaged extension. Tests only run when a development path is set,
    //    so an empty folder (no package.json: loads no extension) stands in for it.
    let devPaths = opts.devPaths;
    if (opts.vsix) {
      await session.installVsix(opts.vsix);
      const empty = path.join(session.sb.root, 'no-dev-extension');
      fs.mkdirSync(empty, { recursive: true });
      devPaths = [empty];
    }
    if (devPaths.length === 0) throw new Error('missing --extensionDevelopmentPath=<dir> (or --install-extension <vsix>)');

    // 2. code-server, 3. chromium
    await session.start(opts.folder);
    const page = await session.openBrowser();

    let resolveExit;
    const exitPromise = new Promise((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = formatLogArgs(args);
      if (verbose) process.stdout.write(text.split(/\r?\n/).map((l) => `{${type}} ${l}\n`).join(''));
      else if (!isNoise(type, text)) process.stdout.write(text + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (c) => { resolveExit(typeof c === 'number' ? c : Number(c) || 0); });
    page.on('crash', () => { note('page crashed'); resolveExit(EXIT_HARNESS); });

    // 4. the workbench with the development/test payload
    const payload = [
      ...devPaths.map((p) => ['extensionDevelopmentPath', session.remote(p)]),
      ['extensionTestsPath', session.remote(opts.testsPath.replace(/\.js$/, ''))],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = session.url(payload);
    if (verbose) note(`open ${url}`);
    await page.goto(url);

    let timer;
    const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutS * 1000); });
    const serverDied = session.server.exited.then((c) => ({ serverDied: c }));
    const res = await Promise.race([exitPromise, timeout, serverDied]);
    clearTimeout(timer);
    if (res === 'timeout') {
      note(`timeout: no result after ${timeoutS} s (ECC_E2E_TIMEOUT); rerun with ECC_E2E_VERBOSE=1 for the workbench log`);
      code = EXIT_TIMEOUT;
    } else if (typeof res === 'object') {
      note(`code-server exited early with ${res.serverDied}:\n${session.serverLog()}`);
      code = EXIT_HARNESS;
    } else {
      code = res;
    }
    if (process.env.ECC_E2E_SCREENSHOT) {
      const shot = path.resolve(process.env.ECC_E2E_SCREENSHOT);
      try { fs.mkdirSync(path.dirname(shot), { recursive: true }); await page.screenshot({ path: shot }); note(`screenshot: ${shot}`); } catch (e) { note(`screenshot failed: ${e.message}`); }
    }
  } catch (e) {
    note(`error: ${e && e.stack || e}`);
    code = EXIT_HARNESS;
  } finally {
    await session.close();
  }
  note(`exit ${code}`);
  return code;
}

module.exports = { CodeServerSession, closeOnSignals, loadToolPaths, makeSandbox, spawnGroup, killGroup, freePort, isNoise, formatLogArgs, note, sleep };

if (require.main === module) {
  main().then((c) => process.exit(c), (e) => { note(String(e && e.stack || e)); process.exit(EXIT_HARNESS); });
}
