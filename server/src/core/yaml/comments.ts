import { isMap, isScalar, isSeq, Lexer, type Node, type Pair } from 'yaml';
import type { ParsedYaml } from './parse';

/** A comment of a YAML text: its offset (at its `#`) and its text, from the `#` to the end of its line. */
export interface YamlComment {
  readonly offset: number;
  readonly text: string;
}

/**
 * The comments of a parsed text that contain `marker`, as the `yaml` package's lexer reads them:
 * a `#` inside a block scalar's lines or a quoted value is no comment.
 *
 * Lexing a long file costs far more than checking it, so a text the fast parser read is not lexed
 * whole: its only values that run over several lines are block scalars, which its tree locates, so
 * each other line holding the marker is lexed on its own. Any other text is lexed whole.
 */
export function commentsContaining(parsed: ParsedYaml, marker: string): YamlComment[] {
  const { text, lines } = parsed;
  if (!text.includes(marker)) return [];
  const root = parsed.fast ? parsed.document?.contents : undefined;
  if (!root) return lexComments(text, 0, marker);
  const comments: YamlComment[] = [];
  let previousLine = -1;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    const line = lines.position(at).line;
    if (line === previousLine) continue;
    previousLine = line;
    const start = lines.lineStart(line);
    if (!insideBlockScalar(root, start)) comments.push(...lexComments(text.slice(start, lines.lineEnd(line)), start, marker));
  }
  return comments;
}

/** Tokens the YAML lexer emits that stand for no text of the file. */
const ZERO_WIDTH_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

/** The comments holding `marker` of a text (a whole file, or one line of it starting at `offset`), every other token skipped whole. */
function lexComments(text: string, offset: number, marker: string): YamlComment[] {
  const comments: YamlComment[] = [];
  let at = offset;
  for (const token of new Lexer().lex(text)) {
    if (ZERO_WIDTH_TOKENS.has(token)) continue;
    if (token.startsWith('#') && token.includes(marker)) comments.push({ offset: at, text: token });
    at += token.length;
  }
  return comments;
}

/** True when the line starting at `lineStart` is one of a block scalar's lines (after the line of its `|` or `>`). */
function insideBlockScalar(root: Node, lineStart: number): boolean {
  let node: Node | null = root;
  while (node) {
    const range = node.range!;
    if (lineStart <= range[0] || lineStart >= range[2]) return false;
    if (isScalar(node)) return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    if (isMap(node)) node = (lastStartingBefore(node.items, lineStart, (pair: Pair) => (pair.key as Node).range![0])?.value as Node | null | undefined) ?? null;
    else if (isSeq(node)) node = (lastStartingBefore(node.items, lineStart, (item) => (item as Node).range![0]) as Node | undefined) ?? null;
    else return false;
  }
  return false;
}

/** The last of `items` (in the order of the text) that starts before `offset`, found by halving. */
function lastStartingBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : undefined;
}
