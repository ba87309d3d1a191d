import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { getCompletions } from './completion';
import { toDiagnostic } from './diagnostics';
import { checkDocument, type CheckResult } from './engine';
import { detectKind, type FileKind } from './files';
import { getHover } from './hover';
import { parseYaml, type ParsedYaml } from './parse';
import type { Settings } from './settings';

export type { Settings } from './settings';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export type { Finding } from './findings';
export { checkDocument } from './engine';
export { detectKind, FILE_GLOBS, kindFromName } from './files';

/** Per-call inputs besides the document: the resolved settings and "today". */
export interface ServiceOptions {
  settings: Settings;
  /** YAML date of "today" (settings.asOf or the server's current date). */
  asOf: string;
}

/**
 * The language service: pure functions from (document, options) to LSP data. No connection, no file system,
 * no clock, no timers; the server entry owns all of those and passes what is needed in.
 */
export interface AppendixLanguageService {
  /** The product file kind of a document, or undefined for YAML that is not ours (left alone). */
  kindOf(document: TextDocument): FileKind | undefined;
  /** Runs every check; the same findings the CLI prints. */
  check(document: TextDocument, options: ServiceOptions): CheckResult | undefined;
  /** Findings as LSP diagnostics (empty for files that are not ours). */
  computeDiagnostics(document: TextDocument, options: ServiceOptions): Diagnostic[];
  /** Hover on a clause, parameter or header key. */
  getHover(document: TextDocument, position: Position): Hover | null;
  /** Keys valid at the cursor, enum values and clause snippets. */
  getCompletions(document: TextDocument, position: Position): CompletionItem[];
}

/**
 * Creates a service. `cache` lets the caller keep one parse per document version (the server passes one keyed by
 * uri and version); without it every call parses afresh.
 */
export function createLanguageService(cache?: ParseCache): AppendixLanguageService {
  const parse = (document: TextDocument): ParsedYaml => cache?.get(document) ?? parseYaml(document.getText());
  return {
    kindOf: (document) => detectKind(document.uri, document.getText()),
    check: (document, options) => (detectKind(document.uri, document.getText()) ? checkDocument(document.uri, document.getText(), options, parse(document)) : undefined),
    computeDiagnostics(document, options) {
      if (!detectKind(document.uri, document.getText())) return [];
      const result = checkDocument(document.uri, document.getText(), options, parse(document));
      return result ? result.findings.map((f) => toDiagnostic(document, f)) : [];
    },
    getHover(document, position) {
      const kind = detectKind(document.uri, document.getText());
      return kind ? getHover(document, parse(document), kind, position) : null;
    },
    getCompletions(document, position) {
      const kind = detectKind(document.uri, document.getText());
      return kind ? getCompletions(document, kind, position) : [];
    },
  };
}

/** One parse per document version, owned by the caller (style guide B6.8). */
export class ParseCache {
  private readonly entries = new Map<string, { version: number; parsed: ParsedYaml }>();
  get(document: TextDocument): ParsedYaml {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version) return hit.parsed;
    const parsed = parseYaml(document.getText());
    this.entries.set(document.uri, { version: document.version, parsed });
    return parsed;
  }
  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
