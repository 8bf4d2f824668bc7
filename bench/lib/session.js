'use strict';
// One language server started as a child process and driven over stdio by a real protocol client.
// The same driver runs our server and yaml-language-server.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { URI } = require('vscode-uri');
const rpc = require('vscode-languageserver-protocol/node');

const ROOT = path.resolve(__dirname, '..', '..');
const uri = (file) => URI.file(file).toString(); // as VS Code's client writes it
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const { SERVER_NODE_OPTIONS } = require('../../out/server/src/lsp/nodeOptions');

const roadmapSchemaUri = uri(path.join(ROOT, 'schemas', 'roadmap.schema.json'));

/** The two servers, started with the Node that runs the benchmark. */
const SERVERS = {
  ours: {
    label: 'Product Specs',
    // Started with the Node options the extension starts it with.
    args: [
      ...SERVER_NODE_OPTIONS,
      ...(process.env.BENCH_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_SERVER_PROF] : []),
      path.join(ROOT, 'dist', 'server', 'server.js'),
      '--stdio',
    ],
    languageId: 'product-spec',
    settings: {},
  },
  yaml: {
    label: 'yaml-language-server',
    args: [path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
    languageId: 'yaml',
    // The roadmap schema for every *.roadmap.yaml. Its globs skip hidden folders, so the generated files in
    // .bench/ need their own pattern. The schema store is off so nothing waits on the network.
    settings: {
      yaml: { schemas: { [roadmapSchemaUri]: ['*.roadmap.yaml', '.bench/**/*.roadmap.yaml'] }, validate: true, schemaStore: { enable: false } },
    },
  },
};

