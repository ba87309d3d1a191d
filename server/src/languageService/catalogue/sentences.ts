/**
 * Sentence templates for rendering an appendix as the contract's security schedule (docs/render.md), kept as data
 * beside the catalogue: one entry per clause and language. Our own legal wording; nothing here is taken from a
 * published contract. Teams may override an entry from their snippet library (render/overrides.ts validates it).
 *
 * Template syntax (parsed by render/template.ts):
 *   {key}            the value of the clause's parameter `key` (nested: `at_rest.level`), with its unit ("24 hours")
 *   {key:or}         a list joined with "or" instead of "and";  {key:n}  a number without its unit
 *   {key?A|B}        a boolean: A when true, B when false; any other type: A when stated, B when not
 *   {key=v?A|B}      A when the value is exactly `v` (an enum value, or `indefinite`), else B
 * A and B may hold placeholders. An absent parameter the catalogue requires renders as "[missing: key]"; an absent
 * optional parameter drops the sentence that names it, so each optional parameter sits in a sentence of its own.
 * `values` gives the words for enum values; `items` the template for one entry of a list of mappings.
 * Every parameter of a clause appears in its sentences (a test checks it), so no agreed term goes unsaid.
 */
import type { Clause, Condition } from './types';

export type RenderLang = 'en' | 'ar';

export interface ClauseSentences {
  /** Heading of the clause in the schedule. */
  title: string;
  /** The clause's sentences, in order; rendered as one paragraph. */
  sentences: readonly string[];
  /** Words for enum values, by parameter path (`tier` -> `tier1` -> "Tier 1"). */
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Template for one entry of an object-list parameter (`centres` -> "{name} ({city}, {country})"). */
  items?: Readonly<Record<string, string>>;
}

/** A row of the service-level table: a time limit from a clause, restated. */
export interface SlaRow {
  clause: string;
  param: string;
  label: string;
}

/** Fixed wording of the schedule around the clauses. `{name}` marks a slot the renderer fills. */
export interface FrameWords {
  defaultTitle: string;
  /** Slots: {contract} (may be empty), {customer}, {customerType}, {provider}, {providerCountry}. */
  intro: string;
  /** Slot {ref}: the contract reference. */
  introContract: string;
  introNoContract: string;
  customerTypes: Readonly<Record<string, string>>;
  providerCountry: string;
  definitions: string;
  eccNote: string;
  meta: {
    id: string;
    version: string;
    signedOn: string;
    effectiveFrom: string;
    term: string;
    lastReviewedOn: string;
  };
  missing: string;
  invalid: string;
  /** Slot {reason}: the condition under which the clause is required. */
  notApplicable: string;
  conditions: Readonly<Record<Condition, string>>;
  note: string;
  /** Slot {ids}. */
  subjectToException: string;
  annexTitle: string;
  annexIntro: string;
  annexFields: {
    clause: string;
    deviation: string;
    compensatingControls: string;
    riskRef: string;
    approvedBy: string;
    approvedOn: string;
    expiresOn: string;
  };
  slaTitle: string;
  slaNote: string;
  slaHeaders: readonly [string, string, string];
  slaMissingClause: string;
  signatureTitle: string;
  signCustomer: string;
  signProvider: string;
  signFields: readonly string[];
  initials: string;
  page: string;
  months: readonly string[];
  /** Joiners for lists. */
  and: string;
  or: string;
  yes: string;
  no: string;
  indefinite: string;
}

export interface LanguageSentences {
  lang: RenderLang;
  dir: 'ltr' | 'rtl';
  clauses: Readonly<Record<string, ClauseSentences>>;
  groups: Readonly<Record<Clause['group'], string>>;
  sla: readonly SlaRow[];
  frame: FrameWords;
}

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

const EN_TRIGGERS = {
  regulatory_change: 'a change to the laws or regulations that apply to the Services',
  material_service_change: 'a material change to the Services',
  major_incident: 'a major Security Incident',
  subcontractor_change: 'a change of subcontractor',
  annual: 'the end of each contract year',
};

