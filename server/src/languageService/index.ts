import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, Hover, Position, Range } from 'vscode-languageserver-types';
import { getCodeActions } from './codeActions';
import { getCompletions } from './completion';
import { toDiagnostic } from './diagnostics';
import { checkDocument, type CheckResult } from './engine';
import { detectKind, type FileKind } from './files';
import { getHover } from './hover';
import { limitFinding, parseYaml, reparse, type ParsedYaml } from './parse';
import type { Settings } from './settings';
import type { LibrarySnippet } from './snippetLibrary';
import { getSummary, summaryLens, type AppendixSummary } from './summary';
import { getDocumentSymbols } from './symbols';
import type { FolderState, ResolvedPolicy } from './policy';
import type { AppendixSource } from './evidence/index';
import type { Locale } from './i18n/locale';

export type { Settings } from './settings';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export { resolveLocale, type Locale } from './i18n/locale';
export type { Finding } from './findings';
export { checkDocument } from './engine';
export { detectKind, FILE_GLOBS, kindFromName } from './files';
export type { AppendixSummary } from './summary';
export { SHOW_PROBLEMS_COMMAND } from './summary';
export { FIX_ALL_KIND, fixAll } from './codeActions';
export { EMPTY_POLICY, readPolicy, resolvePolicy, type FolderState, type ResolvedPolicy } from './policy';
export type { LibrarySnippet } from './snippetLibrary';
export {
  EVIDENCE_CHECKS,
  EVIDENCE_LINK_CODE,
  evidenceStatus,
  linkedAppendixId,
  readAppendixSource,
  type AppendixSource,
  type EvidenceCheck,
  type EvidenceStatus,
} from './evidence/index';

/** Per-call inputs besides the document: the resolved settings and "today". */
export interface ServiceOptions {
  settings: Settings;
  /** YAML date of "today" (settings.asOf or the server's current date). */
  asOf: string;
  /** The team policy in force for the document (see engine.ts CheckOptions). */
  policy?: ResolvedPolicy;
  /** For a policy document: the state of each snippet folder it lists (IO done by the caller). */
  libraryFolders?: ReadonlyMap<string, FolderState>;
  /** For an evidence log: the appendices it may link to (see engine.ts CheckOptions, docs/evidence.md). */
  appendices?: readonly AppendixSource[];
  /** Language of messages, titles and the summary (see engine.ts CheckOptions); resolved by the caller. */
  locale?: Locale;
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
  /** Hover on a clause, parameter or header key, in English or Arabic. */
  getHover(document: TextDocument, position: Position, locale?: Locale): Hover | null;
  /** Keys valid at the cursor, enum values and clause snippets (built-in, and `library` entries from the team's
   * snippet libraries, labelled with their library). */
  getCompletions(document: TextDocument, position: Position, library?: readonly LibrarySnippet[], locale?: Locale): CompletionItem[];
  /** Quick fixes for the diagnostics in `context`, and "fix all in file" when `source.fixAll` is asked for. */
  getCodeActions(document: TextDocument, range: Range, context: CodeActionContext, options: ServiceOptions): CodeAction[];
  /** The outline: sections and their clauses (clause title as detail), exceptions by id. */
  getDocumentSymbols(document: TextDocument): DocumentSymbol[];
  /** Clause coverage of an appendix ("n of m clauses present · k exceptions · profile ..."); undefined otherwise. */
  getSummary(document: TextDocument, options: ServiceOptions): AppendixSummary | undefined;
  /** The summary as a code lens on the first line (none for other files). */
  getCodeLenses(document: TextDocument, options: ServiceOptions): CodeLens[];
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
    getHover(document, position, locale) {
      const kind = detectKind(document.uri, document.getText());
      return kind ? getHover(document, parse(document), kind, position, locale) : null;
    },
    getCompletions(document, position, library, locale) {
      const kind = detectKind(document.uri, document.getText());
      return kind && !limitFinding(document.getText()) ? getCompletions(document, kind, position, library, locale) : [];
    },
    getCodeActions(document, range, context, options) {
      return detectKind(document.uri, document.getText()) ? getCodeActions(document, range, context, options, parse(document)) : [];
    },
    getDocumentSymbols(document) {
      const kind = detectKind(document.uri, document.getText());
      return kind ? getDocumentSymbols(document, parse(document), kind) : [];
    },
    getSummary(document, options) {
      return detectKind(document.uri, document.getText()) ? getSummary(document.uri, document.getText(), options, parse(document)) : undefined;
    },
    getCodeLenses(document, options) {
      const summary = detectKind(document.uri, document.getText()) ? getSummary(document.uri, document.getText(), options, parse(document)) : undefined;
      return summary ? [summaryLens(document, summary)] : [];
    },
  };
}

/** One parse per document version, owned by the caller (style guide B6.8). */
export class ParseCache {
  private readonly entries = new Map<string, { version: number; parsed: ParsedYaml }>();
  get(document: TextDocument): ParsedYaml {
    const hit = this.entries.get(document.uri);
    // The text is compared too (cheap: the same string object while the document is unchanged), so a client that
    // repeats or lowers version numbers never gets the parse of an older text.
    if (hit && hit.version === document.version && hit.parsed.text === document.getText()) return hit.parsed;
    // An edit inside one top-level section re-parses only that section when it can (parse.ts `reparse`).
    const text = document.getText();
    const parsed = (hit && reparse(hit.parsed, text)) || parseYaml(text);
    this.entries.set(document.uri, { version: document.version, parsed });
    return parsed;
  }
  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
