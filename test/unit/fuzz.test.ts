/**
 * Property tests (fast-check): random edits to the example appendices, as a user typing, pasting and deleting
 * would make them, never make the service throw, and every range it returns lies inside the document.
 *
 * Reproducible: the seed is ECC_FUZZ_SEED (default 42) and the number of runs ECC_FUZZ_RUNS (default 40 per
 * property, so the unit suite stays fast). `npm run fuzz` (scripts/fuzz-long.mjs) runs many more with a fresh
 * seed and prints it. A failure prints the seed and the shrunk counterexample; replay it with
 * `ECC_FUZZ_SEED=<seed> node --test out/test/unit/fuzz.test.js`.
 * Input sizes are bounded (a few hundred lines plus at most 8 edits of at most 300 characters), so every run ends.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { checkDocument } from '../../server/src/languageService/engine';
import { createLanguageService, ParseCache } from '../../server/src/languageService/index';
import { parseYaml, reparse, type ParsedYaml } from '../../server/src/languageService/parse';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';
import { lines, ROOT } from '../support/harness';

const SEED = Number(process.env.ECC_FUZZ_SEED ?? 42);
const RUNS = Number(process.env.ECC_FUZZ_RUNS ?? 40);
const PARAMS = { seed: SEED, numRuns: RUNS, endOnFailure: false };
const OPTIONS = { settings: DEFAULT_SETTINGS, asOf: '2025-10-15' };

const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => /\.(appendix|evidence)\.yaml$/.test(f))
  .sort()
  .map((f) => ({ name: `file:///work/${f}`, text: readFileSync(path.join(ROOT, 'examples', f), 'utf8') }));

/** Characters a YAML author (or a bad paste) produces: indicators, whitespace, line ends, Arabic, emoji. */
const CHARS = [
  ...':-[]{},#&*!|>\'"%@`?~\\/.', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r',
  'a', 'Z', '0', '7', '24', 'ع', 'ملحق', '٢٤', '٠', '🔒', '👩‍💻', '\u200f', '\u00a0', '\ufeff', 'é',
];

/** Pieces of YAML that stress the reader: anchors, aliases, merge keys, tags, documents, block scalars, flows. */
const FRAGMENTS = [
  '&a ', '*a', '<<: *a', '<<: [*a, *b]', 'x: &b {k: 1}', '- - - x', '? [a, b]\n: c', '---\n', '...\n', '--- |\n  text',
  '%YAML 1.1\n', '!!binary aGk=', '!!timestamp 2025-02-30', '!foo bar', '|-\n  a\n  b', '>\n  folded', '[', ']', '{', '}',
  '{a: [b, {c: d}]}', '"unterminated', "'it''s'", 'yes', 'off', '24h', '7 days', '2025-02-30', '2024-02-29', '.inf', '-.nan',
  '0x1F', '1e400', '12345678901234567890', '~', 'null', '__proto__: {x: 1}', 'constructor: 1', 'schema: ecc-appendix/v2',
  'schema: ecc-appendix/v1', '  exception_ref: EXC-2025-003', 'exceptions:\n  - id: X\n    clause: access.mfa\n    expires_on: 2020-01-01',
  '# comment [', 'key: value # ]', '\t- tab', '    initial_notice_hours: 72', '  mfa:\n    required_for: [remote]',
];

