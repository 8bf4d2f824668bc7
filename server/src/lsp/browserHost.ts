import type { Connection } from 'vscode-languageserver';
import type { ServerHost } from './host';
import { ReadFileRequest, WorkspaceFilesRequest } from './protocol';

/**
 * The language server in the browser: it has no file system, so the extension lists and reads the
 * workspace's files for it (through `vscode.workspace.fs`, which works in virtual workspaces too).
 * The list comes with every file's text, as the extension read it to tell spec files by their content.
 */
export function browserHost(connection: Connection): ServerHost {
  return {
    files: {
      list: (folders) => connection.sendRequest(WorkspaceFilesRequest, { folders }),
      read: async (uri) => (await connection.sendRequest(ReadFileRequest, { uri })) ?? undefined,
    },
    // Browsers collect on their own schedule.
  };
}
