/**
 * The security schedule in VS Code (docs/render.md): a side-by-side preview that follows the YAML as it changes and
 * scrolls to the clause under the cursor, and the Word and PDF exports. The server renders (eccAppendix/render,
 * eccAppendix/clauseAt, eccAppendix/export); this side only shows and saves.
 *
 * The webview loads nothing: no local resources, no workspace content other than the escaped schedule text, a
 * Content-Security-Policy that allows only our own nonce'd style and script, and that script only swaps in new
 * schedule HTML and scrolls.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t, uiLanguage } from './l10n';

type Lang = 'en' | 'ar';
type Preview = { ok: true; title: string; lang: Lang; dir: 'ltr' | 'rtl'; body: string; css: string } | { ok: false; message: string };
type Exported = { ok: true; data: string; pages?: number } | { ok: false; message: string };

/** Quiet time after typing before the preview is rendered again. */
const UPDATE_MS = 200;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(p: Preview, nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const [lang, dir, css, body] = p.ok ? [p.lang, p.dir, p.css, p.body] : ['en', 'ltr', '', `<p class="error">${escapeHtml(p.message)}</p>`];
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">${css}
.error { font-family: sans-serif; color: var(--vscode-errorForeground); padding: 1em; }</style>
</head>
<body>
<div id="root">${body}</div>
<script nonce="${nonce}">
(function () {
  const root = document.getElementById('root');
  let active = null;
  function reveal(id, scroll) {
    for (const el of root.querySelectorAll('.clause.active')) el.classList.remove('active');
    active = id;
    if (!id) return;
    const el = root.querySelector('[data-clause="' + CSS.escape(id) + '"]');
    if (!el) return;
    el.classList.add('active');
    if (scroll) el.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('message', function (e) {
    const m = e.data || {};
    if (m.type === 'update' && typeof m.body === 'string') { root.innerHTML = m.body; reveal(active, false); }
    else if (m.type === 'reveal') reveal(typeof m.clause === 'string' ? m.clause : null, true);
  });
})();
</script>
</body>
</html>`;
}

class SchedulePreview {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private cursorTimer: NodeJS.Timeout | undefined;
  private lang: Lang = uiLanguage();
  private shownLang: Lang | undefined;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly client: LanguageClient,
    onDispose: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'eccAppendix.schedulePreview',
      t('Schedule: {0}', path.basename(document.fileName)),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [] },
    );
    const uri = document.uri.toString();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === uri) this.followCursor(e.selections[0].active);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('eccAppendix.language')) {
          this.lang = uiLanguage();
          this.schedule(0);
        }
      }),
    );
    this.panel.onDidDispose(() => {
      clearTimeout(this.timer);
      clearTimeout(this.cursorTimer);
      this.disposables.forEach((d) => d.dispose());
      onDispose();
    });
    this.schedule(0);
  }

  private schedule(delay = UPDATE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    let p: Preview;
    try {
      p = await this.client.sendRequest<Preview>('eccAppendix/render', { uri: this.document.uri.toString(), lang: this.lang });
    } catch (e) {
      p = { ok: false, message: t('The schedule could not be rendered ({0}).', e instanceof Error ? e.message : String(e)) };
    }
    // A new language (or a first or failed render) replaces the page; edits only swap the body, keeping the scroll.
    if (p.ok && this.shownLang === p.lang) {
      void this.panel.webview.postMessage({ type: 'update', body: p.body });
    } else {
      this.panel.webview.html = page(p, randomBytes(16).toString('base64'));
      this.shownLang = p.ok ? p.lang : undefined;
    }
    if (p.ok) {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document.uri.toString());
      if (editor) this.followCursor(editor.selection.active, 0);
    }
  }

  private followCursor(position: vscode.Position, delay = 80): void {
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(async () => {
      try {
        const clause = await this.client.sendRequest<string | null>('eccAppendix/clauseAt', { uri: this.document.uri.toString(), position: { line: position.line, character: position.character } });
        void this.panel.webview.postMessage({ type: 'reveal', clause });
      } catch {
        /* the preview simply does not scroll */
      }
    }, delay);
  }
}

async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const editor = vscode.window.activeTextEditor;
  if (editor) return editor.document;
  void vscode.window.showWarningMessage(t('ECC Appendix: open a security appendix (*.appendix.yaml) first.'));
  return undefined;
}

/** Registers the preview and export commands; `start` starts (or returns) the language client. */
export function registerSchedule(context: vscode.ExtensionContext, start: () => Promise<LanguageClient | undefined>, isProductDocument: (d: vscode.TextDocument) => boolean): void {
  const previews = new Map<string, SchedulePreview>();

  const ready = async (arg: unknown): Promise<{ document: vscode.TextDocument; client: LanguageClient } | undefined> => {
    const document = await targetDocument(arg);
    if (!document) return undefined;
    if (!isProductDocument(document)) {
      void vscode.window.showWarningMessage(t('ECC Appendix: {0} is not a security appendix (*.appendix.yaml or `schema: ecc-appendix/v1`).', path.basename(document.fileName)));
      return undefined;
    }
    const client = await start();
    return client ? { document, client } : undefined;
  };

  const openPreview = async (arg: unknown) => {
    const r = await ready(arg);
    if (!r) return;
    const key = r.document.uri.toString();
    const open = previews.get(key);
    if (open) {
      open.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    previews.set(key, new SchedulePreview(r.document, r.client, () => previews.delete(key)));
  };

  const exportAs = (format: 'docx' | 'pdf') => async (arg: unknown) => {
    const r = await ready(arg);
    if (!r) return;
    const current = uiLanguage();
    const picks = [
      { label: 'English', lang: 'en' as Lang },
      { label: 'العربية', description: t('Arabic'), lang: 'ar' as Lang },
    ].sort((a, b) => (a.lang === current ? -1 : b.lang === current ? 1 : 0));
    const kind = format === 'docx' ? 'Word' : 'PDF';
    const pick = await vscode.window.showQuickPick(picks, { title: t('Schedule language ({0})', kind) });
    if (!pick) return;
    const stem = path.basename(r.document.fileName).replace(/(\.appendix)?\.ya?ml$/i, '');
    const folder = r.document.uri.scheme === 'file' ? vscode.Uri.file(path.dirname(r.document.fileName)) : undefined;
    const name = `${stem}.schedule${pick.lang === 'ar' ? '.ar' : ''}.${format}`;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'docx' ? { [t('Word document')]: ['docx'] } : { PDF: ['pdf'] },
      title: t('Export {0} as {1}', path.basename(r.document.fileName), kind),
    });
    if (!target) return;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('ECC Appendix: rendering the schedule as {0}…', kind) },
      () =>
        r.client
          .sendRequest<Exported>('eccAppendix/export', { uri: r.document.uri.toString(), lang: pick.lang, format })
          .then(undefined, (e: unknown): Exported => ({ ok: false, message: e instanceof Error ? e.message : String(e) })),
    );
    if (!result.ok) {
      void vscode.window.showErrorMessage(t('ECC Appendix: the schedule was not exported: {0}', result.message));
      return;
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
    const saved = path.basename(target.fsPath);
    const open = t('Open');
    const choice = await vscode.window.showInformationMessage(
      !result.pages
        ? t('ECC Appendix: saved {0}.', saved)
        : result.pages === 1
          ? t('ECC Appendix: saved {0} (1 A4 page).', saved)
          : t('ECC Appendix: saved {0} ({1} A4 pages).', saved, result.pages),
      open,
    );
    if (choice === open) void vscode.env.openExternal(target);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('eccAppendix.openSchedulePreview', openPreview),
    vscode.commands.registerCommand('eccAppendix.exportWord', exportAs('docx')),
    vscode.commands.registerCommand('eccAppendix.exportPdf', exportAs('pdf')),
  );
}