/** Scalars for the value-replacing edit: plausible and implausible values of every type. */
const VALUES = ['true', 'false', 'yes', 'no', 'on', '0', '-1', '24', '٢٤', '24h', '"7 days"', '2025-02-30', '2025-13-01', '2026-01-01',
  '"2025-03-01T09:30:00+03:00"', '[]', '{}', '[SA, AE]', 'sa', 'indefinite', '~', '', '"🔒"', 'ملحق', '.inf', '1e400', '*a', '&a x'];

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'value'; at: number; value: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((a) => a.join('')) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.string({ unit: 'binary', maxLength: 20 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.string({ unit: 'grapheme', maxLength: 20 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('deleteLines' as const), at: position, count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: position }),
  fc.record({ kind: fc.constant('indent' as const), at: position, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('value' as const), at: position, value: fc.constantFrom(...VALUES) }),
);

/** Applies an edit; offsets are fractions of the current length, so any edit fits any text. */
function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'deleteLines': {
      let end = lineStart;
      for (let i = 0; i < e.count && end < text.length; i++) end = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1;
      return text.slice(0, lineStart) + text.slice(end);
    }
    case 'duplicateLine':
      return text.slice(0, lineEndAt) + '\n' + text.slice(lineStart, lineEndAt) + text.slice(lineEndAt);
    case 'indent':
      return e.by >= 0
        ? text.slice(0, lineStart) + ' '.repeat(e.by) + text.slice(lineStart)
        : text.slice(0, lineStart) + text.slice(lineStart).replace(new RegExp(`^ {0,${-e.by}}`), '');
    case 'value': {
      const line = text.slice(lineStart, lineEndAt);
      const m = /^(\s*(?:- )?[^:#]+:\s)/.exec(line);
      return m ? text.slice(0, lineStart) + m[1] + e.value + text.slice(lineEndAt) : text;
    }
  }
}

const edited = fc
  .record({ base: fc.constantFrom(...EXAMPLES), edits: fc.array(edit, { minLength: 1, maxLength: 8 }), probes: fc.array(position, { minLength: 1, maxLength: 4 }) })
  .map(({ base, edits, probes }) => ({ name: base.name, text: edits.reduce(apply, base.text), probes }));

function assertSpan(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: span ${span.start}-${span.end} outside 0-${text.length}`);
  for (const at of [span.start, span.end]) assert.ok(!splitsPair(text, at), `${what}: offset ${at} splits an emoji (a surrogate pair)`);
}

/** True when `at` falls between the two UTF-16 units of one character. */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertRange(d: TextDocument, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < d.lineCount, `${what}: line ${p.line} outside 0-${d.lineCount - 1}`);
    const lineLength = d.offsetAt({ line: p.line + 1, character: 0 }) - d.offsetAt({ line: p.line, character: 0 });
    assert.ok(p.character >= 0 && p.character <= lineLength, `${what}: character ${p.character} outside line ${p.line} (${lineLength} units)`);
  }
  assert.ok(d.offsetAt(r.start) <= d.offsetAt(r.end), `${what}: range ends before it starts`);
}

/** Worst time of one case in this file, reported (not asserted: speed belongs in the benchmarks). */
let slowest = 0;

function checkAll(name: string, text: string, probes: number[]): void {
  const started = performance.now();
  const result = checkDocument(name, text, OPTIONS);
  for (const f of result?.findings ?? []) {
    assertSpan(text, f.span, f.code);
    assert.ok(['error', 'warning', 'info'].includes(f.severity));
    assert.ok(typeof f.message === 'string' && f.message.length > 0);
  }
  const service = createLanguageService(new ParseCache());
  const d = TextDocument.create(name, 'yaml', 1, text);
  const diagnostics: Diagnostic[] = service.computeDiagnostics(d, OPTIONS);
  for (const diag of diagnostics) assertRange(d, diag.range, `diagnostic ${String(diag.code)}`);
  const positions: Position[] = probes.map((p) => d.positionAt(Math.floor(p * text.length)));
  positions.push(d.positionAt(text.length), { line: 0, character: 0 });
  for (const at of positions) {
    const hover = service.getHover(d, at);
    if (hover?.range) assertRange(d, hover.range, 'hover');
    for (const item of service.getCompletions(d, at)) {
      const te = item.textEdit;
      if (te && 'range' in te) assertRange(d, te.range, `completion ${item.label}`);
    }
  }
  const whole: Range = { start: { line: 0, character: 0 }, end: d.positionAt(text.length) };
  for (const action of service.getCodeActions(d, whole, { diagnostics }, OPTIONS)) {
    for (const edits of Object.values(action.edit?.changes ?? {})) for (const e of edits) assertRange(d, e.range, `code action ${action.title}`);
  }
  const symbols = service.getDocumentSymbols(d);
  const walk = (list: typeof symbols): void => {
    for (const s of list) {
      assertRange(d, s.range, `symbol ${s.name}`);
      assertRange(d, s.selectionRange, `symbol ${s.name}`);
      walk(s.children ?? []);
    }
  };
  walk(symbols);
  for (const lens of service.getCodeLenses(d, OPTIONS)) assertRange(d, lens.range, 'code lens');
  slowest = Math.max(slowest, performance.now() - started);
}

describe(`fuzz (seed ${SEED}, ${RUNS} runs per property)`, () => {
  it('the examples themselves pass the checks', () => {
    assert.ok(EXAMPLES.length >= 4);
    for (const e of EXAMPLES) checkAll(e.name, e.text, [0.5]);
  });

  it('random edits never make any service function throw, and every range is inside the document', () => {
    fc.assert(
      fc.property(edited, ({ name, text, probes }) => checkAll(name, text, probes)),
      PARAMS,
    );
  });

  it('the same edits with CRLF line ends and a byte-order mark', () => {
    fc.assert(
      fc.property(edited, ({ name, text, probes }) => checkAll(name, '\ufeff' + text.replace(/\r?\n/g, '\r\n'), probes)),
      { ...PARAMS, numRuns: Math.max(1, Math.floor(RUNS / 2)) },
    );
  });

  it('any text at all (not YAML-shaped) under an appendix name', (t) => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.array(fc.constantFrom(...FRAGMENTS, ...CHARS), { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(
      fc.property(anyText, fc.boolean(), position, (body, header, p) => checkAll('file:///work/x.appendix.yaml', (header ? 'schema: ecc-appendix/v1\n' : '') + body, [p])),
      PARAMS,
    );
    t.diagnostic(`slowest case in this file: ${slowest.toFixed(1)} ms`);
  });
});

/** Every node of a parse as comparable data: kind, range, value as written, comments and spacing. */
function dumpDoc(parsed: ParsedYaml): unknown[] {
  const out: unknown[] = [];
  const walk = (node: unknown, where: string): void => {
    if (!node) return void out.push([where, null]);
    const n = node as Node & { type?: string; source?: string; flow?: boolean };
    out.push([where, n.constructor.name, n.range, isScalar(n) ? [n.value, n.source, n.type] : n.flow, n.comment, n.commentBefore, n.spaceBefore, n.anchor, n.tag]);
    if (isMap(n)) n.items.forEach((pair, i) => (walk(pair.key, `${where}/${i}k`), walk(pair.value, `${where}/${i}v`)));
    else if (isSeq(n)) n.items.forEach((item, i) => walk(item, `${where}/${i}`));
  };
  walk(parsed.doc?.contents, '');
  out.push(['doc', parsed.doc?.range, parsed.doc?.commentBefore, parsed.doc?.comment]);
  return out;
}

/** A long appendix (about 1,000 lines) whose sections are worth re-parsing on their own. */
function longAppendix(): string {
  const text = EXAMPLES.find((e) => e.name.endsWith('wadi-falcon.appendix.yaml'))!.text;
  const services = Array.from({ length: 700 }, (_, i) => `    - "service ${i}: managed endpoint group"`).join('\n');
  return text.replace('  services: ["24x7 SOC monitoring", "server and network operations", "patch management"]', `  services:\n${services}`);
}

/** A place anywhere in the text, without fast-check's bias towards the very start and end. */
const spot = fc.noBias(fc.integer({ min: 1, max: 9_999 })).map((n) => n / 10_000);

/** Edits as typing makes them: mostly a letter or digit somewhere, sometimes YAML punctuation or a new line. */
const typing: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: spot, text: fc.constantFrom('a', 'x', '1', 'ع', '🔒', 'é') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: spot, length: fc.constant(1) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at: spot, text: fc.constantFrom(' ', '"', ':', '- ', '\n  ', '\n', '\n\n', '#', ' # c', '[', '&a', '*a', '<<: ', '\t') }),
  },
);

describe(`incremental re-parse (seed ${SEED}, ${RUNS} runs)`, () => {
  it('gives exactly what a full parse gives, edit after edit', (t) => {
    let applied = 0;
    let steps = 0;
    const bases = [...EXAMPLES.filter((e) => e.name.endsWith('.appendix.yaml')).map((e) => e.text), longAppendix()];
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(fc.oneof({ weight: 6, arbitrary: typing }, { weight: 1, arbitrary: edit }), { minLength: 1, maxLength: 6 }), (base, edits) => {
        let text = base;
        let previous = parseYaml(text);
        for (const e of edits) {
          text = apply(text, e);
          const full = parseYaml(text);
          const incremental = reparse(previous, text);
          steps++;
          if (incremental) {
            applied++;
            assert.deepStrictEqual(incremental.value, full.value);
            assert.deepStrictEqual([...incremental.locs], [...full.locs]);
            assert.deepStrictEqual(incremental.problems, full.problems);
            assert.equal(incremental.broken, full.broken);
            assert.deepStrictEqual(dumpDoc(incremental), dumpDoc(full));
          }
          previous = incremental ?? full;
        }
      }),
      { ...PARAMS, numRuns: RUNS * 2 },
    );
    t.diagnostic(`re-parsed incrementally in ${applied} of ${steps} steps`);
    assert.ok(applied > steps / 4, `only ${applied} of ${steps} steps were incremental`);
  });

  it('an edit that adds a top-level key, a comment at column 0 or an alias is parsed in full', () => {
    const base = lines('schema: ecc-appendix/v1', 'scope:', '  personal_data: true', 'risk:', '  x: 1', '');
    const previous = parseYaml(base);
    assert.ok(reparse(previous, base.replace('  personal_data: true', '  personal_data: false')));
    assert.equal(reparse(parseYaml(base), base.replace('  personal_data: true\n', '  personal_data: true\nextra: 1\n')), undefined);
    assert.equal(reparse(parseYaml(base), base.replace('  personal_data: true\n', '  personal_data: true\n# note\n')), undefined);
    assert.equal(reparse(parseYaml(base), base.replace('  x: 1', '  x: &a 1')), undefined);
    assert.equal(reparse(parseYaml(base), base.replace('scope:', 'scopes:')), undefined);
  });
});
