import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Where the pre-commit tool is installed when it is not on PATH: a virtual environment outside the tree. */
const VENV = process.env.PRODUCT_SPECS_PRE_COMMIT_VENV ?? path.join(os.homedir(), '.cache', 'product-specs', 'pre-commit-venv');
const REQUIREMENT = 'pre-commit>=4.6.2,<5';

function runs(command: string): boolean {
  return spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The pre-commit command to run: the one on PATH, or one installed once into a virtual environment
 * (python3's venv and pip from the Python package index), so `npm test` needs no set-up of its own.
 * Throws with what to do when neither can be had.
 */
export function preCommitCommand(): string {
  if (runs('pre-commit')) return 'pre-commit';
  const installed = path.join(VENV, 'bin', 'pre-commit');
  if (!fs.existsSync(installed)) {
    for (const [command, args] of [
      ['python3', ['-m', 'venv', VENV]],
      [path.join(VENV, 'bin', 'pip'), ['install', '--quiet', REQUIREMENT]],
    ] as const) {
      const result = spawnSync(command, args, { encoding: 'utf8' });
      if (result.status !== 0)
        throw new Error(
          `pre-commit is not on PATH and could not be installed into ${VENV} (${command} ${args.join(' ')}: ${result.error?.message ?? result.stderr.trim()}). Install it with \`pip install pre-commit\`.`,
        );
    }
  }
  if (!runs(installed)) throw new Error(`${installed} does not run: remove ${VENV} and run the tests again.`);
  return installed;
}
