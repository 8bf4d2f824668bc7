import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'product-specs.js');

function check(cwd: string, workers: number, format: string): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [BIN, 'check', '.', '--today', '2026-11-25', '--format', format], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PRODUCT_SPECS_WORKERS: String(workers) },
  });
  return { status: result.status, stdout: result.stdout };
}

describe('command line on several threads', function () {
  this.timeout(60_000);

  it('reports exactly what one thread reports, cross-file findings included', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-parallel-'));
    for (let copy = 0; copy < 6; copy++) fs.cpSync(path.join(ROOT, 'examples', 'acme'), path.join(folder, `product-${copy}`), { recursive: true });
    // A member renamed in one charter only: items of every roadmap that name the old id are still known through the other charters.
    const charter = path.join(folder, 'product-0', 'team.charter.yaml');
    fs.writeFileSync(charter, fs.readFileSync(charter, 'utf8').replace('    - id: mia\n', '    - id: mia-k\n'));
    for (const format of ['stylish', 'json']) {
      const one = check(folder, 0, format);
      const two = check(folder, 2, format);
      assert.equal(one.status, 1);
      assert.equal(two.status, one.status);
      assert.equal(two.stdout, one.stdout);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
