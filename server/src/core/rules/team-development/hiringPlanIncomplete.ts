import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, field, isBlank, list } from '../../model/specModel';
import type { TeamCharter } from '../../model/specTypes.generated';
import { charterExample, hireName } from './shared';

const FIELDS = ['level', 'targetQuarter', 'reason'] as const satisfies ReadonlyArray<keyof TeamCharter.Hire>;

/** `a`, `a or b`, `a, b or c`. */
function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

const HIRE = `  hiring:
    - role: pm
      team: checkout
      reportsTo: dana
      status: planned
`;

export const hiringPlanIncomplete = defineRule({
  meta: {
    id: 'team-development/hiring-plan-incomplete',
    area: 'team-development',
    severity: 'info',
    description: 'Every position still to fill in `hiring` has a `level`, a `targetQuarter` and a `reason`.',
    rationale:
      'Recruiting is the first lever of team development, and it takes months. A hiring plan that says which seniority is needed, by when, and which gap it fills can be checked against the roadmap and defended in budget discussions. Without a level the search has no profile; without a quarter it has no deadline; without a reason it is the first position cut.',
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: { file: 'team.charter.yaml', text: charterExample(HIRE) },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(
          HIRE.replace(
            '      status: planned\n',
            '      level: mid\n      targetQuarter: 2027-Q2\n      reason: Checkout splits into two teams once instalments start.\n      status: planned\n',
          ),
        ),
      },
    },
  },
  check({ doc }) {
    const spec = charterSpec(doc);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    for (const [hire, index] of list(spec, 'hiring')) {
      // A filled position is history: what it lacked no longer matters for the plan.
      if (field(hire, 'status') === 'filled') continue;
      const missing = FIELDS.filter((name) => isBlank(field(hire, name)));
      if (missing.length === 0) continue;
      findings.push({
        path: ['spec', 'hiring', index],
        message: `${hireName(hire, index)} has no ${orList(missing)}: consider adding ${missing.length === 1 ? 'it' : 'them'}, so the plan says what seniority is needed, by when and why.`,
      });
    }
    return findings;
  },
});
