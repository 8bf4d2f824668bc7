import type { OffsetRange } from '../types';
import { readLine, resolve, scanLines, unquote, type Anchor, type Resolved, type TextLine } from '../yaml/textLines';

/**
 * What the cursor is in the middle of writing, read from the text around it (which may not
 * parse while it is typed).
 *
 * - `key`: a key of the mapping at `path` (a half-typed key, or an empty line at its column);
 * - `value`: the value at `path` (after `key: `, in a flow list `[a, |]`, or after `- ` in a list);
 * - `entry`: a new entry of the list at `path` (an empty line at the column of its dashes).
 */
export type CursorContext = KeyContext | ValueContext | EntryContext;

interface Common {
  readonly path: Array<string | number>;
  /** The text the completion replaces: the token around the cursor. */
  readonly replace: OffsetRange;
  readonly prefix: string;
  /** The column of the line's keys (or of the dash of a new entry). */
  readonly column: number;
}

export interface KeyContext extends Common {
  readonly type: 'key';
  /** Keys already present in the mapping, other than the one under the cursor. */
  readonly present: ReadonlySet<string>;
  /** True when the line starts a new list entry (`- ` before the key). */
  readonly newEntry: boolean;
  /** True when the key under the cursor already has `:` after it. */
  readonly hasColon: boolean;
}

export interface ValueContext extends Common {
  readonly type: 'value';
  /** Other values of the same list, for lists of ids. */
  readonly siblings: readonly string[];
  /** The quote the value is written in, if any. */
  readonly quote?: string;
  /** True when the value follows `- ` and the list's entries could also be mappings. */
  readonly afterDash: boolean;
  /** True when the cursor is right after `key:` with no space yet. */
  readonly needsSpace: boolean;
  /** After `- `: the keys of the new entry's mapping on the lines below, should it be one. */
  readonly present?: ReadonlySet<string>;
}

export interface EntryContext extends Common {
  readonly type: 'entry';
  /** Plain values of the list's other entries. */
  readonly siblings: readonly string[];
}

