import * as nodePath from 'node:path';
import { canonicalUri, findUp, pathToUri, uriToPath } from '../paths';
import type { FileNamePlatform } from './types';

/** The engine's file names in Node: file system paths, with the operating system's separator. */
export const path: FileNamePlatform['path'] = nodePath;

export { canonicalUri, uriToPath };

export const shippedFileUri: FileNamePlatform['shippedFileUri'] = (relativePath) => {
  const root = findUp(relativePath, __dirname);
  return root ? pathToUri(nodePath.join(root, relativePath)) : undefined;
};
