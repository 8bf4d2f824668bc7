import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'product-specs.js');

/** The example workspace with an archived roadmap that `.productspecs.yaml` excludes. */
function workspace(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-excluded-'));
  for (const name of ['acme.vision.yaml', 'acme.roadmap.yaml', 'team.charter.yaml']) fs.copyFileSync(path.join(ROOT, 'examples', 'acme', name), path.join(folder, name));
  fs.mkdirSync(path.join(folder, 'archive'));
  fs.writeFileSync(path.join(folder, 'archive', 'old.roadmap.yaml'), 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata: [\n');
  fs.writeFileSync(path.join(folder, 'archive', 'old.vision.yaml'), 'apiVersion: productspecs/v1\nkind: Visoin\n');
  fs.writeFileSync(path.join(folder, '.productspecs.yaml'), 'exclude:\n  - archive/**\n');
  return folder;
}

function run(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args, '--today', '2026-11-25'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line: excluded files are not checked files', function () {
  this.timeout(30_000);
  let folder: string;

  before(() => {
    folder = workspace();
  });

  after(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('counts only the checked files in the summary and leaves the excluded ones out of the JSON', () => {
    const stylish = run(folder, ['check']);
    assert.equal(stylish.stderr, '');
    assert.doesNotMatch(stylish.stdout, /archive/);
    assert.match(stylish.stdout, / in 3 files checked\.\n$/);
    const json = run(folder, ['check', '--format', 'json']);
    assert.deepEqual(
      (JSON.parse(json.stdout) as { files: Array<{ file: string }> }).files.map((entry) => entry.file),
      ['acme.roadmap.yaml', 'acme.vision.yaml', 'team.charter.yaml'],
    );
  });

  it('says that a file named on the command line is excluded, with exit code 0, instead of "no problems found"', () => {
    assert.deepEqual(run(folder, ['check', 'archive/old.roadmap.yaml']), {
      status: 0,
      stdout: '',
      stderr: 'product-specs: archive/old.roadmap.yaml is excluded by .productspecs.yaml; not checked.\n',
    });
    const mixed = run(folder, ['check', 'archive/old.vision.yaml', 'acme.vision.yaml']);
    assert.equal(mixed.stderr, 'product-specs: archive/old.vision.yaml is excluded by .productspecs.yaml; not checked.\n');
    assert.match(mixed.stdout, / in 1 file checked\.\n$|^1 file checked, no problems found\.\n$/);
  });

  it('says so when every file of a folder is excluded', () => {
    assert.deepEqual(run(folder, ['check', 'archive']), {
      status: 0,
      stdout: '',
      stderr: 'product-specs: every spec file found is excluded by .productspecs.yaml; nothing was checked.\n',
    });
  });
});
