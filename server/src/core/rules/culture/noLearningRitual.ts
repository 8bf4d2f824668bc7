import { defineRule } from '../rule';
import { charterExample, missingRitual } from './shared';

export const noLearningRitual = defineRule({
  meta: {
    id: 'culture/no-learning-ritual',
    area: 'culture',
    severity: 'info',
    description: 'The charter has a ritual of kind learning, such as a retrospective or an experiment review.',
    rationale:
      'A culture of continuous and rapid testing and learning needs a regular moment where the team looks back at what it tried and what it learned. Retrospectives and experiment reviews turn failed experiments into shared knowledge instead of blame. Consider a learning ritual at a rhythm that matches how often your teams ship and test.',
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
    - name: Experiment and retrospective review
      kind: learning
      cadence: biweekly
`),
      },
    },
  },
  check({ value }) {
    return missingRitual(
      value,
      'learning',
      'The charter has no learning ritual: consider a regular retrospective or experiment review so the team learns from what it tries and ships.',
    );
  },
});
