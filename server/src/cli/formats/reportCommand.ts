import { renderHtml } from '../../core/report/html';
import { reportInput } from '../../core/report/input';
import { renderJson } from '../../core/report/json';
import { renderMarkdown } from '../../core/report/markdown';
import { buildReport } from '../../core/report/report';
import { UsageError } from '../collect';
import { loadWorkspace, outputLinks, stableNonce, writeOutput } from '../loadWorkspace';
import type { Io } from '../run';

export const REPORT_FORMATS = ['md', 'html', 'json'] as const;

/** `product-specs report [folder] --format md|html|json [--out FILE]`: the responsibility report on stdout or in FILE. Exit 0, or 2 on a usage or configuration error. */
export function reportCommand(paths: readonly string[], values: { format?: string; today?: string; out?: string }, io: Io): number {
  const format = values.format ?? 'md';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown report format "${format}". Use one of: ${REPORT_FORMATS.join(', ')}.`);
  const workspace = loadWorkspace(paths, values.today, io, 'report');
  if (!workspace) return 2;
  const report = buildReport(reportInput(workspace));
  // Spec files are linked relative to where the report is written, rule pages to the published documentation.
  const links = outputLinks(io.cwd, values.out);
  let text: string;
  if (format === 'json') text = renderJson(report, links.fileLabel);
  else if (format === 'md') text = renderMarkdown(report, links);
  else {
    // A page with no script; the nonce only admits its own style.
    const render = (nonce: string): string =>
      renderHtml(report, { nonce, fileLabel: links.fileLabel, docsLink: links.docsLink, links: { kind: 'file', fileLink: links.fileLink } });
    text = render(stableNonce(render));
  }
  writeOutput(text, values.out, io);
  return 0;
}
