import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { generated } from '../../server/src/cli/gen';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import { CONTROLS } from '../../server/src/languageService/catalogue/controls';
import { EVIDENCE_CHECKS } from '../../server/src/languageService/evidence/index';
import { expandSnippet, type SnippetEntry } from '../../server/src/languageService/catalogue/snippetGen';
import type { ParamDef } from '../../server/src/languageService/catalogue/types';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';
import { lint, ROOT, wadiFalcon } from '../support/harness';

describe('the catalogue', () => {
  it('has the 35 clauses of catalogue.md section 5, numbered in order, ids unique', () => {
    assert.equal(CLAUSES.length, 35);
    assert.deepEqual(
      CLAUSES.map((c) => c.number),
      Array.from({ length: 35 }, (_, i) => i + 1),
    );
    assert.equal(new Set(CLAUSES.map((c) => c.id)).size, 35);
    assert.equal(CLAUSES[23].id, 'incident.notification');
  });

  it('every ECC id a clause cites has a paraphrase with version and link', () => {
    const known = new Set(CONTROLS.map((c) => c.id));
    for (const c of CLAUSES) for (const id of c.ecc) assert.ok(known.has(id), `${c.id} cites ${id}`);
    for (const c of EVIDENCE_CHECKS) for (const id of c.ecc) assert.ok(known.has(id), `${c.id} cites ${id}`);
    for (const c of CONTROLS) {
      assert.equal(c.version, 'ECC-2:2024');
      assert.match(c.url, /^https:\/\/nca\.gov\.sa\//);
      assert.ok(c.summary.length > 20, c.id);
    }
  });

  it('every parameter has a summary and every clause says what it must state', () => {
    const walk = (clause: string, params: readonly ParamDef[]) => {
      for (const p of params) {
        assert.ok(p.summary.trim().length > 5, `${clause}.${p.key}`);
        if (p.type.kind === 'object' || p.type.kind === 'object-list') walk(clause, p.type.params);
      }
    };
    for (const c of CLAUSES) {
      assert.ok(c.mustState.length > 20, c.id);
      walk(c.id, c.params);
    }
  });
});

describe('generated files stay in step with the catalogue', () => {
  for (const [file, content] of Object.entries(generated())) {
    it(`${file} equals what npm run gen writes`, () => {
      assert.equal(readFileSync(path.join(ROOT, file), 'utf8'), content, `${file} is stale: run npm run gen`);
    });
  }

  it('every schema property has a description', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/appendix.schema.json'), 'utf8'));
    const missing: string[] = [];
    const walk = (s: Record<string, any>, at: string) => {
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, any>)) {
        if (!v.description) missing.push(`${at}/${k}`);
        walk(v, `${at}/${k}`);
        if (v.items) walk(v.items, `${at}/${k}[]`);
      }
    };
    walk(schema, '');
    assert.deepEqual(missing, []);
  });

  it('the settings schema in package.json lists exactly the settings the server reads', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = Object.keys(pkg.contributes.configuration.properties).sort();
    const read = [...Object.keys(DEFAULT_SETTINGS).map((k) => `eccAppendix.${k}`), 'eccAppendix.trace.server'].sort();
    assert.deepEqual(contributed, read);
  });
});

/** Removes a clause's block from the example and puts the expanded snippet in its place. */
function withSnippet(text: string, clausePath: readonly string[], body: string): string {
  const src = text.split('\n');
  const nested = clausePath.length > 1;
  const keyLine = nested ? `  ${clausePath[1]}:` : `${clausePath[0]}:`;
  let start = src.findIndex((l, i) => l === keyLine && (!nested || src.slice(0, i).reverse().find((x) => /^\S/.test(x)) === `${clausePath[0]}:`));
  assert.ok(start >= 0, `no ${clausePath.join('.')} in the example`);
  if (!nested) start++; // keep `scope:` itself; the snippet writes its keys
  let end = start + 1;
  const depth = nested ? 2 : 0;
  while (end < src.length && (src[end].trim() === '' || /^\s*/.exec(src[end])![0].length > depth)) end++;
  const indent = nested ? '  ' : '  ';
  const inserted = body.split('\n').map((l) => indent + l);
  return [...src.slice(0, start), ...inserted, ...src.slice(end)].join('\n');
}

describe('snippets write the standard terms', () => {
  const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets/clauses.json'), 'utf8')) as Record<string, SnippetEntry>;

  it('there is one snippet per clause', () => {
    assert.deepEqual(Object.keys(snippets).sort(), CLAUSES.map((c) => c.id).sort());
  });

  for (const clause of CLAUSES) {
    it(`${clause.id}: expanded with its defaults it yields no finding for its clause`, () => {
      const body = expandSnippet(snippets[clause.id].body);
      // The standard terms are the ecc-baseline ones: checked in an appendix without personal data, critical
      // systems or cloud, whose overlays add conditional terms the static snippet cannot know.
      const text = withSnippet(wadiFalcon().replace('personal_data: true', 'personal_data: false'), clause.path, body);
      const findings = lint(text).filter((f) => f.code === clause.id || (f.code !== 'vuln.remediation_sla' && f.severity !== 'info' && f.code !== 'type'));
      assert.deepEqual(
        findings.map((f) => `${f.code}: ${f.message}`),
        [],
        `snippet for ${clause.id}:\n${body}`,
      );
    });
  }
});
