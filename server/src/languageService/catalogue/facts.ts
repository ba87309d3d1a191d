import type { ParamDef } from './types';

/**
 * Terms and facts (docs/authoring.md "What an inserted clause says", decisions.md 32). A quick fix, "fix all" and
 * `lint --fix` may write a contractual TERM the catalogue can give: a baseline number, a boolean commitment
 * (`includes_suspected: true`), an enum or enum list the baseline asks for. They never write a FACT about the deal:
 * what only the parties can state (references, ids, names, dates, countries and locations, service lists, who
 * approved, which model of several that meet the baseline). A fact is left as an empty key when the baseline asks
 * for it here (the engine reports it as missing until it is filled in), left out otherwise, and never rewritten.
 */

/** By type: free text (references, names, ids, lists of services, policies, KPIs, formats), dates, countries and
 * locations. */
const FACT_KINDS = new Set(['string', 'date', 'country', 'object-list']);

/** Facts that the type alone does not tell, by `clause id` + `.` + key path below the clause. */
const NAMED_FACTS = new Set([
  // What the deal is: kinds of engagement and the scope flags (a wrong `false` would switch checks off).
  'scope.services.engagement_types',
  'scope.services.critical_systems',
  'scope.services.personal_data',
  'scope.services.cloud_or_hosting',
  // Whether the parties confirmed the assessment's mitigations are in place.
  'risk.pre_contract_assessment.mitigations_confirmed',
  // Whether the services include remote monitoring or operation.
  'soc.location_ksa.applies',
  // The provider's licence and establishment.
  'soc.msoc_license.tier',
  'soc.msoc_license.ksa_legal_entity',
  // Whether the provider is a Saudi company.
  'personnel.screening_and_undertakings.critical_systems_saudi_provider',
  // Which model, where several meet the baseline: key custody, tenant isolation, the attestations held.
  'data.key_management.custody',
  'data.segregation.tenant_isolation',
  'assurance.attestations.required',
]);

/** True when `def` (at `keyPath` below the clause mapping of `clauseId`) is a fact only the parties can state. */
export function isFact(clauseId: string, keyPath: readonly string[], def: ParamDef): boolean {
  if (def.standard === undefined && def.type.kind !== 'object') return true; // no standard value: RTO, RPO, services
  if (FACT_KINDS.has(def.type.kind)) return true;
  if (def.type.kind === 'list' && def.type.item.kind !== 'enum') return true; // countries, free-text items
  return NAMED_FACTS.has(`${clauseId}.${keyPath.join('.')}`);
}
