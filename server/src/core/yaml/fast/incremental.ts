import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { documentEnd, fastParse, type FastParse } from '.';
import { documentNode, shiftRange } from './nodes';

/**
 * Re-parses only the list entry an edit falls in, and reuses the rest of the previous parse.
 *
 * The entry is the innermost block-list entry that holds the whole changed region. Its new text is
 * parsed on its own; when that gives exactly one entry at the same column, the entry is swapped in,
 * every later range is shifted by the change in length, and the value is rebuilt by copying only
 * the containers along the entry's path. Anything else (no such entry, a change that reaches the
 * dash or the end of the entry, a new entry typed inside it, syntax the fast parser leaves to the
 * full parser) returns undefined and the caller parses the whole text.
 *
 * The previous tree's nodes are reused and those after the edit moved in place (copying them would
 * cost more than the re-parse itself on a long roadmap): the caller hands that tree over, and a
 * previous parse read again rebuilds its own tree from its text.
 */
export function reparse(previous: { text: string; parse: FastParse }, text: string): FastParse | undefined {
  const old = previous.text;
  const shorter = Math.min(old.length, text.length);
  const start = commonPrefix(old, text, shorter);
  if (start === old.length && start === text.length) return { ...previous.parse, changedEntry: [] };
  const tail = commonSuffix(old, text, shorter - start);
  const oldEnd = old.length - tail;
  const delta = text.length - old.length;

  const found = innermostEntry(previous.parse.document.contents as Node, start, oldEnd);
  if (!found) return undefined;
  const { seq, index, path } = found;
  const entry = seq.items[index] as Node;
  const lineStart = old.lastIndexOf('\n', entry.range![0] - 1) + 1;
  const column = seq.range![0] - (old.lastIndexOf('\n', seq.range![0] - 1) + 1);
  const dash = lineStart + column;
  // The edit must stay strictly inside the entry: after its dash, before its final line break.
  const entryEnd = entry.range![2];
  if (old[dash] !== '-' || start <= dash + 1 || oldEnd >= entryEnd || old[entryEnd - 1] !== '\n') return undefined;

  const snippet = text.slice(lineStart, entryEnd + delta);
  const parsed = fastParse(snippet);
  const root = parsed?.document.contents;
  if (!parsed || !isSeq(root) || root.items.length !== 1 || root.range[0] !== column) return undefined;
  const replacement = root.items[0] as Node;
  if (replacement.range![2] !== snippet.length || endsWithCommentedEmptyValue(replacement)) return undefined;

  // The nodes after the edit are moved in place: the caller hands the previous parse's tree over (see TextParse).
  shiftFrom(previous.parse.document.contents as Node, oldEnd, delta);
  shiftAll(replacement, lineStart);
  seq.items[index] = replacement;
  const contents = previous.parse.document.contents as Node;
  const document = documentNode(contents, [previous.parse.document.range[0], contents.range![2], documentEnd(contents, text.length)]);
  return { document, value: setIn(previous.parse.value, path, (parsed.value as unknown[])[0]), changedEntry: path };
}

/** Characters compared at once, natively, before the search narrows to single characters. */
const CHUNK = 1024;

function commonPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  while (at + CHUNK <= limit && a.substring(at, at + CHUNK) === b.substring(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let tail = 0;
  while (tail + CHUNK <= limit && a.substring(a.length - tail - CHUNK, a.length - tail) === b.substring(b.length - tail - CHUNK, b.length - tail)) tail += CHUNK;
  while (tail < limit && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return tail;
}

interface Entry {
  readonly seq: YAMLSeq;
  readonly index: number;
  /** Path of the entry in the value. */
  readonly path: Array<string | number>;
}

/** The innermost block-list entry whose range holds [start, end). */
function innermostEntry(root: Node, start: number, end: number): Entry | undefined {
  let found: Entry | undefined;
  const path: Array<string | number> = [];
  let node: unknown = root;
  for (;;) {
    if (isMap(node) && !node.flow) {
      const pair = node.items.find((item) => {
        const key = (item.key as Node).range!;
        const value = (item.value as Node | null)?.range;
        return key[0] <= start && (value ? value[1] : key[1]) >= end;
      });
      if (!pair || !isScalar(pair.key)) return found;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node) && !node.flow) {
      const index = node.items.findIndex((item) => {
        const range = (item as Node).range!;
        return range[0] <= start && range[2] > end;
      });
      if (index < 0) return found;
      path.push(index);
      found = { seq: node, index, path: [...path] };
      node = node.items[index];
    } else {
      return found;
    }
  }
}

/** An empty value followed by a comment ends at the next line's indentation, which lies outside the entry. */
function endsWithCommentedEmptyValue(node: Node): boolean {
  let last: unknown = node;
  for (;;) {
    if (isMap(last) && !last.flow && last.items.length > 0) last = last.items[last.items.length - 1].value;
    else if (isSeq(last) && !last.flow && last.items.length > 0) last = last.items[last.items.length - 1];
    else break;
  }
  return isScalar(last) && last.value === null && last.range![2] > last.range![1];
}

/** Adds `delta` to every offset at or after `from`, skipping subtrees that end before it. */
function shiftFrom(node: Node, from: number, delta: number): void {
  const range = node.range!;
  if (range[2] < from) return;
  if (range[0] >= from) return shiftAll(node, delta);
  shiftRange(node, from, delta);
  if (isMap(node)) {
    for (const pair of node.items) {
      shiftFrom(pair.key as Node, from, delta);
      if (pair.value) shiftFrom(pair.value as Node, from, delta);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) shiftFrom(item as Node, from, delta);
  }
}

function shiftAll(node: Node, delta: number): void {
  shiftRange(node, -Infinity, delta);
  if (isMap(node)) {
    for (const pair of node.items) {
      shiftAll(pair.key as Node, delta);
      if (pair.value) shiftAll(pair.value as Node, delta);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) shiftAll(item as Node, delta);
  }
}

/** A copy of `value` with the entry at `path` replaced, sharing every untouched container. */
function setIn(value: unknown, path: ReadonlyArray<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[step as number] = setIn(value[step as number], rest, replacement);
    return copy;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [step]: setIn(record[step as string], rest, replacement) };
}
