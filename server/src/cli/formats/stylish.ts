import type { Severity } from '../../core';
import { count } from '../../core/words';
import type { FileResult } from '../check';
import type { Colors } from './colors';
import { summarize } from './summary';

const LABELS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

/** `file:line:col  severity  message  rule`, grouped by file, with a summary line. */
export function formatStylish(results: readonly FileResult[], relative: (file: string) => string, c: Colors): string {
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const name = relative(result.file);
    out.push(c.underline(name));
    const rows = result.findings.map((finding) => ({
      where: `${name}:${finding.start.line + 1}:${finding.start.character + 1}`,
      severity: finding.severity,
      message: finding.message,
      code: finding.code,
    }));
    const whereWidth = Math.max(...rows.map((row) => row.where.length));
    const severityWidth = Math.max(...rows.map((row) => LABELS[row.severity].length));
    for (const row of rows) {
      const label = LABELS[row.severity].padEnd(severityWidth);
      const painted = row.severity === 'error' ? c.red(label) : row.severity === 'warning' ? c.yellow(label) : c.blue(label);
      out.push(`  ${c.dim(row.where.padEnd(whereWidth))}  ${painted}  ${row.message}  ${c.dim(row.code)}`);
    }
    out.push('');
  }
  const counts = summarize(results);
  const total = counts.errors + counts.warnings + counts.infos;
  const files = `${count(results.length, 'file')} checked`;
  if (total === 0) {
    out.push(`${files}, no problems found.`);
  } else {
    const line = `${count(total, 'problem')} (${count(counts.errors, 'error')}, ${count(counts.warnings, 'warning')}, ${counts.infos} info) in ${files}.`;
    out.push(counts.errors > 0 ? c.bold(c.red(line)) : counts.warnings > 0 ? c.bold(c.yellow(line)) : c.bold(line));
  }
  return out.join('\n') + '\n';
}
