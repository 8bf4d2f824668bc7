import { definitionLocations, referenceLocations, symbolAt } from '../../core/language/navigation';
import type { Feature } from './feature';
import { syncOpenDocuments, toLocations } from './shared';

/** Go to definition and find references for every kind of id, across files. */
export const definition: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true },
  register(context) {
    const index = context.workspace.index;
    context.connection.onDefinition((params) => {
      syncOpenDocuments(context);
      const doc = context.document(params.textDocument.uri);
      const symbol = doc && symbolAt(doc, doc.parsed.lines.offset(params.position));
      if (!doc || !symbol) return null;
      return toLocations(index, symbol.role === 'definition' ? [{ uri: doc.uri, range: symbol.range }] : definitionLocations(index, doc, symbol));
    });
    context.connection.onReferences((params) => {
      syncOpenDocuments(context);
      const doc = context.document(params.textDocument.uri);
      const symbol = doc && symbolAt(doc, doc.parsed.lines.offset(params.position));
      if (!symbol) return null;
      return toLocations(index, referenceLocations(index, symbol, params.context.includeDeclaration));
    });
  },
};
