import type { Location as LspLocation, Position, Range, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { OffsetRange, WorkspaceIndex } from '../../core';
import type { TextEdit } from '../../core/language/edits';
import { symbolAt, type Location } from '../../core/language/navigation';
import type { SpecDocument } from '../../core/specDocument';
import type { ServerContext } from './feature';

/** Brings every open document up to date, so that answers across files see the editor's newest text. */
export function syncOpenDocuments(context: ServerContext): void {
  for (const document of context.documents.all()) context.document(document.uri);
}

/**
 * The document of a request and the id at its position, once every open document is up to date (ids
 * are looked up across files); the symbol is undefined where the position holds no id.
 */
export function symbolAtPosition(
  context: ServerContext,
  params: { readonly textDocument: { readonly uri: string }; readonly position: Position },
): { readonly doc?: SpecDocument; readonly symbol?: ReturnType<typeof symbolAt> } {
  syncOpenDocuments(context);
  const doc = context.document(params.textDocument.uri);
  return { doc, symbol: doc && symbolAt(doc, doc.parsed.lines.offset(params.position)) };
}

/** The protocol range of an offset range in a workspace document. */
export function rangeIn(index: WorkspaceIndex, uri: string, range: OffsetRange): Range | undefined {
  return index.document(uri)?.parsed.lines.range(range);
}

export function toLocations(index: WorkspaceIndex, locations: readonly Location[]): LspLocation[] {
  return locations.flatMap((location) => {
    const range = rangeIn(index, location.uri, location.range);
    return range ? [{ uri: location.uri, range }] : [];
  });
}

export function toTextEdits(index: WorkspaceIndex, uri: string, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.flatMap((edit) => {
    const range = rangeIn(index, uri, edit.range);
    return range ? [{ range, newText: edit.newText }] : [];
  });
}

/**
 * One workspace edit from the edits of several files. Each file's edits name the version of the
 * document they were computed for (open documents), so an editor never applies them to a newer one.
 */
export function toWorkspaceEdit(context: ServerContext, edits: ReadonlyMap<string, readonly TextEdit[]>): WorkspaceEdit {
  const index = context.workspace.index;
  return {
    documentChanges: [...edits].map(([uri, list]) => ({
      textDocument: { uri, version: context.documents.get(uri)?.version ?? null },
      edits: toTextEdits(index, uri, list),
    })),
  };
}