function serverVersion(kind) {
  const file = kind === 'yaml' ? path.join(ROOT, 'node_modules', 'yaml-language-server', 'package.json') : path.join(ROOT, 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

class Session {
  constructor(kind, child, startedAt) {
    this.kind = kind;
    this.server = SERVERS[kind];
    this.child = child;
    this.startedAt = startedAt;
    this.stderr = '';
    /** @type {Array<{ uri: string, name: string }>} The workspace folders the server was started on. */
    this.folders = [];
    /** @type {any} The capabilities the server answered `initialize` with. */
    this.capabilities = undefined;
    /** Every publishDiagnostics with the time it arrived: { uri, version, count, at }. */
    this.published = [];
    this.waiters = [];
    this.listeners = new Set();
    this.configurationRequests = 0;
    child.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    this.connection = connection;
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
      const event = { uri: params.uri, version: params.version, count: params.diagnostics.length, diagnostics: params.diagnostics, at: performance.now() };
      this.published.push({ uri: event.uri, version: event.version, count: event.count, at: event.at });
      for (const listener of this.listeners) listener(event);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.accept(event)) return true;
        waiter.resolve(event);
        return false;
      });
    });
    // The catch-all handlers of the underlying JSON-RPC connection, which the protocol typings leave out.
    const jsonRpc = /** @type {rpc.MessageConnection} */ (/** @type {unknown} */ (connection));
    jsonRpc.onNotification(() => {}); // log messages, telemetry, progress
    jsonRpc.onRequest((method, params) => {
      if (method === 'workspace/configuration') {
        this.configurationRequests++;
        const { items } = /** @type {rpc.ConfigurationParams} */ (params);
        return items.map((item) => (item.section ? (this.server.settings[item.section] ?? null) : this.server.settings));
      }
      if (method === 'workspace/workspaceFolders') return this.folders;
      return null; // client/registerCapability, window/workDoneProgress/create...
    });
    connection.onError(() => {});
    connection.onClose(() => {});
    connection.listen();
  }

  /** Spawns a server, initializes it on the folders and sends it its settings. */
  static async start(kind, folders = []) {
    const startedAt = performance.now();
    const child = spawn(process.execPath, SERVERS[kind].args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const session = new Session(kind, child, startedAt);
    session.folders = folders.map((folder) => ({ uri: uri(folder), name: path.basename(folder) }));
    const result = await session.withTimeout(
      session.connection.sendRequest(rpc.InitializeRequest.type, {
        processId: process.pid,
        clientInfo: { name: 'product-specs-bench' },
        rootUri: session.folders[0] ? session.folders[0].uri : null,
        workspaceFolders: session.folders,
        capabilities: {
          workspace: {
            configuration: true,
            workspaceFolders: true,
            didChangeConfiguration: { dynamicRegistration: true },
            didChangeWatchedFiles: { dynamicRegistration: true },
          },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: true },
            publishDiagnostics: { relatedInformation: true, versionSupport: true },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            foldingRange: {},
            hover: { contentFormat: ['markdown', 'plaintext'] },
          },
        },
      }),
      30000,
      'initialize',
    );
    session.capabilities = result.capabilities;
    await session.connection.sendNotification(rpc.InitializedNotification.type, {});
    await session.connection.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: session.server.settings });
    return session;
  }

  withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.server.label}: no answer to ${what} within ${ms} ms. ${this.stderr.trim().slice(-500)}`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** Calls `listener` with every diagnostics event; returns the function that stops it. */
  onDiagnostics(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the next diagnostics event that `accept` takes. */
  nextDiagnostics(accept, ms, what) {
    let waiter;
    const promise = new Promise((resolve) => {
      waiter = { accept, resolve };
      this.waiters.push(waiter);
    });
    return this.withTimeout(promise, ms, what).finally(() => {
      this.waiters = this.waiters.filter((w) => w !== waiter);
    });
  }

  /** Until the server has asked for its settings (yaml-language-server's schema association arrives that way). */
  async settled(ms = 200) {
    const until = performance.now() + 10000;
    while (this.kind === 'yaml' && this.configurationRequests < 2 && performance.now() < until) await sleep(20);
    await sleep(ms);
  }

  /** The diagnostics event that answers document version `version` (servers that send no version: the next one). */
  diagnosticsFor(fileUri, version, ms, what) {
    return this.nextDiagnostics((e) => e.uri === fileUri && (e.version === undefined || e.version === null || e.version === version), ms, what);
  }

  /** Opens a document; resolves with the milliseconds until its diagnostics arrived and the diagnostics. */
  async open(fileUri, text, ms = 60000) {
    const waiting = this.diagnosticsFor(fileUri, 1, ms, `diagnostics after opening ${path.basename(fileUri)}`);
    const sent = performance.now();
    await this.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri: fileUri, languageId: this.server.languageId, version: 1, text } });
    const event = await waiting;
    return { ms: event.at - sent, event };
  }

  /** Sends one change (incremental when the server takes it, the whole text otherwise). */
  async change(fileUri, version, edit, fullText, ms = 30000) {
    const sync = this.capabilities.textDocumentSync;
    const kind = typeof sync === 'number' ? sync : sync && sync.change;
    const contentChanges = kind === rpc.TextDocumentSyncKind.Incremental ? [{ range: edit.range, text: edit.text }] : [{ text: fullText }];
    const waiting = this.diagnosticsFor(fileUri, version, ms, `diagnostics after edit ${version} of ${path.basename(fileUri)}`);
    const sent = performance.now();
    await this.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri: fileUri, version }, contentChanges });
    const event = await waiting;
    return { ms: event.at - sent, event };
  }

  async close(fileUri) {
    await this.connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri: fileUri } });
  }

  /** Round trip of one request; `error` is set when the server answered with an error (e.g. method not found). */
  async request(method, params, ms = 30000) {
    const sent = performance.now();
    try {
      await this.withTimeout(this.connection.sendRequest(method, params), ms, method);
      return { ms: performance.now() - sent };
    } catch (error) {
      if (error instanceof rpc.ResponseError) return { ms: performance.now() - sent, error: error.message };
      throw error;
    }
  }

  /** Peak and current resident memory of the server process, in MB (from /proc). */
  memory() {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const read = (key) => Number((status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm')) || [])[1]) / 1024;
    return { peakMb: read('VmHWM'), rssMb: read('VmRSS') };
  }

  async stop() {
    try {
      await this.withTimeout(this.connection.sendRequest(rpc.ShutdownRequest.type), 3000, 'shutdown');
      await this.connection.sendNotification(rpc.ExitNotification.type);
    } catch {
      // a server that does not answer is killed below
    }
    const exited = await Promise.race([this.exited, sleep(2000).then(() => null)]);
    if (!exited) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    this.connection.dispose();
  }
}

module.exports = { Session, SERVERS, serverVersion, uri, sleep, ROOT };
