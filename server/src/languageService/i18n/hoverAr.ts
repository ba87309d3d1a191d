/**
 * Arabic hovers (hover.ts builds the English ones): a clause, a parameter, a section, the profiles. The texts come
 * from the Arabic catalogue (catalogue/ar.ts: clause titles and duties, parameter summaries, our Arabic paraphrase of
 * each control with its id, version and link); the layout mirrors the English hover line by line, right to left,
 * with every id, key and value in an LTR isolate (docs/arabic.md).
 */
import { AR, arabicBasisWords, arabicClauseCount, arabicOrigin, arabicParamSummary, arabicTest, arabicTypeWords, arabicUnit, ltr as L } from '../catalogue/ar';
import { CLAUSES } from '../catalogue/clauses';
import { CONTROLS } from '../catalogue/controls';
import { PROFILES } from '../catalogue/profiles';
import type { Clause, Condition, ParamDef, ProfileId, Threshold } from '../catalogue/types';
import { code } from './words';

const CONTROL_BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));

const FOOTER = `\n\n---\n*${AR.versionLabel}. ${AR.paraphraseNote}*`;

const profileNote = (p?: ProfileId) => (p ? (AR.profileNote[p] ?? '') : '');
const conditionNote = (c: Condition) => AR.conditionNote[c] ?? L(c);

/** "- **4-1-3-1** title: summary ([ECC-2:2024](url))", our Arabic paraphrase. */
export function controlLineAr(id: string): string {
  const c = CONTROL_BY_ID.get(id);
  const ar = AR.controls[id];
  if (!c || !ar) return `- **${L(id)}**`;
  return `- **${L(c.id)}** ${ar.title}: ${ar.summary} ([${L(c.version)}](${c.url}))`;
}

/** Another NCA text or a threshold origin ("NCA TPC template 4.4", "CSCC 2-2-1-3"), in Arabic where it has words. */
function ncaText(s: string): string {
  if (AR.origins[s]) return AR.origins[s];
  const tpc = /^NCA TPC template (.+)$/.exec(s);
  if (tpc) return `نموذج سياسة الأمن السيبراني للأطراف الخارجية الصادر من الهيئة، البند ${L(tpc[1])}`;
  return arabicOrigin(s);
}

/** The value beyond which a threshold escalates, after "خطأ": "إذا تجاوزت القيمة 72 ساعة". */
function beyond(t: NonNullable<Threshold['escalate']>, p: ParamDef): string {
  const unit = 'unit' in p.type ? p.type.unit : undefined;
  const amount = (n: number) => (unit ? arabicUnit(n, unit) : L(n));
  if (t.test.op === 'max') return `${AR.hover.beyond} ${amount(t.test.value)}`;
  if (t.test.op === 'min') return `إذا قلّت القيمة عن ${amount(t.test.value)}`;
  return `إذا لم تكن ${arabicTest(t.test, p.type)}`;
}

/** One threshold of a parameter: test, scope, basis, severity, escalation (the Arabic `thresholdLine`). */
export function thresholdLineAr(t: Threshold, p: ParamDef): string {
  const scope = [profileNote(t.profile), ...(t.when ?? []).map(conditionNote)].filter(Boolean).join('، ');
  const esc = t.escalate ? `؛ ${AR.severity[t.escalate.severity]} ${beyond(t.escalate, p)}` : '';
  return `- ${arabicTest(t.test, p.type)}${scope ? ` (${scope})` : ''}: ${arabicBasisWords(t)}؛ ${AR.severity[t.severity]} ${AR.hover.ifNotMet}${esc}`;
}

