import { type Boards, type BoardView, type Horizon } from '../../../server/src/lsp/protocol';

/** What a board page may ask the extension to do, once checked. */
export type BoardAction =
  | { readonly kind: 'open'; readonly uri: string; readonly line: number; readonly character: number }
  | { readonly kind: 'move'; readonly uri: string; readonly index: number; readonly id: string; readonly to: Horizon }
  | { readonly kind: 'view'; readonly view: BoardView };

const HORIZONS: readonly string[] = ['now', 'next', 'later'];
const GROUPS: readonly string[] = ['none', 'team', 'theme'];

/**
 * Checks a message from a board page. The page shows text from spec files, so its messages are not
 * trusted: only files of the boards can be opened, only cards of a roadmap board moved, and only
 * the board's own teams and themes chosen.
 */
export function parseBoardMessage(message: unknown, boards: Boards | undefined): BoardAction | undefined {
  if (!boards || !message || typeof message !== 'object') return undefined;
  const { command, uri, line, character, index, id, to, groupBy, team, theme } = message as Record<string, unknown>;
  if (command === 'open') {
    const known = [...boards.visions, ...boards.roadmaps].some((board) => board.uri === uri);
    if (typeof uri !== 'string' || !known || !isCount(line) || !isCount(character)) return undefined;
    return { kind: 'open', uri, line, character };
  }
  if (command === 'move') {
    const board = boards.roadmaps.find((candidate) => candidate.uri === uri);
    const card = board?.cards.find((candidate) => candidate.index === index && candidate.id === id);
    if (!board || !card || typeof to !== 'string' || !HORIZONS.includes(to)) return undefined;
    return { kind: 'move', uri: board.uri, index: card.index, id: card.id, to: to as Horizon };
  }
  if (command === 'view') {
    if (typeof groupBy !== 'string' || !GROUPS.includes(groupBy)) return undefined;
    const teams = new Set(boards.roadmaps.flatMap((board) => board.teams.map((entry) => entry.id)));
    const themes = new Set(boards.roadmaps.flatMap((board) => board.themes.map((entry) => entry.id)));
    const pick = (value: unknown, known: ReadonlySet<string>): string => (typeof value === 'string' && known.has(value) ? value : '');
    return { kind: 'view', view: { groupBy: groupBy as BoardView['groupBy'], team: pick(team, teams), theme: pick(theme, themes) } };
  }
  return undefined;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000_000;
}
