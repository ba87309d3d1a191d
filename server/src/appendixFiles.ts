/**
 * Finding the appendix an evidence log links to (`evidence_log.appendix` = `appendix.id`), on the file system. The
 * pure engine only receives the candidates (`CheckOptions.appendices`); the CLI and the language server find them
 * here, the same way (docs/evidence.md, "Linking"):
 * - CLI: the appendices among its inputs; when none has the log's id, the log's own folder and then each parent
 *   folder (only the files directly in each), up to the current folder when the log lies inside it, else up to the
 *   repository root (a folder holding `.git`) or the file-system root. The nearest folder with a match wins.
 * - Server: open documents (their unsaved text) and the `*.appendix.yaml` / `*.appendix.yml` files of the workspace
 *   folders (`node_modules` and `.git` skipped, at most MAX_SCAN_DIRS folders and MAX_APPENDIX_FILES appendices),
 *   kept current by file watching; for a log outside every workspace folder, the same upward search as the CLI.
 * Files are read as text and parsed as YAML data only (docs/trust.md).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { linkedAppendixId, readAppendixSource, type AppendixSource } from './languageService/evidence/index';
import { detectKind, kindFromName } from './languageService/files';
import { parseYaml, type ParsedYaml } from './languageService/parse';
import { readSmallText } from './workspaceFiles';

/** Folders visited by one workspace scan, at most. */
export const MAX_SCAN_DIRS = 5000;
/** Appendix files read by one workspace scan, at most. */
export const MAX_APPENDIX_FILES = 1000;

const APPENDIX_FILE = /\.appendix\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** `/`-separated, relative to `base` when inside it, else absolute. */
function show(file: string, base: string | undefined): string {
  const rel = base ? path.relative(base, file) : '';
  const p = base && rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return p.split(path.sep).join('/');
}

function within(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * When several candidates have the log's id, the one nearest the log wins: in the log's own folder, else in the
 * nearest parent folder holding one. When none lies in those folders, or two are equally near, all are kept and the
 * engine reports the ambiguity.
 */
export function preferNearest(candidates: readonly (readonly [string, AppendixSource])[], logFile: string | undefined, id: string | undefined): AppendixSource[] {
  const all = candidates.map(([, s]) => s);
  if (!logFile || id === undefined) return all;
  const same = candidates.filter(([, s]) => s.id === id);
  if (same.length < 2) return all;
  const logDir = path.dirname(path.resolve(logFile));
  const near = same.filter(([abs]) => path.isAbsolute(abs) && within(path.dirname(abs), logDir));
  const depth = Math.max(-1, ...near.map(([abs]) => path.dirname(abs).length));
  const nearest = near.filter(([abs]) => path.dirname(abs).length === depth);
  if (nearest.length !== 1) return all;
  return all.filter((s) => s.id !== id || s === nearest[0][1]);
}

/** An appendix file as a link target (undefined when unreadable or not an `ecc-appendix/v1` appendix with an id). */
export function readAppendixFile(file: string, shown: string): AppendixSource | undefined {
  const text = readSmallText(file);
  const source = text === undefined ? undefined : readAppendixSource(file, text);
  return source && { ...source, path: shown };
}

/** Appendix files directly in `dir` (not below it), sorted by name. */
function appendixFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && APPENDIX_FILE.test(e.name))
      .map((e) => e.name)
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/**
 * The appendices with `id` in the nearest folder from `startDir` upward that holds any: stopping after `stop` (when
 * given and above `startDir`), after the first folder holding `.git`, or at the file-system root.
 */
export function findAppendicesUpward(startDir: string, id: string, base: string | undefined, stop?: string): AppendixSource[] {
  let dir = path.resolve(startDir);
  const last = stop && within(path.resolve(stop), dir) ? path.resolve(stop) : undefined;
  for (;;) {
    const found = appendixFilesIn(dir)
      .map((f) => readAppendixFile(f, show(f, base)))
      .filter((a): a is AppendixSource => !!a && a.id === id);
    if (found.length) return found;
    if (dir === last || existsSync(path.join(dir, '.git'))) return [];
    const parent = path.dirname(dir);
    if (parent === dir) return [];
    dir = parent;
  }
}

/** The CLI's appendices: those among its inputs, then the upward search for a log whose id none of them has. */
export class CliAppendixLinks {
  private readonly inputs = new Map<string, AppendixSource>();

  constructor(private readonly cwd = process.cwd()) {}

  /** Reads the appendices among the inputs up front, so a log checked before its appendix still finds it. */
  preload(files: readonly string[], shownOf: (file: string) => string): void {
    for (const file of files) {
      const byName = kindFromName(file);
      if (byName === 'evidence' || byName === 'policy' || byName === 'snippets') continue;
      const source = readAppendixFile(file, shownOf(file));
      if (source) this.inputs.set(path.resolve(file), source);
    }
  }

  /** After the main loop read (and perhaps fixed) an input: the text it checked is the one logs link to. */
  update(file: string, shown: string, text: string, parsed?: ParsedYaml): void {
    const source = readAppendixSource(file, text, parsed);
    if (source) this.inputs.set(path.resolve(file), { ...source, path: shown });
    else this.inputs.delete(path.resolve(file));
  }

