import type { JsonPath } from '../../types';
import type { WorkspaceIndex } from '../../workspaceIndex';
import { defineRule, type RuleFinding } from '../rule';
import { entries, strings, suggester, text } from '../util';
import { charterExample, definedIds, hasCharter, items, nameOf, specOf } from './shared';

/** The roles of a product team that name its members. */
const TEAM_ROLES = ['pm', 'designer', 'analyst', 'techLead'];

/** True when the team lists the member in one of its roles, or the member lists the team in `teams`. */
function isOnTeam(index: WorkspaceIndex, member: string, team: string): boolean {
  const listedByTeam = index.definitions('team', team).some((definition) => TEAM_ROLES.some((role) => definition.entry[role] === member));
  return listedByTeam || index.definitions('member', member).some((definition) => strings(definition.entry.teams).includes(team));
}

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
    description: 'Every team a roadmap item, member or hire names is a product team of a team charter, and an item\'s owner is on its team.',
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
  check({ doc, value, index }) {
    const spec = specOf(value);
    if (!spec || !hasCharter(index)) return [];
    const teams = definedIds(index, 'team');
    const known = new Set(teams);
    const findings: RuleFinding[] = [];
    const suggest = suggester();
    /** Reports a team id that names no product team; returns true when the team is known. */
    const checkTeam = (team: string, path: JsonPath, whose: string): boolean => {
      if (known.has(team)) return true;
      const suggestion = suggest(team, teams);
      findings.push({
        path,
        message: suggestion
          ? `The team "${team}" of ${whose} is not a product team of any team charter: did you mean "${suggestion}"? Otherwise add it to the charter's product teams.`
          : `The team "${team}" of ${whose} is not a product team of any team charter: name one of the product teams, or add it to the charter's product teams.`,
        ...(suggestion ? { data: { replacement: suggestion } } : {}),
      });
      return false;
    };
    if (doc.kind === 'TeamCharter') {
      for (const [member, m] of entries(spec.members)) {
        const list = Array.isArray(member.teams) ? member.teams : [];
        list.forEach((team, t) => {
          if (text(team) !== undefined) checkTeam(team as string, ['spec', 'members', m, 'teams', t], `member "${nameOf(member, m)}"`);
        });
      }
      for (const [hire, h] of entries(spec.hiring)) {
        const team = text(hire.team);
        if (team !== undefined) checkTeam(team, ['spec', 'hiring', h, 'team'], `hire #${h + 1}${text(hire.role) ? ` (${String(hire.role)})` : ''}`);
      }
      return findings;
    }
    const members = new Set(definedIds(index, 'member'));
    for (const [item, i] of items(spec)) {
      const team = text(item.team);
      if (team === undefined) continue;
      const name = nameOf(item, i);
      if (!checkTeam(team, ['spec', 'items', i, 'team'], `item "${name}"`)) continue;
      const owner = text(item.owner);
      if (owner === undefined || !members.has(owner) || isOnTeam(index, owner, team)) continue;
      findings.push({
        path: ['spec', 'items', i, 'owner'],
        message: `Item "${name}" is owned by "${owner}", who is not on product team "${team}": consider an owner from that team, or add "${team}" to the teams of "${owner}" in the charter.`,
      });
    }
    return findings;
  },
});