const EN_CLAUSES: Record<string, ClauseSentences> = {
  'scope.services': {
    title: 'Services and applicability',
    sentences: [
      'The Services are: {services}.',
      'The Services are provided as {engagement_types}.',
      'The Services {critical_systems?involve|do not involve} critical systems within the meaning of the Critical Systems Cybersecurity Controls (CSCC-1:2019); they {personal_data?involve|do not involve} the processing of personal data; and they {cloud_or_hosting?involve|do not involve} cloud computing or hosting services.',
    ],
    values: {
      engagement_types: {
        it_outsourcing: 'information technology outsourcing',
        cybersecurity_outsourcing: 'cybersecurity outsourcing',
        managed_services: 'managed services',
        managed_security_services: 'managed security services',
        cloud_hosting: 'cloud computing or hosting services',
        software_supply: 'supply of software',
        consulting: 'consulting services',
      },
    },
  },
  'risk.pre_contract_assessment': {
    title: 'Risk assessment before signature',
    sentences: [
      'Before the Contract was signed, the Customer completed a cybersecurity risk assessment of the Provider and the Services on {completed_on} (reference {assessment_ref}).',
      '{mitigations_confirmed?The parties confirm that the controls required by that assessment to mitigate the risks it identified are in place, including the controls set out in this Schedule.|The parties do not confirm that the controls required by that assessment are in place.}',
      'The residual risk was accepted on behalf of the Customer by its {residual_risk_accepted_by}.',
    ],
  },
  'risk.regulatory_change_reassessment': {
    title: 'Re-assessment of risk',
    sentences: [
      'The Customer shall repeat the cybersecurity risk assessment, and the parties shall agree and implement any further mitigations it calls for, within {reassess_within_days} after any of the following: {triggers:or}.',
      '{provider_cooperation?The Provider shall cooperate with each re-assessment, supply the information it needs and negotiate in good faith any amendment to the Contract that it shows to be needed.|The Provider has no duty under this Schedule to cooperate with re-assessments.}',
    ],
    values: { triggers: EN_TRIGGERS },
  },
  'compliance.entity_requirements': {
    title: 'Customer policies and applicable regulations',
    sentences: [
      'The Provider shall comply with the following cybersecurity policies and standards of the Customer, in the versions stated: {policies_incorporated}.',
      'The Provider shall comply with {regulations}, to the extent that they apply to the Services.',
      'If the Provider cannot meet any of these requirements, it shall notify the Customer in writing within {noncompliance_notice_days} of becoming aware of it.',
    ],
    values: {
      regulations: {
        'ecc-2:2024': 'the Essential Cybersecurity Controls (ECC-2:2024)',
        'cscc-1:2019': 'the Critical Systems Cybersecurity Controls (CSCC-1:2019)',
        'ccc-2:2024': 'the Cloud Cybersecurity Controls (CCC-2:2024)',
        'otcc-1:2022': 'the Operational Technology Cybersecurity Controls (OTCC-1:2022)',
        'dcc-1:2022': 'the Data Cybersecurity Controls (DCC-1:2022)',
        pdpl: 'the Personal Data Protection Law',
        ndmo: 'the data management and protection standards of the National Data Management Office',
        'sama-csf': 'the Cyber Security Framework of the Saudi Central Bank',
        'npmsoc-1:2024': 'the National Policy for Managed Security Operations Centre Services (NPMSOC-1:2024)',
      },
    },
  },
  'soc.location_ksa': {
    title: 'Monitoring and operations centres',
    sentences: [
      "{applies?The Services include monitoring or operating the Customer's environment by remote access.|The Services do not include monitoring or operating the Customer's environment by remote access.}",
      "The Provider shall monitor and operate the Customer's environment by remote access only from the following centres: {centres}.",
      "{offshore_support_allowed?Support teams located outside the Kingdom of Saudi Arabia may access the Customer's environment.|No team located outside the Kingdom of Saudi Arabia, including any offshore or follow-the-sun support tier, shall have access to the Customer's environment.}",
      "Remote access to the Customer's systems shall originate only from {remote_access_origin_countries:or}.",
    ],
    items: { centres: '{name} ({city}, {country})' },
  },
  'soc.msoc_license': {
    title: 'Managed security operations licence',
    sentences: [
      'The Provider holds {tier} licence {license_number}, issued by the National Cybersecurity Authority for managed security operations centre services and valid until {expires_on}.',
      'The licensee {ksa_legal_entity?is|is not} a legal entity established in the Kingdom of Saudi Arabia.',
      'The Provider shall notify the Customer within {notify_license_change_days} of any suspension, cancellation or transfer of that licence.',
    ],
    values: { tier: { tier1: 'Tier 1', tier2: 'Tier 2' } },
  },
  'personnel.screening_and_undertakings': {
    title: 'Personnel screening and awareness',
    sentences: [
      "{screening_before_access?The Provider shall complete background screening of each member of its own and its subcontractors' personnel before that person receives access to the Customer's systems or data.|Personnel need not be screened before they receive access to the Customer's systems or data.}",
      "{undertaking_before_access?Every person who is to receive access to the Customer's systems or data shall first sign a confidentiality undertaking.|Personnel need not sign a confidentiality undertaking before they receive access.}",
      "The Provider shall train its personnel assigned to the Services in the Customer's cybersecurity requirements at least once every {awareness_interval_months}.",
      "{critical_systems_saudi_provider?Outsourced and managed services for the Customer's critical systems shall be provided by a Saudi company.|Services for critical systems need not be provided by a Saudi company.}",
    ],
  },
  'access.mfa': {
    title: 'Multi-factor authentication',
    sentences: [
      'The Provider shall use multi-factor authentication for {required_for}.',
      '{phishing_resistant_privileged?Privileged accounts shall use phishing-resistant factors, such as hardware security keys or smart cards.|Privileged accounts need not use phishing-resistant factors.}',
    ],
    values: {
      required_for: {
        remote: 'all remote access',
        privileged: 'all privileged accounts',
        all_interactive: 'every interactive login',
        webmail: 'web access to email',
      },
    },
  },
  'access.least_privilege': {
    title: 'Least privilege and named accounts',
    sentences: [
      'The Provider shall give its personnel only the access they need to perform the Services, on a need-to-know and need-to-use basis.',
      '{named_accounts_only?Each person shall use a personal, named account.|Personal, named accounts are not required.}',
      '{shared_accounts_prohibited?Shared and generic accounts are prohibited.|Shared or generic accounts are permitted.}',
      '{segregation_of_duties?Conflicting duties shall be assigned to different persons.|Conflicting duties need not be assigned to different persons.}',
      "{entity_approval_before_access?Each grant of access to the Customer's assets requires the Customer's prior approval.|Access to the Customer's assets may be granted without the Customer's prior approval.}",
    ],
  },
  'access.privileged_access': {
    title: 'Privileged access',
    sentences: [
      '{vaulting?The Provider shall store and issue privileged credentials only through a credential vault.|Privileged credentials need not be held in a credential vault.}',
      '{session_recording?Privileged sessions shall be recorded, and the Customer may review the recordings.|Privileged sessions need not be recorded.}',
      'Any temporary elevation of privileges shall last no longer than {jit_max_hours}.',
      '{break_glass_procedure?The Provider shall maintain a documented emergency (break-glass) access procedure.|No emergency (break-glass) access procedure is required.}',
      '{entity_can_kill_session?The Customer may end any session of the Provider immediately.|The Customer has no right to end sessions of the Provider immediately.}',
    ],
  },
  'access.review_and_revocation': {
    title: 'Access review and revocation',
    sentences: [
      'The Provider shall review all accounts and access rights of its personnel at least once every {review_interval_months}.',
      '{review_results_to_entity?The Provider shall give the results of each review to the Customer.|The results of reviews need not be given to the Customer.}',
      "The Provider shall withdraw a person's access within {revocation_hours} after that person leaves the Services or changes role.",
    ],
  },
  'data.confidentiality': {
    title: 'Confidentiality',
    sentences: [
      'The Provider shall keep Customer Data and all other information of the Customer confidential and shall use it only to perform the Services.',
      '{survives_termination_years=indefinite?This obligation survives the end of the Contract without limit of time.|This obligation survives the end of the Contract for {survives_termination_years}.}',
      '{compelled_disclosure_notice?If the law compels the Provider to disclose such information, the Provider shall, where lawful, notify the Customer before disclosing it and disclose no more than is required.|The Provider need not notify the Customer before a disclosure compelled by law.}',
      '{flow_down?The Provider shall impose the same obligations on its personnel and subcontractors.|The Provider need not impose these obligations on its personnel and subcontractors.}',
    ],
  },
  'data.classification_handling': {
    title: 'Data classification',
    sentences: [
      'The Customer Data handled under the Services is classified at the following levels: {levels_in_scope}.',
      "{handling_per_entity_policy?The Provider shall protect each item of Customer Data as the Customer's data classification policy requires for its level.|The Provider is not bound by the Customer's data classification policy.}",
    ],
    values: { levels_in_scope: { top_secret: 'Top Secret', secret: 'Secret', restricted: 'Restricted', public: 'Public' } },
  },
  'data.encryption': {
    title: 'Encryption',
    sentences: [
      '{at_rest.required?The Provider shall encrypt Customer Data wherever it is stored, in accordance with {at_rest.standard} at the {at_rest.level} level.|Customer Data need not be encrypted when stored; where it is, {at_rest.standard} applies at the {at_rest.level} level.}',
      '{in_transit.required?The Provider shall encrypt Customer Data whenever it is transmitted over a network, using TLS version {in_transit.tls_min} or later.|Customer Data need not be encrypted in transit; where it is, TLS version {in_transit.tls_min} or later applies.}',
    ],
    values: {
      'at_rest.standard': { 'ncs-1:2020': 'the National Cryptographic Standards (NCS-1:2020)' },
      'at_rest.level': { moderate: 'moderate', advanced: 'advanced' },
      'in_transit.tls_min': { '1.2': '1.2', '1.3': '1.3' },
    },
  },
  'data.key_management': {
    title: 'Encryption keys',
    sentences: [
      'The keys that protect Customer Data shall be {custody}.',
      '{ownership_defined?The Customer owns all of those keys.|This Schedule does not state who owns those keys.}',
      'The keys shall be rotated at least once every {rotation_months}.',
      "{escrow_outside_provider?A backup of the keys shall be held outside the Provider's environment so that Customer Data can be recovered if the keys are lost.|No backup of the keys outside the Provider's environment is required.}",
    ],
    values: {
      custody: {
        customer_held: 'held by the Customer',
        customer_managed_kms: 'managed by the Customer through a key management service',
        provider_managed: 'managed by the Provider',
      },
    },
  },
  'data.segregation': {
    title: 'Segregation',
    sentences: [
      "The Customer's environment shall be separated from the environments of the Provider's other clients {tenant_isolation}.",
      '{prod_data_in_nonprod}',
    ],
    values: {
      tenant_isolation: { logical: 'by logical controls', dedicated: 'by running on resources dedicated to the Customer' },
      prod_data_in_nonprod: {
        prohibited: 'Production Customer Data shall not be used in test or development environments.',
        masked_only: 'Production Customer Data may be used in test or development environments only in masked form.',
        allowed: 'Production Customer Data may be used in test or development environments.',
      },
    },
  },
  'data.location_and_transfer': {
    title: 'Location of data',
    sentences: [
      'Customer Data, including backups and copies, shall be stored only in {storage_countries:or}, processed only in {processing_countries:or} and accessed only from {access_countries:or}.',
      'The Provider shall give the Customer written notice at least {change_notice_days} before any change to these locations.',
      "{change_requires_approval?No such change shall take effect without the Customer's prior written approval.|A change of location does not require the Customer's approval.}",
      'Any transfer of Customer Data outside the Kingdom of Saudi Arabia relies on the following legal basis: {transfer_basis}.',
    ],
  },
  'subcontracting.control': {
    title: 'Subcontracting',
    sentences: [
      '{policy}',
      'The Provider shall notify the Customer at least {change_notice_days} before adding or replacing a subcontractor.',
      '{right_to_object?The Customer may object to such a change before it takes effect.|The Customer has no right to object to such a change.}',
      '{register_provided?The Provider shall keep a register of its approved subcontractors and give it to the Customer on request and after each change.|The Provider need not keep a register of subcontractors for the Customer.}',
      '{flow_down?The Provider shall bind each subcontractor to security obligations no less strict than those in this Schedule.|Subcontractors need not be bound by the obligations in this Schedule.}',
      'The Provider remains responsible for the acts and omissions of its subcontractors.',
    ],
    values: {
      policy: {
        prohibited: 'The Provider shall not subcontract any part of the Services.',
        prior_written_approval: "The Provider shall not subcontract any part of the Services without the Customer's prior written approval.",
        notice_only: 'The Provider may subcontract parts of the Services after notifying the Customer.',
      },
    },
  },
  'vuln.scanning': {
    title: 'Vulnerability scanning',
    sentences: [
      'The Provider shall scan the internet-facing assets of the Services for vulnerabilities at least once every {external_interval_days}, and their internal assets at least once every {internal_interval_days}.',
      '{authenticated?Scans shall log in to the assets scanned (authenticated scanning).|Scans need not log in to the assets scanned.}',
      'The Provider shall deliver each scan report to the Customer within {report_delivery_days} after the scan.',
    ],
  },
  'vuln.remediation_sla': {
    title: 'Remediation of vulnerabilities',
    sentences: [
      'The Provider shall remediate each vulnerability within the following periods from its detection: critical, {critical_days}; high, {high_days}; medium, {medium_days}; low, {low_days}.',
      '{exception_process?Where a period cannot be met, the Provider shall request an exception under a documented process, stating the compensating controls it will apply until remediation.|No exception process applies to these periods.}',
    ],
  },
  'testing.penetration': {
    title: 'Penetration testing',
    sentences: [
      'The Provider shall have the Services penetration-tested at least once every {interval_months}.',
      '{independent_tester?The tester shall be independent of the team that runs the Services.|The tester need not be independent of the team that runs the Services.}',
      'The Provider shall deliver the test report to the Customer within {report_delivery_days} after the test, and a remediation plan within {remediation_plan_days} after the report.',
      '{entity_testing_allowed?The Customer may test the Services itself or through a tester it appoints.|The Customer may not test the Services itself.}',
    ],
  },
  'logging.retention_and_access': {
    title: 'Logging',
    sentences: [
      'The Provider shall log {scope}, and shall keep those logs for at least {retention_months}.',
      '{tamper_protection?Logs shall be protected against alteration and deletion.|Logs need not be protected against alteration and deletion.}',
      'The Customer shall have access to the logs {entity_access}.',
    ],
    values: {
      scope: {
        privileged_activity: 'privileged activity',
        remote_access: 'remote access',
        auth_events: 'authentication events',
        critical_assets: 'events on critical assets',
      },
      entity_access: { realtime_feed: 'through a real-time feed', on_request: 'on request' },
    },
  },
  'monitoring.soc_integration': {
    title: 'Security monitoring',
    sentences: [
      "The Provider shall monitor the Services {coverage} and shall forward each security alert to the Customer's security operations centre within {forward_latency_minutes} after the alert is raised.",
      'Alerts and logs shall be delivered in the following formats: {formats}.',
      '{evidence_api?The Customer may collect security evidence directly through an interface or portal provided by the Provider.|The Provider need not provide an interface for the Customer to collect evidence.}',
    ],
    values: {
      coverage: { '24x7': '24 hours a day, 7 days a week', business_hours: 'during business hours' },
      formats: { syslog: 'Syslog', cef: 'CEF', leef: 'LEEF', json_api: 'JSON through an interface' },
    },
  },
  'incident.notification': {
    title: 'Incident notification',
    sentences: [
      'The Provider shall notify the Customer of any Security Incident affecting the Customer{includes_suspected?, whether suspected or confirmed,|, once confirmed,} within {initial_notice_hours} of its detection{channels?, by {channels:or}|}.',
      "{includes_subcontractors?This duty covers Security Incidents at the Provider's subcontractors.|This duty does not cover Security Incidents at the Provider's subcontractors.}",
      'The Provider shall deliver a detailed incident report within {detailed_report_hours} of detection and a final report within {final_report_days} of detection.',
    ],
    values: {
      channels: { phone: 'telephone', email: 'email', ticket: 'the agreed ticketing system', api: 'the agreed interface' },
    },
  },
  'incident.roles_and_communications': {
    title: 'Incident roles and communications',
    sentences: [
      "The parties' roles during a Security Incident are set out in {raci_ref}.",
      'The escalation path and contacts are set out in {escalation_matrix_ref}.',
      "Communication with customers and the media about a Security Incident is the responsibility of {external_comms_owner}.{external_comms_owner=entity? The Provider shall make no such communication without the Customer's prior written approval, unless the law requires it.|}",
      'Reports of Security Incidents to the National Cybersecurity Authority, the Saudi Data and Artificial Intelligence Authority and the sector regulator are made by {regulator_reporting_owner}{regulator_reporting_owner=entity?, and the Provider shall give the Customer the information it needs for them|}.',
      'The parties shall check and update their incident contact lists at least once every {contacts_review_months}.',
    ],
    values: {
      external_comms_owner: { entity: 'the Customer alone', provider: 'the Provider', joint: 'the Customer and the Provider jointly' },
      regulator_reporting_owner: { entity: 'the Customer', provider: 'the Provider' },
    },
  },
  'incident.forensics_and_containment': {
    title: 'Forensics and containment',
    sentences: [
      'The Provider shall preserve all evidence relating to a Security Incident for at least {evidence_preservation_days}, or until the incident is closed if that is later.',
      '{chain_of_custody?Evidence shall be handled under a documented chain of custody.|A documented chain of custody is not required.}',
      '{forensic_access?The Customer and investigators it appoints shall have access to the relevant systems, logs and images for forensic investigation.|The Customer has no right of access for forensic investigation.}',
      "{disruptive_actions_need_entity_approval?Containment steps that would disrupt the Services require the Customer's prior approval.|The Provider may take containment steps that disrupt the Services without the Customer's prior approval.}",
      'The Provider shall deliver a root-cause analysis within {rca_days} after the incident.',
      'Incident assistance is {assistance_cost}.',
    ],
    values: {
      assistance_cost: { included: 'included in the fees', preagreed_rates: 'charged at the rates agreed in advance in the Contract' },
    },
  },
  'incident.ir_plan_and_exercise': {
    title: 'Incident response plan and exercises',
    sentences: [
      "{provider_ir_plan?The Provider shall maintain an incident response plan for the Services consistent with the Customer's incident response procedures.|The Provider need not maintain an incident response plan for the Services.}",
      '{plan_shared?The Provider shall give the Customer a copy of the plan and of each update.|The plan need not be given to the Customer.}',
      'The parties shall hold a joint incident response exercise at least once every {joint_exercise_interval_months}.',
    ],
  },
  'resilience.bcp_dr_backup': {
    title: 'Continuity and recovery',
    sentences: [
      'The Provider shall restore the Services within {rto_hours} of a disruption (recovery time objective), losing no more than {rpo_hours} of data (recovery point objective).',
      'The Provider shall test disaster recovery at least once every {dr_test_interval_months}, and restoration from backup at least once every {restore_test_interval_months}.',
      'Backups shall be taken at least once every {backup_frequency_hours}.',
      '{backup_encrypted?Backups shall be encrypted.|Backups need not be encrypted.}',
    ],
  },
  'assurance.right_to_audit': {
    title: 'Audit',
    sentences: [
      '{auditors} may each audit and inspect the Provider, on site or remotely, in relation to the Services.',
      "{covers_subcontractors?The audit right extends to the Provider's subcontractors.|The audit right does not extend to the Provider's subcontractors.}",
      "The Customer's notice of a routine audit need not exceed {routine_notice_days}, and its notice of an audit following a Security Incident or a suspected breach need not exceed {for_cause_notice_hours}.",
      'The Customer may carry out routine audits at least {min_per_year} a year.',
      "{compliance_testing_allowed?The Customer may test the Provider's compliance with this Schedule.|The Customer has no right to test the Provider's compliance with this Schedule.}",
      'The Provider shall cooperate with each audit.',
    ],
    values: {
      auditors: {
        entity: 'the Customer',
        appointed_auditor: 'an auditor appointed by the Customer',
        nca: 'the National Cybersecurity Authority',
        sector_regulator: "the Customer's sector regulator",
      },
    },
  },
  'assurance.attestations': {
    title: 'Certifications and independent reports',
    sentences: [
      'The Provider shall hold {required} covering the Services, and shall deliver the current certificates or reports to the Customer at least once every {delivery_interval_months}.',
      'A report shall cover a period that ended no more than {max_report_age_months} before its delivery; once more than {bridge_letter_gap_months} have passed since the end of that period, the Provider shall also deliver a bridge letter covering the gap.',
      'The Provider shall notify the Customer within {loss_notice_days} if any such certification is withdrawn, suspended or narrowed in scope.',
    ],
    values: {
      required: {
        iso27001: 'ISO/IEC 27001 certification',
        soc2_type2: 'a SOC 2 Type II report',
        csa_star_l2: 'CSA STAR Level 2 certification',
        nca_ccc_compliance: 'a certificate of compliance with the Cloud Cybersecurity Controls',
        pci_dss: 'PCI DSS compliance',
        iso22301: 'ISO 22301 certification',
      },
    },
  },
  'reporting.security_reports': {
    title: 'Security reporting',
    sentences: [
      '{monthly_report?The Provider shall deliver a security report to the Customer every month, within {monthly_delivery_days} after the end of the month, covering {contents}.|No monthly security report is required; where one is given, it is due within {monthly_delivery_days} after the end of the month and covers {contents}.}',
      "The Provider's security performance shall be measured by the following indicators: {kpis}.",
      'The parties shall hold a security posture review at least once every {posture_review_interval_months}.',
    ],
    values: {
      contents: {
        incidents: 'Security Incidents',
        vulnerabilities: 'vulnerabilities',
        patch_compliance: 'patch compliance',
        access_changes: 'access changes',
        sla_metrics: 'performance against service levels',
        subcontractor_changes: 'subcontractor changes',
        threat_intel: 'threat intelligence',
      },
    },
  },
  'governance.periodic_review': {
    title: 'Review of this Schedule',
    sentences: [
      'The parties shall review this Schedule at least once every {review_interval_months}, and also after any of the following: {triggers:or}.',
      '{amendment_process?The parties shall record any change agreed in a review as a written amendment to this Schedule.|No agreed process turns the results of a review into amendments.}',
    ],
    values: { triggers: EN_TRIGGERS },
  },
  'exit.data_return': {
    title: 'Return of data',
    sentences: [
      'The Provider shall return all Customer Data to the Customer within {return_within_days} after any of the following: {triggers:or}.',
      'The data shall be returned in the following usable formats: {formats}.',
      'The return covers {includes}.',
    ],
    values: {
      triggers: {
        termination: 'termination of the Contract',
        expiry: 'expiry of the Contract',
        insolvency: "the Provider's insolvency",
        discontinuation: 'discontinuation of the Services',
      },
      includes: {
        data: 'the Customer Data',
        configurations: 'configurations',
        logs: 'logs',
        documentation: 'documentation',
        keys: 'encryption keys',
      },
    },
  },
  'exit.secure_deletion': {
    title: 'Secure deletion',
    sentences: [
      'After the return, the Provider shall securely delete all Customer Data held by it or its subcontractors within {delete_within_days_after_return}, and from backups within {backups_purged_within_days}, using {method}.',
      'The Provider shall prove the deletion by {evidence}.',
      'The Provider may keep only the following data, to the extent and for as long as the law requires: {retention_exceptions}.',
    ],
    values: {
      method: {
        nist_800_88_clear: 'the Clear method of NIST SP 800-88',
        nist_800_88_purge: 'the Purge method of NIST SP 800-88',
        nist_800_88_destroy: 'the Destroy method of NIST SP 800-88',
        crypto_erase: 'cryptographic erasure',
      },
      evidence: {
        certificate: 'a signed certificate of deletion',
        witnessed: 'deletion witnessed by the Customer',
        tool_report: 'the report of the deletion tool',
      },
    },
  },
  'exit.transition_assistance': {
    title: 'Exit and transition',
    sentences: [
      '{exit_plan?The Provider shall maintain a documented exit plan for the Services.|No documented exit plan is required.}',
      'On exit, the Provider shall continue the Services and assist their transfer to the Customer or a new provider, including by transferring knowledge, for a transition period of {transition_months}.',
      "The Provider shall withdraw all of its accounts and access to the Customer's environment within {access_revoked_hours_after_exit} after exit.",
      'The Customer may terminate the Contract for any of the following: {termination_rights:or}.',
    ],
    values: {
      termination_rights: {
        material_breach: 'material breach by the Provider',
        security_failure: 'a serious security failure',
        regulator_request: 'a request from a competent regulator',
        insolvency: "the Provider's insolvency",
        change_of_control: 'a change of control of the Provider',
        soc_relocation_abroad: 'relocation of any monitoring or operations centre outside the Kingdom of Saudi Arabia',
      },
    },
  },
};

