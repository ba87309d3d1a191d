#!/usr/bin/env node
/*
 * Runs Neovim headless (0.7+) as a second LSP client of the ECC Appendix server over stdio
 * (test/nvim/probe.lua) and returns what it saw: publishDiagnostics params and one hover.
 *
 * Library:  const { runNvimProbe, normalizeDiagnostics } = require('./test/nvim/run.js');
 *           const r = await runNvimProbe({ file, hoverKey: 'retention_days' });
 *           // r.exitCode, r.ok, r.diagnostics (last publishDiagnostics params), r.publications,
 *           // r.hover ({contents, range} or null), r.hoverPosition, r.nvimDiagnostics, r.error, r.ms
 * CLI:      node test/nvim/run.js <file> [--hover-key <key> | --line <n> --character <n>]
 *             [--server dist/server.js] [--root <dir>] [--settings '<json>'] [--timeout <ms>] [--out <json>]
 *           prints the JSON and exits with nvim's exit code (0 ok, 1 timeout/error).
 *
 * Env: ECC_E2E_NVIM (nvim binary, default "nvim"), ECC_NVIM_NODE (node running the server,
 * default this node). nvim gets TMPDIR, HOME and XDG_* in a temp folder (removed afterwards), runs in
 * its own process group, and the whole group is killed when it ends or times out.
 */
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repo = path.resolve(__dirname, '..', '..');
const PROBE = path.join(__dirname, 'probe.lua');

/** 0-based position of the first `key:` (block mapping key) in the text. */
function findKey(text, key) {
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^(\\s*(?:-\\s+)?)(["']?)${esc}\\2\\s*:`);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]);
    if (m) return { line: i, character: m[1].length + m[2].length };
  }
  return undefined;
}

/** Diagnostics reduced to what every client must agree on, sorted: code, severity, range, message. */
function normalizeDiagnostics(list) {
  const diags = Array.isArray(list) ? list : (list && list.diagnostics) || [];
  const code = (d) => (typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
  const key = (d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, String(code(d)), d.severity, d.message].join(':');
  return diags.map((d) => ({
    code: code(d),
    severity: d.severity,
    range: {
      start: { line: d.range.start.line, character: d.range.start.character },
      end: { line: d.range.end.line, character: d.range.end.character },
    },
    message: d.message,
    source: d.source,
  })).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Plain text of a hover result (MarkupContent, MarkedString or an array of them). */
function hoverText(hover) {
  if (!hover || hover === null) return '';
  const c = hover.contents;
  const one = (x) => (typeof x === 'string' ? x : x && typeof x.value === 'string' ? x.value : '');
  return Array.isArray(c) ? c.map(one).join('\n') : one(c);
}

function killGroup(child) {
  if (!child || !child.pid) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}

/**
 * @param {object} o
 * @param {string} o.file           file to open
 * @param {string} [o.server]       server bundle (default <repo>/dist/server.js)
 * @param {string} [o.root]         workspace root (default the file's folder)
 * @param {string} [o.hoverKey]     YAML key to hover, or o.line/o.character (0-based)
 * @param {object} [o.settings]     answered to workspace/configuration
 * @param {number} [o.timeoutMs]    wait for diagnostics (default 15000)
 * @param {number} [o.quietMs]      settle time after the last publication (default 400)
 */
async function runNvimProbe(o) {
  const t0 = Date.now();
  const file = path.resolve(o.file);
  const server = path.resolve(o.server || path.join(repo, 'dist', 'server.js'));
  if (!fs.existsSync(file)) throw new Error(`file not found: ${file}`);
  if (!fs.existsSync(server)) throw new Error(`server not found: ${server} (npm run build)`);
  let pos = o.line !== undefined && o.character !== undefined ? { line: Number(o.line), character: Number(o.character) } : undefined;
  if (!pos && o.hoverKey) {
    pos = findKey(fs.readFileSync(file, 'utf8'), o.hoverKey);
    if (!pos) throw new Error(`key "${o.hoverKey}:" not found in ${file}`);
  }
  const timeoutMs = Number(o.timeoutMs || 15000);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecc-nvim-'));
  const d = (n) => { const p = path.join(tmp, n); fs.mkdirSync(p, { recursive: true }); return p; };
  const outFile = path.join(tmp, 'result.json');
  const env = {
    ...process.env,
    TMPDIR: d('tmp'), HOME: d('home'),
    XDG_CONFIG_HOME: d('config'), XDG_DATA_HOME: d('data'), XDG_CACHE_HOME: d('cache'), XDG_STATE_HOME: d('state'),
    XDG_RUNTIME_DIR: d('runtime'), NVIM_LOG_FILE: path.join(tmp, 'nvim.log'),
    PROBE_SERVER: server,
    PROBE_NODE: process.env.ECC_NVIM_NODE || process.execPath,
    PROBE_TARGET: file,
    PROBE_ROOT: path.resolve(o.root || path.dirname(file)),
    PROBE_OUT: outFile,
    PROBE_TIMEOUT_MS: String(timeoutMs),
    PROBE_QUIET_MS: String(o.quietMs ?? 400),
    PROBE_HOVER_LINE: pos ? String(pos.line) : '',
    PROBE_HOVER_CHAR: pos ? String(pos.character) : '',
    PROBE_SETTINGS: o.settings ? JSON.stringify(o.settings) : '',
  };
  const nvim = process.env.ECC_E2E_NVIM || 'nvim';
  try {
    let stderr = '';
    const child = spawn(nvim, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${PROBE.replace(/ /g, '\\ ')}`],
      { env, cwd: tmp, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (b) => { stderr += b; });
    const exitCode = await new Promise((resolve) => {
      const timer = setTimeout(() => { killGroup(child); resolve(124); }, timeoutMs * 2 + 10000);
      child.on('error', (e) => { clearTimeout(timer); stderr += String(e); resolve(127); });
      child.on('exit', (code, signal) => { clearTimeout(timer); resolve(code ?? (signal ? 128 : 1)); });
    });
    killGroup(child); // the server (a child of nvim) must not outlive the probe
    let json = {};
    try { json = JSON.parse(fs.readFileSync(outFile, 'utf8')); } catch { json = { ok: false, error: `no result JSON (nvim exit ${exitCode}) ${stderr}`.trim() }; }
    // json_encode turns empty tables into []; an empty publication list stays [].
    return { exitCode, ...json, ms: Date.now() - t0 };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

module.exports = { runNvimProbe, normalizeDiagnostics, hoverText, findKey };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) { o.file = argv[i]; continue; }
    const k = m[1].replace(/-(\w)/g, (_, c) => c.toUpperCase());
    o[k] = m[2] !== undefined ? m[2] : argv[++i];
  }
  if (o.timeout) o.timeoutMs = o.timeout;
  if (typeof o.settings === 'string') o.settings = JSON.parse(o.settings);
  if (!o.file) { console.error('usage: node test/nvim/run.js <file> [--hover-key k | --line n --character n] [--server f] [--out f]'); process.exit(2); }
  runNvimProbe(o).then((r) => {
    const json = JSON.stringify(r, null, 2);
    if (o.out) fs.writeFileSync(o.out, json + '\n');
    process.stdout.write(json + '\n');
    process.exit(r.exitCode);
  }, (e) => { console.error(String(e && e.message || e)); process.exit(2); });
}
