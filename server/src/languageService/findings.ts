import type { Basis, Severity } from './catalogue/types';
import type { MessageRef } from './i18n/messages';

/** A half-open range of UTF-16 offsets into the document text (the `yaml` library's offsets). */
export interface Span {
  start: number;
  end: number;
}

/** File-level finding codes (format.md section 2); clause findings use the clause id, evidence findings `EV-nn`. */
export const FILE_CODES = [
  'yaml-syntax',
  'schema-version',
  'unknown-key',
  'type',
  'duplicate-key',
  'exception-expired',
  'exception-invalid',
  // An evidence log whose `evidence_log.appendix` is missing, unknown or ambiguous (docs/evidence.md, "Linking").
  'evidence-link',
  // The appendix's rendered schedule runs past one A4 page (docs/render.md).
  'length',
] as const;
export type FileCode = (typeof FILE_CODES)[number];

/**
 * What a rule reports. No LSP types here: the editor (diagnostics.ts) and the CLI convert it.
 * `data` carries what a quick fix needs to recompute its edit (style guide B2.4).
 */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  /** ECC control ids, primary first; empty for file-level problems. */
  ecc: readonly string[];
  /** `nca` or `practice`; null for file-level problems that no control requires. */
  basis: Basis | null;
  data?: FindingData;
  /**
   * The message's id and parameters in the message catalogue (i18n/messages.ts), for findings worded before the
   * language is known: the cached parse's problems are English, and the engine words them again in the user's
   * language. Other findings are worded in that language when they are made and need no `i18n`.
   */
  i18n?: MessageRef;
}

export type FindingData =
  | { kind: 'missing-clause'; clause: string }
  | { kind: 'missing-param'; clause: string; param: string }
  | { kind: 'weak-value'; clause: string; param: string; baseline?: unknown }
  | { kind: 'unknown-key'; key: string; suggestion?: string }
  | { kind: 'type'; expected: string; suggestion?: unknown }
  | { kind: 'excepted'; exception: string; original: Severity }
  | { kind: 'other' };

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function stricter(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
