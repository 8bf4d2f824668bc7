import { FoldingRangeKind } from 'vscode-languageserver';
import { foldingRanges } from '../../core/language/folding';
import type { Feature } from './feature';

/** Folding for every mapping, list, list entry and multi-line text, and for blocks of comments. */
export const folding: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(context) {
    context.connection.onFoldingRanges((params) => {
      const doc = context.document(params.textDocument.uri);
      if (!doc) return null;
      return foldingRanges(doc).map((fold) => ({
        startLine: fold.startLine,
        endLine: fold.endLine,
        ...(fold.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : {}),
      }));
    });
  },
};
