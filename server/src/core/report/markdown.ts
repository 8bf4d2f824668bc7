import { escapeMarkdown as md, markdownHref } from './escape';
import { SEVERITY_WEIGHTS, scoreText } from './score';
import type { Location, OrgChartNode, Report, ReportFinding, RoadmapSummary, TeamStats } from './types';
import { count, severityCounts } from './words';

/** How a renderer names and links files and rule pages; the editor and the command line each know their own. */
export interface LinkOptions {
  /** A short name for a file: a path relative to the workspace or the current folder. */
  readonly fileLabel: (uri: string) => string;
  /** A link that opens a location, relative to where the report is written. */
  readonly fileLink: (location: Location) => string;
  /** A link to a rule's page, given its path relative to the package root (`docs/rules/<id>.md`). */
  readonly docsLink: (docsPath: string) => string;
}

/** The responsibility report as Markdown: the same content as the webview, for pull requests and wikis. */
export function renderMarkdown(report: Report, links: LinkOptions): string {
  const out: string[] = ['# Responsibility report', ''];
  out.push(`${count(report.files.length, 'file')} checked on ${report.today}: ${severityCounts(report.totals)}.`, '');
  out.push('| Area | Score | Rules passed | Rules with findings | Not checked | Errors | Warnings | Infos |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const area of report.areas) {
    out.push(
      `| ${area.name} | ${area.score ?? 'not checked'} | ${area.passed} | ${area.failed} | ${area.skipped} | ${area.counts.errors} | ${area.counts.warnings} | ${area.counts.infos} |`,
    );
  }
  out.push('', `A score is 100 minus ${SEVERITY_WEIGHTS.error} per error, ${SEVERITY_WEIGHTS.warning} per warning and ${SEVERITY_WEIGHTS.info} per info, never below 0.`, '');

  for (const area of report.areas) {
    out.push(`## ${area.name}: ${scoreText(area.score)}`, '');
    const failed = area.rules.filter((rule) => rule.status === 'failed');
    if (failed.length === 0) {
      out.push(area.passed > 0 ? `All ${area.passed} checked rules passed.` : 'No rule of this area was checked.', '');
      continue;
    }
    out.push('Rules with findings:', '');
    for (const rule of failed) {
      out.push(`- [${md(rule.id)}](${markdownHref(links.docsLink(rule.docs))}) (${rule.findings.length}): ${rule.description}`);
    }
    out.push('', 'Top findings:', '');
    for (const finding of area.topFindings) out.push(findingLine(finding, links));
    const more = area.counts.errors + area.counts.warnings + area.counts.infos - area.topFindings.length;
    if (more > 0) out.push(`- and ${more} more`);
    out.push('');
  }

  if (report.other.findings.length > 0) {
    out.push('## YAML, schema and configuration problems', '');
    for (const finding of report.other.findings) out.push(findingLine(finding, links));
    out.push('');
  }
  for (const roadmap of report.roadmaps ?? []) out.push(...roadmapSection(roadmap, links));
  if (report.team) out.push(...teamSection(report.team, links));
  if (report.orgChart.length > 0) {
    out.push('## Org chart', '');
    const walk = (node: OrgChartNode, depth: number): void => {
      const outside = node.outsideReason ? `, outside the reporting line: ${md(node.outsideReason)}` : '';
      out.push(`${'  '.repeat(depth)}- ${md(node.name)}${node.role ? ` (${md(node.role)}${outside})` : outside ? ` (${outside.slice(2)})` : ''}`);
      node.children.forEach((child) => walk(child, depth + 1));
    };
    report.orgChart.forEach((root) => walk(root, 0));
    out.push('');
  }
  return out.join('\n');
}

function findingLine(finding: ReportFinding, links: LinkOptions): string {
  const where = `${links.fileLabel(finding.location.uri)}:${finding.location.range.start.line + 1}`;
  const code = finding.docs ? `[${md(finding.code)}](${markdownHref(links.docsLink(finding.docs))})` : md(finding.code);
  return `- **${finding.severity}** [${md(where)}](${markdownHref(links.fileLink(finding.location))}) ${md(finding.message)} (${code})`;
}

/** A roadmap's items by horizon, a timeline item with its timeframe and the horizon it makes it. */
function roadmapSection(roadmap: RoadmapSummary, links: LinkOptions): string[] {
  const out = [`## Roadmap: ${md(roadmap.name)}`, '', '| Horizon | Items |', '|---|---|'];
  for (const group of roadmap.horizons) {
    const items = group.items.map((item) => `[${md(item.title)}](${markdownHref(links.fileLink(item.location))})${item.timeframe ? ` (${md(item.timeframe)})` : ''}`);
    out.push(`| ${md(group.label)} (${group.items.length}) | ${items.join(', ')} |`);
  }
  out.push('');
  return out;
}

function teamSection(team: TeamStats, links: LinkOptions): string[] {
  const out = ['## Team', ''];
  out.push(`${teamSummary(team)}.`, '');
  out.push('| Role | Head count |', '|---|---:|');
  for (const row of team.headCount) out.push(`| ${md(row.label)} | ${row.count} |`);
  out.push('');
  if (team.spanOfControl.length > 0) {
    out.push('| Manager | Role | Direct reports | Planned hires |', '|---|---|---:|---:|');
    for (const row of team.spanOfControl) {
      out.push(`| [${md(row.name)}](${markdownHref(links.fileLink(row.location))}) | ${md(row.role)} | ${row.directReports} | ${row.plannedReports} |`);
    }
    out.push('');
  }
  if (team.openHires.length > 0) {
    out.push('| Open hire | Level | Team | Target | Status |', '|---|---|---|---|---|');
    for (const hire of team.openHires) {
      const cells = [hire.level, hire.team, hire.targetQuarter].map((cell) => (cell ? md(cell) : '-'));
      out.push(`| [${md(hire.label)}](${markdownHref(links.fileLink(hire.location))}) | ${cells.join(' | ')} | ${md(hire.status)} |`);
    }
    out.push('');
  }
  return out;
}

/** "13 members, 4 product teams, 19 engineers, 2 open or planned hires". */
export function teamSummary(team: TeamStats): string {
  return [count(team.members, 'member'), count(team.productTeams, 'product team'), count(team.engineers, 'engineer'), count(team.openHires.length, 'open or planned hire')].join(
    ', ',
  );
}
