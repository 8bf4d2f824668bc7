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
    .map((finding) => (text.charCodeAt(0) === 0xfeff ? afterByteOrderMark(finding) : finding))
    .sort((a, b) => a.range.start - b.range.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
}

/** A byte order mark is no part of what a finding points at: one that starts the text starts after it. */
function afterByteOrderMark(finding: Finding): Finding {
  if (finding.range.start > 0) return finding;
  return { ...finding, range: { start: 1, end: Math.max(1, finding.range.end) } };
}

function runRules(doc: SpecDocument, { config, today, index }: LintOptions): Finding[] {
  const { parsed } = doc;
  const suppressions = readSuppressions(parsed.text, parsed.lines, ruleIds());
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
        message: withQuotedLinesFlattened(result.message),
        range,
        path: result.path,
        data: result.data,
      });
    }
  }
  return findings;
}
