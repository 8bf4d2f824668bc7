import vscode = require('vscode');
import browserClient = require('vscode-languageclient/browser');
import type { BaseLanguageClient, MessageTransports } from 'vscode-languageclient/browser';
import { startExtension } from '../startExtension';
import { serveWorkspaceFiles } from './workspaceFiles';

declare global {
  /** The browser's web worker (this project compiles with Node's types, which have none). */
  interface Worker {
    postMessage(message: unknown): void;
    terminate(): void;
  }
  var Worker: new (scriptUrl: string) => Worker;
}

let client: BaseLanguageClient | undefined;

/**
 * The extension in the browser (vscode.dev, github.dev, and web editors that run extensions in a web
 * worker): the language server runs in a web worker of its own, and reads the workspace through the extension.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await startExtension(context, {
    // Any scheme: in the browser every workspace file is virtual (vscode-vfs:, vscode-remote:...).
    documentSelector: [{ language: 'product-spec' }, { language: 'yaml' }],
    createClient: (options) => {
      client = new browserClient.LanguageClient('productSpecs', 'Product Specs', () => startServer(context.extensionUri), options);
      serveWorkspaceFiles(client);
      return client;
    },
  });
}

/**
 * Starts the language server in a web worker. Where the editor does not let the extension create one
 * (an extension installed on a remote server, in code-server for one), the same worker script runs in
 * this extension host instead, with one end of a message channel as its `self`: the script is read
 * through the editor's file system and evaluated the way the host evaluates the extension itself, so
 * the server is shipped once.
 */
async function startServer(extensionUri: vscode.Uri): Promise<Worker | MessageTransports> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'server', 'browserServer.js');
  try {
    return new Worker(script.toString(true));
  } catch {
    const source = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(script));
    const channel = new MessageChannel();
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function('self', `${source}\n//# sourceURL=${script.toString(true)}`) as (self: unknown) => void;
    run(channel.port1);
    return { reader: new browserClient.BrowserMessageReader(channel.port2), writer: new browserClient.BrowserMessageWriter(channel.port2) };
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
