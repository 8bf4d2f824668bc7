import { plannedReports } from '../model/hiring';
import { text } from '../model/specModel';
import { MEMBER_ROLES, organisationOf, roleLabel, type CharterView } from './charter';
import { locationOf } from './locations';
import type { HeadCount, OpenHire, SpanOfControl, TeamStats } from './types';

/** Head count by role, span of control per manager (reports in any charter), product teams and open hires, over every charter. */
export function teamStats(charters: readonly CharterView[]): TeamStats | undefined {
  if (charters.length === 0) return undefined;
  const members = charters.flatMap((charter) => charter.members.map((member) => ({ charter, member })));
  const roles = new Map<string, number>();
  for (const { member } of members) roles.set(member.role, (roles.get(member.role) ?? 0) + 1);
  const rank = (role: string): number => (MEMBER_ROLES.includes(role) ? MEMBER_ROLES.indexOf(role) : MEMBER_ROLES.length);
  const headCount: HeadCount[] = [...roles.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([role, count]) => ({ role, label: roleLabel(role), count }));

  const openHires: OpenHire[] = [];
  for (const charter of charters) {
    for (const [hire, index] of charter.hiring) {
      const status = text(hire.status) ?? 'unknown';
      if (status === 'filled') continue;
      openHires.push({
        role: text(hire.role) ?? 'unknown',
        label: roleLabel(text(hire.role) ?? 'unknown'),
        level: text(hire.level),
        team: text(hire.team),
        reportsTo: text(hire.reportsTo),
        targetQuarter: text(hire.targetQuarter),
        status,
        reason: text(hire.reason),
        location: locationOf(charter.doc, ['spec', 'hiring', index]),
      });
    }
  }

  // Direct reports counted over every charter, the way team-development/span-of-control counts them; each person once.
  const organisation = organisationOf(charters);
  // Pending hires counted as team-development/hire-breaks-span counts them.
  const pending = plannedReports(charters.flatMap((charter) => charter.hiring.map(([hire]) => hire)));
  const spanOfControl: SpanOfControl[] = [];
  for (const { charter, member } of members) {
    if (organisation.get(member.id) !== member.entry) continue;
    const directReports = organisation.span(member.id);
    const planned = pending.get(member.id) ?? 0;
    if (directReports === 0 && planned === 0) continue;
    spanOfControl.push({
      id: member.id,
      name: member.name,
      role: roleLabel(member.role),
      directReports,
      plannedReports: planned,
      location: locationOf(charter.doc, member.path),
    });
  }

  let productTeams = 0;
  let engineers = 0;
  for (const charter of charters) {
    for (const [team] of charter.productTeams) {
      productTeams++;
      if (typeof team.engineers === 'number' && Number.isFinite(team.engineers)) engineers += team.engineers;
    }
  }
  return { members: members.length, headCount, spanOfControl, productTeams, engineers, openHires };
}
