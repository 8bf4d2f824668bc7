import { escapeHtml as esc } from '../report/escape';
import { count } from '../report/words';
import { COLUMN_LABELS } from './roadmapBoard';
import type { RoadmapBoard, RoadmapCard } from './types';
import type { BoardLinker } from './visionBoardHtml';

/** How the roadmap board is grouped and filtered: swimlanes by team or theme, and at most one team and one theme shown. */
export interface BoardView {
  readonly groupBy?: 'none' | 'team' | 'theme';
  /** A team id, or `''` for every team. */
  readonly team?: string;
  readonly theme?: string;
}

/** In a webview, cards can be dragged and carry what a move names; an exported page only links. */
export interface RoadmapLinker extends BoardLinker {
  readonly interactive: boolean;
}

/** A roadmap board: now, next and later as columns, one card per item, grouped or filtered, then each theme traced to the vision. */
export function roadmapBoardHtml(board: RoadmapBoard, link: RoadmapLinker, view: BoardView = {}): string {
  const key = esc(board.id ?? board.uri);
  const cards = board.cards.filter((card) => (!view.team || card.teamId === view.team) && (!view.theme || card.themeId === view.theme));
  const lanes = swimlanes(board, cards, view.groupBy ?? 'none');
  const shown = lanes
    .map((lane) => {
      const columns = columnsHtml(board, lane.cards, link);
      return lane.label === undefined ? columns : `<section class="lane"><h3>${esc(lane.label)}</h3>${columns}</section>`;
    })
    .join('\n');
  const filtered = cards.length < board.cards.length ? ` <span class="muted">(${count(cards.length, 'item')} of ${board.cards.length} shown)</span>` : '';
  const timeline = board.format === 'timeline' ? `<p class="muted">A timeline roadmap: each item's column is derived from its timeframe and today's date.</p>` : '';
  return `<section class="board roadmap-board" aria-labelledby="roadmap-${key}">
<h2 id="roadmap-${key}">${esc(board.product ? `Roadmap board: ${board.product}` : 'Roadmap board')}${filtered}</h2>
${board.disclaimer ? `<p class="muted">${esc(board.disclaimer)}</p>` : ''}${timeline}
${link.interactive ? controls(board, view) : ''}
${shown}
${themesHtml(board, link)}
</section>`;
}

interface Lane {
  readonly label?: string;
  readonly cards: readonly RoadmapCard[];
}

function swimlanes(board: RoadmapBoard, cards: readonly RoadmapCard[], groupBy: 'none' | 'team' | 'theme'): Lane[] {
  if (groupBy === 'none') return [{ cards }];
  const keyOf = (card: RoadmapCard): string | undefined => (groupBy === 'team' ? card.teamId : card.themeId);
  const order = groupBy === 'team' ? board.teams.map((team) => [team.id, team.name] as const) : board.themes.map((theme) => [theme.id, theme.name] as const);
  const lanes: Lane[] = order.map(([id, name]) => ({ label: name, cards: cards.filter((card) => keyOf(card) === id) })).filter((lane) => lane.cards.length > 0);
  const known = new Set(order.map(([id]) => id));
  const rest = cards.filter((card) => !keyOf(card) || !known.has(keyOf(card)!));
  if (rest.length) lanes.push({ label: groupBy === 'team' ? 'No team' : 'No theme', cards: rest });
  return lanes;
}

function columnsHtml(board: RoadmapBoard, cards: readonly RoadmapCard[], link: RoadmapLinker): string {
  const columns = board.columns.map((column) => {
    const own = cards.filter((card) => card.column === column);
    const droppable = link.interactive && (column === 'now' || column === 'next' || column === 'later') ? ` data-column="${column}"` : '';
    return `<div class="column"${droppable}><h4>${COLUMN_LABELS[column]} <span class="muted">(${own.length})</span></h4><ul class="cards">${own.map((card) => cardHtml(board, card, link)).join('')}</ul></div>`;
  });
  return `<div class="columns columns-${board.columns.length}">${columns.join('')}</div>`;
}

