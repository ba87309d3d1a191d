/**
 * Builds the schedule (model.ts) from an appendix's plain data: every catalogue clause in its group and slot, its
 * sentences from the templates, drafting markers where the appendix is silent, the service-level table, the
 * exceptions annex and the signature block. Pure: no IO, no clock; bad input yields markers, never an exception.
 */
import { CLAUSES } from '../catalogue/clauses';
import type { Clause, Condition } from '../catalogue/types';
import type { ClauseSentences, LanguageSentences, RenderLang } from '../catalogue/sentences';
import { isValidDate } from '../dates';
import { flagsOf, holds, isRecord } from '../rules/context';
import { countryName, formatDate, isolateLatin, quantity, userRun } from './format';
import type { AnnexItem, Inline, Para, Schedule, ScheduleClause, ScheduleSection, SlaTableRow } from './model';
import { effectiveSentences, type SentenceOverrides } from './overrides';
import { evaluateSentence, parseTemplate, tidy, type EvalContext, type TNode } from './template';
import { pushAll } from '../arrays';

export interface RenderOptions {
  lang?: RenderLang;
  /** Validated team templates (validateSentenceOverrides); those for other languages are ignored. */
  overrides?: readonly SentenceOverrides[];
}

export const GROUP_ORDER: readonly Clause['group'][] = ['scope', 'risk', 'access', 'data', 'operations', 'incidents', 'assurance', 'exit'];

/** Parsed templates are cached per template string (templates are immutable data). */
const parsed = new Map<string, TNode[] | undefined>();
function nodesOf(src: string): TNode[] | undefined {
  if (!parsed.has(src)) {
    const r = parseTemplate(src);
    parsed.set(src, r.ok ? r.nodes : undefined);
  }
  return parsed.get(src);
}

