/**
 * Workspace trust (docs/trust.md): policy and snippet files are data in every mode. No policy value can make the
 * product run code or read files outside the policy's folder; these tests try.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { checkDocument } from '../../server/src/languageService/engine';
import { DEFAULT_SETTINGS } from '../../server/src/languageService/settings';
import {
  findPolicyUpward,
  libraryFolderState,
  loadLibrarySnippets,
  loadPolicyText,
  MAX_FILE_BYTES,
  PolicyStore,
  uriToPath,
} from '../../server/src/workspaceFiles';
import { lines } from '../support/harness';

const ENTRY = (name: string) =>
  lines('schema: ecc-snippets/v1', `library: ${name}`, 'snippets:', `  - {name: ${name}, clause: incident.notification, terms: {initial_notice_hours: 12}}`);

/** A workspace with a policy folder and, next to it, a folder the policy must not reach. */
function setup(): { root: string; ws: string; policy: string; outside: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'ecc-trust-'));
  const ws = path.join(root, 'ws');
  const outside = path.join(root, 'outside');
  for (const d of [ws, outside, path.join(ws, 'snippets'), path.join(ws, 'snippets', 'nested'), path.join(ws, '.git')]) mkdirSync(d, { recursive: true });
  writeFileSync(path.join(outside, 'secret.snippets.yaml'), ENTRY('Outside'));
  writeFileSync(path.join(ws, 'snippets', 'team.snippets.yaml'), ENTRY('Team'));
  writeFileSync(path.join(ws, 'snippets', 'notes.yaml'), ENTRY('NotALibraryName'));
  writeFileSync(path.join(ws, 'snippets', 'nested', 'deep.snippets.yaml'), ENTRY('Nested'));
  writeFileSync(path.join(ws, 'snippets', 'huge.snippets.yaml'), ENTRY('Huge') + '\n#' + 'x'.repeat(MAX_FILE_BYTES));
  symlinkSync(path.join(outside, 'secret.snippets.yaml'), path.join(ws, 'snippets', 'linked.snippets.yaml'));
  symlinkSync(outside, path.join(ws, 'escape'));
  writeFileSync(path.join(ws, 'file.yaml'), 'x: 1\n');
  const policy = path.join(ws, '.ecc-appendix.yaml');
  return { root, ws, policy, outside };
}

describe('snippet folders named by a policy', () => {
  const { ws, policy, outside } = setup();

  it('are refused when absolute, when they climb out with .., or when a link leads out', () => {
    const cases: [string, string][] = [
      ['snippets', 'ok'],
      ['./snippets/', 'ok'],
      ['snippets/nested/..', 'ok'],
      [outside, 'absolute'],
      [path.join(ws, 'snippets'), 'absolute'],
      ['/etc', 'absolute'],
      ['~/snippets', 'absolute'],
      ['C:\\Users\\x', 'absolute'],
      ['file:///etc', 'absolute'],
      ['../outside', 'outside'],
      ['snippets/../../outside', 'outside'],
      ['snippets\\..\\..\\outside', 'outside'],
      ['escape', 'outside'],
      ['gone', 'missing'],
      ['file.yaml', 'not-folder'],
    ];
    assert.deepEqual(
      cases.map(([raw]) => [raw, libraryFolderState(policy, raw).state]),
      cases,
    );
  });

  it('only the accepted folders are read, and the policy file reports the refused ones', () => {
    const text = lines('schema: ecc-policy/v1', `snippetLibraries: [snippets, ../outside, escape, "${outside}"]`);
    const loaded = loadPolicyText(policy, text);
    assert.deepEqual(loaded.libraryDirs, [path.join(ws, 'snippets')]);
    assert.deepEqual(loaded.policy.snippetLibraries, ['snippets']);
  });

  it('only *.snippets.yaml files directly in the folder are read: no sub-folders, links, other names or oversized files', () => {
    const entries = loadLibrarySnippets([path.join(ws, 'snippets')]);
    assert.deepEqual(entries.map((e) => e.library), ['Team']);
  });
});

describe('policy and library content is data', () => {
  it('YAML tags that other loaders execute are not run; keys like __proto__ stay plain keys', () => {
    const g = globalThis as { __eccPwned?: boolean };
    const library = lines(
      'schema: ecc-snippets/v1',
      'library: Tags',
      'snippets:',
      '  - name: tagged',
      '    clause: incident.notification',
      '    description: !!js/function "function () { globalThis.__eccPwned = true; }"',
      '    terms:',
      '      initial_notice_hours: 12',
      '      __proto__: {polluted: true}',
      '      channels: !!python/object/apply:os.system ["touch /tmp/ecc-pwned"]',
    );
    const policy = lines('schema: ecc-policy/v1', 'description: !<tag:yaml.org,2002:js/undefined> x', 'rules: {__proto__: error}');
    const lib = checkDocument('t.snippets.yaml', library, { settings: DEFAULT_SETTINGS, asOf: '2025-10-15' })!;
    const pol = checkDocument('.ecc-appendix.yaml', policy, { settings: DEFAULT_SETTINGS, asOf: '2025-10-15' })!;
    assert.equal(g.__eccPwned, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(lib.findings.length > 0 && pol.findings.length > 0, 'the odd content is reported, not obeyed');
    assert.ok(lib.findings.some((f) => f.code === 'unknown-key' && f.message.startsWith('`__proto__`')));
  });
});

describe('finding the policy', () => {
  const { root, ws, policy } = setup();
  writeFileSync(policy, 'schema: ecc-policy/v1\n');
  const sub = path.join(ws, 'contracts', '2025');
  mkdirSync(sub, { recursive: true });

  it('looks in the folder and its parents, and stops at the repository root (.git)', () => {
    assert.equal(findPolicyUpward(sub), policy);
    assert.equal(findPolicyUpward(ws), policy);
    const other = path.join(root, 'other', 'repo', 'deep');
    mkdirSync(other, { recursive: true });
    mkdirSync(path.join(root, 'other', 'repo', '.git'));
    writeFileSync(path.join(root, 'other', '.ecc-appendix.yaml'), 'schema: ecc-policy/v1\n');
    assert.equal(findPolicyUpward(other), undefined);
  });

  it('the server store: the workspace folder decides, and an open buffer wins over the file on disk', () => {
    const open = new Map<string, string>();
    const store = new PolicyStore((file) => open.get(file));
    store.setFolders([ws]);
    const doc = path.join(sub, 'a.appendix.yaml');
    assert.deepEqual(store.policyFor(doc)!.policy.profiles, []);
    open.set(policy, 'schema: ecc-policy/v1\nprofiles: [ecc+ccc]\n');
    assert.deepEqual(store.policyFor(doc)!.policy.profiles, ['ecc+ccc']);
    open.delete(policy);
    assert.deepEqual(store.policyFor(doc)!.policy.profiles, []);
  });

  it('file URIs map to paths; other schemes have none', () => {
    assert.equal(uriToPath(pathToFileURL(policy).href), policy);
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
  });
});
