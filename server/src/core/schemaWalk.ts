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

/**
 * The schemas of one place in a document, with their children computed once and cached, so
 * walking a large document costs a map lookup per node. Built from a kind's root schema.
 */
export class SchemaNode {
  private readonly children = new Map<string, SchemaNode>();
  private itemNode: SchemaNode | undefined;
  private annotated: boolean | undefined;
  readonly defines: string | undefined;
  readonly ref: string | undefined;
  /** The rule that reports a reference here that names nothing (`x-reported-by`). */
  readonly reportedBy: string | undefined;
  /** `id` when the value here is a reference only if written as an id (`x-ref-when`). */
  readonly refWhen: string | undefined;

  constructor(
    private readonly root: JsonSchema,
    readonly schemas: readonly JsonSchema[],
  ) {
    this.defines = annotation(schemas, 'x-defines');
    this.ref = annotation(schemas, 'x-ref');
    this.reportedBy = annotation(schemas, 'x-reported-by');
    this.refWhen = annotation(schemas, 'x-ref-when');
  }

  static forRoot(root: JsonSchema): SchemaNode {
    let node = roots.get(root);
    if (!node) roots.set(root, (node = new SchemaNode(root, expand(root, root))));
    return node;
  }

  property(name: string): SchemaNode {
    let child = this.children.get(name);
    if (!child) this.children.set(name, (child = new SchemaNode(this.root, propertySchemas(this.root, this.schemas, name))));
    return child;
  }

  items(): SchemaNode {
    return (this.itemNode ??= new SchemaNode(this.root, itemSchemas(this.root, this.schemas)));
  }

  /** True when this place or any place below it carries an `x-defines` or `x-ref` annotation. */
  hasAnnotations(depth = 0): boolean {
    if (this.annotated !== undefined) return this.annotated;
    if (this.defines || this.ref) return (this.annotated = true);
    if (this.schemas.length === 0 || depth > 24) return (this.annotated = false);
    const names = new Set<string>();
    for (const schema of this.schemas) for (const name of Object.keys(schema.properties ?? {})) names.add(name);
    this.annotated = [...names].some((name) => this.property(name).hasAnnotations(depth + 1)) || this.items().hasAnnotations(depth + 1);
    return this.annotated;
  }
}

const roots = new WeakMap<JsonSchema, SchemaNode>();

export type AnnotationVisitor = (node: SchemaNode, value: unknown, path: JsonPath) => void;

/**
 * Visits every value that has an `x-defines` or `x-ref` annotation, skipping subtrees that have
 * none. Given `at`, only the subtree at that path of the whole `value` is walked.
 */
export function walkAnnotated(root: JsonSchema, value: unknown, visit: AnnotationVisitor, at: JsonPath = []): void {
  const step = (node: SchemaNode, current: unknown, path: Array<string | number>): void => {
    if (!node.hasAnnotations()) return;
    if (node.defines || node.ref) visit(node, current, path);
    if (Array.isArray(current)) {
      const items = node.items();
      for (let i = 0; i < current.length; i++) {
        path.push(i);
        step(items, current[i], path);
        path.pop();
      }
    } else if (current && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        path.push(key);
        step(node.property(key), (current as Record<string, unknown>)[key], path);
        path.pop();
      }
    }
  };
  let node = SchemaNode.forRoot(root);
  let current = value;
  for (const part of at) {
    node = typeof part === 'number' ? node.items() : node.property(part);
    current = (current as Record<string | number, unknown> | undefined)?.[part];
  }
  step(node, current, [...at]);
}
