// Mocha runner loaded by the extension host (standard @vscode/test-electron layout): the workbench
// requires this module and calls run(); resolve = exit 0, reject = exit 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: process.env.ECC_E2E_COLOR === '1',
    timeout: Number(process.env.ECC_E2E_TEST_TIMEOUT ?? 30000),
    grep: process.env.ECC_E2E_GREP || undefined,
  });
  const files = (fs.readdirSync(__dirname, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.resolve(__dirname, f));

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
