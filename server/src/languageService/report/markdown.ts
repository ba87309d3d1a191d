/**
 * The coverage report as Markdown (GitHub-flavoured tables): the matrix, the legend, each provider's evidence
 * status and the footer. Plain text only: no HTML, no links outside the repository's own files.
 */
import { ltr } from '../catalogue/ar';
import type { Severity } from '../catalogue/types';
import { CELL_GLYPH, CELL_STATUSES, labelsFor, type CellStatus } from './labels';
import type { Cell, ReportModel } from './model';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A table cell's text: no pipes, no line breaks. */
function md(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** Inline code that survives any backticks in the value. */
function code(s: string): string {
  const ticks = '`'.repeat(Math.max(0, ...(s.match(/`+/g) ?? []).map((t) => t.length)) + 1);
  return `${ticks}${s.includes('`') ? ` ${s} ` : s}${ticks}`;
}

export function reportMarkdown(model: ReportModel): string {
  const L = labelsFor(model.lang);
  const ar = model.lang === 'ar';
  const id = (s: string) => (ar ? ltr(s) : s);
  const out: string[] = [];
  const cellText = (c: Cell) => `${CELL_GLYPH[c.status]} ${L.status[c.status]}`;

  out.push(`# ${L.title}`, '');
  out.push(`${L.subtitle}.`, '');
  out.push(`${L.asOf} **${id(model.asOf)}** · ${L.catalogue} **${id(model.catalogueVersion)}** (${id('ECC-2:2024')}) · ${L.files(model.columns.length, model.evidence.length)}`, '');

  out.push(`## ${L.matrixTitle}`, '', L.matrixIntro, '');
  out.push(`**${L.legendTitle}:**`, '');
  for (const s of CELL_STATUSES) out.push(`- ${CELL_GLYPH[s]} **${L.status[s]}**: ${L.statusHelp[s]}`);
  out.push('');

  if (!model.columns.length) out.push(L.noAppendices, '');
  else {
    out.push(`| ${L.clause} | ${model.columns.map((c) => md(`${code(c.path)}${c.id ? ` ${id(c.id)}` : ''}`)).join(' | ')} |`);
    out.push(`| --- | ${model.columns.map(() => ':-:').join(' | ')} |`);
    for (const g of model.groups) {
      out.push(`| **${md(`${L.control(g.control)} · ${g.title}`)}** | ${model.columns.map(() => '').join(' | ')} |`);
      for (const r of g.rows) out.push(`| ${md(`${r.number}. ${r.title}`)} ${code(r.id)} | ${r.cells.map(cellText).join(' | ')} |`);
    }
    for (const s of CELL_STATUSES as readonly CellStatus[]) {
      if (!model.columns.some((c) => c.counts[s])) continue;
      out.push(`| **${L.totals}: ${CELL_GLYPH[s]} ${L.status[s]}** | ${model.columns.map((c) => String(c.counts[s])).join(' | ')} |`);
    }
    out.push('');
    const withFileFindings = model.columns.filter((c) => c.fileFindings.length);
    if (withFileFindings.length) {
      out.push(`### ${L.fileFindings}`, '');
      for (const c of withFileFindings) {
        for (const f of c.fileFindings) out.push(`- ${code(`${c.path}:${f.line}`)} ${L.severity[f.severity]} ${code(f.code)}: ${f.message}`);
      }
      out.push('');
    }
  }

  out.push(`## ${L.evidenceTitle}`, '');
  if (!model.evidence.length) out.push(L.noEvidence, '');
  for (const e of model.evidence) {
    const st = e.status;
    out.push(`### ${code(e.path)}${st?.provider ? ` · ${md(st.provider)}` : ''}`, '');
    if (!st) {
      out.push(L.statusHelp.unread, '');
      continue;
    }
    out.push(`| | |`, `| --- | --- |`);
    out.push(`| ${L.provider} | ${md(st.provider ?? '')} |`);
    out.push(`| ${L.linkedAppendix} | ${md(st.linked && st.appendix ? L.linkedTo(st.appendix, e.linkedPath) : L.notLinked(st.appendix))} |`);
    out.push(`| ${L.asOf} | ${id(st.asOf)} |`);
    out.push(`| ${L.logAsOf} | ${st.logAsOf ? id(st.logAsOf) : L.noneRecorded} |`);
    out.push(`| ${L.findings} | ${SEVERITIES.map((s) => `${st.counts[s]} ${L.severityPlural[s]}`).join(' · ')} |`, '');

    out.push(`#### ${L.overdueTitle}`, '');
    if (!e.overdue.length) out.push(L.noOverdue, '');
    else {
      out.push(`| ${L.dueBy} | ${L.daysOverdue} | ${L.check} | ${L.details} |`, '| --- | --: | --- | --- |');
      for (const o of e.overdue) out.push(`| ${id(o.due)} | ${o.daysOverdue} | ${code(o.code)} ${md(o.title)} | ${md(o.message)} |`);
      out.push('');
    }

    out.push(`#### ${L.latestTitle}`, '', `| | |`, `| --- | --- |`);
    for (const l of e.latest) out.push(`| ${md(l.label)} | ${l.date ? id(l.date) : L.noneRecorded} |`);
    out.push('');

    out.push(`#### ${L.chartTitle}`, '');
    if (!e.byCheck.length) out.push(L.noFindings, '');
    else {
      out.push(`| ${L.check} | ${SEVERITIES.map((s) => L.severityPlural[s]).join(' | ')} |`, `| --- | ${SEVERITIES.map(() => '--:').join(' | ')} |`);
      for (const c of e.byCheck) out.push(`| ${code(c.code)} ${md(c.title)} | ${SEVERITIES.map((s) => String(c.counts[s])).join(' | ')} |`);
      out.push('');
    }
  }

  if (model.otherFiles.length) out.push(`${L.skipped}: ${model.otherFiles.map(code).join(', ')}`, '');
  out.push('---', '', L.footer(model.asOf), '', L.paraphrase, '', L.generated, '');
  return out.join('\n');
}
