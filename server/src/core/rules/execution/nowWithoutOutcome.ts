import { itemHorizon } from '../../model/horizon';
import { defineRule } from '../rule';
import { child, field, isBlank } from '../../model/specModel';
import { eachItem, idOf, nowItemExample, roadmapExample } from './shared';

export const nowWithoutOutcome = defineRule({
  meta: {
    id: 'execution/now-without-outcome',
    area: 'execution',
    severity: 'warning',
    description: 'Every `now` item (on a timeline roadmap, every item whose `timeframe` makes it now) has an outcome with a `metric` and a `target`.',
    rationale:
      'Work the teams are doing now should say what change in customer or business behaviour it is for, and how the team will know it worked. Without a metric and a target, delivery becomes the goal and nobody can tell whether the item succeeded or should be stopped. Naming the outcome before delivery also gives the team room to find a better solution than the one first imagined.',
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`  items:\n${nowItemExample('delivery', '')}`),
      },
      passes: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`  items:
${nowItemExample('delivery', '')}      outcome:
        metric: Share of active merchants using instant payout at least weekly
        baseline: 0
        target: 20
`),
      },
    },
  },
  check({ doc, today }) {
    return eachItem(doc, (item, index) => {
      if (itemHorizon(item, today) !== 'now') return undefined;
      const name = idOf(item, index);
      const outcome = field(item, 'outcome');
      if (isBlank(outcome)) {
        return {
          path: outcome === undefined ? ['spec', 'items', index] : ['spec', 'items', index, 'outcome'],
          target: 'key',
          message: `Now item "${name}" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.`,
        };
      }
      const measured = child(item, 'outcome');
      if (!measured) return undefined;
      const noMetric = isBlank(field(measured, 'metric'));
      const noTarget = isBlank(field(measured, 'target'));
      if (!noMetric && !noTarget) return undefined;
      const message =
        noMetric && noTarget
          ? `The outcome of now item "${name}" has no metric and no target: add the metric that should move and the target that means success.`
          : noMetric
            ? `The outcome of now item "${name}" has no metric: add the metric that should move, so the team can tell whether the item worked.`
            : `The outcome of now item "${name}" has no target: add the value of the metric that means success, so the team can tell whether the item worked.`;
      return { path: ['spec', 'items', index, 'outcome'], target: 'key', message };
    });
  },
});
