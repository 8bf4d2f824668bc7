import type { Location, Report } from './types';

/** A location as the command line prints it: a file relative to the current folder and 1-based lines and columns. */
export interface PrintedLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The report as JSON, with every location printed for people and CI tools rather than as a uri. */
export function renderJson(report: Report, fileLabel: (uri: string) => string): string {
  const print = (location: Location): PrintedLocation => ({
    file: fileLabel(location.uri),
    line: location.range.start.line + 1,
    column: location.range.start.character + 1,
    endLine: location.range.end.line + 1,
    endColumn: location.range.end.character + 1,
  });
  const replacer = (key: string, value: unknown): unknown => {
    if (key === 'location' && value && typeof value === 'object' && 'uri' in value) return print(value as Location);
    if (key === 'uri' && typeof value === 'string') return undefined;
    return value;
  };
  const files = report.files.map((file) => ({ file: fileLabel(file.uri), kind: file.kind }));
  return `${JSON.stringify({ ...report, files }, replacer, 2)}\n`;
}
