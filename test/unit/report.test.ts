/** The coverage report's model and renderers (server/src/languageService/report), from the engine's results. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unisolatedLatin } from '../../server/src/languageService/catalogue/ar';
import { checkDocument } from '../../server/src/languageService/engine';
import { EVIDENCE_CHECKS, readAppendixSource } from '../../server/src/languageService/evidence/index';
import { ARABIC, ARABIC_CHECK_IDS, EN, type ReportLabels } from '../../server/src/languageService/report/labels';
import {
  attributeFindings,
  buildReport,
  lineStarts,
  overdueOf,
  reportHtmlDocument,
  reportMarkdown,
  type ReportInput,
  type ReportModel,
} from '../../server/src/languageService/report/index';
import { DEFAULT_SETTINGS, resolveSettings } from '../../server/src/languageService/settings';
import { example, lines, wadiFalcon } from '../support/harness';

const AS_OF = '2025-10-15';

function input(path: string, text: string, lang: 'en' | 'ar' = 'en', appendices: string[] = []): ReportInput {
  const settings = lang === 'en' ? DEFAULT_SETTINGS : resolveSettings({ ...DEFAULT_SETTINGS, language: lang });
  const sources = appendices.map((t, i) => readAppendixSource(`a${i}.appendix.yaml`, t)!).filter(Boolean);
  const result = checkDocument(path, text, { settings, asOf: AS_OF, appendices: sources });
  const english = lang === 'en' ? undefined : checkDocument(path, text, { settings: DEFAULT_SETTINGS, asOf: AS_OF, appendices: sources })?.findings;
  return { path, result, lines: lineStarts(text), englishFindings: english };
}

function cell(model: ReportModel, clause: string, column = 0) {
  for (const g of model.groups) for (const r of g.rows) if (r.id === clause) return r.cells[column];
  throw new Error(`no row ${clause}`);
}

/** A small appendix: scope only, with a weak notification clause and an excepted one. */
const SMALL = lines(
  'schema: ecc-appendix/v1',
  'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private, name: "Customer X"}, provider: {name: "Provider Y"}}',
  'scope: {engagement_types: [consulting], services: [advice], critical_systems: false, personal_data: false, cloud_or_hosting: false}',
  'incident:',
  '  notification: {initial_notice_hours: 48}',
  'vuln:',
  '  remediation_sla: {critical_days: 14, high_days: 30, medium_days: 90, low_days: 180}',
  'exceptions:',
  '  - {id: EXC-1, clause: vuln.remediation_sla, deviation: "14 days", risk_ref: R-1, approved_by: CISO, approved_on: 2025-01-01, expires_on: 2025-12-31}',
  '',
);