function cardHtml(board: RoadmapBoard, card: RoadmapCard, link: RoadmapLinker): string {
  const rows: Array<[string, string | undefined]> = [
    ['Owner', card.owner],
    ['Team', card.team],
    ['Theme', card.theme],
    ['Stage', card.stage],
    ['Confidence', card.confidence],
    ['Timeframe', card.timeframe],
    ['Outcome', outcomeText(card.outcome)],
  ];
  const details = rows
    .filter(([, value]) => value)
    .map(([label, value]) => `<dt>${label}</dt><dd>${esc(value)}</dd>`)
    .join('');
  const badges = (['errors', 'warnings', 'infos'] as const)
    .filter((severity) => card.findings[severity] > 0)
    .map((severity) => `<span class="badge ${severity.slice(0, -1)}">${esc(count(card.findings[severity], severity.slice(0, -1), severity))}</span>`)
    .join('');
  const move = link.interactive ? ` draggable="true" data-uri="${esc(board.uri)}" data-index="${card.index}" data-id="${esc(card.id)}" data-from="${card.column}"` : '';
  return `<li class="card"${move}><a class="title" ${link.location(card.location)}>${esc(card.title)}</a>${details ? `<dl>${details}</dl>` : ''}${badges ? `<div class="badges">${badges}</div>` : ''}</li>`;
}

/** "Active merchants: 0 → 20" from an outcome's metric, baseline and target. */
function outcomeText(outcome: RoadmapCard['outcome']): string | undefined {
  if (!outcome || (!outcome.metric && !outcome.target)) return undefined;
  const range =
    outcome.baseline !== undefined && outcome.target !== undefined
      ? `${outcome.baseline} → ${outcome.target}`
      : outcome.target !== undefined
        ? `target ${outcome.target}`
        : undefined;
  return [outcome.metric ?? 'No metric', range].filter(Boolean).join(': ');
}

function controls(board: RoadmapBoard, view: BoardView): string {
  const option = (value: string, label: string, selected: string | undefined): string =>
    `<option value="${esc(value)}"${(selected ?? '') === value ? ' selected' : ''}>${esc(label)}</option>`;
  const key = esc(board.id ?? 'roadmap');
  const select = (name: string, label: string, options: string): string =>
    `<label for="${name}-${key}">${label}</label> <select id="${name}-${key}" data-view="${name}">${options}</select>`;
  return `<div class="controls">
${select('groupBy', 'Group by', option('none', 'Nothing', view.groupBy) + option('team', 'Team', view.groupBy) + option('theme', 'Theme', view.groupBy))}
${select('team', 'Team', option('', 'Every team', view.team) + board.teams.map((team) => option(team.id, team.name, view.team)).join(''))}
${select('theme', 'Theme', option('', 'Every theme', view.theme) + board.themes.map((theme) => option(theme.id, theme.name, view.theme)).join(''))}
</div>
<p class="muted keyboard-help" id="keyboard-help">Drag a card to another column to change its horizon, or focus its title and press Shift+Left or Shift+Right. Arrow keys move between cards; Enter opens the item.</p>`;
}

function themesHtml(board: RoadmapBoard, link: BoardLinker): string {
  if (board.themes.length === 0) return '';
  const entries = board.themes.map((theme) => {
    const needs = theme.needs.length
      ? `<div>Serves the needs: ${theme.needs.map((need) => `“${esc(need)}”`).join('; ')}</div>`
      : '<div class="muted">Traced to no vision need.</div>';
    const goals = theme.goals.length
      ? `<div>Towards the goals: ${theme.goals.map((goal) => `“${esc(goal)}”`).join('; ')}</div>`
      : '<div class="muted">No item of this theme has an objective that serves a vision goal.</div>';
    return `<dt><a ${link.location(theme.location)}>${esc(theme.name)}</a></dt><dd>${theme.problem ? `<div>${esc(theme.problem)}</div>` : ''}${needs}${goals}</dd>`;
  });
  return `<h3>Themes and the vision they serve</h3><dl class="themes">${entries.join('')}</dl>`;
}
