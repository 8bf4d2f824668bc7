import type { Severity } from '../types';
import type { SeverityCounts } from './types';

/**
 * How much one finding costs an area's score. The score of an area is
 *
 *     100 - (10 × errors + 3 × warnings + 1 × infos), never below 0
 *
 * counted over every finding of the area's rules in every spec file. Hints (severity `hint`) cost
 * nothing. YAML and schema problems belong to no area and cost no area anything; the report lists
 * them apart.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { error: 10, warning: 3, info: 1, hint: 0 };

export function score(counts: SeverityCounts): number {
  const cost = counts.errors * SEVERITY_WEIGHTS.error + counts.warnings * SEVERITY_WEIGHTS.warning + counts.infos * SEVERITY_WEIGHTS.info;
  return Math.max(0, 100 - cost);
}

export function countSeverities(findings: ReadonlyArray<{ readonly severity: Severity }>): SeverityCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else if (finding.severity === 'info') infos++;
  }
  return { errors, warnings, infos };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Most severe first, then by file and position: the order of "top findings". */
export function bySeverity(
  a: { readonly severity: Severity; readonly location: { readonly uri: string; readonly range: { readonly start: { readonly line: number; readonly character: number } } } },
  b: typeof a,
): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.location.uri < b.location.uri ? -1 : a.location.uri > b.location.uri ? 1 : 0) ||
    a.location.range.start.line - b.location.range.start.line ||
    a.location.range.start.character - b.location.range.start.character
  );
}

/** An area's score as people read it: "85/100", or "not checked" when none of its rules could run. */
export function scoreText(score: number | null): string {
  return score === null ? 'not checked' : `${score}/100`;
}
