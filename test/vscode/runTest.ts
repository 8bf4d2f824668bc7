// Runs the integration suite (suite/*.test.ts) inside a real VS Code with @vscode/test-electron:
// the extension is loaded from this repository (its dist/ bundles, so build first), and VS Code
// opens a temporary copy of examples/acme with `today: 2026-11-25` in its .productspecs.yaml.
//
//   npm run test:vscode
//
// Environment:
//   PRODUCT_SPECS_VSCODE_EXECUTABLE  a VS Code executable to use instead of downloading one
//   PRODUCT_SPECS_VSCODE_VERSION     the VS Code version to download (default: stable)
//   PRODUCT_SPECS_VSCODE_CACHE       where downloads are kept (default: ${XDG_CACHE_HOME:-~/.cache}/product-specs-vscode-test)

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'acme');
export const TODAY = '2026-11-25';

function cachePath(): string {
  if (process.env.PRODUCT_SPECS_VSCODE_CACHE) return path.resolve(process.env.PRODUCT_SPECS_VSCODE_CACHE);
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'product-specs-vscode-test');
}

/** A VS Code executable: the one named by the environment, or a download (kept in the cache). */
async function vscodeExecutable(): Promise<string> {
  const local = process.env.PRODUCT_SPECS_VSCODE_EXECUTABLE;
  if (local) {
    if (!fs.existsSync(local)) throw new Error(`PRODUCT_SPECS_VSCODE_EXECUTABLE points to ${local}, which does not exist.`);
    return local;
  }
  const version = process.env.PRODUCT_SPECS_VSCODE_VERSION || 'stable';
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: cachePath(), timeout: 30000 });
  } catch (error) {
    throw new Error(
      `Could not download VS Code (${version}) from update.code.visualstudio.com: ${(error as Error).message}\n` +
        'This suite runs the extension in a real VS Code, which it downloads first. Run it on a machine that can reach ' +
        'the VS Code download site, or set PRODUCT_SPECS_VSCODE_EXECUTABLE to an installed VS Code executable. ' +
        'Without either, `npm run test:e2e` checks the same behaviour in code-server.',
      { cause: error },
    );
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'client', 'extension.js')) || !fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'server', 'server.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm run test:vscode` does).');
  }
  const vscodeExecutablePath = await vscodeExecutable();

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-vscode-'));
  try {
    const workspace = path.join(scratch, 'acme');
    fs.cpSync(EXAMPLE, workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, '.productspecs.yaml'), `today: ${TODAY}\n`);
    const userData = path.join(scratch, 'user-data');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' }, null, 2),
    );

    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      extensionTestsEnv: { PRODUCT_SPECS_TEST_WORKSPACE: workspace },
      launchArgs: [
        workspace,
        '--disable-extensions', // every other extension: the one under test still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        userData,
        '--extensions-dir',
        path.join(scratch, 'extensions'),
      ],
    });
    if (code !== 0) throw new Error(`the integration suite failed (exit code ${code})`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`test:vscode: ${error.message}\n`);
  process.exitCode = 1;
});
