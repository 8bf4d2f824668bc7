import type { Finding, Severity } from '../types';

/**
 * What a tree node or an org chart box says about the findings on its entry: problems are what
 * breaks the file (YAML, schema and reference errors, which belong to no area), hints are what the
 * product-leadership rules suggest; `severity` is the worst of them all, which colours the badge.
 */
export interface FindingTally {
  readonly problems: number;
  readonly hints: number;
  readonly severity?: Severity;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

export function tally(findings: readonly Finding[]): FindingTally {
  let problems = 0;
  let hints = 0;
  let severity: Severity | undefined;
  for (const finding of findings) {
    if (finding.area) hints++;
    else problems++;
    if (!severity || RANK[finding.severity] < RANK[severity]) severity = finding.severity;
  }
  return { problems, hints, ...(severity ? { severity } : {}) };
}
