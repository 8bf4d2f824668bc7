import * as fs from 'node:fs';
import * as path from 'node:path';
import { findUp } from '../core/paths';
import { repositoryUrlOf } from '../core/ruleDocs';

/** What the command line tells about itself, from the package.json of the package it runs from. */
export interface PackageInfo {
  readonly version: string;
  /** The repository the documentation is published with (`https://github.com/owner/name.git`). */
  readonly repositoryUrl?: string;
  /** The project's home page. */
  readonly homepage?: string;
}

let cached: PackageInfo | undefined;

/** The package's own package.json, read once: data only, no path of the install goes into any output. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  const root = findUp('package.json', __dirname);
  const json = root ? (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown; homepage?: unknown }) : undefined;
  const homepage = typeof json?.homepage === 'string' && /^https:\/\//.test(json.homepage) ? json.homepage : undefined;
  const repositoryUrl = repositoryUrlOf(json);
  cached = {
    version: json && json.version !== undefined ? String(json.version) : 'unknown',
    ...(repositoryUrl ? { repositoryUrl } : {}),
    ...(homepage ? { homepage } : {}),
  };
  return cached;
}
