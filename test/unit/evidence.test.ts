/**
 * The evidence log against its appendix: the shared example as of 2025-10-15 (catalogue.md 7.2 "Applied to the
 * example"), a clean log, linking, and the status a report reads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAppendixSource, evidenceStatus, EVIDENCE_CHECKS } from '../../server/src/languageService/evidence/index';
import { parseYaml } from '../../server/src/languageService/parse';
import { example, lines, lint, render, wadiFalcon } from '../support/harness';

const APPENDIX = readAppendixSource('examples/wadi-falcon.appendix.yaml', wadiFalcon())!;
const LOG = example('examples/wadi-falcon.evidence.yaml');
const CLEAN = example('test/fixtures/evidence/wadi-falcon-clean.evidence.yaml');

function check(text: string, asOf = '2025-10-15', appendices = [APPENDIX]) {
  return lint(text, { name: 'wadi-falcon.evidence.yaml', asOf, appendices });
}

describe('the shared example log as of 2025-10-15', () => {
  const findings = check(LOG);
  const of = (code: string) => findings.filter((f) => f.code === code);

  it('links to APX-2025-017', () => {
    assert.equal(APPENDIX.id, 'APX-2025-017');
    assert.deepEqual(of('evidence-link'), []);
  });

  it('gives exactly these findings, in document order', () => {
    assert.deepEqual(render(LOG, findings), [
      '7:0-7:16 info EV-29',
      '17:0-17:8 info EV-29',
      '20:0-20:5 info EV-29',
      '22:53-22:63 warning EV-05',
      '22:79-22:89 info EV-06',
      '23:53-23:63 warning EV-05',
      '28:115-28:119 warning EV-07',
      '30:0-30:8 info EV-29',
      '34:0-34:12 info EV-29',
      '38:48-38:49 info EV-12',
      '38:78-38:88 warning EV-11',
      '40:0-40:14 info EV-29',
      '42:19-42:29 warning EV-14',
      '45:82-45:109 warning EV-15',
      '47:0-47:7 warning EV-16',
      '47:0-47:7 warning EV-16',
      '47:0-47:7 warning EV-16',
      '47:0-47:7 info EV-29',
      '50:60-50:70 info EV-16',
      '61:17-61:44 error EV-18',
      '70:0-70:16 info EV-29',
      '77:0-77:21 info EV-29',
      '78:122-78:127 error EV-25',
    ]);
  });

  it('none for EV-01/02/03/04/08/09/27, nor EV-22 at that date', () => {
    for (const code of ['EV-01', 'EV-02', 'EV-03', 'EV-04', 'EV-08', 'EV-09', 'EV-27', 'EV-22', 'EV-10', 'EV-13', 'EV-17', 'EV-19', 'EV-20', 'EV-21', 'EV-23', 'EV-24', 'EV-26', 'EV-28']) {
      assert.deepEqual(of(code), [], code);
    }
  });

  it('EV-05: external scans overdue since early July, internal since mid-September', () => {
    assert.deepEqual(
      of('EV-05').map((f) => f.message),
      [
        'No external scan is recorded after 2025-06-02, 135 days before 2025-10-15; the appendix requires one at least every 30 days, so the next was due by 2025-07-02 (2025-07-07 with the 5-day grace).',
        'No internal scan is recorded after 2025-06-10, 127 days before 2025-10-15; the appendix requires one at least every 90 days, so the next was due by 2025-09-08 (2025-09-13 with the 5-day grace).',
      ],
    );
    assert.deepEqual(of('EV-05')[0].ecc, ['2-10-3-1']);
    assert.equal(of('EV-05')[0].basis, 'nca');
  });

  it('EV-06: the June external scan report took 18 days against 10 (the catalogue example omits this one)', () => {
    assert.equal(of('EV-06')[0].message, 'The report of scan VS-2025-06-E was delivered on 2025-06-20, 18 days after the scan on 2025-06-02; the appendix allows 10 days.');
  });

  it('EV-07: VULN-131 only (VULN-118 was fixed in 10 of the contractual 14 days)', () => {
    assert.deepEqual(
      of('EV-07').map((f) => f.message),
      ['VULN-131 (high) is still open 89 days after detection on 2025-07-18; the appendix allows 30 days for high findings, so it was due by 2025-08-17.'],
    );
  });

  it('EV-11 and EV-12: the SOC 2 gap after the bridge letter, and its exceptions without a response', () => {
    assert.equal(
      of('EV-11')[0].message,
      'The SOC 2 Type II period ended on 2024-12-31 and its bridge letter covers only to 2025-06-30, leaving 3 months and 15 days uncovered as of 2025-10-15; the appendix allows at most 3 months without a bridge letter.',
    );
    assert.equal(of('EV-12')[0].message, "The SOC 2 Type II report notes 2 exceptions but no `management_response_ref` points to the provider's response; record where the response to them is kept.");
  });

  it('EV-14 and EV-15: reviews about 4 months apart; a leaver revoked after 40.5 h', () => {
    assert.equal(
      of('EV-14')[0].message,
      'Access reviews on 2025-04-28 and 2025-09-02 are 4 months and 5 days apart; the appendix requires one at least every 3 months, so the next was due by 2025-07-28 (2025-08-02 with the 5-day grace).',
    );
    assert.equal(of('EV-15')[0].message, 'Access of leaver P-0193 was revoked 40 h 30 min after they left; the appendix allows 24 h.');
  });

  it('EV-16: June, August and September missing (warnings), July late (info)', () => {
    assert.deepEqual(
      of('EV-16').map((f) => `${f.severity}: ${f.message}`),
      [
        'warning: No monthly security report for June 2025 is recorded; the appendix allows 10 days after the month ends, so it was due by 2025-07-10 (2025-07-15 with the 5-day grace).',
        'warning: No monthly security report for August 2025 is recorded; the appendix allows 10 days after the month ends, so it was due by 2025-09-10 (2025-09-15 with the 5-day grace).',
        'warning: No monthly security report for September 2025 is recorded; the appendix allows 10 days after the month ends, so it was due by 2025-10-10 (2025-10-15 with the 5-day grace).',
        'info: The monthly security report for July 2025 was delivered on 2025-08-25, 25 days after the month ended; the appendix allows 10 days after the month ends (15 with the 5-day grace).',
      ],
    );
  });

  it('EV-18: INC-2025-007 notified 31 h 30 min after detection, an error on `notified_at`', () => {
    const [f] = of('EV-18');
    assert.equal(f.message, 'INC-2025-007 was notified 31 h 30 min after detection; the appendix allows 24 h.');
    assert.deepEqual(f.ecc, ['4-1-2-2']);
    assert.equal(f.basis, 'nca');
  });

  it('EV-25: one error naming both breaches (no approval, 11 days of notice against 30)', () => {
    assert.equal(
      of('EV-25')[0].message,
      'Subcontractor change "Night Shift Support Ltd." (add) took effect on 2025-10-01 without the entity\'s approval and was notified only 11 days ahead (on 2025-09-20); the appendix requires prior written approval and at least 30 days\' notice.',
    );
  });

  it('EV-29: one info per section, naming the entries without ref or hash', () => {
    assert.equal(of('EV-29').length, 9);
    assert.equal(
      of('EV-29')[2].message,
      '2 of 3 scans have no `ref` or `sha256` (VS-2025-06-E, VS-2025-06-I); record where each piece of evidence is kept, or its SHA-256, so a reviewer can find and verify it.',
    );
    assert.equal(
      of('EV-29')[6].message,
      '3 of 4 reports and reviews have no `ref`, `minutes_ref` or `sha256` (monthly_security 2025-04, monthly_security 2025-05, monthly_security 2025-07); record where each piece of evidence is kept, or its SHA-256, so a reviewer can find and verify it.',
    );
  });

  it('EV-22: the 2024-11-20 tabletop becomes a warning from 2025-11-25 (12 months plus 5 days of grace)', () => {
    assert.deepEqual(check(LOG, '2025-11-24').filter((f) => f.code === 'EV-22'), []);
    const late = check(LOG, '2025-11-25').filter((f) => f.code === 'EV-22');
    assert.deepEqual(render(LOG, late), ['68:41-68:51 warning EV-22']);
    assert.equal(
      late[0].message,
      'No joint tabletop exercise is recorded after 2024-11-20, 12 months and 5 days before 2025-11-25; the appendix requires one at least every 12 months, so the next was due by 2025-11-20 (2025-11-25 with the 5-day grace).',
    );
  });

  it("the log's own `as_of` is not \"today\": a later as-of date finds more overdue", () => {
    assert.ok(check(LOG, '2026-01-10').filter((f) => f.code === 'EV-16').length > 3);
  });
});

describe('a clean log', () => {
  it('gives no finding as of 2025-10-15', () => {
    assert.deepEqual(render(CLEAN, check(CLEAN)), []);
  });

  it('has an entry for every evidence section the catalogue lists', () => {
    for (const section of ['risk_assessments', 'regulatory_events', 'soc_confirmations', 'licenses', 'scans', 'findings', 'pentests', 'attestations', 'access_reviews', 'leavers', 'reports', 'incidents', 'exercises', 'continuity_tests', 'audits', 'subcontractor_changes']) {
      assert.match(CLEAN, new RegExp(`^${section}:\\n  - `, 'm'), section);
    }
  });
});

describe('linking a log to its appendix', () => {
  const log = (head: string) => lines('schema: ecc-evidence/v1', head, 'scans:', '  - {id: S-1, type: external, performed_on: 2025-01-01, ref: s.pdf}');

  it('a log without `evidence_log.appendix` gets one evidence-link error, and the appendix checks do not run', () => {
    const text = log('evidence_log: {provider: X}');
    const f = check(text);
    assert.deepEqual(render(text, f), ['1:0-1:12 error evidence-link']);
    assert.equal(
      f[0].message,
      "The evidence log does not name its appendix; add `appendix:` under `evidence_log:` with the appendix's `appendix.id`, since 21 of the 29 evidence checks (those that read the appendix's agreed values) were not run.",
    );
    assert.deepEqual(f[0].ecc, []);
    assert.equal(f[0].basis, null);
  });

  it('an unknown id: error on the value, with the nearest known id', () => {
    const text = log('evidence_log: {appendix: APX-2025-071}');
    const f = check(text);
    assert.deepEqual(render(text, f), ['1:25-1:37 error evidence-link']);
    assert.equal(
      f[0].message,
      "No appendix with `appendix.id: APX-2025-071` was found (did you mean APX-2025-017?); make the appendix file available (the editor looks in the workspace, the command line among its inputs and the log's folders), since 21 of the 29 evidence checks (those that read the appendix's agreed values) were not run.",
    );
  });

  it('two appendices with the same id: error naming both', () => {
    const text = log('evidence_log: {appendix: APX-2025-017}');
    const twin = { ...APPENDIX, path: 'other/copy.appendix.yaml' };
    const f = check(text, '2025-10-15', [APPENDIX, twin]);
    assert.deepEqual(render(text, f), ['1:25-1:37 error evidence-link']);
    assert.match(f[0].message, /^2 appendices have `appendix.id: APX-2025-017` \(examples\/wadi-falcon.appendix.yaml, other\/copy.appendix.yaml\), so it is unclear whose SLAs apply; give each appendix its own id/);
  });

  it('the same appendix passed twice (same path) is one appendix', () => {
    const text = log('evidence_log: {appendix: APX-2025-017}');
    assert.deepEqual(check(text, '2025-10-15', [APPENDIX, APPENDIX]).filter((f) => f.code === 'evidence-link'), []);
  });

  it('an unlinked log still gets the checks that need no appendix (EV-21 here), but no cadence check', () => {
    const text = lines('schema: ecc-evidence/v1', 'evidence_log: {appendix: NOPE}', 'scans:', '  - {id: S-1, type: external, performed_on: 2026-01-01, ref: s.pdf}');
    assert.deepEqual(render(text, check(text)), ['1:25-1:29 error evidence-link', '3:44-3:54 error EV-21']);
  });

  it('a name that is not text is left to the schema check (no second finding)', () => {
    const text = log('evidence_log: {appendix: 17}');
    assert.deepEqual(render(text, check(text)), ['1:25-1:27 error type']);
  });

  it('readAppendixSource needs the appendix header and an `appendix.id`', () => {
    assert.equal(readAppendixSource('x.appendix.yaml', 'schema: ecc-appendix/v1\nappendix: {title: T}\n'), undefined);
    assert.equal(readAppendixSource('x.appendix.yaml', 'schema: ecc-appendix/v2\nappendix: {id: A}\n'), undefined);
    assert.equal(readAppendixSource('x.yaml', 'other: 1\n'), undefined);
    assert.deepEqual(readAppendixSource('contract.yaml', 'schema: ecc-appendix/v1\nappendix: {id: A}\n')?.id, 'A');
  });
});

describe('evidence status for reports', () => {
  it('counts findings by severity and code and gives the latest date of each kind of evidence', () => {
    const findings = check(LOG);
    const root = parseYaml(LOG).value;
    const s = evidenceStatus(root, findings, '2025-10-15');
    assert.equal(s.appendix, 'APX-2025-017');
    assert.equal(s.linked, true);
    assert.equal(s.provider, 'Wadi Falcon Managed IT Services Co.');
    assert.equal(s.logAsOf, '2025-10-15');
    assert.deepEqual(s.counts, { error: 2, warning: 9, info: 12 });
    assert.deepEqual(s.byCode['EV-16'], { error: 0, warning: 3, info: 1 });
    assert.deepEqual(s.latest, {
      riskAssessment: '2025-08-03',
      socConfirmation: '2025-04-01',
      externalScan: '2025-06-02',
      internalScan: '2025-06-10',
      pentest: '2025-07-18',
      accessReview: '2025-09-02',
      monthlyReport: '2025-07',
      postureReview: '2025-Q2',
      jointExercise: '2024-11-20',
      drTest: '2025-05-25',
      restoreTest: '2025-05-26',
      audit: '2025-06-03',
      incident: '2025-08-14',
    });
  });

  it('is not linked when the link failed', () => {
    const text = lines('schema: ecc-evidence/v1', 'evidence_log: {appendix: NOPE}');
    assert.equal(evidenceStatus({ evidence_log: { appendix: 'NOPE' } }, check(text), '2025-10-15').linked, false);
  });
});

describe('the check table', () => {
  it('lists EV-01 to EV-29 in order, each with a title, severity words and a basis', () => {
    assert.deepEqual(
      EVIDENCE_CHECKS.map((c) => c.id),
      Array.from({ length: 29 }, (_, i) => `EV-${String(i + 1).padStart(2, '0')}`),
    );
    for (const c of EVIDENCE_CHECKS) assert.ok(c.title && c.checks && c.severity && (c.basis === 'nca' || c.basis === 'practice'), c.id);
  });
});
