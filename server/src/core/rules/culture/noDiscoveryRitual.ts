import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, field, list } from '../../model/specModel';
import { CADENCES, charterExample, nameOf, ritualExample } from './shared';

export const noDiscoveryRitual = defineRule<{ slowest: string }>({
  meta: {
    id: 'culture/no-discovery-ritual',
    area: 'culture',
    severity: 'warning',
    description: 'The charter has a discovery ritual at weekly cadence or faster.',
    rationale:
      'Continuous discovery means the team learns from customers every week, not once a quarter. A recurring discovery ritual, such as customer interviews or a discovery review with designers and engineers, keeps ideas tested before they are built. Weekly is a practitioner heuristic: consider what rhythm keeps your teams close to customers.',
    options: {
      slowest: {
        default: 'weekly',
        description: 'The slowest cadence a discovery ritual may have: daily, weekly, biweekly, monthly or quarterly.',
      },
    },
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(ritualExample('Discovery review', 'discovery', 'monthly')),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(ritualExample('Discovery review', 'discovery', 'weekly')),
      },
    },
  },
  check({ doc, options }) {
    const spec = charterSpec(doc);
    if (!spec) return [];
    const slowest = (CADENCES as readonly string[]).includes(options.slowest) ? options.slowest : 'weekly';
    const limit = CADENCES.indexOf(slowest as (typeof CADENCES)[number]);
    const discovery = list(spec, 'rituals').filter(([ritual]) => field(ritual, 'kind') === 'discovery');
    const rank = (cadence: unknown): number => (typeof cadence === 'string' ? CADENCES.indexOf(cadence as (typeof CADENCES)[number]) : -1);
    if (discovery.some(([ritual]) => rank(field(ritual, 'cadence')) >= 0 && rank(field(ritual, 'cadence')) <= limit)) return [];
    if (discovery.length === 0) {
      return [
        {
          path: ['spec', 'rituals'],
          target: 'key',
          message: `The charter has no discovery ritual: consider one at least ${slowest}, such as customer interviews or a discovery review with designers and engineers.`,
        },
      ];
    }
    return discovery.map(([ritual, index]): RuleFinding => {
      const name = nameOf(ritual, index, 'name');
      const cadence = field(ritual, 'cadence');
      const what = rank(cadence) >= 0 ? `is ${String(cadence)}` : cadence === undefined || cadence === null ? 'has no cadence' : 'has no known cadence';
      return {
        path: ['spec', 'rituals', index, 'cadence'],
        message: `Discovery ritual "${name}" ${what}: consider holding discovery at least ${slowest} so the team keeps learning from customers.`,
      };
    });
  },
});
