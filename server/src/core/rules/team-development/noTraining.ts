import { defineRule } from '../rule';
import { charterSpec, list } from '../../model/specModel';
import { charterExample } from './shared';

export const noTraining = defineRule({
  meta: {
    id: 'team-development/no-training',
    area: 'team-development',
    severity: 'info',
    description: 'The charter lists recurring `training` for the team.',
    rationale:
      "Coaching develops one person at a time; training raises the whole team's craft together: discovery techniques, writing outcome-based OKRs, product analytics, the business domain. A short list of recurring trainings, each with an audience and a cadence, shows the team that the organisation invests in their growth and gives new members a path in. Consider starting with the skills most of the team listed as growth areas.",
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: { file: 'team.charter.yaml', text: charterExample('') },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(`  training:
    - topic: Continuous discovery habits
      audience: PMs, designers and researchers
      cadence: quarterly
`),
      },
    },
  },
  check({ doc }) {
    const spec = charterSpec(doc);
    if (!spec || list(spec, 'training').length > 0) return [];
    return [
      {
        path: ['spec', 'training'],
        target: 'key',
        message: 'The charter lists no training: consider recurring trainings on the skills the team is growing, each with an audience and a cadence.',
      },
    ];
  },
});