  /** Candidates for the evidence log at `file` with this text (undefined for other files). */
  for(file: string, text: string): AppendixSource[] | undefined {
    if (detectKind(file, text) !== 'evidence') return undefined;
    const all = [...this.inputs.values()];
    const id = linkedAppendixId(parseYaml(text));
    if (id === undefined || all.some((a) => a.id === id)) return preferNearest([...this.inputs], file, id);
    const dir = path.dirname(path.resolve(file));
    return [...all, ...findAppendicesUpward(dir, id, this.cwd, within(this.cwd, dir) ? this.cwd : undefined)];
  }
}

/**
 * The language server's appendices: a workspace scan kept current by watched-file events, with open documents'
 * text taking precedence over the file on disk. Every method returns the appendix ids whose candidates changed, so
 * the caller can re-check the open logs that link to them.
 */
export class AppendixIndex {
  private readonly disk = new Map<string, AppendixSource>();
  /** Open documents by path (or URI when not a file); undefined: open but not an appendix with an id. */
  private readonly open = new Map<string, AppendixSource | undefined>();
  private folders: string[] = [];
  private generation = 0;
  /** Resolves when the latest scan has finished. */
  ready: Promise<void> = Promise.resolve();

  /** Replaces the workspace folders and rescans them; returns every id found (old and new). */
  scan(folders: readonly string[]): Promise<string[]> {
    this.folders = folders.map((f) => path.resolve(f));
    const generation = ++this.generation;
    const before = this.ids();
    const run = (async () => {
      const found = new Map<string, AppendixSource>();
      let dirs = 0;
      const queue = [...this.folders];
      while (queue.length && dirs < MAX_SCAN_DIRS && found.size < MAX_APPENDIX_FILES) {
        const dir = queue.shift()!;
        dirs++;
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        if (generation !== this.generation) return [];
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
          const full = path.join(dir, e.name);
          if (e.isDirectory() && !SKIP_DIRS.has(e.name)) queue.push(full);
          else if (e.isFile() && APPENDIX_FILE.test(e.name) && found.size < MAX_APPENDIX_FILES) {
            const source = readAppendixFile(full, this.shown(full));
            if (source) found.set(full, source);
          }
        }
      }
      if (generation !== this.generation) return [];
      this.disk.clear();
      for (const [k, v] of found) this.disk.set(k, v);
      return [...new Set([...before, ...this.ids()])];
    })();
    this.ready = run.then(() => undefined);
    return run;
  }

  /** A watched appendix file was created, changed or deleted. */
  fileChanged(file: string): string[] {
    const abs = path.resolve(file);
    const old = this.disk.get(abs)?.id;
    const source = this.folderOf(abs) ? readAppendixFile(abs, this.shown(abs)) : undefined;
    if (source) this.disk.set(abs, source);
    else this.disk.delete(abs);
    return [old, source?.id].filter((x): x is string => !!x);
  }

  /** An open document's current text as a link target (`source` undefined when it is not an appendix). */
  setOpen(key: string, source: AppendixSource | undefined): string[] {
    const old = this.open.has(key) ? this.open.get(key)?.id : this.disk.get(key)?.id;
    this.open.set(key, source);
    return [old, source?.id].filter((x): x is string => !!x);
  }

  /** A document closed: the file on disk (re-read, since unsaved edits are gone) counts again. */
  closeOpen(key: string): string[] {
    if (!this.open.has(key)) return [];
    const old = this.open.get(key)?.id;
    this.open.delete(key);
    const now = path.isAbsolute(key) ? this.fileChanged(key) : [];
    return [old, ...now].filter((x): x is string => !!x);
  }

  /** How a path is shown in messages: relative to its workspace folder (named first when there are several). */
  shown(file: string): string {
    const folder = this.folderOf(file);
    const rel = show(file, folder);
    return folder && this.folders.length > 1 ? `${path.basename(folder)}/${rel}` : rel;
  }

  /** Candidates for the evidence log at `file` (undefined for an unsaved buffer) linking to `id`. */
  sourcesFor(file: string | undefined, id: string | undefined): AppendixSource[] {
    const entries: [string, AppendixSource][] = [];
    for (const [k, v] of this.disk) if (!this.open.has(k)) entries.push([k, v]);
    for (const [k, v] of this.open) if (v) entries.push([k, v]);
    const all = preferNearest(entries, file, id);
    if (id === undefined || !file || all.some((a) => a.id === id) || this.folderOf(file)) return all;
    return [...all, ...findAppendicesUpward(path.dirname(file), id, undefined)];
  }

  private folderOf(file: string): string | undefined {
    return this.folders.filter((f) => within(f, file)).sort((a, b) => b.length - a.length)[0];
  }

  private ids(): string[] {
    return [...new Set([...this.disk.values(), ...[...this.open.values()].filter((v): v is AppendixSource => !!v)].map((a) => a.id))];
  }
}

/** The CLI's inputs with evidence logs (by name) last, so they are checked against the appendices as fixed. */
export function evidenceLast(files: readonly string[]): string[] {
  return [...files.filter((f) => kindFromName(f) !== 'evidence'), ...files.filter((f) => kindFromName(f) === 'evidence')];
}
