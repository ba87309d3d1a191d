import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
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

export function toDiagnostic(document: TextDocument, f: Finding): Diagnostic {
  const href = f.ecc.length ? CONTROL_URL.get(f.ecc[0]) : undefined;
  return {
    range: toRange(document, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: DIAGNOSTIC_SOURCE,
    // The controls show in the message when it does not name them already (Problems panels show no data field).
    message: f.ecc.length && !f.message.includes('ECC') ? `${f.message} [ECC ${f.ecc.slice(0, 2).join(', ')}]` : f.message,
    data: { ...(f.data ?? {}), ecc: f.ecc, basis: f.basis },
  };
}
