import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { browserHost } from './browserHost';
import { startServer } from './server';

/**
 * The language server in a web worker (vscode.dev, github.dev), talking to the extension through the
 * worker's messages. Where the editor does not let an extension create workers, the extension runs this
 * same script in its own host, with one end of a message channel as `self` (client/src/browser/extension.ts).
 */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserHost(connection));