describe('coverage matrix cells', () => {
  const model = buildReport([input('a/small.appendix.yaml', SMALL)], { lang: 'en', asOf: AS_OF });

  it('groups rows by primary control in control order, with the control title', () => {
    assert.deepEqual(
      model.groups.map((g) => g.control),
      ['4-1-2-1', '4-1-2-2', '4-1-2-3', '4-1-3', '4-1-3-1', '4-1-3-2', '4-1-4', '4-2-3-1', '4-2-3-2'],
    );
    assert.equal(model.groups[1].title, 'Incident communication procedures');
    assert.deepEqual(
      model.groups[1].rows.map((r) => `${r.number} ${r.id}`),
      ['24 incident.notification', '25 incident.roles_and_communications', '26 incident.forensics_and_containment'],
    );
    assert.equal(model.groups.reduce((n, g) => n + g.rows.length, 0), 35);
  });

  it('a stated clause with a finding is weak, with its worst severity and 1-based lines', () => {
    const c = cell(model, 'incident.notification');
    assert.equal(c.status, 'weak');
    assert.equal(c.severity, 'warning');
    assert.deepEqual(
      c.findings.map((f) => `${f.line} ${f.severity} ${f.code}`),
      [
        '5 warning incident.notification',
        '5 warning incident.notification',
        '5 warning incident.notification',
        '5 warning incident.notification',
        '5 warning incident.notification',
      ],
    );
  });

  it('a clause whose only findings are accepted under an exception is excepted, naming it', () => {
    const c = cell(model, 'vuln.remediation_sla');
    assert.equal(c.status, 'excepted');
    assert.equal(c.severity, undefined);
    assert.deepEqual([...new Set(c.findings.map((f) => f.exception))], ['EXC-1']);
  });

  it('an absent clause is missing when it applies and N/A when the scope flags rule it out', () => {
    assert.equal(cell(model, 'data.confidentiality').status, 'missing');
    assert.equal(cell(model, 'data.confidentiality').severity, 'error');
    // No engagement type under 4-1-3 and no managed security services: the MSOC licence and SOC location do not apply.
    assert.equal(cell(model, 'soc.msoc_license').status, 'na');
    assert.equal(cell(model, 'soc.location_ksa').status, 'na');
  });

  it('a clause stated with no finding is present; the column counts every status', () => {
    assert.equal(cell(model, 'scope.services').status, 'present');
    const col = model.columns[0];
    assert.deepEqual(
      { id: col.id, customer: col.customer, provider: col.provider, readable: col.readable },
      { id: 'A-1', customer: 'Customer X', provider: 'Provider Y', readable: true },
    );
    assert.equal(col.counts.present + col.counts.weak + col.counts.missing + col.counts.excepted + col.counts.na, 35);
    assert.deepEqual({ present: col.counts.present, weak: col.counts.weak, excepted: col.counts.excepted }, { present: 1, weak: 1, excepted: 1 });
  });

  it('a file that is not a readable appendix gives a column of not-read cells and keeps its finding', () => {
    const m = buildReport([input('bad.appendix.yaml', 'schema: ecc-appendix/v9\n')], { lang: 'en', asOf: AS_OF });
    assert.equal(m.columns[0].readable, false);
    assert.equal(m.columns[0].counts.unread, 35);
    assert.deepEqual(m.columns[0].fileFindings.map((f) => `${f.line} ${f.code}`), ['1 schema-version']);
  });

  it('attributes a shape finding inside a clause to that clause, and a top-level one to the file', () => {
    const text = lines(
      'schema: ecc-appendix/v1',
      'appendix: {id: A-2, signed_on: 2025-01-01, customer: {entity_type: private}}',
      'incident:',
      '  notification: {initial_notice_hours: "soon", notice_hourz: 2}',
      'extra_key: 1',
      '',
    );
    const r = checkDocument('t.appendix.yaml', text, { settings: DEFAULT_SETTINGS, asOf: AS_OF })!;
    const { byClause, file } = attributeFindings(r.parsed, r.findings);
    assert.deepEqual(
      (byClause.get('incident.notification') ?? []).map((f) => f.code).filter((c) => c !== 'incident.notification'),
      ['type', 'unknown-key'],
    );
    assert.ok(file.some((f) => f.code === 'unknown-key' && f.message.includes('extra_key')));
  });
});

