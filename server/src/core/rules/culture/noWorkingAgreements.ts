import { defineRule } from '../rule';
import { charterSpec, field, strings, text } from '../../model/specModel';
import { charterExample } from './shared';

export const noWorkingAgreements = defineRule({
  meta: {
    id: 'culture/no-working-agreements',
    area: 'culture',
    severity: 'info',
    description: 'The charter lists working agreements.',
    rationale:
      'True collaboration between product managers, designers and engineers depends on shared expectations: when designers and engineers join discovery, how decisions are made and recorded, how disagreement is handled. Writing them down makes them explicit, so new members learn them and the team can revisit them. Consider agreeing a handful with the team and reviewing them with the charter.',
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(''),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(`  workingAgreements:
    - Designers and engineers join discovery from the first customer conversation.
    - We disagree openly in the room and commit together outside it.
`),
      },
    },
  },
  check({ doc }) {
    const spec = charterSpec(doc);
    if (!spec || strings(field(spec, 'workingAgreements')).some((agreement) => text(agreement) !== undefined)) return [];
    return [
      {
        path: ['spec', 'workingAgreements'],
        target: 'key',
        message: 'The charter has no working agreements: consider writing down with the team how product, design and engineering work together.',
      },
    ];
  },
});
