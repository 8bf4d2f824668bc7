import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { SpecDocument, Workspace } from '../../core';

/** What a language feature may use: the engine's workspace and the editor's documents. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly workspace: Workspace;
  /** The engine's document for a uri, brought up to date with the editor's newest text first. */
  document(uri: string): SpecDocument | undefined;
  /** Re-checks nothing; sends the current diagnostics of these uris. */
  publish(uris: Iterable<string>): void;
  log(message: string): void;
}

/** One language feature (completion, hover...): the capabilities it announces and its handlers. */
export interface Feature {
  readonly capabilities: ServerCapabilities;
  register(context: ServerContext): void;
}
