// Neovim headless as a second LSP client (issue 3, item 5): for every example, the diagnostics nvim
// receives over stdio equal the CLI's findings (code, range, severity), and one hover answers. "Today" is fixed
// (CLI --as-of, eccAppendix.asOf answered to workspace/configuration) so both sides agree on any day.
//
// With ECC_E2E_OBSERVED=<file.json> (test/e2e/run-all.sh sets it; the VS Code suite writes the file first, see
// test/e2e/suite/4-hover-completion.test.ts) nvim's diagnostics (code, range, severity, message, source) and its
// hover on the same position must also equal what VS Code got for that example; a missing or stale file fails.
//
//   node --test test/nvim/          (needs nvim and a built dist/: npm run build)
//
// Skipped (not failed) when nvim or dist/server.js is missing, so the fast test tier can run anywhere;
// .ci/run installs nvim (scripts/setup-e2e.sh) so it always runs there.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { runNvimProbe, normalizeDiagnostics, hoverText } = require('./run.js');

const repo = path.resolve(__dirname, '..', '..');
const server = path.join(repo, 'dist', 'server.js');
const cli = path.join(repo, 'dist', 'cli.js');
const examples = path.join(repo, 'examples');
const nvim = process.env.ECC_E2E_NVIM || 'nvim';

// NVIM_LOG_FILE: even `nvim --version` creates ~/.cache/nvim/log otherwise.
const haveNvim = spawnSync(nvim, ['--version'], { stdio: 'ignore', env: { ...process.env, NVIM_LOG_FILE: '/dev/null' } }).status === 0;
const skip = !haveNvim ? `${nvim} not found (bash scripts/setup-e2e.sh)` : !fs.existsSync(server) ? 'dist/server.js missing (npm run build)' : false;
const SEVERITY = { error: 1, warning: 2, info: 3, information: 3, hint: 4 };
const AS_OF = '2026-12-01';
const SETTINGS = { eccAppendix: { asOf: AS_OF } };

const files = fs.existsSync(examples)
  ? fs.readdirSync(examples).filter((n) => /\.(appendix|evidence)\.ya?ml$/.test(n)).sort().map((n) => path.join(examples, n))
  : [];

/** CLI findings of one file as { code, severity (LSP number), range }. */
function cliFindings(file) {
  const r = spawnSync(process.execPath, [cli, 'lint', file, '--format', 'json', '--as-of', AS_OF, '--fail-on', 'never'], { cwd: path.dirname(file), encoding: 'utf8' });
  assert.equal(r.status, 0, `CLI failed: ${r.stderr}`);
  const json = JSON.parse(r.stdout);
  const entry = json.files.find((f) => path.resolve(path.dirname(file), f.path) === file || path.basename(f.path) === path.basename(file));
  return entry ? entry.findings : [];
}

/** { code, severity, range } in a canonical order (key order differs between the JSON sources). */
const reduce = (list) => list.map((d) => ({
  code: typeof d.code === 'object' && d.code !== null ? d.code.value : d.code,
  severity: typeof d.severity === 'number' ? d.severity : SEVERITY[String(d.severity).toLowerCase()],
  range: {
    start: { line: d.range.start.line, character: d.range.start.character },
    end: { line: d.range.end.line, character: d.range.end.character },
  },
})).map((d) => [`${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.code}|${d.severity}`, d])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map(([, d]) => d);

for (const file of files) {
  test(`nvim diagnostics equal the CLI findings: ${path.basename(file)}`, { skip }, async () => {
    const firstKey = /^(?!#)([A-Za-z_][\w-]*)\s*:/m.exec(fs.readFileSync(file, 'utf8'));
    const r = await runNvimProbe({ file, server, hoverKey: firstKey ? firstKey[1] : undefined, settings: SETTINGS });
    assert.equal(r.exitCode, 0, `nvim probe failed: ${r.error}`);
    assert.ok(r.ok, r.error);
    const got = reduce(normalizeDiagnostics(r.diagnostics));
    const want = reduce(cliFindings(file));
    assert.deepEqual(got, want);
    if (firstKey) assert.ok(hoverText(r.hover).length > 0, `no hover on "${firstKey[1]}"`);
  });
}

const observedPath = process.env.ECC_E2E_OBSERVED;
test('nvim gets the same diagnostics and hover as VS Code (ECC_E2E_OBSERVED)', { skip: skip || (observedPath ? false : 'ECC_E2E_OBSERVED not set (test/e2e/run-all.sh sets it)') }, async () => {
  assert.ok(fs.existsSync(observedPath), `${observedPath} missing: the VS Code suite did not write it`);
  const seen = JSON.parse(fs.readFileSync(observedPath, 'utf8'));
  const file = path.join(repo, seen.file);
  const sha = require('node:crypto').createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  assert.equal(sha, seen.sha256, `${observedPath} is stale: ${seen.file} changed since VS Code saw it`);
  assert.ok(seen.diagnostics.length > 0 && seen.hover.contents.length > 0, 'nothing observed to compare with');
  const r = await runNvimProbe({ file, server, line: seen.hover.position.line, character: seen.hover.position.character, settings: { eccAppendix: { asOf: seen.asOf } } });
  assert.equal(r.exitCode, 0, `nvim probe failed: ${r.error}`);
  assert.ok(r.ok, r.error);
  assert.deepEqual(normalizeDiagnostics(r.diagnostics), normalizeDiagnostics(seen.diagnostics), `nvim vs ${seen.client}`);
  assert.equal(hoverText(r.hover), seen.hover.contents, `hover text: nvim vs ${seen.client}`);
  assert.deepEqual(r.hover && r.hover.range, seen.hover.range, `hover range: nvim vs ${seen.client}`);
});

test('examples exist', { skip: skip || files.length > 0 ? skip : false }, () => {
  assert.ok(files.length > 0, 'no examples/*.appendix.yaml');
});
