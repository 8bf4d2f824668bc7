import { escapeHtml as esc } from './escape';
import { findingWords } from './words';
import type { Location, OrgChartNode } from './types';

const BOX_WIDTH = 170;
const BOX_HEIGHT = 44;
const H_GAP = 14;
const V_GAP = 30;
const STACK_GAP = 10;
const INDENT = 20;
const MARGIN = 8;
const MAX_CHARS = 24;
/** The heading of the people outside the reporting line, and the line with the reason above each of them. */
const HEADING = 24;
const REASON = 18;
const MAX_REASON_CHARS = 34;
const REASON_WIDTH = 220;
/** Up to this width the picture shrinks to fit the page; wider ones scroll, so their text stays readable. */
const FIT_WIDTH = 1200;

/** A laid-out part of the chart: its size, where the line from its manager joins its top, and how to draw it. */
interface Block {
  readonly width: number;
  readonly height: number;
  readonly anchor: number;
  draw(x: number, y: number, out: Drawing): void;
}

interface Drawing {
  readonly edges: string[];
  readonly boxes: string[];
  readonly link: (location: Location) => string;
}

/** At most MAX_CHARS characters (never half of a surrogate pair); the box's title holds the whole text. */
function clip(value: string, max = MAX_CHARS): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

function line(out: Drawing, x1: number, y1: number, x2: number, y2: number): void {
  out.edges.push(`<path class="edge" d="M${x1} ${y1}L${x2} ${y2}"/>`);
}

function drawBox(node: OrgChartNode, x: number, y: number, out: Drawing): void {
  const findings = node.problems + node.hints;
  const words = findingWords(node);
  const title = [node.name, node.role].filter(Boolean).join(', ') + (words ? ` (${words})` : '');
  // The badge takes the colour of the worst finding: error red, warning yellow, info (and hint) blue.
  const badge =
    findings > 0
      ? `<circle class="badge ${node.severity === 'hint' ? 'info' : (node.severity ?? 'info')}" cx="${x + BOX_WIDTH - 12}" cy="${y + 12}" r="9"/><text class="badge-text" x="${x + BOX_WIDTH - 12}" y="${y + 16}" text-anchor="middle">${findings}</text>`
      : '';
  const box =
    `<g><title>${esc(title)}</title>` +
    `<rect class="box${node.outside ? ' outside' : ''}" x="${x}" y="${y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/>` +
    `<text class="name" x="${x + 8}" y="${y + 18}">${esc(clip(node.name, findings > 0 ? MAX_CHARS - 3 : MAX_CHARS))}</text>` +
    `<text class="muted" x="${x + 8}" y="${y + 35}">${esc(clip(node.role))}</text>${badge}</g>`;
  out.boxes.push(node.location ? `<a ${out.link(node.location)}>${box}</a>` : box);
}

/** People without reports, one under the other on a line that comes down the left side. */
function stack(leaves: readonly OrgChartNode[]): Block {
  return {
    width: INDENT + BOX_WIDTH,
    height: leaves.length * (BOX_HEIGHT + STACK_GAP) - STACK_GAP,
    anchor: INDENT / 2,
    draw(x, y, out) {
      const last = y + (leaves.length - 1) * (BOX_HEIGHT + STACK_GAP) + BOX_HEIGHT / 2;
      line(out, x + INDENT / 2, y, x + INDENT / 2, last);
      leaves.forEach((leaf, i) => {
        const top = y + i * (BOX_HEIGHT + STACK_GAP);
        line(out, x + INDENT / 2, top + BOX_HEIGHT / 2, x + INDENT, top + BOX_HEIGHT / 2);
        drawBox(leaf, x + INDENT, top, out);
      });
    },
  };
}

/**
 * A person and everyone below them. Managers' teams sit side by side under them; people without
 * reports are stacked in one column, which keeps wide teams narrow.
 */
