import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'product-specs.js');
const GOLDEN = path.join(ROOT, 'test', 'cli', 'golden');

/** Runs the command line from the project root and renders exit code, stdout and stderr as one text. */
function run(args: string[]): string {
  return runIn(ROOT, args);
}

function runIn(cwd: string, args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  return `$ product-specs ${args.join(' ')}\nexit: ${result.status}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
}

/** Compares with `test/cli/golden/<name>.txt`; `UPDATE_GOLDEN=1 npm test` rewrites the files. */
function golden(name: string, args: string[]): void {
  const actual = run(args);
  const file = path.join(GOLDEN, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'));
}

describe('command line', function () {
  this.timeout(20_000);

  it('checks the example workspace (stylish)', () => golden('check-acme', ['check', 'examples/acme', '--today', '2026-11-25']));
  it('checks the example workspace (json)', () => golden('check-acme-json', ['check', 'examples/acme', '--today', '2026-11-25', '--format', 'json']));
  it('finds spec files by name and by apiVersion, and reports broken YAML', () => golden('check-mixed', ['check', 'test/fixtures/cli/mixed', '--today', '2026-11-25']));
  it('accepts globs', () => golden('check-glob', ['check', 'test/fixtures/cli/mixed/**/*.charter.yaml']));
  it('refuses a broken configuration with exit code 2', () => golden('broken-config', ['check', 'test/fixtures/cli/broken-config']));
  it('says so when a folder holds no spec files', () => golden('no-specs', ['check', 'test/fixtures/cli/no-specs']));
  it('says so when a path does not exist', () => golden('missing-path', ['check', 'no/such/folder']));
  it('refuses an unknown format', () => golden('unknown-format', ['check', '--format', 'xml']));
  it('refuses an unknown option', () => golden('unknown-option', ['check', '--frobnicate']));
  it('refuses an unknown command', () => golden('unknown-command', ['lint']));
  it('prints help', () => golden('help', ['--help']));

  it('prints the version of the package', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(run(['--version']), `$ product-specs --version\nexit: 0\n--- stdout\n${version}\n--- stderr\n`);
  });

  it('reuses a cached result only while nothing changed', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-cache-'));
    fs.cpSync(path.join(ROOT, 'examples', 'acme'), folder, { recursive: true });
    const cache = path.join(folder, 'cache.json');
    const check = (): string => runIn(folder, ['check', '.', '--today', '2026-11-25', '--cache', '--cache-location', cache]);
    const first = check();
    assert.ok(fs.existsSync(cache), 'the cache is written');
    assert.equal(check(), first, 'an unchanged re-run prints the same');
    const charter = path.join(folder, 'team.charter.yaml');
    fs.writeFileSync(charter, fs.readFileSync(charter, 'utf8').replace('lastAssessment: 2026-06-30', 'lastAssessment: 2026-11-01'));
    const after = check();
    assert.ok(first.includes('team-development/stale-assessment') && !after.includes('team-development/stale-assessment'), 'a changed file is checked again');
    assert.equal(runIn(folder, ['check', '.', '--today', '2026-11-25']), after.replace(/ --cache --cache-location \S+/, ''));
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('fails on more warnings than --max-warnings allows', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-warnings-'));
    fs.cpSync(path.join(ROOT, 'examples', 'acme'), folder, { recursive: true });
    const roadmap = path.join(folder, 'acme.roadmap.yaml');
    fs.writeFileSync(roadmap, fs.readFileSync(roadmap, 'utf8').replace('stage: done', 'stage: released').replace('confidance:', 'confidence:'));
    const status = (args: string[]) => spawnSync(process.execPath, [BIN, 'check', '.', '--today', '2026-11-25', ...args], { cwd: folder, encoding: 'utf8' });
    assert.equal(status([]).status, 0, 'warnings alone pass');
    const strict = status(['--max-warnings', '3']);
    assert.equal(strict.status, 1);
    assert.equal(strict.stderr, 'product-specs: 7 warnings, more than --max-warnings 3.\n');
    assert.equal(status(['--max-warnings', '7']).status, 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('colours only when asked or on a terminal', () => {
    const plain = run(['check', 'test/fixtures/cli/mixed']);
    const coloured = run(['check', 'test/fixtures/cli/mixed', '--color']);
    assert.ok(!plain.includes('\u001b['), 'no escape codes when piped');
    assert.ok(coloured.includes('\u001b[31merror'), 'errors in red with --color');
    // eslint-disable-next-line no-control-regex -- the escape character starts the colour codes this strips
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), plain.replace('check test/fixtures/cli/mixed', 'check test/fixtures/cli/mixed --color'));
  });
});
