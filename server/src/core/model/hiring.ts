/**
 * Hiring plans, written once: which positions are still to fill, and how many direct reports each
 * manager gains from them over every charter (a member id is one person across charters, see
 * `organisation.ts`). The hire-breaks-span rule and the report's span table read the same count.
 */
import type { WorkspaceIndex } from '../workspaceIndex';
import { charterSpec, list, textOf, field, type Read } from './specModel';
import type { TeamCharter } from './specTypes.generated';

/** Hiring statuses of positions not yet filled. */
const PENDING_HIRE: readonly string[] = ['planned', 'open', 'interviewing'] satisfies ReadonlyArray<TeamCharter.Hire['status']>;

/** True when a hiring entry is a position still to fill: planned, open or interviewing. */
export function isPendingHire(hire: Read<TeamCharter.Hire>): boolean {
  const status = field(hire, 'status');
  return typeof status === 'string' && PENDING_HIRE.includes(status);
}

/** How many pending hires will report to each manager (`reportsTo`), over the hiring entries given. */
export function plannedReports(hires: Iterable<Read<TeamCharter.Hire>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hire of hires) {
    const manager = textOf(hire, 'reportsTo');
    if (manager !== undefined && isPendingHire(hire)) counts.set(manager, (counts.get(manager) ?? 0) + 1);
  }
  return counts;
}

/** The hiring entries of every charter of the workspace. */
export function workspaceHires(index: WorkspaceIndex): Array<Read<TeamCharter.Hire>> {
  return index.documents('TeamCharter').flatMap((doc) => list(charterSpec(doc), 'hiring').map(([hire]) => hire));
}
