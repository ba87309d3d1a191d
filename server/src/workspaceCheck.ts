/**
 * "Validate all appendices" (docs/report.md): the language server finds every product file in the workspace folders
 * (by name, or a `.yaml`/`.yml` file whose header is a product `schema:`), checks the ones that are not open from
 * the disk and publishes their diagnostics, so the Problems view lists the whole workspace without opening a file.
 * After the first run the results are kept current: a watched file that changes on disk is checked again, a deleted
 * one is cleared, an opened one gets its live diagnostics from the editor, and a closed one gets its on-disk
 * diagnostics back. The same file list feeds the coverage report.
 *
 * No connection here (ARCHITECTURE.md invariant 1): server.ts passes in how to check, publish and what is open.
 * Files are read as text and parsed as YAML data only (docs/trust.md).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CheckResult } from './languageService/engine';
import { detectKind, headerSchema, kindFromName, type FileKind } from './languageService/files';
import { buildReport, lineStarts, type ReportInput, type ReportLang, type ReportModel } from './languageService/report/index';
import { readSmallText } from './workspaceFiles';

/** Folders visited by one workspace search, at most. */
export const MAX_SCAN_DIRS = 5000;
/** Product files checked by one run, at most (a larger workspace is reported as truncated). */
export const MAX_WORKSPACE_FILES = 2000;
/** How far into an unnamed `.yaml` file the search looks for a product `schema:` header. */
const HEADER_BYTES = 4096;

const SKIP_DIRS = new Set(['node_modules', '.git']);
const YAML_FILE = /\.ya?ml$/i;

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** The product kind of a file on disk: by name, else by the header in its first 4 KB; undefined for other files. */
export function productKindOnDisk(file: string): FileKind | undefined {
  const byName = kindFromName(file);
  if (byName) return byName;
  if (!YAML_FILE.test(file)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(HEADER_BYTES);
    const n = readSync(fd, buf, 0, HEADER_BYTES, 0);
    const head = buf.subarray(0, n).toString('utf8');
    return headerSchema(head) ? detectKind(file, head) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Product files below the folders, breadth-first, sorted by name in each folder. */
export async function findProductFiles(folders: readonly string[], token?: Cancellation): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const queue = folders.map((f) => path.resolve(f));
  let dirs = 0;
  let truncated = false;
  while (queue.length) {
    if (token?.isCancellationRequested) break;
    if (dirs >= MAX_SCAN_DIRS) {
      truncated = true;
      break;
    }
    const dir = queue.shift()!;
    dirs++;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) queue.push(full);
      else if (e.isFile() && productKindOnDisk(full)) {
        if (files.length >= MAX_WORKSPACE_FILES) {
          truncated = true;
          break;
        }
        files.push(full);
      }
    }
  }
  return { files: [...new Set(files)], truncated };
}

export interface WorkspaceSummary {
  files: number;
  error: number;
  warning: number;
  info: number;
  /** Files found but not readable as text (too large, binary, gone). */
  unreadable: number;
  truncated: boolean;
  cancelled: boolean;
}

export interface WorkspaceCheckDeps {
  /** The editor's text of the file when it is open (its live diagnostics are the editor's), else undefined. */
  openText(file: string): string | undefined;
  /** The diagnostics of a file's text, as `validate` computes them for an open document. */
  check(file: string, text: string): Promise<Diagnostic[]>;
  publish(file: string, diagnostics: Diagnostic[]): void;
  /** The `evidence_log.appendix` an evidence log's text names (to re-check the logs of a changed appendix). */
  linkedId(text: string): string | undefined;
  log(message: string): void;
}

