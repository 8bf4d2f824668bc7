import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';

/** The platform whose paths a conversion reads and writes: the machine's own, unless a test says otherwise. */
export type PathPlatform = 'win32' | 'posix';

const HOST_PLATFORM: PathPlatform = process.platform === 'win32' ? 'win32' : 'posix';

/**
 * The one place that converts between file URIs and file system paths. URIs are written as VS Code
 * and its language client write them (`vscode-uri`): every character but letters, digits and `-._~/`
 * percent-encoded (`q3%2C%20plans%2Bideas%20%28v2%29`), and a Windows drive letter in lower case with
 * its colon encoded (`file:///c%3A/Users/...`). A file found on disk and the same file opened in the
 * editor so get the same URI, and the server holds it once.
 */
export function pathToUri(fileName: string, platform: PathPlatform = HOST_PLATFORM): string {
  if (platform === 'win32') return URI.file(path.win32.resolve(fileName).replace(/\\/g, '/')).toString();
  return URI.file(path.posix.resolve(fileName)).toString();
}

/** The file system path of a `file:` URI (any spelling of it); other URIs are returned as they are. */
export function uriToPath(uri: string, platform: PathPlatform = HOST_PLATFORM): string {
  if (!uri.startsWith('file:')) return uri;
  let parsed: URI;
  try {
    parsed = URI.parse(uri);
  } catch {
    return uri;
  }
  if (platform === 'posix') return parsed.authority ? `//${parsed.authority}${parsed.path}` : parsed.path;
  // On Windows: a drive letter (`/c:/...`), or a share (`file://server/share/...`), with backslashes.
  return parsed.fsPath.replace(/\//g, '\\');
}

/** The URI of a file as VS Code writes it, for any spelling of a `file:` URI; other URIs are returned as they are. */
export function canonicalUri(uri: string, platform: PathPlatform = HOST_PLATFORM): string {
  return uri.startsWith('file:') ? pathToUri(uriToPath(uri, platform), platform) : uri;
}

/** The path of `file` relative to the folder `from`, with forward slashes on every platform: how the command line names files. Empty for `from` itself. */
export function relativePath(from: string, file: string): string {
  return path.relative(from, file).split(path.sep).join('/');
}

/** The nearest folder at or above `from` that contains `name`, or undefined. */
export function findUp(name: string, from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, name))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
