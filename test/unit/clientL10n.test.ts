/**
 * The client's texts and the manifest's texts exist in Arabic: every `t('...')` of client/src has an entry in
 * l10n/bundle.l10n.ar.json (and the bundle has no stale entry), every `%key%` of package.json is in package.nls.json
 * and package.nls.ar.json, placeholders match, and the Arabic follows docs/arabic.md (Arabic letters, Latin runs
 * and digits inside LTR isolates, isolates balanced). The packaged .vsix carries the Arabic files.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { hasArabic, unisolatedLatin } from '../../server/src/languageService/catalogue/ar';
import { ROOT } from '../support/harness';

const readJson = (name: string) => JSON.parse(readFileSync(path.join(ROOT, name), 'utf8')) as Record<string, unknown>;

/** The first argument of every call `t(<string literal>, ...)` in the client's sources, with its file. */
function clientKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const dir = path.join(ROOT, 'client/src');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, readFileSync(path.join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
        const first = node.arguments[0];
        assert.ok(first && ts.isStringLiteralLike(first), `${name}: t() takes a string literal (${node.getText().slice(0, 60)})`);
        keys.set(first.text, name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

function assertArabic(text: string, what: string): void {
  assert.ok(hasArabic(text), `${what}: no Arabic letter in ${JSON.stringify(text)}`);
  const opens = [...text].filter((c) => c === '\u2066' || c === '\u2068').length;
  const closes = [...text].filter((c) => c === '\u2069').length;
  assert.equal(opens, closes, `${what}: unbalanced isolates`);
  assert.deepEqual(unisolatedLatin(text.replace(/\{\d+\}/g, '')), [], `${what}: Latin outside an LTR isolate`);
}

describe('client texts in Arabic (l10n/bundle.l10n.ar.json)', () => {
  const keys = clientKeys();
  const bundle = readJson('l10n/bundle.l10n.ar.json');

  it('finds the client texts', () => {
    // a floor, so a broken scan (no keys at all) cannot pass the tests below
    assert.ok(keys.size >= 40, `only ${keys.size} client texts found`);
    assert.equal(keys.get('Show Problems'), 'validateAll.ts');
    assert.equal(keys.get('Refresh'), 'report.ts');
  });

  it('has an Arabic text for every t() of client/src, with the same placeholders', () => {
    for (const [key, file] of keys) {
      const ar = bundle[key];
      assert.equal(typeof ar, 'string', `${file}: no Arabic for ${JSON.stringify(key)}`);
      assert.deepEqual(placeholders(ar as string), placeholders(key), `placeholders of ${JSON.stringify(key)}`);
    }
  });

  it('has no entry that the client no longer uses', () => {
    assert.deepEqual(Object.keys(bundle).filter((k) => !keys.has(k)), []);
  });

  it('writes Arabic as docs/arabic.md says', () => {
    for (const [key, ar] of Object.entries(bundle)) {
      if (key === '; ') {
        assert.equal(ar, '؛ ');
        continue;
      }
      assertArabic(ar as string, key);
    }
  });

  it('keeps the exact Arabic of the restart notice', () => {
    assert.equal(
      bundle['ECC Appendix: the language server stopped; restarting ({0} of {1})...'],
      '\u2066ECC Appendix\u2069: توقف خادم اللغة؛ وتجري إعادة تشغيله (\u2066{0}\u2069 من \u2066{1}\u2069)...',
    );
  });
});

describe('manifest texts (package.nls.json, package.nls.ar.json)', () => {
  const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  const en = readJson('package.nls.json');
  const ar = readJson('package.nls.ar.json');

  it('uses placeholders for the texts users read', () => {
    assert.ok(used.has('extension.description'));
    assert.ok(used.has('command.validateAll.title'));
    assert.ok(used.has('setting.language.description'));
  });

  it('has every %key% of package.json in English and Arabic, and nothing else', () => {
    assert.deepEqual(Object.keys(en).sort(), [...used].sort());
    assert.deepEqual(Object.keys(ar).sort(), [...used].sort());
  });

  it('writes the Arabic manifest texts as docs/arabic.md says', () => {
    // the product's name stays as it is (the command palette shows "ECC Appendix: <title>")
    const names = ['command.category', 'configuration.title'];
    for (const key of names) assert.equal(ar[key], 'ECC Appendix', key);
    for (const [key, text] of Object.entries(ar)) if (!names.includes(key)) assertArabic(text as string, key);
    assert.equal(ar['command.validateAll.title'], 'فحص جميع الملاحق');
  });

  it('ships the Arabic files in the .vsix (.vscodeignore is an allowlist)', () => {
    const allow = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    for (const file of ['package.nls.json', 'package.nls.ar.json', 'l10n/bundle.l10n.ar.json']) assert.ok(allow.includes(`!${file}`), file);
  });
});
