/**
 * Hostile and unusual input (docs/robustness.md): every case gets one clear finding or its ordinary findings,
 * never an exception, a flood or a hang; and YAML as people really write it (several documents, anchors, merge
 * keys, YAML 1.1 words, units, impossible dates, keys named like JavaScript internals).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument } from '../../server/src/languageService/engine';
import type { Finding } from '../../server/src/languageService/findings';
import { LIMITS, parseYaml, preScan } from '../../server/src/languageService/parse';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';
import { lines, lint, render, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

const H = 'schema: ecc-appendix/v1';
const HEAD = [H, 'appendix:', '  id: A-1', '  signed_on: 2025-01-01', '  customer: {entity_type: private}'];

function codes(text: string, ...wanted: string[]): Finding[] {
  return lint(text).filter((f) => wanted.includes(f.code));
}

/** The one finding a refused file gets, as `range severity code | message`. */
function one(text: string, name?: string): string {
  const f = lint(text, { name });
  assert.equal(f.length, 1, `expected one finding, got ${f.length}: ${f.slice(0, 3).map((x) => x.message).join(' / ')}`);
  return `${render(text, f)[0]} | ${f[0].message}`;
}

const DEPTH = 'Lists and mappings here are nested more than 100 levels deep (an appendix needs about 6), so the file was not checked; remove the extra nesting.';

