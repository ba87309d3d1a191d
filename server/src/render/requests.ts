/**
 * The schedule requests of the language server (registered in server.ts, which alone knows the connection):
 *   eccAppendix/render    {uri, lang}                 -> the schedule as an HTML fragment and its stylesheet (preview)
 *   eccAppendix/clauseAt  {uri, position}             -> the clause id under the cursor (preview scrolling)
 *   eccAppendix/export    {uri, lang, format}         -> the .docx or .pdf bytes, base64 (the client saves them)
 * Every answer is data; failures come back as `{ ok: false, message }`, never as an exception.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { RenderLang } from '../languageService/catalogue/sentences';
import { nodeAtOffset, type ParsedYaml } from '../languageService/parse';
import { renderAppendix, scheduleBodyHtml, scheduleCss, scheduleHtmlDocument } from '../languageService/render/index';
import { clauseAtPath } from '../languageService/rules/context';
import { htmlToPdf, pdfPageCount } from './pdf';

export interface RenderParams {
  uri: string;
  lang?: RenderLang;
}

export type PreviewResult =
  | { ok: true; title: string; lang: RenderLang; dir: 'ltr' | 'rtl'; body: string; css: string }
  | { ok: false; message: string };

export type ExportResult = { ok: true; data: string; pages?: number } | { ok: false; message: string };

function lang(params: RenderParams): RenderLang {
  return params?.lang === 'ar' ? 'ar' : 'en';
}

function notOpen(uri: unknown): { ok: false; message: string } {
  return { ok: false, message: `The document ${String(uri)} is not open in the editor.` };
}

/** The schedule as an HTML fragment for the preview webview (which adds its own page, CSP and script). */
export function previewSchedule(document: TextDocument | undefined, params: RenderParams, parsed?: ParsedYaml): PreviewResult {
  if (!document) return notOpen(params?.uri);
  const r = renderAppendix(document.uri, document.getText(), { lang: lang(params) }, parsed);
  if (!r.ok) return { ok: false, message: `This file cannot be shown as a schedule: ${r.reason}.` };
  const s = r.schedule;
  return { ok: true, title: s.title, lang: s.lang, dir: s.dir, body: scheduleBodyHtml(s), css: scheduleCss(s) };
}

/** The clause whose YAML contains `position`, for scrolling the preview (null outside any clause). */
export function clauseAt(document: TextDocument | undefined, parsed: ParsedYaml | undefined, position: Position): string | null {
  if (!document || !parsed?.doc || !position) return null;
  const at = nodeAtOffset(parsed.doc, document.offsetAt(position));
  return at ? (clauseAtPath(at.path)?.id ?? null) : null;
}

/** The schedule as a Word or PDF file, base64-encoded (PDF needs a browser: see pdf.ts). */
export async function exportSchedule(document: TextDocument | undefined, params: RenderParams & { format?: string }, parsed?: ParsedYaml): Promise<ExportResult> {
  if (!document) return notOpen(params?.uri);
  const format = params?.format;
  if (format !== 'docx' && format !== 'pdf') return { ok: false, message: `Unknown export format "${String(format)}"; use docx or pdf.` };
  try {
    const r = renderAppendix(document.uri, document.getText(), { lang: lang(params) }, parsed);
    if (!r.ok) return { ok: false, message: `This file cannot be exported as a schedule: ${r.reason}.` };
    if (format === 'docx') {
      // loaded on the first Word export: the docx library is about 10 MB of the server's memory at start
      const { scheduleDocx } = await import('./docx.js');
      return { ok: true, data: (await scheduleDocx(r.schedule)).toString('base64') };
    }
    const pdf = await htmlToPdf(scheduleHtmlDocument(r.schedule));
    return { ok: true, data: pdf.toString('base64'), pages: pdfPageCount(pdf) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
