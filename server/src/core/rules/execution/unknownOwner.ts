import { defineRule } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { charterExample } from './shared';

function charterOwnedBy(owner: string): string {
  return charterExample('').replace('  id: acme-product-team\n', `  id: acme-product-team\n  owner: ${owner}\n`);
}

export const unknownOwner = defineRule({
  meta: {
    id: 'execution/unknown-owner',
    area: 'execution',
    severity: 'error',
    description: 'Every owner (of a vision, roadmap, charter, roadmap item or key result) is a member of a team charter.',
    rationale:
      'Ownership only works when the owner is a real person on the team: someone you can coach, ask and hold accountable. An owner that names nobody, often a typo or someone who left, means the item, key result or vision has no one looking after it. Keeping owners in step with the team charter also keeps the org chart and the roadmap telling the same story.',
    options: {},
    kinds: ['Vision', 'Roadmap', 'TeamCharter'],
    crossFile: true,
    examples: {
      fires: { file: 'team.charter.yaml', text: charterOwnedBy('dan') },
      passes: { file: 'team.charter.yaml', text: charterOwnedBy('dana') },
    },
  },
  check(context) {
    return unknownReferences(context, 'execution/unknown-owner');
  },
});
