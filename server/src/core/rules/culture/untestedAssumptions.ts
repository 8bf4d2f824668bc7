import { defineRule, type RuleFinding } from '../rule';
import { entries, get } from '../util';
import { itemName, roadmapExample, specOf } from './shared';

const EARLY_STAGES = ['opportunity', 'discovery'];

export const untestedAssumptions = defineRule({
  meta: {
    id: 'culture/untested-assumptions',
    area: 'culture',
    severity: 'warning',
    description: 'A now item in stage opportunity or discovery has at least one assumption test.',
    rationale:
      'An item the team is working on now but has not yet validated rests on assumptions about value, usability, feasibility and viability. Testing the riskiest ones quickly, with prototypes and experiments, is what separates rapid learning from building on opinion. Consider recording at least one assumption test per item in discovery so the team can see what it is learning.',
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
      stage: discovery
      discovery:
        customerInterviews: 8
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
      discovery:
        customerInterviews: 8
        assumptionTests:
          - assumption: Merchants pay a 1% fee to get their money in minutes
            risk: value
            status: running
`),
      },
    },
  },
  check({ value }) {
    const spec = specOf(value);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    for (const [item, index] of entries(spec.items)) {
      if (item.horizon !== 'now' || typeof item.stage !== 'string' || !EARLY_STAGES.includes(item.stage)) continue;
      const tests = get(item, 'discovery', 'assumptionTests');
      if (entries(tests).length > 0) continue;
      const stage = item.stage === 'discovery' ? 'in discovery' : 'an opportunity';
      findings.push({
        path: tests === undefined ? ['spec', 'items', index] : ['spec', 'items', index, 'discovery', 'assumptionTests'],
        message: `Now item "${itemName(item, index)}" is ${stage} with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it.`,
      });
    }
    return findings;
  },
});
