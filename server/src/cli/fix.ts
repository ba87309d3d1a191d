/**
 * `lint --fix`: the editor's "fix all in file" (codeActions.ts `fixAll`, the same edits) applied to a file in
 * place. Only the edited ranges change: line endings, comments, quoting and a byte order mark stay as they were.
 */
import { openSync, readSync, closeSync, writeFileSync } from 'node:fs';
import { fixAll } from '../languageService/codeActions';
import type { CheckOptions } from '../languageService/engine';
import { localeOf } from '../languageService/i18n/locale';
import { t } from '../languageService/i18n/messages';
import { InputError, osReason } from './files';

function hasBom(file: string): boolean {
  const buf = Buffer.alloc(3);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return readSync(fd, buf, 0, 3, 0) === 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Fixes `text` (the content of `file`, BOM removed) and writes the result back when anything changed. Returns the
 * new text and a one-line note for stderr (undefined when nothing changed).
 */
export function fixFile(file: string, shown: string, text: string, options: CheckOptions): { text: string; note?: string } {
  const r = fixAll(shown, text, options);
  if (r.text === text) return { text };
  try {
    writeFileSync(file, (hasBom(file) ? '\uFEFF' : '') + r.text);
  } catch (e) {
    throw new InputError(`cannot write ${shown}: ${osReason(e)}`);
  }
  return { text: r.text, note: t(localeOf(options), 'cli.fixed', { path: shown, clauses: r.clauses, params: r.params, values: r.values }) };
}
