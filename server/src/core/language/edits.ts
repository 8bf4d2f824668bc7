import { isMap, isPair, isScalar, type Node, type Pair, type Scalar } from 'yaml';
import { nodeAtPath } from '../locate';
import type { ParsedYaml } from '../yaml/parse';
import type { JsonPath, OffsetRange } from '../types';

/**
 * Minimal text edits on a spec file: each replaces one token or inserts whole lines, so the
 * file's comments, blank lines and quoting stay as they are.
 */
export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** The text of a scalar without its quotes: what a rename or a replacement changes. */
export function tokenRange(node: Node): OffsetRange | undefined {
  const range = node.range;
  if (!range) return undefined;
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range[1] - range[0] >= 2) {
    return { start: range[0] + 1, end: range[1] - 1 };
  }
  return { start: range[0], end: range[1] };
}

/** The pair that holds the property a path ends at. */
export function pairAt(parsed: ParsedYaml, path: JsonPath): Pair | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAtPath(parsed, path.slice(0, -1));
  const name = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(name));
}

/** The scalar at a path, when the value there is one. */
export function scalarAt(parsed: ParsedYaml, path: JsonPath): Scalar | undefined {
  const node = nodeAtPath(parsed, path);
  return isScalar(node) ? node : undefined;
}

const PLAIN_SAFE = /^[A-Za-z0-9_./@()+][^:#\n]*$/;

/** A value as it can be written without quotes, or in double quotes when it cannot. */
export function yamlText(value: string): string {
  if (PLAIN_SAFE.test(value) && value.trim() === value && !/^(true|false|null|~|yes|no|on|off|[-+]?[0-9.]+)$/i.test(value)) return value;
  return JSON.stringify(value);
}

/** Writes a value inside existing quotes, escaped for that quote style. */
function inQuotes(value: string, quote: string): string {
  return quote === "'" ? value.replace(/'/g, "''") : JSON.stringify(value).slice(1, -1);
}

/** Replaces the scalar at a path with a value, keeping its quotes when it had some. */
export function replaceScalar(parsed: ParsedYaml, path: JsonPath, value: string): TextEdit | undefined {
  const node = scalarAt(parsed, path);
  return node ? replaceNode(node, value, parsed.text) : undefined;
}

function replaceNode(node: Scalar, value: string, text?: string): TextEdit | undefined {
  const range = tokenRange(node);
  if (!range) return undefined;
  // An empty value right after `key:` needs a space before the new value.
  if (range.start === range.end && text?.[range.start - 1] === ':') return { range, newText: ` ${yamlText(value)}` };
  if (node.type === 'QUOTE_DOUBLE') return { range, newText: inQuotes(value, '"') };
  if (node.type === 'QUOTE_SINGLE') return { range, newText: inQuotes(value, "'") };
  return { range, newText: yamlText(value) };
}

/** Replaces the key of the property a path ends at, keeping its quotes. */
export function replaceKey(parsed: ParsedYaml, path: JsonPath, name: string): TextEdit | undefined {
  const pair = pairAt(parsed, path);
  return isScalar(pair?.key) ? replaceNode(pair.key, name) : undefined;
}

/** Replaces the text of a range, keeping the quotes around it when the range covers a quoted token. */
export function replaceRange(text: string, range: OffsetRange, value: string): TextEdit {
  const token = text.slice(range.start, range.end);
  const quote = token[0];
  if (token.length >= 2 && (quote === '"' || quote === "'") && token.endsWith(quote)) {
    return { range: { start: range.start + 1, end: range.end - 1 }, newText: inQuotes(value, quote) };
  }
  return { range, newText: value };
}

/** The last line of a node's text that holds more than whitespace and comments. */
export function lastContentLine(parsed: ParsedYaml, range: OffsetRange): number {
  const first = parsed.lines.position(range.start).line;
  for (let line = parsed.lines.position(Math.max(range.start, range.end - 1)).line; line > first; line--) {
    const text = parsed.text.slice(parsed.lines.lineStart(line), parsed.lines.lineEnd(line)).trim();
    if (text !== '' && !text.startsWith('#')) return line;
  }
  return first;
}

/** The offset at the start of the line after a pair's value (where a following sibling would go). */
function afterPair(parsed: ParsedYaml, pair: Pair): number {
  const key = (pair.key as Node).range!;
  const value = (pair.value as Node | null)?.range;
  const end = value && value[1] > value[0] ? value[1] : key[1];
  const line = lastContentLine(parsed, { start: key[0], end });
  return line + 1 < parsed.lines.lineCount ? parsed.lines.lineStart(line + 1) : parsed.text.length;
}

/** True when a key is the first thing of a list entry's line (`- id: x`). */
function onDashLine(parsed: ParsedYaml, offset: number): boolean {
  const line = parsed.lines.position(offset).line;
  return parsed.text.slice(parsed.lines.lineStart(line), offset).trim() !== '';
}

/**
 * Renders a property: `name: value` on one line, or the name followed by indented lines.
 * `value` holds the inline value (may be empty) then lines indented relative to the key.
 */
export interface PropertyText {
  readonly inline: string;
  readonly lines?: readonly string[];
}

function render(name: string, value: PropertyText, column: number, newline: string): string {
  const pad = ' '.repeat(column);
  const head = `${pad}${name}:${value.inline === '' ? '' : ` ${value.inline}`}`;
  const tail = (value.lines ?? []).map((line) => `${newline}${pad}  ${line}`).join('');
  return `${head}${tail}`;
}

/**
 * Inserts a property into the mapping at `parentPath`, on lines of its own at the mapping's
 * indentation, after the property that comes before it in `order` (the schema's order).
 */
export function insertProperty(parsed: ParsedYaml, parentPath: JsonPath, name: string, value: PropertyText, order: readonly string[] = []): TextEdit | undefined {
  const newline = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  const parent = nodeAtPath(parsed, parentPath);
  if (isMap(parent) && parent.flow) {
    if (value.lines?.length) return undefined;
    const end = parent.range![1];
    const close = parsed.text.lastIndexOf('}', end);
    if (close < 0) return undefined;
    const separator = parent.items.length > 0 ? ', ' : '';
    return { range: { start: close, end: close }, newText: `${separator}${name}: ${value.inline || '""'}` };
  }
  if (isMap(parent) && parent.items.length > 0) {
    const pairs = parent.items.filter((item): item is Pair<Scalar, unknown> => isPair(item) && isScalar(item.key) && !!item.key.range);
    if (pairs.length === 0) return undefined;
    const first = pairs[0];
    const column = parsed.lines.position(first.key.range![0]).character;
    const position = order.indexOf(name);
    let after: Pair<Scalar, unknown> | undefined;
    if (position < 0) after = pairs[pairs.length - 1];
    else {
      let best = -1;
      for (const pair of pairs) {
        const at = order.indexOf(String(pair.key.value));
        if (at >= 0 && at < position && at > best) {
          best = at;
          after = pair;
        }
      }
    }
    if (!after && onDashLine(parsed, first.key.range![0])) after = first;
    if (!after) {
      const start = parsed.lines.lineStart(parsed.lines.position(first.key.range![0]).line);
      return { range: { start, end: start }, newText: `${render(name, value, column, newline)}${newline}` };
    }
    const at = afterPair(parsed, after);
    const atEnd = at === parsed.text.length && !parsed.text.endsWith('\n');
    const text = render(name, value, column, newline);
    return { range: { start: at, end: at }, newText: atEnd ? `${newline}${text}` : `${text}${newline}` };
  }
  // An empty value (`outcome:` with nothing after it): the property goes on the next line, indented.
  const pair = pairAt(parsed, parentPath);
  const empty = parent === null || parent === undefined || (isScalar(parent) && (parent.value === null || parent.value === ''));
  if (pair && empty && isScalar(pair.key) && pair.key.range) {
    const keyLine = parsed.lines.position(pair.key.range[0]).line;
    const column = parsed.lines.position(pair.key.range[0]).character + 2;
    const end = parsed.lines.lineEnd(keyLine);
    return { range: { start: end, end }, newText: `${newline}${render(name, value, column, newline)}` };
  }
  return undefined;
}

/** Removes a property with its whole value, lines included, when it sits on lines of its own. */
export function deleteProperty(parsed: ParsedYaml, path: JsonPath): TextEdit | undefined {
  const pair = pairAt(parsed, path);
  if (!pair || !isScalar(pair.key) || !pair.key.range || onDashLine(parsed, pair.key.range[0])) return undefined;
  const start = parsed.lines.lineStart(parsed.lines.position(pair.key.range[0]).line);
  return { range: { start, end: afterPair(parsed, pair) }, newText: '' };
}

/** Inserts a line above `line` with the same indentation as that line. */
export function insertLineAbove(parsed: ParsedYaml, line: number, content: string): TextEdit {
  const start = parsed.lines.lineStart(line);
  const text = parsed.text.slice(start, parsed.lines.lineEnd(line));
  const indent = text.length - text.trimStart().length;
  const newline = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start, end: start }, newText: `${text.slice(0, indent)}${content}${newline}` };
}

/** True when two edits touch the same text (two inserts at one offset count as touching). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  return (a.range.start < b.range.end && b.range.start < a.range.end) || a.range.start === b.range.start;
}
