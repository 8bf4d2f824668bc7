import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

/**
 * Files the command line cannot read, paths that are not regular files, and every way a run can
 * fail: a clear message, exit code 2, and nothing written, not even a cache.
 *
 * Permissions do not stop root from reading, so when the tests run as root the command line runs
 * as nobody (65534) in folders given to nobody; otherwise it runs as this user.
 */

const NOBODY = 65534;
const AS_ROOT = process.getuid?.() === 0;
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** A spec with one info finding, and what checking it alone prints. */
const SPEC = path.join(FIXTURES, 'cli-robustness', 'product.vision.yaml');
const SPEC_OUTPUT = (dir: string): string =>
  `${dir}product.vision.yaml\n` +
  `  ${dir}product.vision.yaml:10:14  info  Vision "product-vision" is created by the CEO, which makes the product team its execution partner: consider reflecting that in the team's hiring profile and in how it evangelises the vision.  vision/external-ownership\n\n` +
  '1 problem (0 errors, 0 warnings, 1 info) in 1 file checked.\n';
const NO_SPECS = (where: string): string =>
  `product-specs: No spec files found in ${where}. Spec files are named *.vision.yaml, *.roadmap.yaml or *.charter.yaml, or declare "apiVersion: productspecs/v1".\n`;

/** A temporary folder the command line runs in (as nobody when the tests run as root). */
class Folder {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-robustness-'));

  constructor() {
    if (AS_ROOT) fs.chownSync(this.root, NOBODY, NOBODY);
  }

  /** Copies a file or folder from the fixtures (or anywhere) to a path inside. */
  copy(from: string, to: string): this {
    fs.cpSync(from, this.path(to), { recursive: true });
    return this;
  }

  mkdir(name: string): this {
    fs.mkdirSync(this.path(name), { recursive: true });
    return this;
  }

  symlink(target: string, name: string): this {
    fs.symlinkSync(target, this.path(name));
    return this;
  }

