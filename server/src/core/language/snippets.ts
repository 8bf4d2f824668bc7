import type { SpecDocument } from '../specDocument';
import type { Completion } from './completion';
import type { CursorContext } from './cursorContext';
import { SPEC_SNIPPETS, type SpecSnippet } from './snippetCatalogue';

/**
 * The snippets that fit the cursor's place: a snippet of a list where a new entry of that list
 * can start (its own kind of file only), the list itself with its first entry where a key of
 * `spec` can go, and the comment that turns a hint off at the start of any line once its `p` is typed.
 */
export function snippetCompletions(doc: SpecDocument, context: CursorContext): Completion[] {
  if (doc.kind === 'Config') return [];
  const out: Completion[] = [];
  for (const snippet of SPEC_SNIPPETS) {
    const insertText = placed(snippet, doc, context);
    if (insertText === undefined) continue;
    out.push({
      label: snippet.prefix,
      kind: 'snippet',
      detail: snippet.name,
      documentation: `${snippet.description}\n\n\`\`\`yaml\n${snippet.body.join('\n')}\n\`\`\``,
      insertText,
      snippet: true,
      range: context.replace,
      // The entries of the place first, then the comment that fits anywhere.
      sortText: `${snippet.place ? 3 : 4}${snippet.prefix}`,
    });
  }
  return out;
}

/**
 * True where the snippets may still change as the user types: at the start of a line with nothing
 * typed yet, `ps-disable` joins the list once its `p` is typed, so the editor should ask again.
 */
export function snippetsFollowTyping(doc: SpecDocument, context: CursorContext): boolean {
  return doc.kind !== 'Config' && atLineStart(context) && context.prefix === '';
}

function atLineStart(context: CursorContext): boolean {
  return context.type === 'entry' || (context.type === 'key' && !context.newEntry && !context.hasColon);
}

/** What the snippet inserts at the cursor, or undefined when it does not belong there. */
function placed(snippet: SpecSnippet, doc: SpecDocument, context: CursorContext): string | undefined {
  const [first, ...rest] = snippet.body;
  const pad = (column: number, lines: readonly string[]): string[] => lines.map((line) => `${' '.repeat(column)}${line}`);
  const lineStart = atLineStart(context);
  // It fits above any line, so it waits to be asked for by its first letter rather than join every list of keys.
  if (!snippet.place) return lineStart && context.prefix.startsWith('p') ? [first, ...pad(context.column, rest)].join('\n') : undefined;
  const { kind, list } = snippet.place;
  if (doc.kind !== kind) return undefined;
  const path = context.path;
  const inList = (at: readonly (string | number)[]): boolean => at.length === 2 && at[0] === 'spec' && at[1] === list;
  // A new entry at the column of the list's dashes.
  if (lineStart && inList(path)) return [first, ...pad(context.column, rest)].join('\n');
  // After a dash already typed: the entry without its dash, its other keys under the first.
  if (context.type === 'value' && context.afterDash && inList(path.slice(0, -1))) {
    return [
      first.replace(/^- /, ''),
      ...pad(
        context.column,
        rest.map((line) => line.slice(2)),
      ),
    ].join('\n');
  }
  // A key of `spec` where the list is not yet written: the list with its first entry.
  if (lineStart && context.type === 'key' && path.length === 1 && path[0] === 'spec' && !context.present.has(list)) {
    return [`${list}:`, ...pad(context.column + 2, [first, ...rest])].join('\n');
  }
  return undefined;
}
