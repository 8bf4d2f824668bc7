import vscode = require('vscode');
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TreeNode } from '../../server/src/core/report/types';
import { count, severityCounts } from '../../server/src/core/report/words';
import type { SpecModels } from './models';
import { newSpec } from './newSpec';
import { exportReport } from './report/exportReport';
import type { ReportPanels } from './report/reportPanel';
import { openRuleDocs, pickRule } from './ruleDocs';

/** What commands may use: the language client, the models the views draw, the report pages. */
export interface CommandContext {
  readonly extension: vscode.ExtensionContext;
  getClient(): LanguageClient | undefined;
  readonly models: SpecModels;
  readonly panels: ReportPanels;
}

type CommandFactory = (context: CommandContext) => (...args: unknown[]) => unknown;

const NO_SERVER = 'Product Specs: the language server is not running. Run "Product Specs: Restart Server".';

/** Every command of the extension, registered under the `productSpecs.` prefix in one loop. */
const COMMANDS: Record<string, CommandFactory> = {
  showReport: ({ panels }) => () => panels.show('report'),
  showOrgChart: ({ panels }) => () => panels.show('orgChart'),
  exportReport: ({ models, extension }) => async () => {
    const report = await models.currentReport();
    if (report) await exportReport(report, extension.extensionUri);
    else void vscode.window.showErrorMessage(NO_SERVER);
  },
  newVision: ({ getClient, models }) => () => newSpec('Vision', getClient()).then(() => models.schedule(500)),
  newRoadmap: ({ getClient, models }) => () => newSpec('Roadmap', getClient()).then(() => models.schedule(500)),
  newTeamCharter: ({ getClient, models }) => () => newSpec('TeamCharter', getClient()).then(() => models.schedule(500)),
  validateWorkspace: ({ models }) => async () => {
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
  restartServer: ({ getClient, models }) => async () => {
    const client = getClient();
    if (!client) return;
    await client.restart();
    void vscode.window.setStatusBarMessage('Product Specs: language server restarted', 3000);
    models.schedule();
  },
  openRuleDocs: ({ models, extension }) => async (arg?: unknown) => {
    // From a Responsibilities node, from a rule id, or from a quick pick of the catalogue.
    let ruleId = typeof arg === 'string' ? arg : (arg as TreeNode | undefined)?.kind === 'rule' ? (arg as TreeNode).id.replace(/^rule\//, '') : undefined;
    if (!ruleId) {
      const report = await models.currentReport();
      if (!report) return void vscode.window.showErrorMessage(NO_SERVER);
      ruleId = await pickRule(report);
    }
    if (ruleId) await openRuleDocs(extension.extensionUri, ruleId);
  },
  refreshViews: ({ models }) => () => models.refresh(),
  showOutput: ({ getClient }) => () => getClient()?.outputChannel.show(true),
};

export function registerCommands(context: CommandContext): void {
  for (const [name, factory] of Object.entries(COMMANDS)) {
    context.extension.subscriptions.push(vscode.commands.registerCommand(`productSpecs.${name}`, factory(context)));
  }
}
