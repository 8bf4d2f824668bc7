import type { Report } from '../report/types';
import { severityCounts } from '../report/words';
import { count } from '../words';
import type { TreeNode } from './treeNode';

/** The last segment of a uri's path, decoded: the file name shown next to a finding. */
export function fileNameOf(uri: string): string {
  const last =
    uri
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** What a finding says before its advice (which follows a colon): `Member "mia" was last assessed 148 days ago (2026-06-30)`. */
export function findingSummary(message: string): string {
  return message.split(/: (?=[a-z])/)[0];
}

/** The part of a rule id after its area: `stale-assessment` for `team-development/stale-assessment`. */
function ruleName(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/**
 * The Responsibilities tree: the four areas with their score, the rules with findings under each, and
 * their findings. Short words first, so that they fit the side bar; the details are in the tooltips.
 * Empty without spec files, so that the view shows its welcome content instead of four perfect scores.
 */
export function responsibilityTree(report: Report): TreeNode[] {
  if (!report.files.some((file) => file.kind !== 'Config')) return [];
  return report.areas.map((area) => {
    const failed = area.rules.filter((rule) => rule.status === 'failed');
    return {
      id: `area/${area.area}`,
      kind: 'area',
      label: area.name,
      // The score alone: the rules beneath count the findings, the tooltip has the rest.
      description: area.score === null ? 'not checked' : `${area.score}/100`,
      tooltip: `${area.name}: ${area.score === null ? 'not checked' : `score ${area.score} of 100`}\n${severityCounts(area.counts)}\n${count(area.passed, 'rule')} passed, ${area.failed} with findings, ${area.skipped} not checked`,
      hints: area.counts.errors + area.counts.warnings + area.counts.infos,
      severity: area.counts.errors ? 'error' : area.counts.warnings ? 'warning' : area.counts.infos ? 'info' : undefined,
      expanded: failed.length > 0 || undefined,
      children: failed.map((rule) => ({
        id: `rule/${rule.id}`,
        kind: 'rule',
        label: ruleName(rule.id),
        description: count(rule.findings.length, 'finding'),
        tooltip: `${rule.id}\n${rule.description}`,
        hints: rule.findings.length,
        severity: rule.findings[0]?.severity,
        children: rule.findings.map((finding, index) => ({
          id: `rule/${rule.id}/${index}`,
          kind: 'finding',
          label: findingSummary(finding.message),
          description: `${fileNameOf(finding.location.uri)}:${finding.location.range.start.line + 1}`,
          tooltip: `${finding.severity}: ${finding.message}\n${rule.id}`,
          severity: finding.severity,
          location: finding.location,
        })),
      })),
    };
  });
}
