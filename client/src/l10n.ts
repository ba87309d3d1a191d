/**
 * The client's own texts (notifications, status bar, pickers) in English or Arabic, through @vscode/l10n with the
 * bundle l10n/bundle.l10n.ar.json. The language follows `eccAppendix.language` like the server's messages and
 * hovers: `auto` follows VS Code's display language, `en` and `ar` choose. (VS Code's own `vscode.l10n` follows only
 * the display language, so the bundle is loaded here and reloaded when the setting changes.) The manifest's texts
 * (command titles, setting descriptions) come from package.nls.json / package.nls.ar.json, which VS Code picks by
 * its display language.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

/** A client text in the chosen language: `t('Saved {0}.', name)` (the English text is the key). */
export const t = l10n.t;

/** The language of the client's texts: `eccAppendix.language`, `auto` following VS Code's display language. */
export function uiLanguage(): 'en' | 'ar' {
  const l = vscode.workspace.getConfiguration('eccAppendix').get<string>('language', 'auto');
  if (l === 'en' || l === 'ar') return l;
  return vscode.env.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

function load(extensionPath: string): void {
  let contents: l10n.l10nJsonFormat = {};
  if (uiLanguage() === 'ar') {
    try {
      contents = JSON.parse(readFileSync(path.join(extensionPath, 'l10n', 'bundle.l10n.ar.json'), 'utf8')) as l10n.l10nJsonFormat;
    } catch {
      // a damaged install: the English texts stand
    }
  }
  l10n.config({ contents });
}

/** Loads the bundle for the current setting, and again whenever `eccAppendix.language` changes. */
export function registerL10n(context: vscode.ExtensionContext): void {
  load(context.extensionPath);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('eccAppendix.language')) load(context.extensionPath);
    }),
  );
}
