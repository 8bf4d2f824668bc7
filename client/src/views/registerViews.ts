import vscode = require('vscode');
import type { TreeNode } from '../../../server/src/lsp/protocol';
import type { SpecModels } from '../models';
import { NodeTreeProvider } from './nodeTreeProvider';

/** The three views of the Product Specs container and where their nodes come from. */
const VIEWS: ReadonlyArray<readonly [string, (models: SpecModels) => readonly TreeNode[]]> = [
  ['productSpecs.team', (models) => models.team],
  ['productSpecs.responsibilities', (models) => models.responsibilities],
  ['productSpecs.roadmap', (models) => models.roadmap],
];

/** Creates the tree views; each redraws when the models change. */
export function registerViews(context: vscode.ExtensionContext, models: SpecModels): void {
  for (const [id, roots] of VIEWS) {
    const provider = new NodeTreeProvider(() => roots(models));
    const view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
    context.subscriptions.push(
      provider,
      view,
      models.onDidChange(() => provider.refresh()),
    );
  }
}