const EN: LanguageSentences = {
  lang: 'en',
  dir: 'ltr',
  clauses: EN_CLAUSES,
  groups: {
    scope: 'Scope',
    risk: 'Risk and compliance',
    access: 'Access control',
    data: 'Data protection',
    operations: 'Security operations',
    incidents: 'Incident management',
    assurance: 'Assurance and review',
    exit: 'Exit',
  },
  sla: [
    { clause: 'incident.notification', param: 'initial_notice_hours', label: 'Initial notice of a Security Incident, from detection' },
    { clause: 'incident.notification', param: 'detailed_report_hours', label: 'Detailed incident report, from detection' },
    { clause: 'incident.notification', param: 'final_report_days', label: 'Final incident report, from detection' },
    { clause: 'incident.forensics_and_containment', param: 'rca_days', label: 'Root-cause analysis, after the incident' },
    { clause: 'monitoring.soc_integration', param: 'forward_latency_minutes', label: 'Forwarding of a security alert' },
    { clause: 'access.review_and_revocation', param: 'revocation_hours', label: "Withdrawal of a leaver's access" },
    { clause: 'vuln.remediation_sla', param: 'critical_days', label: 'Remediation of a critical vulnerability' },
    { clause: 'vuln.remediation_sla', param: 'high_days', label: 'Remediation of a high vulnerability' },
    { clause: 'vuln.remediation_sla', param: 'medium_days', label: 'Remediation of a medium vulnerability' },
    { clause: 'vuln.remediation_sla', param: 'low_days', label: 'Remediation of a low vulnerability' },
    { clause: 'resilience.bcp_dr_backup', param: 'rto_hours', label: 'Recovery time objective' },
    { clause: 'resilience.bcp_dr_backup', param: 'rpo_hours', label: 'Recovery point objective' },
    { clause: 'exit.data_return', param: 'return_within_days', label: 'Return of data at exit' },
    { clause: 'exit.secure_deletion', param: 'delete_within_days_after_return', label: 'Deletion after the return' },
    { clause: 'exit.transition_assistance', param: 'access_revoked_hours_after_exit', label: 'Withdrawal of all access after exit' },
  ],
  frame: {
    defaultTitle: 'Cybersecurity Schedule',
    intro:
      'This Schedule forms part of {contract} (the “Contract”) between {customer}{customerType} (the “Customer”) and {provider}{providerCountry} (the “Provider”), and sets out the cybersecurity obligations that apply to the services described in clause 1.1 (the “Services”).',
    introContract: 'contract {ref}',
    introNoContract: 'the contract',
    customerTypes: {
      government: ', a government entity',
      cni_operator: ', an operator of critical national infrastructure',
      private: ', a private-sector entity',
    },
    providerCountry: ', of {country}',
    definitions:
      '“Customer Data” means all data and information of the Customer that the Provider or its subcontractors obtain, process or hold. “Security Incident” means an event that compromises the confidentiality, integrity or availability of Customer Data or of the Services. Days are calendar days and hours are clock hours; each period runs from the event stated.',
    eccNote:
      "The bracket after each heading gives the section of the Contract holding the clause and the controls of the National Cybersecurity Authority's Essential Cybersecurity Controls (ECC-2:2024) that it serves.",
    meta: {
      id: 'Appendix',
      version: 'version',
      signedOn: 'signed on',
      effectiveFrom: 'effective from',
      term: 'term',
      lastReviewedOn: 'last reviewed on',
    },
    missing: 'missing',
    invalid: 'invalid',
    notApplicable: '[not applicable: required only where {reason}]',
    conditions: {
      it_outsourcing_or_managed: 'the Services include outsourcing or managed services',
      critical_systems: 'the Services involve critical systems',
      personal_data: 'the Services involve personal data',
      cloud_or_hosting: 'the Services involve cloud computing or hosting',
      managed_security_services: 'the Services include managed security services',
      gov_or_cni: 'the Customer is a government entity or an operator of critical national infrastructure',
      soc_applies: "the Services include monitoring or operating the Customer's environment by remote access",
    },
    note: 'Note:',
    subjectToException: 'This clause is subject to exception {ids} in Annex A.',
    annexTitle: 'Annex A: Approved exceptions',
    annexIntro: 'The following deviations from this Schedule are approved for the period stated; on expiry the clause applies in full.',
    annexFields: {
      clause: 'clause',
      deviation: 'Deviation:',
      compensatingControls: 'Compensating controls:',
      riskRef: 'Risk reference:',
      approvedBy: 'Approved by',
      approvedOn: 'on',
      expiresOn: 'valid until',
    },
    slaTitle: 'Service levels',
    slaNote: 'This table restates the time limits set out in the clauses above; if it differs from a clause, the clause prevails.',
    slaHeaders: ['Commitment', 'Time limit', 'Clause'],
    slaMissingClause: 'clause missing',
    signatureTitle: 'Signatures',
    signCustomer: 'For the Customer',
    signProvider: 'For the Provider',
    signFields: ['Name:', 'Title:', 'Signature:', 'Date:'],
    initials: 'Initials',
    page: 'Page',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    and: 'and',
    or: 'or',
    yes: 'yes',
    no: 'no',
    indefinite: 'without limit of time',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Arabic. Defined terms: الجهة (the Customer), مقدم الخدمة (the Provider), الخدمات, بيانات الجهة,
// حادثة الأمن السيبراني. Numbers are written in Western digits, as in NCA's own control numbering; the counted noun
// follows the number by the rules of العدد والمعدود (render/format.ts).
// ---------------------------------------------------------------------------------------------------------------

const AR_TRIGGERS = {
  regulatory_change: 'تغيّر الأنظمة أو اللوائح المنطبقة على الخدمات',
  material_service_change: 'تغيير جوهري في الخدمات',
  major_incident: 'حادثة أمن سيبراني كبرى',
  subcontractor_change: 'تغيير أحد المقاولين من الباطن',
  annual: 'انقضاء كل سنة تعاقدية',
};

const AR_CLAUSES: Record<string, ClauseSentences> = {
  'scope.services': {
    title: 'الخدمات ونطاق التطبيق',
    sentences: [
      'تشمل الخدمات ما يأتي: {services}.',
      'نوع التعاقد: {engagement_types}.',
      '{critical_systems?تشمل|لا تشمل} الخدمات أنظمةً حساسة وفق ضوابط الأمن السيبراني للأنظمة الحساسة (CSCC-1:2019)، و{personal_data?تتضمن|لا تتضمن} معالجة بيانات شخصية، و{cloud_or_hosting?تتضمن|لا تتضمن} خدمات حوسبة سحابية أو استضافة.',
    ],
    values: {
      engagement_types: {
        it_outsourcing: 'إسناد خدمات تقنية المعلومات',
        cybersecurity_outsourcing: 'إسناد خدمات الأمن السيبراني',
        managed_services: 'خدمات مُدارة',
        managed_security_services: 'خدمات أمن سيبراني مُدارة',
        cloud_hosting: 'خدمات الحوسبة السحابية أو الاستضافة',
        software_supply: 'توريد البرمجيات',
        consulting: 'خدمات استشارية',
      },
    },
  },
  'risk.pre_contract_assessment': {
    title: 'تقييم المخاطر قبل التوقيع',
    sentences: [
      'أجرت الجهة، قبل توقيع العقد، تقييمًا لمخاطر الأمن السيبراني المتعلقة بمقدم الخدمة وبالخدمات، وأتمّته بتاريخ {completed_on} (المرجع: {assessment_ref}).',
      '{mitigations_confirmed?يُقرّ الطرفان بأن الضوابط التي تطلّبها ذلك التقييم للحد من المخاطر التي حددها مطبّقة، بما فيها الضوابط الواردة في هذا الملحق.|لا يُقرّ الطرفان بأن الضوابط التي تطلّبها ذلك التقييم مطبّقة.}',
      'قَبِل المخاطرَ المتبقية نيابةً عن الجهة: {residual_risk_accepted_by}.',
    ],
  },
  'risk.regulatory_change_reassessment': {
    title: 'إعادة تقييم المخاطر',
    sentences: [
      'تُعيد الجهة تقييم مخاطر الأمن السيبراني، ويتفق الطرفان على ما يتطلبه ذلك من ضوابط إضافية وينفذانها، خلال مدة لا تتجاوز {reassess_within_days} من تحقق أيٍّ مما يأتي: {triggers:or}.',
      '{provider_cooperation?يلتزم مقدم الخدمة بالتعاون في كل إعادة تقييم، وتقديم ما تتطلبه من معلومات، والتفاوض بحسن نية على أي تعديل للعقد يتبيّن أنه لازم.|لا يلتزم مقدم الخدمة بموجب هذا الملحق بالتعاون في إعادة التقييم.}',
    ],
    values: { triggers: AR_TRIGGERS },
  },
  'compliance.entity_requirements': {
    title: 'سياسات الجهة والأنظمة المنطبقة',
    sentences: [
      'يلتزم مقدم الخدمة بسياسات الجهة ومعاييرها الآتية للأمن السيبراني، بالإصدارات المذكورة: {policies_incorporated}.',
      'يلتزم مقدم الخدمة بما يأتي، في حدود انطباقه على الخدمات: {regulations}.',
      'إذا تعذّر على مقدم الخدمة الوفاء بأيٍّ من هذه المتطلبات، فعليه إخطار الجهة كتابيًا خلال مدة لا تتجاوز {noncompliance_notice_days} من علمه بذلك.',
    ],
    values: {
      regulations: {
        'ecc-2:2024': 'الضوابط الأساسية للأمن السيبراني (ECC-2:2024)',
        'cscc-1:2019': 'ضوابط الأمن السيبراني للأنظمة الحساسة (CSCC-1:2019)',
        'ccc-2:2024': 'ضوابط الأمن السيبراني للحوسبة السحابية (CCC-2:2024)',
        'otcc-1:2022': 'ضوابط الأمن السيبراني للأنظمة التشغيلية (OTCC-1:2022)',
        'dcc-1:2022': 'ضوابط الأمن السيبراني للبيانات (DCC-1:2022)',
        pdpl: 'نظام حماية البيانات الشخصية',
        ndmo: 'معايير إدارة البيانات وحمايتها الصادرة عن مكتب إدارة البيانات الوطنية',
        'sama-csf': 'إطار الأمن السيبراني الصادر عن البنك المركزي السعودي',
        'npmsoc-1:2024': 'السياسة الوطنية لخدمات مراكز عمليات الأمن السيبراني المُدارة (NPMSOC-1:2024)',
      },
    },
  },
  'soc.location_ksa': {
    title: 'مراكز المراقبة والتشغيل',
    sentences: [
      '{applies?تشمل الخدمات مراقبة بيئة الجهة أو تشغيلها عن طريق الوصول عن بعد.|لا تشمل الخدمات مراقبة بيئة الجهة أو تشغيلها عن طريق الوصول عن بعد.}',
      'لا يجوز لمقدم الخدمة مراقبة بيئة الجهة أو تشغيلها عن طريق الوصول عن بعد إلا من المراكز الآتية: {centres}.',
      '{offshore_support_allowed?يجوز لفرق الدعم الموجودة خارج المملكة العربية السعودية الوصول إلى بيئة الجهة.|لا يجوز لأي فريق موجود خارج المملكة العربية السعودية، بما في ذلك فرق الدعم الخارجية وفرق الدعم المتعاقبة عبر المناطق الزمنية، الوصول إلى بيئة الجهة.}',
      'لا يجوز أن يصدر الوصول عن بعد إلى أنظمة الجهة إلا من {remote_access_origin_countries:or}.',
    ],
    items: { centres: '{name} ({city}، {country})' },
  },
  'soc.msoc_license': {
    title: 'ترخيص خدمات مراكز عمليات الأمن السيبراني المُدارة',
    sentences: [
      'يحمل مقدم الخدمة الترخيص رقم {license_number} ({tier}) الصادر عن الهيئة الوطنية للأمن السيبراني لتقديم خدمات مراكز عمليات الأمن السيبراني المُدارة، ويسري حتى {expires_on}.',
      '{ksa_legal_entity?حامل الترخيص كيان نظامي منشأ في المملكة العربية السعودية.|حامل الترخيص ليس كيانًا نظاميًا منشأً في المملكة العربية السعودية.}',
      'يلتزم مقدم الخدمة بإخطار الجهة خلال مدة لا تتجاوز {notify_license_change_days} من تعليق الترخيص أو إلغائه أو نقله.',
    ],
    values: { tier: { tier1: 'الفئة الأولى', tier2: 'الفئة الثانية' } },
  },
  'personnel.screening_and_undertakings': {
    title: 'الموظفون: التحقق والتعهدات والتوعية',
    sentences: [
      '{screening_before_access?يلتزم مقدم الخدمة بإجراء التحقق الأمني من خلفية كل فرد من موظفيه وموظفي مقاوليه من الباطن قبل منحه صلاحية الوصول إلى أنظمة الجهة أو بياناتها.|لا يُشترط التحقق الأمني من خلفية الموظفين قبل منحهم صلاحية الوصول إلى أنظمة الجهة أو بياناتها.}',
      '{undertaking_before_access?يوقّع كل من سيُمنح صلاحية الوصول إلى أنظمة الجهة أو بياناتها تعهدًا بالمحافظة على السرية قبل منحه تلك الصلاحية.|لا يُشترط توقيع تعهد بالمحافظة على السرية قبل منح صلاحية الوصول.}',
      'يلتزم مقدم الخدمة بتوعية موظفيه المكلفين بالخدمات بمتطلبات الجهة للأمن السيبراني مرة واحدة على الأقل كل {awareness_interval_months}.',
      '{critical_systems_saudi_provider?يجب أن يكون مقدم خدمات الإسناد والخدمات المُدارة للأنظمة الحساسة لدى الجهة شركةً سعودية.|لا يُشترط أن يكون مقدم الخدمات المتعلقة بالأنظمة الحساسة شركةً سعودية.}',
    ],
  },
  'access.mfa': {
    title: 'التحقق من الهوية متعدد العناصر',
    sentences: [
      'يلتزم مقدم الخدمة باستخدام التحقق من الهوية متعدد العناصر في {required_for}.',
      '{phishing_resistant_privileged?يجب أن تستخدم الحسابات ذات الصلاحيات الهامة والحساسة عناصر تحقق مقاومة للتصيد، مثل مفاتيح الأمان المادية أو البطاقات الذكية.|لا يُشترط استخدام عناصر تحقق مقاومة للتصيد في الحسابات ذات الصلاحيات الهامة والحساسة.}',
    ],
    values: {
      required_for: {
        remote: 'جميع عمليات الوصول عن بعد',
        privileged: 'جميع الحسابات ذات الصلاحيات الهامة والحساسة',
        all_interactive: 'كل عملية دخول تفاعلية',
        webmail: 'الوصول إلى البريد الإلكتروني عبر الويب',
      },
    },
  },
  'access.least_privilege': {
    title: 'الحد الأدنى من الصلاحيات والحسابات الشخصية',
    sentences: [
      'يلتزم مقدم الخدمة بألّا يمنح موظفيه إلا الصلاحيات اللازمة لأداء الخدمات، وفقًا لمبدأي الحاجة إلى المعرفة والحاجة إلى الاستخدام.',
      '{named_accounts_only?يستخدم كل شخص حسابًا شخصيًا باسمه.|لا يُشترط استخدام حسابات شخصية بأسماء أصحابها.}',
      '{shared_accounts_prohibited?يُحظر استخدام الحسابات المشتركة والحسابات العامة.|يجوز استخدام الحسابات المشتركة أو العامة.}',
      '{segregation_of_duties?تُسند المهام المتعارضة إلى أشخاص مختلفين.|لا يُشترط إسناد المهام المتعارضة إلى أشخاص مختلفين.}',
      '{entity_approval_before_access?يُشترط الحصول على موافقة الجهة المسبقة على كل منح لصلاحية الوصول إلى أصولها.|يجوز منح صلاحية الوصول إلى أصول الجهة دون موافقتها المسبقة.}',
    ],
  },
  'access.privileged_access': {
    title: 'الصلاحيات الهامة والحساسة',
    sentences: [
      '{vaulting?يلتزم مقدم الخدمة بحفظ بيانات اعتماد الصلاحيات الهامة والحساسة وإصدارها عبر خزنة لبيانات الاعتماد حصرًا.|لا يُشترط حفظ بيانات اعتماد الصلاحيات الهامة والحساسة في خزنة لبيانات الاعتماد.}',
      '{session_recording?تُسجَّل جلسات الصلاحيات الهامة والحساسة، ويحق للجهة مراجعة تسجيلاتها.|لا يُشترط تسجيل جلسات الصلاحيات الهامة والحساسة.}',
      'لا تتجاوز مدة أي رفع مؤقت للصلاحيات {jit_max_hours}.',
      '{break_glass_procedure?يحتفظ مقدم الخدمة بإجراء موثق للوصول في حالات الطوارئ.|لا يُشترط وجود إجراء موثق للوصول في حالات الطوارئ.}',
      '{entity_can_kill_session?يحق للجهة إنهاء أي جلسة لمقدم الخدمة فورًا.|لا يحق للجهة إنهاء جلسات مقدم الخدمة فورًا.}',
    ],
  },
  'access.review_and_revocation': {
    title: 'مراجعة الصلاحيات وسحبها',
    sentences: [
      'يلتزم مقدم الخدمة بمراجعة جميع حسابات موظفيه وصلاحياتهم مرة واحدة على الأقل كل {review_interval_months}.',
      '{review_results_to_entity?يزوّد مقدم الخدمة الجهةَ بنتائج كل مراجعة.|لا يُشترط تزويد الجهة بنتائج المراجعات.}',
      'يسحب مقدم الخدمة صلاحيات الوصول الممنوحة لأي شخص خلال مدة لا تتجاوز {revocation_hours} من انتهاء عمله في الخدمات أو تغيّر دوره.',
    ],
  },
  'data.confidentiality': {
    title: 'السرية',
    sentences: [
      'يلتزم مقدم الخدمة بالمحافظة على سرية بيانات الجهة وسائر معلوماتها، وبعدم استخدامها إلا لأداء الخدمات.',
      '{survives_termination_years=indefinite?يبقى هذا الالتزام ساريًا بعد انتهاء العقد دون حد زمني.|يبقى هذا الالتزام ساريًا مدة {survives_termination_years} بعد انتهاء العقد.}',
      '{compelled_disclosure_notice?إذا أُلزم مقدم الخدمة نظامًا بالإفصاح عن أيٍّ من هذه المعلومات، فعليه، متى جاز له ذلك نظامًا، إخطار الجهة قبل الإفصاح، وألّا يفصح إلا عن القدر المطلوب.|لا يُشترط أن يُخطر مقدم الخدمة الجهةَ قبل إفصاح يُلزمه به النظام.}',
      '{flow_down?يلتزم مقدم الخدمة بفرض الالتزامات ذاتها على موظفيه ومقاوليه من الباطن.|لا يُشترط فرض هذه الالتزامات على موظفي مقدم الخدمة ومقاوليه من الباطن.}',
    ],
  },
  'data.classification_handling': {
    title: 'تصنيف البيانات',
    sentences: [
      'تُصنَّف بيانات الجهة التي يتعامل معها مقدم الخدمة ضمن المستويات الآتية: {levels_in_scope}.',
      '{handling_per_entity_policy?يلتزم مقدم الخدمة بحماية كل بيان من بيانات الجهة وفق ما تقتضيه سياسة تصنيف البيانات لدى الجهة لمستوى تصنيفه.|لا يلتزم مقدم الخدمة بسياسة تصنيف البيانات لدى الجهة.}',
    ],
    values: { levels_in_scope: { top_secret: 'سري للغاية', secret: 'سري', restricted: 'مقيد', public: 'عام' } },
  },
  'data.encryption': {
    title: 'التشفير',
    sentences: [
      '{at_rest.required?يلتزم مقدم الخدمة بتشفير بيانات الجهة أينما خُزّنت، وفق {at_rest.standard} عند المستوى {at_rest.level}.|لا يُشترط تشفير بيانات الجهة أثناء التخزين؛ وحيثما شُفّرت، تُطبَّق {at_rest.standard} عند المستوى {at_rest.level}.}',
      '{in_transit.required?يلتزم مقدم الخدمة بتشفير بيانات الجهة كلما نُقلت عبر شبكة، باستخدام بروتوكول TLS بالإصدار {in_transit.tls_min} أو ما بعده.|لا يُشترط تشفير بيانات الجهة أثناء النقل؛ وحيثما شُفّرت، يُستخدم بروتوكول TLS بالإصدار {in_transit.tls_min} أو ما بعده.}',
    ],
    values: {
      'at_rest.standard': { 'ncs-1:2020': 'المعايير الوطنية للتشفير (NCS-1:2020)' },
      'at_rest.level': { moderate: 'المتوسط', advanced: 'المتقدم' },
      'in_transit.tls_min': { '1.2': '1.2', '1.3': '1.3' },
    },
  },
  'data.key_management': {
    title: 'مفاتيح التشفير',
    sentences: [
      'تكون مفاتيح التشفير التي تحمي بيانات الجهة {custody}.',
      '{ownership_defined?تملك الجهة جميع هذه المفاتيح.|لا يحدد هذا الملحق ملكية هذه المفاتيح.}',
      'يُجرى تدوير المفاتيح مرة واحدة على الأقل كل {rotation_months}.',
      '{escrow_outside_provider?تُحفظ نسخة احتياطية من المفاتيح خارج بيئة مقدم الخدمة، بما يتيح استعادة بيانات الجهة عند فقدان المفاتيح.|لا يُشترط حفظ نسخة احتياطية من المفاتيح خارج بيئة مقدم الخدمة.}',
    ],
    values: {
      custody: {
        customer_held: 'في حيازة الجهة',
        customer_managed_kms: 'تحت إدارة الجهة عبر خدمة لإدارة المفاتيح',
        provider_managed: 'تحت إدارة مقدم الخدمة',
      },
    },
  },
  'data.segregation': {
    title: 'الفصل بين البيئات',
    sentences: ['تُفصل بيئة الجهة عن بيئات عملاء مقدم الخدمة الآخرين {tenant_isolation}.', '{prod_data_in_nonprod}'],
    values: {
      tenant_isolation: { logical: 'بضوابط منطقية', dedicated: 'بتشغيلها على موارد مخصصة لها' },
      prod_data_in_nonprod: {
        prohibited: 'لا يجوز استخدام بيانات الإنتاج الخاصة بالجهة في بيئات الاختبار أو التطوير.',
        masked_only: 'لا يجوز استخدام بيانات الإنتاج الخاصة بالجهة في بيئات الاختبار أو التطوير إلا بعد إخفائها.',
        allowed: 'يجوز استخدام بيانات الإنتاج الخاصة بالجهة في بيئات الاختبار أو التطوير.',
      },
    },
  },
  'data.location_and_transfer': {
    title: 'مواقع البيانات',
    sentences: [
      'لا يجوز تخزين بيانات الجهة، بما فيها النسخ الاحتياطية وسائر النسخ، إلا في {storage_countries:or}، ولا معالجتها إلا في {processing_countries:or}، ولا الوصول إليها إلا من {access_countries:or}.',
      'يلتزم مقدم الخدمة بإخطار الجهة كتابيًا قبل مدة لا تقل عن {change_notice_days} من أي تغيير في هذه المواقع.',
      '{change_requires_approval?لا يسري أي تغيير من هذا القبيل إلا بعد موافقة الجهة الكتابية المسبقة.|لا يتوقف تغيير المواقع على موافقة الجهة.}',
      'يستند أي نقل لبيانات الجهة إلى خارج المملكة العربية السعودية إلى الأساس النظامي الآتي: {transfer_basis}.',
    ],
  },
  'subcontracting.control': {
    title: 'التعاقد من الباطن',
    sentences: [
      '{policy}',
      'يلتزم مقدم الخدمة بإخطار الجهة قبل مدة لا تقل عن {change_notice_days} من إضافة أي مقاول من الباطن أو استبداله.',
      '{right_to_object?يحق للجهة الاعتراض على هذا التغيير قبل سريانه.|لا يحق للجهة الاعتراض على هذا التغيير.}',
      '{register_provided?يحتفظ مقدم الخدمة بسجل للمقاولين من الباطن المعتمدين، ويزوّد الجهة به عند الطلب وبعد كل تغيير.|لا يُشترط أن يحتفظ مقدم الخدمة بسجل للمقاولين من الباطن لصالح الجهة.}',
      '{flow_down?يلتزم مقدم الخدمة بإلزام كل مقاول من الباطن بالتزامات أمنية لا تقل صرامة عن الالتزامات الواردة في هذا الملحق.|لا يُشترط إلزام المقاولين من الباطن بالالتزامات الواردة في هذا الملحق.}',
      'يظل مقدم الخدمة مسؤولًا عن أعمال مقاوليه من الباطن وتقصيرهم.',
    ],
    values: {
      policy: {
        prohibited: 'لا يجوز لمقدم الخدمة التعاقد من الباطن على أي جزء من الخدمات.',
        prior_written_approval: 'لا يجوز لمقدم الخدمة التعاقد من الباطن على أي جزء من الخدمات دون موافقة الجهة الكتابية المسبقة.',
        notice_only: 'يجوز لمقدم الخدمة التعاقد من الباطن على أجزاء من الخدمات بعد إخطار الجهة.',
      },
    },
  },
  'vuln.scanning': {
    title: 'فحص الثغرات',
    sentences: [
      'يلتزم مقدم الخدمة بفحص الأصول المتصلة بالإنترنت ضمن الخدمات بحثًا عن الثغرات مرة واحدة على الأقل كل {external_interval_days}، والأصول الداخلية مرة واحدة على الأقل كل {internal_interval_days}.',
      '{authenticated?يُجرى الفحص باستخدام صلاحيات دخول إلى الأصول المفحوصة (الفحص الموثَّق).|لا يُشترط أن يُجرى الفحص باستخدام صلاحيات دخول إلى الأصول المفحوصة.}',
      'يسلّم مقدم الخدمة الجهةَ تقرير كل فحص خلال مدة لا تتجاوز {report_delivery_days} من إجرائه.',
    ],
  },
  'vuln.remediation_sla': {
    title: 'معالجة الثغرات',
    sentences: [
      'يلتزم مقدم الخدمة بمعالجة كل ثغرة خلال المدد الآتية من اكتشافها: الحرجة {critical_days}، والعالية {high_days}، والمتوسطة {medium_days}، والمنخفضة {low_days}.',
      '{exception_process?إذا تعذّر الالتزام بأيٍّ من هذه المدد، يطلب مقدم الخدمة استثناءً وفق إجراء موثق، مع بيان الضوابط البديلة التي سيطبقها إلى أن تتم المعالجة.|لا يُطبَّق إجراء استثناء على هذه المدد.}',
    ],
  },
  'testing.penetration': {
    title: 'اختبار الاختراق',
    sentences: [
      'يلتزم مقدم الخدمة بإجراء اختبار اختراق للخدمات مرة واحدة على الأقل كل {interval_months}.',
      '{independent_tester?يكون القائم بالاختبار مستقلًا عن الفريق المشغّل للخدمات.|لا يُشترط أن يكون القائم بالاختبار مستقلًا عن الفريق المشغّل للخدمات.}',
      'يسلّم مقدم الخدمة الجهةَ تقرير الاختبار خلال مدة لا تتجاوز {report_delivery_days} من انتهائه، وخطة المعالجة خلال مدة لا تتجاوز {remediation_plan_days} من تسليم التقرير.',
      '{entity_testing_allowed?يحق للجهة اختبار الخدمات بنفسها أو عن طريق جهة اختبار تعيّنها.|لا يحق للجهة اختبار الخدمات بنفسها.}',
    ],
  },
  'logging.retention_and_access': {
    title: 'سجلات الأحداث',
    sentences: [
      'يلتزم مقدم الخدمة بتسجيل {scope}، وبالاحتفاظ بتلك السجلات مدة لا تقل عن {retention_months}.',
      '{tamper_protection?تُحمى السجلات من التعديل والحذف.|لا يُشترط حماية السجلات من التعديل والحذف.}',
      'يحق للجهة الوصول إلى السجلات {entity_access}.',
    ],
    values: {
      scope: {
        privileged_activity: 'أنشطة الصلاحيات الهامة والحساسة',
        remote_access: 'عمليات الوصول عن بعد',
        auth_events: 'أحداث التحقق من الهوية',
        critical_assets: 'الأحداث على الأصول الحساسة',
      },
      entity_access: { realtime_feed: 'عبر تغذية آنية', on_request: 'عند الطلب' },
    },
  },
  'monitoring.soc_integration': {
    title: 'المراقبة الأمنية',
    sentences: [
      'يلتزم مقدم الخدمة بمراقبة الخدمات {coverage}، وبإحالة كل تنبيه أمني إلى مركز عمليات الأمن السيبراني لدى الجهة خلال مدة لا تتجاوز {forward_latency_minutes} من صدوره.',
      'تُسلَّم التنبيهات والسجلات بالصيغ الآتية: {formats}.',
      '{evidence_api?يحق للجهة جمع الأدلة الأمنية مباشرةً عبر واجهة أو بوابة يوفرها مقدم الخدمة.|لا يُشترط أن يوفر مقدم الخدمة واجهة تجمع الجهة عبرها الأدلة.}',
    ],
    values: {
      coverage: { '24x7': 'على مدار الساعة طوال أيام الأسبوع', business_hours: 'خلال ساعات العمل' },
      formats: { syslog: 'Syslog', cef: 'CEF', leef: 'LEEF', json_api: 'JSON عبر واجهة برمجية' },
    },
  },
  'incident.notification': {
    title: 'الإخطار بالحوادث',
    sentences: [
      'يلتزم مقدم الخدمة بإخطار الجهة بأي حادثة أمن سيبراني تمسّ الجهة{includes_suspected?، سواء أكانت مشتبهًا بها أم مؤكدة،|، متى تأكدت،} خلال مدة لا تتجاوز {initial_notice_hours} من اكتشافها{channels?، عن طريق {channels:or}|}.',
      '{includes_subcontractors?يشمل هذا الالتزام الحوادث التي تقع لدى المقاولين من الباطن لمقدم الخدمة.|لا يشمل هذا الالتزام الحوادث التي تقع لدى المقاولين من الباطن لمقدم الخدمة.}',
      'يسلّم مقدم الخدمة الجهةَ تقريرًا مفصلًا عن الحادثة خلال مدة لا تتجاوز {detailed_report_hours} من اكتشافها، وتقريرًا نهائيًا خلال مدة لا تتجاوز {final_report_days} من اكتشافها.',
    ],
    values: {
      channels: { phone: 'الهاتف', email: 'البريد الإلكتروني', ticket: 'نظام التذاكر المتفق عليه', api: 'الواجهة البرمجية المتفق عليها' },
    },
  },
  'incident.roles_and_communications': {
    title: 'الأدوار والتواصل أثناء الحوادث',
    sentences: [
      'تُحدَّد أدوار الطرفين أثناء حوادث الأمن السيبراني في {raci_ref}.',
      'يُحدَّد مسار التصعيد وجهات الاتصال في {escalation_matrix_ref}.',
      'يكون التواصل مع العملاء ووسائل الإعلام بشأن حوادث الأمن السيبراني من مسؤولية {external_comms_owner}.{external_comms_owner=entity? ولا يجوز لمقدم الخدمة القيام بذلك دون موافقة الجهة الكتابية المسبقة، ما لم يُلزمه النظام به.|}',
      'يكون إبلاغ الهيئة الوطنية للأمن السيبراني والهيئة السعودية للبيانات والذكاء الاصطناعي والجهة التنظيمية القطاعية بالحوادث من مسؤولية {regulator_reporting_owner}{regulator_reporting_owner=entity?، ويلتزم مقدم الخدمة بتزويد الجهة بما تحتاج إليه من معلومات لذلك|}.',
      'يتحقق الطرفان من قوائم جهات الاتصال الخاصة بالحوادث ويحدّثانها مرة واحدة على الأقل كل {contacts_review_months}.',
    ],
    values: {
      external_comms_owner: { entity: 'الجهة وحدها', provider: 'مقدم الخدمة', joint: 'الطرفين معًا' },
      regulator_reporting_owner: { entity: 'الجهة', provider: 'مقدم الخدمة' },
    },
  },
  'incident.forensics_and_containment': {
    title: 'التحليل الجنائي والاحتواء',
    sentences: [
      'يلتزم مقدم الخدمة بحفظ جميع الأدلة المتعلقة بأي حادثة أمن سيبراني مدة لا تقل عن {evidence_preservation_days}، أو إلى حين إغلاق الحادثة إن كان ذلك لاحقًا.',
      '{chain_of_custody?تُدار الأدلة وفق سلسلة حفظ موثقة.|لا يُشترط توثيق سلسلة حفظ الأدلة.}',
      '{forensic_access?يحق للجهة وللمحققين الذين تعيّنهم الوصول إلى الأنظمة والسجلات والنسخ ذات الصلة لأغراض التحليل الجنائي الرقمي.|لا يحق للجهة الوصول لأغراض التحليل الجنائي الرقمي.}',
      '{disruptive_actions_need_entity_approval?يُشترط الحصول على موافقة الجهة المسبقة على أي إجراء احتواء يعطّل الخدمات.|يجوز لمقدم الخدمة اتخاذ إجراءات احتواء تعطّل الخدمات دون موافقة الجهة المسبقة.}',
      'يسلّم مقدم الخدمة الجهةَ تحليلًا للسبب الجذري خلال مدة لا تتجاوز {rca_days} من وقوع الحادثة.',
      'تكون المساعدة في الاستجابة للحوادث {assistance_cost}.',
    ],
    values: {
      assistance_cost: { included: 'مشمولة في الرسوم', preagreed_rates: 'بالأسعار المتفق عليها مسبقًا في العقد' },
    },
  },
  'incident.ir_plan_and_exercise': {
    title: 'خطة الاستجابة للحوادث والتمارين',
    sentences: [
      '{provider_ir_plan?يحتفظ مقدم الخدمة بخطة للاستجابة للحوادث خاصة بالخدمات، متسقة مع إجراءات الاستجابة للحوادث لدى الجهة.|لا يُشترط أن يحتفظ مقدم الخدمة بخطة للاستجابة للحوادث خاصة بالخدمات.}',
      '{plan_shared?يزوّد مقدم الخدمة الجهةَ بنسخة من الخطة ومن كل تحديث لها.|لا يُشترط تزويد الجهة بالخطة.}',
      'يُجري الطرفان تمرينًا مشتركًا للاستجابة للحوادث مرة واحدة على الأقل كل {joint_exercise_interval_months}.',
    ],
  },
  'resilience.bcp_dr_backup': {
    title: 'استمرارية الأعمال والتعافي',
    sentences: [
      'يلتزم مقدم الخدمة باستعادة الخدمات خلال مدة لا تتجاوز {rto_hours} من حدوث أي انقطاع (الهدف الزمني للاستعادة)، على ألّا يتجاوز فقد البيانات ما يعادل {rpo_hours} (الهدف الزمني لنقطة الاستعادة).',
      'يختبر مقدم الخدمة التعافي من الكوارث مرة واحدة على الأقل كل {dr_test_interval_months}، والاستعادة من النسخ الاحتياطية مرة واحدة على الأقل كل {restore_test_interval_months}.',
      'تُؤخذ النسخ الاحتياطية مرة واحدة على الأقل كل {backup_frequency_hours}.',
      '{backup_encrypted?تُشفَّر النسخ الاحتياطية.|لا يُشترط تشفير النسخ الاحتياطية.}',
    ],
  },
  'assurance.right_to_audit': {
    title: 'التدقيق',
    sentences: [
      'يحق لكلٍّ من {auditors} تدقيق مقدم الخدمة والتفتيش عليه، في الموقع أو عن بعد، فيما يتعلق بالخدمات.',
      '{covers_subcontractors?يشمل حق التدقيق المقاولين من الباطن لمقدم الخدمة.|لا يشمل حق التدقيق المقاولين من الباطن لمقدم الخدمة.}',
      'لا تزيد مدة الإشعار الذي تقدمه الجهة على {routine_notice_days} قبل التدقيق الاعتيادي، ولا على {for_cause_notice_hours} قبل التدقيق الذي يعقب حادثة أمن سيبراني أو اشتباهًا في إخلال.',
      'يحق للجهة إجراء التدقيق الاعتيادي {min_per_year} على الأقل في السنة.',
      '{compliance_testing_allowed?يحق للجهة اختبار التزام مقدم الخدمة بهذا الملحق.|لا يحق للجهة اختبار التزام مقدم الخدمة بهذا الملحق.}',
      'يلتزم مقدم الخدمة بالتعاون في كل تدقيق.',
    ],
    values: {
      auditors: {
        entity: 'الجهة',
        appointed_auditor: 'مدقق تعيّنه الجهة',
        nca: 'الهيئة الوطنية للأمن السيبراني',
        sector_regulator: 'الجهة التنظيمية القطاعية للجهة',
      },
    },
  },
  'assurance.attestations': {
    title: 'الشهادات والتقارير المستقلة',
    sentences: [
      'يلتزم مقدم الخدمة بالحصول على {required} بما يغطي الخدمات والمحافظة على سريانها، وبتسليم الجهة الشهادات أو التقارير السارية مرة واحدة على الأقل كل {delivery_interval_months}.',
      'يجب ألّا تكون الفترة التي يغطيها أي تقرير قد انتهت قبل أكثر من {max_report_age_months} من تاريخ تسليمه، ومتى مضى على نهاية تلك الفترة أكثر من {bridge_letter_gap_months}، يسلّم مقدم الخدمة أيضًا خطاب تجسير يغطي المدة اللاحقة لها.',
      'يلتزم مقدم الخدمة بإخطار الجهة خلال مدة لا تتجاوز {loss_notice_days} من سحب أيٍّ من هذه الشهادات أو تعليقها أو تضييق نطاقها.',
    ],
    values: {
      required: {
        iso27001: 'شهادة ISO/IEC 27001',
        soc2_type2: 'تقرير SOC 2 من النوع الثاني',
        csa_star_l2: 'شهادة CSA STAR من المستوى الثاني',
        nca_ccc_compliance: 'شهادة امتثال لضوابط الأمن السيبراني للحوسبة السحابية',
        pci_dss: 'شهادة امتثال لمعيار PCI DSS',
        iso22301: 'شهادة ISO 22301',
      },
    },
  },
  'reporting.security_reports': {
    title: 'التقارير الأمنية',
    sentences: [
      '{monthly_report?يسلّم مقدم الخدمة الجهةَ تقريرًا أمنيًا كل شهر خلال مدة لا تتجاوز {monthly_delivery_days} من نهاية الشهر، يتناول {contents}.|لا يُشترط تقديم تقرير أمني شهري؛ وحيثما قُدّم، يكون تسليمه خلال مدة لا تتجاوز {monthly_delivery_days} من نهاية الشهر، ويتناول {contents}.}',
      'يُقاس أداء مقدم الخدمة في الأمن السيبراني بالمؤشرات الآتية: {kpis}.',
      'يعقد الطرفان اجتماعًا لمراجعة الوضع الأمني مرة واحدة على الأقل كل {posture_review_interval_months}.',
    ],
    values: {
      contents: {
        incidents: 'حوادث الأمن السيبراني',
        vulnerabilities: 'الثغرات',
        patch_compliance: 'الالتزام بتطبيق التحديثات',
        access_changes: 'التغييرات في الصلاحيات',
        sla_metrics: 'الأداء مقارنةً بمستويات الخدمة',
        subcontractor_changes: 'التغييرات في المقاولين من الباطن',
        threat_intel: 'المعلومات الاستباقية عن التهديدات',
      },
    },
  },
  'governance.periodic_review': {
    title: 'مراجعة هذا الملحق',
    sentences: [
      'يراجع الطرفان هذا الملحق مرة واحدة على الأقل كل {review_interval_months}، وكذلك بعد تحقق أيٍّ مما يأتي: {triggers:or}.',
      '{amendment_process?يوثّق الطرفان أي تغيير يتفقان عليه في المراجعة بتعديل مكتوب لهذا الملحق.|لا يوجد إجراء متفق عليه لتحويل نتائج المراجعة إلى تعديلات.}',
    ],
    values: { triggers: AR_TRIGGERS },
  },
  'exit.data_return': {
    title: 'إعادة البيانات',
    sentences: [
      'يلتزم مقدم الخدمة بإعادة جميع بيانات الجهة إليها خلال مدة لا تتجاوز {return_within_days} من تحقق أيٍّ مما يأتي: {triggers:or}.',
      'تُعاد البيانات بالصيغ القابلة للاستخدام الآتية: {formats}.',
      'تشمل الإعادة {includes}.',
    ],
    values: {
      triggers: {
        termination: 'إنهاء العقد',
        expiry: 'انتهاء مدة العقد',
        insolvency: 'إعسار مقدم الخدمة',
        discontinuation: 'توقف الخدمات',
      },
      includes: {
        data: 'بيانات الجهة',
        configurations: 'الإعدادات',
        logs: 'السجلات',
        documentation: 'الوثائق',
        keys: 'مفاتيح التشفير',
      },
    },
  },
  'exit.secure_deletion': {
    title: 'الإتلاف الآمن',
    sentences: [
      'يلتزم مقدم الخدمة، بعد إعادة البيانات، بإتلاف جميع بيانات الجهة التي في حيازته أو حيازة مقاوليه من الباطن إتلافًا آمنًا خلال مدة لا تتجاوز {delete_within_days_after_return}، وإتلافها من النسخ الاحتياطية خلال مدة لا تتجاوز {backups_purged_within_days}، وذلك باستخدام {method}.',
      'يُثبت مقدم الخدمة الإتلاف بموجب {evidence}.',
      'لا يجوز لمقدم الخدمة أن يحتفظ إلا بالبيانات الآتية، وفي الحدود وللمدة التي يقتضيها النظام: {retention_exceptions}.',
    ],
    values: {
      method: {
        nist_800_88_clear: 'طريقة المسح (Clear) وفق NIST SP 800-88',
        nist_800_88_purge: 'طريقة التطهير (Purge) وفق NIST SP 800-88',
        nist_800_88_destroy: 'طريقة الإتلاف المادي (Destroy) وفق NIST SP 800-88',
        crypto_erase: 'المحو التشفيري',
      },
      evidence: {
        certificate: 'شهادة إتلاف موقّعة',
        witnessed: 'إتلاف يجري بحضور الجهة',
        tool_report: 'تقرير أداة الإتلاف',
      },
    },
  },
  'exit.transition_assistance': {
    title: 'الخروج والانتقال',
    sentences: [
      '{exit_plan?يحتفظ مقدم الخدمة بخطة خروج موثقة للخدمات.|لا يُشترط وجود خطة خروج موثقة.}',
      'يلتزم مقدم الخدمة، عند الخروج، بمواصلة تقديم الخدمات والمساعدة في نقلها إلى الجهة أو إلى مقدم خدمة جديد، بما في ذلك نقل المعرفة، خلال فترة انتقالية مدتها {transition_months}.',
      'يسحب مقدم الخدمة جميع حساباته وصلاحيات وصوله إلى بيئة الجهة خلال مدة لا تتجاوز {access_revoked_hours_after_exit} من الخروج.',
      'يحق للجهة إنهاء العقد في أيٍّ من الحالات الآتية: {termination_rights:or}.',
    ],
    values: {
      termination_rights: {
        material_breach: 'إخلال مقدم الخدمة إخلالًا جوهريًا',
        security_failure: 'إخفاق أمني جسيم',
        regulator_request: 'طلب جهة تنظيمية مختصة',
        insolvency: 'إعسار مقدم الخدمة',
        change_of_control: 'تغيّر السيطرة على مقدم الخدمة',
        soc_relocation_abroad: 'نقل أي مركز مراقبة أو تشغيل إلى خارج المملكة العربية السعودية',
      },
    },
  },
};

const AR: LanguageSentences = {
  lang: 'ar',
  dir: 'rtl',
  clauses: AR_CLAUSES,
  groups: {
    scope: 'النطاق',
    risk: 'المخاطر والامتثال',
    access: 'إدارة الوصول',
    data: 'حماية البيانات',
    operations: 'العمليات الأمنية',
    incidents: 'إدارة الحوادث',
    assurance: 'الضمان والمراجعة',
    exit: 'الخروج',
  },
  sla: [
    { clause: 'incident.notification', param: 'initial_notice_hours', label: 'الإخطار الأولي بحادثة الأمن السيبراني، من الاكتشاف' },
    { clause: 'incident.notification', param: 'detailed_report_hours', label: 'التقرير المفصل عن الحادثة، من الاكتشاف' },
    { clause: 'incident.notification', param: 'final_report_days', label: 'التقرير النهائي عن الحادثة، من الاكتشاف' },
    { clause: 'incident.forensics_and_containment', param: 'rca_days', label: 'تحليل السبب الجذري، من وقوع الحادثة' },
    { clause: 'monitoring.soc_integration', param: 'forward_latency_minutes', label: 'إحالة التنبيه الأمني' },
    { clause: 'access.review_and_revocation', param: 'revocation_hours', label: 'سحب صلاحيات الموظف المغادر' },
    { clause: 'vuln.remediation_sla', param: 'critical_days', label: 'معالجة الثغرة الحرجة' },
    { clause: 'vuln.remediation_sla', param: 'high_days', label: 'معالجة الثغرة العالية' },
    { clause: 'vuln.remediation_sla', param: 'medium_days', label: 'معالجة الثغرة المتوسطة' },
    { clause: 'vuln.remediation_sla', param: 'low_days', label: 'معالجة الثغرة المنخفضة' },
    { clause: 'resilience.bcp_dr_backup', param: 'rto_hours', label: 'الهدف الزمني للاستعادة' },
    { clause: 'resilience.bcp_dr_backup', param: 'rpo_hours', label: 'الهدف الزمني لنقطة الاستعادة' },
    { clause: 'exit.data_return', param: 'return_within_days', label: 'إعادة البيانات عند الخروج' },
    { clause: 'exit.secure_deletion', param: 'delete_within_days_after_return', label: 'الإتلاف بعد إعادة البيانات' },
    { clause: 'exit.transition_assistance', param: 'access_revoked_hours_after_exit', label: 'سحب جميع الصلاحيات بعد الخروج' },
  ],
  frame: {
    defaultTitle: 'ملحق متطلبات الأمن السيبراني',
    intro:
      'يُعدّ هذا الملحق جزءًا لا يتجزأ من {contract} المبرم بين {customer}{customerType} (ويُشار إليها فيما بعد بـ«الجهة») و{provider}{providerCountry} (ويُشار إليه فيما بعد بـ«مقدم الخدمة»)، ويحدد التزامات الأمن السيبراني المنطبقة على الخدمات الموصوفة في البند 1.1 (ويُشار إليها بـ«الخدمات»).',
    introContract: 'العقد رقم {ref}',
    introNoContract: 'العقد',
    customerTypes: {
      government: '، وهي جهة حكومية،',
      cni_operator: '، وهي جهة مشغّلة لبنية تحتية وطنية حساسة،',
      private: '، وهي جهة من القطاع الخاص،',
    },
    providerCountry: ' من {country}',
    definitions:
      'يُقصد بـ«بيانات الجهة» جميع بيانات الجهة ومعلوماتها التي يحصل عليها مقدم الخدمة أو مقاولوه من الباطن أو يعالجونها أو يحتفظون بها. ويُقصد بـ«حادثة الأمن السيبراني» أي حدث يمسّ سرية بيانات الجهة أو سلامتها أو توافرها، أو يمسّ الخدمات. وتُحسب الأيام أيامًا تقويمية والساعات ساعاتٍ فعلية، وتبدأ كل مدة من تاريخ الحدث المذكور معها.',
    eccNote:
      'يبيّن ما بين القوسين بعد عنوان كل بند موضعَ البند في العقد وضوابطَ الأمن السيبراني الأساسية (ECC-2:2024) الصادرة عن الهيئة الوطنية للأمن السيبراني التي يخدمها.',
    meta: {
      id: 'الملحق',
      version: 'الإصدار',
      signedOn: 'تاريخ التوقيع',
      effectiveFrom: 'تاريخ السريان',
      term: 'مدة العقد',
      lastReviewedOn: 'تاريخ آخر مراجعة',
    },
    missing: 'ناقص',
    invalid: 'غير صالح',
    notApplicable: '[لا ينطبق: يُشترط فقط إذا كانت {reason}]',
    conditions: {
      it_outsourcing_or_managed: 'الخدمات تشمل إسنادًا أو خدمات مُدارة',
      critical_systems: 'الخدمات تشمل أنظمة حساسة',
      personal_data: 'الخدمات تشمل بيانات شخصية',
      cloud_or_hosting: 'الخدمات تشمل حوسبة سحابية أو استضافة',
      managed_security_services: 'الخدمات تشمل خدمات أمن سيبراني مُدارة',
      gov_or_cni: 'الجهة حكومية أو مشغّلة لبنية تحتية وطنية حساسة',
      soc_applies: 'الخدمات تشمل مراقبة بيئة الجهة أو تشغيلها عن طريق الوصول عن بعد',
    },
    note: 'ملاحظة:',
    subjectToException: 'يخضع هذا البند للاستثناء {ids} الوارد في المرفق (أ).',
    annexTitle: 'المرفق (أ): الاستثناءات المعتمدة',
    annexIntro: 'اعتُمدت الانحرافات الآتية عن هذا الملحق للمدة المبيّنة لكلٍّ منها، وبانقضائها يسري البند بكامله.',
    annexFields: {
      clause: 'البند',
      deviation: 'الانحراف:',
      compensatingControls: 'الضوابط البديلة:',
      riskRef: 'مرجع المخاطر:',
      approvedBy: 'اعتمده',
      approvedOn: 'بتاريخ',
      expiresOn: 'ويسري حتى',
    },
    slaTitle: 'مستويات الخدمة',
    slaNote: 'يعيد هذا الجدول بيان المدد الواردة في البنود أعلاه، وعند أي اختلاف بينه وبين أحد البنود يُعتدّ بالبند.',
    slaHeaders: ['الالتزام', 'المدة', 'البند'],
    slaMissingClause: 'البند ناقص',
    signatureTitle: 'التوقيعات',
    signCustomer: 'عن الجهة',
    signProvider: 'عن مقدم الخدمة',
    signFields: ['الاسم:', 'المنصب:', 'التوقيع:', 'التاريخ:'],
    initials: 'الأحرف الأولى',
    page: 'صفحة',
    months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    and: 'و',
    or: 'أو',
    yes: 'نعم',
    no: 'لا',
    indefinite: 'دون حد زمني',
  },
};

export const SENTENCES: Readonly<Record<RenderLang, LanguageSentences>> = { en: EN, ar: AR };
