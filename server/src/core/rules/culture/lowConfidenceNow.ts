import { itemHorizon } from '../../model/horizon';
import { field } from '../../model/specModel';
import { defineRule } from '../rule';
import { eachItem, idOf, nowItemExample, roadmapExample } from './shared';

export const lowConfidenceNow = defineRule({
  meta: {
    id: 'culture/low-confidence-now',
    area: 'culture',
    severity: 'warning',
    description: 'A now item (on a timeline roadmap, one whose `timeframe` makes it now) with low confidence is not already in delivery.',
    rationale:
      'Low confidence means the team does not yet know whether the item will reach its outcome. Building it anyway spends engineering time on a guess, when a few days of discovery could raise confidence or kill the idea. Consider moving such items back to discovery and testing the riskiest assumptions first.',
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(nowItemExample('delivery', '      confidence: low\n')),
      },
      passes: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(nowItemExample('discovery', '      confidence: low\n')),
      },
    },
  },
  check({ doc, today }) {
    return eachItem(doc, (item, index) =>
      itemHorizon(item, today) !== 'now' || field(item, 'stage') !== 'delivery' || field(item, 'confidence') !== 'low'
        ? undefined
        : {
            path: ['spec', 'items', index, 'confidence'],
            message: `Now item "${idOf(item, index)}" is in delivery with low confidence: consider going back to discovery to test its riskiest assumptions before building more.`,
          },
    );
  },
});
