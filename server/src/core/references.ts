import { schemaFor } from './schemas';
import { walkAnnotated } from './schemaWalk';
import type { SpecDocument } from './specDocument';
import type { JsonPath } from './types';

/** How an id is written: kebab-case, lower-case letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The kind of entity a value names, when the schemas at its place declare a reference (`x-ref`) and
 * the value is one: a place marked `x-ref-when: id` holds a reference only when written as an id.
 */
export function referenceKind(ref: string | undefined, when: string | undefined, value: unknown): EntityKind | undefined {
  if (!ref || typeof value !== 'string' || value === '') return undefined;
  return when === 'id' && !ID_PATTERN.test(value) ? undefined : (ref as EntityKind);
}

/** What an id names: the annotation values `x-defines` and `x-ref` of the schemas. */
export type EntityKind = 'member' | 'team' | 'vision' | 'goal' | 'need' | 'targetGroup' | 'theme' | 'objective' | 'item' | 'keyResult' | 'roadmap' | 'charter';

/** How each kind of entity reads in sentences: `short` in findings (the file gives the context), `long` on its own. */
export const ENTITY_NAMES: Readonly<Record<EntityKind, { readonly short: string; readonly long: string }>> = {
  member: { short: 'member', long: 'member' },
  team: { short: 'product team', long: 'product team' },
  vision: { short: 'vision', long: 'vision' },
  goal: { short: 'goal', long: 'vision goal' },
  need: { short: 'need', long: 'vision need' },
  targetGroup: { short: 'target group', long: 'target group' },
  theme: { short: 'theme', long: 'theme' },
  objective: { short: 'objective', long: 'objective' },
  item: { short: 'item', long: 'roadmap item' },
  keyResult: { short: 'key result', long: 'key result' },
  roadmap: { short: 'roadmap', long: 'roadmap' },
  charter: { short: 'team charter', long: 'team charter' },
};

/** How a kind of entity (an `x-ref` or `x-defines` value) reads on its own: `vision goal`, `roadmap item`. */
export function entityName(kind: string): string {
  return ENTITY_NAMES[kind as EntityKind]?.long ?? kind;
}

/** An id defined in a spec file: a member, a product team, a goal... */
export interface Definition {
  readonly kind: EntityKind;
  readonly id: string;
  readonly uri: string;
  /** Path of the id property. */
  readonly path: JsonPath;
  /** The entry the id belongs to (the member, the goal...). */
  readonly entry: Readonly<Record<string, unknown>>;
}

/** A place where a spec file names an id defined elsewhere. */
export interface Reference {
  readonly kind: EntityKind;
  readonly id: string;
  readonly uri: string;
  readonly path: JsonPath;
  /** The rule that reports the reference when it names nothing (the schema's `x-reported-by`). */
  readonly reportedBy?: string;
}

export interface DocumentSymbols {
  readonly definitions: readonly Definition[];
  readonly references: readonly Reference[];
}

const EMPTY: DocumentSymbols = { definitions: [], references: [] };

/** Every id a document defines and every id it references (below `at`, if given), read from the schema's annotations. */
export function collectSymbols(doc: SpecDocument, at: JsonPath = []): DocumentSymbols {
  if (!doc.kind || doc.kind === 'Config' || !doc.parsed.value || typeof doc.parsed.value !== 'object') return EMPTY;
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  walkAnnotated(
    schemaFor(doc.kind),
    doc.parsed.value,
    (node, value, path) => {
      if (typeof value !== 'string' || value === '') return;
      if (node.defines) {
        const entry = parentOf(doc.parsed.value, path);
        definitions.push({ kind: node.defines as EntityKind, id: value, uri: doc.uri, path: [...path], entry });
      }
      const kind = referenceKind(node.ref, node.refWhen, value);
      if (kind) references.push({ kind, id: value, uri: doc.uri, path: [...path], ...(node.reportedBy ? { reportedBy: node.reportedBy } : {}) });
    },
    at,
  );
  return { definitions, references };
}

/** The entry (mapping) that holds the last step of a path. */
export function parentOf(root: unknown, path: JsonPath): Record<string, unknown> {
  let value: unknown = root;
  for (const step of path.slice(0, -1)) value = (value as Record<string | number, unknown>)[step];
  return (value ?? {}) as Record<string, unknown>;
}

/**
 * The symbols of a document that an incremental parse changed in one list entry: the previous
 * symbols with those of that entry collected again. Undefined when that cannot be done in place.
 */
export function patchSymbols(before: DocumentSymbols, doc: SpecDocument): { symbols: DocumentSymbols; removed: DocumentSymbols; added: DocumentSymbols } | undefined {
  const entry = doc.parsed.changedEntry;
  if (!entry) return undefined;
  if (entry.length === 0) return { symbols: before, removed: EMPTY, added: EMPTY };
  // The outermost list entry: entries of definitions (members, items...) are list entries, so every one that changed is inside it.
  const cut = entry.findIndex((step) => typeof step === 'number');
  if (cut < 0) return undefined;
  const scope = entry.slice(0, cut + 1);
  const inside = (symbol: { path: JsonPath }): boolean => scope.every((step, i) => symbol.path[i] === step);
  const added = collectSymbols(doc, scope);
  const definitions = replaceBlock(before.definitions, inside, added.definitions);
  const references = replaceBlock(before.references, inside, added.references);
  if (!definitions || !references) return undefined;
  const removed = { definitions: before.definitions.filter(inside), references: before.references.filter(inside) };
  return { symbols: { definitions, references }, removed, added };
}

/** The list with its one contiguous run of matching elements replaced, or undefined when there is no single run. */
function replaceBlock<T>(list: readonly T[], matches: (element: T) => boolean, replacement: readonly T[]): T[] | undefined {
  const first = list.findIndex(matches);
  if (first < 0) return replacement.length === 0 ? [...list] : undefined;
  let last = first;
  while (last + 1 < list.length && matches(list[last + 1])) last++;
  for (let i = last + 1; i < list.length; i++) if (matches(list[i])) return undefined;
  return [...list.slice(0, first), ...replacement, ...list.slice(last + 1)];
}
