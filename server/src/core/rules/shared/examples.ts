import type { RuleExample } from '../rule';

/**
 * Builders of the spec files shown in the rules' docs examples (and reused by the tests): a file is
 * its kind, its `metadata` lines and its `spec` lines, each line indented as in the file.
 */

/** A spec file of a kind, from its `metadata` and `spec` lines. */
export function specFile(kind: string, metadataLines: string, specLines: string): string {
  return `apiVersion: productspecs/v1
kind: ${kind}
metadata:
${metadataLines}spec:
${specLines}`;
}

/** The purpose, mission and Head of Product that start the `spec` of every example charter. */
export const CHARTER_PURPOSE = `  purpose: Discover and deliver products merchants love.
  mission: Make Acme Pay the first choice of small merchants.
  headOfProduct: dana
`;

/** The Head of Product's manager in the example charters. */
export const REPORTS_TO_CEO = `  reportsTo:
    role: CEO
    name: Jordan Lee
`;

/** The Head of Product's member entry in the example charters. */
export const HEAD_OF_PRODUCT = `    - id: dana
      name: Dana Whitfield
      role: head-of-product
`;

/**
 * An example team charter `acme-product-team`: its purpose, an optional `reportsTo`, the `members`
 * (the Head of Product's entry unless given), then more `spec` lines.
 */
export function charterFile(
  specLines: string,
  { metadata = '', reportsTo = '', members = HEAD_OF_PRODUCT }: { metadata?: string; reportsTo?: string; members?: string } = {},
): string {
  return specFile('TeamCharter', `  id: acme-product-team\n${metadata}`, `${CHARTER_PURPOSE}${reportsTo}  members:\n${members}${specLines}`);
}

/** The metadata of the example roadmap `acme-pay-roadmap`, serving a vision unless `vision` is empty. */
export function roadmapMetadata(vision = 'acme-vision', id = 'acme-pay-roadmap'): string {
  return `  id: ${id}\n${vision ? `  vision: ${vision}\n` : ''}  owner: dana\n`;
}

/** The start of an example now-next-later roadmap's `spec`: its format and the theme `cash-flow` for a need. */
export function cashFlowRoadmapSpec(need: string): string {
  return `  format: now-next-later
  themes:
    - id: cash-flow
      name: Cash flow
      problem: Merchants wait days for their money.
      needs: [${need}]
`;
}

/** The lines of the now item `instant-payouts` of the docs examples, in a stage, followed by more of its lines. */
export function nowItemExample(stage: string, lines: string): string {
  return `    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: now
      theme: cash-flow
      owner: sam
      stage: ${stage}
${lines}`;
}

/**
 * A docs example of a cross-file rule: the file shown, plus the other files of the workspace it
 * needs (by file name). A plain `RuleExample` to everything that only shows one file.
 */
export interface WorkspaceExample extends RuleExample {
  readonly others: Readonly<Record<string, string>>;
}

export function workspaceExample(file: string, exampleText: string, others: Record<string, string>): RuleExample {
  const example: WorkspaceExample = { file, text: exampleText, others };
  return example;
}

/** The other files a docs example needs in its workspace (none for single-file examples). */
export function othersOf(example: RuleExample): Readonly<Record<string, string>> {
  const others = (example as Partial<WorkspaceExample>).others;
  return others && typeof others === 'object' ? others : {};
}

/**
 * The start of the `spec` of an example vision for small businesses: statement, horizon, an
 * ownership, one primary target group, and one goal up to its metric.
 */
export function smallBusinessVisionSpec(ownership: string): string {
  return `  statement: Every small business gets paid instantly and understands every cent of its money.
  horizon:
    years: 5
  ownership: ${ownership}
  targetGroups:
    - id: small-online-merchants
      name: Small online merchants
      primary: true
  goals:
    - id: retain-merchants
      statement: Keep merchants with us as their business grows.
      metric: 12-month merchant retention
`;
}
