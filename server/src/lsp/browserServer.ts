import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { browserHost } from './browserHost';
import { startServer } from './server';

/** Where the browser's language server sends and receives its messages: a web worker's scope or one end of a message channel. */
export type MessageEnd = ConstructorParameters<typeof BrowserMessageReader>[0];

/** Starts the language server in the browser, talking to the extension through `end`. */
export function startBrowserServer(end: MessageEnd): void {
  const connection = createConnection(new BrowserMessageReader(end), new BrowserMessageWriter(end));
  startServer(connection, browserHost(connection));
}
