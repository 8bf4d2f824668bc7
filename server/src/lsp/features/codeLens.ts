import type { CodeLens } from 'vscode-languageserver';
import { traces } from '../../core/language/traces';
import type { Feature } from './feature';
import { syncOpenDocuments, toLocations } from './shared';

/** The command that shows the traced objectives, themes and items; clients convert its arguments to their own types. */
export const SHOW_REFERENCES = 'editor.action.showReferences';

/** The extension's command that opens the vision board; other editors show the lens as a title only. */
export const SHOW_VISION_BOARD = 'productSpecs.showVisionBoard';

/** On a vision's first line: open the vision board. On each vision goal and need: how many roadmap objectives, themes and items trace to it, clickable to them. */
export const codeLens: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(context) {
    const index = context.workspace.index;
    context.connection.onCodeLens((params): CodeLens[] | null => {
      syncOpenDocuments(context);
      const doc = context.document(params.textDocument.uri);
      if (!doc) return null;
      const board: CodeLens[] =
        doc.kind === 'Vision'
          ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: 'Show vision board', command: SHOW_VISION_BOARD } }]
          : [];
      return [
        ...board,
        ...traces(doc, index).map((trace) => {
          const range = doc.parsed.lines.range(trace.range);
          const locations = toLocations(index, [...trace.objectives, ...trace.themes, ...trace.items]);
          const command =
            locations.length > 0 ? { title: trace.title, command: SHOW_REFERENCES, arguments: [doc.uri, range.start, locations] } : { title: trace.title, command: '' };
          return { range, command };
        }),
      ];
    });
  },
};
