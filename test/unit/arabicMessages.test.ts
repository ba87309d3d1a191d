/**
 * The message catalogue (server/src/languageService/i18n/messages.ts) in English and Arabic: one sample of every
 * message id, typed over every id, so a new message without a sample does not compile. Every Arabic text must carry
 * the numbers, ids and keys of its English twin inside isolates (docs/arabic.md: LTR isolate U+2066 … U+2069 around
 * ids, keys, values and numbers; first-strong isolate U+2068 … U+2069 around the user's own free text, as `userText`
 * in i18n/words.ts writes it), and a few whole messages are asserted exactly in both languages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasArabic, unisolatedLatin } from '../../server/src/languageService/catalogue/ar';
import type { Clause, ParamDef, ParamType, Test } from '../../server/src/languageService/catalogue/types';
import { EVIDENCE_CHECKS } from '../../server/src/languageService/evidence/checks';
import { MESSAGES, t, type MessageId, type MessageParams, type MessageRef } from '../../server/src/languageService/i18n/messages';
import type { Locale } from '../../server/src/languageService/i18n/locale';
import { CLAUSE_BY_ID } from '../../server/src/languageService/rules/context';

const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';
/** The expected LTR isolate, written out independently of `ltr`. */
const I = (s: string | number) => `${LRI}${s}${PDI}`;
/** The expected first-strong isolate of the user's own text. */
const U = (s: string) => `${FSI}${s}${PDI}`;

const HOUR = 3_600_000;
const MINUTE = 60_000;

function clause(id: string): Clause {
  const c = CLAUSE_BY_ID.get(id);
  assert.ok(c, `no clause ${id}`);
  return c;
}
function param(clauseId: string, key: string): ParamDef {
  const p = clause(clauseId).params.find((q) => q.key === key);
  assert.ok(p, `no parameter ${clauseId}.${key}`);
  return p;
}

const NOTICE = param('incident.notification', 'initial_notice_hours');
const NOTICE_BASE = NOTICE.baseline![0]; // at most 24 hours, warning; escalates above 72 hours
const HOURS: ParamType = NOTICE.type;
const CRITICAL_DAYS: ParamType = param('vuln.remediation_sla', 'critical_days').type;
const MAX24: Test = { op: 'max', value: 24 };
/** A term of the linked appendix (evidence/context.ts `Term`). */
const term = (value: number, stated: boolean, where: string) => ({ value, stated, where });
/** What the evidence-link messages say was skipped, from the registry. */
const SKIPPED = { needing: EVIDENCE_CHECKS.filter((c) => c.needsAppendix).length, total: EVIDENCE_CHECKS.length };

/**
 * One realistic sample per message id. Typed over every id: a message added to the catalogue without a sample here
 * is a compile error (`npx tsc -p tsconfig.json`). Numbers are 3 or more where a unit follows, since Arabic writes
 * 1 and 2 of a counted noun as words (docs/arabic.md, "Number agreement"); the exact tests below cover those.
 */
