import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { CLAUSES } from './catalogue/clauses';
import { CONTROLS, ECC_VERSION_LABEL } from './catalogue/controls';
import { basisWords, describeTest } from './catalogue/describe';
import { PROFILES } from './catalogue/profiles';
import type { Clause, ParamDef, Threshold } from './catalogue/types';
import type { FileKind } from './files';
import { nodeAtOffset, type ParsedYaml } from './parse';
import { CLAUSE_BY_ID } from './rules/context';
import { PARAM_KEYS } from './policy';
import { SCHEMAS } from './schema';
import type { Locale } from './i18n/locale';
import { clauseMarkdownAr, paramMarkdownAr, profilesMarkdownAr, sectionMarkdownAr } from './i18n/hoverAr';
import { schemaDescriptionAr } from './i18n/schemaAr';

/** Hover texts: our paraphrase of each control, with id, version and link; never NCA's sentences. */

const CONTROL_BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));
const PROFILE_NOTE: Record<string, string> = {
  'ecc+cscc': 'under ecc+cscc (critical systems)',
  'ecc+ccc': 'under ecc+ccc (cloud and hosting)',
  'brief-strict': 'under brief-strict',
};
const CONDITION_NOTE: Record<string, string> = {
  it_outsourcing_or_managed: 'when 4-1-3 applies',
  critical_systems: 'for critical systems',
  personal_data: 'when personal data is processed',
  cloud_or_hosting: 'for cloud or hosting',
  managed_security_services: 'for managed security services',
  gov_or_cni: 'for government or CNI customers',
  soc_applies: 'when remote monitoring/operations apply',
};

export function controlLine(id: string): string {
  const c = CONTROL_BY_ID.get(id);
  if (!c) return `- **${id}**`;
  return `- **${c.id}** ${c.title}: ${c.summary} ([${c.version}](${c.url}))`;
}

export function thresholdLine(t: Threshold, p: ParamDef): string {
  const scope = [t.profile ? PROFILE_NOTE[t.profile] : '', ...(t.when ?? []).map((w) => CONDITION_NOTE[w] ?? w)].filter(Boolean).join(', ');
  const esc = t.escalate ? `; ${t.escalate.severity} beyond ${describeTest(t.escalate.test, p.type).replace(/^at (most|least) /, '')}` : '';
  return `- ${describeTest(t.test, p.type)}${scope ? ` (${scope})` : ''}: ${basisWords(t)}; ${t.severity} if not met${esc}`;
}

