// `import x = require()` rather than `import * as x`: the bundle then uses the module as it is, instead of
// copying each of its members (hundreds for `vscode` and the language client) into a new object on activation.
import type vscode = require('vscode');
import languageClient = require('vscode-languageclient/node');
import type { BaseLanguageClient, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/protocol';
import { startExtension } from './startExtension';

const { TransportKind } = languageClient;

let client: BaseLanguageClient | undefined;

/** The extension in the desktop editor (and any editor with a Node extension host): the language server runs in Node. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6012'] } },
  };
  await startExtension(context, {
    documentSelector: [
      { scheme: 'file', language: 'product-spec' },
      { scheme: 'file', language: 'yaml' },
    ],
    createClient: (options) => (client = new languageClient.LanguageClient('productSpecs', 'Product Specs', serverOptions, options)),
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
