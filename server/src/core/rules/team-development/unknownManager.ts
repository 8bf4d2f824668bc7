import { defineRule, type RuleFinding } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { text } from '../util';
import { charterExample, memberExample, memberPath, members, organisation, specOf } from './shared';

/** `"a" reports to "b", "b" to "c" and "c" to "a"`. */
function describeCycle(cycle: readonly string[]): string {
  const parts = cycle.map((id, i) => `"${id}"${i === 0 ? ' reports' : ''} to "${cycle[(i + 1) % cycle.length]}"`);
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export const unknownManager = defineRule({
  meta: {
    id: 'team-development/unknown-manager',
    area: 'team-development',
    severity: 'error',
    description:
      "Each member's and each hire's `reportsTo`, the charter's `headOfProduct` and a product team's `pm`, `analyst` and `techLead` (when written as an id, not a name) name a member, and the reporting lines form no cycle.",
    rationale:
      'Reporting lines are how the charter says who coaches whom. A manager id with a typo, or one that still names someone who left, leaves a member without a manager on paper, and spans of control and the org chart come out wrong. A cycle (two people reporting to each other) means the line never reaches the Head of Product, so nobody is accountable for that part of the team.',
    options: {},
    kinds: ['TeamCharter'],
    crossFile: true,
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('sam', 'Sam Okafor', 'senior-pm', '      reportsTo: danna\n')),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('sam', 'Sam Okafor', 'senior-pm', '      reportsTo: dana\n')),
      },
    },
  },
  check(context) {
    const spec = specOf(context.value);
    if (!spec) return [];
    const findings: RuleFinding[] = unknownReferences(context, 'team-development/unknown-manager');
    const local = members(spec);
    const people = organisation(context);
    const managerOf = (id: string): string | undefined => people.managerOf(id);
    // The first entry of each id in this charter: a cycle is reported there.
    const position = new Map<string, number>();
    for (const [member, index] of local) {
      const id = text(member.id);
      if (id !== undefined && !position.has(id)) position.set(id, index);
    }
    const reported = new Set<string>();
    for (const [id] of position) {
      const path: string[] = [];
      let current: string | undefined = id;
      while (current !== undefined && !path.includes(current)) {
        path.push(current);
        current = managerOf(current);
      }
      if (current === undefined) continue;
      const cycle = path.slice(path.indexOf(current));
      const key = [...cycle].sort().join('\n');
      if (reported.has(key)) continue;
      reported.add(key);
      // Report the cycle once, on the cycle member that comes first in this charter.
      const firstLocal = cycle.filter((member) => position.has(member)).sort((a, b) => position.get(a)! - position.get(b)!)[0];
      if (firstLocal === undefined) continue;
      const start = cycle.indexOf(firstLocal);
      const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
      findings.push({
        path: memberPath(position.get(firstLocal)!, 'reportsTo'),
        message:
          rotated.length === 1
            ? `Member "${firstLocal}" reports to themselves: use the id of their manager, or leave reportsTo out for the Head of Product.`
            : `The reporting lines form a cycle: ${describeCycle(rotated)}. Change one reportsTo so the line ends at the Head of Product.`,
      });
    }
    return findings;
  },
});
