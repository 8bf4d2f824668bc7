import type { Report, TreeNode } from './types';
import { count, severityCounts } from './words';

/** The last segment of a uri's path, decoded: the file name shown next to a finding. */
export function fileNameOf(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The Responsibilities tree: the four areas with their score, the rules with findings under each, and their findings. */
export function responsibilityTree(report: Report): TreeNode[] {
  return report.areas.map((area) => {
    const failed = area.rules.filter((rule) => rule.status === 'failed');
    const checked = area.passed + area.failed;
    return {
      id: `area/${area.area}`,
      kind: 'area',
      label: area.name,
      description: area.score === null ? 'not checked' : `${area.score}/100 · ${area.failed} of ${checked} rules with findings`,
      tooltip: `${area.name}: ${area.score === null ? 'not checked' : `score ${area.score} of 100`}\n${severityCounts(area.counts)}\n${count(area.passed, 'rule')} passed, ${area.failed} with findings, ${area.skipped} not checked`,
      hints: area.counts.errors + area.counts.warnings + area.counts.infos,
      severity: area.counts.errors ? 'error' : area.counts.warnings ? 'warning' : area.counts.infos ? 'info' : undefined,
      expanded: failed.length > 0 || undefined,
      children: failed.map((rule) => ({
        id: `rule/${rule.id}`,
        kind: 'rule',
        label: rule.id,
        description: count(rule.findings.length, 'finding'),
        tooltip: rule.description,
        hints: rule.findings.length,
        severity: rule.findings[0]?.severity,
        children: rule.findings.map((finding, index) => ({
          id: `rule/${rule.id}/${index}`,
          kind: 'finding',
          label: finding.message,
          description: `${fileNameOf(finding.location.uri)}:${finding.location.range.start.line + 1}`,
          tooltip: `${finding.severity}: ${finding.message}\n${rule.id}`,
          severity: finding.severity,
          location: finding.location,
        })),
      })),
    };
  });
}
