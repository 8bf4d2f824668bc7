// The entry point VS Code calls inside the extension host (--extensionTestsPath): runs every
// *.test.js next to this file with mocha and rejects when a test fails.
//
// When PRODUCT_SPECS_VSCODE_RESULT names a file, the outcome is also written there as JSON
// ({ passed, failed, failures: [{ title, error }] }), for runners that cannot read the extension
// host's output (the end-to-end test runs this suite in code-server that way).

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const resultFile = process.env.PRODUCT_SPECS_VSCODE_RESULT;
  const mocha = new Mocha({ ui: 'bdd', color: !resultFile, timeout: 60000 });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures: Array<{ title: string; error: string }> = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failed) => {
      if (resultFile) {
        const result = { passed: runner.stats?.passes ?? 0, failed, failures };
        fs.writeFileSync(`${resultFile}.tmp`, JSON.stringify(result, null, 2));
        fs.renameSync(`${resultFile}.tmp`, resultFile);
      }
      if (failed > 0) reject(new Error(`${failed} of the integration tests failed`));
      else resolve();
    });
    runner.on('fail', (test, error: Error) => failures.push({ title: test.fullTitle(), error: error.stack ?? String(error) }));
  });
}
