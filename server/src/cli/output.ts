import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../languageService/catalogue/types';
import type { FileKind } from '../languageService/files';
import type { Finding } from '../languageService/findings';

/** The CLI's output formats (format.md section 3). */

export interface FileResult {
  path: string;
  kind: FileKind;
  findings: Finding[];
  document: TextDocument;
}

export type Summary = { files: number } & Record<Severity, number>;

export function summarize(results: readonly FileResult[]): Summary {
  const s: Summary = { files: results.length, error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) s[f.severity]++;
  return s;
}

/** `--format json`: exactly the shape of format.md section 3, 0-based UTF-16 positions. */
export function toJson(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    path: r.path,
    kind: r.kind,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      ecc: [...f.ecc],
      basis: f.basis,
      range: { start: r.document.positionAt(f.span.start), end: r.document.positionAt(f.span.end) },
    })),
  }));
  return JSON.stringify({ version: 1, files, summary: summarize(results) }, null, 2) + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `--format text`: like a compiler, `path:line:col severity code message`, grouped by file, then a summary.
 * Line and column are 1-based here so that terminals and editors can open them (docs/decisions.md).
 */
export function toText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const ok = r.findings.length === 0;
    lines.push(`${r.path} (${r.kind}): ${ok ? 'no findings' : plural(r.findings.length, 'finding')}`);
    for (const f of r.findings) {
      const p = r.document.positionAt(f.span.start);
      const ecc = f.ecc.length ? ` [ECC ${f.ecc.slice(0, 2).join(', ')}]` : '';
      lines.push(`  ${r.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}${ecc}`);
    }
    lines.push('');
  }
  const s = summarize(results);
  lines.push(`${plural(s.files, 'file')} checked: ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info.`);
  lines.push('No findings means no findings against catalogue v1, not "compliant with ECC": NCA judges compliance.');
  return lines.join('\n') + '\n';
}
