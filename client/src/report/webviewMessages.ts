import type { Report } from '../../../server/src/lsp/protocol';

/** What the report page may ask the extension to do, once checked. */
export type WebviewAction = { readonly kind: 'open'; readonly uri: string; readonly line: number; readonly character: number } | { readonly kind: 'docs'; readonly ruleId: string };

/**
 * Checks a message from the report page. The page shows text from spec files, so its messages are
 * not trusted: only files of the report and rules of the catalogue can be opened.
 */
export function parseWebviewMessage(message: unknown, report: Report | undefined): WebviewAction | undefined {
  if (!report || !message || typeof message !== 'object') return undefined;
  const { command, uri, line, character, rule } = message as Record<string, unknown>;
  if (command === 'open') {
    if (typeof uri !== 'string' || !report.files.some((file) => file.uri === uri)) return undefined;
    if (!isPosition(line) || !isPosition(character)) return undefined;
    return { kind: 'open', uri, line, character };
  }
  if (command === 'docs') {
    if (typeof rule !== 'string' || !report.areas.some((area) => area.rules.some((candidate) => candidate.id === rule))) return undefined;
    return { kind: 'docs', ruleId: rule };
  }
  return undefined;
}

function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000_000;
}
