/**
 * The `length` finding (docs/render.md, "One page"): on by default at info, so every realistic appendix has it. The
 * exact English messages the suites that pin complete findings expect, numbers included (render/length.ts estimate).
 */

/** examples/wadi-falcon.appendix.yaml (and its variants that change a number but not its printed width). */
export const WADI_FALCON_LENGTH =
  'The rendered schedule would print on 5 A4 pages at the default style (about 4.2 pages of text), over the one-page target; its longest clauses are 6.2 Incident roles and communications (7 lines), 7.1 Audit (7 lines) and 8.3 Exit and transition (7 lines): shorten them or move detail to an annex to fit one page.';

/** An appendix with only its header (every clause a marker): the shortest schedule there is, still 3 pages. */
export const HEADER_ONLY_LENGTH =
  'The rendered schedule would print on 3 A4 pages at the default style (about 2.3 pages of text), over the one-page target; its longest clauses are 1.1 Services and applicability (2 lines), 2.1 Risk assessment before signature (2 lines) and 2.2 Re-assessment of risk (2 lines): shorten them or move detail to an annex to fit one page.';
