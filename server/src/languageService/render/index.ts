/**
 * Rendering an appendix as the security schedule of the contract (docs/render.md). Pure: text in, a document model,
 * Markdown or HTML out. The Word file and the PDF are built from the same model outside the language service
 * (server/src/render/), because they need a library and a browser.
 */
import { detectKind } from '../files';
import { parseYaml, type ParsedYaml } from '../parse';
import { isRecord } from '../rules/context';
import { buildSchedule, type RenderOptions } from './schedule';
import type { Schedule } from './model';

export type { Schedule, ScheduleClause, ScheduleSection, Inline, Para, SlaTableRow, AnnexItem } from './model';
export type { RenderOptions } from './schedule';
export { buildSchedule, GROUP_ORDER } from './schedule';
export { scheduleMarkdown } from './markdown';
export { scheduleBodyHtml, scheduleCss, scheduleHtmlDocument, clauseAnchor, escapeHtml } from './html';
export { validateSentenceOverrides, effectiveSentences, checkClauseSentences, requiredPaths, type SentenceOverrides, type OverrideProblem } from './overrides';
export { estimateLength, type LengthEstimate } from './length';
export { DEFAULT_STYLE } from './style';

export type RenderResult = { ok: true; schedule: Schedule } | { ok: false; reason: string };

/**
 * Renders an appendix's text. Fails (with a one-sentence reason) only when there is nothing to render: not an
 * appendix, YAML that cannot be read, or a top level that is not a mapping. Schema problems render as markers.
 */
export function renderAppendix(name: string, text: string, options: RenderOptions = {}, cached?: ParsedYaml): RenderResult {
  const kind = detectKind(name, text);
  if (kind !== 'appendix') {
    return { ok: false, reason: kind ? `it is ${kind === 'evidence' ? 'an evidence log' : 'a team policy'}, not a security appendix` : 'it is not a security appendix (no *.appendix.yaml name and no `schema: ecc-appendix/v1` header)' };
  }
  const parsed = cached ?? parseYaml(text);
  if (parsed.broken) {
    const first = parsed.problems.find((p) => p.code === 'yaml-syntax');
    const line = first ? text.slice(0, first.span.start).split('\n').length : 1;
    return { ok: false, reason: `its YAML cannot be read (line ${line}: ${first?.message ?? 'syntax error'})` };
  }
  if (!isRecord(parsed.value)) return { ok: false, reason: 'its top level is not a mapping of keys' };
  return { ok: true, schedule: buildSchedule(parsed.value, options) };
}
