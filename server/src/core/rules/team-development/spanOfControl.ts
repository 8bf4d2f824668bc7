import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, list, textOf } from '../../model/specModel';
import { charterExample, memberExample, memberPath, organisation } from './shared';

const REPORTS = ['ravi', 'nora', 'sam', 'mia', 'lea', 'kai', 'ines', 'omar', 'yuki'];

/** A docs example: the Head of Product with `reports` direct reports. */
function team(reports: number): string {
  return charterExample(
    REPORTS.slice(0, reports)
      .map((id) => memberExample(id, id.charAt(0).toUpperCase() + id.slice(1), 'pm', '      reportsTo: dana\n'))
      .join(''),
  );
}

export const spanOfControl = defineRule<{ max: number; hardMax: number }>({
  meta: {
    id: 'team-development/span-of-control',
    area: 'team-development',
    severity: 'warning',
    description: 'No manager has more than `max` direct reports (an error above `hardMax`).',
    rationale:
      "Coaching is the most important part of a product leader's job, and it takes time: weekly one-on-ones, reviewing work, regular skills assessments. A manager with too many direct reports can only do this superficially. Eight direct reports is a common practitioner heuristic, and above twelve coaching usually stops happening; consider adding a group PM or director level before that point.",
    options: {
      max: { default: 8, description: 'The most direct reports a manager should have before the rule warns.' },
      hardMax: { default: 12, description: 'Above this many direct reports the finding is an error.' },
    },
    kinds: ['TeamCharter'],
    crossFile: true,
    examples: {
      fires: { file: 'team.charter.yaml', text: team(9) },
      passes: { file: 'team.charter.yaml', text: team(8) },
    },
  },
  check(context) {
    const spec = charterSpec(context.doc);
    if (!spec) return [];
    const { max, hardMax } = context.options;
    const people = organisation(context);
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const [member, index] of list(spec, 'members')) {
      const id = textOf(member, 'id');
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      const count = people.span(id);
      if (count > hardMax) {
        findings.push({
          path: memberPath(index, 'id'),
          severity: 'error',
          message: `"${id}" has ${count} direct reports, more than the hard limit of ${hardMax}: consider adding a group PM or director between them so each person gets real coaching time.`,
        });
      } else if (count > max) {
        findings.push({
          path: memberPath(index, 'id'),
          message: `"${id}" has ${count} direct reports: consider at most ${max}, for example by adding a group PM or director between them, so each person gets real coaching time.`,
        });
      }
    }
    return findings;
  },
});
