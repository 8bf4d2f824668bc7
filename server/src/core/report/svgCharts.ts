import { escapeHtml as esc } from './escape';
import type { AreaReport } from './types';

const LABEL_WIDTH = 150;
const BAR_WIDTH = 300;
const ROW = 26;

/** One horizontal bar per row: a label, a track, a bar scaled to `max`, the value. */
function bars(title: string, rows: ReadonlyArray<{ label: string; value: number | null; className: string }>, max: number): string {
  const height = rows.length * ROW + 6;
  const width = LABEL_WIDTH + BAR_WIDTH + 90;
  const body = rows
    .map((row, i) => {
      const y = i * ROW + 4;
      const length = max > 0 && row.value !== null ? Math.round((Math.min(row.value, max) / max) * BAR_WIDTH) : 0;
      return (
        `<text x="0" y="${y + 15}">${esc(row.label)}</text>` +
        `<rect class="track" x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="18" rx="3"/>` +
        `<rect class="bar ${row.className}" x="${LABEL_WIDTH}" y="${y}" width="${length}" height="18" rx="3"/>` +
        `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 15}">${row.value === null ? 'not checked' : row.value}</text>`
      );
    })
    .join('');
  return `<svg class="bars" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${esc(title)}</title>${body}</svg>`;
}

/** Every area's score out of 100. */
export function scoreChart(areas: readonly AreaReport[]): string {
  return bars(
    'Score per area, out of 100',
    areas.map((area) => ({ label: area.name, value: area.score, className: 'score' })),
    100,
  );
}

/** One area: its score, and its errors, warnings and infos scaled to the largest count of any area. */
export function areaChart(area: AreaReport, maxCount: number): string {
  const scoreBar = bars(
    area.score === null ? `${area.name}: not checked` : `${area.name}: score ${area.score} of 100`,
    [{ label: 'Score', value: area.score, className: 'score' }],
    100,
  );
  const counts = bars(
    `${area.name}: findings by severity`,
    [
      { label: 'Errors', value: area.counts.errors, className: 'error' },
      { label: 'Warnings', value: area.counts.warnings, className: 'warning' },
      { label: 'Infos', value: area.counts.infos, className: 'info' },
    ],
    Math.max(1, maxCount),
  );
  return `<div class="chart">${scoreBar}<br>${counts}</div>`;
}