function getIn(root: unknown, path: readonly string[]): unknown {
  let cur = root;
  for (const p of path) {
    if (!isRecord(cur) || !Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = cur[p];
  }
  return cur;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Fills `{slot}`s of a frame string with runs. */
function fill(template: string, slots: Record<string, Inline[]>): Inline[] {
  const out: Inline[] = [];
  for (const part of template.split(/(\{[a-zA-Z]+\})/)) {
    const m = /^\{([a-zA-Z]+)\}$/.exec(part);
    if (m && slots[m[1]]) pushAll(out, slots[m[1]]);
    else if (part) out.push({ text: part });
  }
  return out;
}

function lowerFirst(s: string): string {
  return s.length > 1 && s[1] === s[1].toLowerCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The first condition in `when` that does not hold, for the "not applicable" marker. */
function failingCondition(when: readonly Condition[], flags: ReadonlySet<Condition>): Condition | undefined {
  return when.find((c) => !flags.has(c));
}

function clauseBody(
  clause: Clause,
  cs: ClauseSentences,
  obj: Record<string, unknown>,
  pack: LanguageSentences,
  exceptionIds: readonly string[],
): Para {
  const ctx: EvalContext = {
    lang: pack.lang,
    dir: pack.dir,
    words: pack.frame,
    obj,
    params: clause.params,
    values: (path) => cs.values?.[path],
    item: (path) => (cs.items?.[path] !== undefined ? nodesOf(cs.items[path]) : undefined),
  };
  const body: Inline[] = [];
  const push = (runs: Inline[]) => {
    if (!runs.length) return;
    if (body.length) body.push({ text: ' ' });
    pushAll(body, runs);
  };
  for (const s of cs.sentences) {
    const nodes = nodesOf(s);
    if (!nodes) continue; // built-in templates are tested; invalid overrides never get this far
    const runs = evaluateSentence(nodes, ctx);
    if (runs) push(runs);
  }
  const note = str(obj.text);
  if (note) push(tidy([{ text: pack.frame.note + ' ' }, userRun(note, pack.dir)], pack.lang));
  if (exceptionIds.length) {
    const ids = exceptionIds.map((id) => ({ text: id, dir: pack.dir === 'rtl' ? ('ltr' as const) : undefined }));
    const joined: Inline[] = [];
    ids.forEach((r, i) => {
      if (i) joined.push({ text: pack.lang === 'ar' ? '، ' : ', ' });
      joined.push(r);
    });
    push(fill(pack.frame.subjectToException, { ids: joined }));
  }
  return body;
}

/** Contract reference and ECC controls: "[Sched. 7 s.10.1 · ECC 4-1-2-2]". Ids are always left-to-right. */
function clauseRefs(clause: Clause, obj: Record<string, unknown> | undefined, dir: 'ltr' | 'rtl'): Inline[] {
  const parts: string[] = [];
  const ref = obj && str(obj.ref);
  if (ref) parts.push(ref);
  if (clause.ecc.length) parts.push(`ECC ${clause.ecc.join(', ')}`);
  if (!parts.length) return [];
  const text = `[${parts.join(' · ')}]`;
  return [dir === 'rtl' ? { text, dir: 'ltr' } : userRun(text, dir)];
}

interface ExceptionEntry {
  id: string;
  clause?: string;
  raw: Record<string, unknown>;
}

function exceptionsOf(root: Record<string, unknown>): ExceptionEntry[] {
  const list = Array.isArray(root.exceptions) ? root.exceptions : [];
  return list.filter(isRecord).map((raw, i) => ({ id: str(raw.id) ?? `#${i + 1}`, clause: str(raw.clause), raw }));
}

/** Builds the schedule from the appendix's data (`root` is the parsed YAML mapping). */
export function buildSchedule(root: Record<string, unknown>, options: RenderOptions = {}): Schedule {
  const lang = options.lang ?? 'en';
  const pack = effectiveSentences(lang, options.overrides);
  const f = pack.frame;
  const flags = flagsOf(root);
  const ctxFlags = { flags, profiles: new Set<never>() };
  const header = isRecord(root.appendix) ? root.appendix : {};
  const exceptions = exceptionsOf(root);
  const date = (v: unknown) => (isValidDate(v) ? formatDate(v, f.months, lang) : undefined);

  // Numbers first, so the exception annex and the SLA table can cite them.
  const numbers = new Map<string, string>();
  const sections: ScheduleSection[] = [];
  GROUP_ORDER.forEach((group, gi) => {
    const clauses = CLAUSES.filter((c) => c.group === group);
    clauses.forEach((c, ci) => numbers.set(c.id, `${gi + 1}.${ci + 1}`));
    sections.push({ group, number: gi + 1, title: pack.groups[group], clauses: [] });
  });

  for (const section of sections) {
    for (const clause of CLAUSES.filter((c) => c.group === section.group)) {
      const cs = pack.clauses[clause.id];
      const value = getIn(root, clause.path);
      const number = numbers.get(clause.id)!;
      const title = cs.title;
      let entry: ScheduleClause;
      if (!isRecord(value)) {
        const when = clause.missing.requiredWhen;
        // Without a scope clause applicability is unknown: the clause is marked missing, never "not applicable".
        const failing = when && isRecord(root.scope) && !holds(ctxFlags, when) ? failingCondition(when, flags) : undefined;
        const body: Para = failing
          ? [{ text: f.notApplicable.replace('{reason}', f.conditions[failing]), marker: true }]
          : [{ text: `[${f.missing}: ${lang === 'en' ? lowerFirst(title) : title}]`, marker: true }];
        entry = { id: clause.id, number, title, status: failing ? 'not-applicable' : 'missing', refs: clauseRefs(clause, undefined, pack.dir), body };
      } else {
        const ids = exceptions.filter((e) => e.clause === clause.id).map((e) => e.id);
        const ref = str(value.exception_ref);
        if (ref && !ids.includes(ref)) ids.push(ref);
        entry = { id: clause.id, number, title, status: 'present', refs: clauseRefs(clause, value, pack.dir), body: tidy(clauseBody(clause, cs, value, pack, ids), lang) };
      }
      section.clauses.push(entry);
    }
  }

  // Header: title, reference line, parties.
  const title = str(header.title) ?? f.defaultTitle;
  const metaParts: Inline[][] = [];
  const id = str(header.id);
  if (id) metaParts.push([{ text: `${f.meta.id} ` }, userRun(id, pack.dir)]);
  const version = str(header.version);
  if (version) metaParts.push([{ text: `${f.meta.version} ` }, userRun(version, pack.dir)]);
  const signed = date(header.signed_on);
  if (signed) metaParts.push([{ text: `${f.meta.signedOn} ${signed}` }]);
  const effective = date(header.effective_from);
  if (effective) metaParts.push([{ text: `${f.meta.effectiveFrom} ${effective}` }]);
  if (Number.isInteger(header.term_months)) metaParts.push([{ text: `${f.meta.term} ${quantity(header.term_months as number, 'months', lang)}` }]);
  const reviewed = date(header.last_reviewed_on);
  if (reviewed) metaParts.push([{ text: `${f.meta.lastReviewedOn} ${reviewed}` }]);
  const meta: Inline[] = [];
  metaParts.forEach((p, i) => {
    if (i) meta.push({ text: ' · ' });
    pushAll(meta, p);
  });

  const customer = isRecord(header.customer) ? header.customer : {};
  const provider = isRecord(header.provider) ? header.provider : {};
  const contractRef = str(header.contract_ref);
  const customerName = str(customer.name);
  const providerName = str(provider.name);
  const entityType = str(customer.entity_type);
  const providerCountry = typeof provider.country === 'string' && /^[A-Z]{2}$/.test(provider.country) ? provider.country : undefined;
  const intro = tidy(
    fill(f.intro, {
      contract: contractRef ? fill(f.introContract, { ref: [userRun(contractRef, pack.dir)] }) : [{ text: f.introNoContract }],
      customer: customerName ? [userRun(customerName, pack.dir)] : [{ text: `[${f.missing}: appendix.customer.name]`, marker: true }],
      customerType: entityType && f.customerTypes[entityType] ? [{ text: f.customerTypes[entityType] }] : [],
      provider: providerName ? [userRun(providerName, pack.dir)] : [{ text: `[${f.missing}: appendix.provider.name]`, marker: true }],
      providerCountry: providerCountry ? fill(f.providerCountry, { country: [{ text: countryName(providerCountry, lang) }] }) : [],
    }),
    lang,
  );

  // Service levels: the time limits restated, each citing its clause.
  const rows: SlaTableRow[] = pack.sla.map((row) => {
    const clause = CLAUSES.find((c) => c.id === row.clause)!;
    const obj = getIn(root, clause.path);
    const def = clause.params.find((p) => p.key === row.param);
    let value: Para;
    if (!isRecord(obj)) value = [{ text: `[${f.slaMissingClause}]`, marker: true }];
    else {
      const v = obj[row.param];
      const unit = def && 'unit' in def.type ? def.type.unit : undefined;
      if (v === undefined || v === null) value = [{ text: `[${f.missing}: ${row.param}]`, marker: true }];
      else if (Number.isInteger(v) && (v as number) >= 0 && unit) value = [{ text: quantity(v as number, unit, lang) }];
      else value = [{ text: `[${f.invalid}: ${row.param}]`, marker: true }];
    }
    return { label: row.label, value, clause: numbers.get(row.clause) ?? '', clauseId: row.clause };
  });

  // Exceptions annex.
  let annex: Schedule['annex'];
  if (exceptions.length) {
    const items: AnnexItem[] = exceptions.map((e, i) => {
      const r = e.raw;
      const fa = f.annexFields;
      const mark = (key: string): Inline[] => [{ text: `[${f.missing}: ${key}]`, marker: true }];
      const text = (key: string): Inline[] => (str(r[key]) ? [userRun(str(r[key])!, pack.dir)] : mark(key));
      const clauseNo = e.clause ? numbers.get(e.clause) : undefined;
      const clauseTitle = e.clause ? pack.clauses[e.clause]?.title : undefined;
      const body: Inline[] = [];
      body.push({ text: `${fa.clause} ` });
      if (clauseNo && clauseTitle) body.push({ text: `${clauseNo} (${clauseTitle})` });
      else pushAll(body, text('clause'));
      body.push({ text: '. ' });
      if (str(r.deviation)) body.push({ text: `${fa.deviation} ` }, userRun(str(r.deviation)!, pack.dir), { text: '. ' });
      if (str(r.compensating_controls)) body.push({ text: `${fa.compensatingControls} ` }, userRun(str(r.compensating_controls)!, pack.dir), { text: '. ' });
      body.push({ text: `${fa.riskRef} ` }, ...text('risk_ref'), { text: '. ' });
      body.push({ text: `${fa.approvedBy} ` }, ...text('approved_by'), { text: ` ${fa.approvedOn} ` });
      pushAll(body, date(r.approved_on) ? [{ text: date(r.approved_on)! }] : mark('approved_on'));
      body.push({ text: lang === 'ar' ? '، ' : '; ' }, { text: `${fa.expiresOn} ` });
      pushAll(body, date(r.expires_on) ? [{ text: date(r.expires_on)! }] : mark('expires_on'));
      body.push({ text: '.' });
      return { number: `A.${i + 1}`, id: e.id, body: tidy(body, lang) };
    });
    annex = { title: f.annexTitle, intro: f.annexIntro, items };
  }

  const reference = [id, version ? `v${version}` : undefined].filter(Boolean).join(' ');
  const iso = (p: Para): Para => (pack.dir === 'rtl' ? isolateLatin(p) : p);
  for (const section of sections) for (const c of section.clauses) c.body = iso(c.body);
  for (const row of rows) row.value = iso(row.value);
  if (annex) for (const item of annex.items) item.body = iso(item.body);
  return {
    lang,
    dir: pack.dir,
    title,
    meta: iso(meta),
    intro: [iso(intro), iso([{ text: f.definitions }]), iso([{ text: f.eccNote }])],
    sections,
    sla: { title: f.slaTitle, note: f.slaNote, headers: f.slaHeaders, rows },
    annex,
    signature: { title: f.signatureTitle, parties: [f.signCustomer, f.signProvider], fields: f.signFields },
    footer: { reference: reference ? `${title} · ${reference}` : title, initials: f.initials, page: f.page },
  };
}

