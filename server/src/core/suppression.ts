import { closest } from './suggest';
import type { Finding } from './types';
import { commentsContaining } from './yaml/comments';
import type { ParsedYaml } from './yaml/parse';

const MARKER = 'product-specs-disable';
/** A suppression directive at the start of a comment's text (which runs from its `#` to the end of its line). */
const DIRECTIVE = /^#\s*product-specs-(disable-next-line|disable)\b([^#]*)/;

/** The suppression comments of one file. */
export interface Suppressions {
  /** True when a finding of this rule on this line is suppressed. */
  isSuppressed(ruleId: string, line: number): boolean;
  /** Comments naming rules that do not exist. */
  readonly findings: readonly Finding[];
}

/**
 * Reads the YAML comments (never text inside a block scalar or a quoted value)
 * `# product-specs-disable-next-line RULE-ID` (the next line only) and
 * `# product-specs-disable RULE-ID` (to the end of the file). Without a rule id, every hint is suppressed.
 */
export function readSuppressions(parsed: ParsedYaml, knownRules: readonly string[]): Suppressions {
  const nextLine = new Map<number, Set<string> | 'all'>();
  const fromLine: Array<{ line: number; ids: Set<string> | 'all' }> = [];
  const findings: Finding[] = [];
  const comments = commentsContaining(parsed, MARKER);
  if (comments.length === 0) return { isSuppressed: () => false, findings };
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const offset = comment.offset;
    const line = parsed.lines.position(offset).line;
    const idsText = match[2];
    const ids = new Set<string>();
    let cursor = offset + match[0].length - idsText.length;
    for (const part of idsText.split(/([\s,]+)/)) {
      if (part && !/^[\s,]+$/.test(part)) {
        if (!knownRules.includes(part)) {
          const suggestion = closest(part, knownRules);
          findings.push({
            code: 'suppression/unknown-rule',
            severity: 'warning',
            message: `Unknown rule "${part}" in a suppression comment.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
            range: { start: cursor, end: cursor + part.length },
            data: suggestion ? { replacement: suggestion } : undefined,
          });
        } else {
          ids.add(part);
        }
      }
      cursor += part.length;
    }
    const scope: Set<string> | 'all' = idsText.trim() === '' ? 'all' : ids;
    if (match[1] === 'disable-next-line') nextLine.set(line + 1, scope);
    else fromLine.push({ line, ids: scope });
  }
  const covers = (scope: Set<string> | 'all' | undefined, ruleId: string): boolean => scope === 'all' || (scope !== undefined && scope.has(ruleId));
  return {
    isSuppressed: (ruleId, line) => covers(nextLine.get(line), ruleId) || fromLine.some((entry) => entry.line <= line && covers(entry.ids, ruleId)),
    findings,
  };
}
