import { defineRule } from '../rule';
import { charterExample, missingRitual } from './shared';

export const noCelebration = defineRule({
  meta: {
    id: 'culture/no-celebration',
    area: 'culture',
    severity: 'info',
    description: 'The charter has a ritual of kind celebration.',
    rationale:
      'A motivated team that supports each other recognises its wins and thanks the people behind them, including engineers, designers and stakeholders. Without a regular moment for it, only problems get attention. Consider a light celebration ritual, such as monthly wins and thank-yous, open to the wider organisation.',
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(`  rituals:
    - name: Sprint review and demo
      kind: delivery
      cadence: biweekly
`),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(`  rituals:
    - name: Wins and thank-yous
      kind: celebration
      cadence: monthly
`),
      },
    },
  },
  check({ value }) {
    return missingRitual(
      value,
      'celebration',
      'The charter has no celebration ritual: consider a regular moment to recognise wins and thank each other, so the team stays motivated.',
    );
  },
});
