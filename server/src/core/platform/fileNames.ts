import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { canonicalUri, findUp, uriToPath } from '../paths';
import type { FileNamePlatform } from './types';

/** The engine's file names in Node: file system paths, with the operating system's separator. */
export const path: FileNamePlatform['path'] = nodePath;

export { canonicalUri, uriToPath };

let packageJson: unknown;

/** The package.json above the running engine (the package's root), read once. */
export const shippedPackageJson: FileNamePlatform['shippedPackageJson'] = () => {
  if (packageJson === undefined) {
    const root = findUp('package.json', __dirname);
    packageJson = root ? (JSON.parse(fs.readFileSync(nodePath.join(root, 'package.json'), 'utf8')) as unknown) : null;
  }
  return packageJson ?? undefined;
};
