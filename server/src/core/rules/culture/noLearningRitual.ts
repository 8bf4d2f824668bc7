import { missingRitualRule } from './shared';

export const noLearningRitual = missingRitualRule({
  id: 'culture/no-learning-ritual',
  kind: 'learning',
  description: 'The charter has a ritual of kind learning, such as a retrospective or an experiment review.',
  rationale:
    'A culture of continuous and rapid testing and learning needs a regular moment where the team looks back at what it tried and what it learned. Retrospectives and experiment reviews turn failed experiments into shared knowledge instead of blame. Consider a learning ritual at a rhythm that matches how often your teams ship and test.',
  ritual: { name: 'Experiment and retrospective review', cadence: 'biweekly' },
  message: 'The charter has no learning ritual: consider a regular retrospective or experiment review so the team learns from what it tries and ships.',
});
