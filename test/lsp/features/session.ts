import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { copyFixture, LspClient, uri } from '../../helpers/lspClient';
import { withCursor } from './cursor';

export const WORKSPACE = path.resolve(__dirname, '../../../../test/fixtures/features/workspace');
export const FILES = ['shop.vision.yaml', 'shop.roadmap.yaml', 'team.charter.yaml'] as const;
/** The files of the workspace, and `draft.yaml`, which is not on disk: a spec only by its `apiVersion` line. */
export type FileName = (typeof FILES)[number] | '.productspecs.yaml' | 'draft.yaml';

/** A language server started on a copy of the features workspace, with helpers to open files at a cursor. */
export class Session {
  private version = 1;

  private constructor(
    readonly folder: string,
    readonly client: LspClient,
  ) {}

  static async start(): Promise<Session> {
    const folder = copyFixture(WORKSPACE);
    const client = await LspClient.start(folder);
    const session = new Session(folder, client);
    await Promise.all(FILES.map((name) => client.waitForDiagnostics(session.uri(name))));
    return session;
  }

  uri(name: FileName): string {
    return uri(path.join(this.folder, name));
  }

  /** The file as it is on disk. */
  text(name: FileName): string {
    return fs.readFileSync(path.join(this.folder, name), 'utf8');
  }

  /** Opens a file with a text and waits until its diagnostics for that text are published. */
  async open(name: FileName, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const fileUri = this.uri(name);
    const version = ++this.version;
    await this.client.open(fileUri, text, version);
    const published = await this.client.waitForDiagnostics(fileUri, (params) => params.version === version);
    return { uri: fileUri, diagnostics: published.diagnostics };
  }

  /** Opens a file whose text holds a cursor marker; returns the position of the marker. */
  async openAt(name: FileName, marked: string): Promise<{ uri: string; position: Position; text: string; diagnostics: Diagnostic[] }> {
    const { text, position } = withCursor(marked);
    const opened = await this.open(name, text);
    return { ...opened, position, text };
  }

  /** The disk text with `find` replaced by `replace` (which may hold the cursor marker); fails when `find` is missing. */
  edited(name: FileName, find: string, replace: string): string {
    const text = this.text(name);
    if (!text.includes(find)) throw new Error(`"${find}" is not in ${name}.`);
    return text.replace(find, replace);
  }

  async close(name: FileName): Promise<void> {
    const fileUri = this.uri(name);
    const reverted = this.client.nextDiagnostics(fileUri);
    await this.client.close(fileUri);
    await reverted;
  }

  request<R>(method: string, params: object): Promise<R> {
    return this.client.connection.sendRequest<R>(method, params);
  }

  async stop(): Promise<void> {
    await this.client.stop();
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}
