import { findSpecFiles, isSpecFile, readSpecFile } from '../core/discover';
import { pathToUri, uriToPath } from '../core/paths';
import type { ServerHost } from './host';
import { collectGarbage } from './memory';

/** The language server in Node: reads the workspace from disk. */
export const nodeHost: ServerHost = {
  files: {
    list: async (folders) => folders.flatMap((folder) => findSpecFiles(folder)).map((file) => ({ uri: pathToUri(file) })),
    read: async (uri) => {
      const fileName = uriToPath(uri);
      if (!uri.startsWith('file:') || !isSpecFile(fileName)) return undefined;
      try {
        return readSpecFile(fileName);
      } catch {
        return undefined;
      }
    },
  },
  collectGarbage,
};
