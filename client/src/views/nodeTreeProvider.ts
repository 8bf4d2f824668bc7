import vscode = require('vscode');
import type { TreeNode } from '../../../server/src/lsp/protocol';
import { treeItemShape } from './treeItemShape';

/** A tree view over model nodes: each view gives the function that returns its roots. */
export class NodeTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly roots: () => readonly TreeNode[]) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return [...(node ? (node.children ?? []) : this.roots())];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const shape = treeItemShape(node);
    const state = { none: vscode.TreeItemCollapsibleState.None, collapsed: vscode.TreeItemCollapsibleState.Collapsed, expanded: vscode.TreeItemCollapsibleState.Expanded };
    const item = new vscode.TreeItem(shape.label, state[shape.collapsible]);
    item.id = node.id;
    item.description = shape.description;
    item.tooltip = shape.tooltip;
    item.contextValue = shape.contextValue;
    item.iconPath = new vscode.ThemeIcon(shape.icon.id, shape.icon.color ? new vscode.ThemeColor(shape.icon.color) : undefined);
    if (shape.open) {
      const { start, end } = shape.open.range;
      const selection = new vscode.Range(start.line, start.character, end.line, end.character);
      item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(shape.open.uri), { selection, preserveFocus: true }] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
