import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { documentEnd, fastParse, type FastParse } from '.';
import { documentNode, mapNode, pairNode, seqNode, shifted, type Range } from './nodes';
import { textChange, type TextChange } from '../textChange';

/**
 * Re-parses only the list entry an edit falls in, and reuses the rest of the previous parse.
 *
 * The entry is the innermost block-list entry that holds the whole changed region. Its new text is
 * parsed on its own; when that gives exactly one entry at the same column, a new tree is made with
 * that entry in place, and the value is rebuilt the same way. Anything else (no such entry, a change
 * that reaches the dash or the end of the entry, a new entry typed inside it, syntax the fast parser
 * leaves to the full parser) returns undefined and the caller parses the whole text.
 *
 * The previous parse is never changed: the new tree copies only the collections along the entry's
 * path and shares every other node with it. Nodes before the edit are shared as they are; those
 * after it are seen through views that move their offsets by the change in length (see `shifted`),
 * so an edit costs no walk over the rest of a long roadmap.
 */
export function reparse(previous: { text: string; parse: FastParse }, text: string, change: TextChange = textChange(previous.text, text)): FastParse | undefined {
  const old = previous.text;
  const { start, oldEnd } = change;
  if (start === old.length && start === text.length) return { ...previous.parse, changedEntry: [] };
  const delta = text.length - old.length;

  const found = innermostEntry(previous.parse.document.contents as Node, start, oldEnd);
  if (!found) return undefined;
  const { steps, path } = found;
  const { node: seq, index } = steps[steps.length - 1];
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

  const contents = withEntryReplaced(steps, 0, shifted(replacement, lineStart), oldEnd, delta);
  const document = documentNode(contents, [previous.parse.document.range[0], contents.range![2], documentEnd(contents, text.length)]);
  return { document, value: setIn(previous.parse.value, path, (parsed.value as unknown[])[0]), changedEntry: path };
}

/**
 * A copy of the collection at `steps[depth]` with the entry at the end of `steps` replaced: the
 * collections along the way are new, what comes before the edit is shared, and what comes after it
 * is shared through views moved by `delta`. Every offset at or after `from` (where the edit ended in
 * the previous text) moves by `delta`.
 */
function withEntryReplaced(steps: readonly Step[], depth: number, replacement: Node, from: number, delta: number): Node {
  const { node, index } = steps[depth];
  const child = depth + 1 < steps.length ? withEntryReplaced(steps, depth + 1, replacement, from, delta) : replacement;
  const range = node.range!.map((offset) => (offset >= from ? offset + delta : offset)) as Range;
  if (isSeq(node)) {
    const copy = seqNode(false);
    copy.items = node.items.map((item, i) => (i < index ? item : i === index ? child : shifted(item as Node, delta)));
    copy.range = range;
    return copy;
  }
  const copy = mapNode(false);
  copy.items = node.items.map((pair, i) => (i < index ? pair : i === index ? pairNode(pair.key as Node, child) : shifted(pair, delta)));
  copy.range = range;
  return copy;
}

/** One collection on the way from the root to an entry, and the index of the item (or pair) the way goes through. */
interface Step {
  readonly node: YAMLMap | YAMLSeq;
  readonly index: number;
}

interface Entry {
  /** The collections from the root to the list holding the entry; the last step's index is the entry's. */
  readonly steps: readonly Step[];
  /** Path of the entry in the value. */
  readonly path: Array<string | number>;
}

/** The innermost block-list entry whose range holds [start, end). */
function innermostEntry(root: Node, start: number, end: number): Entry | undefined {
  let found: Entry | undefined;
  const path: Array<string | number> = [];
  const steps: Step[] = [];
  let node: unknown = root;
  for (;;) {
    if (isMap(node) && !node.flow) {
      const index = node.items.findIndex((item) => {
        const key = (item.key as Node).range!;
        const value = (item.value as Node | null)?.range;
        return key[0] <= start && (value ? value[1] : key[1]) >= end;
      });
      const pair = node.items[index];
      if (!pair || !isScalar(pair.key)) return found;
      path.push(String(pair.key.value));
      steps.push({ node, index });
      node = pair.value;
    } else if (isSeq(node) && !node.flow) {
      const index = node.items.findIndex((item) => {
        const range = (item as Node).range!;
        return range[0] <= start && range[2] > end;
      });
      if (index < 0) return found;
      path.push(index);
      steps.push({ node, index });
      found = { steps: [...steps], path: [...path] };
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
