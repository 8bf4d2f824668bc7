import type { ValidateFunction } from 'ajv';
import { branchNames, schemaFiles, validators } from './generated/schemaValidators';
import type { FileKind } from './types';

/** A JSON Schema object of `schemas/`, built into the engine (never read from disk or fetched). */
export type JsonSchema = {
  readonly [keyword: string]: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly description?: string;
  readonly $ref?: string;
  readonly 'x-ref'?: string;
  readonly 'x-defines'?: string;
  /** On an `x-ref`: the id of the rule that reports a value naming nothing. */
  readonly 'x-reported-by'?: string;
  /** On an `x-ref`: `id` when the value is a reference only if written as an id (a name otherwise). */
  readonly 'x-ref-when'?: string;
};

const SCHEMA_FILES: Record<FileKind, string> = {
  Vision: 'vision.schema.json',
  Roadmap: 'roadmap.schema.json',
  TeamCharter: 'team-charter.schema.json',
  Config: 'productspecs-config.schema.json',
};

export function schemaFor(kind: FileKind): JsonSchema {
  const schema = schemaFiles[SCHEMA_FILES[kind]];
  if (!schema) throw new Error(`Product Specs: the ${kind} schema is not built into the engine; run the build again.`);
  return schema as JsonSchema;
}

/**
 * The validator of a kind. Every validator is compiled from the schemas when the project is built
 * (scripts/generate-validators.js), the same for the language server and the command line.
 */
export function validatorFor(kind: FileKind): ValidateFunction {
  const validate = validators[String(schemaFor(kind).$id)];
  if (!validate) throw new Error(`Product Specs: no compiled validator for the ${kind} schema; run the build again.`);
  return validate;
}

/** Resolves a local `$ref` such as `#/definitions/id` inside the same schema. */
export function resolveRef(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let guard = 0; current.$ref && guard < 32; guard++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return current;
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[decodeURIComponent(part)];
    if (!target || typeof target !== 'object') return current;
    current = { ...(target as JsonSchema), ...withoutRef(current) };
  }
  return current;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

const branchLists = new WeakMap<readonly unknown[], string>();

/**
 * Validators for each branch of an `anyOf`/`oneOf` found in a kind's schema, so that the errors of
 * one branch can be told apart from another's even when branches are `$ref`s. The list is the one an
 * error names (its `schema`), found by its content: each compiled validator holds its own copy.
 */
export function branchValidators(kind: FileKind, branches: readonly unknown[]): ValidateFunction[] | undefined {
  let json = branchLists.get(branches);
  if (json === undefined) branchLists.set(branches, (json = JSON.stringify(branches)));
  const names = branchNames[String(schemaFor(kind).$id)]?.[json];
  const found = names?.map((name) => validators[name]);
  return found?.every((validate): validate is ValidateFunction => !!validate) ? found : undefined;
}
