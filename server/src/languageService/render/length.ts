/**
 * "One page", made measurable without a browser: the schedule's printed length at the default style, estimated
 * from its text. Each block (heading, paragraph, table row, signature block) gets a height: its lines (characters
 * divided by the characters that fit on a line at its size, rounded up per block) times the line height of the
 * style, plus its spacing. The blocks are then laid onto A4 pages the way the print engine does: headings stay
 * with what follows, a paragraph splits only leaving at least two lines on each page, table rows and the signature
 * block never split, adjoining spacing collapses and spacing at the top of a page is dropped.
 *
 * Calibration (docs/render.md): the characters-per-line figures were fitted to the line counts Chromium lays out
 * for the default style (10 pt Liberation Serif or Amiri on a 174 mm measure) over the four example appendices in
 * both languages; test/cli/render.test.ts checks the estimate against the page count of real PDFs.
 */
import type { RenderLang } from '../catalogue/sentences';
import type { Para, Schedule } from './model';
import { DEFAULT_STYLE as S, MM_TO_PT } from './style';

/** Average characters per full line, per language and text size (fitted to Chromium's layout; see above). */
export const CHARS_PER_LINE: Record<RenderLang, { body: number; small: number; heading: number; tableLabel: number }> = {
  en: { body: 120, small: 139, heading: 102, tableLabel: 70 },
  ar: { body: 127, small: 145, heading: 101, tableLabel: 70 },
};

export interface ClauseLength {
  id: string;
  number: string;
  /** Lines the clause takes (heading and body). */
  lines: number;
}

export interface LengthEstimate {
  /** Estimated pages, fractional: 1.4 means the second page is 40% full. */
  pages: number;
  /** Whole pages the PDF will have. */
  pageCount: number;
  /** Clauses, longest first. */
  clauses: ClauseLength[];
}

/** A block to lay out: `lines` of `lineHeight` (splittable when `split`), plus spacing before and after. */
interface Block {
  lines: number;
  lineHeight: number;
  before: number;
  after: number;
  split: boolean;
  keepWithNext?: boolean;
}

function chars(p: Para): number {
  let n = 0;
  for (const r of p) n += r.text.length;
  return n;
}

function lines(n: number, perLine: number): number {
  return Math.max(1, Math.ceil(n / perLine));
}

/** Lays blocks onto pages of `pageHeight`; returns fractional pages used. */
function paginate(blocks: readonly Block[], pageHeight: number): number {
  let pages = 1;
  let y = 0;
  const newPage = () => {
    pages++;
    y = 0;
  };
  let prevAfter = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // Vertical margins collapse: the gap between two blocks is the larger of the two, not their sum.
    const before = y === 0 ? 0 : Math.max(0, b.before - prevAfter);
    prevAfter = b.after;
    const height = b.lines * b.lineHeight;
    // A heading needs room for itself and the start of what follows (two lines, or all of an unsplittable block).
    let need = before + height + b.after;
    if (b.keepWithNext && blocks[i + 1]) {
      const n = blocks[i + 1];
      need += n.before + (n.split ? Math.min(2, n.lines) : n.lines) * n.lineHeight;
    }
    if (y + need <= pageHeight) {
      y += before + height + b.after;
      continue;
    }
    if (!b.split || b.keepWithNext) {
      if (y > 0) newPage();
      y += height + b.after;
      continue;
    }
    // Split a paragraph: at least two lines stay on this page and two go to the next (orphans and widows).
    let left = b.lines;
    let top = before;
    while (left > 0) {
      const room = pageHeight - y - top;
      if (left * b.lineHeight + b.after <= room) {
        y += top + left * b.lineHeight + b.after;
        break;
      }
      const fit = Math.min(Math.floor(room / b.lineHeight), left - 2);
      if (fit >= 2) left -= fit;
      else if (y === 0) left -= Math.max(1, Math.floor(room / b.lineHeight)); // taller than a page
      newPage();
      top = 0;
    }
  }
  return pages - 1 + y / pageHeight;
}

/** Estimates the printed length of a schedule at the default style. */
export function estimateLength(s: Schedule): LengthEstimate {
  const cpl = CHARS_PER_LINE[s.lang];
  const lh = S.bodyPt * S.lineHeight;
  const small = S.metaPt * S.lineHeight;
  const tableLine = S.tablePt * 1.2;
  const rowPad = 3.5; // cell padding and border
  const h2 = (): Block => ({ lines: 1, lineHeight: S.h2Pt * 1.25, before: S.h2Before, after: 2, split: false, keepWithNext: true });
  const blocks: Block[] = [];

  blocks.push({ lines: 1, lineHeight: S.h1Pt * 1.2, before: 0, after: 2, split: false, keepWithNext: true });
  if (s.meta.length) blocks.push({ lines: lines(chars(s.meta), cpl.small), lineHeight: small, before: 0, after: 6, split: true });
  for (const p of s.intro) blocks.push({ lines: lines(chars(p), cpl.body), lineHeight: lh, before: 0, after: S.paraAfter + 1, split: true });

  const clauses: ClauseLength[] = [];
  for (const section of s.sections) {
    blocks.push(h2());
    for (const c of section.clauses) {
      const head = lines(c.number.length + c.title.length + chars(c.refs) + 2, cpl.heading);
      const body = lines(chars(c.body), cpl.body);
      blocks.push({ lines: head, lineHeight: lh, before: S.h3Before, after: 0, split: false, keepWithNext: true });
      blocks.push({ lines: body, lineHeight: lh, before: 0, after: S.paraAfter, split: true });
      clauses.push({ id: c.id, number: c.number, lines: head + body });
    }
  }

  blocks.push(h2());
  blocks.push({ lines: lines(s.sla.note.length, cpl.small), lineHeight: small, before: 0, after: S.paraAfter + 2, split: true });
  blocks.push({ lines: 1, lineHeight: tableLine + rowPad, before: 0, after: 0, split: false, keepWithNext: true });
  for (const row of s.sla.rows) blocks.push({ lines: 1, lineHeight: lines(row.label.length, cpl.tableLabel) * tableLine + rowPad, before: 0, after: 0, split: false });
  blocks[blocks.length - 1].after = 4;

  if (s.annex) {
    blocks.push(h2());
    blocks.push({ lines: lines(s.annex.intro.length, cpl.small), lineHeight: small, before: 0, after: S.paraAfter, split: true });
    for (const item of s.annex.items) {
      blocks.push({ lines: lines(item.number.length + item.id.length + 3 + chars(item.body), cpl.body), lineHeight: lh, before: 0, after: S.paraAfter, split: true });
    }
  }
  // Signatures: heading, then the two-column block that is never split (party line and a ruled line per field).
  blocks.push(h2());
  blocks.push({ lines: 1, lineHeight: tableLine + s.signature.fields.length * (10 + tableLine + 0.5), before: 0, after: 4, split: false });

  const printable = (S.page.heightMm - S.page.marginTopMm - S.page.marginBottomMm) * MM_TO_PT;
  const pages = Math.round(paginate(blocks, printable) * 100) / 100;
  clauses.sort((a, b) => b.lines - a.lines || a.number.localeCompare(b.number, 'en', { numeric: true }));
  return { pages, pageCount: Math.max(1, Math.ceil(pages)), clauses };
}
