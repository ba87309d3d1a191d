import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../languageService/catalogue/types';
import type { FileKind } from '../languageService/files';
import type { Finding } from '../languageService/findings';
import type { Locale } from '../languageService/i18n/locale';
import { eccTag } from '../languageService/diagnostics';
import { t } from '../languageService/i18n/messages';

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

/**
 * `--format text`: like a compiler, `path:line:col severity code message`, grouped by file, then a summary.
 * Line and column are 1-based here so that terminals and editors can open them (docs/decisions.md).
 */
export function toText(results: readonly FileResult[], locale: Locale = 'en'): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(t(locale, 'cli.file', { path: r.path, kind: r.kind, findings: r.findings.length }));
    for (const f of r.findings) {
      const p = r.document.positionAt(f.span.start);
      lines.push(`  ${r.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}${eccTag(f)}`);
    }
    lines.push('');
  }
  const s = summarize(results);
  lines.push(t(locale, 'cli.summary', s));
  lines.push(t(locale, 'cli.disclaimer', {}));
  return lines.join('\n') + '\n';
}
