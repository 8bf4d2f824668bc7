import { isScalar } from 'yaml';
import { nodeAtPath, pathAtOffset } from '../locate';
import { referenceScope } from '../model/referenceScope';
import { entityName, ID_PATTERN, type EntityKind } from '../references';
import type { SpecDocument } from '../specDocument';
import type { JsonPath, OffsetRange } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { tokenRange, type TextEdit } from './edits';
import { definesOf, referenceAt, rootSchemaOf, schemasAt } from './schemaInfo';

/** An id under the cursor: where it is defined, or where it is referred to. */
export interface SymbolAt {
  readonly kind: EntityKind;
  readonly id: string;
  readonly role: 'definition' | 'reference';
  /** The id's text, without quotes. */
  readonly range: OffsetRange;
  readonly path: JsonPath;
}

export interface Location {
  readonly uri: string;
  readonly range: OffsetRange;
}

/** The id at an offset, when the schema says the value there defines or refers to one. */
export function symbolAt(doc: SpecDocument, offset: number): SymbolAt | undefined {
  const root = rootSchemaOf(doc);
  if (!doc.parsed.document) return undefined;
  const at = pathAtOffset(doc.parsed, offset);
  if (at.onKey || !isScalar(at.node) || typeof at.node.value !== 'string' || at.node.value === '') return undefined;
  const range = tokenRange(at.node);
  if (!range || offset < at.node.range![0] || offset > at.node.range![1]) return undefined;
  const schemas = schemasAt(root, at.path);
  const defines = definesOf(schemas);
  if (defines) return { kind: defines as EntityKind, id: at.node.value, role: 'definition', range, path: at.path };
  const ref = referenceAt(schemas, at.node.value);
  if (ref) return { kind: ref, id: at.node.value, role: 'reference', range, path: at.path };
  return undefined;
}

/** The range of the id at a path of a workspace document, without quotes. */
export function idRange(index: WorkspaceIndex, uri: string, path: JsonPath): OffsetRange | undefined {
  const doc = index.document(uri);
  const node = doc ? nodeAtPath(doc.parsed, path) : undefined;
  return node && isScalar(node) ? tokenRange(node) : undefined;
}

function located(index: WorkspaceIndex, uri: string, path: JsonPath): Location[] {
  const range = idRange(index, uri, path);
  return range ? [{ uri, range }] : [];
}

/** Where the id under the cursor is defined, the closest definitions first (same file, the served vision: see `model/referenceScope`). */
export function definitionLocations(index: WorkspaceIndex, doc: SpecDocument, symbol: SymbolAt): Location[] {
  const preferred = new Set<string>([doc.uri, ...(referenceScope(index, doc, symbol.kind).uris ?? [])]);
  const definitions = index.definitions(symbol.kind).filter((definition) => definition.id === symbol.id);
  const ordered = [...definitions.filter((d) => preferred.has(d.uri)), ...definitions.filter((d) => !preferred.has(d.uri))];
  return ordered.flatMap((definition) => located(index, definition.uri, definition.path));
}

/** Every place that names the id: its definitions (when asked) and its references, in file order. */
export function referenceLocations(index: WorkspaceIndex, symbol: Pick<SymbolAt, 'kind' | 'id'>, includeDeclaration: boolean): Location[] {
  const definitions = includeDeclaration ? index.definitions(symbol.kind).filter((definition) => definition.id === symbol.id) : [];
  const places = [...definitions, ...index.references(symbol.kind, symbol.id)];
  return places.flatMap((place) => located(index, place.uri, place.path)).sort(byPlace);
}

function byPlace(a: Location, b: Location): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start - b.range.start;
}

export type RenameResult = { readonly edits: ReadonlyMap<string, TextEdit[]> } | { readonly error: string };

/** The edits that rename an id: its definitions and every reference across the workspace, nothing else. */
export function renameEdits(index: WorkspaceIndex, symbol: SymbolAt, newName: string): RenameResult {
  const what = entityName(symbol.kind);
  if (!ID_PATTERN.test(newName)) {
    return { error: `"${newName}" is not a valid id: use kebab-case, lower-case letters and digits joined by single hyphens.` };
  }
  if (newName !== symbol.id && index.lookup(symbol.kind, newName)) {
    return { error: `A ${what} with the id "${newName}" already exists; renaming "${symbol.id}" to it would merge the two.` };
  }
  const edits = new Map<string, TextEdit[]>();
  for (const location of referenceLocations(index, symbol, true)) {
    const list = edits.get(location.uri) ?? [];
    list.push({ range: location.range, newText: newName });
    edits.set(location.uri, list);
  }
  return { edits };
}

export const RENAME_REFUSED =
  'Only ids can be renamed: put the cursor on an id (a member, a product team, a goal, a need, a theme, an objective, an item...) or on a reference to one.';
