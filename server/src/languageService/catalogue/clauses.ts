/**
 * The 35 clauses of catalogue.md section 5 as data (types in ./types.ts). Catalogue order, ids stable.
 *
 * Reading rules used throughout (details in the comments next to the data):
 * - `ecc`: primary first. For a `direct` clause the control that names the item comes first (clauseBasisWords says
 *   "ECC-2:2024 <ecc[0]> requires it"); otherwise the order of the catalogue's "ECC" line.
 * - `otherNca`: CSCC / CCC / NCA template / RFMSOC / NPMSOC / PDPL references, including those the catalogue lists on
 *   its "Crosswalk" line; `crosswalk` keeps the foreign frameworks only (DORA, EBA, ISO, NIST, SAMA, CSA CCM, UAE).
 * - Threshold severity: `error` where the catalogue says so, or where an NCA control text (ECC, CSCC, CCC) fixes the
 *   value and applies under the threshold's profile / condition; `warning` otherwise; `info` for content lists.
 *   Clauses 11 and 20 say "weaker values: warning", so their CSCC numbers stay warnings.
 * - Every threshold tagged [BRIEF] has a `brief-strict` twin with severity `error`.
 * - Threshold `basis` is `nca` only for a [C] item whose text is NCA's (ECC, CSCC, CCC, NCA template);
 *   [C] items from DORA, CSA CCM or NIST are `practice`.
 * - `_days` keys count calendar days (format.md 5). Where the catalogue states business days for a `_days` key
 *   (clause 4 "5 business days", clause 31 "10 business days") the number is converted to calendar days (7, 14):
 *   a Sunday-Thursday week of 5 working days spans 7 calendar days.
 * - `standard`: the standard term a snippet inserts; it passes every ecc-baseline threshold without `when` of its
 *   parameter. Dates, free facts (`services`) and RTO/RPO (catalogue: "no default") have no standard: snippets use a
 *   placeholder.
 */
import type { Clause, ParamDef } from './types';

const STRING = { kind: 'string' } as const;
const BOOL = { kind: 'bool' } as const;
const DATE = { kind: 'date' } as const;
const COUNTRY = { kind: 'country' } as const;
const STRING_LIST = { kind: 'list', item: { kind: 'string' } } as const;
const COUNTRY_LIST = { kind: 'list', item: { kind: 'country' } } as const;

/** Catalogue 5.1 "Conventions for all clauses": every clause mapping may carry these three keys. */
const CONVENTION_PARAMS: readonly ParamDef[] = [
  {
    key: 'ref',
    type: STRING,
    summary: 'Where this clause sits in the signed contract (section, schedule or annex reference); that text is the binding one.',
  },
  {
    key: 'text',
    type: STRING,
    summary: 'An optional short summary of the contractual wording; it is shown, never parsed for compliance.',
  },
  {
    key: 'exception_ref',
    type: STRING,
    summary: 'The id of an approved deviation in the appendix `exceptions:` list that covers this clause.',
  },
];

/** Trigger values shared by clauses 3 and 32 (the catalogue gives the list for clause 3 only). */
const REVIEW_TRIGGERS = ['regulatory_change', 'material_service_change', 'major_incident', 'subcontractor_change', 'annual'] as const;

