import vscode = require('vscode');
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { count, repositoryUrlOf, severityCounts, type TreeNode } from '../../server/src/lsp/protocol';
import type { BoardKind, BoardPanel } from './boards/boardPanel';
import { exportBoards } from './boards/exportBoards';
import type { SpecModels } from './models';
import { newSpec } from './newSpec';
import { exportReport } from './report/exportReport';
import type { ReportPanels } from './report/reportPanel';
import { openRuleDocs, pickRule } from './ruleDocs';

/** What commands may use: the language client, the models the views draw, the report pages. */
export interface CommandContext {
  readonly extension: vscode.ExtensionContext;
  readonly getClient: () => LanguageClient | undefined;
  readonly models: SpecModels;
  readonly panels: ReportPanels;
  readonly boards: Readonly<Record<BoardKind, BoardPanel>>;
}

type CommandFactory = (context: CommandContext) => (...args: unknown[]) => unknown;

const NO_SERVER = 'Product Specs: the language server is not running. Run "Product Specs: Restart Server".';

/** Every command of the extension, registered under the `productSpecs.` prefix in one loop. */
const COMMANDS: Record<string, CommandFactory> = {
  showReport:
    ({ panels }) =>
    () =>
      panels.show('report'),
  showOrgChart:
    ({ panels }) =>
    () =>
      panels.show('orgChart'),
  showVisionBoard:
    ({ boards }) =>
    () =>
      boards.vision.show(),
  showRoadmapBoard:
    ({ boards }) =>
    () =>
      boards.roadmap.show(),
  exportBoards:
    ({ getClient }) =>
    async () => {
      const client = getClient();
      if (client?.isRunning()) await exportBoards(client);
      else void vscode.window.showErrorMessage(NO_SERVER);
    },
  exportReport:
    ({ models, extension }) =>
    async () => {
      const report = await models.currentReport();
      if (report) await exportReport(report, repositoryUrlOf(extension.extension.packageJSON));
      else void vscode.window.showErrorMessage(NO_SERVER);
    },
  newVision:
    ({ getClient, models }) =>
    () =>
      newSpec('Vision', getClient()).then(() => models.schedule(500)),
  newRoadmap:
    ({ getClient, models }) =>
    () =>
      newSpec('Roadmap', getClient()).then(() => models.schedule(500)),
  newTeamCharter:
    ({ getClient, models }) =>
    () =>
      newSpec('TeamCharter', getClient()).then(() => models.schedule(500)),
  validateWorkspace:
    ({ models }) =>
    async () => {
      await models.refresh();
      const report = models.report;
      if (!report) {
        void vscode.window.showErrorMessage(NO_SERVER);
        return;
      }
      const specs = report.files.filter((file) => file.kind !== 'Config').length;
      const choice = await vscode.window.showInformationMessage(
        `Product Specs: ${count(specs, 'spec file')} checked: ${severityCounts(report.totals)}.`,
        'Show Report',
        'Show Problems',
      );
      if (choice === 'Show Report') await vscode.commands.executeCommand('productSpecs.showReport');
      if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
    },
  restartServer:
    ({ getClient, models }) =>
    async () => {
      const client = getClient();
      if (!client) return;
      // The Node client restarts its server process itself; the browser's has no restart of its own.
      const { restart } = client as LanguageClient & { restart?: () => Promise<void> };
      await (restart ? restart.call(client) : client.stop().then(() => client.start()));
      void vscode.window.setStatusBarMessage('Product Specs: language server restarted', 3000);
      models.schedule();
    },
  openRuleDocs:
    ({ models, extension }) =>
    async (arg?: unknown) => {
      // From a Responsibilities node, from a rule id, or from a quick pick of the catalogue.
      let ruleId = typeof arg === 'string' ? arg : (arg as TreeNode | undefined)?.kind === 'rule' ? (arg as TreeNode).id.replace(/^rule\//, '') : undefined;
      if (!ruleId) {
        const report = await models.currentReport();
        if (!report) return void vscode.window.showErrorMessage(NO_SERVER);
        ruleId = await pickRule(report);
      }
      if (ruleId) await openRuleDocs(extension.extensionUri, ruleId);
    },
  refreshViews:
    ({ models }) =>
    () =>
      models.refresh(),
  showOutput:
    ({ getClient }) =>
    () =>
      getClient()?.outputChannel.show(true),
};

export function registerCommands(context: CommandContext): void {
  for (const [name, factory] of Object.entries(COMMANDS)) {
    context.extension.subscriptions.push(vscode.commands.registerCommand(`productSpecs.${name}`, factory(context)));
  }
}
