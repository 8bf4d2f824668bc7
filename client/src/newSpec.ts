import vscode = require('vscode');
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { kindFromFileName, SPEC_FILE_NAMES, TemplateRequest, type TemplateParams } from '../../server/src/lsp/protocol';

/** Creates a spec file from the server's template (which checks with no errors here) and opens it in a tab of its own. */
export async function newSpec(kind: TemplateParams['kind'], client: LanguageClient | undefined): Promise<void> {
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage('Product Specs: the language server is not running. Run "Product Specs: Restart Server".');
    return;
  }
  const template = await client.sendRequest(TemplateRequest, { kind });
  const folder = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? await vscode.window.showWorkspaceFolderPick() : vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const document = await vscode.workspace.openTextDocument({ language: 'product-spec', content: template.text });
    await vscode.window.showTextDocument(document, { preview: false });
    return;
  }
  const name = await vscode.window.showInputBox({
    title: `New ${kind === 'TeamCharter' ? 'Team Charter' : kind}`,
    prompt: `File name in ${folder.name}`,
    value: template.fileName,
    valueSelection: [0, template.fileName.indexOf('.')],
    validateInput: async (value) => {
      if (kindFromFileName(value) !== kind) return `Use a name ending in ${SPEC_FILE_NAMES[kind].suffixes[0]}, so the file is recognised.`;
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, value));
        return `${value} already exists.`;
      } catch {
        return undefined;
      }
    },
  });
  if (!name) return;
  const target = vscode.Uri.joinPath(folder.uri, name);
  await vscode.workspace.fs.writeFile(target, Buffer.from(template.text, 'utf8'));
  // A tab of its own: a preview tab would be replaced by the next file opened or created.
  await vscode.window.showTextDocument(target, { preview: false });
}
