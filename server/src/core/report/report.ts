import { AREAS, type Area, type Finding } from '../types';
import { ruleDocsPath } from '../ruleDocsPath';
import type { SpecDocument } from '../specDocument';
import type { ReportInput } from './input';
import { findingLocation } from './locations';
import { orgChart } from './orgChart';
import { roadmapSummaries } from './roadmapSummary';
import { describeRule } from '../rules/describe';
import { bySeverity, countSeverities, score } from './score';
import { charters } from './charter';
import { teamStats } from './teamStats';
import type { AreaReport, Report, ReportFinding, RuleResult, RuleStatus } from './types';

export const AREA_NAMES: Readonly<Record<Area, string>> = {
  'team-development': 'Team development',
  vision: 'Vision creation',
  execution: 'Execution',
  culture: 'Culture',
};

/** How many findings an area lists as its top findings. */
export const TOP_FINDINGS = 10;

export { ruleDocsPath };

/** The responsibility report: per area its rules passed and failed, a score and the top findings; the team's statistics and org chart. */
export function buildReport(input: ReportInput): Report {
  const ruleIds = new Set(input.rules.map((rule) => rule.id));
  const all: ReportFinding[] = [];
  for (const doc of input.documents) {
    for (const finding of input.findings(doc.uri)) all.push(reportFinding(doc, finding, ruleIds));
  }
  all.sort(bySeverity);
  const kinds = new Set(input.documents.map((doc) => doc.kind));
  const areas = AREAS.map((area): AreaReport => {
    const findings = all.filter((finding) => finding.area === area);
    const rules = input.rules
      .filter((rule) => rule.area === area)
      .map((rule): RuleResult => {
        const own = findings.filter((finding) => finding.code === rule.id);
        const status: RuleStatus = own.length > 0 ? 'failed' : input.isOff(rule.id) ? 'off' : rule.kinds.some((kind) => kinds.has(kind)) ? 'passed' : 'not-applicable';
        return {
          id: rule.id,
          description: describeRule(rule, input.optionsOf?.(rule.id)),
          defaultSeverity: rule.severity,
          status,
          rationale: rule.rationale,
          docs: ruleDocsPath(rule.id),
          findings: own,
        };
      });
    const counts = countSeverities(findings);
    // An area none of whose rules ran (turned off, or no file of the kinds they read) has no score.
    const checked = rules.some((rule) => rule.status === 'passed' || rule.status === 'failed');
    return {
      area,
      name: AREA_NAMES[area],
      score: checked ? score(counts) : null,
      counts,
      passed: rules.filter((rule) => rule.status === 'passed').length,
      failed: rules.filter((rule) => rule.status === 'failed').length,
      skipped: rules.filter((rule) => rule.status === 'off' || rule.status === 'not-applicable').length,
      rules,
      topFindings: findings.slice(0, TOP_FINDINGS),
    };
  });
  const other = all.filter((finding) => !finding.area || !AREAS.includes(finding.area));
  const teams = charters(input);
  return {
    today: input.today,
    files: input.documents.map((doc) => ({ uri: doc.uri, kind: doc.kind ?? 'unknown' })),
    totals: countSeverities(all),
    areas,
    other: { counts: countSeverities(other), findings: other },
    team: teamStats(teams),
    orgChart: orgChart(teams),
    roadmaps: roadmapSummaries(input),
  };
}

function reportFinding(doc: SpecDocument, finding: Finding, ruleIds: ReadonlySet<string>): ReportFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    ...(finding.area ? { area: finding.area } : {}),
    location: findingLocation(doc, finding),
    ...(ruleIds.has(finding.code) ? { docs: ruleDocsPath(finding.code) } : {}),
  };
}
