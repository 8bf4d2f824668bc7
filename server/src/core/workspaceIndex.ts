import { collectSymbols, patchSymbols, type Definition, type DocumentSymbols, type EntityKind, type Reference } from './references';
import type { SpecDocument } from './specDocument';
import type { SpecKind } from './types';

/**
 * Everything the spec files of a workspace name: members, product teams, goals, needs, themes,
 * objectives, items... and every place that refers to them. Cross-file rules and navigation read it.
 */
export class WorkspaceIndex {
  private readonly symbols = new Map<string, DocumentSymbols>();
  private readonly docs = new Map<string, SpecDocument>();
  private definitionGroups: Groups<Definition> | undefined;
  private referenceGroups: Groups<Reference> | undefined;

  /**
   * Adds or replaces a document; returns true when what it contributes to the index changed.
   * `collected` are its symbols when they were collected elsewhere (on another thread).
   */
  set(doc: SpecDocument, collected?: DocumentSymbols): boolean {
    const before = this.symbols.get(doc.uri);
    const previous = this.docs.get(doc.uri);
    const sameKind = !!before && previous?.kind === doc.kind;
    // After an edit inside one list entry, only that entry's symbols are collected and compared again.
    const patched = sameKind && !collected ? patchSymbols(before, doc) : undefined;
    const after = collected ?? patched?.symbols ?? collectSymbols(doc);
    this.docs.set(doc.uri, doc);
    this.symbols.set(doc.uri, after);
    const changed = !sameKind || (patched ? signature(patched.removed) !== signature(patched.added) : signature(before) !== signature(after));
    // Lookups must see the new entries even when other files cannot tell the difference.
    if (after !== before) this.invalidate();
    return changed;
  }

  delete(uri: string): boolean {
    const had = this.docs.delete(uri);
    this.symbols.delete(uri);
    if (had) this.invalidate();
    return had;
  }

  document(uri: string): SpecDocument | undefined {
    return this.docs.get(uri);
  }

  /** The documents of the workspace, optionally only those of one kind. */
  documents(kind?: SpecKind): SpecDocument[] {
    const all = [...this.docs.values()];
    return kind ? all.filter((doc) => doc.kind === kind) : all;
  }

  symbolsOf(uri: string): DocumentSymbols | undefined {
    return this.symbols.get(uri);
  }

  /** Every definition of a kind, or only those of one id. */
  definitions(kind: EntityKind, id?: string): readonly Definition[] {
    const groups = this.groupedDefinitions();
    return (id === undefined ? groups.all.get(kind) : groups.byId.get(kind)?.get(id)) ?? [];
  }

  /** The first definition of an id of a kind, or undefined when nothing defines it. */
  lookup(kind: EntityKind, id: string): Definition | undefined {
    return this.definitions(kind, id)[0];
  }

  /** The distinct ids defined for a kind, in the order they appear. */
  ids(kind: EntityKind): readonly string[] {
    return [...(this.groupedDefinitions().byId.get(kind)?.keys() ?? [])];
  }

  /** Every reference to a kind, or only those to one id. */
  references(kind: EntityKind, id?: string): readonly Reference[] {
    const groups = (this.referenceGroups ??= group([...this.symbols.values()].map((symbols) => symbols.references)));
    return (id === undefined ? groups.all.get(kind) : groups.byId.get(kind)?.get(id)) ?? [];
  }

  private groupedDefinitions(): Groups<Definition> {
    return (this.definitionGroups ??= group([...this.symbols.values()].map((symbols) => symbols.definitions)));
  }

  private invalidate(): void {
    this.definitionGroups = undefined;
    this.referenceGroups = undefined;
  }
}

/** Symbols of one sort (definitions or references) by kind, and by kind and id. */
interface Groups<T> {
  readonly all: Map<EntityKind, T[]>;
  readonly byId: Map<EntityKind, Map<string, T[]>>;
}

/** Groups definitions and references apart: a lookup of an id needs only the definitions, built in a third of the time. */
function group<T extends { readonly kind: EntityKind; readonly id: string }>(lists: ReadonlyArray<readonly T[]>): Groups<T> {
  const groups: Groups<T> = { all: new Map(), byId: new Map() };
  for (const list of lists) {
    for (const symbol of list) {
      push(groups.all, symbol.kind, symbol);
      push(inner(groups.byId, symbol.kind), symbol.id, symbol);
    }
  }
  return groups;
}

function inner<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let found = map.get(key);
  if (!found) map.set(key, (found = new Map<string, V>()));
  return found;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * What other files' findings can depend on: every id defined and referenced, and the whole entry of
 * members and product teams (the only entries cross-file rules read). Editing an item's title
 * changes none of it, so only that file is checked again.
 */
function signature(symbols: DocumentSymbols): string {
  const parts: string[] = [];
  for (const definition of symbols.definitions) {
    parts.push(definition.kind, definition.id);
    if (ENTRY_KINDS.has(definition.kind)) parts.push(entryJson(definition.entry));
  }
  parts.push('|');
  for (const reference of symbols.references) parts.push(reference.kind, reference.id);
  return parts.join('\u0000');
}

/** The kinds whose whole entry other files may read (the rules of other files read no other entry). */
export const ENTRY_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['member', 'team']);

const entryJsonCache = new WeakMap<object, string>();

function entryJson(entry: object): string {
  let json = entryJsonCache.get(entry);
  if (json === undefined) entryJsonCache.set(entry, (json = JSON.stringify(entry)));
  return json;
}
