import { isDerivedHorizon, itemHorizon } from '../../model/horizon';
import { defineRule } from '../rule';
import { child, field, isBlank, text } from '../../model/specModel';
import { eachItem, idOf, roadmapExample } from './shared';

function datedExample(type: string): string {
  return roadmapExample(`  items:
    - id: tap-to-pay-phone
      title: Take card payments on your phone
      horizon: next
      theme: cash-flow
      owner: theo
      stage: discovery
      date:
        value: 2027-04-01
        type: ${type}
`);
}

export const farDateCommitment = defineRule({
  meta: {
    id: 'execution/far-date-commitment',
    area: 'execution',
    severity: 'info',
    description: 'Items in `next` or `later` (on a timeline roadmap, as their `timeframe` places them) carry a date only when it is a hard, external commitment.',
    rationale:
      'An estimated date on work that has not reached discovery or delivery reads as a promise to everyone outside the team, and becomes one. Sales, marketing and leadership plan around it, and the team loses the room to learn and change course. Keep dates on next and later items for real external deadlines (a regulation, a contract, an event) and mark those hard.',
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: { file: 'acme.roadmap.yaml', text: datedExample('estimate') },
      passes: { file: 'acme.roadmap.yaml', text: datedExample('hard') },
    },
  },
  check({ doc, today }) {
    return eachItem(doc, (item, index) => {
      const horizon = itemHorizon(item, today);
      if (horizon !== 'next' && horizon !== 'later') return undefined;
      const date = field(item, 'date');
      if (isBlank(date)) return undefined;
      const dated = child(item, 'date');
      const type = field(dated, 'type');
      if (type === 'hard') return undefined;
      const day = typeof date === 'string' ? text(date) : text(field(dated, 'value'));
      const when = day === undefined ? 'a date' : `a date (${day})`;
      return {
        path: type === undefined ? ['spec', 'items', index, 'date'] : ['spec', 'items', index, 'date', 'type'],
        target: type === undefined ? 'key' : 'value',
        message: `Item "${idOf(item, index)}" is in ${horizon}${isDerivedHorizon(item) ? ` (${String(field(item, 'timeframe'))})` : ''} with ${when} that is not a hard commitment: consider removing it, since estimates this far out read as promises, or mark it hard if it is a real external deadline.`,
      };
    });
  },
});
