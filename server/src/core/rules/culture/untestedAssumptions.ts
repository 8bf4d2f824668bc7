import { itemHorizon } from '../../model/horizon';
import { defineRule } from '../rule';
import { child, field, list } from '../../model/specModel';
import { eachItem, idOf, nowItemExample, roadmapExample } from './shared';

const EARLY_STAGES = ['opportunity', 'discovery'];

const INTERVIEWS = '      discovery:\n        customerInterviews: 8\n';

export const untestedAssumptions = defineRule({
  meta: {
    id: 'culture/untested-assumptions',
    area: 'culture',
    severity: 'warning',
    description: 'A now item (on a timeline roadmap, one whose `timeframe` makes it now) in stage opportunity or discovery has at least one assumption test.',
    rationale:
      'An item the team is working on now but has not yet validated rests on assumptions about value, usability, feasibility and viability. Testing the riskiest ones quickly, with prototypes and experiments, is what separates rapid learning from building on opinion. Consider recording at least one assumption test per item in discovery so the team can see what it is learning.',
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(nowItemExample('discovery', INTERVIEWS)),
      },
      passes: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(
          nowItemExample(
            'discovery',
            `${INTERVIEWS}        assumptionTests:
          - assumption: Merchants pay a 1% fee to get their money in minutes
            risk: value
            status: running
`,
          ),
        ),
      },
    },
  },
  check({ doc, today }) {
    return eachItem(doc, (item, index) => {
      const itemStage = field(item, 'stage');
      if (itemHorizon(item, today) !== 'now' || typeof itemStage !== 'string' || !EARLY_STAGES.includes(itemStage)) return undefined;
      const discovery = child(item, 'discovery');
      const tests = field(discovery, 'assumptionTests');
      if (list(discovery, 'assumptionTests').length > 0) return undefined;
      const stage = itemStage === 'discovery' ? 'in discovery' : 'an opportunity';
      return {
        path: tests === undefined ? ['spec', 'items', index] : ['spec', 'items', index, 'discovery', 'assumptionTests'],
        message: `Now item "${idOf(item, index)}" is ${stage} with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it.`,
      };
    });
  },
});
