import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { hasArabic, ltr } from './catalogue/ar';
import { CONTROLS } from './catalogue/controls';
import type { Severity } from './catalogue/types';
import type { Finding, Span } from './findings';

/** The only place findings become LSP diagnostics: severities, codes and ranges map here. */

export const DIAGNOSTIC_SOURCE = 'ecc-appendix';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const CONTROL_URL = new Map(CONTROLS.map((c) => [c.id, c.url]));

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/**
 * The ` [ECC 4-1-2-2, 2-13-3]` tag that follows a message in the Problems panel and the CLI's text output; after an
 * Arabic message it is one LTR isolate, so the ids and brackets keep their order in right-to-left text.
 */
export function eccTag(f: Pick<Finding, 'ecc' | 'message'>): string {
  if (!f.ecc.length) return '';
  const tag = `[ECC ${f.ecc.slice(0, 2).join(', ')}]`;
  return ` ${hasArabic(f.message) ? ltr(tag) : tag}`;
}

export function toDiagnostic(document: TextDocument, f: Finding): Diagnostic {
  const href = f.ecc.length ? CONTROL_URL.get(f.ecc[0]) : undefined;
  return {
    range: toRange(document, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: DIAGNOSTIC_SOURCE,
    // The controls show in the message when it does not name them already (Problems panels show no data field).
    message: f.message.includes('ECC') ? f.message : f.message + eccTag(f),
    data: { ...(f.data ?? {}), ecc: f.ecc, basis: f.basis },
  };
}
