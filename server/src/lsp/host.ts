import type { Workspace } from '../core';
import type { AssembledFile, GoneFile } from './largeFileTransfer';
/**
 * What the language server needs from where it runs, beyond the protocol: in Node it reads the
 * workspace from disk (nodeHost.ts); in the browser the extension reads it for the server
 * (browserHost.ts). Folder and file names are the engine's (core/platform): paths in Node, URIs in the browser.
 */
export interface ServerHost {
  readonly files: WorkspaceFiles;
  /** Where the platform has threads (Node): large files read and checked on another thread during the start-up scan. */
  readonly largeFiles?: LargeFileReader;
}

/** A spec file to read and check on another thread. */
export interface FileToCheck {
  readonly uri: string;
  readonly fileName: string;
}

export interface LargeFileReader {
  /** True for a file large enough to be read on another thread. */
  isLarge(uri: string): boolean;
  /** Reads and checks the files there, with the workspace's other files known; each file's result is handed to `receive` as it comes. */
  check(files: readonly FileToCheck[], workspace: Workspace, maxFileSize: number, receive: (message: AssembledFile | GoneFile) => void): Promise<void>;
}

/** Lists and reads the workspace's spec files that no editor has open. */
export interface WorkspaceFiles {
  /** The spec and configuration files below the workspace folders; with their text where listing read it. */
  list(folders: readonly string[]): Promise<ListedFile[]>;
  /** The text of a spec file, or undefined when it is gone, cannot be read, or is no spec file. */
  read(uri: string): Promise<string | undefined>;
}

export interface ListedFile {
  readonly uri: string;
  /** The text as listing found it, if it read the file (in the browser, to tell specs by their content). */
  readonly text?: string;
}
