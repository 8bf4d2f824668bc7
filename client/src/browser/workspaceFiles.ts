import vscode = require('vscode');
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  CONFIG_FILE_NAME,
  declaresProductSpec,
  isSpecFileName,
  ReadFileRequest,
  SKIPPED_FOLDERS_GLOB,
  WorkspaceFilesRequest,
  type WorkspaceFile,
} from '../../../server/src/lsp/protocol';

/** Files read at the same time while listing the workspace. */
const READS_AT_ONCE = 16;

/**
 * Lists and reads the workspace's spec files for a language server that cannot (in the browser):
 * through `vscode.workspace.fs`, so virtual workspaces (github.dev, vscode.dev) work too.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): void {
  client.onRequest(WorkspaceFilesRequest, ({ folders }) => listSpecFiles(folders));
  client.onRequest(ReadFileRequest, async ({ uri }) => (await readSpecFile(vscode.Uri.parse(uri))) ?? null);
}

/** The spec and configuration files below the folders, with their text (hidden folders and build output left out). */
async function listSpecFiles(folders: readonly string[]): Promise<WorkspaceFile[]> {
  const found: vscode.Uri[] = [];
  for (const folder of folders) {
    found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), '**/*.{yaml,yml}'), SKIPPED_FOLDERS_GLOB)));
  }
  const files: WorkspaceFile[] = [];
  for (let start = 0; start < found.length; start += READS_AT_ONCE) {
    const batch = found.slice(start, start + READS_AT_ONCE);
    const texts = await Promise.all(batch.map((uri) => readSpecFile(uri)));
    batch.forEach((uri, i) => {
      const text = texts[i];
      if (text !== undefined) files.push({ uri: uri.toString(), text });
    });
  }
  return files.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/**
 * A spec file's text as the editor would show it (UTF-8, byte order mark removed), or undefined when it
 * is not a regular file, cannot be read, or is neither named like a spec nor declares itself one.
 */
async function readSpecFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.File) return undefined;
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const isSpec = isSpecFileName(uri.path) || uri.path.endsWith(`/${CONFIG_FILE_NAME}`) || declaresProductSpec(text);
    return isSpec ? (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) : undefined;
  } catch {
    return undefined;
  }
}
