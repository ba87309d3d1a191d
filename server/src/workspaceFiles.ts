/**
 * File-system side of team policies and snippet libraries, shared by the language server and the CLI so both find,
 * read and confine files the same way. The pure parts (what a policy means, what a library holds) live in
 * languageService/policy.ts and languageService/snippetLibrary.ts.
 *
 * Safety (docs/trust.md): files are read as text and parsed as YAML data, never executed or imported. Snippet
 * folders named by a policy must stay inside the policy file's folder (no absolute paths, no `..` out of it, no
 * symbolic link out of it); only `*.snippets.yaml` / `*.snippets.yml` files directly in such a folder are read,
 * each at most MAX_FILE_BYTES, at most MAX_LIBRARY_FILES per folder.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryPathProblem, readPolicy, type FolderState, type ResolvedPolicy } from './languageService/policy';
import { parseYaml } from './languageService/parse';
import { readLibrarySnippets, type LibrarySnippet } from './languageService/snippetLibrary';
import { pushAll } from './languageService/arrays';

export const POLICY_FILE = '.ecc-appendix.yaml';
/** Same limit as the CLI's input files. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Library files read per folder (a library is a handful of files; this bounds a hostile folder). */
export const MAX_LIBRARY_FILES = 200;

const LIBRARY_FILE = /\.snippets\.ya?ml$/i;

/**
 * The policy that applies from `startDir`: `.ecc-appendix.yaml` in that folder or the nearest parent, stopping after
 * the first folder that holds `.git` (the repository root) or at the file-system root.
 */
export function findPolicyUpward(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, POLICY_FILE);
    if (isFile(candidate)) return candidate;
    if (existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Reads a small text file as the editor would see it (UTF-8, BOM removed); undefined when unreadable or unsuitable. */
export function readSmallText(file: string): string | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    const buf = readFileSync(file);
    if (buf.includes(0)) return undefined;
    const text = buf.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** Is `inner` the folder `outer` or below it (both absolute, already resolved)? */
function within(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * What the file system says about one `snippetLibraries` entry of the policy at `policyFile`: refused when it is
 * absolute or leaves the policy's folder (also through a symbolic link), else whether it is a folder.
 */
export function libraryFolderState(policyFile: string, raw: string): { state: FolderState; dir?: string } {
  const lexical = libraryPathProblem(raw);
  if (lexical) return { state: lexical };
  const root = path.dirname(path.resolve(policyFile));
  const dir = path.resolve(root, raw.trim());
  if (!within(root, dir)) return { state: 'outside' };
  let st;
  try {
    st = statSync(dir);
  } catch {
    return { state: 'missing' };
  }
  if (!st.isDirectory()) return { state: 'not-folder' };
  try {
    if (!within(realpathSync(root), realpathSync(dir))) return { state: 'outside' };
  } catch {
    return { state: 'missing' };
  }
  return { state: 'ok', dir };
}

/** The `snippetLibraries` entries of a policy text with their states (for the policy file's own findings). */
export function libraryFolderStates(policyFile: string, text: string): Map<string, FolderState> {
  const out = new Map<string, FolderState>();
  const value = parseYaml(text).value as { snippetLibraries?: unknown } | undefined;
  const list = value && typeof value === 'object' && Array.isArray(value.snippetLibraries) ? value.snippetLibraries : [];
  for (const raw of list) if (typeof raw === 'string') out.set(raw, libraryFolderState(policyFile, raw).state);
  return out;
}

/** A policy file read and resolved. */
export interface LoadedPolicy {
  /** Absolute path of the policy file. */
  file: string;
  text: string;
  policy: ResolvedPolicy;
  /** Absolute folders of its usable snippet libraries. */
  libraryDirs: string[];
}

/** Resolves policy text read from `file` (or the editor's unsaved buffer of it). */
export function loadPolicyText(file: string, text: string): LoadedPolicy {
  const abs = path.resolve(file);
  const states = libraryFolderStates(abs, text);
  const { policy } = readPolicy(parseYaml(text), states);
  const libraryDirs: string[] = [];
  for (const raw of policy.snippetLibraries) {
    const r = libraryFolderState(abs, raw);
    if (r.state === 'ok' && r.dir && !libraryDirs.includes(r.dir)) libraryDirs.push(r.dir);
  }
  return { file: abs, text, policy, libraryDirs };
}

/** Library files directly in `dir`, sorted by name, at most MAX_LIBRARY_FILES. */
export function libraryFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && LIBRARY_FILE.test(e.name))
      .map((e) => e.name);
  } catch {
    return [];
  }
  return names
    .sort()
    .slice(0, MAX_LIBRARY_FILES)
    .map((n) => path.join(dir, n));
}

