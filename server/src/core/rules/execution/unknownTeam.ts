import { workspaceOrganisation } from '../../model/organisation';
import { isOnTeam, workspaceMembershipConflicts } from '../../model/productTeams';
import { defineRule, type RuleFinding } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { charterSpec, field, list, roadmapSpec, textOf, type Read } from '../../model/specModel';
import type { TeamCharter } from '../../model/specTypes.generated';
import { charterExample, idOf } from './shared';

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
    const { doc, index } = context;
    const charter = charterSpec(doc);
    const roadmap = roadmapSpec(doc);
    if (!charter && !roadmap) return [];
    const findings: RuleFinding[] = unknownReferences(context, 'execution/unknown-team');
    const organisation = workspaceOrganisation(index);
    if (charter) {
      // Team roles and members' `teams` disagreeing: one finding at each member of this charter concerned.
      const local = new Map<string, [Read<TeamCharter.Member>, number]>();
      for (const [member, m] of list(charter, 'members')) {
        const id = textOf(member, 'id');
        if (id !== undefined && !local.has(id)) local.set(id, [member, m]);
      }
      for (const conflict of workspaceMembershipConflicts(index)) {
        const entry = local.get(conflict.memberId);
        if (entry === undefined || organisation.get(conflict.memberId) !== entry[0]) continue;
        const [member, m] = entry;
        const listed = field(member, 'teams') !== undefined;
        findings.push({
          path: listed ? ['spec', 'members', m, 'teams'] : ['spec', 'members', m, 'id'],
          target: listed ? 'key' : 'value',
          message: `Member "${conflict.memberId}" ${conflict.reason}: make the product team and the member's teams say the same.`,
        });
      }
      return findings;
    }
    for (const [item, i] of list(roadmap, 'items')) {
      const team = textOf(item, 'team');
      const owner = textOf(item, 'owner');
      if (team === undefined || owner === undefined || !organisation.has(owner)) continue;
      const definitions = index.definitions('team', team);
      if (definitions.length === 0 || definitions.some((definition) => isOnTeam(definition.entry, owner, organisation))) continue;
      findings.push({
        path: ['spec', 'items', i, 'owner'],
        message: `Item "${idOf(item, i)}" is owned by "${owner}", who is not on product team "${team}": consider an owner from that team, or add "${team}" to the teams of "${owner}" in the charter.`,
      });
    }
    return findings;
  },
});
