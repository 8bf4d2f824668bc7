import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { LineIndex } from '../../core';
import { idRange } from '../../core/language/navigation';
import { outline, type OutlineSymbol } from '../../core/language/outline';
import { workspaceSymbols } from '../../core/language/workspaceSymbols';
import type { EntityKind } from '../../core/references';
import type { Feature } from './feature';
import { rangeIn, syncOpenDocuments } from './shared';

const SHAPES: Record<Exclude<OutlineSymbol['kind'], 'entity'>, SymbolKind> = {
  object: SymbolKind.Object,
  array: SymbolKind.Array,
  string: SymbolKind.String,
  number: SymbolKind.Number,
  boolean: SymbolKind.Boolean,
  null: SymbolKind.Null,
  omitted: SymbolKind.Null,
};

/** An icon per kind of id, so that people, teams, goals and items look different in the outline. */
const ENTITIES: Record<EntityKind, SymbolKind> = {
  member: SymbolKind.Class,
  team: SymbolKind.Struct,
  vision: SymbolKind.Package,
  goal: SymbolKind.Event,
  need: SymbolKind.Interface,
  targetGroup: SymbolKind.Enum,
  theme: SymbolKind.Namespace,
  objective: SymbolKind.Constant,
  item: SymbolKind.Function,
  keyResult: SymbolKind.Number,
  roadmap: SymbolKind.Package,
  charter: SymbolKind.Package,
};

function toDocumentSymbol(symbol: OutlineSymbol, lines: LineIndex): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: symbol.entity ? ENTITIES[symbol.entity] : symbol.kind === 'entity' ? SymbolKind.Object : SHAPES[symbol.kind],
    range: lines.range(symbol.range),
    selectionRange: lines.range(symbol.selectionRange),
    children: symbol.children.map((child) => toDocumentSymbol(child, lines)),
  };
}

/** The outline of a spec file (items by title, members by name, goals by statement) and every id of the workspace. */
export const symbols: Feature = {
  capabilities: { documentSymbolProvider: true, workspaceSymbolProvider: true },
  register(context) {
    const index = context.workspace.index;
    context.connection.onDocumentSymbol((params) => {
      const doc = context.document(params.textDocument.uri);
      return doc ? outline(doc).map((symbol) => toDocumentSymbol(symbol, doc.parsed.lines)) : null;
    });
    context.connection.onWorkspaceSymbol((params): SymbolInformation[] => {
      syncOpenDocuments(context);
      return workspaceSymbols(index, params.query).flatMap((symbol) => {
        const offsets = idRange(index, symbol.uri, symbol.path);
        const range = offsets && rangeIn(index, symbol.uri, offsets);
        return range ? [{ name: symbol.name, kind: ENTITIES[symbol.entity], containerName: symbol.containerName, location: { uri: symbol.uri, range } }] : [];
      });
    });
  },
};
