#!/usr/bin/env node
/*
 * UI check with playwright-core in code-server's real workbench (headless Debian chromium):
 * install the packaged .vsix, open an example file, wait for squiggles, open the Problems panel
 * (Ctrl+Shift+M) and read its rows, hover a key and read the hover, take a screenshot.
 *
 *   node test/e2e/ui.js --vsix ecc-appendix.vsix --file examples/x.appendix.yaml \
 *        --hover <key> --out test-artifacts/ui/workbench.png [--json test-artifacts/ui/ui.json]
 *
 * Options (env in brackets):
 *   --vsix <file>       packaged extension to install [ECC_E2E_VSIX]
 *   --extension <dir>   instead of --vsix: load a development folder [ECC_E2E_EXTENSION]
 *   --file <file>       file to open; its folder is copied to a temp workspace
 *                       [ECC_E2E_UI_FILE] (default: first examples/*.appendix.yaml)
 *   --hover <key>       YAML key to hover (its first "key:" line in the file) [ECC_E2E_UI_HOVER]
 *                       (default: the file's first key)
 *   --out <png>         screenshot path [ECC_E2E_SCREENSHOT] (default $TMPDIR/ecc-appendix-ui/workbench.png)
 *   --json <file>       also write the result JSON there
 *   --timeout <s>       overall limit, exit 124 [ECC_E2E_TIMEOUT] (default 120)
 *   --min-rows <n>      fail unless the Problems panel shows at least n finding rows (default 1)
 *   --quiet             do not print the JSON on stdout (a one-line summary still goes to stderr)
 * Prints one JSON object on stdout: { ok, failures, file, squiggles, statusProblems, rows: [{ kind:
 * file|error|warning|info, text, ariaLabel }], hover: { key, line, character, text }, screenshot,
 * timings }. Progress goes to stderr.
 * Exit: 0 ok, 1 a check failed (screenshot still taken), 2 harness error, 124 timeout.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { CodeServerSession, closeOnSignals, note, sleep } = require('../../scripts/code-server-test-host.js');

const repo = path.resolve(__dirname, '..', '..');

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) { o.file = o.file || argv[i]; continue; }
    if (m[1] === 'quiet') { o.quiet = true; continue; }
    o[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
  }
  return o;
}

function defaultFile() {
  const ex = path.join(repo, 'examples');
  const f = fs.existsSync(ex) && fs.readdirSync(ex).filter((n) => /\.appendix\.ya?ml$/.test(n)).sort()[0];
  return f ? path.join(ex, f) : undefined;
}

/** 0-based line/character of the first `key:` (block mapping key) in the text. */
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

