import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToUri, relativePath, uriToPath } from '../core/paths';
import type { Location } from '../core/report/types';
import { docsLinker, repositoryUrlOf } from '../core/ruleDocs';
import { Workspace } from '../core/workspace';
import { readText } from './check';
import { collectSpecFiles } from './collect';
import { todayOption, UsageError, type Io } from './command';
import { packageJson } from './version';

/** Checks `--today` and reads the spec files of the paths into a workspace; undefined (after saying why on stderr) when a configuration is broken. */
export function loadWorkspace(paths: readonly string[], today: string | undefined, io: Io, what: string): Workspace | undefined {
  todayOption(today);
  const collected = collectSpecFiles(paths, io.cwd);
  const workspace = new Workspace({ today });
  for (const file of [...collected.configs, ...collected.files]) {
    workspace.update({ uri: pathToUri(file), fileName: file, text: readText(file, io.cwd) });
  }
  const broken = collected.configs.filter((file) => workspace.findings(pathToUri(file)).some((finding) => finding.severity === 'error'));
  if (broken.length > 0) {
    const names = broken.map((file) => relativePath(io.cwd, file)).join(', ');
    io.stderr.write(`product-specs: the configuration has errors (${names}); run "product-specs check" to see them. No ${what} was written.\n`);
    return undefined;
  }
  return workspace;
}

/** How a written page names and links: spec files relative to the folder the page is written to, rule pages in the published documentation. */
export interface OutputLinks {
  readonly fileLabel: (uri: string) => string;
  readonly fileLink: (location: Location) => string;
  readonly docsLink: (docsPath: string) => string;
}

export function outputLinks(cwd: string, out: string | undefined): OutputLinks {
  const from = out ? path.dirname(path.resolve(cwd, out)) : cwd;
  const relative = (base: string, file: string): string => relativePath(base, file) || path.basename(file);
  const repository = repositoryUrlOf(packageJson());
  return {
    fileLabel: (uri) => relative(cwd, uriToPath(uri)),
    fileLink: (location) => `${encodeURI(relative(from, uriToPath(location.uri)))}#L${location.range.start.line + 1}`,
    docsLink: docsLinker(repository),
  };
}

/** A nonce derived from the page itself (rendered without one): the same folder gives the same output wherever it lives. */
export function stableNonce(render: (nonce: string) => string): string {
  return createHash('sha256')
    .update(render(''))
    .digest('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 32);
}

/** Writes a page to `--out`, or to stdout without it. */
export function writeOutput(text: string, out: string | undefined, io: Io): void {
  if (!out) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, out);
  try {
    fs.writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`Could not write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}
