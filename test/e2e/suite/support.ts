// Shared helpers of the VS Code integration suite (loaded by the *.test.ts files; not a test file itself).
// Everything here uses the public `vscode` API from inside the extension host; waiting is done on events
// (languages.onDidChangeDiagnostics, workspace.onDidCloseTextDocument) with a timeout, never on fixed sleeps.
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = process.env.ECC_E2E_EXTENSION_ID || 'ecc-appendix.ecc-appendix';
export const SOURCE = 'ecc-appendix';
/** The "today" of every check: .vscode/settings.json of the fixture workspace sets eccAppendix.asOf to it. */
export const AS_OF = '2026-12-01';
/** How long to wait for the server to publish (a check takes milliseconds; startup a second or two). */
export const WAIT_MS = Number(process.env.ECC_E2E_WAIT_MS ?? 15000);

export interface Api {
  ready(): Promise<unknown>;
}

/** The extension's exports (activating it if nothing did yet). */
export async function extensionApi(): Promise<{ ext: vscode.Extension<Api>; api: Api }> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  const api = await ext.activate();
  if (!api || typeof api.ready !== 'function') throw new Error(`extension ${EXTENSION_ID} exports no ready()`);
  return { ext, api };
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return folder.uri.fsPath;
}

/** file: URI of a path relative to the workspace folder. */
export function wsUri(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), rel));
}

/** Diagnostics of our server for one document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function fmtRange(r: vscode.Range | Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

const SEVERITY_NAME = ['error', 'warning', 'info', 'hint'] as const;

/** What a diagnostic and a CLI finding are compared on. */
export interface Comparable {
  range: string;
  code: string;
  severity: string;
  message: string;
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
}

export function fromDiagnostic(d: vscode.Diagnostic): Comparable {
  return { range: fmtRange(d.range), code: codeOf(d), severity: SEVERITY_NAME[d.severity], message: d.message };
}

/** Document order (numeric line:character), then code, severity, message. */
const order = (a: Comparable, b: Comparable): number => {
  const key = (c: Comparable) => [c.range.replace(/\d+/g, (n) => n.padStart(7, '0')), c.code, c.severity, c.message].join('|');
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export function comparable(list: readonly vscode.Diagnostic[]): Comparable[] {
  return list.map(fromDiagnostic).sort(order);
}

// ------------------------------------------------------------------ the CLI
interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
export interface CliFinding { code: string; severity: string; message: string; ecc: string[]; basis: string | null; range: Range }

/** The bundled CLI: <extension>/dist/cli.js, or the repository's when the packaged extension leaves it out. */
export function cliPath(ext: vscode.Extension<unknown>): string {
  const candidates = [path.join(ext.extensionPath, 'dist', 'cli.js')];
  if (process.env.ECC_E2E_REPO) candidates.push(path.join(process.env.ECC_E2E_REPO, 'dist', 'cli.js'));
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`dist/cli.js not found (looked at ${candidates.join(', ')})`);
  return found;
}

/**
 * `ecc-appendix lint <file> --format json --as-of AS_OF`, run with the extension host's own Node (asynchronously,
 * so the extension host keeps receiving diagnostics meanwhile).
 */
