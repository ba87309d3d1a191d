/**
 * ECC-2:2024 controls referenced by the clause catalogue, described in our own words (never NCA's sentences).
 * Facts checked against the English translation of ECC-2:2024 (ecc-reference.md source S1, a converted copy of the
 * NCA PDF); the Arabic text is binding. Subdomain 4-1 / 4-2 wording follows ecc-reference.md, reworded.
 * Ids use dashes; the ECC body sometimes prints dots (4.1.3.1).
 */
import type { Control } from './types';

export const ECC_VERSION_LABEL = 'ECC-2:2024 (English translation; Arabic binding)';

const V = 'ECC-2:2024';
const URL = 'https://nca.gov.sa/en/regulatory-documents/controls-list/ecc/';

export const CONTROLS: readonly Control[] = [
  // Domain 1: governance ----------------------------------------------------------------------------------------------
  {
    id: '1-5-3-3',
    version: V,
    title: 'Risk assessment when planning third-party services',
    summary:
      'One of the minimum occasions on which the entity must run its cybersecurity risk assessment procedure is while it is planning to obtain services from a third party.',
    url: URL,
  },
  {
    id: '1-8',
    version: V,
    title: 'Periodical cybersecurity review and audit (subdomain)',
    summary:
      "The entity's cybersecurity function reviews how the controls are implemented at regular intervals, parties independent of that function audit them, and the findings and corrective actions are documented and reported to the supervisory committee and the authorized official.",
    url: URL,
  },
  {
    id: '1-9-3',
    version: V,
    title: 'Personnel requirements before employment',
    summary:
      'Before someone starts working for the entity, their contract carries cybersecurity duties and confidentiality terms that last beyond the end of employment, and people in cybersecurity roles or technical roles with critical or privileged rights are screened or vetted.',
    url: URL,
  },

  // Domain 2: defence -------------------------------------------------------------------------------------------------
  {
    id: '2-2-3-2',
    version: V,
    title: 'Multi-factor authentication',
    summary:
      'Identity and access requirements include multi-factor authentication for remote access and for privileged accounts, with the number and kind of factors chosen from an assessment of the impact if authentication failed or were bypassed.',
    url: URL,
  },
  {
    id: '2-2-3-3',
    version: V,
    title: 'Authorization principles',
    summary:
      'Users are authorized on the principles of need-to-know and need-to-use, least privilege, and segregation of duties.',
    url: URL,
  },
  {
    id: '2-2-3-4',
    version: V,
    title: 'Privileged access management',
    summary: 'Identity and access requirements include managing privileged access as a distinct discipline.',
    url: URL,
  },
  {
    id: '2-2-3-5',
    version: V,
    title: 'Periodic access review',
    summary: 'Identities and their access rights are reviewed at regular intervals (ECC sets no interval; CSCC asks every three months for critical systems).',
    url: URL,
  },
  {
    id: '2-3-3-3',
    version: V,
    title: 'Patch management',
    summary: 'Protection of information systems and processing facilities includes managing patches for systems, applications and devices.',
    url: URL,
  },
  {
    id: '2-7-2',
    version: V,
    title: 'Data protection by classification',
    summary: "The entity's requirements for protecting data and information are put into practice according to each item's classification level.",
    url: URL,
  },
  {
    id: '2-8-3-1',
    version: V,
    title: 'Approved cryptographic solutions',
    summary:
      "Cryptography requirements build at least on NCA's National Cryptographic Standards, at a level suited to the sensitivity of what is protected, and cover the approved cryptographic solutions with their technical and regulatory limits.",
    url: URL,
  },
  {
    id: '2-8-3-2',
    version: V,
    title: 'Cryptographic key management',
    summary: 'Cryptographic keys are managed securely through their whole life cycle.',
    url: URL,
  },
  {
    id: '2-8-3-3',
    version: V,
    title: 'Encryption in transit and at rest',
    summary: 'Data is encrypted both in transit and at rest, according to its classification and the applicable laws and regulations.',
    url: URL,
  },
  {
    id: '2-9-3',
    version: V,
    title: 'Backup and recovery minimum requirements',
    summary:
      'Backup and recovery requirements cover at least: backing up the critical technology and information assets, being able to recover data and systems quickly after an incident, and testing from time to time that recovery from backup works.',
    url: URL,
  },
  {
    id: '2-9-3-3',
    version: V,
    title: 'Testing recovery from backup',
    summary: 'Recovery from backup is tested at regular intervals to show that it actually works.',
    url: URL,
  },
  {
    id: '2-10-3-1',
    version: V,
    title: 'Periodic vulnerability assessment',
    summary: 'Technical vulnerabilities are assessed and detected at regular intervals (ECC sets no interval; CSCC asks monthly for critical systems).',
    url: URL,
  },
  {
    id: '2-10-3-3',
    version: V,
    title: 'Risk-based vulnerability remediation',
    summary: 'Vulnerabilities are fixed in an order and time set by their classification and the risks they carry.',
    url: URL,
  },
  {
    id: '2-10-3-4',
    version: V,
    title: 'Patching to remediate vulnerabilities',
    summary:
      'Vulnerabilities are remediated through managed patching, and the patches are checked for integrity and effectiveness in a non-production environment before they go live.',
    url: URL,
  },
  {
    id: '2-11-3-1',
    version: V,
    title: 'Penetration test scope',
    summary:
      'Penetration tests cover every service offered over the internet together with its technical components, such as infrastructure, websites, web and mobile applications, email and remote access.',
    url: URL,
  },
  {
    id: '2-11-3-2',
    version: V,
    title: 'Periodic penetration tests',
    summary: 'Penetration tests are carried out at regular intervals (ECC sets no interval; CSCC and CCC ask every six months for their scope).',
    url: URL,
  },
  {
    id: '2-12-3-1',
    version: V,
    title: 'Event logs for critical assets',
    summary: 'Cybersecurity event logging is switched on for the critical information assets.',
    url: URL,
  },
  {
    id: '2-12-3-2',
    version: V,
    title: 'Event logs for privileged accounts and remote access',
    summary: 'Cybersecurity event logging is switched on for critical and privileged accounts that access information assets, and for remote-access events.',
    url: URL,
  },
  {
    id: '2-12-3-4',
    version: V,
    title: 'Continuous log monitoring',
    summary: 'Cybersecurity event logs are monitored continuously.',
    url: URL,
  },
  {
    id: '2-12-3-5',
    version: V,
    title: 'Log retention of at least 12 months',
    summary: 'Cybersecurity event logs are kept for no less than 12 months (CSCC raises this to 18 months for critical systems).',
    url: URL,
  },
  {
    id: '2-13-3',
    version: V,
    title: 'Incident and threat management minimum requirements',
    summary:
      'Incident and threat management covers at least: response plans and escalation procedures, classification of incidents, reporting incidents to NCA, sharing incident notices, threat intelligence, compromise indicators and reports with NCA, and handling threat-intelligence feeds.',
    url: URL,
  },
  {
    id: '2-13-3-1',
    version: V,
    title: 'Incident response plans and escalation',
    summary: 'The entity has cybersecurity incident response plans together with escalation procedures.',
    url: URL,
  },
  {
    id: '2-13-3-3',
    version: V,
    title: 'Reporting incidents to NCA',
    summary: 'Cybersecurity incidents are reported to NCA; this duty rests with the entity.',
    url: URL,
  },
  {
    id: '2-13-3-4',
    version: V,
    title: 'Sharing incident information with NCA',
    summary: 'Incident notifications, threat intelligence, indicators of compromise and incident reports are shared with NCA.',
    url: URL,
  },

  // Domain 3: resilience ----------------------------------------------------------------------------------------------
  {
    id: '3-1-3',
    version: V,
    title: 'Business continuity minimum requirements',
    summary:
      'Cybersecurity requirements for business continuity cover at least: keeping cybersecurity systems and procedures running, plans for responding to incidents that could disrupt the business, and disaster recovery plans.',
    url: URL,
  },
  {
    id: '3-1-3-2',
    version: V,
    title: 'Incident response plans for business continuity',
    summary: "Plans exist for responding to cybersecurity incidents that could affect the continuity of the entity's business.",
    url: URL,
  },

  // Domain 4: third parties and cloud ---------------------------------------------------------------------------------
  {
    id: '4-1',
    version: V,
    title: 'Third-party cybersecurity (subdomain)',
    summary:
      "Protect the entity's assets against cybersecurity risk coming from third parties, including IT outsourcing, cybersecurity outsourcing and managed services, in line with the entity's policies and the applicable laws.",
    url: URL,
  },
  {
    id: '4-1-1',
    version: V,
    title: 'Third-party contract requirements defined',
    summary: 'The entity defines, documents and approves the cybersecurity requirements that its contracts and agreements with third parties must carry.',
    url: URL,
  },
  {
    id: '4-1-2',
    version: V,
    title: 'Minimum terms for third parties that can affect data or services',
    summary:
      "Contracts and agreements (service level agreements included) with any third party whose failure could affect the entity's data or services contain at least the terms in 4-1-2-1 to 4-1-2-3.",
    url: URL,
  },
  {
    id: '4-1-2-1',
    version: V,
    title: 'Non-disclosure and secure data removal',
    summary: "Confidentiality (non-disclosure) terms, and a duty on the third party to remove the entity's data securely when the service ends.",
    url: URL,
  },
  {
    id: '4-1-2-2',
    version: V,
    title: 'Incident communication procedures',
    summary: 'Agreed procedures for how the parties communicate when a cybersecurity incident occurs.',
    url: URL,
  },
  {
    id: '4-1-2-3',
    version: V,
    title: "Third party bound by the entity's requirements and the law",
    summary: "The third party is obliged to apply the entity's cybersecurity requirements and policies as well as the applicable laws and regulations.",
    url: URL,
  },
  {
    id: '4-1-3',
    version: V,
    title: 'Minimum terms for IT or cybersecurity outsourcing and managed services',
    summary:
      'Contracts with third parties that provide IT or cybersecurity outsourcing or managed services contain at least the terms in 4-1-3-1 and 4-1-3-2. ECC-1:2018 named only IT outsourcing and managed services; ECC-2:2024 added cybersecurity outsourcing.',
    url: URL,
  },
  {
    id: '4-1-3-1',
    version: V,
    title: 'Risk assessment before signing and on regulatory change',
    summary:
      'A cybersecurity risk assessment is carried out, and the availability of controls that reduce the risks is confirmed, before the contract is signed and again whenever the applicable laws or regulations change.',
    url: URL,
  },
  {
    id: '4-1-3-2',
    version: V,
    title: 'Managed monitoring and operations centres in KSA',
    summary:
      'Managed cybersecurity service centres that monitor or operate over remote access must be located wholly inside the Kingdom of Saudi Arabia.',
    url: URL,
  },
  {
    id: '4-1-4',
    version: V,
    title: 'Periodic review of third-party requirements',
    summary: 'The cybersecurity requirements that apply to third parties are reviewed at regular intervals.',
    url: URL,
  },
  {
    id: '4-2',
    version: V,
    title: 'Cloud computing and hosting cybersecurity (subdomain)',
    summary:
      "Handle the cyber risks of cloud computing and hosting and protect the entity's assets that third parties host, process or manage in the cloud; binding only on entities that use or plan to use such services.",
    url: URL,
  },
  {
    id: '4-2-1',
    version: V,
    title: 'Cloud and hosting requirements defined',
    summary: 'Cybersecurity requirements for using cloud computing and hosting services are defined, documented and approved.',
    url: URL,
  },
  {
    id: '4-2-2',
    version: V,
    title: 'Cloud and hosting requirements implemented',
    summary: 'The entity puts its cloud computing and hosting cybersecurity requirements into practice.',
    url: URL,
  },
  {
    id: '4-2-3',
    version: V,
    title: 'Minimum cloud and hosting requirements',
    summary:
      'In addition to the applicable controls of domains 1 to 3 and subdomain 4-1, requirements for cloud and hosting services include at least 4-2-3-1 and 4-2-3-2, in line with the applicable laws.',
    url: URL,
  },
  {
    id: '4-2-3-1',
    version: V,
    title: 'Data protected by classification and returned in usable form',
    summary:
      "The cloud or hosting provider protects the entity's data according to its classification level and hands it back in a usable format when the service ends.",
    url: URL,
  },
  {
    id: '4-2-3-2',
    version: V,
    title: 'Separation from other tenants',
    summary: "The entity's environment, virtual servers in particular, is kept separate from the environments of the provider's other customers.",
    url: URL,
  },
  {
    id: '4-2-4',
    version: V,
    title: 'Periodic review of cloud and hosting requirements',
    summary: 'The cloud computing and hosting cybersecurity requirements are reviewed at regular intervals.',
    url: URL,
  },
];