export function typeWords(p: ParamDef): string {
  const t = p.type;
  switch (t.kind) {
    case 'int':
      return `whole number of ${t.unit === 'count' ? 'times' : t.unit.replace('_', ' ')}`;
    case 'int-or-indefinite':
      return `whole number of ${t.unit} or \`indefinite\``;
    case 'bool':
      return 'true or false';
    case 'string':
      return 'text';
    case 'date':
      return 'date, YYYY-MM-DD';
    case 'country':
      return 'ISO 3166-1 country code';
    case 'enum':
      return `one of ${t.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'list':
      return t.item.kind === 'enum' ? `list of ${t.item.values.map((v) => `\`${v}\``).join(', ')}` : `list of ${t.item.kind === 'country' ? 'country codes' : 'text'}`;
    case 'object':
      return `mapping of ${t.params.map((q) => `\`${q.key}\``).join(', ')}`;
    case 'object-list':
      return `list of {${t.params.map((q) => q.key).join(', ')}}`;
  }
}

const FOOTER = `\n\n---\n*${ECC_VERSION_LABEL}. Control texts above are our paraphrase, not NCA's wording.*`;

export function clauseMarkdown(c: Clause, locale: Locale = 'en'): string {
  if (locale === 'ar') return clauseMarkdownAr(c);
  const lines = [
    `**${c.title}** \`${c.id}\` (clause ${c.number} of ${CLAUSES.length})`,
    '',
    c.mustState,
    '',
    `**Why:** ${c.basis === 'nca' ? 'NCA requirement' : 'recommended practice'} (${c.anchor === 'direct' ? 'named directly by the control' : c.anchor === 'derived' ? 'derived through 4-1-2-3 / 4-1-3-1 from the control' : 'good practice'}).`,
    ...c.ecc.map(controlLine),
  ];
  if (c.otherNca.length) lines.push(`- Other NCA texts: ${c.otherNca.join('; ')}`);
  const sev = [c.missing.severity, ...(c.missing.escalations ?? []).map((e) => `${e.severity} ${[e.profile ? PROFILE_NOTE[e.profile] : '', ...(e.when ?? []).map((w) => CONDITION_NOTE[w])].filter(Boolean).join(', ')}`)];
  lines.push('', `**If missing:** ${sev.join('; ')}${c.missing.requiredWhen ? ` (required only ${c.missing.requiredWhen.map((w) => CONDITION_NOTE[w]).join(', ')})` : ''}.`);
  const terms = c.params.filter((p) => p.baseline?.length);
  if (terms.length) {
    lines.push('', '**Baseline terms:**');
    for (const p of terms) lines.push(`- \`${p.key}\`: ${p.baseline!.map((t) => describeTest(t.test, p.type) + (t.profile ? ` ${PROFILE_NOTE[t.profile]}` : '')).join('; ')}`);
  }
  if (c.crosswalk.length) lines.push('', `**Crosswalk:** ${c.crosswalk.join(' · ')}`);
  return lines.join('\n') + FOOTER;
}

export function paramMarkdown(c: Clause, p: ParamDef, locale: Locale = 'en'): string {
  if (locale === 'ar') return paramMarkdownAr(c, p);
  const lines = [`**\`${p.key}\`** in \`${c.id}\` (${typeWords(p)})`, '', p.summary];
  if (p.baseline?.length) {
    lines.push('', '**Baseline:**', ...p.baseline.map((t) => thresholdLine(t, p)));
  } else {
    lines.push('', 'No baseline: optional.');
  }
  lines.push('', `**Clause ${c.number}, ${c.title}:** required by`, ...c.ecc.slice(0, 2).map(controlLine));
  return lines.join('\n') + FOOTER;
}

function findParam(params: readonly ParamDef[], rest: string[]): ParamDef | undefined {
  let list = params;
  let found: ParamDef | undefined;
  for (const key of rest) {
    if (/^\d+$/.test(key)) continue; // list index
    found = list.find((p) => p.key === key);
    if (!found) return undefined;
    list = found.type.kind === 'object' || found.type.kind === 'object-list' ? found.type.params : [];
  }
  return found;
}

function schemaDescription(schema: Record<string, unknown>, path: string[], locale: Locale = 'en'): string | undefined {
  let s: Record<string, unknown> | undefined = schema;
  for (const key of path) {
    if (!s) return undefined;
    if (/^\d+$/.test(key) && s.items) s = s.items as Record<string, unknown>;
    else s = (s.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  }
  const english = s?.description as string | undefined;
  return english !== undefined && locale === 'ar' ? (schemaDescriptionAr(english) ?? english) : english;
}

/** Markdown for a path in an appendix, or undefined where there is nothing to say. */
export function appendixHoverMarkdown(path: string[], locale: Locale = 'en'): string | undefined {
  if (!path.length) return undefined;
  const [section, second, ...rest] = path;
  if (section === 'scope') {
    const c = CLAUSE_BY_ID.get('scope.services')!;
    if (second === undefined) return clauseMarkdown(c, locale);
    const p = findParam(c.params, [second, ...rest]);
    return p ? paramMarkdown(c, p, locale) : undefined;
  }
  if (section === 'profile') {
    if (locale === 'ar') return profilesMarkdownAr();
    return ['**Profiles** (on top of `ecc-baseline`; the strictest value wins)', '', ...PROFILES.map((p) => `- \`${p.id}\`: ${p.summary}`)].join('\n');
  }
  const clause = second !== undefined ? CLAUSE_BY_ID.get(`${section}.${second}`) : undefined;
  if (clause) {
    if (!rest.length) return clauseMarkdown(clause, locale);
    const p = findParam(clause.params, rest);
    return p ? paramMarkdown(clause, p, locale) : undefined;
  }
  const inSection = CLAUSES.filter((c) => c.path[0] === section && c.path.length > 1);
  if (inSection.length && second === undefined) {
    if (locale === 'ar') return sectionMarkdownAr(section, inSection);
    return [`**\`${section}\`**: ${inSection.length} clause${inSection.length > 1 ? 's' : ''}`, '', ...inSection.map((c) => `- \`${c.path[1]}\`: ${c.title} (ECC ${c.ecc[0]})`)].join('\n');
  }
  return schemaDescription(SCHEMAS.appendix, path, locale);
}

/** In a team policy, a `thresholds:` key (`clause.param`) shows that parameter's hover: its baseline per profile. */
function policyHoverMarkdown(kind: FileKind, path: string[], locale: Locale): string | undefined {
  if (kind !== 'policy' || path.length !== 2 || path[0] !== 'thresholds') return undefined;
  const ref = PARAM_KEYS.get(path[1]);
  return ref ? paramMarkdown(ref.clause, ref.param, locale) : undefined;
}

/** The hover at `position`, in English or Arabic (`locale`, resolved by the caller from `eccAppendix.language`). */
export function getHover(document: TextDocument, parsed: ParsedYaml, kind: FileKind, position: Position, locale: Locale = 'en'): Hover | null {
  const at = nodeAtOffset(parsed.doc, document.offsetAt(position));
  if (!at || !at.onKey || !at.keySpan) return null;
  const markdown =
    kind === 'appendix' ? appendixHoverMarkdown(at.path, locale) : (policyHoverMarkdown(kind, at.path, locale) ?? schemaDescription(SCHEMAS[kind], at.path, locale));
  if (!markdown) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: markdown },
    range: { start: document.positionAt(at.keySpan.start), end: document.positionAt(at.keySpan.end) },
  };
}
