/**
 * Every finding code the engine can produce, end to end in Arabic: the 35 clause ids of the catalogue, every evidence
 * check of the registry (EV-xx) and the file and policy codes. The examples and small inline fixtures (the same shapes
 * as engine.test.ts, evidenceChecks.test.ts, policy.test.ts and snippetLibrary.test.ts use) are checked with locale
 * `ar`; every finding's message must be Arabic and well formed, the same findings (code, range, severity) as in English,
 * and together the fixtures must produce exactly the full code list, computed from the registries, so a new code
 * without an Arabic-checked fixture here fails.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hasArabic, unisolatedLatin } from '../../server/src/languageService/catalogue/ar';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import { checkDocument } from '../../server/src/languageService/engine';
import { EVIDENCE_CHECKS, readAppendixSource, type AppendixSource } from '../../server/src/languageService/evidence/index';
import { FILE_CODES, type Finding } from '../../server/src/languageService/findings';
import type { Locale } from '../../server/src/languageService/i18n/locale';
import { createLanguageService, ParseCache } from '../../server/src/languageService/index';
import { POLICY_CODES, resolvePolicy, type FolderState, type ResolvedPolicy } from '../../server/src/languageService/policy';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from '../../server/src/languageService/settings';
import { ALL_CODES } from '../../server/src/cli/sarif';
import { lines, render, ROOT, wadiFalcon } from '../support/harness';
import { balanced } from '../support/arabic';

/** Every code the engine can produce, from the registries: clauses, evidence checks, file codes, policy codes. */
const CODES = [...CLAUSES.map((c) => c.id), ...EVIDENCE_CHECKS.map((c) => c.id), ...FILE_CODES, ...POLICY_CODES];

interface Case {
  name: string;
  file: string;
  text: string;
  asOf?: string;
  appendices?: readonly AppendixSource[];
  settings?: Partial<Settings>;
  policy?: ResolvedPolicy;
  libraryFolders?: ReadonlyMap<string, FolderState>;
  /** Codes this case is here for (each must be among its findings). */
  for: readonly string[];
}

