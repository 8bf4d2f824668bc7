import vscode = require('vscode');
import { newNonce } from '../report/nonce';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { renderBoardsHtml } from '../../../server/src/lsp/protocol';
import { BoardsRequest } from '../../../server/src/lsp/protocol';
import { relativeLink } from '../relativeLink';

/** Asks for a file, then writes the vision board above the roadmap board there as one self-contained page, spec links relative to it. */
export async function exportBoards(client: LanguageClient): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'product-boards.html') : undefined,
    filters: { HTML: ['html'] },
    title: 'Export the vision and roadmap boards',
  });
  if (!target) return;
  const boards = await client.sendRequest(BoardsRequest, {});
  const html = renderBoardsHtml(boards, {
    nonce: newNonce(),
    show: 'all',
    links: { kind: 'file', fileLink: (location) => `${relativeLink(target, location.uri)}#L${location.range.start.line + 1}` },
  });
  await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
  const choice = await vscode.window.showInformationMessage(`Product Specs: boards written to ${vscode.workspace.asRelativePath(target, false)}.`, 'Open');
  if (choice === 'Open') await vscode.env.openExternal(target);
}
