import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { kindFromName } from '../languageService/files';
import { LIMITS } from '../languageService/parse';

/** Reading inputs for the CLI: folder search, size limit, text decoding, and where --output may write. */

export class InputError extends Error {}

/** Files above this size are not read: the engine's limit, which the server applies to open documents too (docs/robustness.md). */
export const MAX_FILE_BYTES = LIMITS.maxFileBytes;

const SKIP_DIRS = new Set(['node_modules', '.git']);

const OS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'name too long',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'resource busy',
  EEXIST: 'already exists',
  EIO: 'input/output error',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EINVAL: 'invalid argument',
  ETXTBSY: 'file busy',
};

/** An operating-system error in words ("permission denied"), never its raw code. */
export function osReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && OS_REASONS[code]) return OS_REASONS[code];
  if (e instanceof Error && (e as NodeJS.ErrnoException).syscall) {
    // Node's messages read "EXYZ: description, syscall 'path'": keep the description.
    const m = /^[A-Z0-9_]+: ([^,]+)/.exec(e.message);
    if (m) return m[1];
  }
  return e instanceof Error ? e.message : String(e);
}

/** What a path that is neither a file nor a folder is, in words. */
function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegular(p: string, stat: Stats): InputError {
  return new InputError(`cannot read ${p}: it is ${specialKind(stat)}, not a regular file`);
}

/**
 * Recognised files below a folder, sorted, as paths joined onto the folder as given. Symbolic links to files are
 * followed; links to folders are not (no loops). Named pipes, sockets and devices are skipped, with a note on
 * stderr when their name is a product file's.
 */
function walk(dir: string, out: string[], note: (line: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(`cannot read folder ${dir}: ${osReason(e)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(full, out, note);
      continue;
    }
    if (!kindFromName(entry.name)) continue;
    if (entry.isFile()) {
      out.push(full);
    } else if (entry.isSymbolicLink()) {
      let target: Stats;
      try {
        target = statSync(full);
      } catch (e) {
        note(`ecc-appendix: ${displayPath(full)} skipped: symbolic link that cannot be followed (${osReason(e)})`);
        continue;
      }
      if (target.isFile()) out.push(full);
      else if (!target.isDirectory()) note(`ecc-appendix: ${displayPath(full)} skipped: links to ${specialKind(target)}, not a regular file`);
    } else {
      let what = 'not a regular file';
      try {
        what = specialKind(statSync(full));
      } catch {
        /* keep the generic words */
      }
      note(`ecc-appendix: ${displayPath(full)} skipped: it is ${what}, not a regular file`);
    }
  }
}

/**
 * Expands the command line's paths; throws InputError for a path that does not exist, cannot be read, or (given
 * explicitly) is not a regular file or folder. Notes about entries skipped in folders go to `note` (stderr).
 */
export function collectFiles(paths: readonly string[], note: (line: string) => void = (l) => process.stderr.write(l + '\n')): string[] {
  const out: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      throw new InputError(`cannot read ${p}: ${osReason(e)}`);
    }
    if (stat.isDirectory()) walk(p, out, note);
    else if (stat.isFile()) out.push(p);
    else throw notRegular(p, stat);
  }
  return [...new Set(out)];
}

/** `path` as the user gave it, with `/` separators (format.md section 3). */
export function displayPath(p: string): string {
  return p.split(path.sep).join('/');
}

/** Opens without waiting: a named pipe opened for reading would otherwise block until a writer comes. */
const OPEN_FLAGS = constants.O_NONBLOCK !== undefined ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY;

/**
 * Reads a file as the editor would see it: UTF-8, BOM removed. Binary and oversized files are refused, and so is
 * anything that is not a regular file (pipes, devices, sockets). At most the size limit plus one byte is read, so a
 * file that grows, or lies about its size, cannot exhaust memory.
 */
export function readText(file: string): string {
  let buf: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`cannot read ${file}: is a folder`);
    if (!stat.isFile()) throw notRegular(file, stat);
    if (stat.size > MAX_FILE_BYTES) throw tooBig(file, stat.size);
    buf = Buffer.alloc(Math.min(stat.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (buf.length > MAX_FILE_BYTES) throw tooBig(file, length);
        const bigger = Buffer.alloc(Math.min(buf.length * 2, MAX_FILE_BYTES + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    buf = buf.subarray(0, length);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: ${osReason(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (buf.includes(0)) throw new InputError(`${file} is a binary file, not YAML text`);
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooBig(file: string, size: number): InputError {
  const mb = MAX_FILE_BYTES / 1048576;
  return new InputError(size > MAX_FILE_BYTES + 1 ? `${file} is ${(size / 1048576).toFixed(1)} MB; files over ${mb} MB are not read` : `${file} is over ${mb} MB; files over ${mb} MB are not read`);
}

/** The real path of `p`; for a path that does not exist yet, its folder's real path joined with its name. */
function realOrPlanned(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const dir = path.dirname(path.resolve(p));
    try {
      return path.join(realpathSync(dir), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

/**
 * Refuses an --output that would overwrite an input or any product file (an appendix, evidence log, team policy or
 * snippet library), however it is spelled (the real path is compared where the file exists).
 */
export function checkOutput(output: string, inputs: readonly string[]): void {
  const target = realOrPlanned(output);
  const shown = displayPath(output);
  for (const input of inputs) {
    if (realOrPlanned(input) === target) throw new InputError(`--output ${shown} is the input file ${displayPath(input)}; refusing to overwrite it`);
  }
  const kind = kindFromName(target) ?? kindFromName(output);
  if (kind) {
    const what = { appendix: 'an appendix', evidence: 'an evidence log', policy: 'a team policy', snippets: 'a snippet library' }[kind];
    throw new InputError(`--output ${shown} is named like ${what}; refusing to overwrite it (choose another file name)`);
  }
}
