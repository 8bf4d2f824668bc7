import { hover as hoverAt } from '../../core/language/hover';
import type { Feature } from './feature';
import { syncOpenDocuments } from './shared';

/** The schema's description of a key; for an id, what it names. */
export const hover: Feature = {
  capabilities: { hoverProvider: true },
  register(context) {
    context.connection.onHover((params) => {
      syncOpenDocuments(context);
      const doc = context.document(params.textDocument.uri);
      if (!doc) return null;
      const result = hoverAt(doc, doc.parsed.lines.offset(params.position), context.workspace.index, context.workspace.today(context.workspace.configFor(doc.fileName)));
      return result ? { contents: { kind: 'markdown', value: result.markdown }, range: doc.parsed.lines.range(result.range) } : null;
    });
  },
};
