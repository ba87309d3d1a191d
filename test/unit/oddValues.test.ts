/**
 * Values at the edges of what YAML can say: a huge inline list, impossible timestamp offsets, empty values, numbers
 * no contract means (Infinity, NaN, integers too large to read exactly, Arabic-Indic digits) and bare-CR line ends.
 * Each gets exactly the finding docs/robustness.md and docs/decisions.md describe.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAppendixSource } from '../../server/src/languageService/evidence/index';
import type { Finding } from '../../server/src/languageService/findings';
import { example, lines, lint, render, wadiFalcon } from '../support/harness';

/** `range severity code | message` of each finding, leaving out the two every copy of the example has. */
function show(text: string, f: readonly Finding[], name?: string): string[] {
  const base = lint(name ? example('examples/wadi-falcon.evidence.yaml') : wadiFalcon(), name ? { name, appendices: [APPENDIX] } : {});
  const usual = new Set(base.map((x) => `${x.code}|${x.message}`));
  const r = render(text, f);
  return f.map((x, i) => `${r[i]} | ${x.message}`).filter((_, i) => !usual.has(`${f[i].code}|${f[i].message}`));
}

const APPENDIX = readAppendixSource('examples/wadi-falcon.appendix.yaml', wadiFalcon())!;

/** The example appendix with one line changed (the pattern must match). */
function edit(from: RegExp | string, to: string): string {
  const base = wadiFalcon();
  const text = base.replace(from, to);
  assert.notEqual(text, base, `fixture pattern ${String(from)} not found`);
  return text;
}

describe('a huge inline list is checked, not a stack overflow', () => {
  it('80,000 `scope.services` entries (below the 100,000-entry limit) are checked without throwing', () => {
    const rows: string[] = [];
    for (let i = 0; i < 80_000; i += 10) rows.push(Array.from({ length: 10 }, (_, j) => `s${i + j}`).join(', '));
    const text = edit(/ {2}services: \[[^\]]*\]/, `  services: [${rows.join(',\n    ')}]`);
    const f = lint(text);
    assert.deepEqual(
      render(text, f).map((r, i) => `${r} | ${f[i].message}`),
      [
        '1:0-1:8 info length | The rendered schedule would print on 92 A4 pages at the default style (about 91.6 pages of text), over the one-page target; its longest clauses are 1.1 Services and applicability (5245 lines), 6.2 Incident roles and communications (7 lines) and 7.1 Audit (7 lines): shorten them or move detail to an annex to fit one page.',
        '8143:19-8143:21 info vuln.remediation_sla | `critical_days` is 14 days; the baseline is at most 7 days (recommended practice, product brief). Accepted under exception EXC-2025-003 until 2025-12-31.',
      ],
    );
  });
});

describe('evidence timestamps: the offset is -23:59 to +23:59', () => {
  const stamp = (offset: string) => {
    const base = example('examples/wadi-falcon.evidence.yaml');
    const text = base.replace('detected_at: "2025-08-14T02:10:00+03:00"', `detected_at: "2025-08-14T02:10:00${offset}"`);
    assert.notEqual(text, base);
    return show(text, lint(text, { name: 'x.evidence.yaml', appendices: [APPENDIX] }), 'x.evidence.yaml');
  };
  for (const offset of ['+25:00', '+99:99', '+03:60', '-24:00']) {
    it(`${offset} is not an offset: a type finding on the value`, () => {
      assert.deepEqual(stamp(offset), [
        `60:17-60:44 error type | \`detected_at\` must be a timestamp with its offset, e.g. 2025-08-14T02:10:00+03:00; the text "2025-08-14T02:10:00${offset}" is not one.`,
      ]);
    });
  }
  for (const offset of ['-00:00', '+23:59', '-23:59', 'Z']) {
    it(`${offset} is a valid offset (RFC 3339; -00:00 is UTC with the local offset unknown)`, () => {
      assert.deepEqual(stamp(offset).filter((s) => / type \| /.test(s)), []);
    });
  }
});

