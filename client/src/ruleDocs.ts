import vscode = require('vscode');
import { count, ruleDocsPath, type Report } from '../../server/src/lsp/protocol';

/** Opens a rule's documentation page (`docs/rules/<id>.md`, shipped with the extension) in the Markdown preview. */
export async function openRuleDocs(extensionUri: vscode.Uri, ruleId: string): Promise<void> {
  const page = vscode.Uri.joinPath(extensionUri, ruleDocsPath(ruleId));
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(`Product Specs: the documentation page of ${ruleId} is not part of this version.`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', page);
}

/** A quick pick of every rule of the catalogue, grouped by area. */
export async function pickRule(report: Report): Promise<string | undefined> {
  const items: Array<vscode.QuickPickItem & { id?: string }> = [];
  for (const area of report.areas) {
    items.push({ label: area.name, kind: vscode.QuickPickItemKind.Separator });
    for (const rule of area.rules) {
      const found = rule.findings.length ? ` · ${count(rule.findings.length, 'finding')}` : '';
      items.push({ id: rule.id, label: rule.id, description: `${rule.defaultSeverity}${found}`, detail: rule.description });
    }
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Open Rule Documentation', matchOnDetail: true, placeHolder: 'Type a rule id or words of its description' });
  return picked?.id;
}
