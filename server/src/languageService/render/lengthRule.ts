/**
 * `length` (file-level, info by default; a policy or `eccAppendix.rules` can make it a warning): the security
 * schedule this appendix renders to runs past one A4 page at the default style. Measured with the pure estimate
 * (length.ts), so it runs on every keystroke without a browser; the message names the longest clauses.
 *   bad:  35 clauses in full prose, about 4 pages
 *   good: a schedule that fits one page (rare: each clause takes at least two lines)
 */
import type { Finding } from '../findings';
import type { RuleLevel } from '../settings';
import type { ParsedYaml } from '../parse';
import { spanAt } from '../rules/context';
import { SENTENCES, type RenderLang } from '../catalogue/sentences';
import { estimateLength } from './length';
import { t } from '../i18n/messages';
import { buildSchedule } from './schedule';

/** Pages the schedule may take before `length` is reported. */
export const PAGE_TARGET = 1;

/**
 * Level of `length` when neither `eccAppendix.rules` nor the team policy names it: `info`, as the issue asks, so
 * every appendix longer than a page (every realistic one) has this finding (docs/render.md, "Default level").
 */
export const LENGTH_DEFAULT_LEVEL: RuleLevel = 'info';

/**
 * The `length` finding, or none. `level` is the level the settings and policy give `length` (undefined: not named,
 * so LENGTH_DEFAULT_LEVEL); at `off` nothing is rendered at all, so the check costs nothing when unused.
 */
export function lengthFinding(parsed: ParsedYaml, root: Record<string, unknown>, lang: RenderLang = 'en', level?: RuleLevel): Finding[] {
  if ((level ?? LENGTH_DEFAULT_LEVEL) === 'off') return [];
  const schedule = buildSchedule(root, { lang });
  const est = estimateLength(schedule);
  if (est.pages <= PAGE_TARGET) return [];
  // The message follows `lang` (i18n/files.ts), as the estimate does.
  const longest = est.clauses.slice(0, 3).map((c) => ({ number: String(c.number), id: c.id, title: SENTENCES.en.clauses[c.id].title, lines: c.lines }));
  const at = parsed.locs.has('/appendix') ? ['appendix'] : ['schema'];
  return [
    {
      code: 'length',
      severity: 'info',
      message: t(lang, 'length', { pageCount: est.pageCount, pages: est.pages, longest }),
      span: spanAt(parsed, at, true),
      ecc: [],
      basis: null,
      data: { kind: 'other' },
    },
  ];
}
