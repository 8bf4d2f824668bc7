import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { RENAME_REFUSED, renameEdits } from '../../core/language/navigation';
import type { Feature } from './feature';
import { symbolAtPosition, toWorkspaceEdit } from './shared';

/** Renames an id: one workspace edit that changes its definition and every reference, and nothing else. */
export const rename: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(context) {
    const index = context.workspace.index;
    context.connection.onPrepareRename((params) => {
      const { doc, symbol } = symbolAtPosition(context, params);
      if (!doc || !symbol) throw new ResponseError(LSPErrorCodes.RequestFailed, RENAME_REFUSED);
      return { range: doc.parsed.lines.range(symbol.range), placeholder: symbol.id };
    });
    context.connection.onRenameRequest((params) => {
      const { symbol } = symbolAtPosition(context, params);
      if (!symbol) throw new ResponseError(LSPErrorCodes.RequestFailed, RENAME_REFUSED);
      const result = renameEdits(index, symbol, params.newName);
      if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return toWorkspaceEdit(context, result.edits);
    });
  },
};
