import type { Position } from 'vscode-languageserver-protocol';

/** The marker tests put in fixture text where the cursor is. */
export const CURSOR = '<|>';

/** The text without its cursor marker, and the position the marker stood at. */
export function withCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf(CURSOR);
  if (at < 0 || marked.indexOf(CURSOR, at + 1) >= 0) throw new Error(`The text needs exactly one ${CURSOR} marker.`);
  const before = marked.slice(0, at);
  const line = before.split('\n').length - 1;
  return { text: marked.slice(0, at) + marked.slice(at + CURSOR.length), position: { line, character: at - (before.lastIndexOf('\n') + 1) } };
}

/** The position of the first occurrence of `needle` (plus `shift` characters) in a text. */
export function positionOf(text: string, needle: string, shift = 0): Position {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text.`);
  const offset = at + shift;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}
