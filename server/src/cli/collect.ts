import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { CONFIG_FILE_NAME, Workspace } from '../core';
import { configFilesAbove, findSpecFiles, readSpecFile } from '../core/discover';
import { pathToUri, relativePath } from '../core/paths';
import { SPEC_FILE_PATTERNS_TEXT } from '../core/kinds';
import { UsageError } from './command';

/** Like `collectFiles`, and a usage error when the paths hold no spec file, not even an excluded one. */
export function collectSpecFiles(args: readonly string[], cwd: string): Collected {
  const collected = collectFiles(args, cwd);
  // Files the configuration excludes were found: the caller says so instead of a usage error.
  if (collected.files.length === 0 && (collected.excluded?.length ?? 0) === 0) {
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
  /** Spec files found or named that a configuration's `include`/`exclude` leaves out, with that configuration file. */
  readonly excluded?: ReadonlyArray<{ readonly file: string; readonly config: string; readonly named: boolean }>;
}

/** Finds the spec files named by paths, folders and globs (default: the current folder). */
export function collectFiles(args: readonly string[], cwd: string): Collected {
  const files = new Set<string>();
  /** Files named one by one rather than found in a folder or by a glob. */
  const named = new Set<string>();
  for (const arg of args.length > 0 ? args : ['.']) {
    if (/[*?[{]/.test(arg)) {
      const pattern = arg.replace(/^\.\//, '');
      const matches = findSpecFiles(path.resolve(cwd, globBase(pattern))).filter((file) => minimatch(relativePath(cwd, file), pattern, { dot: true }));
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
    else {
      files.add(absolute);
      named.add(absolute);
    }
  }
  const found = [...files].filter((file) => path.basename(file) !== CONFIG_FILE_NAME).sort();
  const configs = [...new Set([...files].filter((file) => path.basename(file) === CONFIG_FILE_NAME).concat(configFilesAbove(found)))].sort();
  const excluded = excludedFiles(found, configs).map(([file, config]) => ({ file, config, named: named.has(file) }));
  const left = new Set(excluded.map((entry) => entry.file));
  return { files: found.filter((file) => !left.has(file)), configs, excluded };
}

/** The files that the `include`/`exclude` of their nearest configuration leave out, each with that configuration. */
function excludedFiles(specs: readonly string[], configs: readonly string[]): Array<[string, string]> {
  if (configs.length === 0) return [];
  const workspace = new Workspace();
  for (const config of configs) {
    let text: string;
    try {
      text = readSpecFile(config);
    } catch {
      continue; // the check reports a configuration it cannot read
    }
    workspace.update({ uri: pathToUri(config), fileName: config, text });
  }
  return specs.flatMap((file): Array<[string, string]> => {
    const config = workspace.excludedBy(file);
    return config ? [[file, config]] : [];
  });
}

function globBase(pattern: string): string {
  const parts = pattern.split('/');
  return (
    parts
      .slice(
        0,
        parts.findIndex((part) => /[*?[{]/.test(part)),
      )
      .join('/') || '.'
  );
}
