/**
 * The schedule as a Word document (the `docx` library): real Heading 1 / Heading 2 paragraphs numbered by a Word
 * multilevel list (1. / 1.1), so clauses renumber themselves when a lawyer inserts one with tracked changes; the
 * service levels as a Word table; drafting markers highlighted; a running footer with the reference, an initials
 * line and "page X / Y". Arabic schedules are right-to-left paragraphs, runs and tables, with ids kept
 * left-to-right. No IO here: the caller writes the bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Inline, Para, Schedule } from '../languageService/render/model';
import { DEFAULT_STYLE as S } from '../languageService/render/style';
import { pushAll } from '../languageService/arrays';

const NUMBERING = 'schedule-headings';
const half = (pt: number) => Math.round(pt * 2); // docx sizes are half-points
const twip = (pt: number) => Math.round(pt * 20);

export async function scheduleDocx(s: Schedule): Promise<Buffer> {
  const rtl = s.dir === 'rtl';
  const font = { ascii: S.wordFonts.latin, hAnsi: S.wordFonts.latin, cs: S.wordFonts.arabic, eastAsia: S.wordFonts.latin };
  const language = rtl ? { value: 'en-GB', bidirectional: 'ar-SA' } : { value: 'en-GB' };

  const run = (r: Inline, extra: Partial<IRunOptions> = {}): TextRun => {
    // In an Arabic paragraph every run is right-to-left except ids and Latin names, which Word then keeps in order.
    const rightToLeft = rtl ? r.dir !== 'ltr' : r.dir === 'rtl';
    return new TextRun({
      text: r.text,
      rightToLeft,
      highlight: r.marker ? 'yellow' : undefined,
      ...extra,
    });
  };
  const runs = (p: Para, extra: Partial<IRunOptions> = {}) => p.map((r) => run(r, extra));
  const plain = (text: string, extra: Partial<IRunOptions> = {}) => run({ text }, extra);
  const para = (children: TextRun[], opts: Record<string, unknown> = {}) =>
    new Paragraph({ children, bidirectional: rtl, ...opts });

  const children: (Paragraph | Table)[] = [];
  children.push(para([plain(s.title)], { heading: HeadingLevel.TITLE }));
  if (s.meta.length) children.push(para(runs(s.meta, { size: half(S.metaPt), sizeComplexScript: half(S.metaPt), color: '333333' }), { spacing: { after: twip(6) } }));
  for (const p of s.intro) children.push(para(runs(p), { alignment: AlignmentType.BOTH }));

  for (const section of s.sections) {
    children.push(para([plain(section.title)], { heading: HeadingLevel.HEADING_1, numbering: { reference: NUMBERING, level: 0 } }));
    for (const c of section.clauses) {
      const head: TextRun[] = [plain(c.title)];
      if (c.refs.length) {
        head.push(plain(' '));
        pushAll(head, runs(c.refs, { size: half(S.refsPt), sizeComplexScript: half(S.refsPt), bold: false, boldComplexScript: false, color: '555555' }));
      }
      children.push(para(head, { heading: HeadingLevel.HEADING_2, numbering: { reference: NUMBERING, level: 1 } }));
      children.push(para(runs(c.body), { alignment: AlignmentType.BOTH }));
    }
  }

  // Service levels: a real table (header row repeats across pages).
  children.push(para([plain(s.sla.title)], { heading: HeadingLevel.HEADING_1 }));
  children.push(para([plain(s.sla.note, { size: half(S.metaPt), sizeComplexScript: half(S.metaPt) })]));
  const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
  const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
  const tableText = { size: half(S.tablePt), sizeComplexScript: half(S.tablePt) };
  const cell = (content: TextRun[], widthPct: number, header = false) =>
    new TableCell({
      children: [para(content)],
      width: { size: widthPct, type: WidthType.PERCENTAGE },
      borders,
      shading: header ? { fill: 'EEEEEE', type: 'clear', color: 'auto' } : undefined,
    });
  const widths = [60, 26, 14];
  children.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: rtl,
      rows: [
        new TableRow({ tableHeader: true, children: s.sla.headers.map((h, i) => cell([plain(h, { ...tableText, bold: true, boldComplexScript: true })], widths[i], true)) }),
        ...s.sla.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: [cell([plain(row.label, tableText)], widths[0]), cell(runs(row.value, tableText), widths[1]), cell([plain(row.clause, tableText)], widths[2])],
            }),
        ),
      ],
    }),
  );

  if (s.annex) {
    children.push(para([plain(s.annex.title)], { heading: HeadingLevel.HEADING_1 }));
    children.push(para([plain(s.annex.intro, { size: half(S.metaPt), sizeComplexScript: half(S.metaPt) })]));
    for (const item of s.annex.items) {
      children.push(
        para([plain(`${item.number} `, { bold: true, boldComplexScript: true }), run({ text: item.id, dir: rtl ? 'ltr' : undefined }, { bold: true }), plain('. ', { bold: true }), ...runs(item.body)], {
          alignment: AlignmentType.BOTH,
        }),
      );
    }
  }

  // Signature block: a borderless two-column table with a line per field.
  children.push(para([plain(s.signature.title)], { heading: HeadingLevel.HEADING_1, keepNext: true }));
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const signCell = (party: string) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: { top: none, bottom: none, left: none, right: none },
      children: [
        para([plain(party, { bold: true, boldComplexScript: true })], { keepNext: true }),
        ...s.signature.fields.map((f) =>
          para([plain(f)], { spacing: { before: twip(10) }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } }, keepNext: true }),
        ),
      ],
    });
  children.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: rtl,
      rows: [new TableRow({ cantSplit: true, children: s.signature.parties.map(signCell) })],
    }),
  );

  const page = S.page;
  const textWidth = convertMillimetersToTwip(page.widthMm - 2 * page.marginSideMm);
  const footerText = { size: half(S.footerPt), sizeComplexScript: half(S.footerPt), color: '444444' };
  const footer = new Footer({
    children: [
      new Paragraph({
        bidirectional: rtl,
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(textWidth / 2) },
          { type: TabStopType.RIGHT, position: textWidth },
        ],
        children: [
          plain(s.footer.reference, footerText),
          new TextRun({ children: [new Tab(), `${s.footer.initials}: ________   ________`], rightToLeft: rtl, ...footerText }),
          new TextRun({ children: [new Tab(), `${s.footer.page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], rightToLeft: rtl, ...footerText }),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: 'ecc-appendix',
    title: s.title,
    description: 'Security schedule rendered from an ecc-appendix/v1 file',
    styles: {
      default: {
        document: {
          run: { font, size: half(S.bodyPt), sizeComplexScript: half(S.bodyPt), language },
          paragraph: { spacing: { after: twip(S.paraAfter), line: Math.round(240 * S.lineHeight) } },
        },
        title: { run: { font, size: half(S.h1Pt), sizeComplexScript: half(S.h1Pt), bold: true, boldComplexScript: true, color: '000000' }, paragraph: { spacing: { after: twip(2) } } },
        heading1: {
          run: { font, size: half(S.h2Pt), sizeComplexScript: half(S.h2Pt), bold: true, boldComplexScript: true, color: '000000' },
          paragraph: { spacing: { before: twip(S.h2Before), after: twip(2) }, keepNext: true },
        },
        heading2: {
          run: { font, size: half(S.h3Pt), sizeComplexScript: half(S.h3Pt), bold: true, boldComplexScript: true, color: '000000' },
          paragraph: { spacing: { before: twip(S.h3Before), after: 0 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(page.widthMm), height: convertMillimetersToTwip(page.heightMm) },
            margin: {
              top: convertMillimetersToTwip(page.marginTopMm),
              bottom: convertMillimetersToTwip(page.marginBottomMm),
              left: convertMillimetersToTwip(page.marginSideMm),
              right: convertMillimetersToTwip(page.marginSideMm),
              footer: convertMillimetersToTwip(7),
            },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
