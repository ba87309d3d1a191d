/**
 * A provider's evidence status as data, for reports (`ecc-appendix report`) and status views: counts by severity and
 * by check, whether the log is linked, and the date of the latest entry of each kind.
 */
import type { Severity } from '../catalogue/types';
import type { Finding } from '../findings';
import { getIn, isRecord } from '../rules/context';
import { EVIDENCE_LINK_CODE } from './checks';
import { dateOf, stampOf } from './time';

export type SeverityCounts = Record<Severity, number>;

export interface EvidenceStatus {
  /** `evidence_log.appendix` as written. */
  appendix: string | undefined;
  /** False when the link could not be resolved (an `evidence-link` finding); the appendix checks did not run. */
  linked: boolean;
  provider: string | undefined;
  /** The date the log was checked as of ("today"). */
  asOf: string;
  /** `evidence_log.as_of`: the date the provider says the log is complete to. */
  logAsOf: string | undefined;
  /** Findings by severity, all codes. */
  counts: SeverityCounts;
  /** Findings by code (`EV-05`, `evidence-link`, `type`, ...) and severity. */
  byCode: Record<string, SeverityCounts>;
  /** The latest date of each kind of evidence (undefined when none is recorded); periods for reports. */
  latest: {
    riskAssessment?: string;
    socConfirmation?: string;
    externalScan?: string;
    internalScan?: string;
    pentest?: string;
    accessReview?: string;
    monthlyReport?: string;
    postureReview?: string;
    jointExercise?: string;
    drTest?: string;
    restoreTest?: string;
    audit?: string;
    incident?: string;
  };
}

function latest(list: unknown, key: string, filter: (item: Record<string, unknown>) => boolean = () => true, asOf?: string): string | undefined {
  if (!Array.isArray(list)) return undefined;
  let best: string | undefined;
  for (const item of list) {
    if (!isRecord(item) || !filter(item)) continue;
    const v = item[key];
    const d = key.endsWith('_at') ? stampOf(v)?.date : key === 'period' ? (typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/.test(v) ? v : undefined) : dateOf(v);
    if (!d || (asOf && key !== 'period' && d > asOf)) continue;
    if (!best || d > best) best = d;
  }
  return best;
}

/**
 * The status of one evidence log from its parsed value and the findings `checkDocument` returned for it.
 *   const r = checkDocument(path, text, options); if (r?.kind === 'evidence') evidenceStatus(r.parsed?.value, r.findings, options.asOf)
 */
export function evidenceStatus(root: unknown, findings: readonly Finding[], asOf: string): EvidenceStatus {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, SeverityCounts> = {};
  for (const f of findings) {
    counts[f.severity]++;
    (byCode[f.code] ??= { error: 0, warning: 0, info: 0 })[f.severity]++;
  }
  const r = isRecord(root) ? root : {};
  const id = getIn(r, ['evidence_log', 'appendix']);
  const provider = getIn(r, ['evidence_log', 'provider']);
  const type = (t: string) => (item: Record<string, unknown>) => item.type === t;
  return {
    appendix: typeof id === 'string' ? id : undefined,
    linked: typeof id === 'string' && !findings.some((f) => f.code === EVIDENCE_LINK_CODE),
    provider: typeof provider === 'string' ? provider : undefined,
    asOf,
    logAsOf: dateOf(getIn(r, ['evidence_log', 'as_of'])),
    counts,
    byCode,
    latest: {
      riskAssessment: latest(r.risk_assessments, 'performed_on', undefined, asOf),
      socConfirmation: latest(r.soc_confirmations, 'confirmed_on', undefined, asOf),
      externalScan: latest(r.scans, 'performed_on', type('external'), asOf),
      internalScan: latest(r.scans, 'performed_on', type('internal'), asOf),
      pentest: latest(r.pentests, 'completed_on', undefined, asOf),
      accessReview: latest(r.access_reviews, 'performed_on', undefined, asOf),
      monthlyReport: latest(r.reports, 'period', type('monthly_security')),
      postureReview: latest(r.reports, 'period', type('quarterly_posture_review')),
      jointExercise: latest(r.exercises, 'performed_on', type('joint_tabletop'), asOf),
      drTest: latest(r.continuity_tests, 'performed_on', type('dr_test'), asOf),
      restoreTest: latest(r.continuity_tests, 'performed_on', type('restore_test'), asOf),
      audit: latest(r.audits, 'performed_on', undefined, asOf),
      incident: latest(r.incidents, 'detected_at', undefined, asOf),
    },
  };
}
