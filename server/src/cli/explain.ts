/**
 * `ecc-appendix explain CLAUSE-ID|PARAM|EV-ID|CONTROL-ID`: what an id means, its thresholds and basis per profile,
 * the ECC controls in our words with version and link, and the crosswalk. The text is the hover's (hover.ts and
 * the evidence check data) rendered as plain text, so the editor and the terminal never say different things.
 */
import { CLAUSES } from '../languageService/catalogue/clauses';
import { CONTROLS, ECC_VERSION_LABEL } from '../languageService/catalogue/controls';
import { describeTest } from '../languageService/catalogue/describe';
import { PROFILES } from '../languageService/catalogue/profiles';
import type { Clause, Control } from '../languageService/catalogue/types';
import { CHECK_BY_ID, EVIDENCE_CHECKS, type EvidenceCheckId } from '../languageService/evidence/checks';
import { clauseMarkdown, controlLine, paramMarkdown, thresholdLine, typeWords } from '../languageService/hover';
import { PARAM_KEYS } from '../languageService/policy';
import { CLAUSE_BY_ID } from '../languageService/rules/context';
import { closest } from '../languageService/text';
import { FILE_CODE_HELP } from './codeHelp';
import { usageError } from './config';

/** Markdown of the hovers as terminal text: links as `text <url>`, emphasis and code marks dropped. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => l.trim() !== '---')
    .map((l) =>
      l
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 <$2>')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type ExplainTarget =
  | { kind: 'clause'; clause: Clause }
  | { kind: 'param'; key: string }
  | { kind: 'control'; control: Control }
  | { kind: 'evidence'; id: EvidenceCheckId }
  | { kind: 'file-code'; code: string };

const CONTROL_BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));
/** A control that many clauses cite (4-1-3-1) would list a hundred references; the clauses have the rest. */
const CROSSWALK_SHOWN = 20;

/** Every id `explain` knows, for did-you-mean. */
export function knownIds(): string[] {
  return [...CLAUSES.map((c) => c.id), ...CONTROLS.map((c) => c.id), ...EVIDENCE_CHECKS.map((c) => c.id), ...Object.keys(FILE_CODE_HELP), ...PARAM_KEYS.keys()];
}

/**
 * Reads what the user typed: control ids with dots or dashes (`4.1.3.1`, `ECC 4-1-3-1`), evidence checks with or
 * without the dash and leading zero (`ev18`, `EV-8`), clause ids and `clause.param` keys.
 */
export function resolveId(raw: string): ExplainTarget | { unknown: string; suggestion?: string } {
  const input = raw.trim();
  const ev = /^ev[-_ ]?0*(\d{1,2})$/i.exec(input);
  if (ev) {
    const id = `EV-${ev[1].padStart(2, '0')}` as EvidenceCheckId;
    if (CHECK_BY_ID.has(id)) return { kind: 'evidence', id };
  }
  const numeric = /^(?:ecc[\s:-]*)?(\d+(?:[.-]\d+)*)$/i.exec(input);
  if (numeric) {
    const id = numeric[1].replace(/\./g, '-');
    const control = CONTROL_BY_ID.get(id);
    if (control) return { kind: 'control', control };
    return { unknown: input, suggestion: closest(id, CONTROLS.map((c) => c.id)) };
  }
  const lower = input.toLowerCase();
  const clause = CLAUSE_BY_ID.get(lower);
  if (clause) return { kind: 'clause', clause };
  if (PARAM_KEYS.has(lower)) return { kind: 'param', key: lower };
  if (Object.hasOwn(FILE_CODE_HELP, lower)) return { kind: 'file-code', code: lower };
  return { unknown: input, suggestion: closest(lower, knownIds()) };
}

function clausesOf(controlId: string): Clause[] {
  return CLAUSES.filter((c) => c.ecc.includes(controlId));
}

function explainClause(c: Clause): string {
  const lines = [plainText(clauseMarkdown(c)), '', 'Thresholds and basis per profile:'];
  const params = paramsWithBaseline(c);
  if (!params.length) lines.push('  (none: the clause only has to be present)');
  for (const { key, param } of params) {
    lines.push(`  ${key} (${plainText(typeWords(param))})`);
    for (const t of param.baseline ?? []) lines.push(`    ${plainText(thresholdLine(t, param)).replace(/^- /, '')}`);
  }
  lines.push('', `Profiles: ${PROFILES.map((p) => p.id).join(', ')} (ecc-baseline always applies; the strictest value wins).`);
  lines.push(`Team policies can tighten these thresholds, or relax them with a recorded reason (docs/policy.md).`);
  return lines.join('\n');
}

/** The clause's parameters that carry a baseline, with their `clause.param` keys. */
function paramsWithBaseline(c: Clause) {
  return [...PARAM_KEYS.entries()]
    .filter(([, ref]) => ref.clause === c && ref.param.baseline?.length)
    .map(([key, ref]) => ({ key: key.slice(c.id.length + 1), param: ref.param }));
}

function explainParam(key: string): string {
  const ref = PARAM_KEYS.get(key)!;
  return [
    plainText(paramMarkdown(ref.clause, ref.param)),
    '',
    `Policy key: ${key} (a team policy's \`thresholds:\` can tighten it, or relax it with a reason).`,
  ].join('\n');
}

