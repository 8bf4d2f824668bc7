import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

type CommandFactory = (getClient: () => LanguageClient | undefined) => (...args: unknown[]) => unknown;

/** Every command of the extension, registered under the `productSpecs.` prefix in one loop. */
const COMMANDS: Record<string, CommandFactory> = {
  restartServer: (getClient) => async () => {
    const client = getClient();
    if (!client) return;
    await client.restart();
    void vscode.window.setStatusBarMessage('Product Specs: language server restarted', 3000);
  },
  showOutput: (getClient) => () => getClient()?.outputChannel.show(true),
};

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  for (const [name, factory] of Object.entries(COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(`productSpecs.${name}`, factory(getClient)));
  }
}