/** Lets the event loop run between files so that requests and typing stay responsive during a long run. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** The on-disk diagnostics of the workspace, once "Validate all appendices" has run. */
export class WorkspaceCheck {
  /** Files whose on-disk diagnostics are published (not open in the editor). */
  private readonly published = new Set<string>();
  /** Every product file known on disk since the last run (open or not). */
  private readonly known = new Set<string>();
  private active = false;
  private generation = 0;
  private folders: string[] = [];
  private recheckTimer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: WorkspaceCheckDeps) {}

  /** The workspace folders (absolute paths), set before each run. */
  setFolders(folders: readonly string[]): void {
    this.folders = folders.map((f) => path.resolve(f));
  }

  /** Whether a run has happened (and the results are being kept current). */
  get isActive(): boolean {
    return this.active;
  }

  /**
   * Finds and checks every product file; publishes diagnostics for those not open. `progress(done, total)` is
   * called after each file. A cancelled run keeps what it published and stays active.
   */
  async run(progress: (done: number, total: number) => void, token?: Cancellation): Promise<WorkspaceSummary> {
    const generation = ++this.generation;
    this.active = true;
    const { files, truncated } = await findProductFiles(this.folders, token);
    const summary: WorkspaceSummary = { files: 0, error: 0, warning: 0, info: 0, unreadable: 0, truncated, cancelled: false };
    // Files that were published before and are gone now are cleared.
    for (const old of this.known) if (!files.includes(old)) this.clear(old);
    this.known.clear();
    progress(0, files.length);
    for (let i = 0; i < files.length; i++) {
      if (token?.isCancellationRequested || generation !== this.generation) {
        summary.cancelled = true;
        break;
      }
      const file = files[i];
      this.known.add(file);
      const diagnostics = await this.checkFile(file);
      if (diagnostics === undefined) summary.unreadable++;
      else {
        summary.files++;
        for (const d of diagnostics) {
          if (d.severity === DiagnosticSeverity.Error) summary.error++;
          else if (d.severity === DiagnosticSeverity.Warning) summary.warning++;
          else summary.info++;
        }
      }
      progress(i + 1, files.length);
      if (i % 20 === 19) await breathe();
    }
    return summary;
  }

  /** Checks one file (the editor's text when open, without publishing; else the disk, published). */
  private async checkFile(file: string): Promise<Diagnostic[] | undefined> {
    const open = this.deps.openText(file);
    if (open !== undefined) {
      this.published.delete(file);
      return this.deps.check(file, open);
    }
    const text = readSmallText(file);
    if (text === undefined || !productKindOnDisk(file)) {
      this.clear(file);
      return undefined;
    }
    try {
      const diagnostics = await this.deps.check(file, text);
      // Opened while it was being checked: the editor's live diagnostics win.
      if (this.deps.openText(file) !== undefined) return diagnostics;
      this.deps.publish(file, diagnostics);
      this.published.add(file);
      return diagnostics;
    } catch (e) {
      this.deps.log(`workspace check of ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private clear(file: string): void {
    if (this.published.delete(file)) this.deps.publish(file, []);
  }

  /** A watched file was created, changed or deleted on disk. */
  async fileChanged(file: string, deleted: boolean): Promise<void> {
    if (!this.active) return;
    const abs = path.resolve(file);
    if (deleted) {
      this.known.delete(abs);
      this.clear(abs);
      return;
    }
    if (this.deps.openText(abs) !== undefined) return; // the editor's diagnostics are live
    if (!productKindOnDisk(abs) || !this.inFolders(abs)) {
      this.known.delete(abs);
      this.clear(abs);
      return;
    }
    this.known.add(abs);
    await this.checkFile(abs);
  }

  /** A document was closed: its on-disk diagnostics come back. Returns true when they were published. */
  async closed(file: string | undefined): Promise<boolean> {
    if (!this.active || !file || !this.known.has(path.resolve(file))) return false;
    return (await this.checkFile(path.resolve(file))) !== undefined;
  }

  /** A document was opened: the editor now publishes its live diagnostics. */
  opened(file: string | undefined): void {
    if (file) this.published.delete(path.resolve(file));
  }

  /**
   * Settings or a team policy changed: every published file is checked again, once the changes stop for 300 ms
   * (typing in an open policy file changes it on every key).
   */
  recheckSoon(): void {
    if (!this.active) return;
    clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      void (async () => {
        for (const file of [...this.published]) await this.checkFile(file);
      })();
    }, 300);
  }

  /** Appendices with these ids changed: the evidence logs on disk that link to them are checked again. */
  async recheckLinked(ids: readonly string[]): Promise<void> {
    if (!this.active || !ids.length) return;
    for (const file of [...this.published]) {
      if (kindFromName(file) !== 'evidence' && productKindOnDisk(file) !== 'evidence') continue;
      const text = readSmallText(file);
      const id = text === undefined ? undefined : this.deps.linkedId(text);
      if (id !== undefined && ids.includes(id)) await this.checkFile(file);
    }
  }

  /** The product files of the last run (for the coverage report), in search order. */
  async files(token?: Cancellation): Promise<string[]> {
    return (await findProductFiles(this.folders, token)).files;
  }

  private inFolders(file: string): boolean {
    return this.folders.some((f) => {
      const rel = path.relative(path.resolve(f), file);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    });
  }
}

export interface ReportDeps {
  /** The editor's text when open, else the file on disk (undefined when unreadable). */
  text(file: string): string | undefined;
  /** The engine's result for the file, with messages in `lang`. */
  check(file: string, text: string, lang: ReportLang): Promise<CheckResult | undefined>;
  /** How the file is shown: relative to its workspace folder. */
  shown(file: string): string;
}

/** The coverage report of the workspace's product files (the same checks as the Problems view). */
export async function workspaceReport(files: readonly string[], deps: ReportDeps, options: { lang: ReportLang; asOf: string }, token?: Cancellation): Promise<ReportModel> {
  // Appendices first, so that evidence logs are checked against the same appendix texts (as the CLI does).
  const order = [...files.filter((f) => productKindOnDisk(f) !== 'evidence'), ...files.filter((f) => productKindOnDisk(f) === 'evidence')];
  const inputs = new Map<string, ReportInput>();
  for (const file of order) {
    if (token?.isCancellationRequested) break;
    const text = deps.text(file);
    if (text === undefined) continue;
    const result = await deps.check(file, text, options.lang);
    if (!result) continue;
    const englishFindings = options.lang !== 'en' && result.kind === 'evidence' ? (await deps.check(file, text, 'en'))?.findings : undefined;
    inputs.set(file, { path: deps.shown(file), uri: fileUri(file), result, lines: lineStarts(text), englishFindings });
  }
  return buildReport(
    files.map((f) => inputs.get(f)).filter((i): i is ReportInput => !!i),
    options,
  );
}
