import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, LineIndex, Severity } from '../core';
import { ruleDocsUri } from '../core/ruleDocs';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for quick fixes and the client's views. */
export interface DiagnosticData {
  readonly area?: string;
  readonly replacement?: string;
  readonly allowed?: readonly string[];
  readonly missingProperty?: string;
}

export function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  const href = ruleDocsUri(finding.code);
  const data: DiagnosticData = { area: finding.area, ...finding.data };
  return {
    range: lines.range(finding.range),
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'product-specs',
    message: finding.message,
    data,
  };
}
