import type { FileKind, Finding, JsonPath } from '../core';
import { parentOf, type Definition, type DocumentSymbols, type Reference } from '../core/references';

/**
 * A large file checked on another thread crosses to the server's thread in parts of a few hundred
 * entries: receiving a 55,000-line roadmap's value in one message would hold the server's thread for
 * a quarter of a second; each part takes a few milliseconds, and requests are answered in between.
 */
const PART_LENGTH = 200;

/** What every message about a checked file says of it, but its value. */
interface FileFacts {
  readonly uri: string;
  readonly fileName: string;
  readonly text: string;
  readonly kind: FileKind | undefined;
  readonly parseFindings: readonly Finding[];
  readonly documentFindings: readonly Finding[];
}

/** The first message of a file: everything but its long lists, which follow in parts. */
export interface FileHead extends FileFacts {
  readonly type: 'file';
  /** The value with every long list left empty. */
  readonly skeleton: unknown;
}

/** A file that left the workspace while it was read. */
export interface GoneFile {
  readonly type: 'gone';
  readonly uri: string;
}

type DefinitionWithoutEntry = Omit<Definition, 'entry'>;

/** One part of a file's long lists. */
export type FilePart =
  | { readonly type: 'values'; readonly path: JsonPath; readonly values: readonly unknown[] }
  | { readonly type: 'findings'; readonly findings: readonly Finding[] }
  | { readonly type: 'definitions'; readonly definitions: readonly DefinitionWithoutEntry[] }
  | { readonly type: 'references'; readonly references: readonly Reference[] }
  | { readonly type: 'end' };

/** The messages that carry one checked file, in order. */
export function fileMessages(head: FileFacts & { readonly value: unknown }, symbols: DocumentSymbols, findings: readonly Finding[]): Array<FileHead | FilePart> {
  const parts: FilePart[] = [];
  const { value, ...rest } = head;
  const skeleton = withoutLongLists(value, [], parts);
  for (const batch of batches(findings)) parts.push({ type: 'findings', findings: batch });
  // An entry is the object that holds the id: found again in the value the server's thread rebuilds.
  for (const batch of batches(symbols.definitions)) parts.push({ type: 'definitions', definitions: batch.map(({ entry: _entry, ...definition }) => definition) });
  for (const batch of batches(symbols.references)) parts.push({ type: 'references', references: batch });
  parts.push({ type: 'end' });
  return [{ type: 'file', ...rest, skeleton }, ...parts];
}

function batches<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += PART_LENGTH) out.push(list.slice(start, start + PART_LENGTH));
  return out;
}

/** A copy of the value whose long lists are empty; their entries go into `parts`, in order. */
function withoutLongLists(value: unknown, path: JsonPath, parts: FilePart[]): unknown {
  if (Array.isArray(value)) {
    if (value.length <= PART_LENGTH) return value.map((entry, index) => withoutLongLists(entry, [...path, index], parts));
    for (const batch of batches(value)) parts.push({ type: 'values', path, values: batch });
    return [];
  }
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    // defineProperty: a key named __proto__ is data, not the object's prototype.
    Object.defineProperty(copy, key, { value: withoutLongLists(entry, [...path, key], parts), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** A file put together again from its messages. */
export interface AssembledFile extends FileFacts {
  readonly type: 'checked';
  readonly value: unknown;
  readonly symbols: DocumentSymbols;
  readonly findings: Finding[];
}

/** Puts a file together from its head and parts; returns the file once its last part arrived. */
export class FileAssembly {
  private readonly definitions: Definition[] = [];
  private readonly references: Reference[] = [];
  private readonly findings: Finding[] = [];

  constructor(private readonly head: FileHead) {}

  get uri(): string {
    return this.head.uri;
  }

  add(part: FilePart): AssembledFile | undefined {
    const value = this.head.skeleton;
    switch (part.type) {
      case 'values':
        (at(value, part.path) as unknown[]).push(...part.values);
        return undefined;
      case 'findings':
        this.findings.push(...part.findings);
        return undefined;
      case 'definitions':
        for (const definition of part.definitions) this.definitions.push({ ...definition, entry: parentOf(value, definition.path) });
        return undefined;
      case 'references':
        this.references.push(...part.references);
        return undefined;
      case 'end': {
        const { type: _type, skeleton: _skeleton, ...rest } = this.head;
        return { ...rest, type: 'checked', value, symbols: { definitions: this.definitions, references: this.references }, findings: this.findings };
      }
    }
  }
}

function at(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const step of path) value = (value as Record<string | number, unknown>)[step];
  return value;
}