function read(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

function check(c: Case, locale: Locale): Finding[] {
  const settings = c.settings ? resolveSettings({ ...DEFAULT_SETTINGS, ...c.settings }) : DEFAULT_SETTINGS;
  const r = checkDocument(c.file, c.text, { settings, asOf: c.asOf ?? '2025-10-15', appendices: c.appendices, policy: c.policy, libraryFolders: c.libraryFolders, locale });
  assert.ok(r, `${c.name}: not a product file`);
  return r.findings;
}

// ---- the examples (README's table), as `npm run demo` checks them ------------------------------------------------

const EXAMPLES = [
  'examples/wadi-falcon.appendix.yaml',
  'examples/retail-pos.appendix.yaml',
  'examples/github-dpa.appendix.yaml',
  'examples/apify-dpa.appendix.yaml',
  'examples/team-policy/contracts/branch-network.appendix.yaml',
];
const EXAMPLE_APPENDICES = EXAMPLES.map((f) => readAppendixSource(f, read(f))).filter((a): a is AppendixSource => !!a);

// ---- evidence checks the example log does not trigger ------------------------------------------------------------

const LINKED = readAppendixSource(
  'a.appendix.yaml',
  lines(
    'schema: ecc-appendix/v1',
    'appendix: {id: A-1, signed_on: 2025-03-02}',
    'risk:',
    '  regulatory_change_reassessment: {reassess_within_days: 60}',
    'testing:',
    '  penetration: {interval_months: 12, report_delivery_days: 30, remediation_plan_days: 30}',
    'incident:',
    '  notification: {initial_notice_hours: 24, detailed_report_hours: 72, final_report_days: 30, includes_suspected: false}',
    'data:',
    '  location_and_transfer: {storage_countries: [SA], processing_countries: [SA], access_countries: [SA]}',
    'exit:',
    '  data_return: {return_within_days: 30}',
    '  secure_deletion: {delete_within_days_after_return: 30}',
  ),
)!;

const EVIDENCE_LOG = lines(
  'schema: ecc-evidence/v1',
  'evidence_log: {appendix: A-1}',
  'regulatory_events:',
  '  - {id: REG-1, published_on: 2025-06-20}',
  'risk_assessments:',
  '  - {id: RA-2, trigger: regulatory_change, regulation_event: REG-1, performed_on: 2025-08-25, ref: ra2.pdf}',
  'pentests:',
  '  - {id: PT-1, completed_on: 2025-07-18, report_delivered_on: 2025-08-27, ref: pt1.pdf}',
  'attestations:',
  '  - {type: iso27001, certificate_no: C-1, issued_on: 2023-11-01, expires_on: 2026-10-31, last_surveillance_audit_on: 2024-09-01, ref: c1.pdf}',
  'incidents:',
  '  - id: INC-1',
  '    personal_data: true',
  '    detected_at: "2025-08-14T02:10:00+03:00"',
  '    notified_at: "2025-08-14T10:00:00+03:00"',
  '    detailed_report_at: "2025-08-17T18:00:00+03:00"',
  '    final_report_at: "2025-09-01T10:00:00+03:00"',
  '    ref: inc1.pdf',
  '  - {id: INC-2, detected_at: "2025-08-20T02:10:00", notified_at: "2025-08-20T09:00:00+03:00", ref: inc2.pdf}',
  'location_observations:',
  '  - {observed_on: 2025-09-01, kind: storage, country: DE, ref: obs.pdf}',
  'exit_events:',
  '  - {terminated_on: 2025-07-01, ref: exit.pdf}',
);

// ---- file and policy codes -----------------------------------------------------------------------------------

const FILE_PROBLEMS = lines(
  'schema: ecc-appendix/v1',
  'appendix: {id: A-3, signed_on: 2025-03-02, customer: {entity_type: private}}',
  'apendix_note: draft',
  'incident:',
  '  notification:',
  '    initial_notice_hours: "24h"',
  '    initial_notice_hours: 12',
  'exceptions:',
  '  - {id: EXC-1, clause: vuln.remediation_sla}',
  '  - id: EXC-2',
  '    clause: incident.notification',
  '    deviation: "48 hours for weekends"',
  '    compensating_controls: "pager rota"',
  '    risk_ref: RISK-7',
  '    approved_by: "Head of Cybersecurity"',
  '    approved_on: 2024-01-01',
  '    expires_on: 2025-01-31',
);

const POLICY = lines(
  'schema: ecc-policy/v1',
  'thresholds:',
  '  vuln.remediation_sla.critical_days: {value: 14}',
  'snippetLibraries: [snippets, gone]',
);

const SNIPPETS = lines(
  'schema: ecc-snippets/v1',
  'library: Bank legal',
  'snippets:',
  '  - name: Slow notice',
  '    clause: incident.notification',
  '    terms:',
  '      initial_notice_hours: 96',
);

const CASES: Case[] = [
  ...EXAMPLES.map((file): Case => ({ name: file, file, text: read(file), asOf: '2026-12-01', for: [] })),
  {
    name: 'examples/wadi-falcon.evidence.yaml',
    file: 'examples/wadi-falcon.evidence.yaml',
    text: read('examples/wadi-falcon.evidence.yaml'),
    asOf: '2026-12-01',
    appendices: EXAMPLE_APPENDICES,
    for: [],
  },
  {
    // the team's policy: a relaxed value (info, with the team's reason) and tightened thresholds
    name: 'examples/team-policy/contracts/branch-network.appendix.yaml under its team policy',
    file: 'examples/team-policy/contracts/branch-network.appendix.yaml',
    text: read('examples/team-policy/contracts/branch-network.appendix.yaml'),
    policy: resolvePolicy(read('examples/team-policy/.ecc-appendix.yaml')),
    for: ['access.review_and_revocation', 'logging.retention_and_access', 'incident.notification'],
  },
  {
    name: 'an appendix with only its scope and customer: every other clause applies and is missing',
    file: 's.appendix.yaml',
    text: lines(
      'schema: ecc-appendix/v1',
      'appendix: {id: A-5, signed_on: 2025-03-02, customer: {name: Ministry, entity_type: government}}',
      'scope:',
      '  engagement_types: [managed_security_services, it_outsourcing]',
      '  services: [SOC]',
      '  critical_systems: true',
      '  personal_data: true',
      '  cloud_or_hosting: true',
    ),
    for: CLAUSES.filter((c) => c.id !== 'scope.services').map((c) => c.id),
  },
  {
    name: 'an appendix with no scope',
    file: 'b.appendix.yaml',
    text: lines('schema: ecc-appendix/v1', 'appendix: {id: A-2, signed_on: 2025-03-02, customer: {entity_type: private}}'),
    for: ['scope.services'],
  },
  {
    name: 'an evidence log against its appendix',
    file: 'a.evidence.yaml',
    text: EVIDENCE_LOG,
    appendices: [LINKED],
    for: ['EV-01', 'EV-02', 'EV-09', 'EV-13', 'EV-19', 'EV-20', 'EV-21', 'EV-26', 'EV-28'],
  },
  { name: 'an unlinked evidence log', file: 'u.evidence.yaml', text: lines('schema: ecc-evidence/v1', 'scans: []'), for: ['evidence-link'] },
  {
    name: 'an appendix with shape problems and exceptions',
    file: 'c.appendix.yaml',
    text: FILE_PROBLEMS,
    for: ['unknown-key', 'type', 'duplicate-key', 'exception-invalid', 'exception-expired'],
  },
  { name: 'broken YAML', file: 'd.appendix.yaml', text: lines('schema: ecc-appendix/v1', 'appendix: {id: A-4', ''), for: ['yaml-syntax'] },
  { name: 'an unknown schema version', file: 'e.appendix.yaml', text: lines('schema: ecc-appendix/v9', ''), for: ['schema-version'] },
  { name: 'a schedule longer than a page', file: 'w.appendix.yaml', text: wadiFalcon(), settings: { rules: { length: 'warning' } }, for: ['length'] },
  {
    name: 'a team policy',
    file: '.ecc-appendix.yaml',
    text: POLICY,
    libraryFolders: new Map<string, FolderState>([
      ['snippets', 'ok'],
      ['gone', 'missing'],
    ]),
    for: ['policy-relaxation', 'snippet-library'],
  },
  { name: 'a snippet library', file: 'lib/bank.snippets.yaml', text: SNIPPETS, for: ['snippet-below-baseline'] },
];


const key = (f: Finding) => `${f.span.start}:${f.span.end} ${f.severity} ${f.code}`;

describe('Arabic end to end: every finding code', () => {
  for (const c of CASES) {
    it(`${c.name}: every finding in Arabic, the same findings as in English`, () => {
      const en = check(c, 'en');
      const ar = check(c, 'ar');
      assert.ok(ar.length > 0, `${c.name}: no findings`);
      assert.deepEqual(ar.map(key), en.map(key));
      for (const code of c.for) assert.ok(ar.some((f) => f.code === code), `${c.name}: no ${code} finding; got ${[...new Set(ar.map((f) => f.code))].join(', ')}`);
      for (const [i, f] of ar.entries()) {
        const where = `${c.name} ${render(c.text, [f])[0]}`;
        assert.ok(hasArabic(f.message), `${where}: not Arabic: ${f.message}`);
        assert.deepEqual(unisolatedLatin(f.message), [], `${where}: Latin outside an isolate: ${f.message}`);
        assert.ok(balanced(f.message), `${where}: unbalanced isolates`);
        assert.doesNotMatch(f.message, /undefined|NaN|\[object/, where);
        assert.ok(!hasArabic(en[i].message), `${where}: the English message has Arabic letters: ${en[i].message}`);
      }
    });
  }

  it('together the fixtures produce exactly the codes of the registries, each with an Arabic message', () => {
    assert.equal(CLAUSES.length, 35);
    assert.equal(EVIDENCE_CHECKS.length, 29);
    // the same list SARIF declares its rules from
    assert.deepEqual([...CODES].sort(), [...ALL_CODES].sort());
    // (the test above checks each of these findings' Arabic message)
    const covered = new Set(CASES.flatMap((c) => check(c, 'ar').map((f) => f.code)));
    const missing = CODES.filter((c) => !covered.has(c));
    assert.deepEqual(missing, [], `codes no fixture here produced: ${missing.join(', ')}`);
    assert.deepEqual([...covered].sort(), [...CODES].sort());
  });
});

describe('Arabic end to end: whole messages', () => {
  const find = (c: Case, code: string, locale: Locale) => check(c, locale).filter((f) => f.code === code);
  const I = (s: string | number) => `\u2066${s}\u2069`;

  it('a 72-hour incident notice in the example appendix: the warning in both languages', () => {
    const c: Case = { name: 'weak', file: 'w.appendix.yaml', text: wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 72'), for: [] };
    const [en] = find(c, 'incident.notification', 'en');
    const [ar] = find(c, 'incident.notification', 'ar');
    assert.deepEqual(render(c.text, [ar]), ['179:26-179:28 warning incident.notification']);
    assert.equal(en.message, '`initial_notice_hours` is 72 hours; the baseline is at most 24 hours (recommended practice, product brief).');
    assert.equal(ar.message, `قيمة ${I('`initial_notice_hours`')} هي ${I(72)} ساعة، ويشترط خط الأساس ألا تزيد القيمة على ${I(24)} ساعة (ممارسة موصى بها، وثيقة متطلبات المنتج).`);
  });

  it('an excepted finding carries the Arabic "accepted under exception" sentence', () => {
    const c: Case = { name: 'wadi', file: 'w.appendix.yaml', text: wadiFalcon(), for: [] };
    const [ar] = find(c, 'vuln.remediation_sla', 'ar');
    assert.equal(ar.severity, 'info');
    assert.equal(
      ar.message,
      `قيمة ${I('`critical_days`')} هي ${I(14)} يومًا، ويشترط خط الأساس ألا تزيد القيمة على ${I(7)} أيام (ممارسة موصى بها، وثيقة متطلبات المنتج). وتُقبل هذه الملاحظة بموجب الاستثناء ${I('EXC-2025-003')} حتى ${I('2025-12-31')}.`,
    );
  });

  it('the expired exception of the example, as of 2026-12-01', () => {
    const c: Case = { name: 'wadi', file: 'w.appendix.yaml', text: wadiFalcon(), asOf: '2026-12-01', for: [] };
    const [ar] = find(c, 'exception-expired', 'ar');
    assert.equal(
      ar.message,
      `انتهت صلاحية الاستثناء ${I('EXC-2025-003')} الخاص بالبند ${I('`vuln.remediation_sla`')} في ${I('2025-12-31')} (في تاريخ الفحص ${I('2026-12-01')})؛ فعادت ملاحظاته إلى درجة خطورتها الكاملة إلى أن يُجدَّد أو يُصحَّح البند.`,
    );
  });

  it('the language comes from the locale, else from `eccAppendix.language`; `auto` without a client locale is English', () => {
    const text = wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 72');
    const message = (o: { locale?: Locale; language?: Settings['language'] }) =>
      checkDocument('w.appendix.yaml', text, { settings: resolveSettings({ ...DEFAULT_SETTINGS, language: o.language ?? 'auto' }), asOf: '2025-10-15', locale: o.locale })!.findings.find(
        (f) => f.code === 'incident.notification',
      )!.message;
    const ar = message({ locale: 'ar' });
    assert.ok(hasArabic(ar));
    assert.equal(message({ language: 'ar' }), ar);
    assert.equal(message({ language: 'en', locale: 'ar' }), ar); // the caller's resolved locale wins
    assert.ok(!hasArabic(message({ language: 'auto' })));
    assert.ok(!hasArabic(message({ language: 'ar', locale: 'en' })));
  });

  it('parse problems worded before the language was known (a cached parse) are worded again in Arabic', () => {
    const service = createLanguageService(new ParseCache());
    const options = (locale: Locale) => ({ settings: DEFAULT_SETTINGS, asOf: '2025-10-15', locale });
    const parseProblems = (text: string, locale: Locale) =>
      service
        .computeDiagnostics(TextDocument.create('file:///t/d.appendix.yaml', 'yaml', 1, text), options(locale))
        .filter((x) => x.code === 'duplicate-key' || x.code === 'yaml-syntax')
        .map((x) => `${x.range.start.line}:${x.range.start.character} ${x.code} ${String(x.message)}`);
    const duplicate = lines('schema: ecc-appendix/v1', 'appendix:', '  id: A-1', '  id: A-2');
    const broken = lines('schema: ecc-appendix/v1', 'appendix:', '  id: A-1', '  title: "x', 'scope: {}');
    // English first, so the cached parse holds English messages; then Arabic from the same cache, then English again
    for (let i = 0; i < 2; i++) {
      assert.deepEqual(parseProblems(duplicate, 'en'), ['3:2 duplicate-key `id` is stated twice in this mapping; the first one (line 3) is used and this one is ignored.']);
      assert.deepEqual(parseProblems(duplicate, 'ar'), [`3:2 duplicate-key المفتاح ${I('`id`')} مذكور مرتين في مجموعة المفاتيح هذه؛ ويُعتمد الأول (السطر ${I(3)}) ويُتجاهل هذا.`]);
    }
    const [en] = parseProblems(broken, 'en');
    const [ar] = parseProblems(broken, 'ar');
    assert.match(en, /^\d+:\d+ yaml-syntax YAML syntax: /);
    assert.equal(ar, `${en.split(' ')[0]} yaml-syntax خطأ في صياغة ${I('YAML')}: ينقص محرف هنا (علامة تنصيص أو قوس إغلاق أو نقطتان).`);
  });
});