/** The completion entries of every library file in `dirs` (unreadable files and bad entries are skipped). */
export function loadLibrarySnippets(dirs: readonly string[]): LibrarySnippet[] {
  const out: LibrarySnippet[] = [];
  for (const dir of dirs) {
    for (const file of libraryFiles(dir)) {
      const text = readSmallText(file);
      if (text !== undefined) pushAll(out, readLibrarySnippets(file, text));
    }
  }
  return out;
}

/** A cheap fingerprint of files (path, size, modification time) to know when a cached read is stale. */
export function fingerprint(files: readonly string[]): string {
  return files
    .map((f) => {
      try {
        const st = statSync(f);
        return `${f}:${st.size}:${st.mtimeMs}`;
      } catch {
        return `${f}:-`;
      }
    })
    .join('|');
}

/**
 * The language server's view of policies and libraries: which policy governs a document (the nearest
 * `.ecc-appendix.yaml` from the document's workspace folder upward, as the CLI searches from its current folder),
 * read from the editor's buffer when the policy is open so edits apply while typing, and the snippet libraries of
 * that policy plus the `eccAppendix.snippetLibraries` setting. Reads are cached and re-checked cheaply.
 */
export class PolicyStore {
  private folders: string[] = [];
  private readonly policies = new Map<string, LoadedPolicy>();
  private readonly libraries = new Map<string, { stamp: string; snippets: LibrarySnippet[] }>();

  /** `openText(file)`: the editor's text of that file when it is open, else undefined. */
  constructor(private readonly openText: (file: string) => string | undefined) {}

  /** The workspace folders (absolute paths). */
  setFolders(folders: readonly string[]): void {
    this.folders = folders.map((f) => path.resolve(f));
    this.invalidate();
  }

  /** Forget cached reads (a watched file changed). */
  invalidate(): void {
    this.policies.clear();
    this.libraries.clear();
  }

  /** The workspace folder holding `file`, if any (the innermost). */
  folderOf(file: string): string | undefined {
    return this.folders.filter((f) => within(f, file)).sort((a, b) => b.length - a.length)[0];
  }

  /** The policy file that governs the document at `file`. */
  policyFileFor(file: string): string | undefined {
    return findPolicyUpward(this.folderOf(file) ?? path.dirname(file));
  }

  policyFor(file: string): LoadedPolicy | undefined {
    const policyFile = this.policyFileFor(file);
    if (!policyFile) return undefined;
    const text = this.openText(policyFile) ?? readSmallText(policyFile);
    if (text === undefined) return undefined;
    const hit = this.policies.get(policyFile);
    if (hit && hit.text === text) return hit;
    const loaded = loadPolicyText(policyFile, text);
    this.policies.set(policyFile, loaded);
    return loaded;
  }

  /**
   * Library entries for completion in the document at `file`: the policy's folders, then the setting's (relative
   * ones from the workspace folder; absolute ones as given, since VS Code ignores a workspace's own value of this
   * setting in Restricted Mode).
   */
  librarySnippetsFor(file: string, settingFolders: readonly string[]): LibrarySnippet[] {
    const dirs = [...(this.policyFor(file)?.libraryDirs ?? [])];
    const base = this.folderOf(file) ?? path.dirname(file);
    for (const raw of settingFolders) {
      if (!raw.trim()) continue;
      const dir = path.resolve(base, raw.trim());
      if (!dirs.includes(dir)) dirs.push(dir);
    }
    const out: LibrarySnippet[] = [];
    for (const dir of dirs) {
      const files = libraryFiles(dir);
      const stamp = fingerprint(files);
      let hit = this.libraries.get(dir);
      if (!hit || hit.stamp !== stamp) {
        hit = { stamp, snippets: loadLibrarySnippets([dir]) };
        this.libraries.set(dir, hit);
      }
      pushAll(out, hit.snippets);
    }
    return out;
  }
}

/** The file-system path of a `file:` URI; undefined for other schemes (untitled buffers, virtual files). */
export function uriToPath(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
