import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { CONFIG_FILE_NAME } from '../core';
import { SPEC_FILE_PATTERNS_TEXT } from '../core/kinds';
import { configFilesAbove, findSpecFiles } from '../core/discover';

export class UsageError extends Error {}

/** The `--today` option, checked: a date like 2026-10-01, or undefined for the real date. */
export function todayOption(today: string | undefined): string | undefined {
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today takes a date like 2026-10-01, not "${today}".`);
  return today;
}

/** Like `collectFiles`, and a usage error when the paths hold no spec file. */
export function collectSpecFiles(args: readonly string[], cwd: string): Collected {
  const collected = collectFiles(args, cwd);
  if (collected.files.length === 0) {
    throw new UsageError(
      `No spec files found in ${args.length ? args.join(', ') : 'the current folder'}. Spec files are named ${SPEC_FILE_PATTERNS_TEXT}, or declare "apiVersion: productspecs/v1".`,
    );
  }
  return collected;
}

export interface Collected {
  /** Spec files to check, absolute paths, sorted. */
  readonly files: string[];
  /** Configuration files that apply to them (found in their folders or above). */
  readonly configs: string[];
}

/** Finds the spec files named by paths, folders and globs (default: the current folder). */
export function collectFiles(args: readonly string[], cwd: string): Collected {
  const files = new Set<string>();
  for (const arg of args.length > 0 ? args : ['.']) {
    if (/[*?[{]/.test(arg)) {
      const pattern = arg.replace(/^\.\//, '');
      const matches = findSpecFiles(path.resolve(cwd, globBase(pattern))).filter((file) =>
        minimatch(path.relative(cwd, file).split(path.sep).join('/'), pattern, { dot: true }),
      );
      if (matches.length === 0) throw new UsageError(`No spec files match "${arg}".`);
      matches.forEach((file) => files.add(file));
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`No such file or folder: ${arg}`);
    }
    if (stat.isDirectory()) findSpecFiles(absolute).forEach((file) => files.add(file));
    else files.add(absolute);
  }
  const specs = [...files].filter((file) => path.basename(file) !== CONFIG_FILE_NAME).sort();
  const configs = new Set([...files].filter((file) => path.basename(file) === CONFIG_FILE_NAME).concat(configFilesAbove(specs)));
  return { files: specs, configs: [...configs].sort() };
}

function globBase(pattern: string): string {
  const parts = pattern.split('/');
  return parts.slice(0, parts.findIndex((part) => /[*?[{]/.test(part))).join('/') || '.';
}
