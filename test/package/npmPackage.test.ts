import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { brief, LspClient, uri } from '../helpers/lspClient';

const ROOT = path.resolve(__dirname, '../../..');

/** What the npm package holds besides the rule pages: the command line, the language server and what they read. */
const EXPECTED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'bin/product-specs-language-server.js',
  'bin/product-specs.js',
  'dist/server/server.js',
  'package.json',
  'release/cli.js',
  'schemas/productspecs-config.schema.json',
  'schemas/roadmap.schema.json',
  'schemas/team-charter.schema.json',
  'schemas/vision.schema.json',
];

function npm(args: readonly string[], cwd: string): string {
  // npm's own cache and settings, but never a prompt, a progress bar or an audit.
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--no-progress'], { cwd, encoding: 'utf8', input: '' });
  assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Exit code, stdout and stderr of a command as one text, in the form of the command line's golden files. */
function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  return `$ product-specs ${args.join(' ')}\nexit: ${result.status}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
}

describe('npm package of the command line and the language server', function () {
  this.timeout(120_000);
  let folder: string;
  let tarball: string;
  let files: string[];
  let prefix: string;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-npm-'));
    // `npm test` has just built dist/; publishing runs the same build (the `prepare` script) first.
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', folder], ROOT)) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(folder, packed[0].filename);
    files = packed[0].files.map((file) => file.path).sort();
    prefix = path.join(folder, 'prefix');
    // Offline: a package with no dependencies needs nothing from the registry.
    npm(['install', '--global', '--offline', '--prefix', prefix, tarball], folder);
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is named product-specs-<version>.tgz and holds only the command line, the language server, the schemas and the rule pages', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(path.basename(tarball), `product-specs-${version}.tgz`);
    assert.deepEqual(
      files.filter((file) => !file.startsWith('docs/rules/')),
      EXPECTED,
    );
    const pages = files.filter((file) => file.startsWith('docs/rules/'));
    assert.deepEqual(pages, ['docs/rules/README.md', ...RULES.map((rule) => `docs/rules/${rule.meta.id}.md`)].sort());
  });

  it('has no dependencies to fetch: everything is bundled', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(prefix, 'lib', 'node_modules', 'product-specs', 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(
      ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies'].filter((field) => field in manifest),
      [],
    );
    assert.deepEqual(fs.readdirSync(path.join(prefix, 'lib', 'node_modules')), ['product-specs']);
    assert.equal(fs.existsSync(path.join(prefix, 'lib', 'node_modules', 'product-specs', 'node_modules')), false);
  });

  it('installs a product-specs command that checks the example workspace as the built one does', () => {
    const workspace = path.join(folder, 'workspace');
    fs.cpSync(path.join(ROOT, 'examples', 'acme'), path.join(workspace, 'examples', 'acme'), { recursive: true });
    const golden = (name: string): string => fs.readFileSync(path.join(ROOT, 'test', 'cli', 'golden', `${name}.txt`), 'utf8');
    const command = path.join(prefix, 'bin', 'product-specs');
    assert.equal(run(command, ['check', 'examples/acme', '--today', '2026-11-25'], workspace), golden('check-acme'));
    assert.equal(run(command, ['check', 'examples/acme', '--today', '2026-11-25', '--format', 'github'], workspace), golden('format-github-acme'));
    assert.equal(run(command, ['check', 'no/such/folder'], workspace), golden('missing-path'));
  });

  it('installs a product-specs-language-server command that publishes diagnostics over the protocol', async () => {
    const workspace = path.join(folder, 'server-workspace');
    fs.cpSync(path.join(ROOT, 'examples', 'acme'), workspace, { recursive: true });
    const client = await LspClient.start(workspace, { command: path.join(prefix, 'bin', 'product-specs-language-server') });
    try {
      const roadmap = uri(path.join(workspace, 'acme.roadmap.yaml'));
      const published = await client.waitForDiagnostics(roadmap, (params) => params.diagnostics.length > 0, 20_000);
      assert.deepEqual(
        published.diagnostics.map(brief).filter((diagnostic) => diagnostic.severity === 'error'),
        [
          {
            range: '145:14-145:18',
            severity: 'error',
            code: 'schema/enum',
            message: '"done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released.',
          },
          {
            range: '379:7-379:17',
            severity: 'error',
            code: 'schema/unknown-property',
            message: 'Unknown property "confidance" in spec.items[7] ("express-checkout"). Did you mean "confidence"?',
          },
        ],
      );
    } finally {
      await client.stop();
    }
  });
});
