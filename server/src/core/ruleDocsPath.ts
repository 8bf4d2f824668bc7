/** The folder of the rule documentation pages, relative to the package root. */
export const RULE_DOCS_FOLDER = 'docs/rules';

/** A rule's documentation page, relative to the package root: `docs/rules/<area>/<name>.md`. */
export function ruleDocsPath(ruleId: string): string {
  return `${RULE_DOCS_FOLDER}/${ruleId}.md`;
}
