import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findUp } from './paths';
import type { FileKind } from './types';

/** A JSON Schema object as read from `schemas/`. */
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
};

const SCHEMA_FILES: Record<FileKind, string> = {
  Vision: 'vision.schema.json',
  Roadmap: 'roadmap.schema.json',
  TeamCharter: 'team-charter.schema.json',
  Config: 'productspecs-config.schema.json',
};

let schemaFolder: string | undefined;

/** The folder of the bundled schemas: found by walking up from this module, never fetched. */
export function schemasFolder(): string {
  if (schemaFolder) return schemaFolder;
  const root = findUp(path.join('schemas', SCHEMA_FILES.Vision), __dirname);
  if (!root) throw new Error('Product Specs: the schemas folder was not found next to the engine.');
  return (schemaFolder = path.join(root, 'schemas'));
}

const schemas = new Map<FileKind, JsonSchema>();
const validators = new Map<FileKind, ValidateFunction>();
let ajv: Ajv | undefined;

export function schemaFor(kind: FileKind): JsonSchema {
  let schema = schemas.get(kind);
  if (!schema) {
    schema = JSON.parse(fs.readFileSync(path.join(schemasFolder(), SCHEMA_FILES[kind]), 'utf8')) as JsonSchema;
    schemas.set(kind, schema);
  }
  return schema;
}

/** The compiled validator of a kind; each schema is compiled once per process. */
export function validatorFor(kind: FileKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(schemaFor(kind));
    validators.set(kind, validate);
  }
  return validate;
}

function createAjv(): Ajv {
  // No `loadSchema`: a `$ref` outside the bundled schemas is never resolved, and nothing is fetched.
  const instance = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false });
  addFormats(instance, ['date', 'uri']);
  instance.addKeyword({ keyword: 'x-ref', schemaType: 'string' });
  instance.addKeyword({ keyword: 'x-defines', schemaType: 'string' });
  return instance;
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

const pointers = new WeakMap<object, string | null>();

/**
 * Validators for each branch of an `anyOf`/`oneOf` found in a kind's schema, so that the errors of
 * one branch can be told apart from another's even when branches are `$ref`s.
 */
export function branchValidators(kind: FileKind, branches: readonly unknown[]): ValidateFunction[] | undefined {
  validatorFor(kind);
  const root = schemaFor(kind);
  let pointer = pointers.get(branches);
  if (pointer === undefined) {
    pointer = findPointer(root, branches, '') ?? null;
    pointers.set(branches, pointer);
  }
  if (pointer === null || typeof root.$id !== 'string') return undefined;
  const validators = branches.map((_, index) => ajv!.getSchema(`${root.$id}#${pointer}/${index}`));
  return validators.every((validate): validate is ValidateFunction => !!validate) ? validators : undefined;
}

function findPointer(node: unknown, target: unknown, at: string): string | undefined {
  if (node === target) return at;
  if (!node || typeof node !== 'object') return undefined;
  for (const [key, child] of Object.entries(node)) {
    const found = findPointer(child, target, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
