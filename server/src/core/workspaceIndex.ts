import { collectSymbols, type Definition, type DocumentSymbols, type EntityKind, type Reference } from './references';
import type { SpecDocument } from './specDocument';
import type { SpecKind } from './types';

/**
 * Everything the spec files of a workspace name: members, product teams, goals, needs, themes,
 * objectives, items... and every place that refers to them. Cross-file rules and navigation read it.
 */
export class WorkspaceIndex {
  private readonly symbols = new Map<string, DocumentSymbols>();
  private readonly docs = new Map<string, SpecDocument>();
  private definitionsByKind: Map<EntityKind, Definition[]> | undefined;
  private referencesByKind: Map<EntityKind, Reference[]> | undefined;

  /** Adds or replaces a document; returns true when what it contributes to the index changed. */
  set(doc: SpecDocument): boolean {
    const before = this.symbols.get(doc.uri);
    const after = collectSymbols(doc);
    const previous = this.docs.get(doc.uri);
    this.docs.set(doc.uri, doc);
    this.symbols.set(doc.uri, after);
    const changed = !before || previous?.kind !== doc.kind || signature(before) !== signature(after);
    if (changed) this.invalidate();
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

  definitions(kind: EntityKind): readonly Definition[] {
    return this.grouped().definitions.get(kind) ?? [];
  }

  /** The first definition of an id of a kind, or undefined when nothing defines it. */
  lookup(kind: EntityKind, id: string): Definition | undefined {
    return this.definitions(kind).find((definition) => definition.id === id);
  }

  references(kind: EntityKind, id?: string): readonly Reference[] {
    const all = this.grouped().references.get(kind) ?? [];
    return id === undefined ? all : all.filter((reference) => reference.id === id);
  }

  private invalidate(): void {
    this.definitionsByKind = undefined;
    this.referencesByKind = undefined;
  }

  private grouped(): { definitions: Map<EntityKind, Definition[]>; references: Map<EntityKind, Reference[]> } {
    if (!this.definitionsByKind || !this.referencesByKind) {
      const definitions = new Map<EntityKind, Definition[]>();
      const references = new Map<EntityKind, Reference[]>();
      for (const symbols of this.symbols.values()) {
        for (const definition of symbols.definitions) push(definitions, definition.kind, definition);
        for (const reference of symbols.references) push(references, reference.kind, reference);
      }
      this.definitionsByKind = definitions;
      this.referencesByKind = references;
    }
    return { definitions: this.definitionsByKind, references: this.referencesByKind };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What other files can see of a document: ids with their entries, and the ids it references. */
function signature(symbols: DocumentSymbols): string {
  return JSON.stringify([
    symbols.definitions.map((definition) => [definition.kind, definition.id, definition.entry]),
    symbols.references.map((reference) => [reference.kind, reference.id]),
  ]);
}