export const CLAUSES: readonly Clause[] = [
  // 1 ------------------------------------------------------------------------------------------------------------
  {
    id: 'scope.services',
    path: ['scope'],
    number: 1,
    title: 'Scope, engagement type and applicability',
    group: 'scope',
    mustState:
      'What is outsourced (services, systems, environments, sites) and under which engagement type, and whether critical systems, personal data, cloud or hosting, or managed security services are involved; the customer type sits in the appendix header.',
    anchor: 'derived',
    ecc: ['4-1-3', '4-1-2'],
    otherNca: [],
    // Scope is a design need (everything else is evaluated from it); no NCA text asks for a scope clause as such.
    basis: 'practice',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'engagement_types',
        type: {
          kind: 'list',
          item: {
            kind: 'enum',
            values: [
              'it_outsourcing',
              'cybersecurity_outsourcing',
              'managed_services',
              'managed_security_services',
              'cloud_hosting',
              'software_supply',
              'consulting',
            ],
          },
        },
        summary:
          'The kinds of engagement the contract covers; IT or cybersecurity outsourcing and managed (security) services bring in ECC 4-1-3.',
        baseline: [
          // Error: without it nothing that depends on 4-1-3 can be decided (same reasoning as the Missing line).
          { test: { op: 'present' }, severity: 'error', basis: 'practice', source: 'I', origin: 'design default (decides ECC 4-1-3)' },
        ],
        standard: ['it_outsourcing', 'managed_services'],
      },
      {
        key: 'services',
        type: STRING_LIST,
        summary: 'The services, systems, environments and sites handed to the provider, in plain words.',
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        // no standard: a fact of the contract, the snippet uses a placeholder
      },
      {
        key: 'critical_systems',
        type: BOOL,
        summary: 'Whether any system in scope is a critical system under CSCC (switches on the critical-systems checks).',
        baseline: [{ test: { op: 'present' }, severity: 'error', basis: 'practice', source: 'I', origin: 'design default (decides CSCC checks)' }],
        standard: false,
      },
      {
        key: 'personal_data',
        type: BOOL,
        summary: 'Whether the provider handles personal data of the entity (brings in the PDPL checks).',
        baseline: [{ test: { op: 'present' }, severity: 'error', basis: 'practice', source: 'I', origin: 'design default (decides PDPL checks)' }],
        standard: false,
      },
      {
        key: 'cloud_or_hosting',
        type: BOOL,
        summary: 'Whether the service uses cloud computing or hosting (brings in ECC 4-2 and the CCC checks).',
        baseline: [{ test: { op: 'present' }, severity: 'error', basis: 'practice', source: 'I', origin: 'design default (decides ECC 4-2)' }],
        standard: false,
      },
    ],
    crosswalk: [
      'DORA 30(2)(a)',
      'EBA ¶75(a)',
      'ISO A.5.19',
      'ISO A.5.20',
      'NIST SA-4',
      'NIST SA-9(2)',
      'SAMA 3.4.1(4b)',
      'CCM STA-09 (scope)',
      'UAE T6.1',
    ],
  },

  // 2 ------------------------------------------------------------------------------------------------------------
  {
    id: 'risk.pre_contract_assessment',
    path: ['risk', 'pre_contract_assessment'],
    number: 2,
    title: 'Cybersecurity risk assessment before signature',
    group: 'risk',
    mustState:
      'That the provider and the service went through a cybersecurity risk assessment before the contract was signed, which assessment it was, and that the mitigations it called for (normally the rest of this appendix) are in place.',
    anchor: 'direct',
    ecc: ['4-1-3-1', '1-5-3-3'],
    otherNca: ['CCC 1-2-T-1'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'assessment_ref',
        type: STRING,
        summary: 'Identifier of the risk-assessment report, so an assessor can find the dated document.',
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'practice', source: 'S', origin: 'assessor evidence expectation' }],
        standard: 'TPRA-YYYY-NNN',
      },
      {
        key: 'completed_on',
        type: DATE,
        summary: 'The date the risk assessment was finished; it must not be later than the signature date.',
        // The comparison with appendix.signed_on is a cross-field rule in code; this only asks for the date.
        baseline: [{ test: { op: 'present' }, severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-1-3-1' }],
        // no standard: dates use a placeholder
      },
      {
        key: 'mitigations_confirmed',
        type: BOOL,
        summary: 'Whether the parties confirm that the controls the assessment required to reduce the risks are in place.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-1-3-1' }],
        standard: true,
      },
      {
        key: 'residual_risk_accepted_by',
        type: STRING,
        summary: 'The role on the entity side that accepted the risk remaining after mitigation.',
        standard: 'Head of Cybersecurity',
      },
    ],
    crosswalk: [
      'DORA 28(4)',
      'EBA §12 (pre-outsourcing analysis)',
      'ISO A.5.19',
      'ISO A.5.21',
      'NIST SA-9(1)',
      'NIST SR-6',
      'NIST RA-3(1)',
      'SAMA 3.4.1(5a)',
      'CCM STA-08',
      'CCM STA-14',
      'UAE T6',
    ],
  },

  // 3 ------------------------------------------------------------------------------------------------------------
  {
    id: 'risk.regulatory_change_reassessment',
    path: ['risk', 'regulatory_change_reassessment'],
    number: 3,
    title: 'Re-assessment when the rules change',
    group: 'risk',
    mustState:
      'That the risk assessment is redone and the mitigations adjusted within a fixed period whenever the applicable laws or regulations change (and on other agreed triggers), with the provider cooperating and the contract amended where needed.',
    anchor: 'direct',
    ecc: ['4-1-3-1'],
    otherNca: ['CSCC 1-2-1-1'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'triggers',
        type: { kind: 'list', item: { kind: 'enum', values: REVIEW_TRIGGERS } },
        summary: 'The events that oblige the parties to repeat the risk assessment.',
        baseline: [
          { test: { op: 'includesAll', values: ['regulatory_change'] }, severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-1-3-1' },
          {
            test: { op: 'includesAll', values: ['annual'] },
            profile: 'ecc+cscc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 1-2-1-1 (yearly risk assessment of critical systems)',
          },
        ],
        standard: ['regulatory_change', 'material_service_change', 'major_incident', 'annual'],
      },
      {
        key: 'reassess_within_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'How many days after a trigger the re-assessment must be finished.',
        baseline: [{ test: { op: 'max', value: 90 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 90,
      },
      {
        key: 'provider_cooperation',
        type: BOOL,
        summary: 'Whether the provider must supply information and agree contract changes the re-assessment calls for.',
        standard: true,
      },
    ],
    crosswalk: [
      'DORA 28(7)(b) (material changes)',
      'EBA §14 (ongoing oversight)',
      'ISO A.5.22',
      'NIST SA-9(1)',
      'NIST SR-6',
      'SAMA 3.4.1(3)',
      'CCM STA-08',
      'CCM STA-10',
    ],
  },

  // 4 ------------------------------------------------------------------------------------------------------------
  {
    id: 'compliance.entity_requirements',
    path: ['compliance', 'entity_requirements'],
    number: 4,
    title: "Provider bound by the entity's policies and Saudi law",
    group: 'risk',
    mustState:
      "Which of the entity's cybersecurity policies and standards (with versions) the provider has to follow, which national rules apply, and that the provider reports promptly when it cannot comply.",
    anchor: 'direct',
    ecc: ['4-1-2-3', '4-1-3-1'],
    otherNca: [],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'policies_incorporated',
        type: STRING_LIST,
        summary: "The entity's cybersecurity policies and standards, with versions, that the provider must apply.",
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 4-1-2-3' }],
        standard: ['Entity cybersecurity policy (id and version)'],
      },
      {
        key: 'regulations',
        type: {
          kind: 'list',
          item: {
            kind: 'enum',
            values: ['ecc-2:2024', 'cscc-1:2019', 'ccc-2:2024', 'otcc-1:2022', 'dcc-1:2022', 'pdpl', 'ndmo', 'sama-csf', 'npmsoc-1:2024'],
          },
        },
        summary: 'The national laws, regulations and control sets the provider must comply with.',
        baseline: [
          { test: { op: 'includesAll', values: ['ecc-2:2024'] }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 4-1-2-3' },
          {
            test: { op: 'includesAll', values: ['pdpl'] },
            when: ['personal_data'],
            severity: 'warning',
            basis: 'nca',
            source: 'C',
            origin: 'ECC 4-1-2-3 (PDPL applies to personal data)',
          },
          {
            test: { op: 'includesAll', values: ['cscc-1:2019'] },
            when: ['critical_systems'],
            severity: 'warning',
            basis: 'nca',
            source: 'C',
            origin: 'ECC 4-1-2-3 (CSCC applies to critical systems)',
          },
          {
            test: { op: 'includesAll', values: ['ccc-2:2024'] },
            when: ['cloud_or_hosting'],
            severity: 'warning',
            basis: 'nca',
            source: 'C',
            origin: 'ECC 4-1-2-3 (CCC applies to cloud and hosting)',
          },
        ],
        standard: ['ecc-2:2024'],
      },
      {
        key: 'noncompliance_notice_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'How many days the provider has to tell the entity that it cannot meet a requirement.',
        // catalogue: 5 business days; the key counts calendar days, so 7.
        baseline: [{ test: { op: 'max', value: 7 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (5 business days)' }],
        standard: 7,
      },
    ],
    crosswalk: [
      'DORA 30(3)(c)',
      'DORA 30(2)(g)',
      'EBA ¶75(n)',
      'EBA §13.2',
      'ISO A.5.20',
      'ISO A.5.31',
      'NIST SA-9(a)',
      'SAMA 3.4.1(4b)',
      'CCM STA-12',
      'UAE T6.1',
    ],
  },

  // 5 ------------------------------------------------------------------------------------------------------------
  {
    id: 'soc.location_ksa',
    path: ['soc', 'location_ksa'],
    number: 5,
    title: 'Monitoring and operations centres entirely in KSA',
    group: 'operations',
    mustState:
      "That every centre monitoring or operating the entity's environment over remote access (SOC, NOC, service desk with admin rights) is based and staffed in Saudi Arabia, that no offshore or follow-the-sun team can reach the environment, and that remote access comes only from those centres.",
    anchor: 'direct',
    ecc: ['4-1-3-2'],
    otherNca: ['CSCC 2-2-1-1'],
    basis: 'nca',
    // Required whenever 4-1-3 applies; when `applies: false` is stated the centre checks switch off (soc_applies).
    missing: { severity: 'error', requiredWhen: ['it_outsourcing_or_managed'] },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'applies',
        type: BOOL,
        summary: "Whether the services include monitoring or operating the entity's environment over remote access.",
        // The centre checks below only run when `applies: true` (condition soc_applies), so an unstated flag would
        // silently switch them off: require it whenever 4-1-3 applies.
        baseline: [
          {
            test: { op: 'present' },
            when: ['it_outsourcing_or_managed'],
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'ECC 4-1-3-2 (decides the centre checks)',
          },
        ],
        standard: true,
      },
      {
        key: 'centres',
        type: {
          kind: 'object-list',
          params: [
            { key: 'name', type: STRING, summary: 'Name of the monitoring or operations centre.' },
            { key: 'city', type: STRING, summary: 'City where the centre is located.' },
            { key: 'country', type: COUNTRY, summary: 'Country of the centre (ISO 3166-1 alpha-2); must be SA.' },
          ],
        },
        summary: "Every centre that monitors or operates the entity's environment, with its location.",
        baseline: [
          {
            test: { op: 'allEqual', value: 'SA', field: 'country' },
            when: ['soc_applies'],
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'ECC 4-1-3-2',
          },
        ],
        standard: [{ name: 'Primary SOC', city: 'Riyadh', country: 'SA' }],
      },
      {
        key: 'offshore_support_allowed',
        type: BOOL,
        summary: 'Whether any team outside Saudi Arabia (offshore or follow-the-sun) may access the environment.',
        baseline: [
          { test: { op: 'equals', value: false }, when: ['soc_applies'], severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-1-3-2' },
          {
            test: { op: 'equals', value: false },
            profile: 'ecc+cscc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 2-2-1-1 (no remote access from abroad)',
          },
        ],
        standard: false,
      },
      {
        key: 'remote_access_origin_countries',
        type: COUNTRY_LIST,
        summary: "Countries from which remote access to the entity's systems may originate.",
        baseline: [
          { test: { op: 'allEqual', value: 'SA' }, when: ['soc_applies'], severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-1-3-2' },
          {
            test: { op: 'allEqual', value: 'SA' },
            profile: 'ecc+cscc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 2-2-1-1 (no remote access from abroad)',
          },
        ],
        standard: ['SA'],
      },
    ],
    crosswalk: [
      'DORA 30(2)(b)',
      'EBA ¶75(f)',
      'ISO A.5.20',
      'NIST SA-9(5)',
      'NIST SA-9(8)',
      'SAMA 3.4.3 (data location, cloud)',
      'CCM STA-09 (location)',
      'UAE T6.2.1',
    ],
  },

  // 6 ------------------------------------------------------------------------------------------------------------
  {
    id: 'soc.msoc_license',
    path: ['soc', 'msoc_license'],
    number: 6,
    title: 'NCA licence for managed security operations services',
    group: 'operations',
    mustState:
      "The provider's NCA licence for managed security operations (number, tier, expiry) and its duty to tell the entity when the licence is suspended, cancelled or transferred.",
    anchor: 'derived',
    ecc: ['4-1-3-2'],
    otherNca: ['RFMSOC-1:2024', 'NPMSOC-1:2024'],
    // The licensing duty is NCA's, but the catalogue has it from secondary sources only [S].
    basis: 'practice',
    missing: {
      severity: 'warning',
      escalations: [{ when: ['gov_or_cni'], severity: 'error' }],
      requiredWhen: ['managed_security_services'],
    },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'license_number',
        type: STRING,
        summary: "The provider's MSOC licence number issued by NCA.",
        baseline: [
          {
            test: { op: 'present' },
            when: ['managed_security_services'],
            severity: 'warning',
            basis: 'practice',
            source: 'S',
            origin: 'NCA MSOC licensing (RFMSOC-1:2024)',
          },
        ],
        standard: 'MSOC-NNNN',
      },
      {
        key: 'tier',
        type: { kind: 'enum', values: ['tier1', 'tier2'] },
        summary: 'The licence tier; government and CNI customers need a Tier 1 licensee.',
        baseline: [
          {
            test: { op: 'present' },
            when: ['managed_security_services'],
            severity: 'warning',
            basis: 'practice',
            source: 'S',
            origin: 'NCA MSOC licensing (RFMSOC-1:2024)',
          },
          {
            // Tier vs customer type: the customer type is a header fact, exposed as the gov_or_cni condition.
            test: { op: 'equals', value: 'tier1' },
            when: ['managed_security_services', 'gov_or_cni'],
            severity: 'error',
            basis: 'practice',
            source: 'S',
            origin: 'NCA MSOC licensing: Tier 1 for government and CNI customers',
          },
        ],
        standard: 'tier1',
      },
      {
        key: 'expires_on',
        type: DATE,
        summary: 'The date the licence expires; it must be later than today (checked in code).',
        baseline: [
          {
            test: { op: 'present' },
            when: ['managed_security_services'],
            severity: 'warning',
            basis: 'practice',
            source: 'S',
            origin: 'NCA MSOC licensing (RFMSOC-1:2024)',
          },
        ],
        // no standard: dates use a placeholder
      },
      {
        key: 'ksa_legal_entity',
        type: BOOL,
        summary: 'Whether the licensee is a legal entity established in Saudi Arabia.',
        standard: true,
      },
      {
        key: 'notify_license_change_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'How many days the provider has to report a suspension, cancellation or transfer of its licence.',
        baseline: [{ test: { op: 'max', value: 5 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 5,
      },
    ],
    crosswalk: ['DORA 28(5) (CTPP oversight)', 'NIST SA-9(3)'],
  },

  // 7 ------------------------------------------------------------------------------------------------------------
  {
    id: 'personnel.screening_and_undertakings',
    path: ['personnel', 'screening_and_undertakings'],
    number: 7,
    title: 'Screening, confidentiality undertakings, awareness',
    group: 'risk',
    mustState:
      "That provider staff are background-checked and sign confidentiality undertakings before they get access (always for critical systems and privileged roles), are made aware of the entity's requirements, and that national-company conditions are met where regulation requires them.",
    anchor: 'derived',
    ecc: ['4-1-3-1', '4-1-2-1', '1-9-3'],
    otherNca: ['CSCC 4-1-1-1', 'CSCC 4-1-1-2', 'NCA TPC template 3.1-3.3'],
    basis: 'nca',
    missing: { severity: 'warning', escalations: [{ profile: 'ecc+cscc', severity: 'error' }] },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'screening_before_access',
        type: BOOL,
        summary: 'Whether provider staff are screened or vetted before they receive access.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 1-9-3; NCA TPC template 3.1-3.3' },
          {
            test: { op: 'equals', value: true },
            profile: 'ecc+cscc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 4-1-1-1 (vetting of providers and staff on critical systems)',
          },
        ],
        standard: true,
      },
      {
        key: 'undertaking_before_access',
        type: BOOL,
        summary: 'Whether provider staff sign a confidentiality undertaking before they receive access.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 1-9-3; NCA TPC template 3.1-3.3' },
        ],
        standard: true,
      },
      {
        key: 'awareness_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: "How often provider staff receive awareness training on the entity's requirements.",
        baseline: [{ test: { op: 'max', value: 12 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (CCM HRS-11)' }],
        standard: 12,
      },
      {
        key: 'critical_systems_saudi_provider',
        type: BOOL,
        summary: 'Whether outsourcing and managed services for critical systems rely on a Saudi company.',
        baseline: [
          {
            test: { op: 'equals', value: true },
            profile: 'ecc+cscc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 4-1-1-2 (Saudi providers for critical systems)',
          },
        ],
        standard: true,
      },
    ],
    crosswalk: [
      'DORA 30(2)(i)',
      'ISO A.6.1',
      'ISO A.6.3',
      'ISO A.6.6',
      'NIST PS-3',
      'NIST PS-6',
      'NIST PS-7',
      'CCM HRS-01',
      'CCM HRS-10',
      'CCM HRS-11',
    ],
  },

  // 8 ------------------------------------------------------------------------------------------------------------
  {
    id: 'access.mfa',
    path: ['access', 'mfa'],
    number: 8,
    title: 'Multi-factor authentication',
    group: 'access',
    mustState:
      'That all remote access by the provider and every privileged account use multi-factor authentication (every user on critical systems), and how strong the factors must be.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-2-3-2'],
    otherNca: ['CSCC 2-2-1-3', 'CCC 2-2-T-1-4', 'CCC 2-2-P-1-3'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'required_for',
        type: { kind: 'list', item: { kind: 'enum', values: ['remote', 'privileged', 'all_interactive', 'webmail'] } },
        summary: 'The kinds of access that must use multi-factor authentication.',
        baseline: [
          { test: { op: 'includesAll', values: ['remote', 'privileged'] }, severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 2-2-3-2' },
          {
            test: { op: 'includesAll', values: ['all_interactive'] },
            profile: 'ecc+cscc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 2-2-1-3 (MFA for all users of critical systems)',
          },
        ],
        standard: ['remote', 'privileged'],
      },
      {
        key: 'phishing_resistant_privileged',
        type: BOOL,
        summary: 'Whether privileged accounts must use phishing-resistant factors (for example FIDO2 keys or smart cards).',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: true,
      },
    ],
    crosswalk: ['DORA 30(3)(c)', 'ISO A.8.5', 'NIST IA-2(1)', 'NIST IA-2(2)', 'NIST AC-17', 'CCM IAM-14'],
  },

  // 9 ------------------------------------------------------------------------------------------------------------
  {
    id: 'access.least_privilege',
    path: ['access', 'least_privilege'],
    number: 9,
    title: 'Least privilege, named accounts, segregation of duties',
    group: 'access',
    mustState:
      'That provider access follows need-to-know and need-to-use, least privilege and segregation of duties, uses personal named accounts only, and is approved by the entity before it is granted.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-2-3-3'],
    otherNca: ['CCC 2-2-P-1-9'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'named_accounts_only',
        type: BOOL,
        summary: 'Whether every provider user works through a personal, named account.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-2-3-3' }],
        standard: true,
      },
      {
        key: 'shared_accounts_prohibited',
        type: BOOL,
        summary: 'Whether shared or generic accounts are forbidden.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-2-3-3' }],
        standard: true,
      },
      {
        key: 'segregation_of_duties',
        type: BOOL,
        summary: 'Whether conflicting duties are split between different people.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-2-3-3' }],
        standard: true,
      },
      {
        key: 'entity_approval_before_access',
        type: BOOL,
        summary: "Whether the entity approves each grant of provider access to its assets beforehand.",
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-2-3-3' }],
        standard: true,
      },
    ],
    crosswalk: ['ISO A.5.15', 'ISO A.5.18', 'NIST AC-5', 'NIST AC-6', 'NIST AC-2', 'CCM IAM-04', 'CCM IAM-05', 'CCM IAM-13'],
  },

  // 10 -----------------------------------------------------------------------------------------------------------
  {
    id: 'access.privileged_access',
    path: ['access', 'privileged_access'],
    number: 10,
    title: 'Privileged access management',
    group: 'access',
    mustState:
      'That privileged credentials are kept in a vault, privileged sessions are recorded and open to entity review, elevation is time-limited, a break-glass procedure exists, and the entity can cut a session off at once.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-2-3-4'],
    otherNca: ['CCC 2-2-P-1-10'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'vaulting',
        type: BOOL,
        summary: 'Whether privileged credentials are stored and issued through a password vault.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (PAM under ECC 2-2-3-4)' },
        ],
        standard: true,
      },
      {
        key: 'session_recording',
        type: BOOL,
        summary: 'Whether privileged sessions are recorded and the recordings can be reviewed by the entity.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (PAM under ECC 2-2-3-4)' },
        ],
        standard: true,
      },
      {
        key: 'jit_max_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'The longest time a just-in-time privilege elevation may last.',
        baseline: [{ test: { op: 'max', value: 8 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 8,
      },
      {
        key: 'break_glass_procedure',
        type: BOOL,
        summary: 'Whether a documented emergency-access (break-glass) procedure exists.',
        standard: true,
      },
      {
        key: 'entity_can_kill_session',
        type: BOOL,
        summary: 'Whether the entity can terminate a provider session immediately.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'CCC 2-2-P-1-10' },
          { test: { op: 'equals', value: true }, profile: 'ecc+ccc', severity: 'error', basis: 'nca', source: 'C', origin: 'CCC 2-2-P-1-10' },
        ],
        standard: true,
      },
    ],
    crosswalk: ['ISO A.8.2', 'NIST AC-2(7)', 'NIST AC-6(5)', 'NIST AU-9(4)', 'CCM IAM-09', 'CCM IAM-10', 'CCM IAM-11'],
  },

  // 11 -----------------------------------------------------------------------------------------------------------
  {
    id: 'access.review_and_revocation',
    path: ['access', 'review_and_revocation'],
    number: 11,
    title: 'Access review and revocation',
    group: 'access',
    mustState:
      'That all provider accounts are recertified at a fixed interval with the results shared with the entity, and that access is withdrawn within a fixed time when someone leaves or changes role.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-2-3-5'],
    otherNca: ['CSCC 2-2-2', 'NCA TPC template 4.4'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'review_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'How often all provider identities and access rights are recertified.',
        baseline: [
          { test: { op: 'max', value: 3 }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'max', value: 3 }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          // Catalogue: "weaker values: warning", also for critical systems.
          { test: { op: 'max', value: 3 }, profile: 'ecc+cscc', severity: 'warning', basis: 'nca', source: 'C', origin: 'CSCC 2-2-2' },
        ],
        standard: 3,
      },
      {
        key: 'revocation_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'How many hours after a leaver or role change the person loses access.',
        baseline: [
          { test: { op: 'max', value: 24 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (ECC 1-9-5 asks own staff be revoked at once)' },
        ],
        standard: 24,
      },
      {
        key: 'review_results_to_entity',
        type: BOOL,
        summary: 'Whether the results of each access review are given to the entity.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: true,
      },
    ],
    crosswalk: ['ISO A.5.18', 'NIST AC-2(j)', 'NIST PS-7(d)', 'CCM IAM-07', 'CCM IAM-08'],
  },

  // 12 -----------------------------------------------------------------------------------------------------------
  {
    id: 'data.confidentiality',
    path: ['data', 'confidentiality'],
    number: 12,
    title: 'Non-disclosure',
    group: 'data',
    mustState:
      "That all of the entity's information stays confidential, for how long after the contract ends, what happens when disclosure is legally compelled, and that the duty passes down to staff and subcontractors.",
    anchor: 'direct',
    ecc: ['4-1-2-1'],
    otherNca: ['CCC 2-6-P-1-4'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'survives_termination_years',
        type: { kind: 'int-or-indefinite', unit: 'years' },
        summary: 'How many years the confidentiality duty lasts after the contract ends, or `indefinite`.',
        baseline: [{ test: { op: 'min', value: 5 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 5,
      },
      {
        key: 'compelled_disclosure_notice',
        type: BOOL,
        summary: 'Whether the provider must tell the entity (where lawful) before disclosing under a legal order.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: true,
      },
      {
        key: 'flow_down',
        type: BOOL,
        summary: 'Whether the confidentiality duty is imposed on provider staff and subcontractors too.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: true,
      },
    ],
    crosswalk: [
      'DORA 30(2)(c)',
      'EBA ¶75(g)',
      'ISO A.5.20',
      'ISO A.6.6',
      'NIST PS-6',
      'NIST SA-9',
      'CCM HRS-10',
      'SAMA 3.4.1 (mutual confidentiality)',
    ],
  },

  // 13 -----------------------------------------------------------------------------------------------------------
  {
    id: 'data.classification_handling',
    path: ['data', 'classification_handling'],
    number: 13,
    title: "Handling according to the entity's classification",
    group: 'data',
    mustState:
      "Which classification levels of entity data are in scope and that the provider protects each according to the entity's classification policy and NDMO rules, with the limits that apply to secret and top-secret data.",
    // Direct only for cloud/hosting (ECC 4-2-3-1); outside cloud it is derived from 4-1-3-1 and 2-7-2. The type has a
    // single anchor, so the catalogue's bold "direct (cloud)" wins and the direct control is listed first.
    anchor: 'direct',
    ecc: ['4-2-3-1', '4-1-3-1', '2-7-2'],
    otherNca: [],
    basis: 'nca',
    missing: { severity: 'warning', escalations: [{ when: ['cloud_or_hosting'], severity: 'error' }] },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'levels_in_scope',
        type: { kind: 'list', item: { kind: 'enum', values: ['top_secret', 'secret', 'restricted', 'public'] } },
        summary: 'The classification levels (NDMO four-level scheme) of the entity data the provider handles.',
        // Catalogue: top_secret / secret in scope should be flagged for legal review. The Test type has no
        // "includes none of" operator, so that flag is left to code (or a future `excludesAll` op).
      },
      {
        key: 'handling_per_entity_policy',
        type: BOOL,
        summary: "Whether the provider protects each data item as the entity's classification policy requires.",
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-7-2' },
          { test: { op: 'equals', value: true }, when: ['cloud_or_hosting'], severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-2-3-1' },
        ],
        standard: true,
      },
    ],
    crosswalk: ['DORA 30(2)(c)', 'EBA ¶75(g)', 'ISO A.5.12', 'ISO A.5.13', 'ISO A.5.34', 'NIST RA-2', 'CCM DSP-04', 'SAMA 3.4.3'],
  },

  // 14 -----------------------------------------------------------------------------------------------------------
  {
    id: 'data.encryption',
    path: ['data', 'encryption'],
    number: 14,
    title: 'Encryption at rest and in transit',
    group: 'data',
    mustState:
      "That entity data is encrypted both when stored and when transmitted, using algorithms approved under NCA's National Cryptographic Standards at a level that fits the data's classification.",
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-8-3-1', '2-8-3-3'],
    otherNca: ['NCS-1:2020', 'CCC 2-7-P-1-1', 'CSCC 2-7-1-1', 'CSCC 2-7-1-2'],
    basis: 'nca',
    missing: { severity: 'warning', escalations: [{ when: ['critical_systems'], severity: 'error' }] },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'at_rest',
        type: {
          kind: 'object',
          params: [
            {
              key: 'required',
              type: BOOL,
              summary: 'Whether entity data must be encrypted wherever it is stored.',
              baseline: [
                { test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-8-3-3' },
                {
                  test: { op: 'equals', value: true },
                  when: ['critical_systems'],
                  severity: 'error',
                  basis: 'nca',
                  source: 'C',
                  origin: 'CSCC 2-7-1-2 (all critical-system data at rest)',
                },
              ],
              standard: true,
            },
            {
              key: 'standard',
              type: { kind: 'enum', values: ['ncs-1:2020'] },
              summary: "The cryptographic standard the encryption follows (NCA's National Cryptographic Standards).",
              baseline: [{ test: { op: 'equals', value: 'ncs-1:2020' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-8-3' }],
              standard: 'ncs-1:2020',
            },
            {
              key: 'level',
              type: { kind: 'enum', values: ['moderate', 'advanced'] },
              summary: 'The NCS protection level chosen for the data; cloud providers must use the advanced level.',
              baseline: [
                { test: { op: 'equals', value: 'advanced' }, profile: 'ecc+ccc', severity: 'error', basis: 'nca', source: 'C', origin: 'CCC 2-7-P-1-1' },
              ],
              standard: 'moderate',
            },
          ],
        },
        summary: 'Encryption of entity data where it is stored.',
        baseline: [
          { test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-8-3-3' },
          { test: { op: 'present' }, when: ['critical_systems'], severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 2-7-1-2' },
        ],
        standard: { required: true, standard: 'ncs-1:2020', level: 'moderate' },
      },
      {
        key: 'in_transit',
        type: {
          kind: 'object',
          params: [
            {
              key: 'required',
              type: BOOL,
              summary: 'Whether entity data must be encrypted whenever it crosses a network.',
              baseline: [
                { test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-8-3-3' },
                {
                  test: { op: 'equals', value: true },
                  when: ['critical_systems'],
                  severity: 'error',
                  basis: 'nca',
                  source: 'C',
                  origin: 'CSCC 2-7-1-1 (all critical-system data in transit)',
                },
              ],
              standard: true,
            },
            {
              key: 'tls_min',
              type: { kind: 'enum', values: ['1.2', '1.3'] },
              summary: 'The lowest TLS version accepted for data in transit (write it quoted, e.g. "1.2").',
              baseline: [{ test: { op: 'oneOf', values: ['1.2', '1.3'] }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
              standard: '1.2',
            },
          ],
        },
        summary: 'Encryption of entity data while it is transmitted.',
        baseline: [
          { test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 2-8-3-3' },
          { test: { op: 'present' }, when: ['critical_systems'], severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 2-7-1-1' },
        ],
        standard: { required: true, tls_min: '1.2' },
      },
    ],
    crosswalk: ['DORA 30(2)(c)', 'ISO A.8.24', 'NIST SC-8', 'NIST SC-13', 'NIST SC-28', 'CCM CEK-03', 'SAMA 3.3 (cryptography)'],
  },

  // 15 -----------------------------------------------------------------------------------------------------------
  {
    id: 'data.key_management',
    path: ['data', 'key_management'],
    number: 15,
    title: 'Key ownership and custody',
    group: 'data',
    mustState:
      "Who owns and who holds the keys that protect the entity's data, how often they are rotated, how they are recovered, and that they are destroyed or handed back at exit.",
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-8-3-2'],
    otherNca: ['CCC 2-15-T-3-1', 'CCC 2-15-T-3-2'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'custody',
        type: { kind: 'enum', values: ['customer_held', 'customer_managed_kms', 'provider_managed'] },
        summary: 'Who controls the encryption keys: the entity itself, the entity through a KMS, or the provider.',
        // Catalogue: customer keys "for restricted or higher data"; the classification link is not modelled, so this is
        // a plain baseline warning.
        baseline: [
          {
            test: { op: 'oneOf', values: ['customer_managed_kms', 'customer_held'] },
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'design default (NIST SA-9(6))',
          },
        ],
        standard: 'customer_managed_kms',
      },
      {
        key: 'rotation_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'How often the keys are rotated.',
        baseline: [{ test: { op: 'max', value: 12 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 12,
      },
      {
        key: 'ownership_defined',
        type: BOOL,
        summary: 'Whether the contract says clearly who owns each key.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' },
          { test: { op: 'equals', value: true }, profile: 'ecc+ccc', severity: 'error', basis: 'nca', source: 'C', origin: 'CCC 2-15-T-3-1' },
        ],
        standard: true,
      },
      {
        key: 'escrow_outside_provider',
        type: BOOL,
        summary: "Whether a backup of the keys is held outside the provider's cloud so data can be recovered if keys are lost.",
        baseline: [
          {
            test: { op: 'equals', value: true },
            profile: 'ecc+ccc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CCC 2-15-T-3-2 (key backup outside the cloud)',
          },
        ],
        standard: true,
      },
    ],
    crosswalk: ['ISO A.8.24', 'NIST SA-9(6)', 'NIST SC-12', 'CCM CEK (key management)'],
  },

  // 16 -----------------------------------------------------------------------------------------------------------
  {
    id: 'data.segregation',
    path: ['data', 'segregation'],
    number: 16,
    title: 'Segregation and non-production use',
    group: 'data',
    mustState:
      "That the entity's data and environments are kept logically or physically apart from other clients', and that production data is not used for testing or development unless masked and approved.",
    // Direct only for cloud/hosting (ECC 4-2-3-2); see the note on clause 13.
    anchor: 'direct',
    ecc: ['4-2-3-2', '4-1-3-1'],
    otherNca: ['CCC 2-3-P-1-2', 'CCC 2-3-P-1-8', 'NCA TPC template 7.6', 'CSCC 2-6-1-1'],
    basis: 'nca',
    missing: { severity: 'warning', escalations: [{ when: ['cloud_or_hosting'], severity: 'error' }] },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'tenant_isolation',
        type: { kind: 'enum', values: ['logical', 'dedicated'] },
        summary: "How the entity's environment is separated from other clients: logically or on dedicated resources.",
        baseline: [
          { test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 4-2-3-2' },
          { test: { op: 'present' }, when: ['cloud_or_hosting'], severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-2-3-2' },
          { test: { op: 'present' }, profile: 'ecc+ccc', severity: 'error', basis: 'nca', source: 'C', origin: 'CCC 2-3-P-1-2' },
        ],
        standard: 'logical',
      },
      {
        key: 'prod_data_in_nonprod',
        type: { kind: 'enum', values: ['prohibited', 'masked_only', 'allowed'] },
        summary: 'Whether production data may be used in test or development environments.',
        baseline: [
          {
            test: { op: 'oneOf', values: ['prohibited', 'masked_only'] },
            severity: 'warning',
            basis: 'nca',
            source: 'C',
            origin: 'NCA TPC template 7.6; CSCC 2-6-1-1',
          },
        ],
        standard: 'masked_only',
      },
    ],
    crosswalk: ['ISO A.8.31', 'ISO A.8.33', 'ISO A.8.11', 'NIST SC-7', 'NIST SA-3(2)', 'CCM DSP-15'],
  },

  // 17 -----------------------------------------------------------------------------------------------------------
  {
    id: 'data.location_and_transfer',
    path: ['data', 'location_and_transfer'],
    number: 17,
    title: 'Locations of storage, processing and access',
    group: 'data',
    mustState:
      'The countries where entity data is stored, processed or accessed (backups and subcontractors included), advance notice and approval before any of them changes, and the legal basis for any transfer out of the Kingdom.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '4-1-2-3'],
    otherNca: [],
    // ECC-2 dropped its localisation control (moved to NDMO); the numbers here are design defaults.
    basis: 'practice',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'storage_countries',
        type: COUNTRY_LIST,
        summary: 'Countries where entity data (including backups and copies) is stored.',
        baseline: [
          {
            test: { op: 'allEqual', value: 'SA' },
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'legal review under NDMO, PDPL and sector rules (no ECC-2 localisation control)',
          },
        ],
        standard: ['SA'],
      },
      {
        key: 'processing_countries',
        type: COUNTRY_LIST,
        summary: 'Countries where entity data is processed.',
        baseline: [
          {
            test: { op: 'allEqual', value: 'SA' },
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'legal review under NDMO, PDPL and sector rules (no ECC-2 localisation control)',
          },
        ],
        standard: ['SA'],
      },
      {
        key: 'access_countries',
        type: COUNTRY_LIST,
        summary: 'Countries from which entity data may be accessed.',
        baseline: [
          {
            test: { op: 'allEqual', value: 'SA' },
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'legal review under NDMO, PDPL and sector rules (no ECC-2 localisation control)',
          },
        ],
        standard: ['SA'],
      },
      {
        key: 'change_notice_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'How many days ahead the provider must announce a change of location.',
        baseline: [{ test: { op: 'min', value: 90 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 90,
      },
      {
        key: 'change_requires_approval',
        type: BOOL,
        summary: "Whether a change of location needs the entity's prior approval.",
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: true,
      },
      {
        key: 'transfer_basis',
        type: STRING,
        summary: 'The legal ground relied on for any transfer of entity data outside Saudi Arabia.',
        standard: 'No transfer outside SA',
      },
    ],
    crosswalk: [
      'DORA 30(2)(b)',
      'EBA ¶75(f)',
      'ISO A.5.20',
      'ISO A.5.23',
      'NIST SA-9(5)',
      'CCM STA-09 (location)',
      'CCM DSP-19',
      'SAMA 3.4.3(b)',
    ],
  },

  // 18 -----------------------------------------------------------------------------------------------------------
  {
    id: 'subcontracting.control',
    path: ['subcontracting', 'control'],
    number: 18,
    title: 'Approved subcontractor rules',
    group: 'risk',
    mustState:
      'That in-scope work is not subcontracted without prior written approval, approved subcontractors are listed in a register, they carry the same obligations, changes come with notice and a right to object, and the provider stays liable.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '4-1-2-3'],
    otherNca: ['CCC 4-1-P-1', 'RFMSOC-1:2024 §7'],
    basis: 'practice',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'policy',
        type: { kind: 'enum', values: ['prohibited', 'prior_written_approval', 'notice_only'] },
        summary: 'Whether subcontracting is forbidden, needs prior written approval, or only needs notice.',
        baseline: [
          {
            test: { op: 'oneOf', values: ['prohibited', 'prior_written_approval'] },
            severity: 'warning',
            basis: 'practice',
            source: 'BRIEF',
            origin: 'product brief (approved subcontractors)',
          },
          {
            test: { op: 'oneOf', values: ['prohibited', 'prior_written_approval'] },
            profile: 'brief-strict',
            severity: 'error',
            basis: 'practice',
            source: 'BRIEF',
            origin: 'product brief (approved subcontractors)',
          },
          {
            test: { op: 'oneOf', values: ['prohibited', 'prior_written_approval'] },
            when: ['critical_systems'],
            severity: 'error',
            basis: 'practice',
            source: 'I',
            origin: 'design default (notice-only subcontracting on critical systems)',
          },
        ],
        standard: 'prior_written_approval',
      },
      {
        key: 'change_notice_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'How many days ahead the provider must announce a new or replaced subcontractor.',
        baseline: [{ test: { op: 'min', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 30,
      },
      {
        key: 'register_provided',
        type: BOOL,
        summary: 'Whether the provider keeps and shares a register of approved subcontractors.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief (approved subcontractors)' },
          {
            test: { op: 'equals', value: true },
            profile: 'brief-strict',
            severity: 'error',
            basis: 'practice',
            source: 'BRIEF',
            origin: 'product brief (approved subcontractors)',
          },
        ],
        standard: true,
      },
      {
        key: 'flow_down',
        type: BOOL,
        summary: "Whether subcontractors are bound by the same security obligations as the provider.",
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief (approved subcontractors)' },
          {
            test: { op: 'equals', value: true },
            profile: 'brief-strict',
            severity: 'error',
            basis: 'practice',
            source: 'BRIEF',
            origin: 'product brief (approved subcontractors)',
          },
        ],
        standard: true,
      },
      {
        key: 'right_to_object',
        type: BOOL,
        summary: 'Whether the entity may object to a proposed subcontractor change.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief (approved subcontractors)' },
          {
            test: { op: 'equals', value: true },
            profile: 'brief-strict',
            severity: 'error',
            basis: 'practice',
            source: 'BRIEF',
            origin: 'product brief (approved subcontractors)',
          },
        ],
        standard: true,
      },
    ],
    crosswalk: [
      'DORA 30(2)(a)',
      'DORA subcontracting RTS',
      'EBA §13.1',
      'ISO A.5.19',
      'ISO A.5.21',
      'NIST SR-3',
      'NIST SR-6',
      'NIST SA-9(3)',
      'CCM STA-12',
      'CCM DSP-13',
      'CCM DSP-14',
      'SAMA 3.4.2',
    ],
  },

  // 19 -----------------------------------------------------------------------------------------------------------
  {
    id: 'vuln.scanning',
    path: ['vuln', 'scanning'],
    number: 19,
    title: 'Vulnerability scan cadence',
    group: 'operations',
    mustState: 'That in-scope assets get authenticated vulnerability scans at fixed intervals and that the results reach the entity.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-10-3-1'],
    otherNca: ['CCC 2-9-P-1-1', 'CSCC 2-9-1-2', 'CSCC 2-9-2'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'external_interval_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days between scans of internet-facing assets.',
        baseline: [
          { test: { op: 'max', value: 30 }, severity: 'warning', basis: 'nca', source: 'C', origin: 'CCC 2-9-P-1-1; CSCC 2-9-1-2' },
          { test: { op: 'max', value: 30 }, profile: 'ecc+cscc', severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 2-9-2 (monthly)' },
        ],
        standard: 30,
      },
      {
        key: 'internal_interval_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days between scans of internal assets.',
        baseline: [
          { test: { op: 'max', value: 90 }, severity: 'warning', basis: 'nca', source: 'C', origin: 'CCC 2-9-P-1-1; CSCC 2-9-1-2' },
          { test: { op: 'max', value: 30 }, profile: 'ecc+cscc', severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 2-9-2 (monthly)' },
        ],
        standard: 90,
      },
      {
        key: 'authenticated',
        type: BOOL,
        summary: 'Whether scans log in to the assets (credentialed scanning) rather than probing from outside only.',
        standard: true,
      },
      {
        key: 'report_delivery_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days after a scan by which its report reaches the entity.',
        baseline: [{ test: { op: 'max', value: 10 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 10,
      },
    ],
    crosswalk: ['DORA 30(3)(c)', 'ISO A.8.8', 'NIST RA-5', 'CCM TVM-07', 'CCM TVM-09'],
  },

  // 20 -----------------------------------------------------------------------------------------------------------
  {
    id: 'vuln.remediation_sla',
    path: ['vuln', 'remediation_sla'],
    number: 20,
    title: 'Patch and remediation windows',
    group: 'operations',
    mustState:
      'The longest time allowed to fix a vulnerability of each severity, a fast path for emergency patches, and a documented exception process with compensating controls.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-10-3-3', '2-10-3-4', '2-3-3-3'],
    otherNca: ['CSCC 2-9-1-3', 'CSCC 2-3-1-3'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'critical_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days allowed to remediate a critical vulnerability.',
        baseline: [
          { test: { op: 'max', value: 7 }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'max', value: 7 }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          // CSCC 2-9-1-3 says "immediately"; 72 h (3 days) is the catalogue's suggested number. Catalogue: weaker = warning.
          {
            test: { op: 'max', value: 3 },
            profile: 'ecc+cscc',
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'design default for CSCC 2-9-1-3 (critical flaws fixed immediately)',
          },
        ],
        standard: 7,
      },
      {
        key: 'high_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days allowed to remediate a high-severity vulnerability.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 30,
      },
      {
        key: 'medium_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days allowed to remediate a medium-severity vulnerability.',
        baseline: [{ test: { op: 'max', value: 90 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 90,
      },
      {
        key: 'low_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days allowed to remediate a low-severity vulnerability.',
        baseline: [{ test: { op: 'max', value: 180 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 180,
      },
      {
        key: 'exception_process',
        type: BOOL,
        summary: 'Whether missed deadlines go through a documented exception with compensating controls.',
        standard: true,
      },
    ],
    crosswalk: ['ISO A.8.8', 'NIST SI-2', 'CCM TVM-03', 'CCM TVM-08', 'DORA 30(3)(c)'],
  },

  // 21 -----------------------------------------------------------------------------------------------------------
  {
    id: 'testing.penetration',
    path: ['testing', 'penetration'],
    number: 21,
    title: 'Independent penetration testing',
    group: 'operations',
    mustState:
      'That independent penetration tests covering the internet-facing services run at a fixed interval, that the report and a remediation plan reach the entity, and that the entity may run or commission its own tests and include the provider in red-team exercises.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-11-3-1', '2-11-3-2'],
    otherNca: ['CSCC 2-10-2', 'CCC 2-10-P-1-1', 'NCA TPC template 1.7'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months between penetration tests.',
        baseline: [
          { test: { op: 'max', value: 12 }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'max', value: 12 }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'max', value: 6 }, profile: 'ecc+cscc', severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 2-10-2' },
          { test: { op: 'max', value: 6 }, profile: 'ecc+ccc', severity: 'error', basis: 'nca', source: 'C', origin: 'CCC 2-10-P-1-1 (cloud providers)' },
        ],
        standard: 12,
      },
      {
        key: 'independent_tester',
        type: BOOL,
        summary: 'Whether the tests are done by a tester independent of the team running the service.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'C', origin: 'CSA CCM TVM-06' }],
        standard: true,
      },
      {
        key: 'report_delivery_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days after the test by which the report reaches the entity.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 30,
      },
      {
        key: 'remediation_plan_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days after the report by which the provider delivers its remediation plan.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 30,
      },
      {
        key: 'entity_testing_allowed',
        type: BOOL,
        summary: 'Whether the entity may test the service itself or through a tester it appoints.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'NCA TPC template 1.7' }],
        standard: true,
      },
    ],
    crosswalk: ['DORA 30(3)(d)', 'ISO A.8.8', 'NIST CA-8', 'CCM TVM-06'],
  },

  // 22 -----------------------------------------------------------------------------------------------------------
  {
    id: 'logging.retention_and_access',
    path: ['logging', 'retention_and_access'],
    number: 22,
    title: 'Log retention and entity access',
    group: 'operations',
    mustState:
      'Which security events are logged (privileged actions, remote access, authentication, critical assets), how long logs are kept, how they are protected from tampering and time-synchronised, and how the entity gets to them.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-12-3-1', '2-12-3-2', '2-12-3-5'],
    otherNca: ['CSCC 2-11-2', 'CCC 2-11-P-1-3', 'NCA TPC template 4.6'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'retention_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months security event logs are kept.',
        baseline: [
          { test: { op: 'min', value: 12 }, severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 2-12-3-5' },
          { test: { op: 'min', value: 18 }, profile: 'ecc+cscc', severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 2-11-2' },
        ],
        standard: 12,
      },
      {
        key: 'scope',
        type: { kind: 'list', item: { kind: 'enum', values: ['privileged_activity', 'remote_access', 'auth_events', 'critical_assets'] } },
        summary: 'The kinds of security events that are logged.',
        baseline: [
          {
            test: { op: 'includesAll', values: ['privileged_activity', 'remote_access'] },
            severity: 'warning',
            basis: 'nca',
            source: 'C',
            origin: 'ECC 2-12-3-2',
          },
        ],
        standard: ['privileged_activity', 'remote_access', 'auth_events', 'critical_assets'],
      },
      {
        key: 'entity_access',
        type: { kind: 'enum', values: ['realtime_feed', 'on_request'] },
        summary: 'How the entity reaches the logs: a live feed or on request.',
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'NCA TPC template 4.6' }],
        standard: 'realtime_feed',
      },
      {
        key: 'tamper_protection',
        type: BOOL,
        summary: 'Whether logs are protected against alteration and deletion.',
        standard: true,
      },
    ],
    crosswalk: ['ISO A.8.15', 'NIST AU-2', 'NIST AU-9', 'NIST AU-11', 'CCM LOG-*'],
  },

  // 23 -----------------------------------------------------------------------------------------------------------
  {
    id: 'monitoring.soc_integration',
    path: ['monitoring', 'soc_integration'],
    number: 23,
    title: 'Alert integration and evidence APIs',
    group: 'operations',
    mustState:
      "That the provider's alerts and relevant logs flow to the entity's SOC or SIEM in near real time for agreed use cases, with round-the-clock coverage, and that the entity can pull evidence through an API or portal.",
    anchor: 'derived',
    ecc: ['4-1-3-2', '2-12-3-4'],
    otherNca: ['CCC 1-3-T-1-1', 'CSCC 2-11-1-4'],
    // The catalogue's numbers are design defaults; no NCA text requires alert forwarding to the entity as such.
    basis: 'practice',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'coverage',
        type: { kind: 'enum', values: ['24x7', 'business_hours'] },
        summary: 'Hours during which the provider monitors and forwards alerts.',
        baseline: [
          { test: { op: 'equals', value: '24x7' }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' },
          {
            test: { op: 'equals', value: '24x7' },
            profile: 'ecc+cscc',
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 2-11-1-4 (round-the-clock monitoring)',
          },
        ],
        standard: '24x7',
      },
      {
        key: 'forward_latency_minutes',
        type: { kind: 'int', unit: 'minutes' },
        summary: "Minutes within which an alert reaches the entity's SOC.",
        baseline: [{ test: { op: 'max', value: 15 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 15,
      },
      {
        key: 'formats',
        type: { kind: 'list', item: { kind: 'enum', values: ['syslog', 'cef', 'leef', 'json_api'] } },
        summary: 'Formats in which alerts and logs are delivered.',
        standard: ['syslog', 'json_api'],
      },
      {
        key: 'evidence_api',
        type: BOOL,
        summary: 'Whether the entity can collect evidence through an API or portal.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'equals', value: true }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
        ],
        standard: true,
      },
    ],
    crosswalk: ['DORA 30(3)(e)', 'ISO A.8.16', 'NIST SI-4', 'NIST AU-6', 'NIST CA-7', 'CCM LOG-03', 'CCM LOG-05'],
  },

  // 24 -----------------------------------------------------------------------------------------------------------
  {
    id: 'incident.notification',
    path: ['incident', 'notification'],
    number: 24,
    title: 'Incident notification timelines',
    group: 'incidents',
    mustState:
      'That confirmed and suspected incidents affecting the entity, subcontractor incidents included, are reported within fixed times from detection over named round-the-clock channels, followed by a detailed and a final report.',
    anchor: 'direct',
    ecc: ['4-1-2-2', '2-13-3'],
    otherNca: ['CCC 2-12-P-1-6', 'PDPL IR Art. 24'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'initial_notice_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'Hours from detection to the first notice to the entity.',
        baseline: [
          {
            test: { op: 'max', value: 24 },
            severity: 'warning',
            basis: 'practice',
            source: 'BRIEF',
            origin: 'product brief',
            escalate: {
              test: { op: 'max', value: 72 },
              severity: 'error',
              reason: "leaves no room for the entity's 72-hour PDPL notice to SDAIA",
            },
          },
          { test: { op: 'max', value: 24 }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          // ecc+ccc: CCC 2-12-P-1-6 asks cloud providers to report to tenants in real time. "Real time" is not a number
          // of hours, so it is not expressed as a threshold (a `max` would invent a figure).
        ],
        standard: 24,
      },
      {
        key: 'detailed_report_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'Hours from the initial notice to the detailed incident report.',
        baseline: [{ test: { op: 'max', value: 72 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (DORA RTS 2025/301)' }],
        standard: 72,
      },
      {
        key: 'final_report_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days from detection to the final incident report.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (DORA RTS 2025/301)' }],
        standard: 30,
      },
      {
        key: 'includes_suspected',
        type: BOOL,
        summary: 'Whether suspected incidents must be reported too, not only confirmed ones.',
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'C', origin: 'CSA CCM SEF-07' }],
        standard: true,
      },
      {
        key: 'includes_subcontractors',
        type: BOOL,
        summary: "Whether incidents at the provider's subcontractors must be reported too.",
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: true,
      },
      {
        key: 'channels',
        type: { kind: 'list', item: { kind: 'enum', values: ['phone', 'email', 'ticket', 'api'] } },
        summary: 'The channels used to notify the entity.',
        standard: ['phone', 'email', 'ticket'],
      },
    ],
    crosswalk: [
      'DORA 30(3)(b)',
      'DORA 30(2)(f)',
      'DORA 19 (entity reporting)',
      'EBA ¶75(j)',
      'ISO A.5.24',
      'ISO A.5.26',
      'ISO A.6.8',
      'NIST IR-6',
      'NIST IR-6(3)',
      'NIST SR-8',
      'CCM SEF-07',
      'CCM SEF-08',
      'SAMA 3.4.1(5e)',
    ],
  },

  // 25 -----------------------------------------------------------------------------------------------------------
  {
    id: 'incident.roles_and_communications',
    path: ['incident', 'roles_and_communications'],
    number: 25,
    title: 'Roles, escalation and who speaks',
    group: 'incidents',
    mustState:
      'Who does what on each side during an incident, the escalation matrix and how contact lists are kept current, and that only the entity decides on and handles communication with customers, media and regulators unless the law compels the provider.',
    anchor: 'direct',
    ecc: ['4-1-2-2', '2-13-3-3', '2-13-3-4'],
    otherNca: ['PDPL IR Art. 24'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'raci_ref',
        type: STRING,
        summary: 'Reference to the document assigning incident roles and responsibilities on both sides.',
        standard: 'Annex X (incident RACI)',
      },
      {
        key: 'escalation_matrix_ref',
        type: STRING,
        summary: 'Reference to the escalation matrix and contact list.',
        standard: 'Annex Y (escalation matrix)',
      },
      {
        key: 'external_comms_owner',
        type: { kind: 'enum', values: ['entity', 'provider', 'joint'] },
        summary: 'Who speaks to customers and the media about an incident.',
        baseline: [{ test: { op: 'equals', value: 'entity' }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 'entity',
      },
      {
        key: 'regulator_reporting_owner',
        type: { kind: 'enum', values: ['entity', 'provider'] },
        summary: 'Who reports the incident to NCA, SDAIA and the sector regulator.',
        baseline: [
          {
            test: { op: 'equals', value: 'entity' },
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'design default (ECC 2-13-3-3 and PDPL put reporting on the entity)',
          },
        ],
        standard: 'entity',
      },
      {
        key: 'contacts_review_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'How often the incident contact list is checked and updated.',
        baseline: [{ test: { op: 'max', value: 6 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 6,
      },
    ],
    crosswalk: ['DORA 30(2)(f)', 'DORA 30(2)(g)', 'ISO A.5.5', 'ISO A.5.24', 'NIST IR-7', 'NIST IR-8', 'CCM SEF-08', 'SAMA 3.4.1(5e)'],
  },

  // 26 -----------------------------------------------------------------------------------------------------------
  {
    id: 'incident.forensics_and_containment',
    path: ['incident', 'forensics_and_containment'],
    number: 26,
    title: 'Forensics, preservation, containment',
    group: 'incidents',
    mustState:
      'How evidence is preserved with a chain of custody, that the entity or a firm it appoints gets forensic access, who contains and remediates and who may approve disruptive steps, when the root-cause report is due, and who pays for the assistance.',
    anchor: 'derived',
    ecc: ['4-1-2-2', '2-13-3'],
    otherNca: ['CCC 2-12-P-1-4', 'CCC 2-12-P-1-5'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'evidence_preservation_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Minimum days incident evidence is kept (or until the incident is closed, if later).',
        baseline: [{ test: { op: 'min', value: 90 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 90,
      },
      {
        key: 'forensic_access',
        type: BOOL,
        summary: 'Whether the entity or its appointed investigators get access to systems, logs and images for forensics.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief (CCC 2-12-P-1-5)' },
          { test: { op: 'equals', value: true }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
        ],
        standard: true,
      },
      {
        key: 'chain_of_custody',
        type: BOOL,
        summary: 'Whether evidence is handled with a documented chain of custody.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief (CCC 2-12-P-1-5)' },
          { test: { op: 'equals', value: true }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
        ],
        standard: true,
      },
      {
        key: 'disruptive_actions_need_entity_approval',
        type: BOOL,
        summary: "Whether containment steps that disrupt the service need the entity's approval first.",
        standard: true,
      },
      {
        key: 'rca_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days after the incident by which the root-cause analysis is delivered.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (CCC 2-12-P-1-4)' }],
        standard: 30,
      },
      {
        key: 'assistance_cost',
        type: { kind: 'enum', values: ['included', 'preagreed_rates'] },
        summary: 'Whether incident assistance is included in the fees or charged at rates agreed in advance.',
        baseline: [
          { test: { op: 'oneOf', values: ['included', 'preagreed_rates'] }, severity: 'warning', basis: 'practice', source: 'C', origin: 'DORA 30(2)(f)' },
        ],
        standard: 'included',
      },
    ],
    crosswalk: ['DORA 30(2)(f)', 'ISO A.5.26', 'ISO A.5.27', 'ISO A.5.28', 'NIST IR-4', 'NIST AU-9', 'CCM SEF (forensics)'],
  },

  // 27 -----------------------------------------------------------------------------------------------------------
  {
    id: 'incident.ir_plan_and_exercise',
    path: ['incident', 'ir_plan_and_exercise'],
    number: 27,
    title: 'Provider IR plan and joint exercise',
    group: 'incidents',
    mustState:
      "That the provider maintains an incident-response plan in line with the entity's playbooks and shares it, and that both parties hold a joint tabletop exercise at a fixed interval.",
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-13-3-1', '3-1-3-2'],
    otherNca: ['CCC 2-12-P-1-3'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'provider_ir_plan',
        type: BOOL,
        summary: 'Whether the provider keeps an incident-response plan for the service.',
        standard: true,
      },
      {
        key: 'plan_shared',
        type: BOOL,
        summary: 'Whether that plan is given to the entity.',
        standard: true,
      },
      {
        key: 'joint_exercise_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months between joint incident exercises of entity and provider.',
        baseline: [
          { test: { op: 'max', value: 12 }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'max', value: 12 }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
        ],
        standard: 12,
      },
    ],
    crosswalk: ['DORA 30(3)(c)', 'DORA 30(2)(i)', 'ISO A.5.24', 'NIST IR-3', 'NIST IR-8', 'CCM SEF-04'],
  },

  // 28 -----------------------------------------------------------------------------------------------------------
  {
    id: 'resilience.bcp_dr_backup',
    path: ['resilience', 'bcp_dr_backup'],
    number: 28,
    title: 'Continuity, DR and backup',
    group: 'operations',
    mustState:
      'The continuity and disaster-recovery arrangements for the service with recovery time and recovery point objectives, how often DR is tested, how often backups are taken, that backups are encrypted, and how often restores are tested.',
    anchor: 'derived',
    ecc: ['4-1-3-1', '2-9-3', '3-1-3'],
    otherNca: ['CSCC 3-1-1-3', 'CSCC 2-8-1-2', 'CSCC 2-8-2'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'rto_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'Hours within which the service must be running again after a disruption (recovery time objective).',
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (no default value)' }],
        // no standard: the catalogue sets no default RTO; snippets use a placeholder
      },
      {
        key: 'rpo_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'Hours of data that may be lost at most in a disruption (recovery point objective).',
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (no default value)' }],
        // no standard: the catalogue sets no default RPO; snippets use a placeholder
      },
      {
        key: 'dr_test_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months between disaster-recovery tests.',
        baseline: [
          { test: { op: 'max', value: 12 }, severity: 'warning', basis: 'nca', source: 'C', origin: 'CSCC 3-1-1-3' },
          { test: { op: 'max', value: 12 }, profile: 'ecc+cscc', severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 3-1-1-3 (yearly DR test)' },
        ],
        standard: 12,
      },
      {
        key: 'backup_frequency_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'Hours between backups.',
        baseline: [
          // CSCC 2-8-1-2 only recommends daily backups (the control asks for planned intervals), hence a warning.
          {
            test: { op: 'max', value: 24 },
            profile: 'ecc+cscc',
            severity: 'warning',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 2-8-1-2 (daily backups recommended)',
          },
        ],
        standard: 24,
      },
      {
        key: 'backup_encrypted',
        type: BOOL,
        summary: 'Whether backups are encrypted.',
        standard: true,
      },
      {
        key: 'restore_test_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months between tests that restoring from backup works.',
        baseline: [
          { test: { op: 'max', value: 12 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' },
          { test: { op: 'max', value: 3 }, profile: 'ecc+cscc', severity: 'error', basis: 'nca', source: 'C', origin: 'CSCC 2-8-2' },
        ],
        standard: 12,
      },
    ],
    crosswalk: [
      'DORA 30(3)(c)',
      'EBA ¶75(l)',
      'ISO A.5.29',
      'ISO A.5.30',
      'ISO A.8.13',
      'NIST CP-2',
      'NIST CP-4',
      'NIST CP-9',
      'CCM BCR',
    ],
  },

  // 29 -----------------------------------------------------------------------------------------------------------
  {
    id: 'assurance.right_to_audit',
    path: ['assurance', 'right_to_audit'],
    number: 29,
    title: 'Right to audit and to test',
    group: 'assurance',
    mustState:
      'That the entity, an auditor it appoints and the competent authorities may audit and inspect the provider and its subcontractors, on site and remotely, with set notice periods, frequency and duties to cooperate, and that the entity may test compliance.',
    // The table prints 4-1-4 in bold but not as "direct": 4-1-4 asks for periodic review, not an audit right as such.
    anchor: 'derived',
    ecc: ['4-1-4', '4-1-3-1', '1-8'],
    otherNca: ['NCA TPC template 1.7', 'NCA TPC template 8.1'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'auditors',
        type: { kind: 'list', item: { kind: 'enum', values: ['entity', 'appointed_auditor', 'nca', 'sector_regulator'] } },
        summary: 'Who may audit the provider.',
        baseline: [
          {
            test: { op: 'includesAll', values: ['entity', 'appointed_auditor', 'nca', 'sector_regulator'] },
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'design default',
          },
        ],
        standard: ['entity', 'appointed_auditor', 'nca', 'sector_regulator'],
      },
      {
        key: 'routine_notice_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Longest notice the entity must give before a routine audit.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 30,
      },
      {
        key: 'for_cause_notice_hours',
        type: { kind: 'int', unit: 'hours' },
        summary: 'Longest notice before an audit triggered by an incident or suspected breach.',
        baseline: [{ test: { op: 'max', value: 48 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 48,
      },
      {
        key: 'min_per_year',
        type: { kind: 'int', unit: 'count' },
        summary: 'How many routine audits per year the entity may at least carry out.',
        baseline: [{ test: { op: 'min', value: 1 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 1,
      },
      {
        key: 'covers_subcontractors',
        type: BOOL,
        summary: "Whether the audit right reaches the provider's subcontractors.",
        baseline: [{ test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: true,
      },
      {
        key: 'compliance_testing_allowed',
        type: BOOL,
        summary: 'Whether the entity may test that the provider meets its requirements.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'nca', source: 'C', origin: 'NCA TPC template 1.7 and 8.1' },
        ],
        standard: true,
      },
    ],
    crosswalk: [
      'DORA 30(3)(e)(i)-(iv)',
      'EBA ¶75(h)',
      'EBA ¶75(p)',
      'EBA §13.3',
      'ISO A.5.22',
      'ISO A.5.35',
      'NIST SA-9(c)',
      'NIST SR-6',
      'SAMA 3.4.1(4c)',
      'CCM STA-09 (audit)',
      'CCM A&A-02',
      'UAE T6.2.2',
    ],
  },

  // 30 -----------------------------------------------------------------------------------------------------------
  {
    id: 'assurance.attestations',
    path: ['assurance', 'attestations'],
    number: 30,
    title: 'Certifications and independent reports',
    group: 'assurance',
    mustState:
      'Which certifications or independent reports covering the in-scope services the provider keeps, how often they are delivered, how exceptions are handled, when bridge letters cover gaps, and that losing a certification is notified.',
    anchor: 'derived',
    ecc: ['4-1-4', '4-1-3-1'],
    otherNca: ['CSCC 4-2-1-1'],
    basis: 'practice',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'required',
        type: {
          kind: 'list',
          item: { kind: 'enum', values: ['iso27001', 'soc2_type2', 'csa_star_l2', 'nca_ccc_compliance', 'pci_dss', 'iso22301'] },
        },
        summary: 'The attestations the provider must hold for the in-scope services.',
        baseline: [
          { test: { op: 'includesAny', values: ['iso27001', 'soc2_type2'] }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          {
            test: { op: 'includesAny', values: ['iso27001', 'soc2_type2'] },
            profile: 'brief-strict',
            severity: 'error',
            basis: 'practice',
            source: 'BRIEF',
            origin: 'product brief',
          },
          {
            test: { op: 'includesAll', values: ['nca_ccc_compliance'] },
            when: ['critical_systems', 'cloud_or_hosting'],
            severity: 'error',
            basis: 'nca',
            source: 'C',
            origin: 'CSCC 4-2-1-1 (critical systems only on CCC-compliant clouds)',
          },
        ],
        standard: ['iso27001', 'soc2_type2'],
      },
      {
        key: 'delivery_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months between deliveries of current certificates or reports to the entity.',
        baseline: [
          { test: { op: 'max', value: 12 }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'max', value: 12 }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
        ],
        standard: 12,
      },
      {
        key: 'max_report_age_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'How old, at most, the period covered by a delivered report may be.',
        baseline: [{ test: { op: 'max', value: 12 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 12,
      },
      {
        key: 'bridge_letter_gap_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'The gap after a report period beyond which a bridge letter is owed.',
        baseline: [{ test: { op: 'max', value: 3 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 3,
      },
      {
        key: 'loss_notice_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days within which the provider reports losing or narrowing a certification.',
        baseline: [{ test: { op: 'max', value: 5 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 5,
      },
    ],
    crosswalk: [
      'DORA 30(3)(e)(ii)',
      'EBA §13.3 (certifications, pooled audits)',
      'ISO A.5.22',
      'NIST SA-9(c)',
      'NIST SR-6',
      'CCM A&A-02',
      'CCM STA-14',
    ],
  },

  // 31 -----------------------------------------------------------------------------------------------------------
  {
    id: 'reporting.security_reports',
    path: ['reporting', 'security_reports'],
    number: 31,
    title: 'Monthly report and quarterly posture review',
    group: 'assurance',
    mustState:
      'A monthly security report with agreed contents and a delivery deadline, defined performance indicators, and a posture review meeting every quarter.',
    anchor: 'derived',
    ecc: ['4-1-4', '4-1-3-1'],
    otherNca: ['NCA TPC template 1.8'],
    basis: 'practice',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'monthly_report',
        type: BOOL,
        summary: 'Whether the provider sends a security report every month.',
        baseline: [
          { test: { op: 'equals', value: true }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'equals', value: true }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
        ],
        standard: true,
      },
      {
        key: 'monthly_delivery_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days after month end by which the monthly report arrives.',
        // catalogue: 10 business days; the key counts calendar days, so 14.
        baseline: [{ test: { op: 'max', value: 14 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default (10 business days)' }],
        standard: 14,
      },
      {
        key: 'contents',
        type: {
          kind: 'list',
          item: {
            kind: 'enum',
            values: ['incidents', 'vulnerabilities', 'patch_compliance', 'access_changes', 'sla_metrics', 'subcontractor_changes', 'threat_intel'],
          },
        },
        summary: 'The topics every monthly report covers.',
        baseline: [{ test: { op: 'present' }, severity: 'info', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: ['incidents', 'vulnerabilities', 'patch_compliance', 'access_changes', 'sla_metrics', 'subcontractor_changes'],
      },
      {
        key: 'posture_review_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months between security posture review meetings.',
        baseline: [
          { test: { op: 'max', value: 3 }, severity: 'warning', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
          { test: { op: 'max', value: 3 }, profile: 'brief-strict', severity: 'error', basis: 'practice', source: 'BRIEF', origin: 'product brief' },
        ],
        standard: 3,
      },
      {
        key: 'kpis',
        type: STRING_LIST,
        summary: "The performance indicators used to measure the provider's security service.",
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'NCA TPC template 1.8' }],
        standard: ['Share of critical vulnerabilities fixed within SLA', 'Mean time to notify incidents', 'Share of accounts reviewed'],
      },
    ],
    crosswalk: [
      'DORA 30(3)(a)',
      'DORA 30(3)(b)',
      'EBA ¶75(i)',
      'EBA ¶75(j)',
      'ISO A.5.22',
      'NIST CA-7',
      'NIST SA-9(c)',
      'CCM TVM-09',
      'CCM TVM-10',
      'UAE T6.2.2',
    ],
  },

  // 32 -----------------------------------------------------------------------------------------------------------
  {
    id: 'governance.periodic_review',
    path: ['governance', 'periodic_review'],
    number: 32,
    title: 'Periodic review of the appendix',
    group: 'assurance',
    mustState:
      'That the parties review these security requirements at a fixed interval and when triggered (regulatory change, major incident, service change), and amend the appendix as a result.',
    anchor: 'direct',
    ecc: ['4-1-4'],
    otherNca: ['NCA TPC template (yearly review)'],
    basis: 'nca',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'review_interval_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months between scheduled reviews of the appendix.',
        baseline: [{ test: { op: 'max', value: 12 }, severity: 'warning', basis: 'nca', source: 'C', origin: 'NCA TPC template (yearly review)' }],
        standard: 12,
      },
      {
        key: 'triggers',
        // The catalogue does not list the values; clause 3's trigger list is reused.
        type: { kind: 'list', item: { kind: 'enum', values: REVIEW_TRIGGERS } },
        summary: 'Events that force a review outside the schedule.',
        baseline: [
          { test: { op: 'includesAll', values: ['regulatory_change'] }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 4-1-3-1' },
        ],
        standard: ['regulatory_change', 'major_incident', 'material_service_change'],
      },
      {
        key: 'amendment_process',
        type: BOOL,
        summary: 'Whether an agreed process turns review results into appendix amendments.',
        standard: true,
      },
    ],
    crosswalk: ['ISO A.5.22', 'NIST SA-9', 'CCM STA-10', 'SAMA 3.4.1(3)', 'UAE T6.2.3'],
  },

  // 33 -----------------------------------------------------------------------------------------------------------
  {
    id: 'exit.data_return',
    path: ['exit', 'data_return'],
    number: 33,
    title: 'Return of data in usable format',
    group: 'exit',
    mustState:
      'That on termination, expiry, insolvency or discontinuation the provider hands back all entity data (and, where agreed, configurations, logs and documentation) in an agreed usable format within a fixed time.',
    // Direct only for cloud/hosting (ECC 4-2-3-1); see the note on clause 13.
    anchor: 'direct',
    ecc: ['4-2-3-1', '4-1-2-1'],
    otherNca: ['CCC 2-6-T-1-2', 'CCC 2-6-P-1-5'],
    basis: 'nca',
    missing: { severity: 'warning', escalations: [{ when: ['cloud_or_hosting'], severity: 'error' }] },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'return_within_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days after the end of the service by which all data has been returned.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 30,
      },
      {
        key: 'formats',
        type: STRING_LIST,
        summary: 'The agreed, usable formats in which data is returned.',
        baseline: [
          { test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'ECC 4-2-3-1 (usable format)' },
          { test: { op: 'present' }, when: ['cloud_or_hosting'], severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-2-3-1 (usable format)' },
          { test: { op: 'present' }, profile: 'ecc+ccc', severity: 'error', basis: 'nca', source: 'C', origin: 'ECC 4-2-3-1; CCC 2-6-P-1-5' },
        ],
        standard: ['CSV', 'JSON'],
      },
      {
        key: 'includes',
        type: { kind: 'list', item: { kind: 'enum', values: ['data', 'configurations', 'logs', 'documentation', 'keys'] } },
        summary: 'What is handed back besides the data itself.',
        standard: ['data', 'configurations', 'logs', 'documentation'],
      },
      {
        key: 'triggers',
        type: { kind: 'list', item: { kind: 'enum', values: ['termination', 'expiry', 'insolvency', 'discontinuation'] } },
        summary: 'The events on which the return duty arises.',
        baseline: [{ test: { op: 'includesAll', values: ['insolvency'] }, severity: 'warning', basis: 'practice', source: 'C', origin: 'DORA 30(2)(d)' }],
        standard: ['termination', 'expiry', 'insolvency', 'discontinuation'],
      },
    ],
    crosswalk: ['DORA 30(2)(d)', 'EBA ¶75(m)', 'ISO A.5.23', 'CCM STA-09 (portability)', 'CCM IPY-01'],
  },

  // 34 -----------------------------------------------------------------------------------------------------------
  {
    id: 'exit.secure_deletion',
    path: ['exit', 'secure_deletion'],
    number: 34,
    title: 'Secure deletion with evidence',
    group: 'exit',
    mustState:
      'That after the return the provider and its subcontractors securely erase all entity data, backups and copies included, by a named method within fixed times, prove it with a certificate or other verifiable evidence, and list any retention the law requires.',
    anchor: 'direct',
    ecc: ['4-1-2-1'],
    otherNca: ['CCC 2-6-P-1-3', 'NCA TPC template 7.3'],
    basis: 'nca',
    missing: { severity: 'error' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'delete_within_days_after_return',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days after the data return by which live copies are erased.',
        baseline: [{ test: { op: 'max', value: 30 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 30,
      },
      {
        key: 'backups_purged_within_days',
        type: { kind: 'int', unit: 'days' },
        summary: 'Days by which backup copies are erased too.',
        baseline: [{ test: { op: 'max', value: 90 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 90,
      },
      {
        key: 'method',
        type: { kind: 'enum', values: ['nist_800_88_clear', 'nist_800_88_purge', 'nist_800_88_destroy', 'crypto_erase'] },
        summary: 'The sanitisation method used.',
        // Catalogue: "purge or crypto-erase"; destroy is stronger than purge and is accepted too.
        baseline: [
          {
            test: { op: 'oneOf', values: ['nist_800_88_purge', 'nist_800_88_destroy', 'crypto_erase'] },
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'design default (NIST SP 800-88)',
          },
        ],
        standard: 'nist_800_88_purge',
      },
      {
        key: 'evidence',
        type: { kind: 'enum', values: ['certificate', 'witnessed', 'tool_report'] },
        summary: 'The proof of deletion handed to the entity.',
        baseline: [{ test: { op: 'present' }, severity: 'warning', basis: 'nca', source: 'C', origin: 'NCA TPC template 7.3' }],
        standard: 'certificate',
      },
      {
        key: 'retention_exceptions',
        type: STRING_LIST,
        summary: 'Data the provider must keep by law after exit, with the legal reason.',
      },
    ],
    crosswalk: [
      'ISO A.8.10',
      'ISO A.7.14',
      'NIST MP-6',
      'NIST SR-12',
      'CCM DSP-02',
      'SAMA 3.4.1(5f)',
      'SAMA finance-company outsourcing rules (p)',
    ],
  },

  // 35 -----------------------------------------------------------------------------------------------------------
  {
    id: 'exit.transition_assistance',
    path: ['exit', 'transition_assistance'],
    number: 35,
    title: 'Exit plan, transition and termination rights',
    group: 'exit',
    mustState:
      "An exit plan, a transition period with the service continuing, knowledge transfer, withdrawal of all provider access at exit, and the entity's rights to terminate (breach, security failure, regulator request, insolvency, change of control).",
    anchor: 'derived',
    ecc: ['4-1-2-1', '4-1-3-2'],
    otherNca: ['CCC 2-6-T-1-1'],
    basis: 'practice',
    missing: { severity: 'warning' },
    params: [
      ...CONVENTION_PARAMS,
      {
        key: 'exit_plan',
        type: BOOL,
        summary: 'Whether a documented exit plan exists for the service.',
        standard: true,
      },
      {
        key: 'transition_months',
        type: { kind: 'int', unit: 'months' },
        summary: 'Months the provider keeps running the service while it is moved.',
        baseline: [{ test: { op: 'min', value: 3 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 3,
      },
      {
        key: 'access_revoked_hours_after_exit',
        type: { kind: 'int', unit: 'hours' },
        summary: 'Hours after exit by which every provider account and access path is removed.',
        baseline: [{ test: { op: 'max', value: 24 }, severity: 'warning', basis: 'practice', source: 'I', origin: 'design default' }],
        standard: 24,
      },
      {
        key: 'termination_rights',
        type: {
          kind: 'list',
          item: {
            kind: 'enum',
            values: ['material_breach', 'security_failure', 'regulator_request', 'insolvency', 'change_of_control', 'soc_relocation_abroad'],
          },
        },
        summary: 'The grounds on which the entity may end the contract.',
        baseline: [
          {
            test: { op: 'includesAll', values: ['security_failure', 'regulator_request'] },
            severity: 'warning',
            basis: 'practice',
            source: 'C',
            origin: 'DORA 28(7), 30(2)(h)',
          },
          {
            test: { op: 'includesAll', values: ['soc_relocation_abroad'] },
            when: ['soc_applies'],
            severity: 'warning',
            basis: 'practice',
            source: 'I',
            origin: 'design default (ties to ECC 4-1-3-2)',
          },
        ],
        standard: ['material_breach', 'security_failure', 'regulator_request', 'insolvency', 'change_of_control', 'soc_relocation_abroad'],
      },
    ],
    crosswalk: [
      'DORA 30(2)(h)',
      'DORA 30(3)(f)',
      'DORA 28(8)',
      'EBA ¶75(q)',
      'EBA §13.4',
      'EBA §15',
      'ISO A.5.20',
      'CCM STA-09 (termination)',
      'SAMA 3.4.1(5f)',
      'SAMA 3.4.2',
    ],
  },
];
