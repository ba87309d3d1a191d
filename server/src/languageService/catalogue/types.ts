/**
 * The shape of the clause catalogue (../shared/spec/catalogue.md section 5), the one source of truth that the
 * JSON Schema, hovers, completions, snippets and rules all read. Data only: no functions in here.
 */

export type Severity = 'error' | 'warning' | 'info';

/** `nca`: an NCA text requires it. `practice`: a recommended default (brief or foreign framework). */
export type Basis = 'nca' | 'practice';

/** Where a number or requirement comes from (catalogue tags). */
export type SourceTag = 'C' | 'S' | 'M' | 'I' | 'BRIEF';

export type ProfileId = 'ecc-baseline' | 'ecc+cscc' | 'ecc+ccc' | 'brief-strict';

export type AnchorType = 'direct' | 'derived' | 'practice';

/** Unit of an integer parameter, taken from its key suffix (`_hours`, `_days`, ...). */
export type Unit = 'minutes' | 'hours' | 'days' | 'business_days' | 'months' | 'years' | 'count';

/**
 * Applicability conditions, computed once from the appendix's `scope` and `appendix.customer`.
 * - `it_outsourcing_or_managed`: 4-1-3 applies (engagement types name IT/cyber outsourcing or managed services)
 * - `critical_systems`, `personal_data`, `cloud_or_hosting`: the scope flags
 * - `managed_security_services`: `scope.engagement_types` contains `managed_security_services`
 * - `gov_or_cni`: `appendix.customer.entity_type` is `government` or `cni_operator`
 * - `soc_applies`: `soc.location_ksa.applies` is true
 */
export type Condition =
  | 'it_outsourcing_or_managed'
  | 'critical_systems'
  | 'personal_data'
  | 'cloud_or_hosting'
  | 'managed_security_services'
  | 'gov_or_cni'
  | 'soc_applies';

export type ParamType =
  | { kind: 'int'; unit: Unit }
  /** an integer number of years, or the string `indefinite` (data.confidentiality) */
  | { kind: 'int-or-indefinite'; unit: Unit }
  | { kind: 'bool' }
  | { kind: 'string' }
  /** ISO 8601 calendar date, validated as written */
  | { kind: 'date' }
  /** ISO 3166-1 alpha-2 country code */
  | { kind: 'country' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; item: { kind: 'string' } | { kind: 'country' } | { kind: 'enum'; values: readonly string[] } }
  /** a nested mapping with its own parameters (data.encryption.at_rest) */
  | { kind: 'object'; params: readonly ParamDef[] }
  /** a list of mappings (soc.location_ksa.centres) */
  | { kind: 'object-list'; params: readonly ParamDef[] };

/**
 * A test a parameter's value must pass. Comparisons are inclusive (format.md 5: "<= 24 means 24 passes").
 * - `max`: number <= value;  `min`: number >= value (`indefinite` passes every `min`)
 * - `equals`: exactly this boolean / string
 * - `oneOf`: the value is one of these
 * - `includesAll`: the list contains every one of these
 * - `includesAny`: the list contains at least one of these
 * - `allEqual`: every item of the list (or, for an object-list, the field `field` of every item) equals `value`
 * - `present`: the parameter is stated (any value); used for "RTO/RPO stated (no default)"
 */
export type Test =
  | { op: 'max'; value: number }
  | { op: 'min'; value: number }
  | { op: 'equals'; value: boolean | string }
  | { op: 'oneOf'; values: readonly string[] }
  | { op: 'includesAll'; values: readonly string[] }
  | { op: 'includesAny'; values: readonly string[] }
  | { op: 'allEqual'; value: string; field?: string }
  | { op: 'present' };

/**
 * One baseline requirement on a parameter. A parameter may carry several (e.g. a general one and a stricter one
 * for a profile); all that apply are checked and the strictest failing one is reported.
 */
export interface Threshold {
  test: Test;
  /** Profile that introduces it; absent = `ecc-baseline` (always on). */
  profile?: ProfileId;
  /** Only checked when all these conditions hold. */
  when?: readonly Condition[];
  /** Severity when the value fails the test. */
  severity: Severity;
  basis: Basis;
  source: SourceTag;
  /** Our words: where the number comes from, shown in hovers ("ECC 2-12-3-5", "brief", "CSCC 2-10-2"). */
  origin: string;
  /**
   * An optional second, harder line: when the value also fails this test the severity becomes `severity`
   * (e.g. initial notice > 24 h is a warning, > 72 h an error).
   */
  escalate?: { test: Test; severity: Severity; reason: string };
}

export interface ParamDef {
  /** YAML key, e.g. `initial_notice_hours` */
  key: string;
  type: ParamType;
  /** What the value means, in our words (one sentence). Used as schema description and hover text. */
  summary: string;
  /** Baseline requirements; a parameter with none is optional (format.md 5). */
  baseline?: readonly Threshold[];
  /** Value used by snippets and quick fixes (the standard term). */
  standard?: unknown;
}

export interface MissingRule {
  /** Severity when the clause is missing and applies. */
  severity: Severity;
  /** Stricter severity under these conditions (first match wins). */
  escalations?: readonly { when?: readonly Condition[]; profile?: ProfileId; severity: Severity }[];
  /** The clause is only required when all these conditions hold (e.g. cloud-only clauses). */
  requiredWhen?: readonly Condition[];
}

export interface Clause {
  /** YAML path, e.g. `incident.notification`; the finding code. */
  id: string;
  /** Where the clause's mapping sits in the YAML: its id split on dots, except `scope.services` whose keys sit
   * directly under `scope:` (catalogue 6.1), so its path is `['scope']`. */
  path: readonly string[];
  /** 1..35, the catalogue's order */
  number: number;
  title: string;
  /** Schedule group for rendering: scope, risk, access, data, operations, incidents, assurance, exit */
  group: 'scope' | 'risk' | 'access' | 'data' | 'operations' | 'incidents' | 'assurance' | 'exit';
  /** What the contract must state, in our words. */
  mustState: string;
  anchor: AnchorType;
  /** ECC control ids this clause maps to, primary first (dashes: `4-1-3-1`). */
  ecc: readonly string[];
  /** Other NCA instruments (CSCC, CCC, NCA template, RFMSOC, PDPL), as cited ids: `CSCC 2-2-1-1`. */
  otherNca: readonly string[];
  /** Basis of the clause itself: `nca` when an NCA text requires it. */
  basis: Basis;
  missing: MissingRule;
  params: readonly ParamDef[];
  /** Crosswalk references: `DORA 30(2)(a)`, `ISO A.5.19`, ... */
  crosswalk: readonly string[];
}

/** An ECC (or related NCA) control described in our own words. */
export interface Control {
  id: string;
  /** e.g. "ECC-2:2024" */
  version: string;
  title: string;
  /** Our paraphrase; never the official sentence. */
  summary: string;
  url: string;
}
