import { effectiveRule, readConfig, type ProductSpecsConfig } from './config';
import { rangeOf } from './locate';
import { RULES, ruleIds } from './rules';
import type { SpecDocument } from './specDocument';
import { withQuotedLinesFlattened } from './quote';
import { readSuppressions } from './suppression';
import type { Finding } from './types';
import type { WorkspaceIndex } from './workspaceIndex';

export interface LintOptions {
  readonly config: ProductSpecsConfig;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly index: WorkspaceIndex;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** Every finding of one document: YAML, schema, configuration and the hints of the catalogue. */
export function lintDocument(doc: SpecDocument, options: LintOptions): Finding[] {
  const findings: Finding[] = [...doc.findings];
  if (doc.kind === 'Config') {
    findings.push(...readConfig(doc).findings);
  } else if (doc.kind && doc.parsed.value && typeof doc.parsed.value === 'object') {
    findings.push(...runRules(doc, options));
  }
  const text = doc.parsed.text;
  return findings
    .map((finding) => asShown(finding, text.charCodeAt(0) === 0xfeff))
    .sort((a, b) => a.range.start - b.range.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
}

/**
 * A finding as it is shown, the same whatever the line endings: user text it quotes on one line (a
 * multi-line value, LF or CRLF), and a byte order mark no part of what it points at.
 */
function asShown(finding: Finding, byteOrderMark: boolean): Finding {
  const message = withQuotedLinesFlattened(finding.message);
  const range = byteOrderMark && finding.range.start === 0 ? { start: 1, end: Math.max(1, finding.range.end) } : finding.range;
  return message === finding.message && range === finding.range ? finding : { ...finding, message, range };
}

function runRules(doc: SpecDocument, { config, today, index }: LintOptions): Finding[] {
  const { parsed } = doc;
  const suppressions = readSuppressions(parsed, ruleIds());
  const findings: Finding[] = [...suppressions.findings];
  for (const rule of RULES) {
    if (!rule.meta.kinds.includes(doc.kind as never)) continue;
    const effective = effectiveRule(config, rule);
    if (!effective) continue;
    let results;
    try {
      results = rule.check({ doc, value: parsed.value, options: effective.options, today, index, severity: effective.severity });
    } catch (error) {
      findings.push({
        code: rule.meta.id,
        severity: 'error',
        area: rule.meta.area,
        message: `The rule failed on this file and was skipped: ${(error as Error).message}. Please report this.`,
        range: rangeOf(parsed, []),
      });
      continue;
    }
    for (const result of results) {
      const range = rangeOf(parsed, result.path, result.target);
      if (suppressions.isSuppressed(rule.meta.id, parsed.lines.position(range.start).line)) continue;
      findings.push({
        code: rule.meta.id,
        severity: result.severity ?? effective.severity,
        area: rule.meta.area,
        message: result.message,
        range,
        path: result.path,
        data: result.data,
      });
    }
  }
  return findings;
}
