import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem } from 'vscode-languageserver';
import { complete, type Completion } from '../../core/language/completion';
import type { LineIndex } from '../../core';
import type { Feature } from './feature';

const KINDS: Record<Completion['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

function toItem(completion: Completion, lines: LineIndex): CompletionItem {
  return {
    label: completion.label,
    kind: KINDS[completion.kind],
    ...(completion.detail ? { detail: completion.detail } : {}),
    ...(completion.documentation ? { documentation: { kind: 'markdown', value: completion.documentation } } : {}),
    textEdit: { range: lines.range(completion.range), newText: completion.insertText },
    insertTextFormat: completion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.asIs,
    sortText: completion.sortText,
    ...(completion.retrigger ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

/** Keys, enum values, ids from the workspace and new list entries, wherever the schema allows them. */
export const completion: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [' ', ':'] } },
  register(context) {
    context.connection.onCompletion((params) => {
      const doc = context.document(params.textDocument.uri);
      if (!doc) return null;
      const offset = doc.parsed.lines.offset(params.position);
      const result = complete(doc, offset, context.workspace.index);
      return { isIncomplete: result.followsTyping, items: result.items.map((item) => toItem(item, doc.parsed.lines)) };
    });
  },
};
