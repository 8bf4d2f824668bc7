import { effectiveRule } from '../config';
import { RULES } from '../rules';
import type { OptionValue, Rule, RuleMeta } from '../rules/rule';
import type { SpecDocument } from '../specDocument';
import type { Finding } from '../types';
import type { Workspace } from '../workspace';

/** What the report and the trees are built from: documents, their findings and the rule catalogue. */
export interface ReportInput {
  /** Every checked document (specs and configuration), in a stable order. */
  readonly documents: readonly SpecDocument[];
  findings(uri: string): readonly Finding[];
  readonly rules: readonly RuleMeta[];
  /** True when the configuration turns a rule off for every spec file. */
  isOff(ruleId: string): boolean;
  /** The date the hints treat as today, YYYY-MM-DD. */
  readonly today: string;
  /** The options a rule runs with (the configuration of the first spec file, as for `today`), defaults filled in. */
  optionsOf?(ruleId: string): Readonly<Record<string, OptionValue>> | undefined;
}

/** The report input of a workspace, read through its caches. */
export function reportInput(workspace: Workspace, rules: readonly Rule[] = RULES): ReportInput {
  const documents = workspace.index.documents().sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const specs = documents.filter((doc) => doc.kind !== 'Config');
  const off = new Set(rules.filter((rule) => specs.length > 0 && specs.every((doc) => !effectiveRule(workspace.configFor(doc.fileName), rule))).map((rule) => rule.meta.id));
  // The configuration of the first spec file; without spec files, that of the first configuration file, so
  // that a new file made from a template is dated the configured today.
  const first = specs[0] ?? documents.find((doc) => doc.kind === 'Config');
  const config = first ? workspace.configFor(first.fileName) : undefined;
  return {
    documents,
    findings: (uri) => workspace.findings(uri),
    rules: rules.map((rule) => rule.meta),
    isOff: (ruleId) => off.has(ruleId),
    today: workspace.today(config),
    optionsOf: (ruleId) => {
      const rule = rules.find((candidate) => candidate.meta.id === ruleId);
      return rule && config ? effectiveRule(config, rule)?.options : undefined;
    },
  };
}
