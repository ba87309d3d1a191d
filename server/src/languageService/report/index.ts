/**
 * The coverage report (`ecc-appendix report`, VS Code "Open Coverage Report"): model from the engine's results,
 * then Markdown or a self-contained HTML page, in English or Arabic. Pure (docs/report.md).
 */
export { buildReport, attributeFindings, clauseCell, lineStarts, overdueOf, type ReportInput, type ReportModel, type ReportOptions } from './model';
export { reportMarkdown } from './markdown';
export { reportBodyHtml, reportCss, reportHtmlDocument, type HtmlOptions } from './html';
export { labelsFor, type ReportLang, type CellStatus } from './labels';
