/**
 * The coverage report as data: which clause each appendix states (present / weak / missing / excepted / N/A),
 * grouped by the ECC-2:2024 control the clause mainly implements, and each evidence log's status as of the date.
 * Built from the engine's results (`checkDocument`), never by re-running a rule: the report shows the same findings
 * as the editor and `lint`. Pure: the caller reads the files and passes the results in (docs/report.md).
 */
import { AR } from '../catalogue/ar';
import { CLAUSES } from '../catalogue/clauses';
import { CONTROLS } from '../catalogue/controls';
import type { Clause, Condition, Severity } from '../catalogue/types';
import { dayNumber, isValidDate } from '../dates';
import type { CheckResult } from '../engine';
import { EVIDENCE_CHECKS, evidenceStatus, type EvidenceStatus } from '../evidence/index';
import type { FileKind } from '../files';
import { SEVERITY_RANK, type Finding } from '../findings';
import { pointer, type ParsedYaml } from '../parse';
import { flagsOf, getIn, holds, isRecord } from '../rules/context';
import { CELL_STATUSES, LATEST_KEYS, labelsFor, type CellStatus, type LatestKey, type ReportLang } from './labels';

export interface ReportInput {
  /** As shown to the reader: relative path with `/` separators (format.md 3). */
  path: string;
  /** A link target for viewers that can open files (a `file:` URI in the editor); not used in printed text. */
  uri?: string;
  /** The engine's result for the file; undefined when it is not a product file. */
  result: CheckResult | undefined;
  /** Line starts of the text, for 1-based line numbers in details (built by `lineStarts`). */
  lines?: readonly number[];
  /**
   * The same file's findings with English messages, when `result` was computed in another language; the overdue
   * list reads the English wording. Same engine, same text: the lists pair one to one.
   */
  englishFindings?: readonly Finding[];
}

export interface CellFinding {
  code: string;
  severity: Severity;
  message: string;
  /** 1-based line. */
  line: number;
  /** The exception that turned it into info, if any. */
  exception?: string;
}

export interface Cell {
  status: CellStatus;
  /** Worst severity among the findings that are not excepted. */
  severity?: Severity;
  findings: CellFinding[];
}

export interface ClauseRow {
  id: string;
  number: number;
  title: string;
  cells: Cell[];
}

export interface ControlGroup {
  control: string;
  title: string;
  rows: ClauseRow[];
}

export interface AppendixColumn {
  path: string;
  uri?: string;
  /** `appendix.id` */
  id?: string;
  customer?: string;
  provider?: string;
  readable: boolean;
  counts: Record<CellStatus, number>;
  findings: Record<Severity, number>;
  /** Findings not attributed to any clause (header, exceptions, length, unknown top-level keys ...). */
  fileFindings: CellFinding[];
}

export interface OverdueItem {
  code: string;
  title: string;
  severity: Severity;
  due: string;
  daysOverdue: number;
  message: string;
  line: number;
}

export interface CheckCount {
  code: string;
  title: string;
  counts: Record<Severity, number>;
}

export interface EvidenceSection {
  path: string;
  uri?: string;
  readable: boolean;
  status?: EvidenceStatus;
  /** Path of the appendix column whose `appendix.id` the log names (when it is among the report's files). */
  linkedPath?: string;
  byCheck: CheckCount[];
  overdue: OverdueItem[];
  latest: { key: LatestKey; label: string; date?: string }[];
}

export interface ReportModel {
  lang: ReportLang;
  dir: 'ltr' | 'rtl';
  asOf: string;
  catalogueVersion: 'v1';
  columns: AppendixColumn[];
  groups: ControlGroup[];
  evidence: EvidenceSection[];
  /** Product files that are neither appendices nor evidence logs (policies, snippet libraries): counted, not shown. */
  otherFiles: string[];
}

export interface ReportOptions {
  lang: ReportLang;
  asOf: string;
}