const WORD = /[^\s:,[\]{}#"']*/y;

function wordEnd(line: string, from: number): number {
  WORD.lastIndex = from;
  WORD.exec(line);
  return WORD.lastIndex;
}

export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const cursor = offset - lineStart;
  const before = raw.slice(0, cursor);
  const lines = scanLines(text);
  const lineNumber = text.slice(0, lineStart).split('\n').length - 1;
  if (lines[lineNumber]?.kind === 'content') return undefined;
  const beforeLine = readLine(before);
  if (beforeLine.commentColumn >= 0) return undefined;
  const at = (start: number, end: number): OffsetRange => ({ start: lineStart + start, end: lineStart + end });

  const dashes = beforeLine.anchors.filter((anchor) => anchor.type === 'dash');
  const key = beforeLine.anchors.find((anchor) => anchor.type === 'key');
  const afterDashes = dashes.length > 0 ? columnAfterDashes(before, dashes) : beforeLine.indent;

  if (key) return valueContext(lines, lineNumber, raw, cursor, dashes, key, at);

  const rest = before.slice(afterDashes);
  // Right after a dash, before its space: the space comes first (and triggers completion).
  if (dashes.length > 0 && before.endsWith('-') && !key) return undefined;
  // In the indentation before something already written: nothing to complete.
  if (rest === '' && dashes.length === 0 && /^\s+\S/.test(raw.slice(cursor))) return undefined;
  if (/^[^\s:#[\]{},"']*$/.test(rest)) {
    // A key being typed, an empty line, or the start of a list entry.
    const end = wordEnd(raw, cursor);
    const hasColon = /^\s*:(\s|$)/.test(raw.slice(end));
    const column = afterDashes;
    if (dashes.length === 0 && rest === '' && raw.slice(cursor).trim() === '') {
      const resolved = resolve(lines, lineNumber, [], column);
      if (resolved.container === 'seq') return { type: 'entry', path: resolved.path, replace: at(cursor, cursor), prefix: '', column, siblings: resolved.values };
      return { type: 'key', path: resolved.path, replace: at(cursor, cursor), prefix: '', column, present: resolved.keys, newEntry: false, hasColon: false };
    }
    const resolved = resolve(lines, lineNumber, dashes, column, true);
    const present = withoutCurrent(resolved, lines, lineNumber);
    if (dashes.length > 0 && !hasColon) {
      // `- pay|`: a new entry: a plain value, or the first key of a mapping. The caller decides by the schema.
      return {
        type: 'value',
        path: resolved.path,
        replace: at(column, end),
        prefix: rest,
        column,
        siblings: listValues(lines, lineNumber, dashes[dashes.length - 1]),
        afterDash: true,
        needsSpace: false,
        present,
      };
    }
    return { type: 'key', path: resolved.path, replace: at(column, end), prefix: rest, column, present, newEntry: dashes.length > 0, hasColon };
  }
  if (dashes.length > 0 && !/^[[{]/.test(rest)) {
    // `- some text`: a plain list value with spaces.
    const resolved = resolve(lines, lineNumber, dashes, afterDashes);
    const end = valueEnd(raw, afterDashes);
    const quote = /^["']/.test(rest) ? rest[0] : undefined;
    return {
      type: 'value',
      path: resolved.path,
      replace: quote ? at(afterDashes + 1, Math.max(afterDashes + 1, closingQuote(raw, afterDashes, quote))) : at(afterDashes, Math.max(end, cursor)),
      prefix: quote ? rest.slice(1) : rest,
      column: afterDashes,
      siblings: listValues(lines, lineNumber, dashes[dashes.length - 1]),
      quote,
      afterDash: true,
      needsSpace: false,
    };
  }
  return undefined;
}

function columnAfterDashes(before: string, dashes: readonly Anchor[]): number {
  const last = dashes[dashes.length - 1].column;
  let column = last + 1;
  while (column < before.length && before[column] === ' ') column++;
  return column;
}

/** The keys of the mapping other than the one being typed. */
function withoutCurrent(resolved: Resolved, lines: readonly TextLine[], line: number): Set<string> {
  const present = new Set(resolved.keys);
  const own = lines[line]?.anchors.find((anchor) => anchor.type === 'key');
  if (own?.name) present.delete(own.name);
  return present;
}

/** Plain values of the other entries of the list whose dash is `dash`. */
function listValues(lines: readonly TextLine[], line: number, dash: Anchor): string[] {
  return resolve(lines, line, [], dash.column).values;
}

function valueEnd(raw: string, from: number): number {
  const comment = readLine(raw).commentColumn;
  const end = comment >= 0 ? comment : raw.length;
  return from + raw.slice(from, end).trimEnd().length;
}

function closingQuote(raw: string, open: number, quote: string): number {
  const close = raw.indexOf(quote, open + 1);
  return close < 0 ? valueEnd(raw, open) : close;
}

function valueContext(
  lines: readonly TextLine[],
  lineNumber: number,
  raw: string,
  cursor: number,
  dashes: readonly Anchor[],
  key: Anchor,
  at: (start: number, end: number) => OffsetRange,
): CursorContext | undefined {
  const resolved = resolve(lines, lineNumber, dashes, key.column, true);
  const path = [...resolved.path, key.name ?? ''];
  const colon = raw.indexOf(':', key.column + (key.name?.length ?? 0) - 1);
  const valueStart = key.valueColumn ?? colon + 2;
  if (cursor === colon + 1) {
    return { type: 'value', path, replace: at(cursor, cursor), prefix: '', column: key.column, siblings: [], afterDash: false, needsSpace: true };
  }
  if (cursor < valueStart) return undefined;
  const value = raw.slice(valueStart, cursor);
  if (/^[|>]/.test(value)) return undefined;
  if (value.startsWith('[')) {
    // A flow list: complete the entry under the cursor.
    const close = raw.indexOf(']', valueStart);
    if (close >= 0 && close < cursor) return undefined;
    const inner = raw.slice(valueStart + 1, close < 0 ? valueEnd(raw, valueStart) : close);
    const entryStart = Math.max(raw.lastIndexOf('[', cursor - 1), raw.lastIndexOf(',', cursor - 1)) + 1;
    const start = entryStart + (raw.slice(entryStart, cursor).length - raw.slice(entryStart, cursor).trimStart().length);
    const end = wordEnd(raw, cursor);
    const siblings = inner
      .split(',')
      .map((entry) => unquote(entry.trim()))
      .filter((entry) => entry !== '');
    const prefix = raw.slice(start, cursor);
    const index = raw.slice(valueStart + 1, start).split(',').length - 1;
    return {
      type: 'value',
      path: [...path, index],
      replace: at(start, Math.max(end, cursor)),
      prefix,
      column: key.column,
      siblings: siblings.filter((entry) => entry !== raw.slice(start, end)),
      afterDash: false,
      needsSpace: false,
    };
  }
  if (value.startsWith('{')) return undefined;
  const quote = /^["']/.test(value) ? value[0] : undefined;
  if (quote) {
    const close = raw.indexOf(quote, valueStart + 1);
    if (close >= 0 && close < cursor) return undefined;
    return {
      type: 'value',
      path,
      replace: at(valueStart + 1, close < 0 ? Math.max(cursor, valueEnd(raw, valueStart)) : close),
      prefix: value.slice(1),
      column: key.column,
      siblings: [],
      quote,
      afterDash: false,
      needsSpace: false,
    };
  }
  return {
    type: 'value',
    path,
    replace: at(valueStart, Math.max(cursor, valueEnd(raw, valueStart))),
    prefix: value,
    column: key.column,
    siblings: [],
    afterDash: false,
    needsSpace: false,
  };
}