describe('limits: a hostile file gets one clear finding', () => {
  it('a file over 5 MB is not parsed, with its size in the message', () => {
    const text = H + '\n' + '# padding\n'.repeat(LIMITS.maxFileBytes / 10);
    assert.equal(
      one(text),
      '0:0-0:23 error yaml-syntax | This file is 5.1 MB; files over 5 MB are not checked (an appendix is far smaller), so split it or remove what does not belong in it.',
    );
  });

  it('the size counts UTF-8 bytes as on disk: 2.7 million Arabic letters are 5.2 MB', () => {
    const text = H + '\nx: ' + 'ع'.repeat(2_700_000);
    assert.ok(text.length < LIMITS.maxFileBytes);
    assert.match(one(text), /^0:0-0:23 error yaml-syntax \| This file is 5\.2 MB; files over 5 MB/);
  });

  it('the size limit comes before the header: a huge file without a header gets the size finding', () => {
    assert.match(one('#'.repeat(LIMITS.maxFileBytes + 1)), /^0:0-0:200 error yaml-syntax \| This file is 5\.1 MB;/);
  });

  it('a binary file (a NUL character) is one finding naming the line', () => {
    const text = H + '\nx: 1\n\u0000\u0001\u0002PK\u0003\u0004';
    assert.equal(
      one(text),
      '0:0-0:23 error yaml-syntax | This file contains binary data (a NUL character on line 3), not YAML text, so it was not checked; save it as UTF-8 text.',
    );
  });

  it('YAML that is not ours is left alone, however hostile', () => {
    const opts = { settings: DEFAULT_SETTINGS, asOf: '2025-01-01' };
    assert.equal(checkDocument('big.yaml', 'x: ' + '['.repeat(10_000), opts), undefined);
    assert.equal(checkDocument('bin.yaml', '\u0000'.repeat(100), opts), undefined);
  });

  it('10,000 nested brackets over many lines stop at level 101, before the parser sees them', () => {
    const text = H + '\nx: ' + '[\n'.repeat(10_000);
    assert.equal(one(text), `101:0-101:1 error yaml-syntax | ${DEPTH}`);
  });

  it('10,000 nested brackets on one line are refused as a long line', () => {
    const text = H + '\nx: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000);
    assert.equal(
      one(text),
      '1:0-1:200 error yaml-syntax | Line 2 is 50,004 characters long; lines over 20,000 characters are not checked, so write the value over several lines (a `>` block).',
    );
  });

  it('deep block nesting (indentation and `- - -`) is caught by the same pre-scan', () => {
    const indented = H + '\n' + Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1';
    assert.equal(one(indented), `102:101-102:102 error yaml-syntax | ${DEPTH}`);
    const dashes = H + '\nx:\n' + '- '.repeat(500) + '1';
    assert.equal(one(dashes), `2:200-2:201 error yaml-syntax | ${DEPTH}`);
  });

  it('nesting the pre-scan lets through is still stopped while reading, with the same message', () => {
    // A value inside 100 lists inside the root mapping: within the pre-scan's margin, over the reader's limit.
    const text = H + '\nx: ' + '['.repeat(100) + '1' + ']'.repeat(100);
    assert.equal(preScan(text), undefined);
    assert.equal(one(text), `1:103-1:104 error yaml-syntax | ${DEPTH}`);
  });

  it('parsing 1,500 then 10,000 nested brackets in one process, then a normal file, works', () => {
    for (const n of [1_500, 10_000, 1_500, 10_000]) {
      const text = H + '\nx: ' + '['.repeat(n) + '\n' + ']'.repeat(n);
      assert.equal(one(text), `1:103-1:104 error yaml-syntax | ${DEPTH}`);
    }
    const normal = lint(wadiFalcon());
    assert.deepEqual(render(wadiFalcon(), normal), ['1:0-1:8 info length', '144:19-144:21 info vuln.remediation_sla']);
    assert.equal(normal[0].message, WADI_FALCON_LENGTH);
  });

  it('an alias bomb (billion laughs) stops at 100,000 expanded values', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill('*' + prev).join(', ')}]`);
    }
    const text = lines(H, ...levels);
    const f = one(text);
    assert.match(f, /^\d+:\d+-\d+:\d+ error yaml-syntax \| Aliases and merge keys here expand to more than 100,000 values \(an alias bomb\?\), so the file was not checked; write the repeated values out or use fewer aliases\.$/);
  });

  it('an alias that contains itself is a loop, reported once', () => {
    assert.equal(
      one(lines(H, 'a: &a', '  b: *a')),
      '2:5-2:7 error yaml-syntax | This alias refers to a mapping or list that contains it, a loop without end, so the file was not checked; write the value out instead.',
    );
    assert.equal(
      one(lines(H, 'a: &a', '  <<: *a', '  c: 1')),
      '2:6-2:8 error yaml-syntax | This merge key refers to a mapping that contains it, a loop without end, so the file was not checked; write the keys out instead.',
    );
  });

  it('a very long line is one finding on that line', () => {
    const text = lines(H, 'appendix:', '  title: ' + 'x'.repeat(30_000));
    assert.equal(
      one(text),
      '2:0-2:200 error yaml-syntax | Line 3 is 30,009 characters long; lines over 20,000 characters are not checked, so write the value over several lines (a `>` block).',
    );
  });

  it('more than 50,000 lines is one finding', () => {
    const text = H + '\nx:\n' + '  - a\n'.repeat(LIMITS.maxLines);
    assert.equal(
      one(text),
      '0:0-0:23 error yaml-syntax | This file has more than 50,000 lines; longer files are not checked (an appendix needs far fewer), so split it.',
    );
  });

  it('more than 100,000 inline entries is one finding at the entry over the limit', () => {
    const row = '  - [' + '1, '.repeat(1_000) + '1]';
    const text = lines(H, 'x:', ...Array(101).fill(row));
    assert.equal(
      one(text),
      '102:6-102:7 error yaml-syntax | Lists and mappings written inline here hold more than 100,000 entries; the file was not checked (an appendix needs far fewer).',
    );
  });

  it('a flood of syntax errors is cut to 20 findings plus one that counts the rest', () => {
    const text = H + '\n' + '\tx: 1\n'.repeat(500);
    const f = lint(text);
    assert.equal(f.length, 21);
    assert.ok(f.every((x) => x.code === 'yaml-syntax' && x.severity === 'error'));
    assert.equal(f[0].message, 'YAML syntax: Tabs are not allowed as indentation.');
    assert.equal(f[20].message, '480 more YAML syntax problems from here on are not listed; fix the ones above first.');
  });

  it('brackets inside quotes, comments and block text do not count as nesting', () => {
    const text = lines(
      H,
      'appendix:',
      `  title: "${'['.repeat(150)}"`,
      `  contract_ref: '${'{'.repeat(150)}'`,
      `  id: A-1 # ${'['.repeat(150)}`,
      '  version: |',
      ...Array.from({ length: 150 }, (_, i) => '    ' + ' '.repeat(i) + '- [x'),
      '  signed_on: 2025-01-01',
    );
    assert.equal(preScan(text), undefined);
    assert.deepEqual(lint(text).filter((f) => f.code === 'yaml-syntax'), []);
  });
});