function explainControl(c: Control): string {
  const parent = CONTROLS.filter((p) => c.id.startsWith(p.id + '-') && p.id.split('-').length === c.id.split('-').length - 1);
  const children = CONTROLS.filter((k) => k.id.startsWith(c.id + '-') && k.id.split('-').length === c.id.split('-').length + 1);
  const clauses = clausesOf(c.id);
  const checks = EVIDENCE_CHECKS.filter((e) => e.ecc.includes(c.id));
  const crosswalk = [...new Set(clauses.flatMap((k) => k.crosswalk))];
  const lines = [
    `${c.id}  ${c.title} (${c.version})`,
    '',
    `${c.summary}`,
    `(Our paraphrase, not NCA's wording. ${ECC_VERSION_LABEL}: ${c.url})`,
  ];
  if (parent.length) lines.push('', `Part of: ${parent.map((p) => `${p.id} ${p.title}`).join('; ')}`);
  if (children.length) lines.push('', 'Sub-controls:', ...children.map((k) => `  ${k.id}  ${k.title}`));
  lines.push('', clauses.length ? 'Clauses that map to it:' : 'No clause of the catalogue maps to it directly.');
  for (const k of clauses) lines.push(`  ${k.id}  ${k.title}${k.ecc[0] === c.id ? ' (primary control)' : ''}`);
  if (checks.length) lines.push('', 'Evidence checks anchored on it:', ...checks.map((e) => `  ${e.id}  ${e.title}`));
  const shown = crosswalk.slice(0, CROSSWALK_SHOWN);
  if (shown.length) {
    const more = crosswalk.length - shown.length;
    lines.push('', `Crosswalk (from those clauses): ${shown.join(' · ')}${more > 0 ? ` · and ${more} more (see each clause)` : ''}`);
  }
  return lines.join('\n');
}

function explainEvidence(id: EvidenceCheckId): string {
  const e = CHECK_BY_ID.get(id)!;
  const lines = [
    `${e.id}  ${e.title} (evidence log check)`,
    '',
    plainText(e.checks),
    '',
    `Severity: ${e.severity}.`,
    `Basis: ${e.basis === 'nca' ? 'NCA requirement' : 'recommended practice'} (catalogue tag ${e.source}).`,
  ];
  if (e.cadence) lines.push('Cadence check: 5 days of grace; the gap from the last entry to "today" (--as-of) counts too.');
  if (e.needsAppendix) lines.push('Needs the linked appendix (evidence_log.appendix); skipped when the log is not linked.');
  if (e.uses.length) {
    lines.push('', 'Appendix values it reads (the ecc-baseline value when the appendix does not state one):');
    for (const key of e.uses) {
      const ref = PARAM_KEYS.get(key);
      const base = ref?.param.baseline?.find((t) => !t.profile && !t.when?.length);
      lines.push(`  ${key}${ref && base ? ` (baseline: ${describeTest(base.test, ref.param.type)})` : ''}`);
    }
  }
  if (e.ecc.length) lines.push('', 'ECC controls:', ...e.ecc.map((id) => `  ${plainText(controlLine(id)).replace(/^- /, '')}`));
  return lines.join('\n');
}

/** The explanation of `raw`, or what was not understood (with a suggestion). */
export function explainText(raw: string): { text: string } | { unknown: string; suggestion?: string } {
  const target = resolveId(raw);
  if ('unknown' in target) return target;
  switch (target.kind) {
    case 'clause':
      return { text: explainClause(target.clause) + '\n' };
    case 'param':
      return { text: explainParam(target.key) + '\n' };
    case 'control':
      return { text: explainControl(target.control) + '\n' };
    case 'evidence':
      return { text: explainEvidence(target.id) + '\n' };
    case 'file-code': {
      const h = FILE_CODE_HELP[target.code];
      return { text: `${target.code}  ${plainText(h.short)} (finding code)\n\n${plainText(h.full)}\n\nMore: ${h.doc}\n` };
    }
  }
}

/** `ecc-appendix explain ID`: exit 0 with the text, 2 for an unknown id (with a suggestion when one is close). */
export function explainCommand(argv: string[], usage = ''): number {
  const dashes = argv.indexOf('--');
  const options = dashes < 0 ? argv : argv.slice(0, dashes);
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const unknown = options.find((a) => a.startsWith('-') && a !== '-');
  if (unknown) return usageError(`unknown option ${unknown.replace(/=.*$/, '')}`);
  const ids = argv.filter((a) => a !== '--');
  if (ids.length !== 1 || ids[0].startsWith('-')) return usageError('explain takes one id: a clause (incident.notification), a parameter, an evidence check (EV-18) or an ECC control (4-1-3-1)');
  const r = explainText(ids[0]);
  if ('unknown' in r) {
    process.stderr.write(`ecc-appendix: unknown id "${r.unknown}"${r.suggestion ? `; did you mean ${r.suggestion}?` : "."} Ids are clause ids (incident.notification), clause.param keys, evidence checks (EV-01..EV-29), ECC controls (4-1-3-1) and the other finding codes (yaml-syntax, length, ...).\n`);
    return 2;
  }
  process.stdout.write(r.text);
  return 0;
}
