import { isScalar } from 'yaml';
import { keyRange, pathAtOffset } from '../locate';
import { ruleById } from '../rules';
import type { JsonSchema } from '../schemas';
import type { SpecDocument } from '../specDocument';
import type { JsonPath, OffsetRange } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { count as countOf } from '../words';
import { tokenRange } from './edits';
import { describe, describeUnknown, md } from './entities';
import { definitionLocations, referenceLocations, symbolAt } from './navigation';
import { ruleInComment, ruleMarkdown } from './ruleHover';
import { descriptionOf, enumValueDescription, enumValues, rootSchemaOf, schemasAt, typeSummary } from './schemaInfo';

export interface HoverResult {
  readonly markdown: string;
  readonly range: OffsetRange;
}

/**
 * What hover shows: for a key, the schema's description; for an id, what it names (a member's
 * name, role and manager; a goal's statement and metric...); for an enum value, what it means;
 * for a rule id (in the configuration or a suppression comment), what the rule checks and why.
 * With `today`, a timeline item's card shows the horizon its timeframe makes it.
 */
export function hover(doc: SpecDocument, offset: number, index: WorkspaceIndex, today?: string): HoverResult | undefined {
  const root = rootSchemaOf(doc);
  if (!doc.parsed.document) return undefined;
  const inComment = ruleInComment(doc, offset);
  if (inComment) return { markdown: ruleMarkdown(inComment.rule), range: inComment.range };
  const at = pathAtOffset(doc.parsed, offset);
  const configured = doc.kind === 'Config' && at.onKey && at.path.length === 2 && at.path[0] === 'rules' ? ruleById(String(at.path[1])) : undefined;
  if (configured) {
    const range = keyRange(doc.parsed, at.path);
    return range && { markdown: ruleMarkdown(configured), range };
  }
  if (at.onKey) {
    const range = keyRange(doc.parsed, at.path);
    const markdown = propertyMarkdown(root, at.path);
    return range && markdown ? { markdown, range } : undefined;
  }
  const node = at.node;
  if (!isScalar(node) || !node.range || offset < node.range[0] || offset > node.range[1]) return undefined;
  const range = tokenRange(node)!;
  const symbol = symbolAt(doc, offset);
  if (symbol) {
    const location = definitionLocations(index, doc, symbol)[0];
    const definition = location && index.definitions(symbol.kind).find((d) => d.uri === location.uri && d.id === symbol.id);
    if (!definition) return { markdown: describeUnknown(symbol.kind, symbol.id), range };
    const card = describe(definition, index, today).markdown;
    if (symbol.role === 'reference') return { markdown: card, range };
    const count = referenceLocations(index, symbol, false).length;
    return { markdown: `${card}\n\n${countOf(count, 'reference')}`, range };
  }
  const schemas = schemasAt(root, at.path);
  const description = descriptionOf(schemas);
  if (typeof node.value === 'string' || typeof node.value === 'boolean') {
    const value = String(node.value);
    const meaning = enumValues(schemas).includes(value) ? enumValueDescription(description, value) : undefined;
    if (meaning) return { markdown: `\`${md(value)}\`: ${md(meaning)}\n\n${propertyMarkdown(root, at.path)}`, range };
  }
  const markdown = propertyMarkdown(root, at.path);
  return markdown ? { markdown, range } : undefined;
}

/** `**stage** · one of opportunity, discovery...` and the schema's description. */
function propertyMarkdown(root: JsonSchema, path: JsonPath): string | undefined {
  const schemas = schemasAt(root, path);
  const description = descriptionOf(schemas);
  if (!description) return undefined;
  const name = [...path].reverse().find((step): step is string => typeof step === 'string');
  const head = typeof path[path.length - 1] === 'number' ? `**${md(name ?? '')}** entry` : `**${md(name ?? '')}**`;
  return `${head} · ${md(typeSummary(root, schemas))}\n\n${description}`;
}
