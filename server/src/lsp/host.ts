/**
 * What the language server needs from where it runs, beyond the protocol: in Node it reads the
 * workspace from disk (nodeHost.ts); in the browser the extension reads it for the server
 * (browserHost.ts). Folder and file names are the engine's (core/platform): paths in Node, URIs in the browser.
 */
export interface ServerHost {
  readonly files: WorkspaceFiles;
  /** Hands memory back after a phase that allocated much (the start-up scan), where the platform allows it. */
  collectGarbage(): void;
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
