import { charterHead, compareUris, Organisation } from '../model/organisation';
import { charterFile, child, field, list, strings, text, type Read } from '../model/specModel';
import type { TeamCharter } from '../model/specTypes.generated';
import type { SpecDocument } from '../specDocument';
import type { Finding, JsonPath } from '../types';
import { tally, type FindingTally } from './findingTally';
import type { ReportInput } from './input';
import { findingsUnder } from './locations';

/** A member of a charter, read defensively: the schema may have failed. */
export interface MemberEntry {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly reportsTo?: string;
  readonly teams: readonly string[];
  readonly path: JsonPath;
  readonly entry: Read<TeamCharter.Member>;
}

/** A team charter with its findings, as the team tree, the statistics and the org chart read it. */
export interface CharterView {
  readonly doc: SpecDocument;
  readonly findings: readonly Finding[];
  readonly members: readonly MemberEntry[];
  readonly headOfProduct?: MemberEntry;
  /** The person the Head of Product reports to (`spec.reportsTo`). */
  readonly manager?: { readonly name?: string; readonly role?: string };
  readonly peers: ReadonlyArray<[Read<TeamCharter.Peer>, number]>;
  readonly productTeams: ReadonlyArray<[Read<TeamCharter.ProductTeam>, number]>;
  readonly hiring: ReadonlyArray<[Read<TeamCharter.Hire>, number]>;
}

/** Someone in a reporting line with the people who report to them. */
export interface ReportingLine {
  readonly member: MemberEntry;
  readonly reports: readonly ReportingLine[];
}

const ROLE_LABELS: Record<TeamCharter.Member['role'], string> = {
  'head-of-product': 'Head of Product',
  director: 'Director of Product',
  'group-pm': 'Group PM',
  'senior-pm': 'Senior PM',
  pm: 'PM',
  apm: 'Associate PM',
  'product-designer': 'Product designer',
  'ux-researcher': 'UX researcher',
  'data-analyst': 'Data analyst',
};

/** The member roles of the schema, in order of seniority. */
export const MEMBER_ROLES = Object.keys(ROLE_LABELS);

/** The charters of the input, read once. */
export function charters(input: ReportInput): CharterView[] {
  return input.documents.filter((doc) => doc.kind === 'TeamCharter').map((doc) => readCharter(doc, input.findings(doc.uri)));
}

/** A role as people say it: `group-pm` is "Group PM"; an unknown role is shown as written. */
export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string | undefined>)[role] ?? role;
}

export function readCharter(doc: SpecDocument, findings: readonly Finding[]): CharterView {
  const spec = child(charterFile(doc), 'spec');
  const members: MemberEntry[] = [];
  for (const [entry, index] of list(spec, 'members')) {
    const id = text(field(entry, 'id'));
    if (!id) continue;
    members.push({
      id,
      name: text(field(entry, 'name')) ?? id,
      role: text(field(entry, 'role')) ?? 'member',
      reportsTo: text(field(entry, 'reportsTo')),
      teams: strings(field(entry, 'teams')),
      path: ['spec', 'members', index],
      entry,
    });
  }
  const headOfProduct = charterHead(field(spec, 'headOfProduct'), members);
  const manager = child(spec, 'reportsTo');
  const managerName = text(field(manager, 'name'));
  const managerRole = text(field(manager, 'role'));
  return {
    doc,
    findings,
    members,
    headOfProduct,
    manager: managerName || managerRole ? { name: managerName, role: managerRole } : undefined,
    peers: list(spec, 'peers'),
    productTeams: list(spec, 'productTeams'),
    hiring: list(spec, 'hiring'),
  };
}

/** The organisation of every charter (a member id is one person across charters: see `model/organisation`). */
export function organisationOf(charters: readonly CharterView[]): Organisation {
  const ordered = [...charters].sort((a, b) => compareUris(a.doc.uri, b.doc.uri));
  return new Organisation(ordered.flatMap((charter) => charter.members.map((member) => ({ id: member.id, entry: member.entry }))));
}

/** How many findings of the charter are about the entry at a path. */
export function hintsAt(charter: CharterView, path: JsonPath): number {
  return findingsUnder(charter.doc, charter.findings, path).length;
}

/** The problems and hints of the charter about the entry at a path. */
export function findingsAt(charter: CharterView, path: JsonPath): FindingTally {
  return tally(findingsUnder(charter.doc, charter.findings, path));
}

/** Why someone at the top of a line outside the Head of Product's is there. */
export function outsideReason(charter: CharterView, member: MemberEntry): string {
  if (!member.reportsTo) return charter.headOfProduct ? 'no reportsTo' : 'no Head of Product';
  if (member.reportsTo === member.id) return 'reports to themself';
  if (!charter.members.some((other) => other.id === member.reportsTo)) return `reportsTo "${member.reportsTo}" is not a member`;
  return 'in a reporting cycle';
}

/**
 * Who reports to whom: the Head of Product's line, then everyone outside it (an unknown manager,
 * no manager, or a cycle), each person once.
 */
export function reportingLines(charter: CharterView): { readonly head?: ReportingLine; readonly unplaced: readonly ReportingLine[] } {
  const placed = new Set<string>();
  const reportsOf = (manager: MemberEntry): MemberEntry[] => charter.members.filter((member) => member.reportsTo === manager.id && member !== manager);
  const line = (member: MemberEntry): ReportingLine => {
    const reports = reportsOf(member).filter((report) => !placed.has(report.id));
    reports.forEach((report) => placed.add(report.id));
    return { member, reports: reports.map(line) };
  };
  const visit = (member: MemberEntry): ReportingLine => {
    placed.add(member.id);
    return line(member);
  };
  const head = charter.headOfProduct ? visit(charter.headOfProduct) : undefined;
  const unplaced: ReportingLine[] = [];
  const remaining = (): MemberEntry[] => charter.members.filter((member) => !placed.has(member.id));
  // Tops first: people whose manager is not among the remaining people; then whatever a cycle left.
  const open = new Set(remaining().map((member) => member.id));
  for (const member of remaining()) {
    if (!placed.has(member.id) && !(member.reportsTo && open.has(member.reportsTo) && member.reportsTo !== member.id)) unplaced.push(visit(member));
  }
  for (const member of remaining()) if (!placed.has(member.id)) unplaced.push(visit(member));
  return { head, unplaced };
}