const SAMPLES: { [K in MessageId]: MessageParams<K> } = {
  'clause.missing': { clause: clause('incident.notification') },
  'param.missing-required': { where: 'resilience.bcp_dr_backup', key: 'rto_hours', basis: 'practice', origin: 'product brief' },
  'param.missing': {
    where: 'incident.notification',
    key: 'initial_notice_hours',
    type: HOURS,
    requirement: { kind: 'baseline', test: NOTICE_BASE.test, basis: NOTICE_BASE.basis, origin: NOTICE_BASE.origin },
  },
  'param.weak': {
    key: 'initial_notice_hours',
    value: 96,
    type: HOURS,
    test: NOTICE_BASE.test,
    requirement: { kind: 'baseline', test: NOTICE_BASE.test, basis: NOTICE_BASE.basis, origin: NOTICE_BASE.origin },
    escalation: { test: NOTICE_BASE.escalate!.test, reason: NOTICE_BASE.escalate!.reason },
  },
  'param.relaxed': {
    key: 'initial_notice_hours',
    value: 48,
    type: HOURS,
    test: MAX24,
    basis: 'practice',
    origin: 'product brief',
    override: { test: { op: 'max', value: 48 }, lifted: false, reason: 'Night shift covered by pager, CISO approval 2025-04' },
  },
  'cross.assessment-after-signature': { done: '2025-03-10', signed: '2025-03-02', days: 8 },
  'cross.no-signature-date': {},
  'cross.no-entity-type': {},
  'cross.licence-expired': { expires: '2025-06-30', asOf: '2025-10-15' },
  'cross.deletion-without-return': { deletion: 30 },
  'cross.origins-undeclared': { undeclared: ['AE', 'IN'] },
  'cross.review-overdue': { last: '2024-09-01', months: 12, due: '2025-09-01', asOf: '2025-10-15' },
  'exception.accepted': { id: 'EXC-2025-003', expiresOn: '2025-12-31' },
  'exception.unknown-clause': { name: 'EXC-2025-004', clause: 'vuln.remediation', suggestion: 'vuln.remediation_sla' },
  'exception.invalid': {
    name: 'EXC-2025-005',
    problems: [
      { kind: 'missing', keys: ['approved_by', 'risk_ref'] },
      { kind: 'duplicate', id: 'EXC-2025-003' },
      { kind: 'order', expires: '2025-01-31', approved: '2025-02-15' },
    ],
  },
  'exception.expired': { id: 'EXC-2025-003', clause: 'vuln.remediation_sla', expires: '2025-12-31', asOf: '2026-01-15' },
  'exception-ref.unlisted': { ref: 'EXC-2025-009' },
  'exception-ref.other-clause': { ref: 'EXC-2025-003', target: 'vuln.remediation_sla', clause: 'incident.notification' },
  'schema-version': { kind: 'appendix', expected: 'ecc-appendix/v1', found: 'ecc-appendix/v2' },
  'file.not-mapping': {},
  'yaml.too-big': { size: '12.4', limit: '5' },
  'yaml.binary': { line: 17 },
  'yaml.bare-cr': {},
  'yaml.too-many-lines': { limit: 50_000 },
  'yaml.line-too-long': { line: 42, length: 120_345, limit: 100_000 },
  'yaml.flow-entries': { limit: 10_000 },
  'yaml.too-deep': { limit: 64 },
  'yaml.alias-bomb': { limit: 100_000 },
  'yaml.alias-loop': {},
  'yaml.merge-loop': {},
  'yaml.unreadable': { detail: 'Maximum call stack size exceeded' },
  'yaml.syntax': { raw: 'Implicit map keys need to be followed by map values at line 3, column 1:\n\nfoo\n^\n', code: 'MISSING_CHAR' },
  'yaml.more-problems': { count: 1_250 },
  'yaml.documents': { count: 3 },
  'duplicate-key': { name: 'initial_notice_hours', line: 179 },
  length: {
    pageCount: 3,
    pages: 2.44,
    longest: [
      { number: '24', id: 'incident.notification', title: clause('incident.notification').title, lines: 14 },
      { number: '12', id: 'data.encryption', title: clause('data.encryption').title, lines: 11 },
    ],
  },
  'schema.unknown-key': {
    extra: 'notice_hours',
    where: 'incident.notification',
    known: ['ref', 'text', 'exception_ref', 'initial_notice_hours', 'detailed_report_hours', 'final_report_days', 'includes_suspected', 'includes_subcontractors', 'channels', 'a_10', 'a_11', 'a_12', 'a_13'],
  },
  'schema.required': { key: 'exceptions', missing: 'expires_on', entry: { index: 3, list: 'exceptions' } },
  'schema.yaml11-boolean': { key: 'includes_suspected', value: 'yes', bool: true },
  'schema.bare-number': { key: 'initial_notice_hours', n: 24, unit: 'hours', value: '24h' },
  'schema.arabic-digits': { key: 'initial_notice_hours', n: 24, value: '٢٤' },
  'schema.non-finite': { key: 'final_report_days', want: 'integer', source: '.inf' },
  'schema.too-large': { key: 'final_report_days', source: '99999999999999999999' },
  'schema.years-or-indefinite': { key: 'survives_termination_years', value: 'forever' },
  'schema.wrong-form': { key: 'signed_on', value: 'March 2025' },
  'schema.type': { key: 'initial_notice_hours', want: 'integer', value: 'twenty four' },
  'schema.enum': { key: 'policy', allowed: ['prior_written_approval', 'notice_and_objection', 'prohibited'], value: 'notify_only' },
  'schema.const': { key: 'schema', value: 'ecc-appendix/v1' },
  'schema.date': { key: 'signed_on', value: '2025-02-30' },
  'schema.timestamp': { key: 'detected_at', value: '2025-08-14 02:10' },
  'schema.country': { key: 'access_countries', value: 'KSA' },
  'schema.minimum': { key: 'critical_days' },
  'schema.other': { key: 'ref', detail: 'must NOT have fewer than 1 characters' },
  'link.missing': SKIPPED,
  'link.ambiguous': {
    ...SKIPPED,
    count: 4,
    id: 'WF-MSS-2025',
    paths: ['a/wadi.appendix.yaml', 'b/wadi.appendix.yaml', 'c/wadi.appendix.yaml', 'd/wadi.appendix.yaml'],
  },
  'link.unknown': { ...SKIPPED, id: 'WF-MSS-2052', suggestion: 'WF-MSS-2025' },
  'ev01.missing': { signed: '2025-03-02' },
  'ev01.after-signature': { label: 'RA-2025-01', done: '2025-03-10', days: 8, signed: '2025-03-02' },
  'ev01.unverified': { label: 'RA-2025-01' },
  'ev02.late': {
    label: 'RA-2025-07',
    event: 'REG-2025-02',
    published: '2025-05-01',
    days: 45,
    term: term(30, true, 'risk.regulatory_change_reassessment.reassess_within_days'),
    twice: false,
  },
  'ev02.missing': {
    published: '2025-05-01',
    term: term(30, false, 'risk.regulatory_change_reassessment.reassess_within_days'),
    due: '2025-05-31',
    twice: true,
    asOf: '2025-10-15',
  },
  'ev03.centre-abroad': { date: '2025-07-01', country: 'AE' },
  'ev03.remote-abroad': { country: 'IN' },
  'ev03.stale': { on: '2025-01-10', months: 6, asOf: '2025-10-15' },
  'ev03.none': { start: { date: '2025-03-15', kind: 'period' }, months: 6, asOf: '2025-10-15' },
  'ev04.expired': { licence: { kind: 'msoc', number: 'RFMSOC-0042' }, expires: '2025-06-30', days: 107, asOf: '2025-10-15' },
  'ev04.expiring': { licence: { kind: 'CST-ISP' }, expires: '2025-11-20', days: 36, asOf: '2025-10-15', warnDays: 60 },
  'cadence.first-late': {
    what: 'external-scan',
    unit: 'days',
    term: term(90, true, 'vuln.scanning.external_interval_days'),
    due: '2025-06-13',
    graced: '2025-06-18',
    first: '2025-07-20',
    start: { date: '2025-03-15', kind: 'effective' },
  },
  'cadence.gap': {
    what: 'pentest',
    unit: 'months',
    term: term(12, false, 'testing.penetration.interval_months'),
    due: '2025-01-10',
    graced: '2025-01-15',
    prev: '2024-01-10',
    next: '2025-04-25',
  },
  'cadence.none-after': {
    what: 'dr-test',
    unit: 'months',
    term: term(12, true, 'resilience.bcp_dr_backup.dr_test_interval_months'),
    due: '2025-05-03',
    graced: '2025-05-08',
    last: '2024-05-03',
    end: { date: '2025-10-15', exit: false },
  },
  'cadence.none-since': {
    what: 'joint-exercise',
    unit: 'months',
    term: term(12, true, 'incident.ir_plan_and_exercise.joint_exercise_interval_months'),
    due: '2025-03-15',
    graced: '2025-03-20',
    start: { date: '2024-03-15', kind: 'period' },
    end: { date: '2025-09-30', exit: true },
  },
  'deliverable.late': { what: 'scan-report', label: 'SCAN-2025-07', delivered: '2025-07-25', days: 14, from: '2025-07-11', term: term(7, true, 'vuln.scanning.report_delivery_days') },
  'deliverable.missing': {
    what: 'pentest-plan',
    label: 'PT-2025',
    elapsed: 40,
    from: '2025-09-05',
    term: term(30, false, 'testing.penetration.remediation_plan_days'),
    due: '2025-10-05',
  },
  'ev07.late': { label: 'VULN-118', severity: 'critical', fixed: '2025-08-20', days: 12, detected: '2025-08-08', term: term(7, true, 'vuln.remediation_sla.critical_days'), due: '2025-08-15' },
  'ev07.open': { label: 'VULN-131', severity: 'high', elapsed: 45, detected: '2025-08-31', term: term(30, true, 'vuln.remediation_sla.high_days'), due: '2025-09-30' },
  'ev10.expired': { attestation: { type: 'iso27001', number: 'IS-712345' }, expires: '2025-08-01', days: 75, asOf: '2025-10-15' },
  'ev10.expiring': { attestation: { type: 'soc2_type2' }, expires: '2025-11-30', days: 46, asOf: '2025-10-15', warnDays: 60 },
  'ev11.too-old': { end: '2024-06-30', asOf: '2025-10-15', term: term(12, true, 'assurance.attestations.max_report_age_months') },
  'ev11.bridge-short': { end: '2025-03-31', coversTo: '2025-06-30', asOf: '2025-10-15', term: term(3, false, 'assurance.attestations.bridge_letter_gap_months') },
  'ev11.no-bridge': { end: '2025-03-31', asOf: '2025-10-15', term: term(3, true, 'assurance.attestations.bridge_letter_gap_months') },
  'ev12.out-of-scope': { attestation: { type: 'csa_star_l2', number: 'STAR-5531' } },
  'ev12.no-response': { attestation: { type: 'soc2_type2' }, exceptions: 3 },
  'ev13.surveillance': { attestation: { type: 'iso22301', number: 'BC-88120' }, audit: '2024-06-10', asOf: '2025-10-15', months: 12 },
  'ev15.late': { label: 'j.doe', took: 30 * HOUR + 30 * MINUTE, term: term(24, true, 'access.review_and_revocation.revocation_hours') },
  'ev15.missing': { label: 'a.khan', left: '2025-10-01', deadline: '2025-10-02T09:00:00+03:00', term: term(24, false, 'access.review_and_revocation.revocation_hours') },
  'ev16.late': { month: '2025-06', delivered: '2025-07-20', after: 20, term: term(10, true, 'reporting.security_reports.monthly_delivery_days') },
  'ev16.missing': { month: '2025-08', term: term(10, false, 'reporting.security_reports.monthly_delivery_days'), due: '2025-09-10', graced: '2025-09-15' },
  'ev16.undated': { month: '2025-07', term: term(10, true, 'reporting.security_reports.monthly_delivery_days'), due: '2025-08-10', graced: '2025-08-15' },
  'ev17.missing': { first: '2025-Q1', last: '2025-Q2', term: term(6, true, 'reporting.security_reports.posture_review_interval_months'), due: '2025-09-30', graced: '2025-10-05' },
  'incident.late': { step: 'notice', label: 'INC-2025-014', took: 31 * HOUR + 30 * MINUTE, term: term(24, true, 'incident.notification.initial_notice_hours') },
  'incident.missing': {
    step: 'final',
    label: 'INC-2025-017',
    at: '2025-09-01T10:00:00+03:00',
    asOf: '2025-10-15',
    term: term(30, true, 'incident.notification.final_report_days'),
    deadline: '2025-10-01T10:00:00+03:00',
  },
  'ev20.late': { label: 'INC-2025-014', took: 80 * HOUR, fromNotice: true },
  'ev20.missing': { label: 'INC-2025-015', fromNotice: false },
  'ev21.no-offset': { key: 'detected_at', label: 'INC-2025-014', example: '2025-08-14T02:10:00' },
  'ev21.future': { key: 'performed_on', label: 'RA-2025-09', value: '2025-11-03', asOf: '2025-10-15' },
  'ev21.order': { then: 'resolved_at', first: 'detected_at', label: 'INC-2025-014', thenValue: '2025-08-13T09:00:00+03:00', firstValue: '2025-08-14T02:10:00+03:00' },
  'ev24.open-findings': { label: 'AUD-2025-01', open: 3, due: '2025-09-30' },
  'ev24.few-audits': { recent: 0, asOf: '2025-10-15', term: term(1, true, 'assurance.right_to_audit.min_per_year') },
  ev25: {
    label: 'CloudOps LLC',
    change: 'add',
    breaches: [
      { fact: { kind: 'short-notice', days: 10, on: '2025-06-20' }, need: { kind: 'notice', days: 30 }, term: { stated: true, where: 'subcontracting.control.change_notice_days' } },
      { fact: { kind: 'unapproved', date: '2025-07-01', refused: false }, need: { kind: 'approval' }, term: { stated: false, where: 'subcontracting.control.policy' } },
    ],
  },
  ev26: { kind: 'storage', country: 'DE', date: '2025-09-12', listed: { countries: ['SA', 'AE'], where: 'data.location_and_transfer.storage_countries' }, key: 'storage_countries' },
  ev27: { id: 'WF-MSS-2025', last: '2024-09-01', term: term(12, true, 'governance.periodic_review.review_interval_months'), due: '2025-09-01' },
  'ev28.late': { cert: '2025-09-30', days: 45, returned: '2025-08-16', term: term(30, true, 'exit.secure_deletion.delete_within_days_after_return') },
  'ev28.missing': { elapsed: 60, returned: '2025-08-16', term: term(30, false, 'exit.secure_deletion.delete_within_days_after_return'), due: '2025-09-15' },
  'ev28.nothing': { ended: '2025-06-30', ret: term(30, true, 'exit.data_return.return_within_days'), del: term(45, false, 'exit.secure_deletion.delete_within_days_after_return'), due: '2025-09-13' },
  ev29: { section: 'pentests', total: 4, bare: 3, names: ['PT-2024', 'PT-2025-A', 'PT-2025-B'], keys: ['ref', 'sha256'] },
  'policy.unknown-param': {
    key: 'incident.notification.notice',
    clause: { id: 'incident.notification', params: ['initial_notice_hours', 'detailed_report_hours', 'final_report_days'] },
  },
  'policy.override-problem': { key: 'incident.notification.initial_notice_hours', problem: { kind: 'number', unit: 'hours', op: 'max', value: 'fast' } },
  'policy.relaxation': { key: 'incident.notification.initial_notice_hours', type: HOURS, kind: 'relax', from: [MAX24], to: { op: 'max', value: 48 }, lifted: false },
  'policy.unknown-code': { code: 'incident.notice', suggestion: 'incident.notification' },
  'policy.snippet-folder': { raw: '../shared/snippets', problem: 'outside' },
  'snippet.duplicate-name': { first: 3, name: 'Bank standard 24h' },
  // `message` is a finding's message in the same language: see LOCALISED below.
  'snippet.finding': { name: 'Fast notice', index: 0, clause: 'incident.notification', message: '' },
  'fix.insert-clause': { clause: clause('incident.notification') },
  'fix.add-param': { param: 'initial_notice_hours', value: 24, type: HOURS, team: false },
  'fix.add-items': { param: 'required_for', items: ['remote', 'privileged'], team: true },
  'fix.limit-items': { param: 'storage_countries', items: ['SA'], team: false },
  'fix.set-value': { param: 'critical_days', value: 7, type: CRITICAL_DAYS, team: false },
  'fix.type': { suggestion: '24', was: '"24h"' },
  'fix.rename': { key: 'notice_hours', to: 'initial_notice_hours' },
  'fix.exception': { clause: 'vuln.remediation_sla' },
  'fix.all': { clauses: 3, params: 4, values: 5 },
  'cli.file': { path: 'contracts/acme.appendix.yaml', kind: 'appendix', findings: 3 },
  'cli.fixed': { path: 'contracts/acme.appendix.yaml', clauses: 3, params: 4, values: 5 },
  'cli.summary': { files: 3, error: 4, warning: 5, info: 6 },
  'cli.disclaimer': {},
  'summary.text': { present: 31, applicable: 33, exceptions: 3, expired: 4, profiles: ['ecc-baseline', 'ecc+cscc'] },
  'summary.tooltip': {
    missing: ['risk.pre_contract_assessment', 'soc.location_ksa', 'exit.secure_deletion'].map((id) => clause(id)),
    applicable: 33,
    total: 35,
    exceptions: 3,
    expired: 4,
  },
};

