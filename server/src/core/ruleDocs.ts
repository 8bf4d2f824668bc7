import { shippedPackageJson } from './platform/fileNames';
import { ruleDocsPath } from './ruleDocsPath';

/**
 * The link to a rule's page in the published documentation of the repository the engine's
 * package.json names (what a diagnostic's code links to), or undefined where that is not known.
 */
export function ruleDocsUri(ruleId: string): string | undefined {
  if (!/^[a-z-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  const repositoryUrl = repositoryUrlOf(shippedPackageJson());
  return repositoryUrl ? publishedDocsUrl(repositoryUrl, ruleDocsPath(ruleId)) : undefined;
}

/**
 * A page of the documentation as published with the sources: `docs/rules/<area>/<name>.md` of the
 * main branch of the repository named in package.json (`https://github.com/owner/name.git`, a
 * `git+` prefix allowed). Every report and board that links a rule links it through here.
 */
export function publishedDocsUrl(repositoryUrl: string, docsPath: string): string {
  const base = repositoryUrl
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  return `${base}/blob/main/${docsPath.replace(/^\/+/, '')}`;
}

/**
 * How reports link a rule's page (`docs/rules/<id>.md`): to the published documentation of the
 * repository, or, for a package that names none, by the page's path (never a file of the install).
 */
export function docsLinker(repositoryUrl: string | undefined): (docsPath: string) => string {
  return (docsPath) => (repositoryUrl ? publishedDocsUrl(repositoryUrl, docsPath) : docsPath);
}

/** The repository URL of a parsed package.json (`repository` as a string or as `{ url }`), or undefined. */
export function repositoryUrlOf(packageJson: unknown): string | undefined {
  const repository = (packageJson as { repository?: unknown } | undefined)?.repository;
  const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' && /^(git\+)?https:\/\//.test(url) ? url : undefined;
}
