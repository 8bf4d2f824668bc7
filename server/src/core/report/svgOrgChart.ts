import { escapeHtml as esc } from './escape';
import type { Location, OrgChartNode } from './types';

const BOX_WIDTH = 170;
const BOX_HEIGHT = 44;
const H_GAP = 14;
const V_GAP = 34;
const MARGIN = 8;
const MAX_CHARS = 24;

interface Placed {
  readonly node: OrgChartNode;
  readonly slot: number;
  readonly depth: number;
  readonly children: readonly Placed[];
}

/** Leaves take the next free slot from left to right; a manager sits centred above their reports. */
function layout(roots: readonly OrgChartNode[]): { placed: Placed[]; slots: number; depth: number } {
  let next = 0;
  let deepest = 0;
  const place = (node: OrgChartNode, depth: number): Placed => {
    deepest = Math.max(deepest, depth);
    if (node.children.length === 0) return { node, slot: next++, depth, children: [] };
    const children = node.children.map((child) => place(child, depth + 1));
    return { node, slot: (children[0].slot + children[children.length - 1].slot) / 2, depth, children };
  };
  const placed = roots.map((root) => place(root, 0));
  return { placed, slots: next, depth: deepest + 1 };
}

/** At most MAX_CHARS characters (never half of a surrogate pair); the box's title holds the whole text. */
function clip(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join('')}…` : value;
}

/**
 * The org chart drawn as an inline SVG: one box per person (name, role, a badge with their number of
 * hints), lines from each manager to their reports. `link` gives the attributes of the link around
 * a box that opens the person's place in the charter.
 */
export function orgChartSvg(roots: readonly OrgChartNode[], link: (location: Location) => string): string {
  if (roots.length === 0) return '';
  const { placed, slots, depth } = layout(roots);
  const width = MARGIN * 2 + slots * (BOX_WIDTH + H_GAP) - H_GAP;
  const height = MARGIN * 2 + depth * (BOX_HEIGHT + V_GAP) - V_GAP;
  const x = (slot: number): number => MARGIN + slot * (BOX_WIDTH + H_GAP);
  const y = (level: number): number => MARGIN + level * (BOX_HEIGHT + V_GAP);
  const edges: string[] = [];
  const boxes: string[] = [];
  const draw = (placedNode: Placed): void => {
    const { node, slot, depth: level } = placedNode;
    const left = x(slot);
    const top = y(level);
    const centre = left + BOX_WIDTH / 2;
    for (const child of placedNode.children) {
      const middle = top + BOX_HEIGHT + V_GAP / 2;
      edges.push(`<path class="edge" d="M${centre} ${top + BOX_HEIGHT}V${middle}H${x(child.slot) + BOX_WIDTH / 2}V${y(child.depth)}"/>`);
      draw(child);
    }
    const hints = node.hints === 1 ? '1 hint' : `${node.hints} hints`;
    const title = [node.name, node.role].filter(Boolean).join(', ') + (node.hints > 0 ? ` (${hints})` : '');
    const badge =
      node.hints > 0
        ? `<circle class="badge" cx="${left + BOX_WIDTH - 12}" cy="${top + 12}" r="9"/><text class="badge-text" x="${left + BOX_WIDTH - 12}" y="${top + 16}" text-anchor="middle">${node.hints}</text>`
        : '';
    const box =
      `<g><title>${esc(title)}</title>` +
      `<rect class="box${node.outside ? ' outside' : ''}" x="${left}" y="${top}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/>` +
      `<text class="name" x="${left + 8}" y="${top + 18}">${esc(clip(node.name))}</text>` +
      `<text class="muted" x="${left + 8}" y="${top + 35}">${esc(clip(node.role))}</text>${badge}</g>`;
    boxes.push(node.location ? `<a ${link(node.location)}>${box}</a>` : box);
  };
  placed.forEach(draw);
  return `<svg class="org-chart" role="img" aria-label="Org chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${edges.join('')}${boxes.join('')}</svg>`;
}
