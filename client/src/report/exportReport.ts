import vscode = require('vscode');
import { docsLinker, renderHtml, renderMarkdown, type LinkOptions, type Report } from '../../../server/src/lsp/protocol';
import { relativeLink } from '../relativeLink';
import { newNonce } from './nonce';

const FORMATS = [
  { label: 'Markdown', description: 'for pull requests and wikis', extension: 'md' },
  { label: 'HTML', description: 'a page with charts and the org chart', extension: 'html' },
] as const;

/** Asks for a format and a file, then writes the report there with links relative to it. */
export async function exportReport(report: Report, repositoryUrl: string | undefined): Promise<void> {
  const format = await vscode.window.showQuickPick(FORMATS, { title: 'Export the responsibility report as' });
  if (!format) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `responsibility-report.${format.extension}`) : undefined,
    filters: { [format.label]: [format.extension] },
    title: 'Export the responsibility report',
  });
  if (!target) return;
  const links = linksFrom(target, repositoryUrl);
  const text =
    format.extension === 'md'
      ? renderMarkdown(report, links)
      : renderHtml(report, { nonce: newNonce(), fileLabel: links.fileLabel, docsLink: links.docsLink, links: { kind: 'file', fileLink: links.fileLink } });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const choice = await vscode.window.showInformationMessage(`Product Specs: report written to ${vscode.workspace.asRelativePath(target, false)}.`, 'Open');
  if (choice === 'Open') await vscode.commands.executeCommand('vscode.open', target);
}

/** Spec files linked relative to the exported file; rule pages linked in the published documentation (or by their docs path when the package names no repository). */
function linksFrom(target: vscode.Uri, repositoryUrl: string | undefined): LinkOptions {
  return {
    fileLabel: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false),
    fileLink: (location) => `${relativeLink(target, location.uri)}#L${location.range.start.line + 1}`,
    docsLink: docsLinker(repositoryUrl),
  };
}
