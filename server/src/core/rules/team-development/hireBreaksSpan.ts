import { plannedReports, workspaceHires } from '../../model/hiring';
import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, list, textOf, type Read } from '../../model/specModel';
import type { TeamCharter } from '../../model/specTypes.generated';
import { count } from '../util';
import { charterExample, hireExample, hireName, isPendingHire, memberExample, organisation } from './shared';

const REPORTS = ['ravi', 'nora', 'sam', 'mia', 'lea', 'kai', 'ines', 'omar'];

/** A docs example: the Head of Product with eight direct reports and a hire reporting to `manager`. */
function team(manager: string): string {
  return charterExample(
    `${REPORTS.map((id) => memberExample(id, id.charAt(0).toUpperCase() + id.slice(1), id === 'ravi' ? 'group-pm' : 'pm', '      reportsTo: dana\n')).join('')}${hireExample(manager, 'planned')}`,
  );
}

export const hireBreaksSpan = defineRule<{ max: number }>({
  meta: {
    id: 'team-development/hire-breaks-span',
    area: 'team-development',
    severity: 'info',
    description: 'Positions still to fill do not push their manager (`reportsTo`) past `max` direct reports.',
    rationale:
      'A hiring plan changes the shape of the team before anyone joins. When new hires all report to a manager who is already close to the span limit, that manager will have less time to onboard and coach each of them, just when new people need it most. Consider planning the hire under another manager, or adding a group PM or director first. Eight direct reports is a practitioner heuristic, the same as the span of control.',
    options: {
      max: { default: 8, description: "The most direct reports a manager should have once the planned hires join (as `span-of-control`'s `max`)." },
    },
    kinds: ['TeamCharter'],
    crossFile: true,
    examples: {
      fires: { file: 'team.charter.yaml', text: team('dana') },
      passes: { file: 'team.charter.yaml', text: team('ravi') },
    },
  },
  check(context) {
    const spec = charterSpec(context.doc);
    if (!spec) return [];
    const { max } = context.options;
    const pending = new Map<string, Array<[Read<TeamCharter.Hire>, number]>>();
    for (const [hire, index] of list(spec, 'hiring')) {
      const manager = textOf(hire, 'reportsTo');
      if (manager === undefined || !isPendingHire(hire)) continue;
      const list = pending.get(manager) ?? [];
      list.push([hire, index]);
      pending.set(manager, list);
    }
    if (pending.size === 0) return [];
    const people = organisation(context);
    // Every charter's pending hires count, as the report's span table counts them.
    const planned = plannedReports(workspaceHires(context.index));
    const findings: RuleFinding[] = [];
    for (const [manager, hires] of pending) {
      const today = people.span(manager);
      const coming = planned.get(manager) ?? hires.length;
      const after = today + coming;
      // A manager already past the limit is reported by span-of-control.
      if (today > max || after <= max) continue;
      for (const [hire, index] of hires) {
        findings.push({
          path: ['spec', 'hiring', index, 'reportsTo'],
          message: `${hireName(hire, index)} would give "${manager}" ${after} direct reports (${today} today and ${count(coming, 'pending hire')}): consider another manager for it, or adding a group PM or director first, to stay within ${max}.`,
        });
      }
    }
    return findings;
  },
});
