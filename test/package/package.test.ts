import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { isLicenseOk } from 'ovsx';
import { hashAllZipEntries, readVSIXPackage } from 'ovsx/lib/zip';
import { RULES } from '../../server/src/core/rules';

const ROOT = path.resolve(__dirname, '../../..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
/** The flags of `npm run package`: no check of vsce's is skipped. */
const PACKAGE_FLAGS = ['--no-dependencies'];

/** What the package holds besides the rule pages: the bundles, what the manifest points to, the schemas the server reads. */
const EXPECTED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/browser/extension.js',
  'dist/client/extension.js',
  'dist/server/browserServer.js',
  'dist/server/largeFileWorker.js',
  'dist/server/server.js',
  'language-configuration.json',
  'media/board.js',
  'media/icons/product-specs-128.png',
  'media/icons/product-specs.svg',
  'media/report.js',
  'media/walkthrough/charter.md',
  'media/walkthrough/hints.md',
  'media/walkthrough/report.md',
  'media/walkthrough/roadmap.md',
  'media/walkthrough/vision.md',
  'package.json',
  'schemas/productspecs-config.schema.json',
  'schemas/roadmap.schema.json',
  'schemas/team-charter.schema.json',
  'schemas/vision.schema.json',
  'syntaxes/product-spec.tmLanguage.json',
];

interface Manifest {
  publisher: string;
  name: string;
  version: string;
  license: string;
  icon: string;
  repository: unknown;
  homepage: string;
  bugs: unknown;
  galleryBanner: unknown;
  keywords: string[];
}

function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