/** Offsets where each line starts (line 0 at 0), for `lineOf`. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    } else if (c === 10) out.push(i + 1);
  }
  return out;
}

/** 1-based line of an offset. */
function lineOf(starts: readonly number[] | undefined, offset: number): number {
  if (!starts) return 1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Control ids in document order: 4-1-2-1 before 4-1-2-10 before 4-1-3. */
export function compareControlIds(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** The clause's span in the text: from its key (or value) start to its value end; undefined when absent. */
function clauseSpan(parsed: ParsedYaml, clause: Clause): { start: number; end: number } | undefined {
  const loc = parsed.locs.get(pointer(clause.path));
  if (!loc) return undefined;
  return { start: (loc.key ?? loc.value).start, end: loc.value.end };
}

/**
 * Which clause each finding of an appendix concerns: its code when that is a clause id, else the clause whose
 * mapping contains it (a `type` or `unknown-key` finding inside `incident.notification` belongs to that clause).
 * Everything else (header, exceptions list, length, top-level keys) is file-level. Used by the report and JUnit.
 */
export function attributeFindings(parsed: ParsedYaml | undefined, findings: readonly Finding[]): { byClause: Map<string, Finding[]>; file: Finding[] } {
  const byClause = new Map<string, Finding[]>();
  const file: Finding[] = [];
  const spans = parsed && !parsed.broken ? CLAUSES.map((c) => [c, clauseSpan(parsed, c)] as const).filter(([, s]) => !!s) : [];
  for (const f of findings) {
    let id: string | undefined = CLAUSES.some((c) => c.id === f.code) ? f.code : undefined;
    if (!id && f.data?.kind !== 'missing-clause') {
      // The innermost clause containing the finding (scope.services spans the whole `scope:` mapping).
      let best: { id: string; size: number } | undefined;
      for (const [c, s] of spans) {
        if (s && f.span.start >= s.start && f.span.end <= s.end && (!best || s.end - s.start < best.size)) best = { id: c.id, size: s.end - s.start };
      }
      id = best?.id;
    }
    if (id) {
      const list = byClause.get(id) ?? [];
      list.push(f);
      byClause.set(id, list);
    } else file.push(f);
  }
  return { byClause, file };
}

function cellFinding(f: Finding, starts: readonly number[] | undefined): CellFinding {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    line: lineOf(starts, f.span.start),
    exception: f.data?.kind === 'excepted' ? f.data.exception : undefined,
  };
}

function worst(findings: readonly CellFinding[]): Severity | undefined {
  let out: Severity | undefined;
  for (const f of findings) if (!f.exception && (!out || SEVERITY_RANK[f.severity] > SEVERITY_RANK[out])) out = f.severity;
  return out;
}

/**
 * The cell of one clause in one appendix:
 * - absent and not required by the scope flags: `na`;
 * - absent and required: `missing`, or `excepted` when its findings are all covered by an exception;
 * - stated with a finding that is not excepted: `weak`; with only excepted findings: `excepted`; else `present`.
 */
export function clauseCell(clause: Clause, present: boolean, applicable: boolean, findings: readonly CellFinding[]): Cell {
  const open = findings.filter((f) => !f.exception);
  const excepted = findings.length > 0 && open.length === 0;
  let status: CellStatus;
  if (!present) status = !applicable && findings.length === 0 ? 'na' : excepted ? 'excepted' : 'missing';
  else status = open.length ? 'weak' : excepted ? 'excepted' : 'present';
  return { status, severity: worst(findings), findings: [...findings] };
}

const TODAY_WORDS = /(\d{4}-\d{2}-\d{2}) with the \d+-day grace/;
const DUE_DATE = /due (?:by|on)\D*?(\d{4}-\d{2}-\d{2})/;
/** Evidence findings that say something due by a date is not recorded by the as-of date (docs/report.md). */
const NOT_DONE = /\bNo .+? is recorded\b|\bis not recorded\b|\bno (?:notice to the entity|detailed report|final report) is recorded\b|\bstill open\b|\bstill has \d+ open\b|\bneither the return\b|\bnot evidenced\b|\bthe next review was due on\b/;

/**
 * An overdue item from an evidence finding's English message, or undefined: a warning or error whose message says
 * a deliverable, entry or fix is not recorded (or still open) and when it was due. The due date is the one with
 * the cadence grace when the message gives both.
 */
export function overdueOf(f: Finding, asOf: string): { due: string; daysOverdue: number } | undefined {
  if (f.severity === 'info' || !/^EV-\d\d$/.test(f.code) || !NOT_DONE.test(f.message)) return undefined;
  const due = TODAY_WORDS.exec(f.message)?.[1] ?? DUE_DATE.exec(f.message)?.[1];
  if (!due || !isValidDate(due) || !isValidDate(asOf)) return undefined;
  return { due, daysOverdue: Math.max(0, dayNumber(asOf) - dayNumber(due)) };
}

const EMPTY_COUNTS = (): Record<CellStatus, number> => Object.fromEntries(CELL_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

/** Builds the report from the engine's results, in input order (appendices as columns, logs as sections). */
export function buildReport(inputs: readonly ReportInput[], options: ReportOptions): ReportModel {
  const labels = labelsFor(options.lang);
  const ar = options.lang === 'ar';
  const appendices = inputs.filter((i) => i.result?.kind === 'appendix');
  const logs = inputs.filter((i) => i.result?.kind === 'evidence');
  const otherFiles = inputs.filter((i) => i.result && i.result.kind !== 'appendix' && i.result.kind !== 'evidence').map((i) => i.path);

  // One column per appendix; per clause its cell.
  const cellsByClause = new Map<string, Cell[]>(CLAUSES.map((c) => [c.id, []]));
  const columns: AppendixColumn[] = appendices.map((input) => {
    const result = input.result!;
    const parsed = result.parsed;
    const root = parsed && !parsed.broken && isRecord(parsed.value) ? parsed.value : undefined;
    const counts = EMPTY_COUNTS();
    const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) findings[f.severity]++;
    const { byClause, file } = attributeFindings(root ? parsed : undefined, result.findings);
    const flags = root ? flagsOf(root) : new Set<Condition>();
    for (const clause of CLAUSES) {
      let cell: Cell;
      if (!root || !parsed) cell = { status: 'unread', findings: [] };
      else {
        const present = parsed.locs.has(pointer(clause.path));
        const applicable = !clause.missing.requiredWhen || holds({ flags, profiles: new Set() }, clause.missing.requiredWhen);
        cell = clauseCell(clause, present, applicable, (byClause.get(clause.id) ?? []).map((f) => cellFinding(f, input.lines)));
      }
      counts[cell.status]++;
      cellsByClause.get(clause.id)!.push(cell);
    }
    return {
      path: input.path,
      uri: input.uri,
      id: text(getIn(root, ['appendix', 'id'])),
      customer: text(getIn(root, ['appendix', 'customer', 'name'])),
      provider: text(getIn(root, ['appendix', 'provider', 'name'])),
      readable: !!root,
      counts,
      findings,
      fileFindings: (root ? file : result.findings).map((f) => cellFinding(f, input.lines)),
    };
  });

  // Rows grouped by each clause's primary control, groups in control order, rows in catalogue order.
  const groupsById = new Map<string, ControlGroup>();
  for (const clause of CLAUSES) {
    const control = clause.ecc[0];
    let group = groupsById.get(control);
    if (!group) {
      const c = CONTROLS.find((x) => x.id === control);
      group = { control, title: (ar ? AR.controls[control]?.title : c?.title) ?? c?.title ?? control, rows: [] };
      groupsById.set(control, group);
    }
    group.rows.push({ id: clause.id, number: clause.number, title: (ar ? AR.clauses[clause.id]?.title : undefined) ?? clause.title, cells: cellsByClause.get(clause.id)! });
  }
  const groups = [...groupsById.values()].sort((a, b) => compareControlIds(a.control, b.control));
  for (const g of groups) g.rows.sort((a, b) => a.number - b.number);

  const evidence: EvidenceSection[] = logs.map((input) => {
    const result = input.result!;
    const parsed = result.parsed;
    const readable = !!parsed && !parsed.broken && isRecord(parsed.value);
    const status = readable ? evidenceStatus(parsed!.value, result.findings, options.asOf) : undefined;
    const linkedPath = status?.linked ? columns.find((c) => c.id === status.appendix)?.path : undefined;
    const titleOf = (code: string) => labels.checkTitle(code, EVIDENCE_CHECKS.find((c) => c.id === code)?.title ?? code);
    const byCheck: CheckCount[] = Object.entries(status?.byCode ?? {})
      .map(([code, counts]) => ({ code, title: titleOf(code), counts }))
      .sort((a, b) => a.code.localeCompare(b.code));
    // Pair each finding with its English twin (same code and span, in order) to read the overdue wording.
    const english = new Map<string, Finding[]>();
    for (const f of input.englishFindings ?? []) {
      const key = `${f.code}:${f.span.start}:${f.span.end}`;
      english.set(key, [...(english.get(key) ?? []), f]);
    }
    const overdue: OverdueItem[] = [];
    result.findings.forEach((f) => {
      const en = input.englishFindings ? english.get(`${f.code}:${f.span.start}:${f.span.end}`)?.shift() : f;
      if (!en) return;
      const o = overdueOf(en, options.asOf);
      if (o) overdue.push({ code: f.code, title: titleOf(f.code), severity: f.severity, ...o, message: f.message, line: lineOf(input.lines, f.span.start) });
    });
    overdue.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.code.localeCompare(b.code)));
    const latest = LATEST_KEYS.map((key) => ({ key, label: labels.latest[key], date: status?.latest[key] }));
    return { path: input.path, uri: input.uri, readable, status, linkedPath, byCheck, overdue, latest };
  });

  return { lang: options.lang, dir: ar ? 'rtl' : 'ltr', asOf: options.asOf, catalogueVersion: 'v1', columns, groups, evidence, otherFiles };
}
