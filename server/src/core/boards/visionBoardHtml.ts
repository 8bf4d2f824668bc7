import { escapeHtml as esc } from '../report/escape';
import type { Location } from '../report/types';
import { count, severityCounts } from '../report/words';
import type { NeedCard, VisionBoard } from './types';

const POSITIONING_LABELS: ReadonlyArray<[keyof NonNullable<VisionBoard['positioning']>, string]> = [
  ['for', 'For'],
  ['need', 'Who'],
  ['category', 'Is'],
  ['benefit', 'That'],
  ['unlike', 'Unlike'],
  ['differentiation', 'Our product'],
];

/** How a board links to a place in a spec file and to a visual. */
export interface BoardLinker {
  location(location: Location): string;
  /** The attributes of an outside link (a storyboard, a prototype), or undefined when it may not be linked. */
  external(link: string): string | undefined;
}

/** A vision board: the statement large, target groups with their needs and evidence, goals, positioning, principles, visuals, ownership. */
export function visionBoardHtml(board: VisionBoard, link: BoardLinker): string {
  const heading = board.product ? `Vision board: ${board.product}` : 'Vision board';
  const facts = [
    board.ownership ? `Created by ${board.ownership}` : undefined,
    board.owner ? `Owner: ${board.owner}` : undefined,
    board.horizonYears !== undefined ? `Horizon: ${count(board.horizonYears, 'year')}` : undefined,
    board.lastReviewed ? `Last reviewed ${board.lastReviewed}` : 'Never reviewed',
    board.status ? `Status: ${board.status}` : undefined,
  ].filter((fact): fact is string => !!fact);
  const total = board.findings.errors + board.findings.warnings + board.findings.infos;
  const groups = board.targetGroups
    .map(
      (group) =>
        `<li><a ${link.location(group.location)}>${esc(group.name)}</a>${group.primary ? ' <span class="tag">primary</span>' : ''}${group.description ? `<div class="muted">${esc(group.description)}</div>` : ''}${needList(group.needs, link)}</li>`,
    )
    .join('');
  const others = board.otherNeeds.length ? `<h4>Needs of no listed group</h4>${needList(board.otherNeeds, link)}` : '';
  const goals = board.goals
    .map((goal) => {
      const measure = [goal.metric ? `Metric: ${esc(goal.metric)}` : 'No metric', goal.target ? `target ${esc(goal.target)}` : undefined].filter(Boolean).join(', ');
      return `<li><a ${link.location(goal.location)}>${esc(goal.statement || goal.id)}</a><div class="muted">${measure}</div></li>`;
    })
    .join('');
  const positioning = board.positioning
    ? `<dl>${POSITIONING_LABELS.filter(([field]) => board.positioning![field])
        .map(([field, label]) => `<dt>${label}</dt><dd>${esc(board.positioning![field])}</dd>`)
        .join('')}</dl>`
    : '<p class="muted">No positioning statement.</p>';
  const visuals = board.visuals
    .map((visual) => {
      const attrs = visual.link ? link.external(visual.link) : undefined;
      return `<li>${attrs ? `<a ${attrs}>${esc(visual.title)}</a>` : esc(visual.title)}${visual.link && !attrs ? ` <span class="muted">(${esc(visual.link)})</span>` : ''}</li>`;
    })
    .join('');
  return `<section class="board vision-board" aria-labelledby="vision-${esc(board.id ?? 'board')}">
<h2 id="vision-${esc(board.id ?? 'board')}">${esc(heading)}</h2>
<p class="statement"><a ${link.location(board.location)}>${board.statement ? esc(board.statement) : 'No vision statement yet.'}</a></p>
<ul class="facts muted">${facts.map((fact) => `<li>${esc(fact)}</li>`).join('')}<li>${total ? esc(severityCounts(board.findings)) : 'No findings'}</li></ul>
${board.narrative ? `<p>${esc(board.narrative)}</p>` : ''}
<div class="grid">
<div class="panel"><h3>Target groups and their needs</h3>${groups ? `<ul>${groups}</ul>` : '<p class="muted">No target groups.</p>'}${others}</div>
<div class="panel"><h3>Business goals</h3>${goals ? `<ul>${goals}</ul>` : '<p class="muted">No business goals.</p>'}</div>
<div class="panel"><h3>Positioning</h3>${positioning}</div>
<div class="panel"><h3>Principles</h3>${board.principles.length ? `<ul>${board.principles.map((principle) => `<li>${esc(principle)}</li>`).join('')}</ul>` : '<p class="muted">No principles.</p>'}</div>
<div class="panel"><h3>Visuals</h3>${visuals ? `<ul>${visuals}</ul>` : '<p class="muted">No storyboard, prototype or diagram.</p>'}</div>
</div>
</section>`;
}

function needList(needs: readonly NeedCard[], link: BoardLinker): string {
  if (needs.length === 0) return '';
  const items = needs.map((need) => {
    const evidence = need.evidence.length
      ? `<ul class="muted">${need.evidence.map((entry) => `<li>${esc(entry)}</li>`).join('')}</ul>`
      : '<div class="muted">No evidence yet.</div>';
    return `<li><a ${link.location(need.location)}>${esc(need.statement || need.id)}</a>${evidence}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}
