import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

export const SERVER = path.resolve(__dirname, '../../../dist/server/server.js');

type Waiter = { uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void };

/** The built language server started as a child process over stdio, driven by a real protocol client. */
export class LspClient {
  readonly connection: ProtocolConnection;
  /** The newest diagnostics published per uri. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  private waiters: Waiter[] = [];
  /** Resolves when the server process has ended, by itself or killed. */
  readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.accept(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** Starts the server (the built one, or an installed `command`) and initializes it on a workspace folder. */
  static async start(folder: string, options: { env?: NodeJS.ProcessEnv; moreFolders?: readonly string[]; command?: string } = {}): Promise<LspClient> {
    const env = { ...process.env, ...options.env };
    const child = options.command ? spawn(options.command, ['--stdio'], { env }) : spawn(process.execPath, [SERVER, '--stdio'], { env });
    const client = new LspClient(child);
    child.stderr.on('data', (chunk: Buffer) => client.logs.push(chunk.toString()));
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri(folder),
      workspaceFolders: [folder, ...(options.moreFolders ?? [])].map((each) => ({ uri: uri(each), name: path.basename(each) })),
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with the next diagnostics published for a uri that satisfy `accept` (or the newest, if they already do). */
  waitForDiagnostics(fileUri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(fileUri);
    if (current && accept(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No matching diagnostics for ${fileUri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(fileUri))}`)),
        timeoutMs,
      );
      this.waiters.push({ uri: fileUri, accept, resolve: (params) => (clearTimeout(timer), resolve(params)) });
    });
  }

  /** Resolves with the next diagnostics published for a uri after this call. */
  nextDiagnostics(fileUri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No new diagnostics for ${fileUri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri: fileUri, accept, resolve: (params) => (clearTimeout(timer), resolve(params)) });
    });
  }

  async open(fileUri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fileUri, languageId: 'product-spec', version, text } });
  }

  async replaceAll(fileUri: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: fileUri, version }, contentChanges: [{ text }] });
  }

  async close(fileUri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: fileUri } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** The URI of a file as VS Code's client sends it. */
export function uri(file: string): string {
  return URI.file(file).toString();
}

/** A copy of a fixture folder in a fresh temporary folder, so tests may write to it. */
export function copyFixture(source: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-test-'));
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** A diagnostic as tests assert it: 1-based range, severity name, code and message. */
export function brief(diagnostic: Diagnostic): { range: string; severity: string; code: string; message: string } {
  const { start, end } = diagnostic.range;
  const severity = ['', 'error', 'warning', 'info', 'hint'][diagnostic.severity ?? 1];
  return { range: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`, severity, code: String(diagnostic.code), message: String(diagnostic.message) };
}
