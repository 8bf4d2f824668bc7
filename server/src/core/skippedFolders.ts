/** Folders never searched for spec files, besides hidden ones (whose names start with a dot). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

/** True for a folder the search for spec files leaves out. */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name) || name.startsWith('.');
}

/** The same folders as a glob of what lies inside them, for editors' file searches. */
export const SKIPPED_FOLDERS_GLOB = `**/{${[...SKIPPED_FOLDERS].filter((name) => !name.startsWith('.')).join(',')},.*}/**`;