/** The key path of a parameter inside its clause (`at_rest.required`), found by identity in the catalogue. */
export function paramPath(c: Clause, p: ParamDef): string[] | undefined {
  const walk = (params: readonly ParamDef[], prefix: string[]): string[] | undefined => {
    for (const q of params) {
      if (q === p) return [...prefix, q.key];
      if (q.type.kind === 'object' || q.type.kind === 'object-list') {
        const found = walk(q.type.params, [...prefix, q.key]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(c.params, []);
}

/** The Arabic summary of a parameter (the English one, isolated, where the Arabic catalogue lacks it). */
export function paramSummaryAr(c: Clause, p: ParamDef): string {
  return arabicParamSummary(c.id, paramPath(c, p) ?? [p.key]) ?? L(p.summary);
}

export function clauseTitleAr(c: Pick<Clause, 'id' | 'title'>): string {
  return AR.clauses[c.id]?.title ?? L(c.title);
}

export function clauseMarkdownAr(c: Clause): string {
  const text = AR.clauses[c.id];
  const lines = [
    `**${clauseTitleAr(c)}** ${code(c.id)} (${AR.hover.clause} ${L(c.number)} ${AR.hover.of} ${L(CLAUSES.length)})`,
    '',
    text?.mustState ?? L(c.mustState),
    '',
    `**${AR.hover.why}:** ${AR.basis[c.basis]} (${AR.anchor[c.anchor]}).`,
    ...c.ecc.map(controlLineAr),
  ];
  if (c.otherNca.length) lines.push(`- ${AR.hover.otherNca}: ${c.otherNca.map(ncaText).join('؛ ')}`);
  const sev = [
    AR.severity[c.missing.severity],
    ...(c.missing.escalations ?? []).map((e) => `${AR.severity[e.severity]} ${[profileNote(e.profile), ...(e.when ?? []).map(conditionNote)].filter(Boolean).join('، ')}`),
  ];
  const only = c.missing.requiredWhen ? ` (${AR.hover.requiredOnly} ${c.missing.requiredWhen.map(conditionNote).join('، ')})` : '';
  lines.push('', `**${AR.hover.ifMissing}:** ${sev.join('؛ ')}${only}.`);
  const terms = c.params.filter((p) => p.baseline?.length);
  if (terms.length) {
    lines.push('', `**${AR.hover.baselineTerms}:**`);
    for (const p of terms) lines.push(`- ${code(p.key)}: ${p.baseline!.map((t) => arabicTest(t.test, p.type) + (t.profile ? ` ${profileNote(t.profile)}` : '')).join('؛ ')}`);
  }
  if (c.crosswalk.length) lines.push('', `**${AR.hover.crosswalk}:** ${c.crosswalk.map((x) => L(x)).join(' · ')}`);
  return lines.join('\n') + FOOTER;
}

export function paramMarkdownAr(c: Clause, p: ParamDef): string {
  const lines = [`**${code(p.key)}** في ${code(c.id)} (${arabicTypeWords(p.type)})`, '', paramSummaryAr(c, p)];
  if (p.baseline?.length) {
    lines.push('', `**${AR.hover.baseline}:**`, ...p.baseline.map((t) => thresholdLineAr(t, p)));
  } else {
    lines.push('', AR.hover.noBaseline);
  }
  lines.push('', `**${AR.hover.clause} ${L(c.number)}، ${clauseTitleAr(c)}:** ${AR.hover.requiredBy}`, ...c.ecc.slice(0, 2).map(controlLineAr));
  return lines.join('\n') + FOOTER;
}

/** The clauses of one section (`incident:`). */
export function sectionMarkdownAr(section: string, clauses: readonly Clause[]): string {
  return [`**${code(section)}**: ${arabicClauseCount(clauses.length)}`, '', ...clauses.map((c) => `- ${code(c.path[1])}: ${clauseTitleAr(c)} (${L(`ECC ${c.ecc[0]}`)})`)].join('\n');
}

/** The profiles (`profile:`). */
export function profilesMarkdownAr(): string {
  return [`**${AR.hover.profiles}**`, '', ...PROFILES.map((p) => `- ${code(p.id)}: ${AR.profiles[p.id].summary}`)].join('\n');
}
