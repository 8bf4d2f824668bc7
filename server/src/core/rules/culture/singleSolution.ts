import { defineRule, type RuleFinding } from '../rule';
import { count, entries, get } from '../util';
import { itemName, roadmapExample, specOf } from './shared';

export const singleSolution = defineRule<{ min: number }>({
  meta: {
    id: 'culture/single-solution',
    area: 'culture',
    severity: 'info',
    description: 'An item\'s discovery considered at least `min` solutions.',
    rationale:
      'The first idea is rarely the best one. Teams that compare several solutions to the same problem, with designers and engineers in the room, find better and cheaper ways to reach the outcome and are less attached to any one of them. Three is a practitioner heuristic: consider exploring a few options before committing to one.',
    options: {
      min: { default: 3, description: 'The fewest solutions an item\'s discovery should consider.' },
    },
    kinds: ['Roadmap'],
    examples: {
      fires: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: now
      theme: cash-flow
      owner: sam
      stage: discovery
      discovery:
        solutionsConsidered: 1
`),
      },
      passes: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: now
      theme: cash-flow
      owner: sam
      stage: discovery
      discovery:
        solutionsConsidered: 3
`),
      },
    },
  },
  check({ value, options }) {
    const spec = specOf(value);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    for (const [item, index] of entries(spec.items)) {
      const considered = get(item, 'discovery', 'solutionsConsidered');
      if (typeof considered !== 'number' || !Number.isFinite(considered) || considered >= options.min) continue;
      findings.push({
        path: ['spec', 'items', index, 'discovery', 'solutionsConsidered'],
        message: `Item "${itemName(item, index)}" considered ${count(considered, 'solution')}: consider exploring at least ${options.min} solutions to the problem before committing to one.`,
      });
    }
    return findings;
  },
});
