/**
 * Who is on a product team, written once: the members the team names in its roles (`pm`,
 * `designer`, `analyst`, and `techLead` when it is a member id) and the members whose `teams` list
 * it. A product designer or data analyst who lists the team fills its designer or analyst role when
 * the team names none. The trees, the rules and the report all read this answer.
 *
 * The two sources disagree when a member the team names in a role does not list the team in their
 * `teams`, or when a product designer lists the team while the team names someone else as its
 * designer: `membershipConflicts` gives one conflict per such member, reported at the member.
 */
import type { Definition } from '../references';
import type { WorkspaceIndex } from '../workspaceIndex';
import { workspaceOrganisation, type Organisation } from './organisation';
import { field, strings, textOf, type Read } from './specModel';
import type { TeamCharter } from './specTypes.generated';

/** A product team entry of a charter. */
type ProductTeam = Read<TeamCharter.ProductTeam>;

/** The roles a product team names members in. */
export const TEAM_ROLES = ['pm', 'designer', 'analyst'] as const satisfies ReadonlyArray<keyof TeamCharter.ProductTeam>;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The member role that fills a team role when the team names nobody in it. */
const FILLED_BY: Partial<Record<TeamRole, TeamCharter.Member['role']>> = { designer: 'product-designer', analyst: 'data-analyst' };

/** One person on a product team. */
export interface TeamPerson {
  readonly id: string;
  /** The team roles they hold: named by the team, or filled by their own role. */
  readonly roles: readonly TeamRole[];
  /** True when the team names them in a role (`pm`, `designer`, `analyst`, `techLead`). */
  readonly named: boolean;
  /** True when their `teams` list the team. */
  readonly listsTeam: boolean;
}

/** The people of a product team, those it names first (in role order), then those who list it, in member order. */
export function teamPeople(team: ProductTeam, organisation: Organisation): readonly TeamPerson[] {
  const cached = peopleOf.get(team);
  if (cached?.organisation === organisation) return cached.people;
  const people = findTeamPeople(team, organisation);
  peopleOf.set(team, { organisation, people });
  return people;
}

/** The people of each product team entry, while the organisation stays the same. */
const peopleOf = new WeakMap<ProductTeam, { organisation: Organisation; people: readonly TeamPerson[] }>();

function findTeamPeople(team: ProductTeam, organisation: Organisation): TeamPerson[] {
  const teamId = textOf(team, 'id');
  const lists = (id: string): boolean => teamId !== undefined && strings(field(organisation.get(id), 'teams')).includes(teamId);
  const people = new Map<string, { roles: TeamRole[]; named: boolean }>();
  for (const role of TEAM_ROLES) {
    const id = textOf(team, role);
    if (id === undefined) continue;
    const person = people.get(id) ?? { roles: [], named: true };
    person.roles.push(role);
    people.set(id, person);
  }
  const techLead = textOf(team, 'techLead');
  if (techLead !== undefined && organisation.has(techLead) && !people.has(techLead)) people.set(techLead, { roles: [], named: true });
  if (teamId !== undefined) {
    for (const { id, entry: member } of organisation.membersListing(teamId)) {
      const person = people.get(id) ?? { roles: [], named: false };
      for (const role of TEAM_ROLES) {
        if (FILLED_BY[role] === field(member, 'role') && textOf(team, role) === undefined && !person.roles.includes(role)) person.roles.push(role);
      }
      people.set(id, person);
    }
  }
  return [...people].map(([id, person]) => ({ id, roles: person.roles, named: person.named, listsTeam: lists(id) }));
}

/** The ids of the people holding a role on a team (named, or filled by a member who lists the team). */
export function holdersOf(team: ProductTeam, role: TeamRole, organisation: Organisation): string[] {
  return teamPeople(team, organisation)
    .filter((person) => person.roles.includes(role))
    .map((person) => person.id);
}

/** True when a member is on a product team: named by it, or listing it. */
export function isOnTeam(team: ProductTeam, memberId: string, organisation: Organisation): boolean {
  return teamPeople(team, organisation).some((person) => person.id === memberId);
}

/** A member and a product team whose two sources of membership disagree. */
export interface MembershipConflict {
  readonly memberId: string;
  readonly teamId: string;
  /** What disagrees, for a message: `is the designer of product team "tracking" but does not list it in teams`. */
  readonly reason: string;
}

/** Every disagreement between product teams' roles and members' `teams`, one per member and team. */
export function membershipConflicts(teams: Iterable<ProductTeam>, organisation: Organisation): MembershipConflict[] {
  const conflicts: MembershipConflict[] = [];
  for (const team of teams) {
    const teamId = textOf(team, 'id');
    if (teamId === undefined) continue;
    const designer = textOf(team, 'designer');
    for (const person of teamPeople(team, organisation)) {
      const member = organisation.get(person.id);
      if (!member) continue;
      const namedRoles = TEAM_ROLES.filter((role) => textOf(team, role) === person.id);
      if (namedRoles.length > 0 && !person.listsTeam) {
        conflicts.push({ memberId: person.id, teamId, reason: `is the ${namedRoles.join(' and ')} of product team "${teamId}" but does not list it in teams` });
      } else if (person.listsTeam && member.role === 'product-designer' && designer !== undefined && designer !== person.id) {
        conflicts.push({ memberId: person.id, teamId, reason: `lists product team "${teamId}" in teams, but its designer is "${designer}"` });
      }
    }
  }
  return conflicts;
}

const workspaceConflicts = new WeakMap<readonly Definition[], { organisation: Organisation; conflicts: MembershipConflict[] }>();

/** The membership conflicts of the whole workspace, found once while its product teams and members stay the same. */
export function workspaceMembershipConflicts(index: WorkspaceIndex): MembershipConflict[] {
  const teams = index.definitions('team');
  const organisation = workspaceOrganisation(index);
  const cached = workspaceConflicts.get(teams);
  if (cached?.organisation === organisation) return cached.conflicts;
  const conflicts = membershipConflicts(
    teams.map((definition) => definition.entry as ProductTeam),
    organisation,
  );
  workspaceConflicts.set(teams, { organisation, conflicts });
  return conflicts;
}
