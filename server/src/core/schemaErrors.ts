import type { ErrorObject } from 'ajv';
import { keyRange, rangeOf } from './locate';
import type { ParsedYaml } from './yaml/parse';
import { quoted } from './quote';
import { ID_PATTERN } from './references';
import { branchValidators, type JsonSchema } from './schemas';
import { meantWord } from './synonyms';
import type { FileKind, Finding, JsonPath } from './types';
import { count } from './words';

/**
 * Turns ajv's errors into findings a product manager understands, each at the place it is about:
 * a missing property at its parent's key, an unknown property at its key, a bad value at the value.
 */
export function schemaFindings(parsed: ParsedYaml, errors: readonly ErrorObject[], kind: FileKind): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const picked = pickBestBranches(errors, parsed.value, kind);
  const covered = standsForMissing(picked);
  for (const error of picked) {
    if (covered(error)) continue;
    if (findings.length === MAX_SCHEMA_FINDINGS) {
      findings.push(tooManyErrors(parsed));
      break;
    }
    const finding = translate(parsed, error);
    if (!finding) continue;
    const key = `${finding.range.start}:${finding.range.end}:${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/** Schema errors shown per file: past this, a file is too far from its schema for more to help, and listing them all would stall the editor. */
export const MAX_SCHEMA_FINDINGS = 1000;

function tooManyErrors(parsed: ParsedYaml): Finding {
  return {
    code: 'schema/too-many-errors',
    severity: 'error',
    message: `This file has more than ${MAX_SCHEMA_FINDINGS.toLocaleString('en-US')} schema errors; only the first ${MAX_SCHEMA_FINDINGS.toLocaleString('en-US')} are shown. Fix those first.`,
    range: { start: 0, end: parsed.lines.lineEnd(0) },
    path: [],
  };
}

/**
 * For `anyOf` and `oneOf`, keeps only the errors of the branch that matches best, never the
 * combinator's own "must match a schema" error. Each branch is validated on its own to know
 * which errors are its. Branches that each miss one required property at the same place become
 * one error naming the alternatives; branches that each want another type, one error naming the types.
 */
function pickBestBranches(errors: readonly ErrorObject[], value: unknown, kind: FileKind): ErrorObject[] {
  /** What stands in for a combinator's error, in its place, so errors keep the order of the document. */
  const replacements = new Map<ErrorObject, ErrorObject[]>();
  const dropped = new Set<ErrorObject>();
  const bySignature = new Map<string, ErrorObject[]>();
  const index = (error: ErrorObject): void => {
    const key = signature(error);
    const same = bySignature.get(key);
    if (same) same.push(error);
    else bySignature.set(key, [error]);
  };
  errors.forEach(index);
  for (let i = errors.length - 1; i >= 0; i--) {
    const combinator = errors[i];
    if ((combinator.keyword !== 'anyOf' && combinator.keyword !== 'oneOf') || dropped.has(combinator)) continue;
    const validators = Array.isArray(combinator.schema) ? branchValidators(kind, combinator.schema) : undefined;
    if (!validators) continue;
    const at = valueAtPointer(value, combinator.instancePath);
    const branchErrors = validators.map((validate) => {
      validate(at);
      return (validate.errors ?? []).map((error) => ({ ...error, instancePath: combinator.instancePath + error.instancePath }));
    });
    const failing = branchErrors.filter((list) => list.length > 0);
    dropped.add(combinator);
    for (const key of new Set(branchErrors.flat().map(signature))) for (const error of bySignature.get(key) ?? []) dropped.add(error);
    const replace = (...more: ErrorObject[]): void => {
      more.forEach(index);
      replacements.set(combinator, more);
    };
    if (failing.length < branchErrors.length) {
      if (combinator.keyword === 'oneOf') replace({ ...combinator, keyword: 'oneOfMultiple' });
    } else if (failing.every((list) => list.length === 1 && list[0].keyword === 'required' && list[0].instancePath === combinator.instancePath)) {
      const names = failing.map((list) => String((list[0].params as { missingProperty: string }).missingProperty));
      replace({ ...combinator, keyword: 'requiredOneOf', params: { names } });
    } else if (failing.every((list) => list.length === 1 && list[0].keyword === 'type' && list[0].instancePath === combinator.instancePath)) {
      // `anyOf: [{type: number}, {type: string}]` (a union type in the form ajv's strict mode accepts) fails as one type error.
      const types = failing.map((list) => String((list[0].params as { type: string }).type));
      replace({ ...failing[0][0], params: { type: types.join(',') } });
    } else {
      const best = failing.reduce((chosen, list) => (score(list) < score(chosen) ? list : chosen));
      replace(...pickBestBranches(best, value, kind));
    }
  }
  return errors.flatMap((error) => replacements.get(error) ?? [error]).filter((error) => !dropped.has(error));
}

function signature(error: ErrorObject): string {
  return `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
}

