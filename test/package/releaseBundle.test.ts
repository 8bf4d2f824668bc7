import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('committed command-line bundle (release/cli.js)', function () {
  this.timeout(60_000);

  it('is what the sources build today: run `npm run bundle:release` and commit it when this fails', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-release-'));
    try {
      // `npm test` has just generated the validators from the schemas; the bundle is built from them.
      const result = spawnSync(process.execPath, [path.join('scripts', 'bundle.js'), '--release', '--outdir', folder], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const fresh = fs.readFileSync(path.join(folder, 'cli.js'));
      const committed = fs.readFileSync(path.join(ROOT, 'release', 'cli.js'));
      assert.ok(fresh.equals(committed), `release/cli.js is stale (${committed.length} bytes committed, ${fresh.length} built): run \`npm run bundle:release\` and commit it.`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('runs from a folder that holds nothing else of the project than the schemas and the rule pages', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-release-run-'));
    try {
      for (const part of ['release/cli.js', 'schemas', 'docs/rules', 'package.json'])
        fs.cpSync(path.join(ROOT, part), path.join(folder, 'product-specs', part), { recursive: true });
      fs.cpSync(path.join(ROOT, 'examples', 'acme'), path.join(folder, 'examples', 'acme'), { recursive: true });
      const result = spawnSync(process.execPath, [path.join(folder, 'product-specs', 'release', 'cli.js'), 'check', 'examples/acme', '--today', '2026-11-25'], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
      });
      const golden = fs.readFileSync(path.join(ROOT, 'test', 'cli', 'golden', 'check-acme.txt'), 'utf8');
      assert.equal(`$ product-specs check examples/acme --today 2026-11-25\nexit: ${result.status}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`, golden);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
