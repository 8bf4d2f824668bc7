/**
 * Renders the rule documentation from the rules' metadata: one page per rule, an index of all rules
 * by area, and the rule table of the README. Every example's findings are computed by the engine, so
 * the pages show exactly what the editor and the command line report.
 */
import { RULES } from '../core/rules';
import type { OptionValue, Rule, RuleExample } from '../core/rules/rule';
import { othersOf } from '../core/rules/vision/shared';
import { AREA_NAMES, ruleDocsPath } from '../core/report';
import { AREAS } from '../core/types';
import { Workspace } from '../core/workspace';

/** The date the docs examples are checked with. */
export const DOCS_TODAY = '2026-11-25';

export const README_START = '<!-- rules:start -->';
export const README_END = '<!-- rules:end -->';

/** A generated file: its path relative to the project root (with `/`) and its whole text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** A finding on a docs example, 1-based. */
export interface ExampleFinding {
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly message: string;
}

const EXAMPLE_ROOT = '/docs-example';

/** Checks an example (with the other files of its workspace) and returns the findings of one rule on the shown file. */
export function exampleFindings(ruleId: string, example: RuleExample, text = example.text): ExampleFinding[] {
  const workspace = new Workspace({ today: DOCS_TODAY });
  const add = (name: string, content: string): string => {
    const fileName = `${EXAMPLE_ROOT}/${name}`;
    const uri = `file://${fileName}`;
    workspace.update({ uri, fileName, text: content });
    return uri;
  };
  for (const [name, content] of Object.entries(othersOf(example))) add(name, content);
  const uri = add(example.file, text);
  const doc = workspace.document(uri);
  if (!doc) return [];
  return workspace
    .findings(uri)
    .filter((finding) => finding.code === ruleId)
    .map((finding) => {
      const start = doc.parsed.lines.position(finding.range.start);
      return { line: start.line + 1, column: start.character + 1, severity: finding.severity, message: finding.message };
    });
}

/** An option's value as written in YAML: `8`, `biweekly`, `[app, dashboard]`. */
export function yamlValue(value: OptionValue): string {
  if (Array.isArray(value)) return `[${(value as readonly string[]).map((item) => yamlValue(item)).join(', ')}]`;
  return String(value);
}

/** Text for a Markdown table cell: no line breaks, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function fence(language: string, text: string): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  const ticks = '`'.repeat(Math.max(3, ...[...body.matchAll(/`+/g)].map((match) => match[0].length + 1)));
  return `${ticks}${language}\n${body}${ticks}`;
}

function findingLines(findings: readonly ExampleFinding[]): string {
  return findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.message}`).join('\n');
}

function exampleSection(rule: Rule, example: RuleExample, fires: boolean): string {
  const { id } = rule.meta;
  const findings = exampleFindings(id, example);
  if (fires && findings.length === 0) throw new Error(`${id}: the example that fires reports nothing.`);
  if (!fires && findings.length > 0) throw new Error(`${id}: the example that does not fire reports ${findingLines(findings)}`);
  const parts = [`\`${example.file}\`:`, fence('yaml', example.text)];
  const others = Object.entries(othersOf(example));
  if (others.length > 0) {
    parts.push(others.length === 1 ? 'With this other file in the workspace:' : 'With these other files in the workspace:');
    for (const [name, text] of others) parts.push(`\`${name}\`:`, fence('yaml', text));
  }
  if (fires) {
    parts.push(`The rule reports (\`line:column severity message\`, checked on ${DOCS_TODAY}):`, fence('text', findingLines(findings)));
  } else {
    parts.push(`The rule reports nothing on this file (checked on ${DOCS_TODAY}).`);
  }
  return parts.join('\n\n');
}

function optionsSection(rule: Rule): string {
  const options = Object.entries(rule.meta.options);
  if (options.length === 0) return 'No options.';
  const rows = options.map(([name, option]) => `| \`${name}\` | \`${cell(yamlValue(option.default))}\` | ${cell(option.description)} |`);
  return ['| name | default | description |', '|---|---|---|', ...rows].join('\n');
}

/** The configuration and suppression snippets, with a disable-next-line comment shown above the first finding of the example. */
function configureSection(rule: Rule): string {
  const { id, severity, options } = rule.meta;
  const entries = Object.entries(options);
  const setting = entries.length > 0 ? `[${severity}, { ${entries.map(([name, option]) => `${name}: ${yamlValue(option.default)}`).join(', ')} }]` : severity;
  const config = `rules:\n  ${id}: ${setting}\n`;
  const off = `rules:\n  ${id}: off\n`;
  const { fires } = rule.meta.examples;
  const first = exampleFindings(id, fires)[0];
  const lines = fires.text.split('\n');
  const target = lines[first.line - 1];
  const indent = /^\s*/.exec(target)?.[0] ?? '';
  const comment = `${indent}# product-specs-disable-next-line ${id}`;
  const suppressed = [...lines.slice(0, first.line - 1), comment, ...lines.slice(first.line - 1)].join('\n');
  if (exampleFindings(id, fires, suppressed).some((finding) => finding.line === first.line + 1)) {
    throw new Error(`${id}: the disable-next-line comment does not suppress the finding on line ${first.line}.`);
  }
  const optionWords = entries.length > 0 ? ' Options go in the second entry of the list; leave out the ones you keep at their default.' : '';
  return [
    `In \`.productspecs.yaml\` at the root of the workspace, set the severity (\`off\`, \`info\`, \`warning\` or \`error\`); the snippet spells out the defaults.${optionWords}`,
    fence('yaml', config),
    'Turn the rule off:',
    fence('yaml', off),
    `In a spec file, a comment suppresses the rule on the next line only, here on line ${first.line} of the example above:`,
    fence('yaml', `${comment}\n${target}\n`),
    'or from the comment to the end of the file:',
    fence('yaml', `# product-specs-disable ${id}\n`),
  ].join('\n\n');
}