describe('evidence status', () => {
  const appendix = wadiFalcon();
  const log = example('examples/wadi-falcon.evidence.yaml');
  const model = buildReport([input('examples/wadi-falcon.appendix.yaml', appendix), input('examples/wadi-falcon.evidence.yaml', log, 'en', [appendix])], {
    lang: 'en',
    asOf: AS_OF,
  });
  const e = model.evidence[0];

  it('names the linked appendix column, the provider and the counts by severity', () => {
    assert.equal(e.status?.linked, true);
    assert.equal(e.status?.appendix, 'APX-2025-017');
    assert.equal(e.linkedPath, 'examples/wadi-falcon.appendix.yaml');
    assert.equal(e.status?.provider, 'Wadi Falcon Managed IT Services Co.');
    assert.deepEqual(e.status?.counts, { error: 2, warning: 9, info: 12 });
  });

  it('lists the overdue items (not recorded by their due date), oldest first, with days overdue', () => {
    assert.deepEqual(
      e.overdue.map((o) => `${o.due} ${o.daysOverdue} ${o.code} line ${o.line}`),
      [
        '2025-07-07 100 EV-05 line 23',
        '2025-07-15 92 EV-16 line 48',
        '2025-08-17 59 EV-07 line 29',
        '2025-09-13 32 EV-05 line 24',
        '2025-09-15 30 EV-16 line 48',
        '2025-10-15 0 EV-16 line 48',
      ],
    );
    assert.equal(e.overdue[2].title, 'Remediation SLA met');
  });

  it('shows the latest date of each kind of evidence', () => {
    const latest = Object.fromEntries(e.latest.map((l) => [l.key, l.date]));
    assert.equal(latest.externalScan, '2025-06-02');
    assert.equal(latest.monthlyReport, '2025-07');
    assert.equal(latest.jointExercise, '2024-11-20');
    assert.equal(e.latest[0].label, 'Risk assessment');
  });

  it('counts findings per check for the chart', () => {
    assert.deepEqual(
      e.byCheck.map((c) => `${c.code} ${c.counts.error}/${c.counts.warning}/${c.counts.info}`),
      ['EV-05 0/2/0', 'EV-06 0/0/1', 'EV-07 0/1/0', 'EV-11 0/1/0', 'EV-12 0/0/1', 'EV-14 0/1/0', 'EV-15 0/1/0', 'EV-16 0/3/1', 'EV-18 1/0/0', 'EV-25 1/0/0', 'EV-29 0/0/9'],
    );
  });

  it('overdueOf: late-but-done, gaps between entries and info findings are not overdue', () => {
    const f = (code: string, severity: 'error' | 'warning' | 'info', message: string) => ({ code, severity, message, span: { start: 0, end: 0 }, ecc: [], basis: null });
    assert.equal(overdueOf(f('EV-14', 'warning', 'Access reviews on 2025-04-28 and 2025-09-02 are 4 months and 5 days apart; so the next was due by 2025-07-28 (2025-08-02 with the 5-day grace).'), AS_OF), undefined);
    assert.equal(overdueOf(f('EV-07', 'warning', 'VULN-1 (high) was remediated on 2025-09-01, 40 days after detection; so it was due by 2025-08-20.'), AS_OF), undefined);
    assert.equal(overdueOf(f('EV-16', 'info', 'No monthly security report for June 2025 is recorded; so it was due by 2025-07-10.'), AS_OF), undefined);
    assert.deepEqual(
      overdueOf(f('EV-27', 'warning', 'The linked appendix A was last reviewed on 2024-03-02; with its 12-month review interval the next review was due on 2025-03-02, so ...'), AS_OF),
      { due: '2025-03-02', daysOverdue: 227 },
    );
  });
});

