import { escapeHtml as esc, safeHref } from '../report/escape';
import { htmlPage } from '../report/page';
import type { Location } from '../report/types';
import { BOARD_CSS } from './boardStyle';
import { roadmapBoardHtml, type BoardView, type RoadmapLinker } from './roadmapBoardHtml';
import type { Boards } from './types';
import { visionBoardHtml } from './visionBoardHtml';

/**
 * How the boards' links work. In a webview, links carry their target in data attributes and the
 * page's one script asks the extension to open them or to move a card. In an exported file, links
 * are plain links relative to the file and the page runs no script.
 */
export type BoardLinks = { readonly kind: 'webview'; readonly cspSource: string; readonly scriptUri: string } | { readonly kind: 'file'; fileLink(location: Location): string };

export interface BoardsHtmlOptions {
  readonly nonce: string;
  readonly links: BoardLinks;
  /** The vision boards, the roadmap boards, or both (the vision above the roadmap). */
  readonly show: 'vision' | 'roadmap' | 'all';
  readonly view?: BoardView;
}

const TITLES = { vision: 'Vision board', roadmap: 'Roadmap board', all: 'Vision and roadmap' } as const;

/** The boards as one HTML page; every string from a spec file is escaped. */
export function renderBoardsHtml(boards: Boards, options: BoardsHtmlOptions): string {
  const { links } = options;
  const script = links.kind === 'webview' ? { cspSource: links.cspSource, scriptUri: links.scriptUri } : undefined;
  // A webview replaces the content when the specs change and announces moves in the status line.
  const main = script
    ? `<div id="board-content">${renderBoardsMain(boards, options)}</div>\n<p class="status" role="status" aria-live="polite"></p>`
    : renderBoardsMain(boards, options);
  return htmlPage({ title: TITLES[options.show], nonce: options.nonce, css: BOARD_CSS, main, script });
}

/** The content of the page's `main`: what a webview replaces when the specs change. */
export function renderBoardsMain(boards: Boards, options: Omit<BoardsHtmlOptions, 'nonce'>): string {
  const { links } = options;
  const linker: RoadmapLinker = {
    interactive: links.kind === 'webview',
    location: (location) =>
      links.kind === 'webview'
        ? `href="#" data-uri="${esc(location.uri)}" data-line="${location.range.start.line}" data-character="${location.range.start.character}"`
        : `href="${esc(safeHref(links.fileLink(location)))}"`,
    external: (link) => (/^https?:\/\//i.test(link) ? `href="${esc(link)}"` : undefined),
  };
  const parts: string[] = [`<h1>${TITLES[options.show]}</h1>`, `<p class="muted">Drawn from the spec files on ${esc(boards.today)}.</p>`];
  if (options.show !== 'roadmap') {
    parts.push(...boards.visions.map((board) => visionBoardHtml(board, linker)));
    if (boards.visions.length === 0) parts.push('<p class="muted">No vision in this workspace.</p>');
  }
  if (options.show !== 'vision') {
    parts.push(...boards.roadmaps.map((board) => roadmapBoardHtml(board, linker, options.view)));
    if (boards.roadmaps.length === 0) parts.push('<p class="muted">No roadmap in this workspace.</p>');
  }
  return parts.join('\n');
}
