import { definitionsInScope } from '../model/referenceScope';
import type { EntityKind } from '../references';
import { RULES } from '../rules';
import type { JsonSchema } from '../schemas';
import type { SpecDocument } from '../specDocument';
import type { JsonPath, OffsetRange } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { cursorContext, type CursorContext, type KeyContext } from './cursorContext';
import { describe } from './entities';
import { snippetCompletions, snippetsFollowTyping } from './snippets';
import {
  definesOf,
  descriptionOf,
  entrySchemas,
  enumValueDescription,
  enumValues,
  isArraySchema,
  isObjectSchema,
  propertiesOf,
  refOf,
  requiredOf,
  rootSchemaOf,
  schemasAt,
  typeSummary,
  typesOf,
} from './schemaInfo';

/** One completion, in offsets; the language server turns it into the protocol's item. */
export interface Completion {
  readonly label: string;
  readonly kind: 'property' | 'value' | 'reference' | 'snippet';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Replaces `range`; a snippet when `snippet` is true. Lines after the first carry their full indentation. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly range: OffsetRange;
  readonly sortText: string;
  /** True when the list should open again once this is inserted: a key whose value is an id. */
  readonly retrigger?: boolean;
}

/** The completions at an offset, and whether they may change as the user types on (the editor then asks again at each keystroke). */
export interface CompletionResult {
  readonly items: Completion[];
  readonly followsTyping: boolean;
}

/** What may be written at an offset: keys, enum values, ids from the workspace, new list entries, snippets. */
export function complete(doc: SpecDocument, offset: number, index: WorkspaceIndex): CompletionResult {
  const context = cursorContext(doc.parsed.text, offset);
  if (!context) return { items: [], followsTyping: false };
  return { items: completionsIn(doc, context, index), followsTyping: snippetsFollowTyping(doc, context) };
}

function completionsIn(doc: SpecDocument, context: CursorContext, index: WorkspaceIndex): Completion[] {
  const root = rootSchemaOf(doc);
  const schemas = schemasAt(root, context.path);
  const snippets = snippetCompletions(doc, context);
  if (context.type === 'key') return [...keyCompletions(root, schemas, context, doc), ...snippets];
  if (context.type === 'entry') {
    const entries = entrySchemas(root, schemas);
    if (isObjectSchema(entries)) return [entrySnippet(root, entries, context.path, context.column + 2, context.replace, true), ...snippets].filter(isDefined);
    return [...valueCompletions(root, entries, { path: [...context.path, 0], replace: context.replace, siblings: context.siblings, lead: '- ' }, doc, index), ...snippets];
  }
  if (context.afterDash && isObjectSchema(schemas)) {
    const listPath = context.path.slice(0, -1);
    const snippet = entrySnippet(root, schemas, listPath, context.column, context.replace, false);
    const keys = keyCompletions(root, schemas, { ...context, type: 'key', present: context.present ?? new Set(), newEntry: true, hasColon: false }, doc);
    return [snippet, ...keys, ...snippets].filter(isDefined);
  }
  return valueCompletions(root, schemas, { path: context.path, replace: context.replace, siblings: context.siblings, lead: context.needsSpace ? ' ' : '' }, doc, index);
}

