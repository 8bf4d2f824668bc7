import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + position.character, lineEnd < 0 ? text.length : lineEnd);
}

/** Applies text edits the way an editor does: all against the original text, none overlapping. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits.map((edit) => ({ start: offsetOf(text, edit.range.start), end: offsetOf(text, edit.range.end), newText: edit.newText }));
  resolved.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i].end > resolved[i - 1].start) throw new Error(`Overlapping edits at offsets ${resolved[i].start} and ${resolved[i - 1].start}`);
  }
  let out = text;
  for (const edit of resolved) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** The edits of one file in a workspace edit, with the document version they were computed for. */
export function editsOf(edit: WorkspaceEdit, uri: string): { version: number | null; edits: TextEdit[] } {
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) return { version: change.textDocument.version, edits: change.edits as TextEdit[] };
  }
  throw new Error(`The edit does not change ${uri}`);
}

/** The files a workspace edit changes. */
export function changedUris(edit: WorkspaceEdit): string[] {
  return (edit.documentChanges ?? []).flatMap((change) => ('textDocument' in change ? [change.textDocument.uri] : []));
}

/** Applies a workspace edit to texts by uri; returns the new texts of the files it changed. */
export function applyWorkspaceEdit(texts: Readonly<Record<string, string>>, edit: WorkspaceEdit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [uri, edits] of changedUris(edit).map((uri) => [uri, editsOf(edit, uri).edits] as const)) {
    const text = texts[uri];
    if (text === undefined) throw new Error(`The edit changes a file the test does not know: ${uri}`);
    out[uri] = applyEdits(text, edits);
  }
  return out;
}
