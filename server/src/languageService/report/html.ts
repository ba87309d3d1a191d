/**
 * The coverage report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no external
 * resource (its Content-Security-Policy forbids every fetch), A4 landscape when printed, right-to-left in Arabic
 * with ids kept left-to-right. The same page is shown in the VS Code webview, with a nonce for its style and
 * command links to open files (`HtmlOptions`).
 */
import type { Severity } from '../catalogue/types';
import { CELL_GLYPH, CELL_STATUSES, labelsFor, type CellStatus, type ReportLabels } from './labels';
import type { AppendixColumn, Cell, EvidenceSection, ReportModel } from './model';
import { maxOf } from '../arrays';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An id, path, date or number inside any text direction. */
function bdi(s: string | number): string {
  return `<bdi dir="ltr">${escapeHtml(String(s))}</bdi>`;
}

export interface HtmlOptions {
  /** Style nonce for a host with a nonce-based CSP (the VS Code webview); without it the style is allowed inline. */
  nonce?: string;
  /** A link for a file (and 1-based line); undefined for none. The standalone page has no links. */
  href?: (uri: string, line?: number) => string | undefined;
  /** Links shown above the report in the host (e.g. "Save as HTML"); never printed. */
  actions?: readonly { label: string; href: string }[];
}

const COLORS: Record<CellStatus, { fg: string; bg: string }> = {
  present: { fg: '#1e6b34', bg: '#e3f2e7' },
  weak: { fg: '#7a4d00', bg: '#fff1cc' },
  missing: { fg: '#a4221b', bg: '#fbe3e1' },
  excepted: { fg: '#34429a', bg: '#e6e9f7' },
  na: { fg: '#6b7280', bg: '#f3f4f6' },
  unread: { fg: '#6b7280', bg: '#ffffff' },
};
const SEVERITY_COLOR: Record<Severity, string> = { error: '#c0392b', warning: '#d68910', info: '#5d7ea8' };

function basename(p: string): string {
  return p.split('/').pop() || p;
}

/** The column label: the file name without `.appendix.yaml` (the full path is in the files table and tooltip). */
function shortName(p: string): string {
  return basename(p).replace(/\.appendix\.ya?ml$/i, '');
}

/** A thin stacked bar of an appendix's cell counts (present, weak, missing, excepted, N/A). */
function coverageBar(c: AppendixColumn, rtl: boolean, L: ReportLabels): string {
  const total = CELL_STATUSES.reduce((n, s) => n + c.counts[s], 0) || 1;
  const width = 100;
  let x = 0;
  const parts: string[] = [];
  for (const s of CELL_STATUSES) {
    const w = (c.counts[s] / total) * width;
    if (!w) continue;
    const left = rtl ? width - x - w : x;
    parts.push(`<rect x="${left.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="6" fill="${COLORS[s].fg}"><title>${escapeHtml(`${L.status[s]}: ${c.counts[s]}`)}</title></rect>`);
    x += w;
  }
  return `<svg class="bar" viewBox="0 0 ${width} 6" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(CELL_STATUSES.filter((s) => c.counts[s]).map((s) => `${L.status[s]} ${c.counts[s]}`).join(', '))}">${parts.join('')}</svg>`;
}

