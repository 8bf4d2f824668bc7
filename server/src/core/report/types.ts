/** The report model: plain, JSON-serialisable data that the editor, the webview and the command line all draw. */
import type { Area, Range, Severity } from '../types';

/** A place in a spec file. */
export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface ReportFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly area?: Area;
  readonly location: Location;
  /** The rule's documentation page, relative to the package root (`docs/rules/<id>.md`); only for rules. */
  readonly docs?: string;
}

/** passed: checked, nothing found; failed: findings; off: turned off by the configuration; not-applicable: no file of its kinds. */
export type RuleStatus = 'passed' | 'failed' | 'off' | 'not-applicable';

export interface RuleResult {
  readonly id: string;
  /** What the rule checks, with the option values in force ("at most 8 direct reports"). */
  readonly description: string;
  readonly defaultSeverity: Exclude<Severity, 'hint'>;
  readonly status: RuleStatus;
  /** Why the rule matters: the report carries it, so that a saved report explains itself offline. */
  readonly rationale: string;
  readonly docs: string;
  readonly findings: readonly ReportFinding[];
}

export interface AreaReport {
  readonly area: Area;
  readonly name: string;
  /** 0..100 (see `score.ts`), or null when none of the area's rules could run: the area is not checked. */
  readonly score: number | null;
  readonly counts: SeverityCounts;
  readonly passed: number;
  readonly failed: number;
  /** Rules turned off or without a file to check. */
  readonly skipped: number;
  /** Every rule of the area in catalogue order. */
  readonly rules: readonly RuleResult[];
  /** The most severe findings of the area, at most `TOP_FINDINGS`. */
  readonly topFindings: readonly ReportFinding[];
}

export interface HeadCount {
  readonly role: string;
  readonly label: string;
  readonly count: number;
}

export interface SpanOfControl {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly directReports: number;
  /** Hires not yet filled that will report to this manager. */
  readonly plannedReports: number;
  readonly location: Location;
}

export interface OpenHire {
  /** The role as written (`product-designer`) and as people say it ("Product designer"). */
  readonly role: string;
  readonly label: string;
  readonly level?: string;
  readonly team?: string;
  readonly reportsTo?: string;
  readonly targetQuarter?: string;
  readonly status: string;
  readonly reason?: string;
  readonly location: Location;
}

export interface TeamStats {
  readonly members: number;
  readonly headCount: readonly HeadCount[];
  readonly spanOfControl: readonly SpanOfControl[];
  readonly productTeams: number;
  readonly engineers: number;
  /** Hires that are planned, open or interviewing (not filled). */
  readonly openHires: readonly OpenHire[];
}

/** One box of the org chart picture. */
export interface OrgChartNode {
  readonly name: string;
  readonly role: string;
  /** Problems (YAML, schema and reference errors) about the person's entry. */
  readonly problems: number;
  /** Hints (findings of the rules) about the person's entry. */
  readonly hints: number;
  /** The worst severity of those findings: the colour of the badge. */
  readonly severity?: Severity;
  /** True for the person the Head of Product reports to, who is not a member of the team. */
  readonly outside?: boolean;
  /** For the first person of a line outside the Head of Product's: why they are outside it. */
  readonly outsideReason?: string;
  readonly location?: Location;
  readonly children: readonly OrgChartNode[];
}

export interface ReportFile {
  readonly uri: string;
  readonly kind: string;
}

export interface Report {
  /** The date the hints treated as today. */
  readonly today: string;
  readonly files: readonly ReportFile[];
  readonly totals: SeverityCounts;
  readonly areas: readonly AreaReport[];
  /** YAML, schema and configuration findings: they belong to no area and count in no score. */
  readonly other: { readonly counts: SeverityCounts; readonly findings: readonly ReportFinding[] };
  readonly team?: TeamStats;
  /** One tree per reporting line: the Head of Product's, then people outside it. */
  readonly orgChart: readonly OrgChartNode[];
  /** Each roadmap's items by horizon (timeline items by the horizon their timeframe makes them). */
  readonly roadmaps?: readonly RoadmapSummary[];
}

/** A roadmap's items grouped by horizon on the report's date. */
export interface RoadmapSummary {
  readonly name: string;
  readonly location: Location;
  /** Only the groups that hold items, in the order now, next, later, released, unscheduled. */
  readonly horizons: ReadonlyArray<{
    readonly label: string;
    readonly items: ReadonlyArray<{ readonly title: string; readonly location: Location; /** `2027-Q1 (next)` for a timeline item. */ readonly timeframe?: string }>;
  }>;
}
