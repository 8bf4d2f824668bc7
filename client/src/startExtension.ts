// `import x = require()` rather than `import * as x`: the bundle then uses the module as it is, instead of
// copying each of its members (hundreds for `vscode` and the language client) into a new object on activation.
import vscode = require('vscode');
import languageClient = require('vscode-languageclient');
import type { BaseLanguageClient, DocumentSelector, ErrorHandler, LanguageClientOptions, Location, Position } from 'vscode-languageclient';
import { RestartPolicy } from './restartPolicy';
import { isSpecFileName, repositoryUrlOf } from '../../server/src/lsp/protocol';
import { BoardPanel } from './boards/boardPanel';
import { registerCommands } from './commands';
import { SpecModels } from './models';
import { ReportPanels } from './report/reportPanel';
import { SpecStatusBar } from './status/statusBar';
import { DIAGNOSTIC_SOURCE } from './status/statusCounts';
import { registerViews } from './views/registerViews';

const { CloseAction, ErrorAction, State } = languageClient;

/** How one platform (Node in the desktop editor, the browser in vscode.dev) runs the language server. */
export interface ServerLauncher {
  /** The documents the server checks. */
  readonly documentSelector: DocumentSelector;
  createClient(options: LanguageClientOptions): BaseLanguageClient;
}

/** The extension's activation, the same on every platform: the language client, the views, the commands and the status. */
export async function startExtension(context: vscode.ExtensionContext, launcher: ServerLauncher): Promise<void> {
  const output = vscode.window.createOutputChannel('Product Specs', { log: true });
  context.subscriptions.push(output);
  let client: BaseLanguageClient | undefined = undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: launcher.documentSelector,
    outputChannel: output,
    synchronize: { configurationSection: 'productSpecs' },
    errorHandler: errorHandler(output),
    middleware: {
      // The server's code lenses carry plain locations; VS Code's showReferences wants its own types.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        const convert = client?.protocol2CodeConverter;
        for (const lens of lenses ?? []) {
          const args = lens.command?.arguments;
          if (convert && lens.command?.command === 'editor.action.showReferences' && args?.length === 3) {
            lens.command.arguments = [
              convert.asUri(args[0] as string),
              convert.asPosition(args[1] as Position),
              (args[2] as Location[]).map((location) => convert.asLocation(location)),
            ];
          }
        }
        return lenses;
      },
    },
  };
  client = launcher.createClient(clientOptions);

  const models = new SpecModels(() => client, output);
  const panels = new ReportPanels(context.extensionUri, models, repositoryUrlOf(context.extension.packageJSON));
  const boards = { vision: new BoardPanel('vision', context.extensionUri, models, () => client), roadmap: new BoardPanel('roadmap', context.extensionUri, models, () => client) };
  const status = new SpecStatusBar();
  context.subscriptions.push(models, panels, boards.vision, boards.roadmap, status);
  registerViews(context, models);
  registerCommands({ extension: context, getClient: () => client, models, panels, boards });
  void vscode.commands.executeCommand('setContext', 'productSpecs.state', 'loading');

  // The server publishes diagnostics after every check, even an empty list for a clean file: that
  // is when the views may have changed. Created and deleted files count too.
  const isOurs = (uri: vscode.Uri): boolean => models.knows(uri) || isSpecFileName(uri.path) || vscode.languages.getDiagnostics(uri).some((d) => d.source === DIAGNOSTIC_SOURCE);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}', false, true, false);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(() => models.schedule(500)),
    watcher.onDidDelete(() => models.schedule(500)),
    vscode.languages.onDidChangeDiagnostics((event) => {
      status.update();
      if (!models.report || event.uris.some(isOurs)) models.schedule();
    }),
    models.onDidChange(() => status.show(models.report?.files.some((file) => file.kind !== 'Config') ?? false)),
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) models.schedule(0);
    }),
  );
  await client.start();
}

/** Restarts a server that stopped a bounded number of times, then tells the user and stops trying. */
function errorHandler(output: vscode.OutputChannel): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      if (policy.shouldRestart(Date.now())) return { action: CloseAction.Restart };
      void vscode.window.showErrorMessage(policy.giveUpMessage(), 'Show Output').then((choice) => choice && output.show(true));
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
