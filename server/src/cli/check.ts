import { Workspace, type Finding, type Position } from '../core';
import { NOT_A_FILE, readSpecFile } from '../core/discover';
import { pathToUri, relativePath } from '../core/paths';
import type { Collected } from './collect';
import { UsageError } from './command';

export interface LocatedFinding extends Finding {
  readonly start: Position;
  readonly end: Position;
}

export interface FileResult {
  readonly file: string;
  readonly findings: readonly LocatedFinding[];
}

export interface CheckResult {
  readonly files: readonly FileResult[];
  /** Findings in the configuration files that apply; any error there is a configuration error. */
  readonly configs: readonly FileResult[];
}

export interface CheckOptions {
  readonly today?: string;
}

/** Checks collected files with one engine workspace: configuration first, then every spec. */
export function checkFiles(collected: Collected, options: CheckOptions): CheckResult {
  const workspace = new Workspace({ today: options.today });
  for (const file of [...collected.configs, ...collected.files]) loadFile(workspace, file);
  return {
    configs: collected.configs.map((file) => fileResult(workspace, file)),
    files: collected.files.map((file) => fileResult(workspace, file)),
  };
}

/** Reads a file into a workspace. */
export function loadFile(workspace: Workspace, file: string): void {
  workspace.update({ uri: pathToUri(file), fileName: file, text: readText(file) });
}

/** A file's findings with line and column positions. */
export function fileResult(workspace: Workspace, file: string): FileResult {
  const uri = pathToUri(file);
  const doc = workspace.document(uri);
  const findings = workspace.findings(uri).map((finding) => ({
    ...finding,
    start: doc!.parsed.lines.position(finding.range.start),
    end: doc!.parsed.lines.position(finding.range.end),
  }));
  return { file, findings };
}

/** Why a file could not be read, in words (the system's message names the absolute path). */
const READ_FAILURES: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'it no longer exists',
  [NOT_A_FILE]: 'not a regular file',
};

/** A spec or configuration file's text; a file that cannot be read is a usage error (exit code 2). */
export function readText(file: string, cwd = process.cwd()): string {
  try {
    return readSpecFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && READ_FAILURES[code]) ?? (error as Error).message;
    throw new UsageError(`Cannot read ${relativePath(cwd, file) || file}: ${reason}`);
  }
}
