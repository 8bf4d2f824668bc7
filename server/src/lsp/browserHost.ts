import type { Connection } from 'vscode-languageserver';
import type { ServerHost } from './host';
import { ReadFileRequest, WorkspaceFilesRequest } from './protocol';

/**
 * The language server in the browser: it has no file system, so the extension lists and reads the
 * workspace's files for it (through `vscode.workspace.fs`, which works in virtual workspaces too).
 * The list comes with every file's text; each text is handed out once, later reads ask again.
 */
export function browserHost(connection: Connection): ServerHost {
  const listed = new Map<string, string>();
  return {
    files: {
      list: async (folders) => {
        const files = await connection.sendRequest(WorkspaceFilesRequest, { folders });
        for (const file of files) listed.set(file.uri, file.text);
        return files.map((file) => file.uri);
      },
      read: async (uri) => {
        const text = listed.get(uri);
        if (text !== undefined) {
          listed.delete(uri);
          return text;
        }
        return (await connection.sendRequest(ReadFileRequest, { uri })) ?? undefined;
      },
    },
    // Browsers collect on their own schedule.
    collectGarbage: () => undefined,
  };
}
