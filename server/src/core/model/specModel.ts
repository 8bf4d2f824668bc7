import type { SpecDocument } from '../specDocument';
import type { Roadmap, TeamCharter, Vision } from './specTypes.generated';

/**
 * The typed accessor layer of the spec model: a spec's values as read from its file, with the field
 * names of its schema's generated types. The file may not validate, so every value is checked when it
 * is read: `field` gives `unknown` (read it with `text`, `strings`, `finiteNumber`...), `child` an object
 * or nothing, `list` the entries of a list that are objects. Reading a field the schema does not have does not
 * compile, so renaming a schema field breaks the build where code reads it.
 */

/** An object of a spec file typed by its schema type `T`: only its field names are trusted, not its values. */
export type Read<T> = { readonly [K in keyof T]?: unknown } & { readonly [shape]?: T };
declare const shape: unique symbol;

/** The element type of a list field. */
type ElementOf<V> = V extends ReadonlyArray<infer E> ? E : never;

/** The keys of `T` whose values are objects (not lists). */
type ObjectKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends ReadonlyArray<unknown> ? never : NonNullable<T[K]> extends object ? K : never }[keyof T] & string;

/** The keys of `T` whose values are lists. */
type ListKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends ReadonlyArray<unknown> ? K : never }[keyof T] & string;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A list's string entries. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** A number that is finite, or undefined. */
export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** True when a value is missing, empty text, or an empty list or mapping. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** The value of one field, unchecked. */
export function field<T, K extends keyof T & string>(entry: Read<T> | undefined, key: K): unknown {
  return entry?.[key];
}

/** The text of one field: a non-empty string, or undefined. */
export function textOf<T, K extends keyof T & string>(entry: Read<T> | undefined, key: K): string | undefined {
  return text(entry?.[key]);
}

/** A field that holds an object, or undefined when it holds anything else. */
export function child<T, K extends ObjectKeys<T>>(entry: Read<T> | undefined, key: K): Read<NonNullable<T[K]>> | undefined {
  const value = entry?.[key];
  return isObject(value) ? value : undefined;
}

/** A list field's entries that are objects, each with its index in the list. */
export function list<T, K extends ListKeys<T>>(entry: Read<T> | undefined, key: K): Array<[Read<ElementOf<NonNullable<T[K]>>>, number]> {
  const value = entry?.[key];
  if (!Array.isArray(value)) return [];
  const out: Array<[Read<ElementOf<NonNullable<T[K]>>>, number]> = [];
  value.forEach((item: unknown, index) => {
    if (isObject(item)) out.push([item, index]);
  });
  return out;
}

/** The whole file of a document of the given kind, when its value is an object. */
function fileOf<T>(doc: SpecDocument | undefined): Read<T> | undefined {
  const value = doc?.parsed.value;
  return isObject(value) ? value : undefined;
}

export const visionFile = (doc: SpecDocument | undefined): Read<Vision.File> | undefined => (doc?.kind === 'Vision' ? fileOf<Vision.File>(doc) : undefined);
export const roadmapFile = (doc: SpecDocument | undefined): Read<Roadmap.File> | undefined => (doc?.kind === 'Roadmap' ? fileOf<Roadmap.File>(doc) : undefined);
export const charterFile = (doc: SpecDocument | undefined): Read<TeamCharter.File> | undefined => (doc?.kind === 'TeamCharter' ? fileOf<TeamCharter.File>(doc) : undefined);

/** The `spec` object of a document of the given kind, or undefined when it is not an object (the schema reports that). */
export const visionSpec = (doc: SpecDocument | undefined): Read<Vision.Spec> | undefined => child(visionFile(doc), 'spec');
export const roadmapSpec = (doc: SpecDocument | undefined): Read<Roadmap.Spec> | undefined => child(roadmapFile(doc), 'spec');
export const charterSpec = (doc: SpecDocument | undefined): Read<TeamCharter.Spec> | undefined => child(charterFile(doc), 'spec');