/** One rule's documentation page. */
export function rulePage(rule: Rule): string {
  const { meta } = rule;
  const facts = [`Area: ${AREA_NAMES[meta.area]} (\`${meta.area}\`)`, `Default severity: ${meta.severity}`, `Checks: ${meta.kinds.map((kind) => `\`${kind}\``).join(', ')} files`];
  if (meta.crossFile) facts.push('Reads other files of the workspace');
  return `${[
    `<!-- Generated from the rule's metadata by \`npm run docs\`; do not edit by hand. -->`,
    `# ${meta.id}`,
    facts.map((fact) => `- ${fact}`).join('\n'),
    '## What it checks',
    meta.description,
    '## Why',
    meta.rationale,
    '## Options',
    optionsSection(rule),
    '## Example that fires',
    exampleSection(rule, meta.examples.fires, true),
    '## Example that does not fire',
    exampleSection(rule, meta.examples.passes, false),
    '## How to configure / suppress',
    configureSection(rule),
  ].join('\n\n')}\n`;
}

/** Tables of rules per area; `link` turns a rule id into the link target of its page. */
function areaTables(rules: readonly Rule[], heading: string, link: (id: string) => string): string {
  return AREAS.map((area) => {
    const rows = rules
      .filter((rule) => rule.meta.area === area)
      .map((rule) => `| [${rule.meta.id}](${link(rule.meta.id)}) | ${rule.meta.severity} | ${cell(rule.meta.description)} |`);
    return [`${heading} ${AREA_NAMES[area]}`, ['| rule | default | description |', '|---|---|---|', ...rows].join('\n')].join('\n\n');
  }).join('\n\n');
}

/** `docs/rules/README.md`: every rule by area, linking to its page. */
export function rulesIndex(rules: readonly Rule[] = RULES): string {
  return `${[
    `<!-- Generated from the rules' metadata by \`npm run docs\`; do not edit by hand. -->`,
    '# Rules',
    `Product Specs has ${rules.length} rules in four responsibility areas. Every rule can be set to \`off\`, \`info\`, \`warning\` or \`error\` and given options in \`.productspecs.yaml\`, and suppressed with a \`# product-specs-disable-next-line RULE-ID\` comment; each page shows how.`,
    areaTables(rules, '##', (id) => `${id}.md`),
  ].join('\n\n')}\n`;
}

/** What goes between the README's rule markers. */
export function readmeRulesRegion(rules: readonly Rule[] = RULES): string {
  return `${[
    `${rules.length} rules in four areas; each links to its page with examples, options and how to configure or suppress it ([all rules](docs/rules/README.md)). \`npx product-specs rules\` lists them too.`,
    areaTables(rules, '###', (id) => ruleDocsPath(id)),
  ].join('\n\n')}\n`;
}

/** The README with its rule region replaced; throws when the markers are missing. */
export function withReadmeRules(readme: string, region: string = readmeRulesRegion()): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${README_START} and ${README_END}.`);
  return `${readme.slice(0, start + README_START.length)}\n${region}${readme.slice(end)}`;
}

/** Every generated file; the README is the given text with its rule region replaced. */
export function generatedDocs(readme: string, rules: readonly Rule[] = RULES): GeneratedFile[] {
  return [
    ...rules.map((rule) => ({ path: ruleDocsPath(rule.meta.id), text: rulePage(rule) })),
    { path: 'docs/rules/README.md', text: rulesIndex(rules) },
    { path: 'README.md', text: withReadmeRules(readme, readmeRulesRegion(rules)) },
  ];
}
