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
import { RULES } from '../../server/src/core/rules';


const ROOT = path.resolve(__dirname, '../../..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const PACKAGE_FLAGS = ['--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--skip-license'];

/** What the package holds besides the rule pages: the bundles, what the manifest points to, the schemas the server reads. */
const EXPECTED = [
  'README.md',
  'dist/client/extension.js',
  'dist/server/server.js',
  'language-configuration.json',
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
    assert.deepEqual(files.filter((file) => !file.startsWith('docs/rules/')), EXPECTED);
    for (const page of files.filter((file) => file.startsWith('docs/rules/'))) assert.match(page, /^docs\/rules\/(README|[a-z-]+\/[a-z0-9-]+)\.md$/);
  });

  it('holds the documentation page of every rule, which "Open Rule Documentation" and diagnostics link to', () => {
    assert.deepEqual(RULES.map((rule) => `docs/rules/${rule.meta.id}.md`).filter((page) => !files.includes(page)), []);
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
    assert.deepEqual(normalised.filter((file) => !files.includes(file)), []);
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
      await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: workspaceUri, workspaceFolders: [{ uri: workspaceUri, name: 'acme' }], capabilities: {} });
      await connection.sendNotification(InitializedNotification.type, {});
      const diagnostics = await published;
      assert.ok(diagnostics.diagnostics.some((diagnostic) => diagnostic.code === 'schema/enum'), JSON.stringify(diagnostics.diagnostics.map((d) => d.code)));
    } finally {
      connection.dispose();
      child.kill();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('packs into a .vsix well under a megabyte', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-vsix-'));
    try {
      const vsix = path.join(folder, 'product-specs.vsix');
      vsce(['package', ...PACKAGE_FLAGS, '--out', vsix]);
      const size = fs.statSync(vsix).size;
      assert.ok(size > 100_000 && size < 1_000_000, `${size} bytes`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
