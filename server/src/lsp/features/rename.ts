import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { RENAME_REFUSED, renameEdits, symbolAt } from '../../core/language/navigation';
import type { Feature } from './feature';
import { syncOpenDocuments, toWorkspaceEdit } from './shared';

/** Renames an id: one workspace edit that changes its definition and every reference, and nothing else. */
export const rename: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(context) {
    const index = context.workspace.index;
    context.connection.onPrepareRename((params) => {
      syncOpenDocuments(context);
      const doc = context.document(params.textDocument.uri);
      const symbol = doc && symbolAt(doc, doc.parsed.lines.offset(params.position));
      if (!doc || !symbol) throw new ResponseError(LSPErrorCodes.RequestFailed, RENAME_REFUSED);
      return { range: doc.parsed.lines.range(symbol.range), placeholder: symbol.id };
    });
    context.connection.onRenameRequest((params) => {
      syncOpenDocuments(context);
      const doc = context.document(params.textDocument.uri);
      const symbol = doc && symbolAt(doc, doc.parsed.lines.offset(params.position));
      if (!symbol) throw new ResponseError(LSPErrorCodes.RequestFailed, RENAME_REFUSED);
      const result = renameEdits(index, symbol, params.newName);
      if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return toWorkspaceEdit(context, result.edits);
    });
  },
};