async function main() {
  const a = parseArgs(process.argv.slice(2));
  const vsix = a.vsix || process.env.ECC_E2E_VSIX;
  const devExt = a.extension || process.env.ECC_E2E_EXTENSION;
  const file = path.resolve(a.file || process.env.ECC_E2E_UI_FILE || defaultFile() || '');
  const out = path.resolve(a.out || process.env.ECC_E2E_SCREENSHOT || path.join(os.tmpdir(), 'ecc-appendix-ui', 'workbench.png'));
  const timeoutS = Number(a.timeout || process.env.ECC_E2E_TIMEOUT || 120);
  const minRows = Number(a['min-rows'] ?? 1);
  if (!vsix && !devExt) throw new Error('give --vsix <file.vsix> (or --extension <dir>)');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`file not found: ${file}`);

  const t0 = Date.now();
  const timings = {};
  const mark = (k) => { timings[k] = +((Date.now() - t0) / 1000).toFixed(2); note(k); };
  const result = { file, screenshot: out, ok: false, failures: [] };
  const session = new CodeServerSession();
  closeOnSignals(session);
  const watchdog = setTimeout(() => {
    note(`timeout after ${timeoutS} s`);
    session.close().finally(() => process.exit(124));
  }, timeoutS * 1000);
  watchdog.unref();

  try {
    // Workspace: a temp copy of the file's folder.
    const ws = path.join(session.sb.root, 'workspace');
    fs.cpSync(path.dirname(file), ws, { recursive: true });
    const base = path.basename(file);
    const text = fs.readFileSync(file, 'utf8');

    if (vsix) await session.installVsix(path.resolve(vsix));
    await session.start(ws, { smokeTestDriver: !vsix });
    const page = await session.openBrowser({ width: 1600, height: 1000 });
    const payload = vsix ? undefined : [['extensionDevelopmentPath', session.remote(path.resolve(devExt))], ['skipWelcome', 'true']];
    await page.goto(session.url(payload));
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    mark('workbench');

    // Open the file: Quick Open (Ctrl+P), falling back to a click in the Explorer.
    let opened = false;
    try {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(base);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab', { hasText: base }).first().waitFor({ timeout: 10000 });
      opened = true;
    } catch (e) {
      note(`quick open failed (${e.message.split('\n')[0]}), trying the Explorer`);
      await page.keyboard.press('Escape').catch(() => {});
    }
    if (!opened) {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: base }).first().click({ timeout: 20000 });
      await page.locator('.tabs-container .tab', { hasText: base }).first().waitFor({ timeout: 10000 });
    }
    mark('file opened');

    // Squiggles.
    const squiggleSel = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';
    try {
      await page.waitForSelector(squiggleSel, { timeout: 60000 });
      mark('squiggle');
    } catch {
      result.failures.push('no squiggle in the editor within 60 s');
    }
    result.squiggles = {
      error: await page.locator('.monaco-editor .squiggly-error').count(),
      warning: await page.locator('.monaco-editor .squiggly-warning').count(),
      info: await page.locator('.monaco-editor .squiggly-info').count(),
    };
    result.statusProblems = await page.locator('[id="status.problems"]').first().getAttribute('aria-label', { timeout: 5000 }).catch(() => null);

    // Problems panel: read every row (the list is virtualised: scroll through it).
    await page.keyboard.press('Control+Shift+M');
    const rowSel = '.markers-panel .monaco-list-row';
    const rows = new Map();
    try {
      await page.locator(rowSel).nth(1).waitFor({ timeout: 20000 }); // file row + at least one marker row
      await sleep(500); // let the tree finish rendering
      const list = page.locator('.markers-panel .monaco-list').first();
      const box = await list.boundingBox();
      for (let round = 0, stale = 0; round < 200 && stale < 3; round++) {
        const batch = await page.$$eval(rowSel, (els) => els.map((el) => ({
          index: Number(el.getAttribute('data-index')),
          text: el.innerText.replace(/\s*\n\s*/g, ' ').trim(),
          ariaLabel: el.getAttribute('aria-label'),
          level: el.querySelector('.marker-icon, .codicon-error, .codicon-warning, .codicon-info')?.className || '',
        })));
        const before = rows.size;
        for (const r of batch) if (!rows.has(r.index)) rows.set(r.index, r);
        stale = rows.size === before ? stale + 1 : 0;
        if (!box) break;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, Math.max(100, box.height - 44));
        await sleep(120);
      }
      // Scroll back to the top for the screenshot.
      if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        for (let i = 0; i < 200 && (await page.locator('.markers-panel .monaco-list-rows > .monaco-list-row[data-index="1"]').count()) === 0; i++) {
          await page.mouse.wheel(0, -2000);
          await sleep(50);
        }
        await page.mouse.wheel(0, -2000);
        await sleep(200);
      }
    } catch (e) {
      result.failures.push(`Problems panel shows no rows (${e.message.split('\n')[0]})`);
    }
    result.rows = [...rows.values()].sort((x, y) => x.index - y.index).map((r) => {
      const sev = /^(Error|Warning|Info)\b/.exec(r.ariaLabel || '') || /codicon-(error|warning|info)\b/.exec(r.level);
      return {
        kind: sev ? sev[1].toLowerCase() : /\[Ln \d+, Col \d+\]/.test(r.text) ? 'marker' : 'file',
        text: r.text,
        ariaLabel: r.ariaLabel,
      };
    });
    const findingRows = result.rows.filter((r) => r.kind !== 'file').length;
    if (findingRows < minRows) result.failures.push(`Problems panel: ${findingRows} finding row(s), expected at least ${minRows}`);
    mark('problems read');

    // Hover a key: put the cursor on it (Ctrl+G line:col), then hover it with the mouse;
    // fall back to the "Show Hover" keybinding (Ctrl+K Ctrl+I).
    let hoverKey = a.hover || process.env.ECC_E2E_UI_HOVER;
    if (!hoverKey) {
      const firstKey = /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/m.exec(text.replace(/^\s*#.*$/gm, ''));
      hoverKey = firstKey ? firstKey[1] : 'schema';
    }
    const pos = findKey(text, hoverKey);
    result.hover = { key: hoverKey, line: pos?.line, character: pos?.character, text: null };
    if (!pos) {
      result.failures.push(`key "${hoverKey}:" not found in ${base}`);
    } else {
      const editor = page.locator('.editor-group-container.active .monaco-editor').first();
      await editor.locator('.view-lines').click();
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`:${pos.line + 1}:${pos.character + 1}`); // Go to Line's quick input keeps the ":" prefix
      await page.keyboard.press('Enter');
      await sleep(300);
      // The editor's content hover (not the workbench's tooltip hovers, which are .workbench-hover).
      const hoverSel = '.monaco-editor .monaco-hover:not(.hidden):not(.workbench-hover) .monaco-hover-content';
      const readHover = async (ms) => {
        const h = page.locator(hoverSel).last();
        try {
          await h.waitFor({ state: 'visible', timeout: ms });
          const deadline = Date.now() + ms;
          let txt = '';
          do { txt = (await h.innerText()).trim(); if (txt && !/^Loading/.test(txt)) break; await sleep(100); } while (Date.now() < deadline);
          return txt || null;
        } catch { return null; }
      };
      const cursor = await editor.locator('.cursor').first().boundingBox();
      let hoverText = null;
      if (cursor) {
        await page.mouse.move(cursor.x + 12, cursor.y + cursor.height / 2);
        await page.mouse.move(cursor.x + 14, cursor.y + cursor.height / 2);
        hoverText = await readHover(5000);
      }
      if (!hoverText) {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        hoverText = await readHover(5000);
      }
      if (process.env.ECC_E2E_VERBOSE === '1') {
        note(`hovers in DOM: ${JSON.stringify(await page.$$eval('.monaco-hover', (els) => els.map((e) => ({ cls: e.className, parent: e.parentElement?.className, text: e.innerText.slice(0, 80) }))))}`);
      }
      result.hover.text = hoverText;
      if (!hoverText) result.failures.push(`no hover on "${hoverKey}" (line ${pos.line + 1})`);
      mark('hover');
    }

    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    mark('screenshot');
    result.ok = result.failures.length === 0;
  } finally {
    clearTimeout(watchdog);
    await session.close();
    mark('closed');
    result.timings = timings;
  }
  const json = JSON.stringify(result, null, 2);
  if (a.json) { fs.mkdirSync(path.dirname(path.resolve(a.json)), { recursive: true }); fs.writeFileSync(a.json, json + '\n'); }
  if (a.quiet === undefined) process.stdout.write(json + '\n');
  const count = (k) => (result.rows || []).filter((r) => r.kind === k).length;
  note(`summary: ${(result.rows || []).filter((r) => r.kind !== 'file').length} Problems rows (${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos); `
    + `status bar "${result.statusProblems}"; hover on "${result.hover && result.hover.key}": ${JSON.stringify(((result.hover && result.hover.text) || '').slice(0, 100))}; screenshot ${out}`);
  for (const f of result.failures) note(`FAIL: ${f}`);
  return result.ok ? 0 : 1;
}

main().then((c) => process.exit(c), (e) => { note(`error: ${e && e.stack || e}`); process.exit(2); });
