/**
 * Test helpers for code actions: ask the language service for the actions at a `$0` cursor, apply a
 * WorkspaceEdit to text exactly as an LSP client would, and compare the whole resulting text.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, DEFAULT_SETTINGS, resolveSettings, type ResolvedPolicy, type Settings } from '../../server/src/languageService/index';
import { cursor } from './harness';

export const URI = 'file:///test/t.appendix.yaml';

export interface FixOptions {
  asOf?: string;
  settings?: Partial<Settings>;
  uri?: string;
  /** A team policy in force (resolvePolicy(text)). */
  policy?: ResolvedPolicy;
}

function serviceOptions(o: FixOptions) {
  return {
    settings: o.settings ? resolveSettings({ ...DEFAULT_SETTINGS, ...o.settings }) : DEFAULT_SETTINGS,
    asOf: o.asOf ?? '2025-10-15',
    policy: o.policy,
  };
}

/** Applies the edits of `edit` for `uri` to `text` (non-overlapping edits, as LSP requires; checked). */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri = URI): string {
  const edits = edit?.changes?.[uri] ?? [];
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const offsets = edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.newText }));
  offsets.sort((a, b) => a.start - b.start);
  for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i].start >= offsets[i - 1].end, 'edits overlap');
  return TextDocument.applyEdits(doc, edits);
}

/** Every code action offered for the diagnostics that touch the `$0` cursor (quick fixes). */
export function actionsAt(src: string, o: FixOptions = {}): { text: string; actions: CodeAction[] } {
  const { text, offset } = cursor(src);
  const uri = o.uri ?? URI;
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const service = createLanguageService();
  const options = serviceOptions(o);
  const pos = doc.positionAt(offset);
  const diagnostics = service
    .computeDiagnostics(doc, options)
    .filter((d) => doc.offsetAt(d.range.start) <= offset && offset <= doc.offsetAt(d.range.end));
  const actions = service.getCodeActions(doc, { start: pos, end: pos }, { diagnostics }, options);
  return { text, actions };
}

/** Titles of the actions at `$0`. */
export function titlesAt(src: string, o: FixOptions = {}): string[] {
  return actionsAt(src, o).actions.map((a) => a.title);
}

/** Applies the action titled `title` at `$0` and compares the whole resulting text with `expected`. */
export function checkFix(src: string, title: string, expected: string, o: FixOptions = {}): void {
  const { text, actions } = actionsAt(src, o);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no action "${title}"; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.equal(action.command, undefined, 'code actions carry edits, not commands');
  assert.equal(applyWorkspaceEdit(text, action.edit, o.uri ?? URI), expected);
}

/** The `source.fixAll` action for the whole text, applied (the text itself when nothing is offered). */
export function fixAllText(text: string, o: FixOptions = {}): { text: string; title?: string } {
  const uri = o.uri ?? URI;
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const service = createLanguageService();
  const pos = doc.positionAt(0);
  const actions = service.getCodeActions(doc, { start: pos, end: pos }, { diagnostics: [], only: ['source.fixAll'] }, serviceOptions(o));
  assert.ok(actions.length <= 1, 'at most one fix-all action');
  const action = actions[0];
  if (!action) return { text };
  assert.equal(action.kind, 'source.fixAll.eccAppendix');
  return { text: applyWorkspaceEdit(text, action.edit, uri), title: action.title };
}

/** Codes of the findings of `text`, optionally only those of one finding kind (`missing-clause`, ...). */
export function codes(text: string, kind?: string, o: FixOptions = {}): string[] {
  const doc = TextDocument.create(o.uri ?? URI, 'yaml', 1, text);
  return createLanguageService()
    .computeDiagnostics(doc, serviceOptions(o))
    .filter((d) => !kind || (d.data as { kind?: string }).kind === kind)
    .map((d) => String(d.code));
}
