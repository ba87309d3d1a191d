/**
 * The schedule as HTML: a body fragment (for the editor preview, which wraps it in its own page with a strict
 * Content-Security-Policy) and a complete print document (for the PDF), both styled by `scheduleCss`. No scripts,
 * no external resources: everything is inline and every value is escaped.
 */
import type { Inline, Para, Schedule } from './model';
import { DEFAULT_STYLE as S } from './style';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A CSS string literal (for `content:`); `<` and `>` as CSS escapes, so a value can never close the <style>. */
function cssString(s: string): string {
  return `"${s
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ')}"`;
}

function inline(r: Inline): string {
  let t = escapeHtml(r.text);
  // An id (no spaces) is never broken at its hyphens.
  if (r.dir) t = `<span dir="${r.dir}"${/\s/.test(r.text) ? '' : ' class="nb"'}>${t}</span>`;
  return r.marker ? `<mark>${t}</mark>` : t;
}

export function paraHtml(p: Para): string {
  return p.map(inline).join('');
}

/** The element id of a clause block (ids have dots, which are fine in HTML ids). */
export function clauseAnchor(id: string): string {
  return `clause-${id}`;
}

export function scheduleBodyHtml(s: Schedule): string {
  const h: string[] = [];
  h.push(`<article class="schedule" lang="${s.lang}" dir="${s.dir}">`);
  h.push(`<header><h1>${escapeHtml(s.title)}</h1>${s.meta.length ? `<p class="meta">${paraHtml(s.meta)}</p>` : ''}</header>`);
  for (const p of s.intro) h.push(`<p class="intro">${paraHtml(p)}</p>`);
  for (const section of s.sections) {
    h.push(`<section class="group" data-group="${section.group}">`);
    h.push(`<h2><span class="num">${section.number}.</span> ${escapeHtml(section.title)}</h2>`);
    for (const c of section.clauses) {
      const refs = c.refs.length ? ` <span class="refs">${paraHtml(c.refs)}</span>` : '';
      h.push(
        `<div class="clause ${c.status}" id="${escapeHtml(clauseAnchor(c.id))}" data-clause="${escapeHtml(c.id)}">` +
          `<h3><span class="num">${c.number}</span> ${escapeHtml(c.title)}${refs}</h3>` +
          `<p>${paraHtml(c.body)}</p></div>`,
      );
    }
    h.push('</section>');
  }
  h.push('<section class="sla">');
  h.push(`<h2>${escapeHtml(s.sla.title)}</h2><p class="note">${escapeHtml(s.sla.note)}</p>`);
  h.push(`<table><thead><tr>${s.sla.headers.map((x) => `<th>${escapeHtml(x)}</th>`).join('')}</tr></thead><tbody>`);
  for (const row of s.sla.rows) {
    h.push(`<tr data-clause="${escapeHtml(row.clauseId)}"><td>${escapeHtml(row.label)}</td><td>${paraHtml(row.value)}</td><td class="no">${row.clause}</td></tr>`);
  }
  h.push('</tbody></table></section>');
  if (s.annex) {
    h.push('<section class="annex">');
    h.push(`<h2>${escapeHtml(s.annex.title)}</h2><p class="note">${escapeHtml(s.annex.intro)}</p>`);
    for (const item of s.annex.items) {
      h.push(`<p class="exception"><b>${item.number} <span dir="ltr">${escapeHtml(item.id)}</span>.</b> ${paraHtml(item.body)}</p>`);
    }
    h.push('</section>');
  }
  h.push('<section class="signature">');
  h.push(`<h2>${escapeHtml(s.signature.title)}</h2><table><tr>`);
  for (const party of s.signature.parties) {
    h.push(`<td><b>${escapeHtml(party)}</b>${s.signature.fields.map((f) => `<div class="line">${escapeHtml(f)}</div>`).join('')}</td>`);
  }
  h.push('</tr></table></section>');
  h.push('</article>');
  return h.join('\n');
}

/** The stylesheet: print rules (A4, running footer) and a paper-like screen view for the preview. */
export function scheduleCss(s: Schedule): string {
  const p = S.page;
  const font = S.fonts[s.lang];
  const [start, end] = s.dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const pageWords = `${s.footer.page} `;
  return `
@page {
  size: A4;
  margin: ${p.marginTopMm}mm ${p.marginSideMm}mm ${p.marginBottomMm}mm ${p.marginSideMm}mm;
  @bottom-${start} { content: ${cssString(s.footer.reference)}; font: ${S.footerPt}pt ${font}; color: #444; }
  @bottom-center { content: ${cssString(`${s.footer.initials}: ________   ________`)}; font: ${S.footerPt}pt ${font}; color: #444; }
  @bottom-${end} { content: ${cssString(pageWords)} counter(page) " / " counter(pages); font: ${S.footerPt}pt ${font}; color: #444; }
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
.schedule { font-family: ${font}; font-size: ${S.bodyPt}pt; line-height: ${S.lineHeight}; color: #000; text-align: start; }
.schedule h1 { font-size: ${S.h1Pt}pt; line-height: 1.2; margin: 0 0 2pt; }
.schedule .meta { font-size: ${S.metaPt}pt; color: #333; margin: 0 0 6pt; }
.schedule p { margin: 0 0 ${S.paraAfter}pt; text-align: justify; }
.schedule .intro { margin-bottom: ${S.paraAfter + 1}pt; }
.schedule h2 { font-size: ${S.h2Pt}pt; line-height: 1.25; margin: ${S.h2Before}pt 0 2pt; break-after: avoid; }
.schedule h3 { font-size: ${S.h3Pt}pt; line-height: ${S.lineHeight}; margin: ${S.h3Before}pt 0 0; break-after: avoid; }
.schedule h3 .refs { font-weight: normal; font-size: ${S.refsPt}pt; color: #555; }
.schedule .num { display: inline-block; min-width: 2.2em; }
.schedule .nb { white-space: nowrap; }
.schedule mark { background: #ffe97a; color: #000; padding: 0 1pt; }
.schedule .note { font-size: ${S.metaPt}pt; color: #333; }
.schedule table { border-collapse: collapse; width: 100%; font-size: ${S.tablePt}pt; line-height: 1.2; margin: 2pt 0 4pt; }
.schedule .sla th, .schedule .sla td { border: 0.5pt solid #777; padding: 1.5pt 4pt; text-align: start; vertical-align: top; }
.schedule .sla th { background: #eee; }
.schedule .sla td.no { white-space: nowrap; }
.schedule .signature table { break-inside: avoid; }
.schedule .signature td { width: 50%; vertical-align: top; padding: 0 8pt 0 0; }
.schedule .signature .line { margin-top: 10pt; border-bottom: 0.5pt solid #000; }
@media screen {
  body { background: #e8e8e8; }
  .schedule { background: #fff; max-width: ${p.widthMm}mm; margin: 12px auto; padding: ${p.marginTopMm}mm ${p.marginSideMm}mm; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .schedule .clause.active { outline: 2px solid #3b82f6; outline-offset: 2px; }
}
`;
}

/** A complete HTML document for printing: no scripts and nothing external (the CSP forbids both). */
export function scheduleHtmlDocument(s: Schedule): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${s.lang}" dir="${s.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(s.title)}</title>`,
    `<style>${scheduleCss(s)}</style>`,
    '</head>',
    '<body>',
    scheduleBodyHtml(s),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
