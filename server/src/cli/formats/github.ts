import type { Severity } from '../../core';
import type { FileResult } from '../check';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a workflow command's message, as GitHub's toolkit does: `%`, carriage return and line feed. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as a message, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=...,line=...,col=...,endLine=...,endColumn=...,title=RULE::message`; warnings as
 * `::warning`, info as `::notice`. Lines and columns are 1-based.
 */
export function formatGithub(results: readonly FileResult[], relative: (file: string) => string): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = relative(result.file);
    for (const finding of result.findings) {
      const properties = [
        ['file', file],
        ['line', String(finding.start.line + 1)],
        ['col', String(finding.start.character + 1)],
        ['endLine', String(finding.end.line + 1)],
        ['endColumn', String(finding.end.character + 1)],
        ['title', finding.code],
      ]
        .map(([name, value]) => `${name}=${escapeProperty(value)}`)
        .join(',');
      lines.push(`::${COMMANDS[finding.severity]} ${properties}::${escapeData(finding.message)}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
