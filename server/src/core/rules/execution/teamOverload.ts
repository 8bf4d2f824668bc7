import { itemHorizon } from '../../model/horizon';
import { defineRule, type RuleFinding } from '../rule';
import { list, roadmapSpec, textOf } from '../../model/specModel';
import { count } from '../util';
import { groupBy, idOf, ordinal, roadmapExample } from './shared';

function nowItemsExample(horizons: string[]): string {
  return roadmapExample(`  items:
${horizons
  .map(
    (horizon, i) => `    - id: payouts-item-${i + 1}
      title: Payouts item ${i + 1}
      horizon: ${horizon}
      theme: cash-flow
      owner: sam
      team: payouts
      stage: discovery
`,
  )
  .join('')}`);
}

export const teamOverload = defineRule<{ maxNow: number }>({
  meta: {
    id: 'execution/team-overload',
    area: 'execution',
    severity: 'warning',
    description: 'No product team has more than `maxNow` items in `now` (on a timeline roadmap, items whose `timeframe` makes them now).',
    rationale:
      'A team that works on many things at once finishes each of them later, switches context all day and has no time left for discovery. Limiting the work in progress per team shortens the time to outcomes and makes the roadmap honest about capacity. Three now items per team is a practitioner heuristic: consider what one team can really move at the same time.',
    options: {
      maxNow: { default: 3, description: 'The most now items one product team should have.' },
    },
    kinds: ['Roadmap'],
    examples: {
      fires: { file: 'acme.roadmap.yaml', text: nowItemsExample(['now', 'now', 'now', 'now']) },
      passes: { file: 'acme.roadmap.yaml', text: nowItemsExample(['now', 'now', 'now', 'next']) },
    },
  },
  check({ doc, options, today }) {
    const spec = roadmapSpec(doc);
    if (!spec) return [];
    const byTeam = groupBy(list(spec, 'items'), (item) => (itemHorizon(item, today) === 'now' ? textOf(item, 'team') : undefined), idOf);
    const findings: RuleFinding[] = [];
    for (const [team, list] of byTeam) {
      if (list.length <= options.maxNow) continue;
      list.slice(options.maxNow).forEach(([name, index], extra) => {
        findings.push({
          path: ['spec', 'items', index, 'team'],
          message: `Item "${name}" is the ${ordinal(options.maxNow + extra + 1)} of ${count(list.length, 'now item')} for product team "${team}": consider at most ${options.maxNow} per team, finishing one before starting the next.`,
        });
      });
    }
    return findings;
  },
});
