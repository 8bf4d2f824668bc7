import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { kindFromFileName } from '../../server/src/core/kinds';
import { preCommitCommand } from '../helpers/preCommit';

const ROOT = path.resolve(__dirname, '../../..');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

function hooks(): Hook[] {
  return parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
}

function git(args: readonly string[], cwd: string): void {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}:\n${result.stderr}`);
}

describe('pre-commit hook', function () {
  this.timeout(300_000);

  it('runs on the file names of the three kinds and .productspecs.yaml, as the engine recognises them', () => {
    const [hook] = hooks();
    assert.deepEqual([hook.id, hook.language, hook.entry, hook.pass_filenames], ['product-specs', 'node', 'product-specs check', false]);
    // pre-commit reads `files` as a Python regular expression; `(?i)` is its only construct JavaScript spells differently.
    assert.match(hook.files, /^\(\?i\)/);
    const files = new RegExp(hook.files.slice('(?i)'.length), 'i');
    const names = [
      'acme.vision.yaml',
      'acme.vision.yml',
      'vision.yaml',
      'vision.yml',
      'Product.Vision.YAML',
      'myvision.yaml',
      'vision.json',
      'acme.roadmap.yaml',
      'roadmap.yml',
      'roadmap.yaml.bak',
      'roadmaps.yaml',
      'team.charter.yaml',
      'team.charter.yml',
      'team-charter.yaml',
      'charter.yaml',
      'team-charter.txt',
      '.productspecs.yaml',
      'productspecs.yaml',
      'notes.yaml',
      'package.json',
    ];
    for (const folder of ['', 'docs/product/']) {
      assert.deepEqual(
        names.filter((name) => files.test(folder + name)),
        names.filter((name) => kindFromFileName(name) !== undefined),
        `in "${folder}"`,
      );
    }
  });

  it('fails on a spec with errors and passes once they are fixed, installed by pre-commit try-repo from a clone of this repository', () => {
    const preCommit = preCommitCommand();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-pre-commit-'));
    try {
      // try-repo would take uncommitted changes of a working tree along: a clone holds only what is committed.
      const hookRepository = path.join(folder, 'product-specs');
      git(['clone', '--quiet', ROOT, hookRepository], folder);
      const repository = path.join(folder, 'specs');
      fs.cpSync(path.join(ROOT, 'examples', 'acme'), repository, { recursive: true });
      git(['init', '--quiet'], repository);
      git(['add', '.'], repository);
      // Its own store, so the hook is installed afresh; npm offline, because the hook needs nothing from the registry.
      const env = { ...process.env, PRE_COMMIT_HOME: path.join(folder, 'pre-commit-home'), npm_config_offline: 'true', NO_COLOR: '1' };
      const tryRepo = (): { status: number | null; output: string } => {
        const result = spawnSync(preCommit, ['try-repo', hookRepository, 'product-specs', '--all-files', '--color', 'never'], { cwd: repository, env, encoding: 'utf8' });
        return { status: result.status, output: result.stdout + result.stderr };
      };

      const failed = tryRepo();
      assert.equal(failed.status, 1, failed.output);
      const lines = failed.output.split('\n');
      assert.ok(
        lines.some((line) => /^Product Specs\.+Failed$/.test(line)),
        failed.output,
      );
      for (const expected of [
        '- hook id: product-specs',
        '- exit code: 1',
        '  acme.roadmap.yaml:145:14  error    "done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released.  schema/enum',
        '  acme.roadmap.yaml:379:7   error    Unknown property "confidance" in spec.items[7] ("express-checkout"). Did you mean "confidence"?  schema/unknown-property',
      ]) {
        assert.ok(lines.includes(expected), `"${expected}" is not in:\n${failed.output}`);
      }

      const roadmap = path.join(repository, 'acme.roadmap.yaml');
      const text = fs.readFileSync(roadmap, 'utf8');
      const fixed = text.replace('stage: done', 'stage: released').replace('confidance:', 'confidence:');
      assert.notEqual(fixed, text);
      fs.writeFileSync(roadmap, fixed);
      git(['add', '.'], repository);
      const passed = tryRepo();
      assert.equal(passed.status, 0, passed.output);
      assert.ok(
        passed.output.split('\n').some((line) => /^Product Specs\.+Passed$/.test(line)),
        passed.output,
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