function block(node: OrgChartNode): Block {
  if (node.children.length === 0) {
    return { width: BOX_WIDTH, height: BOX_HEIGHT, anchor: BOX_WIDTH / 2, draw: (x, y, out) => drawBox(node, x, y, out) };
  }
  const branches = node.children.filter((child) => child.children.length > 0).map(block);
  const leaves = node.children.filter((child) => child.children.length === 0);
  if (branches.length === 0) {
    const column = stack(leaves);
    return {
      width: Math.max(BOX_WIDTH, column.width),
      height: BOX_HEIGHT + V_GAP / 2 + column.height,
      anchor: BOX_WIDTH / 2,
      draw(x, y, out) {
        drawBox(node, x, y, out);
        line(out, x + INDENT / 2, y + BOX_HEIGHT, x + INDENT / 2, y + BOX_HEIGHT + V_GAP / 2);
        column.draw(x, y + BOX_HEIGHT + V_GAP / 2, out);
      },
    };
  }
  const columns = leaves.length > 0 ? [...branches, stack(leaves)] : branches;
  const offsets: number[] = [];
  let width = 0;
  for (const column of columns) {
    offsets.push(width);
    width += column.width + H_GAP;
  }
  width -= H_GAP;
  const first = offsets[0] + columns[0].anchor;
  const last = offsets[columns.length - 1] + columns[columns.length - 1].anchor;
  const centre = (first + last) / 2;
  const shift = Math.max(0, BOX_WIDTH / 2 - centre);
  return {
    width: Math.max(width + shift, centre + shift + BOX_WIDTH / 2),
    height: BOX_HEIGHT + V_GAP + Math.max(...columns.map((column) => column.height)),
    anchor: centre + shift,
    draw(x, y, out) {
      const left = x + shift;
      const bus = y + BOX_HEIGHT + V_GAP / 2;
      drawBox(node, left + centre - BOX_WIDTH / 2, y, out);
      line(out, left + centre, y + BOX_HEIGHT, left + centre, bus);
      if (columns.length > 1) line(out, left + first, bus, left + last, bus);
      columns.forEach((column, i) => {
        line(out, left + offsets[i] + column.anchor, bus, left + offsets[i] + column.anchor, y + BOX_HEIGHT + V_GAP);
        column.draw(left + offsets[i], y + BOX_HEIGHT + V_GAP, out);
      });
    },
  };
}

/**
 * People outside the Head of Product's reporting line, under a heading of that name, one tree under
 * the other, each with the reason above it (the box's title repeats it).
 */
function outsideBlock(roots: readonly OrgChartNode[]): Block {
  const parts = roots.map(block);
  const width = Math.max(REASON_WIDTH, ...parts.map((part) => part.width));
  const height = HEADING + parts.reduce((sum, part) => sum + REASON + part.height + V_GAP, 0) - V_GAP;
  return {
    width,
    height,
    anchor: BOX_WIDTH / 2,
    draw(x, y, out) {
      out.boxes.push(`<text class="heading" x="${x}" y="${y + 14}">Outside the reporting line</text>`);
      let top = y + HEADING;
      roots.forEach((root, i) => {
        out.boxes.push(
          `<text class="muted reason" x="${x}" y="${top + 12}"><title>${esc(`${root.name}: ${root.outsideReason}`)}</title>${esc(clip(root.outsideReason ?? '', MAX_REASON_CHARS))}</text>`,
        );
        parts[i].draw(x, top + REASON, out);
        top += REASON + parts[i].height + V_GAP;
      });
    },
  };
}

/**
 * The org chart drawn as an inline SVG: one box per person (name, role, a badge with their number of
 * problems and hints in the colour of the worst), lines from each manager to their reports, trees
 * side by side, people outside the reporting line last under a heading of their own. `link` gives the attributes
 * of the link around a box that opens the person's place in the charter.
 */
export function orgChartSvg(roots: readonly OrgChartNode[], link: (location: Location) => string): string {
  if (roots.length === 0) return '';
  const inLine = roots.filter((root) => root.outsideReason === undefined);
  const outside = roots.filter((root) => root.outsideReason !== undefined);
  const blocks = [...inLine.map(block), ...(outside.length > 0 ? [outsideBlock(outside)] : [])];
  const width = MARGIN * 2 + blocks.reduce((sum, b) => sum + b.width, 0) + (blocks.length - 1) * H_GAP * 2;
  const height = MARGIN * 2 + Math.max(...blocks.map((b) => b.height));
  const out: Drawing = { edges: [], boxes: [], link };
  let x = MARGIN;
  for (const b of blocks) {
    b.draw(x, MARGIN, out);
    x += b.width + H_GAP * 2;
  }
  const fit = width <= FIT_WIDTH ? ' fit' : '';
  return `<svg class="org-chart${fit}" role="group" aria-label="Org chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${out.edges.join('')}${out.boxes.join('')}</svg>`;
}