/** Horizontal bars of one log's findings per check, stacked by severity (the per-provider chart). */
export function checksChart(e: EvidenceSection, rtl: boolean, L: ReportLabels): string {
  const rows = e.byCheck;
  if (!rows.length) return `<p class="muted">${escapeHtml(L.noFindings)}</p>`;
  const max = maxOf(rows.map((r) => r.counts.error + r.counts.warning + r.counts.info), 1);
  const rowH = 16;
  const labelW = 86;
  const barW = 190;
  const countW = 28;
  const width = labelW + barW + countW;
  const height = rows.length * rowH + 4;
  const out: string[] = [];
  rows.forEach((r, i) => {
    const y = 2 + i * rowH;
    const total = r.counts.error + r.counts.warning + r.counts.info;
    const labelX = rtl ? width - 2 : 2;
    out.push(`<text x="${labelX}" y="${y + 11}" text-anchor="${rtl ? 'end' : 'start'}" class="lbl">${escapeHtml(r.code)}</text>`);
    let x = 0;
    for (const s of SEVERITIES) {
      const w = (r.counts[s] / max) * barW;
      if (!w) continue;
      const left = rtl ? width - labelW - x - w : labelW + x;
      out.push(`<rect x="${left.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 5}" fill="${SEVERITY_COLOR[s]}"><title>${escapeHtml(`${r.code} ${L.severityPlural[s]}: ${r.counts[s]}`)}</title></rect>`);
      x += w;
    }
    const countX = rtl ? width - labelW - x - 4 : labelW + x + 4;
    out.push(`<text x="${countX.toFixed(1)}" y="${y + 11}" text-anchor="${rtl ? 'end' : 'start'}" class="num">${total}</text>`);
  });
  const legend = SEVERITIES.map((s) => `<span class="key"><span class="sw sw-${s}"></span>${escapeHtml(L.severityPlural[s])}</span>`).join(' ');
  return (
    `<figure class="chart"><svg direction="ltr" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(L.chartTitle)}">${out.join('')}</svg>` +
    `<figcaption>${legend}</figcaption></figure>`
  );
}

function cellTitle(row: { number: number; id: string }, cell: Cell, L: ReportLabels): string {
  const head = `${row.number}. ${row.id}: ${L.status[cell.status]}${cell.findings.length ? ` (${L.findingCount(cell.findings.length)})` : ''}`;
  const lines = cell.findings.slice(0, 8).map((f) => `${L.severity[f.severity]} · ${f.code} · ${L.line(f.line)}: ${f.message}${f.exception ? ` [${L.exceptionNote(f.exception)}]` : ''}`);
  if (cell.findings.length > 8) lines.push('…');
  return [head, ...lines].join('\n');
}

function link(html: string, uri: string | undefined, line: number | undefined, o: HtmlOptions): string {
  const href = uri && o.href?.(uri, line);
  return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
}

function matrixHtml(model: ReportModel, L: ReportLabels, o: HtmlOptions): string {
  const cols = model.columns;
  if (!cols.length) return `<p class="muted">${escapeHtml(L.noAppendices)}</p>`;
  const rtl = model.dir === 'rtl';
  const compact = cols.length > 6;
  const h: string[] = [];
  h.push(`<table class="matrix${compact ? ' compact' : ''}">`);
  h.push('<colgroup><col class="c-clause"><col class="c-id">' + cols.map(() => '<col class="c-file">').join('') + '</colgroup>');
  h.push('<thead><tr>');
  h.push(`<th scope="col" class="hclause">${escapeHtml(L.clause)}</th><th scope="col" class="hid">${escapeHtml(L.idColumn)}</th>`);
  for (const c of cols) {
    const name = link(bdi(shortName(c.path)), c.uri, undefined, o);
    const sub = c.readable ? (c.id ? bdi(c.id) : '') : escapeHtml(L.unreadable);
    const title = [c.path, c.customer, c.provider].filter(Boolean).join('\n');
    h.push(`<th scope="col" class="hfile" title="${escapeHtml(title)}"><div class="fname">${name}</div><div class="fid">${sub}</div>${c.readable ? coverageBar(c, rtl, L) : ''}</th>`);
  }
  h.push('</tr></thead>');
  // One <tbody> per control, kept on one printed page with its heading.
  for (const g of model.groups) {
    h.push('<tbody class="grp">');
    h.push(`<tr class="group"><th colspan="${cols.length + 2}" scope="rowgroup"><span class="ctl">${escapeHtml(L.control(g.control))}</span> ${escapeHtml(g.title)}</th></tr>`);
    for (const r of g.rows) {
      h.push(`<tr><th scope="row" class="clause"><span class="no">${bdi(r.number)}</span> ${escapeHtml(r.title)}</th><td class="id">${bdi(r.id)}</td>`);
      r.cells.forEach((cell, i) => {
        const sev = cell.status === 'weak' || cell.status === 'missing' ? ` cs-${cell.severity ?? 'info'}` : '';
        const first = cell.findings[0];
        const inner = `<span class="g">${CELL_GLYPH[cell.status]}</span>${compact ? '' : ` <span class="w">${escapeHtml(L.status[cell.status])}</span>`}`;
        h.push(`<td class="cell s-${cell.status}${sev}" title="${escapeHtml(cellTitle(r, cell, L))}">${link(inner, cols[i].uri, first?.line, o)}</td>`);
      });
      h.push('</tr>');
    }
    h.push('</tbody>');
  }
  h.push('</table>');
  return h.join('\n');
}

