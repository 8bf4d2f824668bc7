import { buildBoards } from '../../core/boards';
import { renderBoardsHtml } from '../../core/boards/boardsHtml';
import { reportInput } from '../../core/report/input';
import { count } from '../../core/words';
import { EXIT, UsageError, type Command } from '../command';
import { loadWorkspace, outputLinks, stableNonce, writeOutput } from '../loadWorkspace';

/**
 * `product-specs board [paths] [--out FILE] [--today DATE]`: the vision board above the roadmap
 * board as one self-contained HTML page, on stdout or in FILE. Exit 0 whatever the specs' findings,
 * 2 on a usage or configuration error.
 */
export const board: Command = ({ paths, options, io }) => {
  if (options.format !== undefined) throw new UsageError('board writes HTML only: leave out --format.');
  const workspace = loadWorkspace(paths, options.today, io, 'board');
  if (!workspace) return EXIT.usage;
  const boards = buildBoards(reportInput(workspace));
  const links = outputLinks(io.cwd, options.out);
  const render = (nonce: string): string => renderBoardsHtml(boards, { nonce, show: 'all', links: { kind: 'file', fileLink: links.fileLink } });
  writeOutput(render(stableNonce(render)), options.out, io);
  if (options.out) io.stderr.write(`product-specs: ${count(boards.visions.length, 'vision')} and ${count(boards.roadmaps.length, 'roadmap')} written to ${options.out}.\n`);
  return EXIT.ok;
};
