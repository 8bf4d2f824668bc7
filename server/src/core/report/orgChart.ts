import { findingsAt, outsideReason, reportingLines, roleLabel, type CharterView, type ReportingLine } from './charter';
import { locationOf } from './locations';
import type { OrgChartNode } from './types';

/** The org chart picture's trees: per charter, the Head of Product's manager above the reporting line, then people outside it with the reason. */
export function orgChart(charters: readonly CharterView[]): OrgChartNode[] {
  return charters.flatMap((charter) => {
    const lines = reportingLines(charter);
    const node = (line: ReportingLine): OrgChartNode => ({
      name: line.member.name,
      role: roleLabel(line.member.role),
      ...findingsAt(charter, line.member.path),
      location: locationOf(charter.doc, line.member.path),
      children: line.reports.map(node),
    });
    const roots: OrgChartNode[] = [];
    const head = lines.head ? node(lines.head) : undefined;
    if (charter.manager) {
      roots.push({
        name: charter.manager.name ?? charter.manager.role ?? '',
        role: charter.manager.name ? (charter.manager.role ?? '') : '',
        ...findingsAt(charter, ['spec', 'reportsTo']),
        outside: true,
        location: locationOf(charter.doc, ['spec', 'reportsTo']),
        children: head ? [head] : [],
      });
    } else if (head) {
      roots.push(head);
    }
    return roots.concat(lines.unplaced.map((line) => ({ ...node(line), outsideReason: outsideReason(charter, line.member) })));
  });
}
