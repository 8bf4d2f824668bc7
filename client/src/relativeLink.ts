import vscode = require('vscode');

/**
 * A link from a written file to a spec file: relative to the folder of `target`, percent-encoded; the
 * file name alone when the two are not in the same file system. Worked out on the URIs' paths, so it is
 * the same in the desktop editor and in the browser (drive letters compared without case).
 */
export function relativeLink(target: vscode.Uri, uri: string): string {
  const file = vscode.Uri.parse(uri);
  const to = file.path.split('/');
  if (file.scheme !== target.scheme || file.authority !== target.authority) return encodeURI(to[to.length - 1]);
  const from = target.path.split('/').slice(0, -1);
  const same = (a: string, b: string, at: number): boolean => a === b || (at === 1 && /^[a-z]:$/i.test(a) && a.toLowerCase() === b.toLowerCase());
  let common = 0;
  while (common < from.length && common < to.length - 1 && same(from[common], to[common], common)) common++;
  return encodeURI([...from.slice(common).map(() => '..'), ...to.slice(common)].join('/'));
}
