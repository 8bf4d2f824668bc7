import { escapeHtml as esc, htmlWithCode, safeHref } from './escape';
import { REPORT_CSS } from './htmlStyle';
import { htmlPage } from './page';
import { teamSummary, type LinkOptions } from './markdown';
import { SEVERITY_WEIGHTS, scoreText } from './score';
import { areaChart, scoreChart } from './svgCharts';
import { orgChartSvg } from './svgOrgChart';
import type { AreaReport, Location, Report, ReportFinding, RoadmapSummary, TeamStats } from './types';
import { count, severityCounts } from './words';

/**
 * How links to spec files work in the page. In a webview, a link carries its target in data
 * attributes and the page's script asks the extension to open it; the page loads only that script.
 * In a file, links are plain relative links and the page runs no script at all.
 */
export type HtmlLinks = { readonly kind: 'webview'; readonly cspSource: string; readonly scriptUri: string } | ({ readonly kind: 'file' } & Pick<LinkOptions, 'fileLink'>);

export interface HtmlOptions {
  /** A fresh random value per page: only the page's own style and script carry it. */
  readonly nonce: string;
  readonly fileLabel: (uri: string) => string;
  /**
   * A rule page's link (in the published documentation), the same in a webview and in a file; the
   * rule's why goes with it as a tooltip, and under each rule with findings, for reading offline.
   */
  readonly docsLink: LinkOptions['docsLink'];
  readonly links: HtmlLinks;
  /** The whole report, or only the org chart. */
  readonly view?: 'report' | 'orgChart';
}

/** The responsibility report as one HTML page; every string from a spec file is escaped. */
export function renderHtml(report: Report, options: HtmlOptions): string {
  const { links } = options;
  const locationAttrs = (location: Location): string =>
    links.kind === 'webview'
      ? `href="#" data-uri="${esc(location.uri)}" data-line="${location.range.start.line}" data-character="${location.range.start.character}"`
      : `href="${esc(safeHref(links.fileLink(location)))}"`;
  const rationales = new Map(report.areas.flatMap((area) => area.rules.map((rule) => [rule.id, rule.rationale] as const)));
  // In a webview the script asks the extension to open the page in the browser (the data attribute names the rule).
  const docsAttrs = (docsPath: string, ruleId: string): string => {
    const why = rationales.get(ruleId);
    return `href="${esc(safeHref(options.docsLink(docsPath)))}"${why ? ` title="${esc(why)}"` : ''}${links.kind === 'webview' ? ` data-rule="${esc(ruleId)}"` : ''}`;
  };
  const context: Context = { fileLabel: options.fileLabel, locationAttrs, docsAttrs };

  const chart =
    report.orgChart.length > 0 ? `<div class="chart">${orgChartSvg(report.orgChart, locationAttrs)}</div>` : '<p class="muted">No team charter with members was found.</p>';
  const body =
    options.view === 'orgChart'
      ? `<h1>Org chart</h1>\n${chart}`
      : [
          '<h1>Responsibility report</h1>',
          summary(report),
          areasSection(report, context),
          otherSection(report.other.findings, context),
          ...(report.roadmaps ?? []).map((roadmap) => roadmapSection(roadmap, context)),
          report.team ? teamSection(report.team, context) : '',
          `<section id="org-chart"><h2>Org chart</h2>${chart}</section>`,
        ].join('\n');

  const title = options.view === 'orgChart' ? 'Org chart' : 'Responsibility report';
  const script = links.kind === 'webview' ? { cspSource: links.cspSource, scriptUri: links.scriptUri } : undefined;
  return htmlPage({ title, nonce: options.nonce, css: REPORT_CSS, main: body, script });
}

interface Context {
  readonly fileLabel: (uri: string) => string;
  readonly locationAttrs: (location: Location) => string;
  readonly docsAttrs: (docsPath: string, ruleId: string) => string;
}

function summary(report: Report): string {
  return `<p class="muted">${count(report.files.length, 'file')} checked on ${esc(report.today)}: ${severityCounts(report.totals)}.</p>`;
}

function areasSection(report: Report, context: Context): string {
  const maxCount = Math.max(0, ...report.areas.flatMap((area) => [area.counts.errors, area.counts.warnings, area.counts.infos]));
  const weights = `A score is 100 minus ${SEVERITY_WEIGHTS.error} per error, ${SEVERITY_WEIGHTS.warning} per warning and ${SEVERITY_WEIGHTS.info} per info, never below 0.`;
  return [
    `<section id="scores"><h2>Score per area</h2><div class="chart">${scoreChart(report.areas)}</div><p class="muted">${weights}</p></section>`,
    ...report.areas.map((area) => areaSection(area, maxCount, context)),
  ].join('\n');
}

