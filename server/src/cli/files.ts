import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { kindFromName } from '../languageService/files';
import { LIMITS } from '../languageService/parse';

/** Reading inputs for the CLI: folder search, size limit, text decoding. */

export class InputError extends Error {}

/** Files above this size are not read: the engine's limit, which the server applies to open documents too (docs/robustness.md). */
export const MAX_FILE_BYTES = LIMITS.maxFileBytes;

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Recognised files below a folder, sorted, as paths joined onto the folder as given. */
function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(full, out);
    } else if (entry.isFile() && kindFromName(entry.name)) {
      out.push(full);
    }
  }
}

/** Expands the command line's paths; throws InputError for a path that does not exist or cannot be read. */
export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      throw new InputError(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
    }
    if (stat.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return [...new Set(out)];
}

/** `path` as the user gave it, with `/` separators (format.md section 3). */
export function displayPath(p: string): string {
  return p.split(path.sep).join('/');
}

/** Reads a file as the editor would see it: UTF-8, BOM removed. Binary and oversized files are refused. */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new InputError(`${file} is ${(size / 1048576).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1048576} MB are not read`);
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (buf.includes(0)) throw new InputError(`${file} is a binary file, not YAML text`);
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
