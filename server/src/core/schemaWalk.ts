import { resolveRef, type JsonSchema } from './schemas';
import type { JsonPath } from './types';

/** The sub-schemas that may describe a value at one place, `$ref`s resolved and combinators opened. */
export function expand(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema[] {
  if (!schema) return [];
  const resolved = resolveRef(root, schema);
  const out: JsonSchema[] = [resolved];
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = resolved[keyword];
    if (Array.isArray(branches)) for (const branch of branches as JsonSchema[]) out.push(...expand(root, branch));
  }
  return out;
}

/** The schemas of one property of an object described by `schemas`. */
export function propertySchemas(root: JsonSchema, schemas: readonly JsonSchema[], name: string): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const schema of schemas) {
    const property = schema.properties?.[name];
    if (property) out.push(...expand(root, property));
    else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      out.push(...expand(root, schema.additionalProperties as JsonSchema));
    }
  }
  return out;
}

/** The schemas of the entries of a list described by `schemas`. */
export function itemSchemas(root: JsonSchema, schemas: readonly JsonSchema[]): JsonSchema[] {
  return schemas.flatMap((schema) => (schema.items && !Array.isArray(schema.items) ? expand(root, schema.items) : []));
}

/** The schemas that describe the value at a path (empty when the path leaves the schema). */
export function schemasAtPath(root: JsonSchema, path: JsonPath): JsonSchema[] {
  let schemas = expand(root, root);
  for (const step of path) {
    schemas = typeof step === 'number' ? itemSchemas(root, schemas) : propertySchemas(root, schemas, step);
    if (schemas.length === 0) break;
  }
  return schemas;
}

/** The first value of an annotation keyword among schemas, such as `x-ref` or `description`. */
export function annotation(schemas: readonly JsonSchema[], keyword: string): string | undefined {
  for (const schema of schemas) {
    const value = schema[keyword];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

export type SchemaVisitor = (schemas: readonly JsonSchema[], value: unknown, path: JsonPath) => void;

/** Walks a value together with its schema, calling `visit` at every node that has schemas. */
export function walkWithSchema(root: JsonSchema, value: unknown, visit: SchemaVisitor): void {
  const step = (schemas: JsonSchema[], current: unknown, path: Array<string | number>): void => {
    if (schemas.length === 0) return;
    visit(schemas, current, path);
    if (Array.isArray(current)) {
      const entries = itemSchemas(root, schemas);
      current.forEach((entry, index) => step(entries, entry, [...path, index]));
    } else if (current && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) step(propertySchemas(root, schemas, key), child, [...path, key]);
    }
  };
  step(expand(root, root), value, []);
}