function areaSection(area: AreaReport, maxCount: number, context: Context): string {
  const failed = area.rules.filter((rule) => rule.status === 'failed');
  const rules = failed
    .map(
      (rule) =>
        `<li><a ${context.docsAttrs(rule.docs, rule.id)}><code>${esc(rule.id)}</code></a> (${rule.findings.length}): ${htmlWithCode(rule.description)}${rule.rationale ? `<p class="why muted">Why: ${htmlWithCode(rule.rationale)}</p>` : ''}</li>`,
    )
    .join('');
  const total = area.counts.errors + area.counts.warnings + area.counts.infos;
  const more = total - area.topFindings.length;
  return `<section id="area-${esc(area.area)}"><h2>${esc(area.name)}: ${scoreText(area.score)}</h2>
${areaChart(area, maxCount)}
<p>${count(area.passed, 'rule')} passed, ${area.failed} with findings, ${area.skipped} not checked.</p>
${failed.length ? `<h3>Rules with findings</h3><ul>${rules}</ul><h3>Top findings</h3>${findingList(area.topFindings, context)}${more > 0 ? `<p class="muted">and ${more} more</p>` : ''}` : ''}
</section>`;
}

function findingList(findings: readonly ReportFinding[], context: Context): string {
  const items = findings.map((finding) => {
    const where = `${context.fileLabel(finding.location.uri)}:${finding.location.range.start.line + 1}`;
    const code = finding.docs ? `<a ${context.docsAttrs(finding.docs, finding.code)}><code>${esc(finding.code)}</code></a>` : `<code>${esc(finding.code)}</code>`;
    return `<li><span class="severity ${esc(finding.severity)}">${esc(finding.severity)}</span> <a ${context.locationAttrs(finding.location)}>${esc(where)}</a> ${esc(finding.message)} ${code}</li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

function otherSection(findings: readonly ReportFinding[], context: Context): string {
  if (findings.length === 0) return '';
  return `<section id="other"><h2>YAML, schema and configuration problems</h2>${findingList(findings, context)}</section>`;
}

function roadmapSection(roadmap: RoadmapSummary, context: Context): string {
  const rows = roadmap.horizons
    .map((group) => {
      const items = group.items.map((item) => `<a ${context.locationAttrs(item.location)}>${esc(item.title)}</a>${item.timeframe ? ` (${esc(item.timeframe)})` : ''}`);
      return `<tr><td>${esc(group.label)} (${group.items.length})</td><td>${items.join(', ')}</td></tr>`;
    })
    .join('');
  return `<section class="roadmap"><h2>Roadmap: ${esc(roadmap.name)}</h2><table><thead><tr><th>Horizon</th><th>Items</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function teamSection(team: TeamStats, context: Context): string {
  const row = (cells: string[]): string => `<tr>${cells.join('')}</tr>`;
  const number = (value: number): string => `<td class="number">${value}</td>`;
  const link = (location: Location, label: string): string => `<td><a ${context.locationAttrs(location)}>${esc(label)}</a></td>`;
  const headCount = team.headCount.map((entry) => row([`<td>${esc(entry.label)}</td>`, number(entry.count)])).join('');
  const spans = team.spanOfControl
    .map((entry) => row([link(entry.location, entry.name), `<td>${esc(entry.role)}</td>`, number(entry.directReports), number(entry.plannedReports)]))
    .join('');
  const hires = team.openHires
    .map((hire) => row([link(hire.location, hire.label), ...[hire.level, hire.team, hire.targetQuarter, hire.status].map((cell) => `<td>${esc(cell ?? '-')}</td>`)]))
    .join('');
  return `<section id="team"><h2>Team</h2>
<p>${esc(teamSummary(team))}.</p>
<h3>Head count by role</h3><table><thead><tr><th>Role</th><th class="number">Head count</th></tr></thead><tbody>${headCount}</tbody></table>
${spans ? `<h3>Span of control</h3><table><thead><tr><th>Manager</th><th>Role</th><th class="number">Direct reports</th><th class="number">Planned hires</th></tr></thead><tbody>${spans}</tbody></table>` : ''}
${hires ? `<h3>Open hires</h3><table><thead><tr><th>Role</th><th>Level</th><th>Team</th><th>Target</th><th>Status</th></tr></thead><tbody>${hires}</tbody></table>` : ''}
</section>`;
}
