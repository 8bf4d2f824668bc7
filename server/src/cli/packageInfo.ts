import { shippedPackageJson } from '../core/platform/fileNames';
import { repositoryUrlOf } from '../core/ruleDocs';

/** What the command line tells about itself, from the package.json of the package it runs from. */
export interface PackageInfo {
  readonly version: string;
  /** The repository the documentation is published with (`https://github.com/owner/name.git`). */
  readonly repositoryUrl?: string;
  /** The project's home page. */
  readonly homepage?: string;
}

/** The package's own package.json: data only, no path of the install goes into any output. */
export function packageInfo(): PackageInfo {
  const json = shippedPackageJson() as { version?: unknown; homepage?: unknown } | undefined;
  const homepage = typeof json?.homepage === 'string' && /^https:\/\//.test(json.homepage) ? json.homepage : undefined;
  const repositoryUrl = repositoryUrlOf(json);
  return {
    version: json?.version !== undefined ? String(json.version) : 'unknown',
    ...(repositoryUrl ? { repositoryUrl } : {}),
    ...(homepage ? { homepage } : {}),
  };
}
