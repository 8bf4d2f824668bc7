import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'product-specs.js');

/** Where and as whom the command line runs: by default from the project root, as this user. */
export type CliOptions = Pick<SpawnSyncOptions, 'cwd' | 'env' | 'uid' | 'gid' | 'timeout'>;

/** Runs the built command line and renders exit code, stdout and stderr as one text. `env` adds to this process's environment. */
export function runCli(args: readonly string[], options: CliOptions = {}): string {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, ...options, env, encoding: 'utf8' });
  return `$ product-specs ${args.join(' ')}\nexit: ${result.status}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
}

/** Compares a run with `<folder>/<name>.txt` (folder relative to the project root); `UPDATE_GOLDEN=1` rewrites the file. */
export function goldenCli(folder: string, name: string, args: readonly string[], options: CliOptions = {}): void {
  const actual = runCli(args, options);
  const file = path.join(ROOT, folder, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'));
}

/** A finding as `check --format json` prints it (the shape of `brief` from the LSP client). */
export interface JsonFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}
