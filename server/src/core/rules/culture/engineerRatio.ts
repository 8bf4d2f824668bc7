import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, field, finiteNumber, list } from '../../model/specModel';
import { count } from '../util';
import { charterExample, idOf, payoutsTeamExample } from './shared';

export const engineerRatio = defineRule<{ min: number; max: number }>({
  meta: {
    id: 'culture/engineer-ratio',
    area: 'culture',
    severity: 'info',
    description: 'Each product team has between `min` and `max` engineers.',
    rationale:
      'A product team needs enough engineers to build and run what it discovers, and engineers take part in discovery to say what is feasible. With too few the PM and designer wait on other teams; with too many the team can no longer decide and talk as one group. Two to ten is a practitioner heuristic: consider the size that lets each team own its problem end to end.',
    options: {
      min: { default: 2, description: 'The fewest engineers a product team should have.' },
      max: { default: 10, description: 'The most engineers a product team should have before it is split.' },
    },
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(payoutsTeamExample('      engineers: 1\n')),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(payoutsTeamExample('      engineers: 6\n')),
      },
    },
  },
  check({ doc, options }) {
    const spec = charterSpec(doc);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    for (const [team, index] of list(spec, 'productTeams')) {
      const engineers = finiteNumber(field(team, 'engineers'));
      if (engineers === undefined) continue;
      const name = idOf(team, index);
      const path = ['spec', 'productTeams', index, 'engineers'];
      if (engineers < options.min) {
        findings.push({
          path,
          message: `Product team "${name}" has ${count(engineers, 'engineer')}: consider at least ${options.min} so the team can build and run what it discovers.`,
        });
      } else if (engineers > options.max) {
        findings.push({
          path,
          message: `Product team "${name}" has ${count(engineers, 'engineer')}: consider at most ${options.max}, for example by splitting it into two teams with their own missions.`,
        });
      }
    }
    return findings;
  },
});
