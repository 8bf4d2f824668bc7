import { RULES, type Severity } from '../../core';
import { publishedDocsUrl } from '../../core/ruleDocs';
import { ruleDocsPath } from '../../core/ruleDocsPath';
import { describeRule } from '../../core/rules/describe';
import type { FileResult, LocatedFinding } from '../check';
import type { PackageInfo } from '../packageInfo';

export type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** What the built-in codes (not rules) report, by their prefix. */
const BUILT_IN: Readonly<Record<string, string>> = {
  yaml: 'The file is not well-formed YAML',
  schema: 'The file does not match the JSON Schema of its kind',
  spec: 'The file cannot be checked as a spec',
  config: 'The configuration in .productspecs.yaml is not valid',
  suppression: 'A suppression comment names no rule',
};

interface SarifRule {
  readonly id: string;
  readonly name?: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly helpUri?: string;
  readonly help?: { readonly text: string };
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties: { readonly tags: readonly string[] };
}

/** The SARIF level of a severity: info and hint are notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return LEVELS[severity];
}

/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
export function relativeUri(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

/** Every rule of the catalogue; its help link is its page in the published documentation, never a file of the install. */
function ruleEntries(repositoryUrl: string | undefined): SarifRule[] {
  return RULES.map(({ meta }) => {
    const helpUri = repositoryUrl ? publishedDocsUrl(repositoryUrl, ruleDocsPath(meta.id)) : undefined;
    return {
      id: meta.id,
      name: meta.id.split('/')[1],
      shortDescription: { text: describeRule(meta) },
      fullDescription: { text: meta.rationale },
      ...(helpUri ? { helpUri } : {}),
      help: { text: `${describeRule(meta)}\n\n${meta.rationale}` },
      defaultConfiguration: { level: sarifLevel(meta.severity) },
      properties: { tags: ['product-specs', meta.area] },
    };
  });
}

/** A rule entry for a built-in code such as `schema/enum`, at the level it was first reported with. */
function builtInEntry(code: string, finding: LocatedFinding): SarifRule {
  const prefix = code.split('/')[0];
  const text = `${BUILT_IN[prefix] ?? 'A problem found by Product Specs'} (${code}).`;
  return {
    id: code,
    shortDescription: { text },
    fullDescription: { text },
    defaultConfiguration: { level: sarifLevel(finding.severity) },
    properties: { tags: ['product-specs', prefix] },
  };
}

/**
 * SARIF 2.1.0: one run of the product-specs tool, every rule of the catalogue (and the built-in codes
 * that were reported), and one result per finding with its relative file and 1-based region.
 */
export function formatSarif(results: readonly FileResult[], relative: (file: string) => string, tool: PackageInfo): string {
  const rules = ruleEntries(tool.repositoryUrl);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const sarifResults = results.flatMap((result) =>
    result.findings.map((finding) => {
      if (!index.has(finding.code)) {
        index.set(finding.code, rules.length);
        rules.push(builtInEntry(finding.code, finding));
      }
      return {
        ruleId: finding.code,
        ruleIndex: index.get(finding.code)!,
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(relative(result.file)) },
              region: {
                startLine: finding.start.line + 1,
                startColumn: finding.start.character + 1,
                endLine: finding.end.line + 1,
                endColumn: finding.end.character + 1,
              },
            },
          },
        ],
      };
    }),
  );
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'product-specs',
            version: tool.version,
            ...(tool.homepage ? { informationUri: tool.homepage } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
