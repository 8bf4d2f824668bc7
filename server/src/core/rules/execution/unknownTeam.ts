import { workspaceOrganisation } from '../../model/organisation';
import { isOnTeam, membershipConflicts } from '../../model/productTeams';
import { defineRule, type RuleFinding } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { entries, text } from '../util';
import { charterExample, items, nameOf, specOf } from './shared';

function charterWithTeams(teams: string): string {
  return charterExample(`    - id: sam
      name: Sam Okafor
      role: senior-pm
      reportsTo: dana
      teams: [${teams}]
  productTeams:
    - id: payouts
      name: Payouts
      mission: Get merchants their money as fast and predictably as possible.
      pm: sam
`);
}

export const unknownTeam = defineRule({
  meta: {
    id: 'execution/unknown-team',
    area: 'execution',
    severity: 'warning',
    description:
      "Every team a roadmap item, member or hire names is a product team of a team charter, an item's owner is on its team, and a product team's roles and its members' `teams` agree.",
    rationale:
      'Product teams are where the work happens: an item assigned to a team that does not exist, or owned by someone outside the team doing it, has no clear home. It is usually a typo or a reorganisation the roadmap has not caught up with. Keeping items, owners and teams consistent makes the load of each team and who to talk to visible.',
    options: {},
    kinds: ['Roadmap', 'TeamCharter'],
    crossFile: true,
    examples: {
      fires: { file: 'team.charter.yaml', text: charterWithTeams('payout') },
      passes: { file: 'team.charter.yaml', text: charterWithTeams('payouts') },
    },
  },
  check(context) {
    const { doc, value, index } = context;
    const spec = specOf(value);
    if (!spec) return [];
    const findings: RuleFinding[] = unknownReferences(context, 'execution/unknown-team');
    const organisation = workspaceOrganisation(index);
    if (doc.kind === 'TeamCharter') {
      // Team roles and members' `teams` disagreeing: one finding at each member of this charter concerned.
      const local = new Map<string, number>();
      for (const [member, m] of entries(spec.members)) {
        const id = text(member.id);
        if (id !== undefined && !local.has(id)) local.set(id, m);
      }
      const teams = index.definitions('team').map((definition) => definition.entry);
      for (const conflict of membershipConflicts(teams, organisation)) {
        const m = local.get(conflict.memberId);
        if (m === undefined || organisation.get(conflict.memberId) !== (spec.members as unknown[])[m]) continue;
        const listed = (spec.members as Array<Record<string, unknown>>)[m].teams !== undefined;
        findings.push({
          path: listed ? ['spec', 'members', m, 'teams'] : ['spec', 'members', m, 'id'],
          target: listed ? 'key' : 'value',
          message: `Member "${conflict.memberId}" ${conflict.reason}: make the product team and the member's teams say the same.`,
        });
      }
      return findings;
    }
    for (const [item, i] of items(spec)) {
      const team = text(item.team);
      const owner = text(item.owner);
      if (team === undefined || owner === undefined || !organisation.has(owner)) continue;
      const definitions = index.definitions('team', team);
      if (definitions.length === 0 || definitions.some((definition) => isOnTeam(definition.entry, owner, organisation))) continue;
      findings.push({
        path: ['spec', 'items', i, 'owner'],
        message: `Item "${nameOf(item, i)}" is owned by "${owner}", who is not on product team "${team}": consider an owner from that team, or add "${team}" to the teams of "${owner}" in the charter.`,
      });
    }
    return findings;
  },
});
