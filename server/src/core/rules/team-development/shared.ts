import { workspaceOrganisation, type Organisation } from '../../model/organisation';
import { textOf, type Read } from '../../model/specModel';
import type { TeamCharter } from '../../model/specTypes.generated';
import type { RuleContext } from '../rule';
import { charterFile, HEAD_OF_PRODUCT, REPORTS_TO_CEO } from '../shared/examples';

/** `memberName`: how a member is named in a message, their id or their position. */
export { eachMember, idOf as memberName } from '../shared/read';
export { isPendingHire } from '../../model/hiring';

/** The path of a field of the member at an index. */
export function memberPath(index: number, ...rest: Array<string | number>): Array<string | number> {
  return ['spec', 'members', index, ...rest];
}

/** The roles that can mentor: senior product people. */
export const MENTOR_ROLES: readonly string[] = ['senior-pm', 'group-pm', 'director', 'head-of-product'] satisfies ReadonlyArray<TeamCharter.Member['role']>;

/** How a hiring entry is named in a message: by role and team, or by position. */
export function hireName(hire: Read<TeamCharter.Hire>, index: number): string {
  const role = textOf(hire, 'role');
  const team = textOf(hire, 'team');
  if (role === undefined) return `Hiring entry #${index + 1}${team ? ` for team "${team}"` : ''}`;
  return `The ${role} hire${team ? ` for team "${team}"` : ` #${index + 1}`}`;
}

/** The people of the product organisation: the members of every team charter of the workspace (see `model/organisation`). */
export function organisation({ index }: Pick<RuleContext, 'index'>): Organisation {
  return workspaceOrganisation(index);
}

/** A minimal, valid team charter for a rule's docs examples: `spec` lines after the Head of Product's entry. */
export function charterExample(specLines: string, { head = HEAD } = {}): string {
  return charterFile(specLines, { metadata: '  owner: dana\n', reportsTo: REPORTS_TO_CEO, members: head });
}

/** The Head of Product's member entry in the docs examples. */
export const HEAD = HEAD_OF_PRODUCT;

/** A member entry for the docs examples: `lines` are extra fields, indented by six spaces. */
export function memberExample(id: string, name: string, role: string, lines = ''): string {
  return `    - id: ${id}
      name: ${name}
      role: ${role}
${lines}`;
}

/** The charter's `hiring` with one complete pm position for team checkout, reporting to a manager, for the docs examples. */
export function hireExample(reportsTo: string, status: string): string {
  return `  hiring:
    - role: pm
      level: mid
      team: checkout
      reportsTo: ${reportsTo}
      targetQuarter: 2027-Q2
      reason: Checkout splits into two teams once instalments start.
      status: ${status}
`;
}
