import { ruleById } from '../rules';
import type { Rule } from '../rules/rule';
import type { SpecDocument } from '../specDocument';
import type { OffsetRange } from '../types';
import { md } from './entities';

/** What hover says about a rule: its area, default severity, what it checks, why, and its options. */
export function ruleMarkdown(rule: Rule): string {
  const { meta } = rule;
  const options = Object.entries(meta.options).map(([name, option]) => `- \`${name}\` (default ${md(JSON.stringify(option.default))}): ${option.description}`);
  return [`**${meta.id}** · ${meta.area} · ${meta.severity} by default`, meta.description, meta.rationale, ...(options.length ? [`Options:\n${options.join('\n')}`] : [])].join(
    '\n\n',
  );
}

const DIRECTIVE = /#\s*product-specs-disable(?:-next-line)?\b([^\n#]*)/;

/** The rule id under the cursor in a `# product-specs-disable...` comment, with its range. */
export function ruleInComment(doc: SpecDocument, offset: number): { rule: Rule; range: OffsetRange } | undefined {
  const { lines, text } = doc.parsed;
  const line = lines.position(offset).line;
  const start = lines.lineStart(line);
  const lineText = text.slice(start, lines.lineEnd(line));
  const match = DIRECTIVE.exec(lineText);
  if (!match) return undefined;
  const idsStart = (match.index ?? 0) + match[0].length - match[1].length;
  for (const token of match[1].matchAll(/[^\s,]+/g)) {
    const from = start + idsStart + (token.index ?? 0);
    const to = from + token[0].length;
    if (offset < from || offset > to) continue;
    const rule = ruleById(token[0]);
    return rule ? { rule, range: { start: from, end: to } } : undefined;
  }
  return undefined;
}