describe('an empty value counts as missing (decisions.md 13)', () => {
  const missing =
    '179:4-179:24 warning incident.notification | `incident.notification` does not state `initial_notice_hours`; the baseline is at most 24 hours (recommended practice, product brief).';
  for (const blank of ['initial_notice_hours:', 'initial_notice_hours: ~', 'initial_notice_hours: null', 'initial_notice_hours:   # to be agreed']) {
    it(`\`${blank}\`: only the missing-parameter finding, on its key, and no type finding`, () => {
      const text = edit('initial_notice_hours: 24', blank);
      assert.deepEqual(show(text, lint(text)), [missing]);
    });
  }

  it('the same finding as an absent key, apart from its position', () => {
    const blank = edit('initial_notice_hours: 24', 'initial_notice_hours:');
    const absent = edit(/\n {4}initial_notice_hours: 24[^\n]*/, '');
    const words = (t: string) => lint(t).map((f) => `${f.severity} ${f.code} | ${f.message}`);
    assert.deepEqual(words(blank), words(absent));
    assert.deepEqual(show(absent, lint(absent)), [missing.replace('179:4-179:24', '177:2-177:14')]);
  });

  it('where absence is not reported (no baseline), an empty value keeps its one type finding: never silently accepted', () => {
    // This is what names each of `ecc-appendix init`'s empty placeholders exactly once.
    const ref = edit('ref: "Sched. 7 s.10.1"', 'ref:');
    assert.deepEqual(show(ref, lint(ref)), ['178:8-178:8 error type | `ref` must be text, not empty.']);
    const id = edit('id: APX-2025-017', 'id:');
    assert.deepEqual(show(id, lint(id)), ['2:5-2:5 error type | `id` must be text, not empty.']);
  });

  it('an empty clause is read as a clause without parameters: the missing-parameter findings, no type finding', () => {
    const text = wadiFalcon().replace(/incident:\n {2}notification:\n( {4}.*\n)+/, 'incident:\n  notification:\n');
    const at = '177:2-177:14 warning incident.notification | `incident.notification` does not state';
    assert.deepEqual(show(text, lint(text)), [
      `${at} \`initial_notice_hours\`; the baseline is at most 24 hours (recommended practice, product brief).`,
      `${at} \`detailed_report_hours\`; the baseline is at most 72 hours (recommended practice, design default (DORA RTS 2025/301)).`,
      `${at} \`final_report_days\`; the baseline is at most 30 days (recommended practice, design default (DORA RTS 2025/301)).`,
      `${at} \`includes_suspected\`; the baseline is true (recommended practice, CSA CCM SEF-07).`,
      `${at} \`includes_subcontractors\`; the baseline is true (recommended practice, design default).`,
    ]);
  });

  it('an empty `entity_type:` is the scope.services finding on its key', () => {
    const text = edit('entity_type: government', 'entity_type:');
    assert.deepEqual(show(text, lint(text)), [
      '12:4-12:15 error scope.services | The appendix does not state `appendix.customer.entity_type` (government, cni_operator or private), which decides the ECC scope and the MSOC licence tier.',
    ]);
  });

  it('an empty `signed_on:` is the missing-signature finding on its key', () => {
    const text = edit('signed_on: 2025-03-02', 'signed_on:');
    assert.deepEqual(show(text, lint(text)), [
      '6:2-6:11 warning risk.pre_contract_assessment | The appendix header has no `signed_on` date, so nothing shows the risk assessment came before signature (ECC-2:2024 4-1-3-1).',
    ]);
  });

  it('an empty list entry is still a type finding (it is not a key)', () => {
    const text = lines('schema: ecc-appendix/v1', 'scope:', '  services:', '    - SOC', '    -');
    assert.deepEqual(
      render(text, lint(text).filter((f) => f.code === 'type')).map((r) => r),
      ['4:5-4:5 error type'],
    );
  });
});

describe('numbers no contract means', () => {
  const one = (value: string) => {
    const text = edit(/final_report_days: \d+/, `final_report_days: ${value}`);
    return show(text, lint(text));
  };
  for (const [value, end] of [['1e999', 28], ['.inf', 27], ['-.inf', 28], ['.nan', 27], ['.NaN', 27], ['+.Inf', 28]] as const) {
    it(`\`${value}\` is one type finding, worded with the number as written, and nothing else`, () => {
      assert.deepEqual(one(value), [`181:23-181:${end} error type | \`final_report_days\` must be a whole number, not ${value}.`]);
    });
  }

  it('a whole number beyond Number.MAX_SAFE_INTEGER is "too large", quoted as written, not rounded', () => {
    assert.deepEqual(one('99999999999999999999'), [
      '181:23-181:43 error type | `final_report_days` is too large: 99999999999999999999 is beyond the largest whole number that can be read exactly (9,007,199,254,740,991).',
    ]);
    // The largest exact whole number is still a number (and far over the baseline).
    assert.deepEqual(one('9007199254740991'), [
      '181:23-181:39 warning incident.notification | `final_report_days` is 9007199254740991 days; the baseline is at most 30 days (recommended practice, design default (DORA RTS 2025/301)).',
    ]);
  });

  it('where text is expected, `.inf` is still the wrong type', () => {
    const text = edit('title: "Schedule 7 - Cybersecurity Requirements"', 'title: .inf');
    assert.deepEqual(show(text, lint(text)).filter((s) => / type \| /.test(s)), ['3:9-3:13 error type | `title` must be text, not Infinity.']);
  });

  it('Arabic-Indic digits get the hint to write the number in Western digits, with the fix value', () => {
    for (const digits of ['٢٤', '۲۴']) {
      const text = edit('initial_notice_hours: 24', `initial_notice_hours: ${digits}`);
      const f = lint(text).filter((x) => x.code === 'type');
      assert.deepEqual(show(text, f), [`179:26-179:28 error type | \`initial_notice_hours\` must be a whole number written in Western digits: write 24, not "${digits}".`]);
      assert.deepEqual(f[0].data, { kind: 'type', expected: 'integer', suggestion: 24 });
    }
  });
});

describe('bare CR line ends', () => {
  it('a file with old-Mac line ends (CR alone) gets one clear yaml-syntax finding on line 0', () => {
    const text = wadiFalcon().replace(/\n/g, '\r');
    const f = lint(text);
    assert.deepEqual(
      render(text, f).map((r, i) => `${r} | ${f[i].message}`),
      ['0:0-0:23 error yaml-syntax | Line ends are bare CR characters; save the file with LF or CRLF line ends.'],
    );
  });

  it('CRLF line ends are fine', () => {
    const text = wadiFalcon().replace(/\n/g, '\r\n');
    assert.deepEqual(
      lint(text).map((f) => f.code),
      lint(wadiFalcon()).map((f) => f.code),
    );
  });
});
