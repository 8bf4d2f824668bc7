import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'product-specs.js');

/** Runs the built command line from the project root and renders exit code, stdout and stderr as one text. */
export function runCli(args: readonly string[]): string {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  return `$ product-specs ${args.join(' ')}\nexit: ${result.status}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
}

/** Compares a run with `<folder>/<name>.txt` (folder relative to the project root); `UPDATE_GOLDEN=1` rewrites the file. */
export function goldenCli(folder: string, name: string, args: readonly string[]): void {
  const actual = runCli(args);
  const file = path.join(ROOT, folder, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'));
}
