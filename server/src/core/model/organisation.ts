/**
 * The product organisation, written once: who is a member, who reports to whom and the span of
 * control of each manager. Rules, the report, the trees and the hovers all read it from here.
 *
 * A member id names one person across the whole workspace. An organisation may keep one team
 * charter per group, and a member of one charter may report to a member of another, so references
 * to members (`reportsTo`, `owner`, `mentor`, a product team's `pm`...) resolve against every
 * charter, and a manager's direct reports are counted over every charter: the span-of-control rule
 * and the report's span table give the same number. When two charters define the same id, the
 * first definition (charters in the order of their uris) is the person; the others are ignored
 * here.
 */
import type { Definition } from '../references';
import type { WorkspaceIndex } from '../workspaceIndex';
import { charterSpec, field, strings, text, textOf, type Read } from './specModel';
import type { TeamCharter } from './specTypes.generated';

/** A member entry of a charter. */
type Member = Read<TeamCharter.Member>;

/** A member entry with the id that names the person. */
export interface MemberRecord {
  readonly id: string;
  readonly entry: Member;
}

export class Organisation {
  private readonly people = new Map<string, Member>();
  private reportsCache: Map<string, string[]> | undefined;
  private listingCache: Map<string, MemberRecord[]> | undefined;

  /** The organisation of member entries, the first entry of an id winning. */
  constructor(members: Iterable<MemberRecord>) {
    for (const { id, entry } of members) if (!this.people.has(id)) this.people.set(id, entry);
  }

  /** True when the id names a member. */
  has(id: string): boolean {
    return this.people.has(id);
  }

  /** The entry of the member an id names. */
  get(id: string): Member | undefined {
    return this.people.get(id);
  }

  /** Every member id, in order of first appearance. */
  ids(): IterableIterator<string> {
    return this.people.keys();
  }

  entries(): IterableIterator<[string, Member]> {
    return this.people.entries();
  }

  /** The id of the member's manager, as written (it may name nobody). */
  managerOf(id: string): string | undefined {
    return textOf(this.people.get(id), 'reportsTo');
  }

  /** The ids of a member's direct reports, over every charter; nobody counts as their own report. */
  directReports(id: string): readonly string[] {
    if (!this.reportsCache) {
      this.reportsCache = new Map();
      for (const [member, entry] of this.people) {
        const manager = textOf(entry, 'reportsTo');
        if (manager === undefined || manager === member) continue;
        const list = this.reportsCache.get(manager) ?? [];
        list.push(member);
        this.reportsCache.set(manager, list);
      }
    }
    return this.reportsCache.get(id) ?? [];
  }

  /**
   * The members whose `teams` list a team, in member order: found once for every team,
   * so that who is on a team is not a walk over every member of the workspace.
   */
  membersListing(teamId: string): readonly MemberRecord[] {
    if (!this.listingCache) {
      this.listingCache = new Map();
      for (const [member, entry] of this.people) {
        for (const team of new Set(strings(field(entry, 'teams')))) {
          const list = this.listingCache.get(team) ?? [];
          list.push({ id: member, entry });
          this.listingCache.set(team, list);
        }
      }
    }
    return this.listingCache.get(teamId) ?? [];
  }

  /** The span of control of a member: how many people report to them directly. */
  span(id: string): number {
    return this.directReports(id).length;
  }
}

const byDefinitions = new WeakMap<readonly Definition[], Organisation>();

/** The organisation of every team charter of the workspace, charters in the order of their uris. */
export function workspaceOrganisation(index: WorkspaceIndex): Organisation {
  const definitions = index.definitions('member');
  let organisation = byDefinitions.get(definitions);
  if (!organisation) {
    const ordered = definitions.map((definition, order) => ({ definition, order })).sort((a, b) => compareUris(a.definition.uri, b.definition.uri) || a.order - b.order);
    organisation = new Organisation(ordered.map(({ definition }) => ({ id: definition.id, entry: definition.entry })));
    byDefinitions.set(definitions, organisation);
  }
  return organisation;
}

/** The order of charters: by uri. */
export function compareUris(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The Head of Product of one charter: the member `headOfProduct` names, else the member with role `head-of-product`. */
export function charterHead<T extends { readonly id: string; readonly role?: unknown }>(headOfProduct: unknown, members: readonly T[]): T | undefined {
  const named = text(headOfProduct);
  return members.find((member) => member.id === named) ?? members.find((member) => member.role === 'head-of-product');
}

/** The people the workspace's charters name as Head of Product (`headOfProduct` naming a member), each once, in the order the charters were read. */
export function headsOfProduct(index: WorkspaceIndex): string[] {
  const heads = new Set<string>();
  for (const charter of index.documents('TeamCharter')) {
    const id = text(field(charterSpec(charter), 'headOfProduct'));
    if (id !== undefined && index.lookup('member', id)) heads.add(id);
  }
  return [...heads];
}
