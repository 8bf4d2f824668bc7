import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { findUp, pathToUri, uriToPath } from '../../core/paths';
import { renderHtml } from '../../core/report/html';
import { reportInput } from '../../core/report/input';
import { renderJson } from '../../core/report/json';
import { renderMarkdown, type LinkOptions } from '../../core/report/markdown';
import { buildReport } from '../../core/report/report';
import type { Location } from '../../core/report/types';
import { Workspace } from '../../core/workspace';
import { readText } from '../check';
import { collectSpecFiles, todayOption, UsageError } from '../collect';
import type { Io } from '../run';

export const REPORT_FORMATS = ['md', 'html', 'json'] as const;

/** `product-specs report [folder] --format md|html|json`: the responsibility report on stdout. Exit 0, or 2 on a usage or configuration error. */
export function reportCommand(paths: readonly string[], values: { format?: string; today?: string }, io: Io): number {
  const format = values.format ?? 'md';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown report format "${format}". Use one of: ${REPORT_FORMATS.join(', ')}.`);
  todayOption(values.today);
  const collected = collectSpecFiles(paths, io.cwd);
  const workspace = new Workspace({ today: values.today });
  for (const file of [...collected.configs, ...collected.files]) {
    workspace.update({ uri: pathToUri(file), fileName: file, text: readText(file, io.cwd) });
  }
  const broken = collected.configs.filter((file) => workspace.findings(pathToUri(file)).some((finding) => finding.severity === 'error'));
  if (broken.length > 0) {
    const names = broken.map((file) => path.relative(io.cwd, file).split(path.sep).join('/')).join(', ');
    io.stderr.write(`product-specs: the configuration has errors (${names}); run "product-specs check" to see them. No report was written.\n`);
    return 2;
  }
  const report = buildReport(reportInput(workspace));
  const links = cliLinks(io.cwd);
  if (format === 'json') io.stdout.write(renderJson(report, links.fileLabel));
  else if (format === 'md') io.stdout.write(renderMarkdown(report, links));
  else {
    // A page with no script; the nonce only admits its own style. Derived from the page itself (as
    // printed, with relative links), it keeps the output the same wherever the folder lives.
    const render = (nonce: string): string => renderHtml(report, { nonce, fileLabel: links.fileLabel, links: { kind: 'file', ...links } });
    const nonce = createHash('sha256').update(render('')).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 32);
    io.stdout.write(render(nonce));
  }
  return 0;
}

/** Files relative to the current folder; rule pages in the package's `docs/rules`. */
function cliLinks(cwd: string): LinkOptions {
  const relative = (file: string): string => path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  const packageRoot = findUp('package.json', __dirname) ?? cwd;
  return {
    fileLabel: (uri) => relative(uriToPath(uri)),
    fileLink: (location: Location) => `${relative(uriToPath(location.uri))}#L${location.range.start.line + 1}`,
    docsLink: (docsPath) => relative(path.join(packageRoot, docsPath)),
  };
}
