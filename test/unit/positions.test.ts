/**
 * Ranges are UTF-16 code units, exactly as LSP counts them (format.md section 2), whatever the text holds: Arabic,
 * Arabic-Indic digits, emoji (two code units each), tabs, CRLF line ends, a byte-order mark. Hover and completion
 * behave at the end of the file, on empty lines and inside comments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService/index';
import { doc, lines, lint, render, wadiFalcon } from '../support/harness';
import { WADI_FALCON_LENGTH } from '../support/length';

const H = 'schema: ecc-appendix/v1';
const service = createLanguageService();

function typeFindings(text: string) {
  const f = lint(text).filter((x) => x.code === 'type' || x.code === 'yaml-syntax' || x.code === 'unknown-key');
  return { ranges: render(text, f), messages: f.map((x) => x.message) };
}

function hoverRange(text: string, position: Position): Range | undefined | null {
  const h = service.getHover(doc(text), position);
  return h && h.range;
}

function editRanges(items: CompletionItem[]): Range[] {
  return items.map((i) => (i.textEdit as TextEdit).range);
}

describe('ranges in UTF-16 code units', () => {
  it('Arabic-Indic digits are text, and the range covers exactly the two digits', () => {
    const text = lines(H, 'appendix:', '  title: "ملحق الأمن السيبراني"', 'incident:', '  notification:', '    initial_notice_hours: ٢٤');
    assert.deepEqual(typeFindings(text), {
      ranges: ['5:26-5:28 error type'],
      messages: ['`initial_notice_hours` must be a whole number written in Western digits: write 24, not "٢٤".'],
    });
  });

  it('after Arabic text on the same line, the column counts each Arabic letter as one unit', () => {
    const text = lines(H, 'appendix:', '  customer: {name: "هيئة عامة", entity_type: governmnet}');
    assert.deepEqual(typeFindings(text).ranges, ['2:45-2:55 error type']);
    assert.equal('  customer: {name: "هيئة عامة", entity_type: governmnet}'.indexOf('governmnet'), 45);
  });

  it('an emoji before the value counts as two units', () => {
    const text = lines(H, 'appendix:', '  provider: {name: "🔒 Falcon", country: sa}');
    assert.deepEqual(typeFindings(text), {
      ranges: ['2:41-2:43 error type'],
      messages: ['`country` must be a two-letter ISO 3166-1 country code in capitals, such as SA; the text "sa" is not.'],
    });
  });

  it('a tab inside a value or after the colon is one unit', () => {
    const text = lines(H, 'appendix:', '  customer: {name: "A\tB", entity_type: governmnet}', '  signed_on:\t2025-02-30');
    assert.deepEqual(typeFindings(text).ranges, ['2:39-2:49 error type', '3:13-3:23 error type']);
  });

  it('a tab used as indentation is a syntax finding on that tab', () => {
    const text = lines(H, 'appendix:', '\tid: A-1');
    assert.deepEqual(typeFindings(text), { ranges: ['2:0-2:1 error yaml-syntax'], messages: ['YAML syntax: Tabs are not allowed as indentation.'] });
  });

  it('CRLF line ends give the same lines and characters as LF, and no range takes in the CR', () => {
    const crlf = wadiFalcon().replace(/\n/g, '\r\n');
    const found = lint(crlf);
    assert.deepEqual(render(crlf, found), ['1:0-1:8 info length', '144:19-144:21 info vuln.remediation_sla']);
    assert.equal(found[0].message, WADI_FALCON_LENGTH);
    const text = lines(H, 'incident:', '  notification:', '    initial_notice_hours: 24h', '').replace(/\n/g, '\r\n');
    assert.deepEqual(typeFindings(text).ranges, ['3:26-3:29 error type']);
  });

  it('a byte-order mark is one unit on line 0 and moves nothing else', () => {
    const text = '\ufeff' + wadiFalcon();
    const found = lint(text);
    assert.deepEqual(render(text, found), ['1:0-1:8 info length', '144:19-144:21 info vuln.remediation_sla']);
    assert.equal(found[0].message, WADI_FALCON_LENGTH);
    const small = '\ufeff' + lines(H, 'bogus: 1');
    assert.deepEqual(typeFindings(small).ranges, ['1:0-1:5 info unknown-key']);
  });

  it('emoji and Arabic in a key: the unknown-key range covers the whole key', () => {
    const text = lines(H, 'appendix:', '  ملاحظة🔒: x');
    assert.deepEqual(typeFindings(text).ranges, ['2:2-2:10 info unknown-key']);
  });
});

describe('hover and completion at the edges', () => {
  const text = wadiFalcon();
  const d = doc(text);
  const end = d.positionAt(text.length);

  it('hover at the very end of the file, on an empty line and inside a comment is null', () => {
    assert.equal(service.getHover(d, end), null);
    assert.equal(text.split('\n')[17], '');
    assert.equal(service.getHover(d, { line: 17, character: 0 }), null);
    assert.equal(text.split('\n')[11].indexOf('# fictional'), 48);
    assert.equal(service.getHover(d, { line: 11, character: 52 }), null);
  });

  it('hover past the end of a line or the file does not throw', () => {
    assert.doesNotThrow(() => service.getHover(d, { line: 10_000, character: 10_000 }));
    assert.doesNotThrow(() => service.getHover(d, { line: 3, character: 10_000 }));
  });

  it('hover on a key after Arabic text and an emoji gives the key range in UTF-16', () => {
    const t = lines(H, 'appendix:', '  title: "ملحق 🔒"', 'incident:', '  notification:', '    initial_notice_hours: 24');
    assert.deepEqual(hoverRange(t, { line: 5, character: 8 }), { start: { line: 5, character: 4 }, end: { line: 5, character: 24 } });
    assert.deepEqual(hoverRange(t.replace(/\n/g, '\r\n'), { line: 5, character: 8 }), { start: { line: 5, character: 4 }, end: { line: 5, character: 24 } });
  });

  it('hover at column 0 of a key right after a block mapping is on that key, not on the mapping before it', () => {
    // `appendix:`'s mapping ends exactly where `profile` starts (no blank line between them)
    assert.equal(text.split('\n')[16].slice(0, 8), 'profile:');
    assert.deepEqual(hoverRange(text, { line: 16, character: 0 }), { start: { line: 16, character: 0 }, end: { line: 16, character: 7 } });
    const t = lines(H, 'incident:', '  notification:', '    initial_notice_hours: 24', 'scope:', '  critical_systems: false');
    assert.deepEqual(hoverRange(t, { line: 4, character: 0 }), { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } });
    // the end of the key (just before the colon) still counts as the key
    assert.deepEqual(hoverRange(t, { line: 4, character: 5 }), { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } });
  });

  it('completion inside a comment offers nothing', () => {
    assert.deepEqual(service.getCompletions(d, { line: 11, character: 52 }), []);
    assert.deepEqual(service.getCompletions(doc(lines(H, '# acc')), { line: 1, character: 5 }), []);
  });

  it('completion at the end of the file and on an empty line edits only at the cursor', () => {
    for (const [t, at] of [
      [text, end],
      [text, { line: 17, character: 0 }],
      [text + '\n', { line: text.split('\n').length, character: 0 }],
      [lines(H, ''), { line: 1, character: 0 }],
      ['', { line: 0, character: 0 }],
    ] as [string, Position][]) {
      const items = service.getCompletions(doc(t), at);
      for (const r of editRanges(items)) {
        assert.equal(r.start.line, at.line);
        assert.deepEqual(r.end, at);
        assert.ok(r.start.character <= at.character);
      }
    }
    const top = service.getCompletions(doc(lines(H, '')), { line: 1, character: 0 });
    assert.ok(top.some((i) => i.label === 'appendix'));
  });

  it('completion after an emoji key prefix replaces only the typed word (UTF-16 columns)', () => {
    const t = lines(H, 'appendix:', '  title: "🔒"', 'incident:', '  notification:', '    initial_n');
    const items = service.getCompletions(doc(t), { line: 5, character: 13 });
    assert.ok(items.some((i) => i.label === 'initial_notice_hours'));
    assert.deepEqual(editRanges(items)[0], { start: { line: 5, character: 4 }, end: { line: 5, character: 13 } });
  });
});
