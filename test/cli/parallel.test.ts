import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'product-specs.js');

/** Permissions do not stop root from reading: as root, the command line runs as nobody. */
const NOBODY = 65534;
const AS_ROOT = process.getuid?.() === 0;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Checks a folder on `threads` threads (0: this thread alone). */
function check(cwd: string, threads: number, format = 'stylish'): Run {
  const user = AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
  const result = spawnSync(process.execPath, [BIN, 'check', '.', '--today', '2026-11-25', '--format', format], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PRODUCT_SPECS_WORKERS: String(threads) },
    ...user,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Six copies of the example product, readable by the user the command line runs as. */
function products(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-parallel-'));
  for (let copy = 0; copy < 6; copy++) fs.cpSync(path.join(ROOT, 'examples', 'acme'), path.join(folder, `product-${copy}`), { recursive: true });
  fs.chmodSync(folder, 0o755);
  return folder;
}

/** Runs on one thread, then on two and three: every run prints the same. */
function sameOnEveryThreadCount(folder: string, format = 'stylish'): Run {
  const one = check(folder, 0, format);
  for (const threads of [2, 3]) assert.deepEqual(check(folder, threads, format), one, `${threads} threads, ${format}`);
  return one;
}

describe('command line on several threads', function () {
  this.timeout(60_000);
  let folder: string;

  beforeEach(() => {
    folder = products();
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reports exactly what one thread reports, cross-file findings included', () => {
    // A member renamed in one charter only: items of every roadmap that name the old id are still known through the other charters.
    const charter = path.join(folder, 'product-0', 'team.charter.yaml');
    fs.writeFileSync(charter, fs.readFileSync(charter, 'utf8').replace('    - id: mia\n', '    - id: mia-k\n'));
    for (const format of ['stylish', 'json']) {
      const one = sameOnEveryThreadCount(folder, format);
      assert.equal(one.status, 1);
      assert.equal(one.stderr, '');
    }
  });

  it('leaves out the files the configuration excludes and reports broken files, as one thread does', () => {
    fs.writeFileSync(path.join(folder, '.productspecs.yaml'), 'exclude:\n  - product-5/**\n');
    fs.writeFileSync(path.join(folder, 'product-1', 'acme.roadmap.yaml'), 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata: [\n');
    fs.writeFileSync(path.join(folder, 'product-2', 'acme.vision.yaml'), 'apiVersion: productspecs/v1\nkind: Visoin\n');
    const one = sameOnEveryThreadCount(folder);
    assert.equal(one.status, 1);
    assert.doesNotMatch(one.stdout, /product-5/);
    assert.match(one.stdout, /^product-1\/acme\.roadmap\.yaml\n {2}product-1\/acme\.roadmap\.yaml:3:1 {2}error {2}Bad indentation: .* {2}yaml\/bad-indent\n\n/m);
    assert.match(
      one.stdout,
      /^product-2\/acme\.vision\.yaml\n {2}product-2\/acme\.vision\.yaml:2:7 {2}error {2}Unknown kind "Visoin"\. Did you mean "Vision"\? .* {2}spec\/unknown-kind\n\n/m,
    );
  });

  it('stops at the first file it cannot read, as one thread does', () => {
    fs.chmodSync(path.join(folder, 'product-4', 'acme.roadmap.yaml'), 0o000);
    fs.chmodSync(path.join(folder, 'product-2', 'team.charter.yaml'), 0o000);
    const one = sameOnEveryThreadCount(folder);
    assert.deepEqual(one, { status: 2, stdout: '', stderr: 'product-specs: Cannot read product-2/team.charter.yaml: permission denied\n' });
  });
});