/** Samples whose params depend on the language (a nested message worded in the same language). */
const LOCALISED: Partial<{ [K in MessageId]: (locale: Locale) => MessageParams<K> }> = {
  'snippet.finding': (locale) => ({ ...SAMPLES['snippet.finding'], message: t(locale, 'param.weak', SAMPLES['param.weak']) }),
};

/**
 * Numbers of the English text that the Arabic writes as words on purpose, per message, with why. Anything else in
 * the English that looks like a number must be in an isolate of the Arabic.
 */
const WORDS_NOT_DIGITS: Partial<Record<MessageId, string[]>> = {
  // "in the 12 months before": الاثني عشر شهرًا السابقة (a fixed period, not a value); "at least 1 a year": مرة واحدة.
  'ev24.few-audits': ['12', '1'],
};

function paramsOf<K extends MessageId>(id: K, locale: Locale): MessageParams<K> {
  const f = LOCALISED[id] as ((l: Locale) => MessageParams<K>) | undefined;
  return f ? f(locale) : SAMPLES[id];
}

const IDS = Object.keys(MESSAGES) as MessageId[];

/** The contents of each isolate of `s`, by kind. */
function isolates(s: string): { ltr: string[]; fsi: string[] } {
  const ltr: string[] = [];
  const fsi: string[] = [];
  for (const m of s.matchAll(/([\u2066\u2068])([^\u2066-\u2069]*)\u2069/g)) (m[1] === LRI ? ltr : fsi).push(m[2]);
  return { ltr, fsi };
}

