import { definitionLocations, referenceLocations } from '../../core/language/navigation';
import type { Feature } from './feature';
import { symbolAtPosition, toLocations } from './shared';

/** Go to definition and find references for every kind of id, across files. */
export const definition: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true },
  register(context) {
    const index = context.workspace.index;
    context.connection.onDefinition((params) => {
      const { doc, symbol } = symbolAtPosition(context, params);
      if (!doc || !symbol) return null;
      return toLocations(index, symbol.role === 'definition' ? [{ uri: doc.uri, range: symbol.range }] : definitionLocations(index, doc, symbol));
    });
    context.connection.onReferences((params) => {
      const { symbol } = symbolAtPosition(context, params);
      if (!symbol) return null;
      return toLocations(index, referenceLocations(index, symbol, params.context.includeDeclaration));
    });
  },
};
