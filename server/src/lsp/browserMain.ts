import { startBrowserServer, type MessageEnd } from './browserServer';

/**
 * The language server in a web worker (vscode.dev, github.dev), talking to the extension through the
 * worker's messages. Where the editor does not let an extension create workers, the extension runs the
 * same server in its own host over a message channel instead (client/src/browser/startClient.ts).
 */
declare const self: MessageEnd;

startBrowserServer(self);
