/**
 * Test helpers: the only code in the unit tests that calls the language service. Expectations are data:
 * `L:C-L:C severity code` strings (0-based line and UTF-16 character, as LSP counts them).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { ProfileId } from '../../server/src/languageService/catalogue/types';
import { checkDocument } from '../../server/src/languageService/engine';
import type { AppendixSource } from '../../server/src/languageService/evidence/index';
import type { Finding } from '../../server/src/languageService/findings';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from '../../server/src/languageService/settings';

export const ROOT = path.resolve(__dirname, '../../..');

/** Joins fixture lines with LF (YAML-safe: no indented template literals). */
export function lines(...l: string[]): string {
  return l.join('\n');
}

/** Splits out the `$0` cursor marker. */
export function cursor(src: string): { text: string; offset: number } {
  const offset = src.indexOf('$0');
  if (offset < 0) throw new Error('fixture has no $0 cursor');
  return { text: src.slice(0, offset) + src.slice(offset + 2), offset };
}

export function doc(text: string, name = 'file:///test/t.appendix.yaml'): TextDocument {
  return TextDocument.create(name, 'yaml', 1, text);
}

export function positionOf(text: string, offset: number): Position {
  return doc(text).positionAt(offset);
}

export interface LintOptions {
  name?: string;
  asOf?: string;
  settings?: Partial<Settings>;
  profiles?: ProfileId[];
  /** Appendices an evidence log may link to (build them with `readAppendixSource`). */
  appendices?: AppendixSource[];
}

export function lint(text: string, o: LintOptions = {}): Finding[] {
  const r = checkDocument(o.name ?? 'test.appendix.yaml', text, {
    settings: o.settings ? resolveSettings({ ...DEFAULT_SETTINGS, ...o.settings }) : DEFAULT_SETTINGS,
    asOf: o.asOf ?? '2025-10-15',
    profiles: o.profiles,
    appendices: o.appendices,
  });
  return r ? r.findings : [];
}

/** `L:C-L:C severity code` for each finding, in document order. */
export function render(text: string, findings: readonly Finding[]): string[] {
  const d = doc(text);
  return findings.map((f) => {
    const s = d.positionAt(f.span.start);
    const e = d.positionAt(f.span.end);
    return `${s.line}:${s.character}-${e.line}:${e.character} ${f.severity} ${f.code}`;
  });
}

export function example(name: string): string {
  return readFileSync(path.join(ROOT, name), 'utf8');
}

/** A complete appendix with every clause at its standard terms, built from the shared example. */
export function wadiFalcon(): string {
  return readFileSync(path.join(ROOT, 'examples/wadi-falcon.appendix.yaml'), 'utf8');
}
