import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument } from '../../server/src/languageService/engine';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';
import { lines, lint, render } from '../support/harness';
import { HEADER_ONLY_LENGTH } from '../support/length';

const HEAD = ['schema: ecc-appendix/v1', 'appendix:', '  id: A-1', '  signed_on: 2025-01-01', '  customer: {entity_type: private}'];

function fileLevel(text: string, name?: string) {
  return lint(text, { name }).filter((f) => !f.code.includes('.'));
}

describe('recognising files', () => {
  it('leaves unrelated YAML alone', () => {
    assert.equal(checkDocument('docker-compose.yaml', 'services:\n  web: {image: nginx}\n', { settings: DEFAULT_SETTINGS, asOf: '2025-01-01' }), undefined);
  });

  it('recognises an appendix by its header whatever its name', () => {
    const r = checkDocument('contract.yaml', lines(...HEAD), { settings: DEFAULT_SETTINGS, asOf: '2025-01-01' });
    assert.equal(r?.kind, 'appendix');
  });

  it('a file named as an appendix without a header gets one schema-version finding on line 0', () => {
    const text = lines('# draft', 'scope:', '  services: [x]');
    const f = lint(text);
    assert.deepEqual(render(text, f), ['0:0-0:7 error schema-version']);
    assert.equal(f[0].message, 'This file is named as a security appendix but has no `schema: ecc-appendix/v1` header; add it as the first key so the file can be checked.');
  });

  it('a wrong version is named in the finding', () => {
    const text = lines('schema: ecc-appendix/v2', 'scope: {}');
    const f = lint(text);
    assert.deepEqual(render(text, f), ['0:0-0:23 error schema-version']);
    assert.match(f[0].message, /its header is `schema: ecc-appendix\/v2`/);
  });

  it('empty and comment-only files get the schema-version finding', () => {
    assert.deepEqual(render('', lint('')), ['0:0-0:0 error schema-version']);
    assert.deepEqual(render('# nothing yet\n', lint('# nothing yet\n')), ['0:0-0:13 error schema-version']);
  });
});

describe('YAML syntax', () => {
  it('reports a syntax error at its place and nothing else', () => {
    const text = lines(...HEAD, 'scope:', '  services: [a, b', 'risk: {}');
    const f = lint(text);
    assert.ok(f.length >= 1);
    assert.ok(f.every((x) => x.code === 'yaml-syntax'));
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message, /^YAML syntax: /);
  });

  it('a second document is one finding and the first is still checked', () => {
    const text = lines(...HEAD, '---', 'other: 1');
    const f = fileLevel(text);
    // The first document is checked in full, down to the page estimate of its schedule (a header only: 3 pages).
    assert.deepEqual(render(text, f), ['1:0-1:8 info length', '5:0-5:3 error yaml-syntax']);
    assert.equal(f[0].message, HEADER_ONLY_LENGTH);
    assert.match(f[1].message, /holds 2 YAML documents/);
  });

  it('a duplicate key is reported on its second occurrence', () => {
    const text = lines(...HEAD, 'scope:', '  critical_systems: false', '  critical_systems: true');
    const f = fileLevel(text).filter((x) => x.code === 'duplicate-key');
    assert.deepEqual(render(text, f), ['7:2-7:18 error duplicate-key']);
    assert.equal(f[0].message, '`critical_systems` is stated twice in this mapping; the first one (line 7) is used and this one is ignored.');
  });
});

