import type { FileResult } from '../check';
import { summarize } from './summary';

/** Machine-readable results: one entry per file, 1-based lines and columns, and the totals. */
export function formatJson(results: readonly FileResult[], relative: (file: string) => string): string {
  const files = results.map((result) => ({
    file: relative(result.file),
    findings: result.findings.map((finding) => ({
      line: finding.start.line + 1,
      column: finding.start.character + 1,
      endLine: finding.end.line + 1,
      endColumn: finding.end.character + 1,
      severity: finding.severity,
      code: finding.code,
      ...(finding.area ? { area: finding.area } : {}),
      message: finding.message,
    })),
  }));
  return JSON.stringify({ files, summary: summarize(results) }, null, 2) + '\n';
}