describe('Markdown', () => {
  const md = reportMarkdown(buildReport([input('a/small.appendix.yaml', SMALL)], { lang: 'en', asOf: AS_OF }));

  it('has the header, a matrix row per clause with glyph and word, and totals', () => {
    assert.match(md, /^# Security appendix coverage report\n/);
    assert.ok(md.includes('As of **2025-10-15** · Catalogue **v1** (ECC-2:2024) · 1 appendix, 0 evidence logs'));
    assert.ok(md.includes('| Clause | `a/small.appendix.yaml` A-1 |'));
    assert.ok(md.includes('| **ECC 4-1-2-2 · Incident communication procedures** |  |'));
    assert.ok(md.includes('| 24. Incident notification timelines `incident.notification` | ▲ weak |'));
    assert.ok(md.includes('| 20. Patch and remediation windows `vuln.remediation_sla` | ◆ excepted |'));
    assert.ok(md.includes('| 6. NCA licence for managed security operations services `soc.msoc_license` | – N/A |'));
    assert.ok(md.includes('| **Totals: ✓ present** | 1 |'));
    assert.ok(md.includes('No evidence log was found among the files given.'));
  });

  it('ends with the "not a compliance verdict" footer', () => {
    assert.ok(
      md.includes(
        'Findings against catalogue v1 (ECC-2:2024) as of 2025-10-15. A present clause is stated in the appendix, not judged compliant, and no findings means no findings against catalogue v1, not compliance with ECC: NCA judges compliance.',
      ),
    );
    // Nowhere else does the report call anything compliant (clause ids such as `compliance.entity_requirements` aside).
    assert.doesNotMatch(md.replace(/`[^`]*`/g, '').replace(/not judged compliant|not compliance with ECC|NCA judges compliance/g, ''), /complian/i);
  });

  it('escapes pipes in values so a table cell cannot split', () => {
    const text = SMALL.replace('name: "Customer X"', 'name: "X | Y"').replace('id: A-1', 'id: "A|1"');
    const out = reportMarkdown(buildReport([input('p.appendix.yaml', text)], { lang: 'en', asOf: AS_OF }));
    assert.ok(out.includes('| Clause | `p.appendix.yaml` A\\|1 |'));
  });
});

describe('HTML', () => {
  const appendix = wadiFalcon();
  const log = example('examples/wadi-falcon.evidence.yaml');
  const model = (lang: 'en' | 'ar') =>
    buildReport([input('examples/wadi-falcon.appendix.yaml', appendix, lang), input('examples/wadi-falcon.evidence.yaml', log, lang, [appendix])], { lang, asOf: AS_OF });

  it('is self-contained: a CSP that forbids fetches and scripts, inline style, no external URL in any attribute', () => {
    const html = reportHtmlDocument(model('en'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
    assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/i);
    assert.deepEqual(html.match(/\s(?:src|href)="[^"]*"/g) ?? [], []);
    assert.match(html, /@page \{ size: A4 landscape;/);
    assert.match(html, /<svg direction="ltr" viewBox="0 0 304 180"/); // the per-provider chart: 11 checks
  });

  it('in a webview: the style is bound to the nonce and links use the given command', () => {
    const html = reportHtmlDocument(model('en'), { nonce: 'abcDEF123456', href: (uri, line) => `command:open?${encodeURIComponent(JSON.stringify([uri, line]))}` });
    assert.ok(html.includes(`style-src 'nonce-abcDEF123456'`));
    assert.ok(html.includes('<style nonce="abcDEF123456">'));
    assert.doesNotMatch(html, /\sstyle="/); // a nonce-based CSP would block inline style attributes
  });

  it('Arabic: right-to-left page, ids in left-to-right isolates, Arabic clause and control titles', () => {
    const html = reportHtmlDocument(model('ar'));
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.ok(html.includes('<h1>تقرير تغطية الملاحق الأمنية</h1>'));
    assert.ok(html.includes('<bdi dir="ltr">incident.notification</bdi>'));
    assert.ok(html.includes('الضابط \u20664-1-2-2\u2069</span> إجراءات التواصل عند وقوع الحوادث') || /الضابط \u20664-1-2-2\u2069<\/span> /.test(html));
    assert.ok(html.includes('المستحقات المتأخرة'));
  });
});

describe('Arabic labels', () => {
  const texts = (l: ReportLabels): string[] => [
    l.title, l.subtitle, l.asOf, l.catalogue, l.files(1, 2), l.files(11, 0), l.generated, l.legendTitle, ...Object.values(l.status), ...Object.values(l.statusHelp),
    l.matrixTitle, l.matrixIntro, l.clause, l.idColumn, l.column, l.file, l.customer, l.errorEdge, l.control('4-1-3-1'), l.totals, l.appendixId, l.fileFindings,
    l.noAppendices, l.unreadable, l.evidenceTitle, l.noEvidence, l.provider, l.linkedAppendix, l.linkedTo('A-1', 'x/a.appendix.yaml'), l.notLinked('A-1'), l.notLinked(undefined),
    l.logAsOf, l.findings, ...Object.values(l.severityPlural), ...Object.values(l.severity), l.overdueTitle, l.noOverdue, l.check, l.dueBy, l.daysOverdue, l.details,
    l.latestTitle, ...Object.values(l.latest), l.noneRecorded, l.chartTitle, l.noFindings, ...EVIDENCE_CHECKS.map((c) => l.checkTitle(c.id, c.title)), l.skipped,
    l.footer('2025-10-15'), l.runningFooter('2025-10-15'), l.paraphrase, l.findingCount(1), l.findingCount(2), l.findingCount(7), l.findingCount(12), l.findingCount(100),
    l.exceptionNote('EXC-1'), l.line(12),
  ];

  it('every Arabic label has its English counterpart and no Latin letter or digit outside an LTR isolate', () => {
    const ar = texts(ARABIC);
    assert.equal(ar.length, texts(EN).length);
    for (const t of ar) assert.deepEqual(unisolatedLatin(t), [], t);
  });

  it('every evidence check has an Arabic title', () => {
    assert.deepEqual(ARABIC_CHECK_IDS.filter((id) => id !== 'evidence-link').sort(), EVIDENCE_CHECKS.map((c) => c.id).sort());
  });

  it('counts agree in number (1, 2, 3-10, 11+)', () => {
    assert.equal(ARABIC.files(1, 2), 'ملحق واحد، سجلا أدلة');
    assert.equal(ARABIC.findingCount(7), '\u20667\u2069 ملاحظات');
    assert.equal(ARABIC.findingCount(12), '\u206612\u2069 ملاحظةً');
  });
});
