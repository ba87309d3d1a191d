/** The text edit helpers under the code actions: merging, applying, and minimal edits between two texts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { applyEdits, diffEdits, eolOf, indentUnit, mergeEdits } from '../../server/src/languageService/edits';

describe('edits', () => {
  it('merges insertions at one offset, innermost structure first, and drops an overlapping edit', () => {
    assert.deepEqual(
      mergeEdits([
        { start: 5, end: 5, text: 'B', depth: 1 },
        { start: 5, end: 5, text: 'A', depth: 2 },
        { start: 2, end: 4, text: 'x' },
        { start: 3, end: 6, text: 'overlaps' },
      ]),
      [
        { start: 2, end: 4, text: 'x' },
        { start: 5, end: 5, text: 'AB', depth: 2 },
      ],
    );
    assert.equal(applyEdits('0123456789', [{ start: 9, end: 10, text: '' }, { start: 0, end: 0, text: '>' }]), '>012345678');
  });

  it('reads the line ending and the indentation step of a file', () => {
    assert.equal(eolOf('a: 1\r\nb: 2\n'), '\r\n');
    assert.equal(eolOf('a: 1'), '\n');
    const four = 'a:\n    b:\n        c: 1\nd:\n    e: 2\n';
    assert.equal(indentUnit(four, parseDocument(four)), '    ');
    const flow = 'a: {b: 1}\n';
    assert.equal(indentUnit(flow, parseDocument(flow)), '  ');
  });

  it('diffEdits turns any text into any other, touching only what differs', () => {
    const line = fc.constantFrom('a: 1', '  b: 2', '', '# c', '  - x', 'd:');
    const text = fc.array(line, { maxLength: 30 }).chain((l) => fc.constantFrom('\n', '\r\n').map((eol) => l.join(eol) + (l.length ? eol : '')));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const edits = diffEdits(a, b);
        assert.equal(applyEdits(a, edits), b);
        for (const e of edits) assert.notEqual(a.slice(e.start, e.end), e.text);
      }),
      { numRuns: 300, seed: 4132 },
    );
  });

  it('a pure insertion of lines comes back as one insertion', () => {
    const before = 'a: 1\nb: 2\nc: 3\n';
    const after = 'a: 1\nb: 2\n  x: 9\n  y: 8\nc: 3\n';
    assert.deepEqual(diffEdits(before, after), [{ start: 10, end: 10, text: '  x: 9\n  y: 8\n' }]);
  });
});
