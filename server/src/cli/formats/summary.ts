import type { FileResult } from '../check';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function summarize(results: readonly FileResult[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}
