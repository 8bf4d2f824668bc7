import { buildBoards } from '../../core/boards';
import { renderBoardsHtml } from '../../core/boards/boardsHtml';
import { reportInput } from '../../core/report/input';
import { count } from '../../core/report/words';
import { UsageError } from '../collect';
import { loadWorkspace, outputLinks, stableNonce, writeOutput } from '../loadWorkspace';
import type { Io } from '../run';

/**
 * `product-specs board [paths] [--out FILE] [--today DATE]`: the vision board above the roadmap
 * board as one self-contained HTML page, on stdout or in FILE. Exit 0 whatever the specs' findings,
 * 2 on a usage or configuration error.
 */
export function boardCommand(paths: readonly string[], values: { today?: string; out?: string; format?: string }, io: Io): number {
  if (values.format !== undefined) throw new UsageError('board writes HTML only: leave out --format.');
  const workspace = loadWorkspace(paths, values.today, io, 'board');
  if (!workspace) return 2;
  const boards = buildBoards(reportInput(workspace));
  const links = outputLinks(io.cwd, values.out);
  const render = (nonce: string): string => renderBoardsHtml(boards, { nonce, show: 'all', links: { kind: 'file', fileLink: links.fileLink } });
  writeOutput(render(stableNonce(render)), values.out, io);
  if (values.out) io.stderr.write(`product-specs: ${count(boards.visions.length, 'vision')} and ${count(boards.roadmaps.length, 'roadmap')} written to ${values.out}.\n`);
  return 0;
}
