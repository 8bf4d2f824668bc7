import { findSpecFiles, isSpecFile, readSpecFile } from '../core/discover';
import { pathToUri, uriToPath } from '../core/paths';
import type { ServerHost } from './host';
import { checkOnAnotherThread, isLargeFile } from './largeFiles';

/** The language server in Node: reads the workspace from disk. */
export const nodeHost: ServerHost = {
  files: {
    list: (folders) => Promise.resolve(folders.flatMap((folder) => findSpecFiles(folder)).map((file) => ({ uri: pathToUri(file) }))),
    read: (uri) => Promise.resolve(readFromDisk(uri)),
  },
  largeFiles: { isLarge: (uri) => isLargeFile(uriToPath(uri)), check: checkOnAnotherThread },
};

/** The text of a spec file on disk, or undefined when it is gone, cannot be read, or is no spec file. */
function readFromDisk(uri: string): string | undefined {
  const fileName = uriToPath(uri);
  if (!uri.startsWith('file:') || !isSpecFile(fileName)) return undefined;
  try {
    return readSpecFile(fileName);
  } catch {
    return undefined;
  }
}