describe('shape', () => {
  it('unknown key: info on the key with a did-you-mean', () => {
    const text = lines(...HEAD, 'incident:', '  notifcation:', '    initial_notice_hours: 24');
    const f = fileLevel(text).filter((x) => x.code === 'unknown-key');
    assert.deepEqual(render(text, f), ['6:2-6:13 info unknown-key']);
    assert.equal(f[0].message, '`notifcation` is not a key the catalogue knows in `incident`; did you mean `notification`?');
  });

  it('unknown top-level key', () => {
    const text = lines(...HEAD, 'incidents: {}');
    const f = fileLevel(text).filter((x) => x.code === 'unknown-key');
    assert.deepEqual(render(text, f), ['5:0-5:9 info unknown-key']);
    assert.match(f[0].message, /did you mean `incident`\?$/);
  });

  it('yes is text in YAML 1.2: a type finding with the hint', () => {
    const text = lines(...HEAD, 'scope:', '  critical_systems: yes');
    const f = fileLevel(text).filter((x) => x.code === 'type');
    assert.deepEqual(render(text, f), ['6:20-6:23 error type']);
    assert.equal(f[0].message, '`critical_systems` must be true or false; `yes` is text in YAML 1.2 (only YAML 1.1 read it as a yes/no value): write true.');
    assert.deepEqual(f[0].ecc, ['4-1-3', '4-1-2']);
  });

  it('a number with a unit gets the bare-number hint', () => {
    const text = lines(...HEAD, 'incident:', '  notification:', '    initial_notice_hours: 24h');
    const f = fileLevel(text).filter((x) => x.code === 'type');
    assert.deepEqual(render(text, f), ['7:26-7:29 error type']);
    assert.equal(f[0].message, '`initial_notice_hours` must be a bare whole number of hours (the unit is in the key name): write 24, not "24h".');
  });

  it('dates are validated as written: no Feb 30', () => {
    const text = lines('schema: ecc-appendix/v1', 'appendix:', '  id: A-1', '  signed_on: 2025-02-30', '  customer: {entity_type: private}');
    const f = fileLevel(text).filter((x) => x.code === 'type');
    assert.deepEqual(render(text, f), ['3:13-3:23 error type']);
    assert.equal(f[0].message, '`signed_on` must be a real calendar date written YYYY-MM-DD; the text "2025-02-30" is not one.');
  });

  it('an enum typo suggests the value', () => {
    const text = lines(...HEAD, 'incident:', '  roles_and_communications:', '    external_comms_owner: entity_');
    const f = fileLevel(text).filter((x) => x.code === 'type');
    assert.deepEqual(render(text, f), ['7:26-7:33 error type']);
    assert.equal(f[0].message, '`external_comms_owner` must be one of entity, provider, joint; the text "entity_" is not (did you mean `entity`?).');
  });

  it('__proto__ and constructor are plain (unknown) keys', () => {
    const text = lines(...HEAD, '__proto__: {polluted: true}', 'constructor: 1');
    const f = fileLevel(text).filter((x) => x.code === 'unknown-key');
    assert.deepEqual(render(text, f), ['5:0-5:9 info unknown-key', '6:0-6:11 info unknown-key']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('positions in UTF-16 code units', () => {
  it('Arabic text and an emoji before the offending value', () => {
    const text = lines(...HEAD, 'incident:', '  notification: {ref: "البند ١٠ 🔒", initial_notice_hours: 48}');
    const f = lint(text).filter((x) => x.code === 'incident.notification' && x.data?.kind === 'weak-value');
    // "  notification: {ref: " = 22; the quoted Arabic string = 2 quotes + 5 letters + space + 2 Arabic-Indic
    // digits + space + the emoji (2 code units, a surrogate pair) = 13; ", initial_notice_hours: " = 24 -> 59.
    assert.deepEqual(render(text, f), ['6:59-6:61 warning incident.notification']);
  });

  it('CRLF line endings give the same lines and characters as LF', () => {
    const lf = lines(...HEAD, 'incident:', '  notification:', '    initial_notice_hours: 48');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = render(lf, lint(lf).filter((x) => x.data?.kind === 'weak-value'));
    const b = render(crlf, lint(crlf).filter((x) => x.data?.kind === 'weak-value'));
    assert.deepEqual(a, ['7:26-7:28 warning incident.notification']);
    assert.deepEqual(b, a);
  });
});
