import { defineRule } from '../rule';
import { child, field, finiteNumber } from '../../model/specModel';
import { count } from '../util';
import { eachItem, idOf, nowItemExample, roadmapExample } from './shared';

export const singleSolution = defineRule<{ min: number }>({
  meta: {
    id: 'culture/single-solution',
    area: 'culture',
    severity: 'info',
    description: "An item's discovery considered at least `min` solutions.",
    rationale:
      'The first idea is rarely the best one. Teams that compare several solutions to the same problem, with designers and engineers in the room, find better and cheaper ways to reach the outcome and are less attached to any one of them. Three is a practitioner heuristic: consider exploring a few options before committing to one.',
    options: {
      min: { default: 3, description: "The fewest solutions an item's discovery should consider." },
    },
    kinds: ['Roadmap'],
    examples: {
      fires: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(nowItemExample('discovery', '      discovery:\n        solutionsConsidered: 1\n')),
      },
      passes: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(nowItemExample('discovery', '      discovery:\n        solutionsConsidered: 3\n')),
      },
    },
  },
  check({ doc, options }) {
    return eachItem(doc, (item, index) => {
      const considered = finiteNumber(field(child(item, 'discovery'), 'solutionsConsidered'));
      if (considered === undefined || considered >= options.min) return undefined;
      return {
        path: ['spec', 'items', index, 'discovery', 'solutionsConsidered'],
        message: `Item "${idOf(item, index)}" considered ${count(considered, 'solution')}: consider exploring at least ${options.min} solutions to the problem before committing to one.`,
      };
    });
  },
});