/** Where a value goes: its path, the text it replaces, the list's other values, and what comes before it. */
interface ValueSlot {
  readonly path: JsonPath;
  readonly replace: OffsetRange;
  readonly siblings: readonly string[];
  /** `- ` for a new list entry, a space right after a colon. */
  readonly lead: string;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function order(index: number): string {
  return String(index).padStart(4, '0');
}

function keyCompletions(root: JsonSchema, schemas: readonly JsonSchema[], context: KeyContext, doc: SpecDocument): Completion[] {
  if (doc.kind === 'Config' && context.path.length === 1 && context.path[0] === 'rules') return ruleIdCompletions(context);
  return propertiesOf(root, schemas)
    .filter((property) => !context.present.has(property.name))
    .map((property, i) => ({
      label: property.name,
      kind: 'property' as const,
      detail: `${typeSummary(root, property.schemas)}${property.required ? ' · required' : ''}`,
      documentation: descriptionOf(property.schemas),
      insertText: context.hasColon ? property.name : keySnippet(root, property.name, property.schemas, context.column),
      snippet: !context.hasColon,
      range: context.replace,
      sortText: `1${order(i)}`,
      ...(!context.hasColon && takesIds(root, property.schemas) ? { retrigger: true } : {}),
    }));
}

/** True when a key's value is an id or a list of ids, which completion offers as soon as the key is written. */
function takesIds(root: JsonSchema, schemas: readonly JsonSchema[]): boolean {
  return refOf(schemas) !== undefined || (isArraySchema(schemas) && refOf(entrySchemas(root, schemas)) !== undefined);
}

function ruleIdCompletions(context: KeyContext): Completion[] {
  return RULES.filter((rule) => !context.present.has(rule.meta.id)).map((rule, i) => ({
    label: rule.meta.id,
    kind: 'property' as const,
    detail: `${rule.meta.area} · ${rule.meta.severity} by default`,
    documentation: rule.meta.description,
    insertText: context.hasColon ? rule.meta.id : `${rule.meta.id}: \${1|off,info,warning,error|}`,
    snippet: !context.hasColon,
    range: context.replace,
    sortText: `1${order(i)}`,
  }));
}

/** Escapes text for a snippet. */
function escape(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function choice(values: readonly string[], tabstop: number): string {
  return `\${${tabstop}|${values.map((value) => value.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
}

/** What follows `name:` when a key is completed: a choice for enums, a new line for mappings and lists. */
function keySnippet(root: JsonSchema, name: string, schemas: readonly JsonSchema[], column: number): string {
  const pad = ' '.repeat(column);
  const values = enumValues(schemas);
  const key = escape(name);
  if (values.length === 1) return `${key}: ${escape(values[0])}`;
  if (values.length > 1) return `${key}: ${choice(values, 1)}`;
  const types = typesOf(schemas);
  if (types.has('boolean') && types.size === 1) return `${key}: ${choice(['true', 'false'], 1)}`;
  if (isArraySchema(schemas)) {
    return isObjectSchema(entrySchemas(root, schemas)) ? `${key}:\n${pad}  - $0` : `${key}: [$0]`;
  }
  if (isObjectSchema(schemas) && !types.has('string')) return `${key}:\n${pad}  $0`;
  return `${key}: $0`;
}

const ENTRY_NAMES: Readonly<Record<string, string>> = {
  items: 'roadmap item',
  members: 'member',
  productTeams: 'product team',
  objectives: 'objective',
  keyResults: 'key result',
  themes: 'theme',
  goals: 'goal',
  needs: 'need',
  targetGroups: 'target group',
  visuals: 'visual',
  hiring: 'hire',
  training: 'training',
  rituals: 'ritual',
  peers: 'peer',
  stakeholders: 'stakeholder',
  assumptionTests: 'assumption test',
};

/** A new list entry with its required fields, each a tab stop (a choice for enums). */
function entrySnippet(root: JsonSchema, schemas: readonly JsonSchema[], listPath: JsonPath, column: number, range: OffsetRange, dash: boolean): Completion | undefined {
  const required = requiredOf(schemas);
  const fields = propertiesOf(root, schemas).filter((property) => required.includes(property.name));
  if (fields.length === 0) return undefined;
  const pad = ' '.repeat(column);
  const lines = fields.map((field, i) => `${escape(field.name)}: ${fieldSnippet(field.schemas, i + 1)}`);
  const body = lines.join(`\n${pad}`);
  const listName = [...listPath].reverse().find((step): step is string => typeof step === 'string') ?? '';
  return {
    label: `New ${ENTRY_NAMES[listName] ?? `${listName} entry`}`,
    kind: 'snippet',
    detail: fields.map((field) => field.name).join(', '),
    documentation: descriptionOf(schemas),
    insertText: dash ? `- ${body}` : body,
    snippet: true,
    range,
    sortText: '0',
  };
}

function fieldSnippet(schemas: readonly JsonSchema[], tabstop: number): string {
  const values = enumValues(schemas);
  if (values.length === 1) return escape(values[0]);
  if (values.length > 1) return choice(values, tabstop);
  const types = typesOf(schemas);
  if (types.has('boolean') && types.size === 1) return choice(['true', 'false'], tabstop);
  if (isArraySchema(schemas)) return `[$${tabstop}]`;
  return `$${tabstop}`;
}

function valueCompletions(root: JsonSchema, schemas: readonly JsonSchema[], context: ValueSlot, doc: SpecDocument, index: WorkspaceIndex): Completion[] {
  const text = (value: string): string => `${context.lead}${value}`;
  const ref = refOf(schemas);
  if (ref) {
    const own = ownId(root, doc, context.path, ref);
    return referenceCandidates(index, doc, ref as EntityKind)
      .filter((definition) => definition.id !== own && !context.siblings.includes(definition.id))
      .map((definition, i) => {
        const card = describe(definition, index);
        return {
          label: definition.id,
          kind: 'reference' as const,
          detail: card.detail,
          documentation: card.markdown,
          insertText: text(definition.id),
          snippet: false,
          range: context.replace,
          sortText: `2${order(i)}`,
        };
      });
  }
  const description = descriptionOf(schemas);
  const values = enumValues(schemas);
  const types = typesOf(schemas);
  if (values.length === 0 && types.has('boolean')) values.push('true', 'false');
  return values
    .filter((value) => !context.siblings.includes(value))
    .map((value, i) => ({
      label: value,
      kind: 'value' as const,
      detail: enumValueDescription(description, value),
      documentation: description,
      insertText: text(value),
      snippet: false,
      range: context.replace,
      sortText: `2${order(i)}`,
    }));
}

/** The id of the entry a reference sits in, when it is of the referenced kind (nobody reports to themselves). */
function ownId(root: JsonSchema, doc: SpecDocument, path: JsonPath, kind: string): string | undefined {
  for (let length = path.length - 1; length > 0; length--) {
    const entry = path.slice(0, length);
    if (definesOf(schemasAt(root, [...entry, 'id'])) !== kind) continue;
    let value: unknown = doc.parsed.value;
    for (const step of entry) value = (value as Record<string | number, unknown> | undefined)?.[step];
    const id = (value as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/** The ids a reference may name (see `model/referenceScope`): one per id, from this file first. */
function referenceCandidates(index: WorkspaceIndex, doc: SpecDocument, kind: EntityKind) {
  const scoped = definitionsInScope(index, doc, kind);
  const ordered = [...scoped.filter((d) => d.uri === doc.uri), ...scoped.filter((d) => d.uri !== doc.uri)];
  const seen = new Set<string>();
  return ordered.filter((definition) => !seen.has(definition.id) && (seen.add(definition.id), true));
}
