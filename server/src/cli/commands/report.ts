import { renderHtml } from '../../core/report/html';
import { reportInput } from '../../core/report/input';
import { renderJson } from '../../core/report/json';
import { renderMarkdown } from '../../core/report/markdown';
import { buildReport } from '../../core/report/report';
import { EXIT, oneOf, type Command } from '../command';
import { loadWorkspace, outputLinks, stableNonce, writeOutput } from '../loadWorkspace';

export const REPORT_FORMATS = ['md', 'html', 'json'] as const;

/** `product-specs report [folder] --format md|html|json [--out FILE]`: the responsibility report on stdout or in FILE. Exit 0, or 2 on a usage or configuration error. */
export const report: Command = ({ paths, options, io }) => {
  const format = oneOf(options.format, REPORT_FORMATS, 'md', 'report format');
  const workspace = loadWorkspace(paths, options.today, io, 'report');
  if (!workspace) return EXIT.usage;
  const model = buildReport(reportInput(workspace));
  // Spec files are linked relative to where the report is written, rule pages to the published documentation.
  const links = outputLinks(io.cwd, options.out);
  let text: string;
  if (format === 'json') text = renderJson(model, links.fileLabel);
  else if (format === 'md') text = renderMarkdown(model, links);
  else {
    // A page with no script; the nonce only admits its own style.
    const render = (nonce: string): string => renderHtml(model, { nonce, fileLabel: links.fileLabel, docsLink: links.docsLink, links: { kind: 'file', fileLink: links.fileLink } });
    text = render(stableNonce(render));
  }
  writeOutput(text, options.out, io);
  return EXIT.ok;
};