  /** A named pipe: reading it would wait for a writer forever. */
  fifo(name: string): this {
    const made = spawnSync('mkfifo', [this.path(name)], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    return this;
  }

  /** Takes every permission away, so the user the command line runs as cannot read it. */
  lock(name: string): this {
    fs.chmodSync(this.path(name), 0o000);
    return this;
  }

  path(name: string): string {
    return path.join(this.root, name);
  }

  /** Runs the command line here; a run that would hang fails after a while instead of stopping the tests. */
  run(args: readonly string[]): string {
    if (!AS_ROOT) return runCli(args, { cwd: this.root, timeout: 30_000 });
    this.giveToNobody();
    return runCli(args, { cwd: this.root, timeout: 30_000, uid: NOBODY, gid: NOBODY });
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  private giveToNobody(): void {
    const visit = (file: string): void => {
      fs.lchownSync(file, NOBODY, NOBODY);
      if (fs.lstatSync(file).isDirectory()) fs.readdirSync(file).forEach((name) => visit(path.join(file, name)));
    };
    visit(this.root);
  }
}

/** What a run renders: the command, exit code, stdout and stderr. */
const rendered = (args: readonly string[], exit: number | null, stdout: string, stderr: string): string =>
  `$ product-specs ${args.join(' ')}\nexit: ${exit}\n--- stdout\n${stdout}--- stderr\n${stderr}`;

/** Every entry below a folder with its kind, size and modification time; any write changes it. */
function snapshot(folder: string): string[] {
  const entries: string[] = [];
  const visit = (file: string): void => {
    const stat = fs.lstatSync(file);
    const kind = stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : stat.isSymbolicLink() ? 'link' : 'other';
    entries.push(`${path.relative(folder, file) || '.'} ${kind} ${stat.size} ${stat.mtimeMs}`);
    if (stat.isDirectory())
      fs.readdirSync(file)
        .sort()
        .forEach((name) => visit(path.join(file, name)));
  };
  visit(folder);
  return entries;
}

describe('command line robustness', function () {
  this.timeout(60_000);
  let folder: Folder;
  afterEach(() => folder.remove());

  describe('a spec file it cannot read', () => {
    beforeEach(() => {
      folder = new Folder()
        .copy(SPEC, 'product.vision.yaml')
        .copy(path.join(FIXTURES, 'cli', 'broken-config', 'payments.roadmap.yaml'), 'secret.roadmap.yaml')
        .lock('secret.roadmap.yaml');
    });

    it('stops the check of a folder with exit code 2 and says which file', () => {
      const args = ['check', '.'];
      assert.equal(folder.run(args), rendered(args, 2, '', 'product-specs: Cannot read secret.roadmap.yaml: permission denied\n'));
    });

    it('stops the check of the file named', () => {
      const args = ['check', 'secret.roadmap.yaml', '--format', 'json'];
      assert.equal(folder.run(args), rendered(args, 2, '', 'product-specs: Cannot read secret.roadmap.yaml: permission denied\n'));
    });

    it('stops the report, with the same message (no system error naming the absolute path)', () => {
      const args = ['report', '.'];
      assert.equal(folder.run(args), rendered(args, 2, '', 'product-specs: Cannot read secret.roadmap.yaml: permission denied\n'));
    });

    it('an unreadable .productspecs.yaml stops the check, with --cache too', () => {
      folder.copy(path.join(FIXTURES, 'cli', 'broken-config', '.productspecs.yaml'), '.productspecs.yaml').lock('.productspecs.yaml');
      for (const args of [
        ['check', 'product.vision.yaml'],
        ['check', 'product.vision.yaml', '--cache'],
        ['report', 'product.vision.yaml'],
      ]) {
        assert.equal(folder.run(args), rendered(args, 2, '', 'product-specs: Cannot read .productspecs.yaml: permission denied\n'));
      }
    });
  });

  describe('paths that are not regular files', () => {
    beforeEach(() => {
      folder = new Folder().copy(SPEC, 'product.vision.yaml');
    });

    it('a folder named like a spec, a dangling link and a named pipe in a folder are skipped; the rest is checked', () => {
      const clean = folder.run(['check', '.']);
      assert.equal(clean, rendered(['check', '.'], 0, SPEC_OUTPUT(''), ''));
      folder.mkdir('x.roadmap.yaml').symlink('gone.vision.yaml', 'dangling.vision.yaml').fifo('y.vision.yaml');
      assert.equal(folder.run(['check', '.']), clean);
      folder.mkdir('sub').symlink('../gone.charter.yaml', 'sub/dangling.charter.yaml').fifo('sub/team.charter.yaml').copy(SPEC, 'sub/product.vision.yaml');
      assert.equal(folder.run(['check', 'sub']), rendered(['check', 'sub'], 0, SPEC_OUTPUT('sub/'), ''));
    });

    it('a folder named like a spec is searched as a folder', () => {
      folder.mkdir('x.roadmap.yaml');
      const args = ['check', 'x.roadmap.yaml/'];
      assert.equal(folder.run(args), rendered(args, 2, '', NO_SPECS('x.roadmap.yaml/')));
    });

    it('a dangling link named on the command line does not exist', () => {
      folder.symlink('gone.vision.yaml', 'dangling.vision.yaml');
      const args = ['check', 'dangling.vision.yaml'];
      assert.equal(folder.run(args), rendered(args, 2, '', 'product-specs: No such file or folder: dangling.vision.yaml\n'));
    });

    it('a named pipe named on the command line is refused without waiting for a writer', () => {
      folder.fifo('y.vision.yaml');
      for (const args of [
        ['check', 'y.vision.yaml'],
        ['check', 'y.vision.yaml', 'product.vision.yaml', '--cache'],
        ['report', 'y.vision.yaml'],
      ]) {
        assert.equal(folder.run(args), rendered(args, 2, '', 'product-specs: Cannot read y.vision.yaml: not a regular file\n'));
      }
    });

    it('a named pipe as .productspecs.yaml is refused without waiting for a writer', () => {
      folder.fifo('.productspecs.yaml');
      for (const args of [['check'], ['check', '--cache'], ['report']]) {
        assert.equal(folder.run(args), rendered(args, 2, '', 'product-specs: Cannot read .productspecs.yaml: not a regular file\n'));
      }
    });
  });

  describe('writes nothing when it fails', () => {
    let cache: Folder;
    beforeEach(() => {
      folder = new Folder()
        .copy(SPEC, 'good/product.vision.yaml')
        .copy(path.join(FIXTURES, 'cli', 'no-specs'), 'empty')
        .copy(path.join(FIXTURES, 'cli', 'broken-config'), 'broken')
        .copy(SPEC, 'locked/product.vision.yaml')
        .copy(path.join(FIXTURES, 'cli', 'broken-config', 'payments.roadmap.yaml'), 'locked/secret.roadmap.yaml')
        .lock('locked/secret.roadmap.yaml')
        .mkdir('odd/x.roadmap.yaml')
        .fifo('odd/y.vision.yaml');
      cache = new Folder();
    });
    afterEach(() => cache.remove());

    /** Runs in the folder; returns what changed in it and in the cache folder, and the run. */
    const runAndCompare = (args: readonly string[]): { changed: string[]; output: string } => {
      const before = [...snapshot(folder.root), ...snapshot(cache.root)];
      const output = folder.run(args);
      const after = [...snapshot(folder.root), ...snapshot(cache.root)];
      return { changed: after.filter((entry) => !before.includes(entry)).map((entry) => entry.split(' ')[0]), output };
    };

    it('notices a write (a run that succeeds with --cache writes its cache)', () => {
      assert.deepEqual(runAndCompare(['check', 'good', '--cache']).changed, ['.', '.productspecs-cache']);
      assert.deepEqual(runAndCompare(['check', 'good', '--cache', '--cache-location', cache.path('cache.json')]).changed, ['.', 'cache.json']);
    });

    const cases: Array<{ name: string; args: (cacheFile: string) => string[]; stderr: string }> = [
      { name: 'a missing path', args: () => ['check', 'no/such/folder', '--cache'], stderr: 'product-specs: No such file or folder: no/such/folder' },
      { name: 'a folder without specs', args: () => ['check', 'empty', '--cache'], stderr: NO_SPECS('empty').trimEnd() },
      { name: 'a broken .productspecs.yaml', args: () => ['check', 'broken', '--cache'], stderr: 'product-specs: the configuration has errors; nothing was checked.' },
      {
        name: 'a broken .productspecs.yaml, SARIF, a cache elsewhere',
        args: (cacheFile) => ['check', 'broken', '--format', 'sarif', '--cache', '--cache-location', cacheFile],
        stderr: 'product-specs: the configuration has errors; nothing was checked.',
      },
      { name: 'an unknown option', args: () => ['check', 'good', '--cache', '--frobnicate'], stderr: "product-specs: Unknown option '--frobnicate'." },
      {
        name: 'an output file (there is no such option)',
        args: () => ['check', 'good', '--format', 'sarif', '--output', 'good.sarif'],
        stderr: "product-specs: Unknown option '--output'.",
      },
      {
        name: 'an unknown format',
        args: () => ['check', 'good', '--cache', '--format', 'xml'],
        stderr: 'product-specs: Unknown format "xml". Use one of: stylish, json, sarif, github.',
      },
      { name: 'a bad --today', args: () => ['check', 'good', '--cache', '--today', 'tomorrow'], stderr: 'product-specs: --today takes a date like 2026-10-01, not "tomorrow".' },
      { name: 'an unreadable file', args: () => ['check', 'locked', '--cache'], stderr: 'product-specs: Cannot read locked/secret.roadmap.yaml: permission denied' },
      {
        name: 'an unreadable file, a cache elsewhere',
        args: (cacheFile) => ['check', 'locked', '--cache', '--cache-location', cacheFile],
        stderr: 'product-specs: Cannot read locked/secret.roadmap.yaml: permission denied',
      },
      { name: 'a named pipe', args: () => ['check', 'odd/y.vision.yaml', '--cache'], stderr: 'product-specs: Cannot read odd/y.vision.yaml: not a regular file' },
      { name: 'a folder named like a spec', args: () => ['check', 'odd/x.roadmap.yaml', '--cache'], stderr: NO_SPECS('odd/x.roadmap.yaml').trimEnd() },
      { name: 'an unknown command', args: () => ['lint', 'good'], stderr: 'product-specs: Unknown command "lint". Run "product-specs --help" for usage.' },
      {
        name: 'a report on a broken .productspecs.yaml',
        args: () => ['report', 'broken'],
        stderr: 'product-specs: the configuration has errors (broken/.productspecs.yaml); run "product-specs check" to see them. No report was written.',
      },
      { name: 'a report on a folder without specs', args: () => ['report', 'empty'], stderr: NO_SPECS('empty').trimEnd() },
      {
        name: 'a report on an unreadable file',
        args: () => ['report', 'locked', '--format', 'html'],
        stderr: 'product-specs: Cannot read locked/secret.roadmap.yaml: permission denied',
      },
      {
        name: 'a report in an unknown format',
        args: () => ['report', 'good', '--format', 'pdf'],
        stderr: 'product-specs: Unknown report format "pdf". Use one of: md, html, json.',
      },
    ];
    for (const { name, args, stderr } of cases) {
      it(name, () => {
        const run = args(cache.path('cache.json'));
        const { changed, output } = runAndCompare(run);
        // Exit code 2, nothing on stdout, and the message as the first line on stderr.
        assert.deepEqual(output.split('\n').slice(0, 5), [`$ product-specs ${run.join(' ')}`, 'exit: 2', '--- stdout', '--- stderr', stderr]);
        assert.deepEqual(changed, [], 'nothing is written');
        assert.ok(!fs.existsSync(folder.path('.productspecs-cache')) && !fs.existsSync(cache.path('cache.json')), 'no cache file');
      });
    }
  });
});
