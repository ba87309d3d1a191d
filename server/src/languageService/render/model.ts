/**
 * The rendered schedule as data: what Markdown, HTML, Word and the length estimate are all produced from.
 * Pure values, no functions; text is plain (each output escapes it for its own syntax).
 */
import type { Clause } from '../catalogue/types';
import type { RenderLang } from '../catalogue/sentences';

/**
 * A run of text. `dir` is set when the run's own direction differs from the document's (a Latin id inside Arabic
 * prose, an Arabic name inside English prose), so every output can isolate it. `marker` flags a drafting marker
 * ("[missing: initial_notice_hours]") that outputs highlight.
 */
export interface Inline {
  text: string;
  dir?: 'ltr' | 'rtl';
  marker?: boolean;
}

export type Para = Inline[];

export interface ScheduleClause {
  /** Catalogue id, e.g. `incident.notification`. */
  id: string;
  /** "6.1": group number and position in the group (stable across appendices: every clause has its slot). */
  number: string;
  title: string;
  /** `missing`: the clause applies but the appendix lacks it; `not-applicable`: lacking, and its condition fails. */
  status: 'present' | 'missing' | 'not-applicable';
  /** Contract reference (`ref`) and ECC controls, shown after the heading. */
  refs: Inline[];
  /** The clause's sentences as one paragraph (or its drafting marker). */
  body: Para;
}

export interface ScheduleSection {
  group: Clause['group'];
  number: number;
  title: string;
  clauses: ScheduleClause[];
}

export interface SlaTableRow {
  label: string;
  value: Para;
  /** Number of the clause the limit comes from ("6.1"). */
  clause: string;
  clauseId: string;
}

export interface AnnexItem {
  /** "A.1" */
  number: string;
  id: string;
  body: Para;
}

export interface Schedule {
  lang: RenderLang;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Appendix id, version and dates. */
  meta: Para;
  /** Opening paragraphs: parties and purpose, definitions, how to read the references. */
  intro: Para[];
  sections: ScheduleSection[];
  sla: { title: string; note: string; headers: readonly [string, string, string]; rows: SlaTableRow[] };
  /** Approved exceptions; absent when the appendix lists none. */
  annex?: { title: string; intro: string; items: AnnexItem[] };
  signature: { title: string; parties: readonly [string, string]; fields: readonly string[] };
  /** Running footer: the document reference, the initials box label and the word for "page". */
  footer: { reference: string; initials: string; page: string };
}
