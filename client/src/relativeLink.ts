import path = require('node:path');
import vscode = require('vscode');

/** A link from a written file to a spec file: relative to the folder of `target`, percent-encoded; the file name alone when either is not on disk. */
export function relativeLink(target: vscode.Uri, uri: string): string {
  const file = vscode.Uri.parse(uri);
  if (file.scheme !== 'file' || target.scheme !== 'file') return encodeURI(path.posix.basename(file.path));
  return encodeURI(path.relative(path.dirname(target.fsPath), file.fsPath).split(path.sep).join('/'));
}
