import { defineRule } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { roadmapExample } from './shared';

/** A roadmap with one objective, `activate-merchants`, and an item that names an objective. */
function objectiveExample(objective: string): string {
  return roadmapExample(`  objectives:
    - id: activate-merchants
      objective: More merchants get paid the same day
      visionGoal: grow-active-merchants
      period: 2026-Q4
      type: committed
      keyResults:
        - id: same-day-share
          metric: Share of merchants paid out the same day
          baseline: 10
          target: 40
          unit: "%"
  items:
    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: next
      theme: cash-flow
      objective: ${objective}
      owner: dana
      stage: discovery
`);
}

export const unknownObjective = defineRule({
  meta: {
    id: 'execution/unknown-objective',
    area: 'execution',
    severity: 'warning',
    description: "Every item's `objective` names an objective of the same roadmap.",
    rationale:
      "An item that names its objective says which outcome the work is for, and the objective's key results say how the team will know it worked. An objective id with a typo, or one that was renamed or dropped, silently cuts that link: the item looks aligned with the plan when nothing ties it to a key result. Keeping every item's objective valid keeps planning and delivery telling the same story.",
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: { file: 'acme.roadmap.yaml', text: objectiveExample('activate-merchant') },
      passes: { file: 'acme.roadmap.yaml', text: objectiveExample('activate-merchants') },
    },
  },
  check(context) {
    return unknownReferences(context, 'execution/unknown-objective');
  },
});
