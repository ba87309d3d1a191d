/** "One page" made measurable: the page estimate of the rendered schedule and the `length` finding. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { buildSchedule, estimateLength, renderAppendix } from '../../server/src/languageService/render/index';
import { LENGTH_DEFAULT_LEVEL } from '../../server/src/languageService/render/lengthRule';
import { lines, lint, render, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';
import { fullAppendixData } from './renderFixtures';

function estimate(text: string, lang: 'en' | 'ar' = 'en') {
  const r = renderAppendix('t.appendix.yaml', text, { lang });
  assert.ok(r.ok);
  return estimateLength(r.schedule);
}

describe('page estimate at the default style', () => {
  it('wadi-falcon: about 4.2 pages of text in English (5 printed), 3.8 in Arabic (4 printed)', () => {
    const en = estimate(wadiFalcon(), 'en');
    assert.deepEqual([en.pages, en.pageCount], [4.15, 5]);
    const ar = estimate(wadiFalcon(), 'ar');
    assert.deepEqual([ar.pages, ar.pageCount], [3.79, 4]);
  });
  it('lists the clauses longest first, with their lines', () => {
    assert.deepEqual(
      estimate(wadiFalcon()).clauses.slice(0, 4).map((c) => `${c.number} ${c.id} ${c.lines}`),
      ['6.2 incident.roles_and_communications 7', '7.1 assurance.right_to_audit 7', '8.3 exit.transition_assistance 7', '2.2 risk.regulatory_change_reassessment 6'],
    );
  });
  it('grows with the text: a header alone (every clause a marker) is shorter than a full appendix', () => {
    const header = estimate(lines('schema: ecc-appendix/v1', 'appendix: {id: A}'));
    const full = estimateLength(buildSchedule(fullAppendixData()));
    assert.deepEqual([header.pages, header.pageCount], [2.3, 3]);
    assert.deepEqual([full.pages, full.pageCount], [5.92, 6]);
    // Every clause keeps its slot, so even an empty appendix needs more than one page.
    assert.ok(header.pages > 1);
  });
  it('is deterministic and needs no browser (same text, same numbers)', () => {
    const text = stringify(fullAppendixData());
    assert.deepEqual(estimate(text, 'ar'), estimate(text, 'ar'));
  });
});

describe('the length finding', () => {
  const text = wadiFalcon();
  it(`is ${LENGTH_DEFAULT_LEVEL} unless the settings or the policy name it; \`off\` turns it off`, () => {
    assert.equal(LENGTH_DEFAULT_LEVEL, 'info');
    const found = lint(text).filter((f) => f.code === 'length');
    assert.deepEqual(render(text, found), ['1:0-1:8 info length']);
    assert.equal(found[0].message, WADI_FALCON_LENGTH);
    assert.deepEqual(lint(text, { settings: { rules: { length: 'off' } } }).filter((f) => f.code === 'length'), []);
  });
  it('at info: on the `appendix:` key, with the page count and the three longest clauses', () => {
    const found = lint(text, { settings: { rules: { length: 'info' } } }).filter((f) => f.code === 'length');
    assert.deepEqual(render(text, found), ['1:0-1:8 info length']);
    assert.equal(
      found[0].message,
      'The rendered schedule would print on 5 A4 pages at the default style (about 4.2 pages of text), over the one-page target; its longest clauses are 6.2 Incident roles and communications (7 lines), 7.1 Audit (7 lines) and 8.3 Exit and transition (7 lines): shorten them or move detail to an annex to fit one page.',
    );
    assert.equal(found[0].message, WADI_FALCON_LENGTH);
    assert.deepEqual([found[0].ecc, found[0].basis], [[], null]);
  });
  it('a policy or setting can make it a warning; with an Arabic UI the Arabic schedule is measured', () => {
    const found = lint(text, { settings: { rules: { length: 'warning' }, language: 'ar' } }).filter((f) => f.code === 'length');
    assert.deepEqual(render(text, found), ['1:0-1:8 warning length']);
    // The message is Arabic too (i18n/files.ts), with the Arabic schedule's numbers.
    assert.ok(found[0].message.startsWith('سيُطبع الملحق بعد إخراجه على \u20664\u2069 صفحات بحجم \u2066A4\u2069 بالنمط الافتراضي (نحو \u20663.8\u2069'), found[0].message);
  });
  it('without an `appendix:` header it sits on the `schema:` key', () => {
    const t = lines('schema: ecc-appendix/v1', 'scope: {services: [x]}');
    assert.deepEqual(render(t, lint(t, { settings: { rules: { length: 'info' } } }).filter((f) => f.code === 'length')), ['0:0-0:6 info length']);
  });
});
