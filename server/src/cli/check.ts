import { readSpecFile } from '../core/discover';
import * as path from 'node:path';
import { pathToUri } from '../core/paths';
import { Workspace, type Finding, type Position } from '../core';
import { UsageError, type Collected } from './collect';

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
  const load = (file: string): string => {
    const uri = pathToUri(file);
    workspace.update({ uri, fileName: file, text: readText(file) });
    return uri;
  };
  const configUris = collected.configs.map(load);
  const specUris = collected.files.map(load);
  const result = (uri: string, file: string): FileResult => {
    const doc = workspace.document(uri);
    const findings = workspace.findings(uri).map((finding) => ({
      ...finding,
      start: doc!.parsed.lines.position(finding.range.start),
      end: doc!.parsed.lines.position(finding.range.end),
    }));
    return { file, findings };
  };
  return {
    configs: collected.configs.map((file, i) => result(configUris[i], file)),
    files: collected.files.map((file, i) => result(specUris[i], file)),
  };
}

function readText(file: string): string {
  try {
    return readSpecFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`Cannot read ${path.relative(process.cwd(), file) || file}: ${reason}`);
  }
}