function legendHtml(L: ReportLabels): string {
  const items = CELL_STATUSES.map(
    (s) => `<li><span class="chip s-${s}"><span class="g">${CELL_GLYPH[s]}</span> ${escapeHtml(L.status[s])}</span> ${escapeHtml(L.statusHelp[s])}</li>`,
  ).join('');
  const edge = `<li><span class="chip s-weak edge">${CELL_GLYPH.weak} ${escapeHtml(L.status.weak)}</span> ${escapeHtml(L.errorEdge)}</li>`;
  return `<section class="legend"><h3>${escapeHtml(L.legendTitle)}</h3><ul>${items}${edge}</ul></section>`;
}

/** The appendices checked, in column order: file, id, parties, clause statuses and findings by severity. */
function filesHtml(model: ReportModel, L: ReportLabels, o: HtmlOptions): string {
  if (!model.columns.length) return '';
  const statuses = CELL_STATUSES.filter((s) => s !== 'unread' || model.columns.some((c) => c.counts.unread));
  const rows = model.columns.map(
    (c) =>
      `<tr><td><div class="fname">${link(bdi(shortName(c.path)), c.uri, undefined, o)}</div><div class="path">${bdi(c.path)}</div></td><td class="nw">${c.id ? bdi(c.id) : ''}</td>` +
      `<td><bdi>${escapeHtml(c.customer ?? '')}</bdi></td><td><bdi>${escapeHtml(c.provider ?? '')}</bdi></td>` +
      statuses.map((s) => `<td class="n st"><span class="${c.counts[s] ? `g-${s}` : 'zero'}">${bdi(c.counts[s])}</span></td>`).join('') +
      (c.readable ? SEVERITIES.map((s) => `<td class="n c-${s}">${c.findings[s] ? `<b>${bdi(c.findings[s])}</b>` : `<span class="zero">0</span>`}</td>`).join('') : `<td class="n" colspan="3">${escapeHtml(L.unreadable)}</td>`) +
      `</tr>`,
  );
  return (
    `<table class="files"><thead><tr><th>${escapeHtml(L.file)}</th><th>${escapeHtml(L.appendixId)}</th><th>${escapeHtml(L.customer)}</th><th>${escapeHtml(L.provider)}</th>` +
    statuses.map((s) => `<th class="n st" title="${escapeHtml(L.status[s])}"><span class="g-${s}">${CELL_GLYPH[s]}</span> ${escapeHtml(L.status[s])}</th>`).join('') +
    SEVERITIES.map((s) => `<th class="n">${escapeHtml(L.severityPlural[s])}</th>`).join('') +
    `</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function fileFindingsHtml(model: ReportModel, L: ReportLabels, o: HtmlOptions): string {
  const withAny = model.columns.filter((c) => c.fileFindings.length);
  if (!withAny.length) return '';
  const items = withAny.flatMap((c) =>
    c.fileFindings.map((f) => `<li><span class="sev sev-${f.severity}">${escapeHtml(L.severity[f.severity])}</span> ${link(bdi(`${c.path}:${f.line}`), c.uri, f.line, o)} ${bdi(f.code)} <span dir="auto">${escapeHtml(f.message)}</span></li>`),
  );
  return `<section class="filefindings"><h3>${escapeHtml(L.fileFindings)}</h3><ul>${items.join('')}</ul></section>`;
}

function evidenceHtml(e: EvidenceSection, model: ReportModel, L: ReportLabels, o: HtmlOptions): string {
  const st = e.status;
  const rtl = model.dir === 'rtl';
  const h: string[] = [];
  h.push(`<section class="provider">`);
  h.push(`<h3>${st?.provider ? `<bdi>${escapeHtml(st.provider)}</bdi> <span class="path">${link(bdi(e.path), e.uri, undefined, o)}</span>` : link(bdi(e.path), e.uri, undefined, o)}</h3>`);
  if (!st) {
    h.push(`<p class="muted">${escapeHtml(L.statusHelp.unread)}</p></section>`);
    return h.join('\n');
  }
  const linked =
    st.linked && st.appendix
      ? `${bdi(st.appendix)}${e.linkedPath ? `<div class="path">${bdi(e.linkedPath)}</div>` : ''}`
      : escapeHtml(L.notLinked(st.appendix));
  const counts = SEVERITIES.map((s) => `<span class="count c-${s}"><b>${bdi(st.counts[s])}</b> ${escapeHtml(L.severityPlural[s])}</span>`).join(' ');
  h.push('<div class="pgrid"><div>');
  h.push('<table class="facts"><tbody>');
  h.push(`<tr><th>${escapeHtml(L.linkedAppendix)}</th><td class="${st.linked ? '' : 'bad'}">${linked}</td></tr>`);
  h.push(`<tr><th>${escapeHtml(L.asOf)}</th><td>${bdi(st.asOf)}</td></tr>`);
  h.push(`<tr><th>${escapeHtml(L.logAsOf)}</th><td>${st.logAsOf ? bdi(st.logAsOf) : escapeHtml(L.noneRecorded)}</td></tr>`);
  h.push(`<tr><th>${escapeHtml(L.findings)}</th><td>${counts}</td></tr>`);
  h.push('</tbody></table>');
  h.push(`<h4>${escapeHtml(L.chartTitle)}</h4>${checksChart(e, rtl, L)}`);
  h.push(`<h4>${escapeHtml(L.latestTitle)}</h4><table class="latest"><tbody>`);
  const pair = (l: EvidenceSection['latest'][number] | undefined) =>
    l ? `<th>${escapeHtml(l.label)}</th><td>${l.date ? bdi(l.date) : `<span class="muted">${escapeHtml(L.noneRecorded)}</span>`}</td>` : '<th></th><td></td>';
  const half = Math.ceil(e.latest.length / 2);
  for (let i = 0; i < half; i++) h.push(`<tr>${pair(e.latest[i])}${pair(e.latest[i + half])}</tr>`);
  h.push('</tbody></table></div><div>');
  h.push(`<h4>${escapeHtml(L.overdueTitle)}</h4>`);
  if (!e.overdue.length) h.push(`<p class="muted">${escapeHtml(L.noOverdue)}</p>`);
  else {
    h.push(`<table class="overdue"><thead><tr><th>${escapeHtml(L.dueBy)}</th><th class="n">${escapeHtml(L.daysOverdue)}</th><th>${escapeHtml(L.check)}</th><th>${escapeHtml(L.details)}</th></tr></thead><tbody>`);
    for (const it of e.overdue) {
      h.push(
        `<tr><td class="nw">${bdi(it.due)}</td><td class="n"><b>${bdi(it.daysOverdue)}</b></td><td><span class="sev sev-${it.severity}">${bdi(it.code)}</span> ${escapeHtml(it.title)}</td><td class="msg" dir="auto">${link(escapeHtml(it.message), e.uri, it.line, o)}</td></tr>`,
      );
    }
    h.push('</tbody></table>');
  }
  h.push('</div></div></section>');
  return h.join('\n');
}

/** The page body (everything inside <body>). */
export function reportBodyHtml(model: ReportModel, o: HtmlOptions = {}): string {
  const L = labelsFor(model.lang);
  const h: string[] = [];
  h.push(`<main class="report" lang="${model.lang}" dir="${model.dir}">`);
  if (o.actions?.length) h.push(`<nav class="actions">${o.actions.map((a) => `<a href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`).join(' ')}</nav>`);
  h.push('<header>');
  h.push(`<h1>${escapeHtml(L.title)}</h1>`);
  h.push(`<p class="sub">${escapeHtml(L.subtitle)}</p>`);
  h.push(
    `<dl class="meta"><div><dt>${escapeHtml(L.asOf)}</dt><dd>${bdi(model.asOf)}</dd></div><div><dt>${escapeHtml(L.catalogue)}</dt><dd>${bdi(`${model.catalogueVersion} · ECC-2:2024`)}</dd></div><div><dt>${escapeHtml(L.files(model.columns.length, model.evidence.length))}</dt><dd></dd></div></dl>`,
  );
  h.push('</header>');
  h.push(`<section class="matrixsec"><h2>${escapeHtml(L.matrixTitle)}</h2><p class="intro">${escapeHtml(L.matrixIntro)}</p>`);
  h.push(filesHtml(model, L, o));
  h.push(legendHtml(L));
  h.push(matrixHtml(model, L, o));
  h.push(fileFindingsHtml(model, L, o));
  h.push('</section>');
  h.push(`<section class="evidence"><h2>${escapeHtml(L.evidenceTitle)}</h2>`);
  if (!model.evidence.length) h.push(`<p class="muted">${escapeHtml(L.noEvidence)}</p>`);
  for (const e of model.evidence) h.push(evidenceHtml(e, model, L, o));
  h.push('</section>');
  if (model.otherFiles.length) h.push(`<p class="muted small">${escapeHtml(L.skipped)}: ${model.otherFiles.map(bdi).join(', ')}</p>`);
  h.push(`<footer><p class="verdict">${escapeHtml(L.footer(model.asOf))}</p><p>${escapeHtml(L.paraphrase)}</p><p>${escapeHtml(L.generated)}</p></footer>`);
  h.push('</main>');
  return h.join('\n');
}

/** The stylesheet: a paper-like screen view and A4 landscape print with a running footer and page numbers. */
export function reportCss(model: ReportModel): string {
  const L = labelsFor(model.lang);
  const font =
    model.lang === 'ar'
      ? '"Noto Sans Arabic", "Segoe UI", Tahoma, "Noto Sans", "DejaVu Sans", sans-serif'
      : '"Segoe UI", "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif';
  // Isolates stay: without them an Arabic footer shows the date reversed (15-10-2025).
  const footer = `"${L.runningFooter(model.asOf).replace(/["\\<>]/g, ' ')}"`;
  const [start, end] = model.dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const statusCss = CELL_STATUSES.map((s) => `.s-${s} { color: ${COLORS[s].fg}; background: ${COLORS[s].bg}; } .g-${s} { color: ${COLORS[s].fg}; }`).join('\n');
  return `
@page { size: A4 landscape; margin: 11mm 11mm 13mm 11mm;
  @bottom-${start} { content: ${footer}; font: 7pt ${font}; color: #6b7280; }
  @bottom-${end} { content: counter(page) " / " counter(pages); font: 7pt ${font}; color: #6b7280; } }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { background: #eef0f3; color: #1f2937; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.report { font-family: ${font}; font-size: 8.5pt; line-height: 1.35; max-width: 297mm; margin: 14px auto; background: #fff; padding: 10mm 11mm; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
.report bdi { unicode-bidi: isolate; }
.report h1 { font-size: 16pt; margin: 0; color: #0f2d4a; letter-spacing: .1px; }
.report h2 { font-size: 11.5pt; margin: 14pt 0 4pt; color: #0f2d4a; border-bottom: 1.2pt solid #0f2d4a; padding-bottom: 2pt; break-after: avoid; }
.report h3 { font-size: 10pt; margin: 10pt 0 4pt; color: #0f2d4a; break-after: avoid; }
.report h4 { font-size: 8.5pt; margin: 8pt 0 3pt; text-transform: uppercase; letter-spacing: .4px; color: #4b5563; break-after: avoid; }
.report[dir="rtl"] h4 { text-transform: none; letter-spacing: 0; }
.report header { border-bottom: 3pt solid #0f2d4a; padding-bottom: 6pt; margin-bottom: 4pt; }
.report .sub { margin: 2pt 0 6pt; color: #4b5563; font-size: 9pt; }
.report .meta { display: flex; gap: 18pt; margin: 0; flex-wrap: wrap; }
.report .meta div { display: flex; gap: 5pt; }
.report .meta dt { color: #6b7280; }
.report .meta dd { margin: 0; font-weight: 600; }
.report .intro, .report .muted { color: #6b7280; }
.report .small { font-size: 7.5pt; }
.report a { color: inherit; text-decoration: none; }
.report a:hover { text-decoration: underline; }
.report table { border-collapse: collapse; width: 100%; }
.report .matrix { table-layout: fixed; font-size: 7.6pt; }
.report .matrix .c-clause { width: 27%; }
.report .matrix .c-id { width: 19%; }
.report .matrix th, .report .matrix td { border: .5pt solid #d6d9de; padding: 1.3pt 4pt; vertical-align: middle; line-height: 1.25; }
.report .matrix thead th { background: #0f2d4a; color: #fff; font-weight: 600; text-align: start; vertical-align: bottom; }
.report .matrix thead th.hfile { text-align: center; }
.report .matrix .fname { font-weight: 600; overflow-wrap: anywhere; }
.report .matrix .fid { font-weight: 400; opacity: .8; font-size: 7pt; }
.report .matrix .bar { display: block; width: 100%; height: 5px; margin-top: 3px; background: #fff; }
.report .matrix thead { display: table-header-group; }
.report .matrix tr { break-inside: avoid; }
.report .matrix tr.group th { background: #e9eef5; color: #0f2d4a; text-align: start; font-weight: 600; padding-top: 2.5pt; padding-bottom: 2.5pt; }
.report .matrix tr.group .ctl { display: inline-block; min-width: 6.5em; font-weight: 700; }
.report .matrix th.clause { text-align: start; font-weight: 400; padding-inline-start: 2.1em; text-indent: -1.8em; }
.report .matrix tbody.grp { break-inside: avoid; }
.report .matrix .no { display: inline-block; min-width: 1.8em; color: #6b7280; text-indent: 0; }
.report .matrix td.id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 6.4pt; color: #4b5563; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.report .matrix td.cell { text-align: center; white-space: nowrap; font-weight: 600; }
.report .matrix td.cell.cs-error.s-weak { box-shadow: inset 3px 0 0 #c0392b; }
.report[dir="rtl"] .matrix td.cell.cs-error.s-weak { box-shadow: inset -3px 0 0 #c0392b; }
.report .matrix.compact td.cell .w { display: none; }
${statusCss}
.report .legend { margin: 4pt 0 8pt; }
.report .legend h3 { margin: 6pt 0 3pt; }
.report .legend ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: 1fr 1fr 1fr 1fr; gap: 2pt 12pt; font-size: 7.4pt; color: #374151; }
.report .chip.edge { box-shadow: inset 3px 0 0 #c0392b; }
.report[dir="rtl"] .chip.edge { box-shadow: inset -3px 0 0 #c0392b; }
.report .files { font-size: 7.6pt; margin: 2pt 0 4pt; }
.report .files th { background: #f3f4f6; text-align: start; font-weight: 600; padding: 1.6pt 4pt; border-bottom: .6pt solid #d6d9de; }
.report .files td { padding: 1.4pt 4pt; border-bottom: .4pt solid #eceef1; vertical-align: top; }
.report .files .fname { font-weight: 600; }
.report .files .path { color: #6b7280; font-size: 6.8pt; }
.report .files .n { text-align: end; white-space: nowrap; }
.report .files td.st { font-weight: 700; }
.report .files .zero { color: #c3c7cd; font-weight: 400; }
.report .files .nw { white-space: nowrap; }
.report .legend li { display: flex; gap: 6pt; align-items: baseline; }
.report .chip { display: inline-block; min-width: 5.8em; padding: 0 4pt; border-radius: 2pt; font-weight: 600; white-space: nowrap; }
.report .filefindings ul { margin: 0; padding-inline-start: 14pt; }
.report .sev { font-weight: 700; }
.report .sev-error { color: #c0392b; } .report .sev-warning { color: #a86b00; } .report .sev-info { color: #5d7ea8; }
.report .provider { border: .6pt solid #d6d9de; border-radius: 3pt; padding: 4pt 8pt 6pt; margin: 8pt 0; break-inside: avoid; }
.report .provider h3 { margin-top: 4pt; }
.report .provider .path { font-weight: 400; color: #6b7280; font-size: 7.6pt; }
.report .provider h3 .path { margin-inline-start: 6pt; }
.report .pgrid { display: grid; grid-template-columns: 40% 1fr; gap: 12pt; }
.report .facts th, .report .latest th { text-align: start; font-weight: 400; color: #4b5563; padding: 1.2pt 6pt 1.2pt 0; vertical-align: top; }
.report .facts th { width: 48%; }
.report .latest { font-size: 7.4pt; }
.report .latest td { padding-inline-end: 8pt; white-space: nowrap; }
.report[dir="rtl"] .facts th, .report[dir="rtl"] .latest th { padding: 1.2pt 0 1.2pt 6pt; }
.report .facts td, .report .latest td { padding: 1.2pt 0; font-weight: 600; }
.report .facts tr, .report .latest tr { border-bottom: .4pt solid #eceef1; }
.report .facts td.bad { color: #a4221b; }
.report .count { margin-inline-end: 8pt; white-space: nowrap; }
.report .c-error b { color: #c0392b; } .report .c-warning b { color: #a86b00; } .report .c-info b { color: #5d7ea8; }
.report .overdue th { background: #f3f4f6; text-align: start; font-weight: 600; padding: 2pt 4pt; border-bottom: .6pt solid #d6d9de; }
.report .overdue td { padding: 2pt 4pt; border-bottom: .4pt solid #eceef1; vertical-align: top; }
.report .overdue .n { text-align: end; white-space: nowrap; }
.report .overdue .nw { white-space: nowrap; }
.report .overdue .msg { color: #374151; font-size: 7.6pt; }
.report .chart { margin: 0; }
.report .chart svg { max-width: 100%; height: auto; direction: ltr; }
.report .chart text { font: 7px "DejaVu Sans Mono", Consolas, monospace; fill: #374151; }
.report .chart figcaption { font-size: 7pt; color: #4b5563; }
.report .chart .key { margin-inline-end: 8pt; white-space: nowrap; }
.report .sw { display: inline-block; width: 8px; height: 8px; margin-inline-end: 3px; vertical-align: middle; }
.report .sw-error { background: ${SEVERITY_COLOR.error}; } .report .sw-warning { background: ${SEVERITY_COLOR.warning}; } .report .sw-info { background: ${SEVERITY_COLOR.info}; }
.report footer { margin-top: 12pt; border-top: .8pt solid #d6d9de; padding-top: 5pt; color: #4b5563; font-size: 7.6pt; }
.report footer p { margin: 0 0 2pt; }
.report footer .verdict { color: #1f2937; font-weight: 600; }
.report .actions { display: flex; gap: 12px; margin-bottom: 8px; font-size: 9pt; }
.report .actions a { color: #0b5cad; text-decoration: underline; }
@media print {
  body { background: #fff; }
  .report { margin: 0; padding: 0; box-shadow: none; max-width: none; }
  .report .actions { display: none; }
  .report .evidence { break-before: page; }
}
`;
}

/** The complete page. Its CSP forbids scripts and every fetch; styles are inline (or nonce-bound in a webview). */
export function reportHtmlDocument(model: ReportModel, o: HtmlOptions = {}): string {
  const L = labelsFor(model.lang);
  const styleSrc = o.nonce ? `'nonce-${o.nonce}'` : `'unsafe-inline'`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${model.lang}" dir="${model.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${styleSrc}; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${L.title} · ${model.asOf}`)}</title>`,
    `<style${o.nonce ? ` nonce="${escapeHtml(o.nonce)}"` : ''}>${reportCss(model)}</style>`,
    '</head>',
    '<body>',
    reportBodyHtml(model, o),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
