import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { ParsedYaml } from './yaml/parse';
import type { JsonPath, OffsetRange } from './types';

/** Which part of a located entry a range should cover. */
export type Target = 'key' | 'value';

interface Located {
  /** The pair holding the node, when the last path step is a property. */
  readonly pair?: Pair;
  readonly node?: Node | null;
  /** Set when the path runs through a value a mapping merges in (`<<: *defaults`): the merge key's pair, where the value is shown. */
  readonly merge?: Pair;
}

/** Mappings with at least this many pairs get an index of their keys, so locating each of many keys stays fast. */
const INDEXED_FROM = 16;

/** Key indexes by the pairs array they were built from; rebuilt when its length changes. */
const keyIndexes = new WeakMap<readonly unknown[], { readonly length: number; readonly pairs: Map<string, Pair> }>();

/** The first pair of a mapping whose key reads as `key`. */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  const items = map.items;
  if (items.length < INDEXED_FROM) return items.find((item) => isScalar(item.key) && keyName(item.key) === key);
  let index = keyIndexes.get(items);
  if (index?.length !== items.length) {
    const pairs = new Map<string, Pair>();
    for (const item of items) {
      if (!isScalar(item.key)) continue;
      const name = keyName(item.key);
      if (!pairs.has(name)) pairs.set(name, item);
    }
    index = { length: items.length, pairs };
    keyIndexes.set(items, index);
  }
  return index.pairs.get(key);
}

/** A merge key: the yaml package reads `<<` as a symbol when merge keys are on. */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

/** A scalar key as it is written: `<<` for a merge key. */
export function keyName(key: Scalar): string {
  return typeof key.value === 'symbol' ? (key.value.description ?? '') : String(key.value);
}

/**
 * The merge key (`<<`) pair of a mapping that brings in `key`, when the mapping has no pair of its
 * own for it: the key of an anchored mapping, of one of a list of them, or of an inline mapping.
 */
function mergePairOf(parsed: ParsedYaml, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  if (depth > 32 || !parsed.document) return undefined;
  for (const item of map.items) {
    if (!isMergeKey(item.key)) continue;
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const resolved = isAlias(source) ? source.resolve(parsed.document) : source;
      if (isMap(resolved) && (pairOf(resolved, key) || mergePairOf(parsed, resolved, key, depth + 1))) return item;
    }
  }
  return undefined;
}

/**
 * The node a path names. Only with `showMerged` does a path through a merged value lead anywhere
 * (to the merge key's pair, where the value is shown): edits must never land on an alias.
 */
function walk(parsed: ParsedYaml, path: JsonPath, showMerged = false): Located | undefined {
  let node: unknown = parsed.document?.contents;
  let pair: Pair | undefined;
  for (const step of path) {
    if (isMap(node)) {
      pair = pairOf(node, String(step));
      if (!pair) {
        // A merged value is shown on the line that merges it: the path ends there.
        const merge = showMerged ? mergePairOf(parsed, node, String(step)) : undefined;
        return merge ? { pair: merge, node: merge.value as Node | null, merge } : undefined;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      pair = undefined;
      node = node.items[step];
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  return { pair, node: node as Node | null };
}

function nodeRange(node: Node | null | undefined): OffsetRange | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/**
 * The range of what a path names: its key, or its value (the key when the value is empty).
 * Falls back to the nearest ancestor that exists, so a finding is never lost.
 */
export function rangeOf(parsed: ParsedYaml, path: JsonPath, target: Target = 'value'): OffsetRange {
  for (let length = path.length; length >= 0; length--) {
    const located = walk(parsed, path.slice(0, length), true);
    if (!located) continue;
    if (located.merge) return mergeLine(parsed, located.merge);
    const keyRange = located.pair ? nodeRange(located.pair.key as Node) : undefined;
    const valueRange = nodeRange(located.node);
    const hasValue = valueRange && valueRange.end > valueRange.start;
    if (length < path.length || target === 'key') {
      const range = keyRange ?? firstLineOf(parsed, valueRange);
      if (range) return range;
    }
    if (hasValue) return firstLineIfBlock(parsed, located.node, valueRange);
    if (keyRange) return keyRange;
  }
  return { start: 0, end: parsed.lines.lineEnd(0) };
}

/** The merge key and what it merges (`<<: *defaults`), on the merge key's line. */
function mergeLine(parsed: ParsedYaml, merge: Pair): OffsetRange {
  const key = (merge.key as Node).range!;
  const value = (merge.value as Node | null)?.range;
  return firstLineOf(parsed, { start: key[0], end: value ? Math.max(value[1], key[1]) : key[1] })!;
}

/** A collection value is shown by its first line, not by the whole block. */
function firstLineIfBlock(parsed: ParsedYaml, node: Node | null | undefined, range: OffsetRange): OffsetRange {
  if (isMap(node) || isSeq(node)) return firstLineOf(parsed, range) ?? range;
  return range;
}

function firstLineOf(parsed: ParsedYaml, range: OffsetRange | undefined): OffsetRange | undefined {
  if (!range) return undefined;
  const line = parsed.lines.position(range.start).line;
  return { start: range.start, end: Math.min(range.end, parsed.lines.lineEnd(line)) };
}

/** The range of the key itself when the path ends at a property. */
export function keyRange(parsed: ParsedYaml, path: JsonPath): OffsetRange | undefined {
  const located = walk(parsed, path);
  return located?.pair ? nodeRange(located.pair.key as Node) : undefined;
}

/** The exact range of a node's value, whole block included. */
export function valueRange(parsed: ParsedYaml, path: JsonPath): OffsetRange | undefined {
  return nodeRange(walk(parsed, path)?.node);
}

/** The YAML node at a path. */
export function nodeAtPath(parsed: ParsedYaml, path: JsonPath): Node | null | undefined {
  return walk(parsed, path)?.node;
}

/** Where an offset lies: the path of the innermost node there and whether it is on a key. */
export interface PathAtOffset {
  readonly path: JsonPath;
  readonly onKey: boolean;
  readonly node?: Node | null;
}

export function pathAtOffset(parsed: ParsedYaml, offset: number): PathAtOffset {
  const path: Array<string | number> = [];
  let node: unknown = parsed.document?.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => contains(item, offset));
      if (!pair || !isScalar(pair.key)) return { path, onKey: false, node: node };
      path.push(keyName(pair.key));
      const key = pair.key.range;
      if (key && offset >= key[0] && offset <= key[1]) return { path, onKey: true, node: pair.value as Node };
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => isNodeContaining(item, offset));
      if (index < 0) return { path, onKey: false, node: node };
      path.push(index);
      node = node.items[index];
    } else {
      return { path, onKey: false, node: node as Node | null };
    }
  }
}

function contains(pair: Pair, offset: number): boolean {
  const key = (pair.key as Node | null)?.range;
  const value = (pair.value as Node | null)?.range;
  const start = key ? key[0] : value ? value[0] : -1;
  const end = value ? Math.max(value[1], key ? key[1] : 0) : key ? key[1] : -1;
  return start >= 0 && offset >= start && offset <= end;
}

function isNodeContaining(node: unknown, offset: number): boolean {
  const range = (node as Node | null)?.range;
  return !!range && offset >= range[0] && offset <= range[1];
}

export { isPair };
