#!/usr/bin/env node
// `npm test`: every test tier in order, stopping at the first failing tier, exit code = result.
//   1. build (esbuild bundles) and compile the tests (tsc, strict type-check included)
//   2. unit, protocol and CLI tests (node:test)
//   3. end-to-end: VS Code (code-server) suite, packaged .vsix suite, UI check, Neovim (test/e2e, test/nvim)
// ECC_SKIP_E2E=1 skips tier 3 (for quick local runs; CI never sets it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['build', 'node', ['esbuild.mjs']],
  ['compile tests', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['compile client', 'npx', ['tsc', '-p', 'client/tsconfig.json', '--noEmit']],
  ['unit, protocol and CLI tests', 'node', ['--test', '--test-reporter=spec', 'out/test/unit/', 'out/test/protocol/', 'out/test/cli/']],
];
if (process.env.ECC_SKIP_E2E !== '1' && existsSync('scripts/test-e2e.sh')) steps.push(['end-to-end tests', 'bash', ['scripts/test-e2e.sh']]);

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`\n== ${name} FAILED (${secs} s)\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`== ${name} passed (${secs} s)\n`);
}
