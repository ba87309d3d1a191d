// Runs the integration suite (test/e2e/suite) with the standard @vscode/test-electron runTests().
//
// Default: vscodeExecutablePath = scripts/code-server-test-host.js, which runs the suite in the real
// VS Code workbench served by code-server (pinned, installed by scripts/setup-e2e.sh) and driven by
// headless chromium. ECC_E2E_VSCODE=desktop runs the same suite in a desktop VS Code instead
// (downloaded by runTests, or ECC_E2E_VSCODE_PATH=<Code executable>; needs a display, e.g. xvfb-run).
//
// Usage:  node out/e2e/runTest.js [--vsix <file.vsix>] [--extension <dir>]
// Env:    ECC_E2E_VSIX=<file.vsix>      run against the installed .vsix instead of the dev folder
//         ECC_E2E_EXTENSION=<dir>       extension folder (default: the repository root)
//         ECC_E2E_WORKSPACE=<dir>       workspace to open as is (default: temp copy of test/e2e/workspace
//                                       plus examples/)
//         ECC_E2E_VSCODE=desktop, ECC_E2E_VSCODE_PATH, ECC_E2E_VSCODE_VERSION (default stable)
//         anything read by scripts/code-server-test-host.js (ECC_E2E_TIMEOUT, ECC_E2E_VERBOSE, ...)
// The extension host sees ECC_E2E_REPO, ECC_E2E_WORKSPACE and ECC_E2E_MODE (dev | vsix).
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const repo = path.resolve(__dirname, '..', '..');

function argValue(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === name || a.startsWith(name + '='));
  if (i < 0) return undefined;
  const a = argv[i];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

function isExecutable(file: string): boolean {
  try { fs.accessSync(file, fs.constants.X_OK); return true; } catch { return false; }
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const desktop = process.env.ECC_E2E_VSCODE === 'desktop';
  const vsixArg = argValue('--vsix') ?? process.env.ECC_E2E_VSIX;
  const vsix = vsixArg ? path.resolve(vsixArg) : undefined;
  const extensionDir = path.resolve(argValue('--extension') ?? process.env.ECC_E2E_EXTENSION ?? repo);
  const cacheDir = process.env.ECC_E2E_CACHE || path.join(os.homedir(), '.cache', 'ecc-appendix-e2e');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecc-e2e-run-'));
  // SIGTERM (CI cancelling): let runTests stop the host the way it handles Ctrl+C (SIGINT to the
  // child, which then closes the browser and kills code-server's process group); runTests rejects
  // and the finally below removes the temp folder. Before runTests is running: just clean up.
  process.once('SIGTERM', () => {
    console.log('[runTest] SIGTERM: stopping');
    if (process.listenerCount('SIGINT') > 0) process.emit('SIGINT');
    else { fs.rmSync(tmp, { recursive: true, force: true }); process.exit(143); }
  });
  try {
    // Workspace: a temp copy, so tests may write files freely.
    let workspace = process.env.ECC_E2E_WORKSPACE ? path.resolve(process.env.ECC_E2E_WORKSPACE) : '';
    if (!workspace) {
      workspace = path.join(tmp, 'workspace');
      fs.cpSync(path.join(repo, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
      const examples = path.join(repo, 'examples');
      if (fs.existsSync(examples)) fs.cpSync(examples, path.join(workspace, 'examples'), { recursive: true });
    }
    if (vsix && !fs.existsSync(vsix)) throw new Error(`vsix not found: ${vsix} (run npm run package first)`);

    // With a vsix no development extension is loaded: an empty folder satisfies runTests/VS Code.
    const noDevExtension = path.join(tmp, 'no-dev-extension');
    fs.mkdirSync(noDevExtension);
    const extensionDevelopmentPath = vsix ? noDevExtension : extensionDir;
    const extensionTestsPath = path.resolve(__dirname, 'suite', 'index');
    const extensionTestsEnv: Record<string, string> = {
      ECC_E2E_REPO: repo,
      ECC_E2E_WORKSPACE: workspace,
      ECC_E2E_MODE: vsix ? 'vsix' : 'dev',
    };

    let vscodeExecutablePath: string;
    const launchArgs: string[] = [];
    if (desktop) {
      vscodeExecutablePath = process.env.ECC_E2E_VSCODE_PATH
        ? path.resolve(process.env.ECC_E2E_VSCODE_PATH)
        : await downloadAndUnzipVSCode({
            version: process.env.ECC_E2E_VSCODE_VERSION || 'stable',
            cachePath: path.join(cacheDir, 'vscode-desktop'),
          });
      const userData = path.join(tmp, 'user-data');
      const extensions = path.join(tmp, 'extensions');
      if (vsix) {
        const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
        const r = cp.spawnSync(cli, [...cliArgs, `--user-data-dir=${userData}`, `--extensions-dir=${extensions}`, '--install-extension', vsix, '--force'],
          { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
        if (r.status !== 0) throw new Error(`--install-extension failed (${r.status ?? r.signal})`);
      }
      launchArgs.push(workspace, `--user-data-dir=${userData}`, `--extensions-dir=${extensions}`);
    } else {
      const host = path.join(repo, 'scripts', 'code-server-test-host.js');
      if (isExecutable(host)) {
        vscodeExecutablePath = host;
      } else {
        // Exec bit lost (e.g. checkout on a filesystem without it): run the shim with this node.
        vscodeExecutablePath = process.execPath;
        launchArgs.push(host);
      }
      launchArgs.push(workspace);
      if (vsix) launchArgs.push('--install-extension', vsix);
    }

    console.log(`[runTest] ${desktop ? 'desktop VS Code' : 'code-server'}; ${vsix ? `vsix ${vsix}` : `extension ${extensionDevelopmentPath}`}; workspace ${workspace}`);
    try {
      await runTests({ vscodeExecutablePath, extensionDevelopmentPath, extensionTestsPath, launchArgs, extensionTestsEnv });
      return 0;
    } catch (err) {
      const code = (err as { code?: number }).code;
      console.error(`[runTest] ${err instanceof Error ? err.message : String(err)}`);
      return typeof code === 'number' && code !== 0 ? code : 1;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    console.log(`[runTest] ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
