/** Counting the language server's diagnostics for the status bar. Free of the editor's API, so it can be tested. */

import { count } from '../../../server/src/lsp/protocol';

/** The source the language server puts on its diagnostics. */
export const DIAGNOSTIC_SOURCE = 'product-specs';

/** Diagnostic severities as the editor numbers them: Error 0, Warning 1, Information 2, Hint 3. */
export interface CountedDiagnostic {
  readonly severity: number;
  readonly source?: string;
}

export interface StatusCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countSpecDiagnostics(all: Iterable<readonly [unknown, readonly CountedDiagnostic[]]>): StatusCounts {
  let errors = 0;
  let warnings = 0;
  for (const [, diagnostics] of all) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      if (diagnostic.severity === 0) errors++;
      else if (diagnostic.severity === 1) warnings++;
    }
  }
  return { errors, warnings };
}

/** `Specs $(error) 2 $(warning) 5`: named, so it is told apart from the editor's own problem counts. */
export function statusText(counts: StatusCounts): string {
  return `Specs $(error) ${counts.errors} $(warning) ${counts.warnings}`;
}

export function statusTooltip(counts: StatusCounts): string {
  return `Product Specs: ${count(counts.errors, 'error')} and ${count(counts.warnings, 'warning')} in spec files. Click to open the responsibility report.`;
}
