import { repositoryUrlOf } from '../core/ruleDocs';
import { packageJson, version } from './version';

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
  const json = packageJson();
  const homepage = typeof json?.homepage === 'string' && /^https:\/\//.test(json.homepage) ? json.homepage : undefined;
  const repositoryUrl = repositoryUrlOf(json);
  return {
    version: version(),
    ...(repositoryUrl ? { repositoryUrl } : {}),
    ...(homepage ? { homepage } : {}),
  };
}
