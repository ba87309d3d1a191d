/**
 * The schedule as Markdown (CommonMark plus a GitHub table). Text from the appendix is escaped; runs whose script
 * differs from the document's are wrapped in Unicode isolates (LRI/RLI ... PDI), so ids stay left-to-right in
 * Arabic wherever the Markdown is shown. An Arabic schedule is wrapped in `<div dir="rtl">`.
 */
import type { Inline, Para, Schedule } from './model';

const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function inline(r: Inline): string {
  let t = r.marker ? r.text : escape(r.text);
  if (r.dir) t = (r.dir === 'ltr' ? LRI : RLI) + t + PDI;
  return r.marker ? `**${t}**` : t;
}

export function paraMarkdown(p: Para): string {
  return p.map(inline).join('').replace(/\n/g, ' ');
}

export function scheduleMarkdown(s: Schedule): string {
  const out: string[] = [];
  if (s.dir === 'rtl') out.push(`<div dir="rtl" lang="${s.lang}">`, '');
  out.push(`# ${escape(s.title)}`, '');
  if (s.meta.length) out.push(`*${paraMarkdown(s.meta)}*`, '');
  for (const p of s.intro) out.push(paraMarkdown(p), '');
  for (const section of s.sections) {
    out.push(`## ${section.number}. ${escape(section.title)}`, '');
    for (const c of section.clauses) {
      const refs = c.refs.length ? ` ${paraMarkdown(c.refs)}` : '';
      out.push(`### ${c.number} ${escape(c.title)}${refs}`, '', paraMarkdown(c.body), '');
    }
  }
  out.push(`## ${escape(s.sla.title)}`, '', escape(s.sla.note), '');
  out.push(`| ${s.sla.headers.map(escape).join(' | ')} |`, '| --- | --- | --- |');
  for (const row of s.sla.rows) out.push(`| ${escape(row.label)} | ${paraMarkdown(row.value)} | ${row.clause} |`);
  out.push('');
  if (s.annex) {
    out.push(`## ${escape(s.annex.title)}`, '', escape(s.annex.intro), '');
    for (const item of s.annex.items) out.push(`**${item.number} ${escape(item.id)}.** ${paraMarkdown(item.body)}`, '');
  }
  out.push(`## ${escape(s.signature.title)}`, '');
  out.push(`| ${s.signature.parties.map(escape).join(' | ')} |`, '| --- | --- |');
  for (const field of s.signature.fields) out.push(`| ${escape(field)} | ${escape(field)} |`);
  out.push('');
  if (s.dir === 'rtl') out.push('</div>', '');
  return out.join('\n');
}
