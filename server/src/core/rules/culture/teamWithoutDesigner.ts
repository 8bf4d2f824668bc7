import { workspaceOrganisation } from '../../model/organisation';
import { holdersOf } from '../../model/productTeams';
import { defineRule, type RuleFinding } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { charterSpec, field, list } from '../../model/specModel';
import { isPendingHire } from '../../model/hiring';
import { count, quoteList } from '../util';
import { charterExample, idOf, payoutsTeamExample } from './shared';

export const teamWithoutDesigner = defineRule<{ maxTeams: number }>({
  meta: {
    id: 'culture/team-without-designer',
    area: 'culture',
    severity: 'warning',
    description:
      'Every product team has a designer (the `designer` it names, or a product designer whose `teams` list it), the `designer` names a member, and no designer is on more than `maxTeams` teams.',
    rationale:
      "True collaboration means the product manager, a designer and engineers solve problems together from discovery on. A team without a designer ships interfaces nobody designed, and a designer spread over many teams only has time to polish screens after the decisions are made. Two teams per designer is a practitioner heuristic: consider what lets each designer take part in every team's discovery.",
    options: {
      maxTeams: { default: 2, description: 'The most product teams one member may be the designer of.' },
    },
    kinds: ['TeamCharter'],
    crossFile: true,
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(payoutsTeamExample('')),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(`    - id: lea
      name: Léa Dubois
      role: product-designer
      reportsTo: dana
      teams: [payouts]
${payoutsTeamExample('      designer: lea\n')}`),
      },
    },
  },
  check(context) {
    const { doc, options } = context;
    const spec = charterSpec(doc);
    if (!spec) return [];
    const findings: RuleFinding[] = unknownReferences(context, 'culture/team-without-designer');
    const organisation = workspaceOrganisation(context.index);
    const teams = list(spec, 'productTeams');
    const byDesigner = new Map<string, Array<[string, number]>>();
    for (const [team, index] of teams) {
      const name = idOf(team, index);
      const designers = holdersOf(team, 'designer', organisation);
      if (designers.length > 0) {
        for (const designer of designers) {
          const list = byDesigner.get(designer) ?? [];
          list.push([name, index]);
          byDesigner.set(designer, list);
        }
        continue;
      }
      const hire = list(spec, 'hiring').find(([entry]) => field(entry, 'role') === 'product-designer' && field(entry, 'team') === field(team, 'id') && isPendingHire(entry));
      const hiring = hire ? ` (a product-designer hire for it is ${String(field(hire[0], 'status'))})` : '';
      findings.push({
        path: ['spec', 'productTeams', index, 'designer'],
        message: hire
          ? `Product team "${name}" has no designer${hiring}: consider who covers design until the hire starts, so design takes part in discovery from the start.`
          : `Product team "${name}" has no designer: consider adding a product designer who works with the PM and engineers from discovery on.`,
      });
    }
    for (const [designer, list] of byDesigner) {
      if (list.length <= options.maxTeams) continue;
      const names = quoteList(list.map(([name]) => name));
      for (const [, index] of list) {
        findings.push({
          path: ['spec', 'productTeams', index, 'designer'],
          message: `"${designer}" is the designer of ${count(list.length, 'product team')} (${names}): consider at most ${options.maxTeams} per designer so they can take part in each team's discovery.`,
        });
      }
    }
    return findings;
  },
});