/** Isolates open and close in pairs and never nest. */
function balanced(s: string): boolean {
  let open = false;
  for (const ch of s) {
    if (ch === LRI || ch === FSI || ch === '\u2067') {
      if (open) return false;
      open = true;
    } else if (ch === PDI) {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/**
 * Every string and number inside the params, with the key path that holds it. A catalogue clause counts by its id
 * only (its title and texts are the catalogue's, translated by ar.ts and tested in arabicCatalogue.test.ts).
 */
function leaves(v: unknown, path: readonly string[] = []): { path: readonly string[]; value: string | number }[] {
  if (typeof v === 'string' || typeof v === 'number') return [{ path, value: v }];
  if (Array.isArray(v)) return v.flatMap((x) => leaves(x, path));
  if (v && typeof v === 'object') {
    if ('mustState' in v) return leaves((v as Clause).id, [...path, 'id']);
    return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  }
  return [];
}

/**
 * The user's own free text, in first-strong isolates: entry labels and names in an evidence log, a team policy's
 * reason, a regulatory event's id as written, a snippet's name. An escalation's `reason` is the catalogue's text,
 * translated (AR.escalateReasons); an exception's `name` is its id (LTR).
 */
const USER_TEXT_KEYS = new Set(['label', 'reason', 'names', 'event']);
function isUserText(id: MessageId, path: readonly string[]): boolean {
  const key = path[path.length - 1];
  return (USER_TEXT_KEYS.has(key) && !path.includes('escalation')) || (key === 'name' && id.startsWith('snippet.'));
}

/** An id, key, date, code or path (not an English word the Arabic translates, like `critical` or `scans`). */
const idLike = (s: string) => /[\d._\-/:]/.test(s) || /^[A-Z]{2,}$/.test(s);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('Arabic messages: every message id, sampled', () => {
  it('the table covers every id of the catalogue and nothing else', () => {
    assert.deepEqual(Object.keys(SAMPLES).sort(), [...IDS].sort());
    assert.equal(IDS.length, 127);
  });

  for (const id of IDS) it(id, () => assertPair(id, paramsOf(id, 'en'), paramsOf(id, 'ar')));
});

/**
 * The checks every message must pass in both languages, for one id and its params (English and Arabic params differ
 * only where a param is itself a worded message).
 */
function assertPair<K extends MessageId>(id: K, enParams: MessageParams<K>, arParams: MessageParams<K>, wordsNotDigits: readonly string[] = []): void {
      const en = t('en', id, enParams);
      const ar = t('ar', id, arParams);
      for (const [lang, s] of [['en', en], ['ar', ar]] as const) {
        assert.equal(typeof s, 'string');
        assert.ok(s.trim().length > 0, `${lang}: empty`);
        assert.doesNotMatch(s, /undefined|NaN|\[object|null/, `${lang}: ${s}`);
      }
      // English is not Arabic and has no bidi controls; Arabic has Arabic letters and no Arabic-Indic digits
      assert.ok(!hasArabic(en), en);
      assert.doesNotMatch(en, /[\u2066-\u2069]/);
      assert.ok(hasArabic(ar), ar);
      assert.doesNotMatch(ar, /[\u0660-\u0669\u06F0-\u06F9]/, ar);
      // isolates: balanced, not nested, only LRI and FSI; no Latin letter or digit outside one
      assert.ok(balanced(ar), `unbalanced or nested isolates: ${JSON.stringify(ar)}`);
      assert.doesNotMatch(ar, /[\u202A-\u202E\u2067]/, 'embeddings, overrides or RLI');
      assert.deepEqual(unisolatedLatin(ar), [], ar);
      const runs = isolates(ar);

      // every number of the English text is inside an LTR isolate of the Arabic
      const words = [...(WORDS_NOT_DIGITS[id] ?? []), ...wordsNotDigits];
      const numbers = en.replace(/`[^`]*`/g, ' ').match(/\d+(?:[-.:/,T+]\d+)*/g) ?? [];
      for (const n of numbers) {
        if (words.includes(n)) continue;
        assert.ok([...runs.ltr, ...runs.fsi].some((r) => new RegExp(`(^|[^\\d])${escape(n)}($|[^\\d])`).test(r)), `"${n}" of the English is not isolated in the Arabic: ${ar}`);
      }
      // every key in backticks of the English is an isolated code span of the Arabic
      for (const m of en.matchAll(/`([^`]+)`/g)) {
        assert.ok(runs.ltr.includes(`\`${m[1]}\``) || runs.ltr.some((r) => r.includes(m[1])), `\`${m[1]}\` of the English is not isolated in the Arabic: ${ar}`);
      }
      // every id, key, date or code passed in (and shown in English) is in an isolate: LTR, or first-strong for free text
      for (const { path, value } of leaves(arParams)) {
        const s = String(value);
        const shown = new RegExp(`(^|[^A-Za-z0-9_])${escape(s)}($|[^A-Za-z0-9_])`).test(en);
        // (an escalation's reason and a threshold's origin are the catalogue's words, translated by ar.ts; their
        // numbers are checked above)
        const catalogueWords = path.includes('escalation') || path[path.length - 1] === 'origin';
        const user = isUserText(id, path);
        if (typeof value === 'number' || !s || catalogueWords || (!idLike(s) && !user) || !shown) continue;
        if (user) assert.ok(runs.fsi.includes(s), `${path.join('.')}: the user's text "${s}" is not in a first-strong isolate: ${ar}`);
        else assert.ok(runs.ltr.some((r) => r.includes(s)), `${path.join('.')}: "${s}" is not in an LTR isolate: ${ar}`);
      }
      // a first-strong isolate holds exactly one value of the user's own text, never our words
      const userTexts = new Set(
        leaves(arParams)
          .filter((l) => isUserText(id, l.path))
          .map((l) => String(l.value)),
      );
      for (const r of runs.fsi) assert.ok(userTexts.has(r), `first-strong isolate around "${r}", which is not the user's text`);
}

const MFA = param('access.mfa', 'required_for');
const YEARS: ParamType = param('data.confidentiality', 'survives_termination_years').type;
const REMOTE_ORIGINS = param('soc.location_ksa', 'remote_access_origin_countries');

/**
 * Other branches of the templates, through the same checks (a message with several forms gets each form). `words`:
 * numbers of the English the Arabic writes as words here; `en`: English params where they differ.
 */
type Variant = MessageRef & { words?: string[]; en?: MessageRef['params'] };
const VARIANTS: Variant[] = [
  { id: 'clause.missing', params: { clause: clause('access.mfa') } }, // derived: two controls
  { id: 'clause.missing', params: { clause: clause('scope.services') } },
  // 2 years is the dual سنتان (nominative: the predicate of هي)
  { id: 'param.weak', words: ['2'], params: { key: 'survives_termination_years', value: 2, type: YEARS, test: { op: 'min', value: 5 }, requirement: { kind: 'baseline', test: { op: 'min', value: 5 }, basis: 'practice', origin: 'product brief' } } },
  {
    id: 'param.weak',
    params: { key: 'required_for', value: ['privileged'], type: MFA.type, test: MFA.baseline![0].test, requirement: { kind: 'baseline', ...MFA.baseline![0] } },
  },
  {
    id: 'param.weak',
    params: {
      key: 'initial_notice_hours',
      value: 48,
      type: HOURS,
      test: { op: 'max', value: 12 },
      requirement: { kind: 'team', relaxes: false, test: { op: 'max', value: 12 }, lifted: false, from: [MAX24] },
    },
  },
  {
    id: 'param.weak',
    params: {
      key: 'initial_notice_hours',
      value: 96,
      type: HOURS,
      test: { op: 'max', value: 48 },
      requirement: { kind: 'team', relaxes: true, test: { op: 'max', value: 48 }, lifted: false, from: [MAX24], reason: 'Weekend cover by pager' },
    },
  },
  ...(REMOTE_ORIGINS.baseline ?? []).map(
    (b): MessageRef => ({
      id: 'param.weak',
      params: { key: 'remote_access_origin_countries', value: ['SA', 'AE', 'EG'], type: REMOTE_ORIGINS.type, test: b.test, requirement: { kind: 'baseline', ...b } },
    }),
  ),
  { id: 'param.relaxed', params: { key: 'rto_hours', value: undefined, type: HOURS, test: { op: 'present' }, basis: 'practice', origin: 'product brief', override: { test: { op: 'present' }, lifted: true, reason: 'Stated in the master agreement' } } },
  { id: 'cross.origins-undeclared', params: { undeclared: ['EG'] } },
  { id: 'exception.unknown-clause', params: { name: 'EXC-7', clause: 'nothing.like.it' } },
  { id: 'schema-version', params: { kind: 'evidence', expected: 'ecc-evidence/v1' } },
  { id: 'schema-version', params: { kind: 'policy', expected: 'ecc-policy/v1', found: 'v1' } },
  { id: 'schema-version', params: { kind: 'snippets', expected: 'ecc-snippets/v1' } },
  { id: 'yaml.syntax', params: { raw: 'Nested mappings are not allowed in compact mappings at line 4, column 9:', code: 'SOMETHING_NEW' } },
  { id: 'yaml.syntax', params: { raw: 'Tabs are not allowed as indentation at line 2, column 1:', code: 'TAB_AS_INDENT' } },
  { id: 'schema.unknown-key', params: { extra: 'apendix', suggestion: 'appendix', known: ['schema', 'appendix'] } },
  { id: 'schema.required', params: { key: '(document)', missing: 'schema' } },
  { id: 'schema.required', params: { key: 'appendix', missing: 'id' } },
  { id: 'schema.bare-number', params: { key: 'min_per_year', n: 3, value: '3x' } },
  { id: 'schema.years-or-indefinite', params: { key: 'survives_termination_years', value: ['a'] } },
  { id: 'schema.type', params: { key: 'channels', want: 'array', value: { phone: true } } },
  { id: 'schema.type', params: { key: 'rto_hours', want: 'number', value: true } },
  { id: 'schema.enum', params: { key: 'required_for', entryOf: 'required_for', allowed: ['remote', 'privileged', 'all_users'], value: 'remot', suggestion: 'remote' } },
  { id: 'schema.other', params: { key: 'ref' } },
  { id: 'link.unknown', params: { ...SKIPPED, id: 'X-1' } },
  { id: 'ev01.missing', params: {} },
  { id: 'ev03.centre-abroad', params: { country: 'AE' } },
  { id: 'ev03.none', params: { start: { date: '2025-03-15', kind: 'effective' }, months: 6, asOf: '2025-10-15' } },
  // "0 days after": أي في تاريخ الفحص نفسه
  { id: 'ev04.expiring', words: ['0'], params: { licence: { kind: 'msoc', number: 'RFMSOC-0042' }, expires: '2025-10-15', days: 0, asOf: '2025-10-15', warnDays: 60 } },
  { id: 'ev10.expiring', params: { attestation: { type: 'something_else', number: 'Z-9' }, expires: '2025-11-30', days: 46, asOf: '2025-10-15', warnDays: 60 } },
  ...(['iso27001', 'soc2_type2', 'csa_star_l2', 'nca_ccc_compliance', 'pci_dss', 'iso22301'] as const).map(
    (type): MessageRef => ({ id: 'ev12.out-of-scope', params: { attestation: { type } } }),
  ),
  { id: 'ev13.surveillance', params: { attestation: { type: 'iso27001' }, issued: '2024-03-01', asOf: '2025-10-15', months: 12 } },
  { id: 'incident.late', params: { step: 'detailed', label: 'INC-7', took: 80 * HOUR, term: term(72, false, 'incident.notification.detailed_report_hours') } },
  { id: 'incident.late', params: { step: 'final', label: 'INC-7', took: 40 * 24 * HOUR + 5 * HOUR, term: term(30, true, 'incident.notification.final_report_days') } },
  { id: 'incident.missing', params: { step: 'notice', label: 'INC-8', at: '2025-10-14T22:00:00+03:00', asOf: '2025-10-15', term: term(24, true, 'incident.notification.initial_notice_hours'), deadline: '2025-10-15T22:00:00+03:00' } },
  { id: 'incident.missing', params: { step: 'detailed', label: 'INC-8', at: '2025-10-11T22:00:00+03:00', asOf: '2025-10-15', term: term(72, true, 'incident.notification.detailed_report_hours'), deadline: '2025-10-14T22:00:00+03:00' } },
  { id: 'ev20.late', params: { label: 'INC-9', took: 75 * HOUR + 45 * MINUTE, fromNotice: false } },
  { id: 'ev24.few-audits', params: { recent: 3, asOf: '2025-10-15', term: term(4, false, 'assurance.right_to_audit.min_per_year') } },
  {
    id: 'ev25',
    params: {
      label: 'Acme Hosting',
      change: 'replace',
      breaches: [
        { fact: { kind: 'effective', date: '2025-07-01' }, need: { kind: 'prohibited' }, term: { stated: true, where: 'subcontracting.control.policy' } },
        { fact: { kind: 'late-notice', days: 12, on: '2025-07-13' }, need: { kind: 'notice', days: 30 }, term: { stated: false, where: 'subcontracting.control.change_notice_days' } },
      ],
    },
  },
  { id: 'ev25', params: { label: 'Acme Hosting', change: 'remove', breaches: [{ fact: { kind: 'same-day', on: '2025-07-01' }, need: { kind: 'notice', days: 30 }, term: { stated: true, where: 'x' } }] } },
  { id: 'ev25', params: { label: 'Acme Hosting', change: 'odd', breaches: [{ fact: { kind: 'no-notice', date: '2025-07-01' }, need: { kind: 'approval' }, term: { stated: true, where: 'x' } }] } },
  { id: 'ev25', params: { label: 'Acme Hosting', change: 'add', breaches: [{ fact: { kind: 'unapproved', date: '2025-07-01', refused: true }, need: { kind: 'approval' }, term: { stated: true, where: 'x' } }] } },
  { id: 'ev26', params: { kind: 'access', country: 'EG', key: 'access_countries' } },
  { id: 'ev26', params: { kind: 'processing', country: 'EG', date: '2025-09-12', listed: { countries: [], where: 'data.location_and_transfer.processing_countries' }, key: 'processing_countries' } },
  { id: 'ev27', params: { id: 'WF-MSS-2025', last: '2024-09-01', term: term(12, false, 'governance.periodic_review.review_interval_months'), due: '2025-09-01' } },
  { id: 'ev28.nothing', params: { ended: '2025-06-30', ret: term(30, true, 'exit.data_return.return_within_days'), del: term(45, true, 'exit.secure_deletion.delete_within_days_after_return'), due: '2025-09-13' } },
  { id: 'ev29', params: { section: 'scans', total: 1, bare: 1, names: ['SCAN-1'], keys: ['ref', 'sha256'] } },
  { id: 'ev29', params: { section: 'audits', total: 2, bare: 2, names: ['AUD-1', 'AUD-2'], keys: ['ref', 'sha256'] } },
  { id: 'ev29', params: { section: 'incidents', total: 8, bare: 8, names: ['INC-1', 'INC-2', 'INC-3', 'INC-4', 'INC-5', 'INC-6', 'INC-7', 'INC-8'], keys: ['ref', 'sha256'] } },
  { id: 'policy.unknown-param', params: { key: 'incident.notification.initial_notice_hrs', suggestion: 'incident.notification.initial_notice_hours' } },
  { id: 'policy.unknown-param', params: { key: 'notice' } },
  ...(
    [
      { kind: 'group' },
      { kind: 'no-baseline' },
      { kind: 'list-item-type', choices: true, item: 42 },
      { kind: 'list-item-choice', allowed: ['remote', 'privileged'], item: 'remot', suggestion: 'remote' },
      { kind: 'list-item-country', item: 'KSA' },
      { kind: 'number', op: 'min', value: true },
      { kind: 'bool', value: 'yes' },
      { kind: 'choice', allowed: ['prohibited', 'prior_written_approval'], orList: true, value: 'never', suggestion: 'prohibited' },
      { kind: 'list', value: 'remote' },
      { kind: 'all-equal', value: ['SA'] },
      { kind: 'present-int', value: 5 },
      { kind: 'present', value: 'stated' },
    ] as const
  ).map((problem): MessageRef => ({ id: 'policy.override-problem', params: { key: 'access.mfa.required_for', problem } })),
  { id: 'policy.relaxation', params: { key: 'access.mfa.required_for', type: MFA.type, kind: 'relax', from: [MFA.baseline![0].test], to: MFA.baseline![0].test, lifted: true } },
  { id: 'policy.relaxation', params: { key: 'incident.notification.initial_notice_hours', type: HOURS, kind: 'lower', fromSeverities: ['warning', 'error', 'warning'], toSeverity: 'info' } },
  { id: 'policy.unknown-code', params: { code: 'nothing-like-it' } },
  ...(['absolute', 'missing', 'not-folder'] as const).map((problem): MessageRef => ({ id: 'policy.snippet-folder', params: { raw: '/etc/snippets', problem } })),
  {
    id: 'snippet.finding',
    params: { index: 4, clause: 'access.mfa', message: 'لا يذكر البند شيئًا.' },
    en: { index: 4, clause: 'access.mfa', message: 'The clause states nothing.' },
  },
  { id: 'fix.add-param', params: { param: 'channels', value: ['phone', 'email'], type: param('incident.notification', 'channels').type, team: true } },
  { id: 'fix.set-value', params: { param: 'policy', value: 'prior_written_approval', type: param('subcontracting.control', 'policy').type, team: true } },
  { id: 'fix.all', params: { clauses: 0, params: 3, values: 0 } },
  { id: 'cli.file', params: { path: 'logs/wadi.evidence.yaml', kind: 'evidence', findings: 0 } },
  { id: 'cli.file', params: { path: '.ecc-appendix.yaml', kind: 'policy', findings: 11 } },
  { id: 'cli.fixed', params: { path: 'a.appendix.yaml', clauses: 3, params: 0, values: 0 } },
  { id: 'summary.text', params: { present: 35, applicable: 35, exceptions: 0, expired: 0, profiles: ['ecc-baseline'] } },
  { id: 'summary.tooltip', params: { missing: [], applicable: 35, total: 35, exceptions: 0, expired: 0 } },
  {
    id: 'summary.tooltip',
    params: { missing: ['scope.services', 'risk.pre_contract_assessment', 'soc.location_ksa', 'soc.msoc_license', 'access.mfa', 'access.least_privilege', 'access.privileged_access', 'data.encryption', 'data.segregation', 'exit.data_return'].map((id) => clause(id)), applicable: 30, total: 35, exceptions: 3, expired: 0 },
  },
];

describe('Arabic messages: the other forms of each template', () => {
  for (const [i, v] of VARIANTS.entries()) {
    it(`${v.id} #${i}`, () => assertPair(v.id, (v.en ?? v.params) as never, v.params as never, v.words));
  }
});

describe('Arabic messages: whole texts, both languages', () => {
  // Checked against the templates (i18n/appendix.ts, files.ts, evidence.ts, policy.ts) and docs/arabic.md: ids, keys,
  // dates and numbers in LTR isolates, the user's labels in first-strong isolates, counted nouns agreeing with the number.
  const NOTICE_REQ = { kind: 'baseline', test: NOTICE_BASE.test, basis: NOTICE_BASE.basis, origin: NOTICE_BASE.origin } as const;

  it('a weak value with its numbers: 72 hours against at most 24 (param.weak)', () => {
    const p: MessageParams<'param.weak'> = { key: 'initial_notice_hours', value: 72, type: HOURS, test: NOTICE_BASE.test, requirement: NOTICE_REQ };
    assert.equal(t('en', 'param.weak', p), '`initial_notice_hours` is 72 hours; the baseline is at most 24 hours (recommended practice, product brief).');
    assert.equal(
      t('ar', 'param.weak', p),
      `قيمة ${I('`initial_notice_hours`')} هي ${I(72)} ساعة، ويشترط خط الأساس ألا تزيد القيمة على ${I(24)} ساعة (ممارسة موصى بها، وثيقة متطلبات المنتج).`,
    );
  });

  it('English: a regulatory event without an id, and an undated SOC confirmation, read as sentences', () => {
    assert.equal(
      t('en', 'ev02.missing', SAMPLES['ev02.missing']),
      'No risk re-assessment (`trigger: regulatory_change`) is recorded for the regulatory event published on 2025-05-01; the ecc-baseline requires one within 30 days (the appendix states no `risk.regulatory_change_reassessment.reassess_within_days`, so the catalogue\'s ecc-baseline value is used), so it was due by 2025-05-31, and by 2025-10-15 more than twice that time has passed.',
    );
    assert.match(t('en', 'ev02.late', { ...SAMPLES['ev02.late'], event: undefined }), /^The re-assessment .* after the regulatory event \(published 2025-05-01\) came 45 days later;/);
    assert.equal(
      t('en', 'ev03.remote-abroad', SAMPLES['ev03.remote-abroad']),
      'An undated SOC confirmation records remote access from IN; ECC-2:2024 4-1-3-2 requires the centres, and so the remote access they work through, to be wholly inside Saudi Arabia (SA).',
    );
    assert.match(t('en', 'ev03.centre-abroad', SAMPLES['ev03.centre-abroad']), /^The SOC confirmation of 2025-07-01 places a monitoring or operations centre in AE;/);
  });

  it('a weak value of 2 is the nominative dual after هي (سنتان), the threshold after عن keeps its digits', () => {
    const test: Test = { op: 'min', value: 5 };
    const p: MessageParams<'param.weak'> = { key: 'survives_termination_years', value: 2, type: YEARS, test, requirement: { kind: 'baseline', test, basis: 'practice', origin: 'product brief' } };
    assert.equal(t('en', 'param.weak', p), '`survives_termination_years` is 2 years; the baseline is at least 5 years (recommended practice, product brief).');
    assert.equal(
      t('ar', 'param.weak', p),
      `قيمة ${I('`survives_termination_years`')} هي سنتان، ويشترط خط الأساس ألا تقل القيمة عن ${I(5)} سنوات (ممارسة موصى بها، وثيقة متطلبات المنتج).`,
    );
  });

  it('a missing clause with the control that requires it (clause.missing)', () => {
    const p = { clause: clause('risk.pre_contract_assessment') };
    assert.equal(
      t('en', 'clause.missing', p),
      'The appendix has no `risk.pre_contract_assessment` clause (Cybersecurity risk assessment before signature); ECC-2:2024 4-1-3-1 requires it.',
    );
    assert.equal(
      t('ar', 'clause.missing', p),
      `لا يتضمن الملحق البند ${I('`risk.pre_contract_assessment`')} (تقييم مخاطر الأمن السيبراني قبل توقيع العقد)؛ ويشترطه الضابط ${I('4-1-3-1')} من ${I('ECC-2:2024')}.`,
    );
  });

  it('an unknown key with did-you-mean (schema.unknown-key)', () => {
    const p = { extra: 'initial_notice_hour', where: 'incident.notification', suggestion: 'initial_notice_hours', known: [] };
    assert.equal(t('en', 'schema.unknown-key', p), '`initial_notice_hour` is not a key the catalogue knows in `incident.notification`; did you mean `initial_notice_hours`?');
    assert.equal(
      t('ar', 'schema.unknown-key', p),
      `المفتاح ${I('`initial_notice_hour`')} غير معروف في الدليل المرجعي ضمن ${I('`incident.notification`')}؛ هل تقصد ${I('`initial_notice_hours`')}؟`,
    );
  });

  it('an evidence finding: EV-18, a late incident notice (incident.late)', () => {
    const p: MessageParams<'incident.late'> = { step: 'notice', label: 'INC-2025-014', took: 31 * HOUR + 30 * MINUTE, term: term(24, true, 'incident.notification.initial_notice_hours') };
    assert.equal(t('en', 'incident.late', p), 'INC-2025-014 was notified 31 h 30 min after detection; the appendix allows 24 h.');
    assert.equal(t('ar', 'incident.late', p), `أُبلغت الجهة بالحادثة ${U('INC-2025-014')} بعد ${I(31)} ساعة و${I(30)} دقيقة من اكتشافها؛ ويتيح الملحق مدة ${I(24)} ساعة.`);
  });

  it('an expired exception (exception.expired)', () => {
    const p = SAMPLES['exception.expired'];
    assert.equal(
      t('en', 'exception.expired', p),
      'Exception EXC-2025-003 for `vuln.remediation_sla` expired on 2025-12-31 (as of 2026-01-15); its findings are back at their full severity until it is renewed or the clause is fixed.',
    );
    assert.equal(
      t('ar', 'exception.expired', p),
      `انتهت صلاحية الاستثناء ${I('EXC-2025-003')} الخاص بالبند ${I('`vuln.remediation_sla`')} في ${I('2025-12-31')} (في تاريخ الفحص ${I('2026-01-15')})؛ فعادت ملاحظاته إلى درجة خطورتها الكاملة إلى أن يُجدَّد أو يُصحَّح البند.`,
    );
  });

  it('a team policy relaxing a threshold without a reason (policy.relaxation)', () => {
    const p = SAMPLES['policy.relaxation'];
    assert.equal(
      t('en', 'policy.relaxation', p),
      'This relaxes `incident.notification.initial_notice_hours` from at most 24 hours to at most 48 hours, which needs a `reason:` that the appendix findings will show; add one or keep the baseline (until then the override is not applied).',
    );
    assert.equal(
      t('ar', 'policy.relaxation', p),
      `يخفف هذا التعديل شرط ${I('`incident.notification.initial_notice_hours`')} من «بحد أقصى ${I(24)} ساعة» إلى «بحد أقصى ${I(48)} ساعة»، وهذا يستلزم ذكر سبب في ${I('`reason:`')} يظهر في ملاحظات الملحق؛ أضف السبب أو أبقِ على خط الأساس (ولن يُطبَّق التعديل حتى ذلك الحين).`,
    );
  });

  it('a cadence gap of 2 months is the nominative dual after هو (شهران), the interval of 1 month is a word', () => {
    const p: MessageParams<'cadence.gap'> = {
      what: 'access-review',
      unit: 'months',
      term: term(1, true, 'access.review_and_revocation.review_interval_months'),
      due: '2025-02-10',
      graced: '2025-02-15',
      prev: '2025-01-10',
      next: '2025-03-20',
    };
    assert.equal(
      t('en', 'cadence.gap', p),
      'Access reviews on 2025-01-10 and 2025-03-20 are 2 months and 10 days apart; the appendix requires one at least every 1 month, so the next was due by 2025-02-10 (2025-02-15 with the 5-day grace).',
    );
    assert.equal(
      t('ar', 'cadence.gap', p),
      `الفاصل بين مراجعات الصلاحيات في ${I('2025-01-10')} و${I('2025-03-20')} هو شهران و${I(10)} أيام؛ ويشترط الملحق إجراء مراجعة للصلاحيات مرة على الأقل كل شهر واحد، فكان الموعد المستحق لما يليه ${I('2025-02-10')} (${I('2025-02-15')} مع مهلة السماح البالغة ${I(5)} أيام).`,
    );
  });

  it('the CLI file line: no findings, one, two (the nominative dual after the colon), three, eleven', () => {
    const line = (findings: number) => t('ar', 'cli.file', { path: 'a.appendix.yaml', kind: 'appendix', findings });
    const head = `${I('a.appendix.yaml')} (ملحق): `;
    assert.deepEqual(
      [0, 1, 2, 3, 11].map(line),
      [`${head}لا ملاحظات`, `${head}ملاحظة واحدة`, `${head}ملاحظتان`, `${head}${I(3)} ملاحظات`, `${head}${I(11)} ملاحظة`],
    );
    assert.deepEqual(
      [0, 1, 2].map((findings) => t('en', 'cli.file', { path: 'a.appendix.yaml', kind: 'appendix', findings })),
      ['a.appendix.yaml (appendix): no findings', 'a.appendix.yaml (appendix): 1 finding', 'a.appendix.yaml (appendix): 2 findings'],
    );
  });

  it('a user value cannot close its isolate early (bidi controls are removed, Trojan Source)', () => {
    const evil = 'INC-1\u2069\u202Eevil\u2066';
    const ar = t('ar', 'incident.late', { ...SAMPLES['incident.late'], label: evil });
    assert.ok(ar.includes(U('INC-1evil')), ar);
    assert.ok(balanced(ar));
    const key = t('ar', 'schema.unknown-key', { extra: 'a\u2069b', known: [] });
    assert.ok(key.startsWith(`المفتاح ${I('`ab`')} `), key);
  });
});
