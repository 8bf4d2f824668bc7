import type { CodeLens } from 'vscode-languageserver';
import { traces } from '../../core/language/traces';
import type { Feature } from './feature';
import { syncOpenDocuments, toLocations } from './shared';

/** The command that shows the traced objectives, themes and items; clients convert its arguments to their own types. */
export const SHOW_REFERENCES = 'editor.action.showReferences';

/** On each vision goal and need: how many roadmap objectives, themes and items trace to it, clickable to them. */
export const codeLens: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(context) {
    const index = context.workspace.index;
    context.connection.onCodeLens((params): CodeLens[] | null => {
      syncOpenDocuments(context);
      const doc = context.document(params.textDocument.uri);
      if (!doc) return null;
      return traces(doc, index).map((trace) => {
        const range = doc.parsed.lines.range(trace.range);
        const locations = toLocations(index, [...trace.objectives, ...trace.themes, ...trace.items]);
        const command =
          locations.length > 0
            ? { title: trace.title, command: SHOW_REFERENCES, arguments: [doc.uri, range.start, locations] }
            : { title: trace.title, command: '' };
        return { range, command };
      });
    });
  },
};