function vsce(args: string[]): string {
  const result = spawnSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8', input: '' });
  assert.equal(result.status, 0, `vsce ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The files `vsce` puts in the package, as it lists them. */
function packagedFiles(): string[] {
  return vsce(['ls', '--no-dependencies'])
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .sort();
}

describe('extension package', function () {
  this.timeout(60_000);
  let files: string[];

  before(() => {
    files = packagedFiles();
  });

  it('holds exactly the bundles, the manifest and what it points to, the schemas and the rule pages', () => {
    assert.deepEqual(
      files.filter((file) => !file.startsWith('docs/rules/')),
      EXPECTED,
    );
    for (const page of files.filter((file) => file.startsWith('docs/rules/'))) assert.match(page, /^docs\/rules\/(README|[a-z-]+\/[a-z0-9-]+)\.md$/);
  });

  it('holds the documentation page of every rule, which "Open Rule Documentation" and diagnostics link to', () => {
    assert.deepEqual(
      RULES.map((rule) => `docs/rules/${rule.meta.id}.md`).filter((page) => !files.includes(page)),
      [],
    );
  });

  it('leaves out sources, tests, source maps, build output other than the bundles, and node_modules', () => {
    const leaked = files.filter((file) => /\.(ts|map|tsbuildinfo)$|^(node_modules|client|server|test|bench|examples|scripts|out|bin)\/|^\.|\.vsix$/.test(file));
    assert.deepEqual(leaked, []);
  });

  it('contains every file the manifest points to', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      main: string;
      contributes: Record<string, unknown>;
    };
    const pointed = new Set<string>([manifest.main]);
    const visit = (value: unknown, key?: string): void => {
      if (typeof value === 'string' && key && ['path', 'icon', 'configuration', 'markdown', 'image', 'svg'].includes(key) && /\.[a-z]+$/.test(value)) pointed.add(value);
      else if (value && typeof value === 'object') for (const [name, child] of Object.entries(value)) visit(child, Array.isArray(value) ? key : name);
    };
    visit(manifest.contributes);
    const normalised = [...pointed].map((file) => path.posix.normalize(file.replace(/^\.\//, ''))).sort();
    assert.ok(normalised.includes('syntaxes/product-spec.tmLanguage.json'));
    assert.deepEqual(
      normalised.filter((file) => !files.includes(file)),
      [],
    );
  });

  it('runs the packaged language server with nothing but the packaged files', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-package-'));
    const extension = path.join(folder, 'extension');
    const workspace = path.join(folder, 'workspace');
    for (const file of files) fs.cpSync(path.join(ROOT, file), path.join(extension, file));
    fs.cpSync(path.join(ROOT, 'examples', 'acme'), workspace, { recursive: true });
    const child = spawn(process.execPath, [path.join(extension, 'dist', 'server', 'server.js'), '--stdio'], { cwd: folder });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const roadmap = pathToFileURL(path.join(workspace, 'acme.roadmap.yaml')).href;
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === roadmap) resolve(params);
      }),
    );
    connection.listen();
    try {
      const workspaceUri = pathToFileURL(workspace).href;
      await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: workspaceUri,
        workspaceFolders: [{ uri: workspaceUri, name: 'acme' }],
        capabilities: {},
      });
      await connection.sendNotification(InitializedNotification.type, {});
      const diagnostics = await published;
      assert.ok(
        diagnostics.diagnostics.some((diagnostic) => diagnostic.code === 'schema/enum'),
        JSON.stringify(diagnostics.diagnostics.map((d) => d.code)),
      );
    } finally {
      connection.dispose();
      child.kill();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names the repository, home page, issue tracker, license, icon, gallery banner and keywords the galleries show', () => {
    const manifest = readManifest();
    assert.deepEqual(
      {
        id: `${manifest.publisher}.${manifest.name}`,
        license: manifest.license,
        repository: manifest.repository,
        homepage: manifest.homepage,
        bugs: manifest.bugs,
        icon: manifest.icon,
        galleryBanner: manifest.galleryBanner,
      },
      {
        id: 'product-specs.product-specs',
        license: 'MIT',
        repository: { type: 'git', url: 'https://github.com/product-specs/product-specs.git' },
        homepage: 'https://github.com/product-specs/product-specs#readme',
        bugs: { url: 'https://github.com/product-specs/product-specs/issues' },
        icon: 'media/icons/product-specs-128.png',
        galleryBanner: { color: '#1f3a5f', theme: 'dark' },
      },
    );
    // vsce refuses more than 30 keywords.
    assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, manifest.keywords.join(', '));
    assert.ok(files.includes(manifest.icon));
  });

  it('has a 128x128 PNG icon, as its header says', () => {
    const png = fs.readFileSync(path.join(ROOT, readManifest().icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, { width: 128, height: 128 });
  });

  it('has the MIT license of the Product Specs contributors and a changelog of this version', () => {
    const license = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    assert.match(license, /^MIT License\n\nCopyright \(c\) \d{4} Product Specs contributors\n/);
    const headings = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8').match(/^## .*$/gm);
    assert.deepEqual(headings?.slice(0, 2), ['## Unreleased', `## ${readManifest().version}`]);
  });

  it("packs into a .vsix under one and a half megabytes with none of vsce's checks skipped, and passes the checks ovsx makes before publishing", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-vsix-'));
    try {
      const vsix = path.join(folder, 'product-specs.vsix');
      const output = vsce(['package', ...PACKAGE_FLAGS, '--out', vsix]);
      assert.doesNotMatch(output, /WARNING/);
      const size = fs.statSync(vsix).size;
      assert.ok(size > 100_000 && size < 1_500_000, `${size} bytes`);
      const entries = [...(await hashAllZipEntries(vsix)).keys()];
      for (const entry of ['extension/LICENSE.txt', 'extension/changelog.md', 'extension/readme.md', 'extension/media/icons/product-specs-128.png']) {
        assert.ok(entries.includes(entry), `${entry} is not in ${entries.join(', ')}`);
      }

      // What `ovsx publish` checks before it talks to the registry: a license, the manifest's
      // publisher, name and version, the package made by its own vsce, and the manifest read back
      // from that package.
      assert.equal(await isLicenseOk(ROOT), true);
      const ovsxVsix = path.join(folder, 'product-specs-ovsx.vsix');
      const ovsxPackaging = ovsxCreateVsix(ovsxVsix);
      assert.equal(ovsxPackaging.status, 0, `${ovsxPackaging.stdout}\n${ovsxPackaging.stderr}`);
      assert.doesNotMatch(ovsxPackaging.stdout + ovsxPackaging.stderr, /WARNING/);
      const packaged = await readVSIXPackage(ovsxVsix);
      const manifest = readManifest();
      assert.deepEqual([packaged.publisher, packaged.name, packaged.version], [manifest.publisher, manifest.name, manifest.version]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

/**
 * Packs the extension the way `ovsx publish` does from a folder: `createVSIX` of the vsce that ovsx
 * depends on (its own, which may be newer than the project's), with the dependencies left out.
 */
function ovsxCreateVsix(packagePath: string): { status: number | null; stdout: string; stderr: string } {
  const vscePath = require.resolve('@vscode/vsce', { paths: [path.dirname(require.resolve('ovsx'))] });
  const script = `require(${JSON.stringify(vscePath)}).createVSIX(${JSON.stringify({ cwd: ROOT, packagePath, dependencies: false })}).catch((error) => { console.error(error.message); process.exit(1); });`;
  return spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', input: '' });
}
