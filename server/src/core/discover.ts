import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, declaresProductSpec, isSpecFileName } from './kinds';
import { isSkippedFolder } from './skippedFolders';

/** Spec files and configuration files below a folder (hidden folders and build output skipped). */
export function findSpecFiles(folder: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) visit(full);
      } else if (entry.isFile() && isSpecFile(full)) {
        out.push(full);
      }
    }
  };
  visit(folder);
  return out.sort();
}

/** A spec file by its name, or a YAML file that declares `apiVersion: productspecs/...`. */
export function isSpecFile(file: string): boolean {
  const base = path.basename(file);
  if (base === CONFIG_FILE_NAME || isSpecFileName(base)) return true;
  if (!/\.ya?ml$/i.test(base)) return false;
  try {
    const fd = openRegularFile(file);
    try {
      const buffer = Buffer.alloc(4096);
      const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
      return declaresProductSpec(buffer.subarray(0, read).toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** The `.productspecs.yaml` files in the folders of the given files and in every folder above. */
export function configFilesAbove(files: readonly string[]): string[] {
  const configs = new Set<string>();
  const seen = new Set<string>();
  for (const file of files) {
    for (let dir = path.dirname(file); !seen.has(dir); dir = path.dirname(dir)) {
      seen.add(dir);
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (fs.existsSync(candidate)) configs.add(candidate);
      if (path.dirname(dir) === dir) break;
    }
  }
  return [...configs].sort();
}

/** Reads a spec file as the editor would see it: UTF-8, byte order mark removed. Throws for anything but a regular file. */
export function readSpecFile(file: string): string {
  const fd = openRegularFile(file);
  try {
    const text = fs.readFileSync(fd, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    fs.closeSync(fd);
  }
}

/** The error code of a path that is not a regular file (a folder, a pipe, a socket or a device). */
export const NOT_A_FILE = 'EFTYPE';

/**
 * Opens a regular file for reading. Opening does not wait (a named pipe would block until a writer
 * comes), and anything but a regular file is refused before a byte is read.
 */
function openRegularFile(file: string): number {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  if (fs.fstatSync(fd).isFile()) return fd;
  fs.closeSync(fd);
  throw Object.assign(new Error(`${file} is not a regular file`), { code: NOT_A_FILE });
}
