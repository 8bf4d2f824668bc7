import type { FileNamePlatform, PathFunctions } from './types';

/**
 * The engine's file names in the browser: URIs (`vscode-vfs://github/owner/repo/roadmap.yaml`,
 * `vscode-remote://host/path`...), whose paths always use `/`. A file name is split into the URI's
 * prefix (scheme and authority) and its path's decoded segments; paths compare only under the same prefix.
 */
const URI_PREFIX = /^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i;

function split(fileName: string): { prefix: string; segments: string[] } {
  const prefix = URI_PREFIX.exec(fileName)?.[0] ?? '';
  const segments = fileName
    .slice(prefix.length)
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  return { prefix, segments: segments.map(decode) };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const path: PathFunctions = {
  sep: '/',
  basename: (fileName) => split(fileName).segments.at(-1) ?? '',
  dirname: (fileName) => {
    const { prefix, segments } = split(fileName);
    return `${prefix}/${segments.slice(0, -1).join('/')}`;
  },
  relative: (from, to) => {
    const a = split(from);
    const b = split(to);
    if (a.prefix !== b.prefix) return to;
    let same = 0;
    while (same < a.segments.length && same < b.segments.length && a.segments[same] === b.segments[same]) same++;
    return [...a.segments.slice(same).map(() => '..'), ...b.segments.slice(same)].join('/');
  },
  isAbsolute: (fileName) => URI_PREFIX.test(fileName) || fileName.startsWith('/'),
  join: (folder, name) => `${folder.replace(/\/+$/, '')}/${name}`,
};

/** Every URI is a file name as it is: the browser has no file system paths. */
export const uriToPath: FileNamePlatform['uriToPath'] = (uri) => uri;

/** URIs are the editor's own names in the browser: each is already the one name of its file. */
export const canonicalUri: FileNamePlatform['canonicalUri'] = (uri) => uri;

/** Nothing the engine ships is on a disk the browser can read. */
export const shippedPackageJson: FileNamePlatform['shippedPackageJson'] = () => undefined;
