import { schemaFor, type JsonSchema } from '../schemas';
import { annotation, itemSchemas, propertySchemas, schemasAtPath } from '../schemaWalk';
import { entityName, referenceKind, type EntityKind } from '../references';
import type { SpecDocument } from '../specDocument';
import type { FileKind, JsonPath } from '../types';
import { KINDS } from '../types';

/** What every spec starts with, for a file whose kind is not decided yet. */
const HEADER: JsonSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: {
      type: 'string',
      const: 'productspecs/v1',
      description: 'The version of the Product Specs format this file is written in. Always `productspecs/v1` for now.',
    },
    kind: {
      type: 'string',
      enum: [...KINDS],
      description: 'Says what this file is: `Vision`, `Roadmap` or `TeamCharter`. It selects the schema and the hints that apply.',
    },
    metadata: { type: 'object', description: 'Which spec this is, who owns it and how fresh it is.' },
    spec: { type: 'object', description: 'The content of the spec.' },
  },
};

/**
 * The schema of a document: by its decided kind, by a `kind:` line while the text does not
 * parse, or the common header while the kind is not written yet.
 */
export function rootSchemaOf(doc: SpecDocument): JsonSchema {
  const kind = doc.kind ?? kindFromText(doc.parsed.text);
  return kind ? schemaFor(kind) : HEADER;
}

function kindFromText(text: string): FileKind | undefined {
  const declared = /^kind:\s*['"]?(\w+)/m.exec(text)?.[1];
  return (KINDS as readonly string[]).includes(declared ?? '') ? (declared as FileKind) : undefined;
}

/** The schemas at a path of a document's value. */
export function schemasAt(root: JsonSchema, path: JsonPath): JsonSchema[] {
  return schemasAtPath(root, path);
}

export interface PropertyInfo {
  readonly name: string;
  readonly schemas: JsonSchema[];
  readonly required: boolean;
}

/** The properties an object described by `schemas` may have, in schema order. */
export function propertiesOf(root: JsonSchema, schemas: readonly JsonSchema[]): PropertyInfo[] {
  const names: string[] = [];
  for (const schema of schemas) for (const name of Object.keys(schema.properties ?? {})) if (!names.includes(name)) names.push(name);
  const required = requiredOf(schemas);
  return names.map((name) => ({ name, schemas: propertySchemas(root, schemas, name), required: required.includes(name) }));
}

/**
 * The properties an object must have: its `required` list, and for an `anyOf` of required
 * alternatives (an item needs `horizon` or `timeframe`) the first alternative.
 */
export function requiredOf(schemas: readonly JsonSchema[]): string[] {
  const out: string[] = [];
  const add = (name: string): void => {
    if (!out.includes(name)) out.push(name);
  };
  // `expand` lists the branches of `anyOf`/`oneOf` beside their parent; a branch's `required` is an alternative, not a must.
  const branches = new Set<unknown>(schemas.flatMap((schema) => [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])]));
  for (const schema of schemas) {
    if (!branches.has(schema)) for (const name of schema.required ?? []) add(name);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (Array.isArray(alternatives) && alternatives.length > 0) {
      const first = (alternatives as JsonSchema[])[0];
      if (!first.properties && !first.type && Array.isArray(first.required)) for (const name of first.required as unknown[]) add(String(name));
    }
  }
  return out;
}

/** Every value an enum or a constant allows, in schema order. */
export function enumValues(schemas: readonly JsonSchema[]): string[] {
  const out: string[] = [];
  for (const schema of schemas) {
    const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : [];
    for (const value of values) if (!out.includes(String(value))) out.push(String(value));
  }
  return out;
}

export function typesOf(schemas: readonly JsonSchema[]): Set<string> {
  const types = new Set<string>();
  for (const schema of schemas) {
    const type = schema.type;
    if (typeof type === 'string') types.add(type);
    else if (Array.isArray(type)) for (const t of type) types.add(String(t));
    if (schema.properties) types.add('object');
    if (schema.items) types.add('array');
  }
  return types;
}

export function isArraySchema(schemas: readonly JsonSchema[]): boolean {
  return typesOf(schemas).has('array');
}

export function isObjectSchema(schemas: readonly JsonSchema[]): boolean {
  return typesOf(schemas).has('object');
}

export function entrySchemas(root: JsonSchema, schemas: readonly JsonSchema[]): JsonSchema[] {
  return itemSchemas(root, schemas);
}

export function descriptionOf(schemas: readonly JsonSchema[]): string | undefined {
  return annotation(schemas, 'description');
}

export function refOf(schemas: readonly JsonSchema[]): string | undefined {
  return annotation(schemas, 'x-ref');
}

/** The kind of entity the value at a place names, when it is a reference there (see `referenceKind`). */
export function referenceAt(schemas: readonly JsonSchema[], value: unknown): EntityKind | undefined {
  return referenceKind(refOf(schemas), annotation(schemas, 'x-ref-when'), value);
}

export function definesOf(schemas: readonly JsonSchema[]): string | undefined {
  return annotation(schemas, 'x-defines');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a property's description says about one of its allowed values, when it explains them
 * one by one: `discovery (testing solutions)` or `Now: in progress, with clear outcomes`.
 */
export function enumValueDescription(description: string | undefined, value: string): string | undefined {
  if (!description) return undefined;
  const pattern = `(?<![\\w-])${escapeRegExp(value)}(?![\\w-])\\s*(?:\\(([^)]*)\\)|:\\s*([^;.]*))`;
  const match = new RegExp(pattern).exec(description) ?? new RegExp(pattern, 'i').exec(description);
  const text = (match?.[1] ?? match?.[2])?.trim();
  return text ? text : undefined;
}

/** A short name of what a value should be: `text`, `a whole number`, `one of now, next, later`, `a member id`. */
export function typeSummary(root: JsonSchema, schemas: readonly JsonSchema[]): string {
  const ref = refOf(schemas);
  if (ref) return `${entityName(ref)} id${annotation(schemas, 'x-ref-when') === 'id' ? ' or a name' : ''}`;
  if (definesOf(schemas)) return 'kebab-case id';
  const values = enumValues(schemas);
  if (values.length > 0) return values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
  const types = typesOf(schemas);
  if (types.has('array')) {
    const items = entrySchemas(root, schemas);
    const itemRef = refOf(items);
    if (itemRef) return `list of ${entityName(itemRef)} ids`;
    return isObjectSchema(items) ? 'list of entries' : 'list';
  }
  if (types.has('object')) return 'mapping';
  if (schemas.some((schema) => schema.format === 'date')) return 'date (YYYY-MM-DD)';
  const names: string[] = [];
  if (types.has('integer')) names.push('whole number');
  else if (types.has('number')) names.push('number');
  if (types.has('string')) names.push('text');
  if (types.has('boolean')) names.push('true or false');
  return names.join(' or ') || 'value';
}
