import { defineRule, type RuleFinding } from '../rule';
import { entries } from '../util';
import { itemName, roadmapExample, specOf } from './shared';

export const lowConfidenceNow = defineRule({
  meta: {
    id: 'culture/low-confidence-now',
    area: 'culture',
    severity: 'warning',
    description: 'A now item with low confidence is not already in delivery.',
    rationale:
      'Low confidence means the team does not yet know whether the item will reach its outcome. Building it anyway spends engineering time on a guess, when a few days of discovery could raise confidence or kill the idea. Consider moving such items back to discovery and testing the riskiest assumptions first.',
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: now
      theme: cash-flow
      owner: sam
      stage: delivery
      confidence: low
`),
      },
      passes: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: now
      theme: cash-flow
      owner: sam
      stage: discovery
      confidence: low
`),
      },
    },
  },
  check({ value }) {
    const spec = specOf(value);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    for (const [item, index] of entries(spec.items)) {
      if (item.horizon !== 'now' || item.stage !== 'delivery' || item.confidence !== 'low') continue;
      findings.push({
        path: ['spec', 'items', index, 'confidence'],
        message: `Now item "${itemName(item, index)}" is in delivery with low confidence: consider going back to discovery to test its riskiest assumptions before building more.`,
      });
    }
    return findings;
  },
});
