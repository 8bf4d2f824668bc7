/** The vision and roadmap boards: built as data, drawn by one renderer for the webviews and the export. */
import type { ReportInput } from '../report/input';
import { roadmapBoards } from './roadmapBoard';
import type { Boards } from './types';
import { visionBoards } from './visionBoard';

export * from './types';
export { COLUMN_LABELS, roadmapBoards } from './roadmapBoard';
export { visionBoards } from './visionBoard';

/** Every vision board and roadmap board of a workspace. */
export function buildBoards(input: ReportInput): Boards {
  return { today: input.today, visions: visionBoards(input), roadmaps: roadmapBoards(input) };
}
export { moveCardEdits, timeframeFor, type CardMove, type MoveResult } from './moveCard';
export { renderBoardsHtml, renderBoardsMain, type BoardLinks, type BoardsHtmlOptions } from './boardsHtml';
export type { BoardView } from './roadmapBoardHtml';
