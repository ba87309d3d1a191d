/**
 * The default style of the rendered schedule: A4, one column, 10 pt serif. The HTML (and so the PDF and the
 * preview), the Word file and the page estimate all read these numbers, so "one page" means the same everywhere.
 */
import type { RenderLang } from '../catalogue/sentences';

export const DEFAULT_STYLE = {
  page: { widthMm: 210, heightMm: 297, marginTopMm: 15, marginBottomMm: 17, marginSideMm: 18 },
  bodyPt: 10,
  lineHeight: 1.25,
  h1Pt: 14,
  h2Pt: 11,
  h3Pt: 10,
  metaPt: 8.5,
  refsPt: 8,
  tablePt: 9,
  footerPt: 7.5,
  /** Space before a group heading and a clause heading, after a body paragraph (pt). */
  h2Before: 8,
  h3Before: 4,
  paraAfter: 2,
  fonts: {
    en: '"Liberation Serif", "Times New Roman", Times, serif',
    ar: '"Liberation Serif", "Noto Naskh Arabic", "Times New Roman", "Traditional Arabic", serif',
  } as Record<RenderLang, string>,
  /** Word can only name one font per script; LibreOffice maps Times New Roman to the metric-equal Liberation Serif. */
  wordFonts: { latin: 'Times New Roman', arabic: 'Times New Roman' },
} as const;

export const MM_TO_PT = 72 / 25.4;