function valueAtPointer(value: unknown, pointer: string): unknown {
  if (!pointer) return value;
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    current = (current as Record<string, unknown> | undefined)?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

/** Lower is better: fewer errors, and errors deeper in the value (the branch got further). */
function score(errors: readonly ErrorObject[]): number {
  const depth = Math.max(...errors.map((error) => error.instancePath.split('/').length));
  return errors.length * 100 - depth;
}

function pathOf(parsed: ParsedYaml, instancePath: string): JsonPath {
  if (!instancePath) return [];
  const path: Array<string | number> = [];
  let value: unknown = parsed.value;
  for (const raw of instancePath.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(value) ? Number(part) : part;
    path.push(step);
    value = (value as Record<string | number, unknown> | undefined)?.[step];
  }
  return path;
}

function valueAt(parsed: ParsedYaml, path: JsonPath): unknown {
  let value: unknown = parsed.value;
  for (const step of path) value = (value as Record<string | number, unknown> | undefined)?.[step];
  return value;
}

/** A readable place name: `spec.items[3] ("pay-later")`, or "the top of the file". */
export function describePath(value: unknown, path: JsonPath): string {
  if (path.length === 0) return 'the top of the file';
  let text = '';
  let current = value;
  for (const step of path) {
    text += typeof step === 'number' ? `[${step}]` : text ? `.${step}` : step;
    current = (current as Record<string | number, unknown> | undefined)?.[step];
  }
  const id = (current as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && typeof path[path.length - 1] === 'number' ? `${text} (${quoted(id)})` : text;
}

/** The name of the field a path ends at: `stage` for `spec.items[3].stage`. */
function fieldName(path: JsonPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'value';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  null: 'empty',
};

function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'text';
}

/** A value from the file as a message quotes it: cut to about 60 characters, line breaks as spaces. */
function show(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** The property an unknown one was probably meant to be: a synonym of an allowed one, or the closest spelling. */
function unknownPropertySuggestion(error: ErrorObject): string | undefined {
  const parent: JsonSchema | undefined = error.parentSchema;
  const known = Object.keys(parent?.properties ?? {});
  return meantWord(String((error.params as { additionalProperty?: unknown }).additionalProperty), known);
}

/**
 * One mistake, one finding: a required property that a misspelt key stands for (the unknown key's
 * did-you-mean) is not reported missing as well.
 */
function standsForMissing(errors: readonly ErrorObject[]): (error: ErrorObject) => boolean {
  const meant = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const suggestion = unknownPropertySuggestion(error);
    if (suggestion !== undefined) meant.add(`${error.instancePath}|${suggestion}`);
  }
  if (meant.size === 0) return () => false;
  return (error) => {
    if (error.keyword === 'required') return meant.has(`${error.instancePath}|${String((error.params as { missingProperty?: unknown }).missingProperty)}`);
    if (error.keyword === 'requiredOneOf') return ((error.params as { names?: string[] }).names ?? []).some((name) => meant.has(`${error.instancePath}|${name}`));
    return false;
  };
}

function firstExample(schema: JsonSchema | undefined): unknown {
  const examples = schema?.examples;
  return Array.isArray(examples) ? examples[0] : undefined;
}

const CODES: Record<string, string> = { requiredOneOf: 'required', additionalProperties: 'unknown-property', oneOfMultiple: 'one-of' };

const KEBAB = ID_PATTERN.source;

function translate(parsed: ParsedYaml, error: ErrorObject): Finding | undefined {
  const path = pathOf(parsed, error.instancePath);
  const value = valueAt(parsed, path);
  const field = fieldName(path);
  const schema: JsonSchema | undefined = error.parentSchema;
  const params = error.params as Record<string, unknown>;
  const at = (message: string, data?: Finding['data'], target: 'key' | 'value' = 'value', where: JsonPath = path): Finding => ({
    code: `schema/${CODES[error.keyword] ?? error.keyword.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
    severity: 'error',
    message,
    range: rangeOf(parsed, where, target),
    path: where,
    data,
  });
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      return at(`Missing required property "${name}" ${path.length ? 'in' : 'at'} ${describePath(parsed.value, path)}.`, { missingProperty: name }, 'key');
    }
    case 'requiredOneOf': {
      const names = (params.names as string[]).map((name) => `"${name}"`);
      return at(`${describePath(parsed.value, path)} needs ${names.join(' or ')}.`, { missingProperty: (params.names as string[])[0] }, 'key');
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const suggestion = unknownPropertySuggestion(error);
      const known = Object.keys(schema?.properties ?? {});
      const where = [...path, name];
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : known.length > 0 && known.length <= 12 ? ` Allowed here: ${known.join(', ')}.` : '';
      const finding = at(`Unknown property ${quoted(name)} in ${describePath(parsed.value, path)}.${hint}`, suggestion ? { replacement: suggestion } : undefined, 'key', where);
      return { ...finding, range: keyRange(parsed, where) ?? finding.range };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(' or ');
      return at(`"${field}" should be ${expected}, not ${typeOfValue(value)}.`);
    }
    case 'enum': {
      const allowed = (schema?.enum ?? (params.allowedValues as unknown[]) ?? []).map(String);
      const suggestion = typeof value === 'string' ? meantWord(value, allowed) : undefined;
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      return at(`${show(value)} is not a valid value for "${field}". Use one of: ${allowed.join(', ')}.${hint}`, { allowed, replacement: suggestion });
    }
    case 'const':
      return at(`"${field}" must be ${show(params.allowedValue)}.`, { allowed: [String(params.allowedValue)], replacement: String(params.allowedValue) });
    case 'format': {
      if (params.format === 'date') {
        return at(`${show(value)} is not a valid date for "${field}". Write it as YYYY-MM-DD, for example ${String(firstExample(schema) ?? '2026-10-01')}.`);
      }
      return at(`${show(value)} is not a valid ${String(params.format)} for "${field}".`);
    }
    case 'pattern': {
      const example = firstExample(schema);
      if (params.pattern === KEBAB) {
        return at(
          `${show(value)} is not a valid id for "${field}": use kebab-case (lowercase letters and digits joined by single hyphens), for example "${String(example ?? 'acme-pay')}".`,
        );
      }
      return at(`${show(value)} does not have the expected form for "${field}"${example !== undefined ? `: write it like ${show(example)}` : ''}.`);
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return at(`"${field}" must be ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${String(params.limit)}, not ${show(value)}.`);
    case 'maximum':
    case 'exclusiveMaximum':
      return at(`"${field}" must be ${error.keyword === 'maximum' ? 'at most' : 'less than'} ${String(params.limit)}, not ${show(value)}.`);
    case 'minItems': {
      const limit = Number(params.limit);
      return at(`"${field}" needs at least ${count(limit, 'entry', 'entries')}.`);
    }
    case 'maxItems':
      return at(`"${field}" can have at most ${String(params.limit)} entries.`);
    case 'minLength':
      return at(Number(params.limit) <= 1 ? `"${field}" must not be empty.` : `"${field}" must be at least ${String(params.limit)} characters long.`);
    case 'maxLength':
      return at(`"${field}" must be at most ${String(params.limit)} characters long.`);
    case 'uniqueItems':
      return at(`"${field}" lists the same value twice (entries ${String(params.j)} and ${String(params.i)}). Remove the duplicate.`);
    case 'oneOfMultiple':
      return at(`"${field}" fits more than one of its allowed forms. Keep only the fields of one form.`);
    case 'propertyNames':
      return undefined; // the nested error on the name itself says it better
    default:
      return at(`"${field}" ${error.message ?? 'is not valid'}.`);
  }
}
