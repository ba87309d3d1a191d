import { CLAUSES } from './clauses';
import { CONTROLS, ECC_VERSION_LABEL } from './controls';
import { basisWords, describeTest } from './describe';
import type { Clause, ParamDef, ParamType } from './types';
import { pushAll } from '../arrays';

/** docs/clauses.md: the clause reference, generated from the catalogue (the target of every finding's help link). */

const CONDITION: Record<string, string> = {
  it_outsourcing_or_managed: '4-1-3 applies',
  critical_systems: 'critical systems',
  personal_data: 'personal data',
  cloud_or_hosting: 'cloud or hosting',
  managed_security_services: 'managed security services',
  gov_or_cni: 'government or CNI customer',
  soc_applies: 'remote monitoring/operations',
};

function typeText(t: ParamType): string {
  switch (t.kind) {
    case 'int':
      return t.unit === 'count' ? 'integer' : `integer (${t.unit.replace('_', ' ')})`;
    case 'int-or-indefinite':
      return `integer (${t.unit}) or \`indefinite\``;
    case 'enum':
      return t.values.map((v) => `\`${v}\``).join(' \\| ');
    case 'list':
      return t.item.kind === 'enum' ? `list of ${t.item.values.map((v) => `\`${v}\``).join(', ')}` : `list of ${t.item.kind === 'country' ? 'country codes' : 'text'}`;
    case 'object':
      return 'mapping';
    case 'object-list':
      return `list of {${t.params.map((p) => p.key).join(', ')}}`;
    default:
      return t.kind === 'bool' ? 'true / false' : t.kind === 'country' ? 'country code' : t.kind;
  }
}

function paramRows(params: readonly ParamDef[], prefix = ''): string[] {
  const rows: string[] = [];
  for (const p of params) {
    if (p.key === 'ref' || p.key === 'text' || p.key === 'exception_ref') continue;
    const base = (p.baseline ?? [])
      .map((t) => {
        const scope = [t.profile && t.profile !== 'ecc-baseline' ? t.profile : '', ...(t.when ?? []).map((w) => CONDITION[w])].filter(Boolean).join(', ');
        const esc = t.escalate ? `; ${t.escalate.severity} unless ${describeTest(t.escalate.test, p.type)} (${t.escalate.reason})` : '';
        return `${describeTest(t.test, p.type)}${scope ? ` (${scope})` : ''}: ${t.severity}${esc}, ${basisWords(t)}`;
      })
      .join('<br>');
    rows.push(`| \`${prefix}${p.key}\` | ${typeText(p.type)} | ${p.summary} | ${base || 'optional'} |`);
    if (p.type.kind === 'object') pushAll(rows, paramRows(p.type.params, `${prefix}${p.key}.`));
  }
  return rows;
}

function clauseSection(c: Clause): string {
  const missing = [
    c.missing.severity,
    ...(c.missing.escalations ?? []).map((e) => `${e.severity} (${[e.profile ?? '', ...(e.when ?? []).map((w) => CONDITION[w])].filter(Boolean).join(', ')})`),
  ].join('; ');
  return [
    `## ${c.id}`,
    '',
    `**${c.number}. ${c.title}** · ECC ${c.ecc.join(', ')} · ${c.anchor} · ${c.basis === 'nca' ? 'NCA requirement' : 'recommended practice'}`,
    '',
    c.mustState,
    '',
    `If missing: ${missing}${c.missing.requiredWhen ? ` (required only when: ${c.missing.requiredWhen.map((w) => CONDITION[w]).join(', ')})` : ''}.`,
    c.otherNca.length ? `Other NCA texts: ${c.otherNca.join('; ')}.` : '',
    c.crosswalk.length ? `Crosswalk: ${c.crosswalk.join(' · ')}.` : '',
    '',
    '| key | type | meaning | baseline |',
    '| --- | --- | --- | --- |',
    ...paramRows(c.params),
    '',
  ]
    .filter((l, i, a) => !(l === '' && a[i - 1] === ''))
    .join('\n');
}

export function clauseReference(): string {
  const controls = CONTROLS.filter((c) => c.id.startsWith('4-')).map((c) => `| ${c.id} | ${c.title} | ${c.summary} |`);
  return [
    '<!-- Generated from the catalogue by `npm run gen`; do not edit by hand. -->',
    '# Clause reference',
    '',
    `${CLAUSES.length} clauses, checked against ${ECC_VERSION_LABEL}. Every control text here is our paraphrase; the binding text is NCA's (https://nca.gov.sa).`,
    'Each clause id is its YAML path (`incident.notification` is `incident:` then `notification:`); `scope.services` is the `scope:` block itself.',
    'Every clause may also carry `ref` (section of the signed contract), `text` (a short summary) and `exception_ref` (an approved exception).',
    '',
    '## Third-party controls of ECC-2:2024 (our words)',
    '',
    '| id | title | what it asks |',
    '| --- | --- | --- |',
    ...controls,
    '',
    ...CLAUSES.map(clauseSection),
  ].join('\n');
}
