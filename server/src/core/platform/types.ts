/**
 * What the engine needs from the platform it runs on. In Node a file name is a file system path; in the
 * browser (vscode.dev, github.dev) it is the file's URI, as the editor names it. Each platform has one
 * implementation: `fileNames.ts` for Node, `fileNames.browser.ts` for the browser (the browser bundle takes
 * a module's `.browser.ts` sibling in its place: scripts/browser-variants.js).
 */
export interface FileNamePlatform {
  /** The path functions the engine uses, with the platform's separator (node:path's subset). */
  readonly path: PathFunctions;
  /** A document URI as a file name: a path for `file:` URIs, other URIs as they are (in Node). */
  uriToPath(uri: string): string;
  /** A document URI written as VS Code writes it for its file, so that one file has one name. */
  canonicalUri(uri: string): string;
  /** The package.json the engine ships with, parsed, if this platform can read it (data only: no path of the install leaves the engine). */
  shippedPackageJson(): unknown;
}

export interface PathFunctions {
  readonly sep: string;
  basename(fileName: string): string;
  dirname(fileName: string): string;
  relative(from: string, to: string): string;
  isAbsolute(fileName: string): boolean;
  /** A folder's file name joined with a relative one (`a/b` + `c.yaml`). */
  join(folder: string, name: string): string;
}
