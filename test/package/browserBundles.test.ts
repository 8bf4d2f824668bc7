import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createProtocolConnection,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type DataCallback,
  type Hover,
  type Message,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { brief, copyFixture, LspClient, uri } from '../helpers/lspClient';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'examples', 'acme');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { browserBundles } = require(path.join(ROOT, 'scripts', 'browser-bundles.js')) as { browserBundles: (production: boolean) => esbuild.BuildOptions[] };

/** Modules that hold the Node side of an interface the browser implements on its own. */
const NODE_ONLY = ['server/src/core/paths.ts', 'server/src/core/discover.ts', 'server/src/core/platform/fileNames.ts', 'server/src/lsp/memory.ts', 'server/src/lsp/nodeHost.ts'];

describe('browser bundles (vscode.dev, github.dev)', function () {
  this.timeout(60_000);

  for (const options of browserBundles(false)) {
    const name = Object.keys(options.entryPoints as Record<string, string>)[0];
    it(`${name}: builds for the browser with no Node built-in and none of the Node-only modules`, async () => {
      const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
      const inputs = Object.keys(result.metafile.inputs);
      assert.deepEqual(
        inputs.filter((input) => NODE_ONLY.includes(input) || input.startsWith('node:')),
        [],
      );
      assert.ok(inputs.includes('server/src/core/platform/fileNames.browser.ts'), 'the browser implementation of file names is bundled');
      const external = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((found) => found.external).map((found) => found.path));
      assert.deepEqual([...new Set(external)], name === 'extension' ? ['vscode'] : []);
    });
  }

  it('a Node built-in reaching a browser bundle fails its build', async () => {
    const [options] = browserBundles(false);
    const build = esbuild.build({
      ...options,
      entryPoints: undefined,
      outdir: undefined,
      absWorkingDir: ROOT,
      write: false,
      logLevel: 'silent',
      stdin: { contents: "import * as fs from 'node:fs';\nexport const read = fs.readFileSync;\n", resolveDir: path.join(ROOT, 'server', 'src', 'core'), loader: 'ts' },
    });
    await assert.rejects(build, (error: Error) => /Could not resolve "node:fs"/.test(error.message));
  });

  describe('the web worker language server, run with no Node globals', () => {
    const FOLDER = 'vscode-vfs://github/acme/specs';
    let connection: ProtocolConnection;
    let port: MessagePort;
    const published = new Map<string, PublishDiagnosticsParams>();
    const read: string[] = [];
    const logs: string[] = [];
    const files = new Map<string, string>();

    before(async () => {
      // The example as github.dev names it, with the date its findings are written for.
      for (const name of fs.readdirSync(EXAMPLE).filter((file) => /\.ya?ml$/.test(file))) files.set(`${FOLDER}/${name}`, fs.readFileSync(path.join(EXAMPLE, name), 'utf8'));
      files.set(`${FOLDER}/.productspecs.yaml`, 'today: 2026-11-25\n');
      const channel = new MessageChannel();
      port = channel.port2;
      // A worker's globals: no process, Buffer, setImmediate, require or module.
      const worker = vm.createContext({
        self: channel.port1,
        console,
        crypto,
        setTimeout,
        clearTimeout,
        setInterval,
        clearInterval,
        queueMicrotask,
        TextEncoder,
        TextDecoder,
        performance,
        URL,
      });
      vm.runInContext(fs.readFileSync(path.join(ROOT, 'dist', 'server', 'browserServer.js'), 'utf8'), worker, { filename: 'browserServer.js' });
      connection = createProtocolConnection(new PortReader(port), new PortWriter(port));
      connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
      connection.onRequest('client/registerCapability', () => null);
      connection.onRequest('productSpecs/workspaceFiles', (params: { folders: string[] }) => {
        assert.deepEqual(params.folders, [FOLDER]);
        return [...files].map(([fileUri, text]) => ({ uri: fileUri, text }));
      });
      connection.onRequest('productSpecs/readFile', (params: { uri: string }) => {
        read.push(params.uri);
        return files.get(params.uri) ?? null;
      });
      connection.onNotification('window/logMessage', (params: { message: string }) => {
        logs.push(params.message);
      });
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        published.set(params.uri, params);
      });
      connection.listen();
      await connection.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: FOLDER,
        workspaceFolders: [{ uri: FOLDER, name: 'specs' }],
        capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      });
      await connection.sendNotification(InitializedNotification.type, {});
    });

    after(() => {
      connection?.dispose();
      port?.close();
    });

    it('checks the files the extension lists, with the same diagnostics as the Node server (no links to pages on disk)', async () => {
      const roadmap = `${FOLDER}/acme.roadmap.yaml`;
      const inBrowser = await waitFor(() => published.get(roadmap), "the roadmap's diagnostics");
      assert.deepEqual(inBrowser.diagnostics.map(brief)[0], {
        range: '145:14-145:18',
        severity: 'error',
        code: 'schema/enum',
        message: '"done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released.',
      });
      assert.ok(inBrowser.diagnostics.every((diagnostic) => diagnostic.codeDescription === undefined));

      const folder = copyFixture(EXAMPLE);
      fs.writeFileSync(path.join(folder, '.productspecs.yaml'), 'today: 2026-11-25\n');
      const node = await LspClient.start(folder);
      try {
        for (const name of ['acme.roadmap.yaml', 'acme.vision.yaml', 'team.charter.yaml']) {
          const inBrowserFile = await waitFor(() => published.get(`${FOLDER}/${name}`), `${name}'s diagnostics`);
          const inNode = await node.waitForDiagnostics(uri(path.join(folder, name)));
          assert.deepEqual(inBrowserFile.diagnostics.map(brief), inNode.diagnostics.map(brief), name);
        }
      } finally {
        await node.stop();
        fs.rmSync(folder, { recursive: true, force: true });
      }
      // The list came with the texts: nothing was read again; nothing failed.
      assert.deepEqual(read, []);
      assert.deepEqual(
        logs.filter((line) => /failed/.test(line)),
        [],
      );
    });

    it('answers a hover on a file it read through the extension', async () => {
      const hover: Hover | null = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: `${FOLDER}/acme.roadmap.yaml` }, position: { line: 144, character: 15 } });
      assert.match((hover?.contents as MarkupContent).value, /How far the item has come/);
    });
  });
});

/** Resolves with `get()` once it returns something, re-reading every 20 ms. */
async function waitFor<T>(get: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The messages of a message port, as a protocol reader (the extension's side of the worker). */
class PortReader extends AbstractMessageReader {
  constructor(private readonly port: MessagePort) {
    super();
  }

  listen(callback: DataCallback): { dispose(): void } {
    const listener = (message: Message): void => callback(message);
    this.port.on('message', listener);
    return { dispose: () => this.port.off('message', listener) };
  }
}

class PortWriter extends AbstractMessageWriter {
  constructor(private readonly port: MessagePort) {
    super();
  }

  write(message: Message): Promise<void> {
    this.port.postMessage(message);
    return Promise.resolve();
  }

  end(): void {}
}