describe('YAML as people write it', () => {
  it('several documents: one finding at the second `---`; the first document is still checked', () => {
    const text = lines(...HEAD, 'scope:', '  personal_data: yes', '---', 'scope: {}', '---', 'x: [');
    assert.deepEqual(render(text, codes(text, 'yaml-syntax', 'type')), ['6:17-6:20 error type', '7:0-7:3 error yaml-syntax']);
    assert.equal(
      codes(text, 'yaml-syntax')[0].message,
      'This file holds 3 YAML documents; an appendix is one document, so only the first is checked (the second starts here).',
    );
  });

  it('a trailing `---` or `...` with nothing but comments after it is not a second document', () => {
    assert.deepEqual(codes(lines(...HEAD, '---', '# end of appendix'), 'yaml-syntax'), []);
    assert.deepEqual(codes(lines(...HEAD, '...', ''), 'yaml-syntax'), []);
  });

  it('anchors, aliases and merge keys in ordinary use never trip the alias limit', () => {
    // 2,000 centres, each merging a 3-key anchor and overriding one key: about 8,000 values through aliases.
    const centres = Array.from({ length: 2_000 }, (_, i) => `      - {<<: *centre, name: "SOC ${i}"}`);
    const text = wadiFalcon().replace(
      '    centres:\n      - {name: "Primary SOC", city: Riyadh, country: SA}',
      `    centres:\n      - &centre {name: "Primary SOC", city: Riyadh, country: SA}\n${centres.join('\n')}`,
    );
    assert.notEqual(text, wadiFalcon());
    const found = lint(text);
    assert.deepEqual(render(text, found), ['1:0-1:8 info length', '2144:19-2144:21 info vuln.remediation_sla']);
    // The 2,000 merged centres are real values: the schedule lists them all and grows to match.
    assert.equal(
      found[0].message,
      'The rendered schedule would print on 14 A4 pages at the default style (about 13.2 pages of text), over the one-page target; its longest clauses are 5.1 Monitoring and operations centres (547 lines), 6.2 Incident roles and communications (7 lines) and 7.1 Audit (7 lines): shorten them or move detail to an annex to fit one page.',
    );
  });

  it('a merged value is checked, and a finding on it points once at the anchor where it is written', () => {
    const text = wadiFalcon()
      .replace('      - {name: "Primary SOC", city: Riyadh, country: SA}', '      - &centre {name: "Primary SOC", city: Riyadh, country: sa}')
      .replace('      - {name: "Secondary SOC", city: Dammam, country: SA}', '      - {<<: *centre, name: "Secondary SOC", city: Dammam}');
    const parsed = parseYaml(text).value as { soc: { location_ksa: { centres: unknown[] } } };
    assert.deepEqual(parsed.soc.location_ksa.centres[1], { name: 'Secondary SOC', city: 'Dammam', country: 'sa' });
    const f = codes(text, 'type');
    assert.deepEqual(render(text, f), ['51:61-51:63 error type']);
    assert.equal(f[0].message, '`country` must be a two-letter ISO 3166-1 country code in capitals, such as SA; the text "sa" is not.');
  });

  it('a duplicate key is reported on the later key, once, even when its mapping is used through an alias', () => {
    const text = lines(...HEAD, 'scope: &s', '  critical_systems: false', '  critical_systems: true', 'x: *s', 'y: {<<: *s}');
    const f = codes(text, 'duplicate-key');
    assert.deepEqual(render(text, f), ['7:2-7:18 error duplicate-key']);
    assert.equal(f[0].message, '`critical_systems` is stated twice in this mapping; the first one (line 7) is used and this one is ignored.');
  });

  it('yes, no, on and off are text in YAML 1.2: where true or false is expected they get a hint', () => {
    const text = lines(...HEAD, 'scope:', '  personal_data: yes', '  critical_systems: off', '  cloud_or_hosting: No');
    const f = codes(text, 'type');
    assert.deepEqual(render(text, f), ['6:17-6:20 error type', '7:20-7:23 error type', '8:20-8:22 error type']);
    assert.equal(f[0].message, '`personal_data` must be true or false; `yes` is text in YAML 1.2 (only YAML 1.1 read it as a yes/no value): write true.');
    assert.equal(f[2].message, '`cloud_or_hosting` must be true or false; `No` is text in YAML 1.2 (only YAML 1.1 read it as a yes/no value): write false.');
    assert.deepEqual(f[1].data, { kind: 'type', expected: 'boolean', suggestion: false });
  });

  it('a `%YAML 1.1` directive does not turn yes into a boolean', () => {
    const text = lines('%YAML 1.1', '---', ...HEAD, 'scope:', '  personal_data: yes');
    assert.deepEqual(render(text, codes(text, 'type', 'yaml-syntax')), ['8:17-8:20 error type']);
  });

  it('where text is expected, on and off are just text', () => {
    assert.deepEqual(codes(lines(...HEAD.slice(0, 2), '  id: off', ...HEAD.slice(3)), 'type'), []);
  });

  it('dates are checked as written: 30 February is invalid, never rolled over to 2 March', () => {
    const text = lines(H, 'appendix:', '  id: A-1', '  signed_on: 2025-02-30', '  effective_from: 2024-02-29', '  customer: {entity_type: private}');
    const f = codes(text, 'type');
    assert.deepEqual(render(text, f), ['3:13-3:23 error type']);
    assert.equal(f[0].message, '`signed_on` must be a real calendar date written YYYY-MM-DD; the text "2025-02-30" is not one.');
  });

  it('an explicit `!!timestamp` tag does not turn an impossible date into a real one', () => {
    const text = lines(H, 'appendix:', '  id: A-1', '  signed_on: !!timestamp 2025-02-30', '  customer: {entity_type: private}');
    assert.deepEqual(render(text, codes(text, 'type')), ['3:25-3:35 error type']);
    assert.deepEqual(parseYaml('b: !!binary aGVsbG8=\n').value, { b: 'aGVsbG8=' });
  });

  it('numbers with units get a hint to write the bare number', () => {
    const text = lines(...HEAD, 'incident:', '  notification:', '    initial_notice_hours: 24h', '    final_report_days: "7 days"');
    const f = codes(text, 'type');
    assert.deepEqual(render(text, f), ['7:26-7:29 error type', '8:23-8:31 error type']);
    assert.equal(f[0].message, '`initial_notice_hours` must be a bare whole number of hours (the unit is in the key name): write 24, not "24h".');
    assert.equal(f[1].message, '`final_report_days` must be a bare whole number of days (the unit is in the key name): write 7, not "7 days".');
  });

  it('__proto__ and constructor are keys like any other: no prototype pollution, no missed required key', () => {
    const text = lines(H, '__proto__: {appendix: {customer: {entity_type: private}}}', 'constructor: 1', 'toString: 2');
    const parsed = parseYaml(text);
    const value = parsed.value as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), ['schema', '__proto__', 'constructor', 'toString']);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal(({} as Record<string, unknown>).customer, undefined);
    const f = lint(text);
    assert.deepEqual(render(text, f.filter((x) => x.code === 'unknown-key')), ['1:0-1:9 info unknown-key', '2:0-2:11 info unknown-key', '3:0-3:8 info unknown-key']);
    // The entity type inside `__proto__` is not read as the appendix's own.
    assert.ok(f.some((x) => x.message.startsWith('The appendix does not state `appendix.customer.entity_type`')));
  });

  it('empty, blank, BOM-only and comment-only appendices get the schema-version finding on line 0', () => {
    for (const text of ['', '\n\n', '\ufeff', '   \n', '# todo\n# more']) {
      const f = lint(text);
      assert.deepEqual(f.map((x) => x.code), ['schema-version'], JSON.stringify(text));
      assert.equal(render(text, f)[0].slice(0, 4), '0:0-');
    }
  });
});