export function cliFindings(cli: string, file: string, asOf = AS_OF): Promise<CliFinding[]> {
  const args = [cli, 'lint', path.basename(file), '--format', 'json', '--as-of', asOf, '--fail-on', 'never'];
  return new Promise((resolve, reject) => {
    cp.execFile(process.execPath, args, {
      cwd: path.dirname(file),
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, // desktop VS Code: its executable is Electron
      timeout: 30000,
      maxBuffer: 64 * 1024 * 1024,
    }, (err, stdout, stderr) => {
      if (err) { reject(new Error(`CLI failed on ${file}: ${err.message} ${stderr}`)); return; }
      try {
        const json = JSON.parse(stdout) as { files: { path: string; findings: CliFinding[] }[] };
        if (json.files.length !== 1) throw new Error(`CLI reported ${json.files.length} files for ${file}: ${stderr}`);
        resolve(json.files[0].findings);
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** The CLI on `text` saved under the same file name in a temp folder (for edited documents). */
export async function cliFindingsForText(cli: string, fileName: string, text: string, asOf = AS_OF): Promise<CliFinding[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecc-e2e-cli-'));
  try {
    const file = path.join(dir, path.basename(fileName));
    fs.writeFileSync(file, text);
    return await cliFindings(cli, file, asOf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A CLI finding as the editor must show it. The message rule mirrors diagnostics.ts toDiagnostic: the first two
 * ECC controls are appended as " [ECC a, b]" unless the message already names ECC.
 */
export function fromCli(f: CliFinding): Comparable {
  const message = f.ecc.length && !f.message.includes('ECC') ? `${f.message} [ECC ${f.ecc.slice(0, 2).join(', ')}]` : f.message;
  return { range: fmtRange(f.range), code: f.code, severity: f.severity, message };
}

export function expectedFromCli(list: readonly CliFinding[]): Comparable[] {
  return list.map(fromCli).sort(order);
}

// ------------------------------------------------------------------ waiting
export function render(list: readonly vscode.Diagnostic[]): string {
  if (!list.length) return '  (none)';
  return comparable(list).map((d) => `  ${d.range} ${d.severity} ${d.code}: ${d.message}`).join('\n');
}

/**
 * Resolves with our diagnostics of `uri` once `predicate` holds for them. The predicate is checked at once (unless
 * `action` is given) and on every languages.onDidChangeDiagnostics for `uri`. With `action`: the listener is
 * installed first, then the action runs, and only diagnostics published after it count (at least one change
 * event for `uri` must arrive), so "nothing changed yet" is never mistaken for the result.
 * Rejects after `timeoutMs` with the last diagnostics seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = WAIT_MS,
  options: { action?: () => Thenable<unknown> | unknown; what?: string } = {},
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    let done = false;
    let sawEvent = !options.action;
    const finish = (err: Error | undefined, value?: vscode.Diagnostic[]) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      if (err) reject(err);
      else resolve(value!);
    };
    const check = () => {
      if (!sawEvent) return;
      const now = ours(uri);
      let ok = false;
      try { ok = predicate(now); } catch (e) { finish(e as Error); return; }
      if (ok) finish(undefined, now);
    };
    const timer = setTimeout(() => {
      finish(new WaitTimeout(`timed out after ${timeoutMs} ms waiting for ${options.what ?? 'diagnostics'} on ${vscode.workspace.asRelativePath(uri)}`
        + `${sawEvent ? '' : ' (no diagnostics change event arrived)'}; last diagnostics:\n${render(ours(uri))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) { sawEvent = true; check(); }
    });
    if (options.action) {
      Promise.resolve()
        .then(() => options.action!())
        .then(check, (e) => finish(e instanceof Error ? e : new Error(String(e))));
    } else {
      check();
    }
  });
}

export class WaitTimeout extends Error {}

/**
 * Waits (see waitForDiagnostics) until our diagnostics of `uri` equal `expected`, then asserts it, so a mismatch
 * fails with assert's diff of the last diagnostics rather than a bare timeout.
 */
export async function expectDiagnostics(uri: vscode.Uri, expected: Comparable[], action?: () => Thenable<unknown> | unknown, timeoutMs = WAIT_MS): Promise<void> {
  try {
    await waitForDiagnostics(uri, sameAs(expected, comparable), timeoutMs, { action, what: 'the expected diagnostics' });
  } catch (e) {
    if (!(e instanceof WaitTimeout)) throw e;
  }
  assert.deepEqual(comparable(ours(uri)), expected, `diagnostics of ${vscode.workspace.asRelativePath(uri)}`);
}

/** Equal as JSON (for predicates; assert.deepStrictEqual gives the readable diff afterwards). */
export function sameAs<T, A = T>(expected: T, map: (actual: A) => T = (a) => a as unknown as T): (actual: A) => boolean {
  const want = JSON.stringify(expected);
  return (actual) => JSON.stringify(map(actual)) === want;
}

/** Resolves when `uri`'s TextDocument is closed in the extension host. */
export function waitForClose(uri: vscode.Uri, timeoutMs = WAIT_MS): Promise<void> {
  const key = uri.toString();
  if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`${vscode.workspace.asRelativePath(uri)} was not closed within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.toString() === key) { clearTimeout(timer); sub.dispose(); resolve(); }
    });
  });
}

/** Is this document one of the product's files, by the client's rule (name or `schema:` header; client/src/extension.ts)? */
export function looksLikeProductFile(doc: vscode.TextDocument): boolean {
  return /\.(appendix|evidence)\.ya?ml$|(^|[\\/])\.ecc-appendix\.yaml$/i.test(doc.fileName)
    || /^schema:[ \t]*["']?ecc-(appendix|evidence|policy)\/v\d+/m.test(doc.getText(new vscode.Range(0, 0, 100, 0)));
}

/**
 * Language-server processes started by this extension host (Linux: children of this process running
 * dist/server.js, read from /proc). undefined where /proc is not available.
 */
export function serverProcesses(): number[] | undefined {
  if (process.platform !== 'linux' || !fs.existsSync('/proc/self/stat')) return undefined;
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((a) => /[\\/]dist[\\/]server\.js$/.test(a))) pids.push(Number(name));
    } catch { /* process ended meanwhile */ }
  }
  return pids;
}

/** Plain text of a hover's contents. */
export function hoverText(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** 0-based position of the first `key:` line (block mapping key) at or after `fromLine`. */
export function keyPosition(doc: vscode.TextDocument, key: string, fromLine = 0): vscode.Position {
  const re = new RegExp(`^(\\s*)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  for (let i = fromLine; i < doc.lineCount; i++) {
    const m = re.exec(doc.lineAt(i).text);
    if (m) return new vscode.Position(i, m[1].length);
  }
  throw new Error(`key "${key}:" not found in ${doc.fileName} from line ${fromLine}`);
}

/** Opens a workspace file in an editor (not a preview tab, so opening the next file does not close it). */
export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}
