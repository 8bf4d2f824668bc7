import { isMap, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { documentNode, mapNode, pairNode, scalarNode, seqNode, type Range } from './nodes';
import { blockScalar, plainValue, quotedScalar, type Line } from './scalars';

/**
 * A fast parser for the block YAML that spec files are written in: block mappings and lists, plain
 * and one-line quoted scalars, block scalars, one-line flow collections and comments. It builds the
 * same nodes, ranges and values as the `yaml` package, many times faster, and gives up (returns
 * undefined) on anything else: anchors, aliases, tags, directives, several documents, multi-line
 * plain or flow values, tabs, carriage returns, duplicate keys, and every syntax error. The caller
 * then parses with the `yaml` package, which reports errors precisely.
 */
export interface FastParse {
  readonly document: Document.Parsed;
  readonly value: unknown;
  /** Set by an incremental re-parse: the path of the only list entry that was parsed again. */
  readonly changedEntry?: ReadonlyArray<string | number>;
}

class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

interface Parsed {
  readonly node: Node;
  readonly value: unknown;
  /** Index of the first line after the node. */
  readonly next: number;
}

/** Anything before the first line that the fast parser leaves to the full parser: directives and document markers. */
const DOCUMENT_MARKERS = /^\uFEFF?(?:---|\.\.\.|%)/m;

/**
 * Parses plain block YAML; returns undefined for anything it leaves to the full parser: tabs, a
 * carriage return that does not end a line, a byte order mark other than the first character,
 * directives and document markers. LF and CRLF line breaks are read alike.
 */
export function fastParse(text: string): FastParse | undefined {
  if (text.includes('\t') || text.lastIndexOf('\uFEFF') > 0 || /\r(?!\n)/.test(text) || DOCUMENT_MARKERS.test(text)) return undefined;
  try {
    return new FastParser(text).parse();
  } catch (error) {
    // Nesting deep enough to exhaust the stack is left to the full parser too.
    if (error instanceof GiveUp || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Where the full parser ends a document: at the end of the text, unless the document's last node
 * is an empty value with no comment after it; then the line breaks after that value are left out.
 */
export function documentEnd(root: Node, textLength: number): number {
  let last: unknown = root;
  for (;;) {
    if (isMap(last) && !last.flow && last.items.length > 0) last = last.items[last.items.length - 1].value;
    else if (isSeq(last) && !last.flow && last.items.length > 0) last = last.items[last.items.length - 1];
    else break;
  }
  const range = (last as Node).range!;
  return isScalar(last) && last.value === null && last.source === '' && range[1] === range[2] ? range[2] : textLength;
}

class FastParser {
  private readonly lines: Line[] = [];

  constructor(private readonly text: string) {
    // A byte order mark is no part of the first line.
    for (let start = text.charCodeAt(0) === 0xfeff ? 1 : 0; ;) {
      const lineBreak = text.indexOf('\n', start);
      const next = lineBreak === -1 ? text.length : lineBreak + 1;
      const end = lineBreak === -1 ? text.length : lineBreak > start && text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
      let indent = 0;
      while (text.charCodeAt(start + indent) === 32) indent++;
      this.lines.push({ start, end, next, indent, blank: start + indent >= end });
      if (lineBreak === -1) break;
      start = next;
    }
    this.checkCommentLines();
  }

  /**
   * The full parser gives a comment line to the node before it or after it depending on its
   * indentation; the fast parser reads only comment lines indented like the line that follows
   * them, and those at column 0 after the last line with content.
   */
  private checkCommentLines(): void {
    let pending = -1;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const line = this.lines[i];
      if (line.blank) continue;
      if (this.text.charCodeAt(line.start + line.indent) === 35) {
        if (line.indent !== (pending < 0 ? 0 : pending)) giveUp();
      } else {
        pending = line.indent;
      }
    }
  }

  parse(): FastParse | undefined {
    const first = this.nextContent(0);
    if (first >= this.lines.length) return undefined;
    const line = this.lines[first];
    const root = this.block(first, line.start + line.indent, line.indent);
    if (this.nextContent(root.next) < this.lines.length) giveUp();
    if (!isMap(root.node) && !isSeq(root.node)) giveUp();
    const document = documentNode(root.node, [line.start, root.node.range![2], documentEnd(root.node, this.text.length)]);
    return { document, value: root.value };
  }

  /** Index of the first line at or after `index` that holds something other than spaces or a comment. */
  private nextContent(index: number): number {
    let i = index;
    while (i < this.lines.length && (this.lines[i].blank || this.text.charCodeAt(this.lines[i].start + this.lines[i].indent) === 35)) i++;
    return i;
  }

  /** A block collection ends where its last node ends: after that node's line break. */
  private endAfter(last: Node): number {
    return last.range![2];
  }

  private column(offset: number, index: number): number {
    return offset - this.lines[index].start;
  }

  /** A block node starting at `offset` on line `index`; its parent is indented by `parentIndent`. */
  private block(index: number, offset: number, parentIndent: number): Parsed {
    const text = this.text;
    if (text[offset] === '-' && (offset + 1 === this.lines[index].end || text[offset + 1] === ' ')) return this.sequence(index, offset);
    if (this.keyEnd(offset, this.lines[index].end) >= 0) return this.mapping(index, offset);
    if (offset !== this.lines[index].start + this.lines[index].indent) giveUp();
    return this.inlineValue(index, offset, parentIndent);
  }

  /** Where a key starting at `offset` ends (its colon), or -1 when the text there is not `key:`. */
  private keyEnd(offset: number, lineEnd: number): number {
    const text = this.text;
    const first = text[offset];
    if (first === '"' || first === "'") {
      const quoted = quotedScalar(text, offset, lineEnd);
      if (!quoted || text[quoted.end] !== ':') return -1;
      return quoted.end;
    }
    if ('-?:,[]{}#&*!|>%@`'.includes(first) && !(first === '-' && text[offset + 1] !== ' ' && offset + 1 < lineEnd)) return -1;
    for (let i = offset; i < lineEnd; i++) {
      const char = text[i];
      if (char === ':' && (i + 1 === lineEnd || text[i + 1] === ' ')) return i;
      if (char === '#' && text[i - 1] === ' ') return -1;
    }
    return -1;
  }

  private mapping(index: number, offset: number): Parsed {
    const map = mapNode(false);
    const value: Record<string, unknown> = {};
    const column = this.column(offset, index);
    let line = index;
    let at = offset;
    let last: Node | undefined;
    for (;;) {
      const lineEnd = this.lines[line].end;
      const colon = this.keyEnd(at, lineEnd);
      if (colon < 0) giveUp();
      const key = this.keyNode(at, colon, lineEnd);
      const name = String(key.value);
      if (name === '__proto__' || name === '<<' || Object.prototype.hasOwnProperty.call(value, name) || typeof key.value === 'object') giveUp();
      const entry = this.valueAfter(line, colon + 1, column);
      map.items.push(pairNode(key, entry.node));
      value[name] = entry.value;
      last = entry.node;
      line = this.nextContent(entry.next);
      if (line >= this.lines.length || this.lines[line].indent < column) break;
      if (this.lines[line].indent > column) giveUp();
      at = this.lines[line].start + column;
      if (this.text[at] === '-' && (this.text[at + 1] === ' ' || at + 1 === this.lines[line].end)) {
        if (column === 0 || this.lines[index].indent !== column) giveUp();
        break;
      }
    }
    const end = this.endAfter(last);
    map.range = [offset, end, end];
    return { node: map, value, next: line };
  }

  private keyNode(start: number, colon: number, lineEnd: number): Scalar {
    const text = this.text;
    if (text[start] === '"' || text[start] === "'") {
      const quoted = quotedScalar(text, start, lineEnd)!;
      return scalarNode(quoted.value, quoted.type, [start, colon, colon]);
    }
    const source = text.slice(start, colon);
    if (source !== source.trimEnd() || source.includes(': ')) giveUp();
    return scalarNode(plainValue(source), 'PLAIN', [start, colon, colon], source);
  }

  /** The value after a key's colon or a list's dash at `offset` on line `index`, for a parent at `column`. */
  private valueAfter(index: number, offset: number, column: number): Parsed {
    const text = this.text;
    const lineEnd = this.lines[index].end;
    let at = offset;
    while (at < lineEnd && text.charCodeAt(at) === 32) at++;
    // A value or comment must be set apart from the colon or dash by a space.
    if (at < lineEnd && text[offset] !== ' ') giveUp();
    if (at < lineEnd && text[at] !== '#') return this.inlineValue(index, at, column);
    const next = this.nextContent(index + 1);
    if (next < this.lines.length) {
      const line = this.lines[next];
      const start = line.start + line.indent;
      if (line.indent > column) return this.block(next, start, column);
      if (line.indent === column && text[start] === '-' && (text[start + 1] === ' ' || start + 1 === line.end) && text[offset - 1] === ':') {
        return this.sequence(next, start);
      }
    }
    if (text[offset - 1] !== ':') giveUp();
    // Comment lines after an empty value stretch its node in the full parser; leave those to it.
    for (let i = index + 1; i < next; i++) if (!this.lines[i].blank) giveUp();
    // So do blank lines after an empty value with a comment, in ways that depend on the nesting.
    if (at < lineEnd && next !== index + 1) giveUp();
    // After a comment, an empty value's node runs on to the indentation of the next line.
    let nodeEnd = at;
    if (at < lineEnd) for (nodeEnd = this.lines[index].next; text.charCodeAt(nodeEnd) === 32; nodeEnd++);
    return { node: scalarNode(null, 'PLAIN', [at, at, nodeEnd], ''), value: null, next: index + 1 };
  }

  private sequence(index: number, offset: number): Parsed {
    const seq = seqNode(false);
    const value: unknown[] = [];
    const column = this.column(offset, index);
    let line = index;
    let last: Node | undefined;
    for (;;) {
      const dash = this.lines[line].start + column;
      const lineEnd = this.lines[line].end;
      let at = dash + 1;
      while (at < lineEnd && this.text.charCodeAt(at) === 32) at++;
      let entry: Parsed;
      if (at < lineEnd && this.text[at] !== '#') {
        if (this.text[at] === '-') giveUp();
        entry = this.keyEnd(at, lineEnd) >= 0 ? this.mapping(line, at) : this.inlineValue(line, at, column);
      } else {
        entry = this.valueAfter(line, dash + 1, column);
        if (isScalar(entry.node) && entry.value === null) giveUp();
      }
      seq.items.push(entry.node);
      value.push(entry.value);
      last = entry.node;
      line = this.nextContent(entry.next);
      const next = this.lines[line]?.start + column;
      const isDash =
        line < this.lines.length && this.lines[line].indent === column && this.text[next] === '-' && (this.text[next + 1] === ' ' || next + 1 === this.lines[line].end);
      if (isDash) continue;
      if (line < this.lines.length && this.lines[line].indent >= column && !(this.lines[line].indent === column && this.keyEnd(next, this.lines[line].end) >= 0)) giveUp();
      // A comment line indented into the list after its last entry is absorbed by the full parser in ways it decides.
      for (let k = entry.next; k < line; k++) if (!this.lines[k].blank && this.lines[k].indent >= column) giveUp();
      break;
    }
    const end = this.endAfter(last);
    seq.range = [offset, end, end];
    return { node: seq, value, next: line };
  }

  /** A scalar or a one-line flow collection starting at `start` on line `index`. */
  private inlineValue(index: number, start: number, parentIndent: number): Parsed {
    const text = this.text;
    const lineEnd = this.lines[index].end;
    const first = text[start];
    if (first === '|' || first === '>') {
      const block = blockScalar(text, text.slice(start, lineEnd), this.lines, index, parentIndent);
      if (!block) return giveUp();
      return { node: scalarNode(block.value, block.type, [start, block.end, block.end]), value: block.value, next: block.nextLine };
    }
    let end: number;
    let node: Node;
    let value: unknown;
    if (first === '"' || first === "'") {
      const quoted = quotedScalar(text, start, lineEnd) ?? giveUp();
      end = quoted.end;
      value = quoted.value;
      node = scalarNode(value, quoted.type, [start, end, end]);
    } else if (first === '[' || first === '{') {
      const flow = new FlowParser(text, lineEnd).collection(start);
      end = flow.end;
      node = flow.node;
      value = flow.value;
    } else {
      if ('-?:,]}#&*!|>%@`'.includes(first) && !(first === '-' && text[start + 1] !== ' ') && !(first === ':' && text[start + 1] !== ' ')) giveUp();
      end = start;
      while (end < lineEnd && !(text.charCodeAt(end) === 35 && text.charCodeAt(end - 1) === 32)) end++;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      const source = text.slice(start, end);
      if (source.includes(': ') || source.endsWith(':')) giveUp();
      value = plainValue(source);
      node = scalarNode(value, 'PLAIN', [start, end, end], source);
    }
    let rest = end;
    while (rest < lineEnd && text.charCodeAt(rest) === 32) rest++;
    if (rest < lineEnd && text[rest] !== '#') giveUp();
    if (rest < lineEnd && rest === end) giveUp();
    // A value on a key's or a dash's line ends after the line break, trailing comment included.
    const nodeEnd = this.lines[index].next;
    const next = this.nextContent(index + 1);
    if (next < this.lines.length && this.lines[next].indent > parentIndent && this.lines[next].indent > this.column(start, index) - 1) {
      // A continuation line: a multi-line plain scalar, or an error. Either way, the full parser decides.
      if (this.lines[next].indent > this.lines[index].indent) giveUp();
    }
    node.range = [start, end, nodeEnd] as Range;
    return { node, value, next: index + 1 };
  }
}

/**
 * One-line flow collections: `[a, b]`, `{id: x, name: "Y"}`, nested. A plain scalar holding a colon
 * (`{a:b}` is the key "a:b" in YAML, `[c:]` a mapping) is left to the full parser.
 */
class FlowParser {
  constructor(
    private readonly text: string,
    private readonly lineEnd: number,
  ) {}

  collection(start: number): { node: Node; value: unknown; end: number } {
    const text = this.text;
    const isMap = text[start] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? mapNode(true) : seqNode(true);
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    let at = this.skip(start + 1);
    while (text[at] !== close) {
      if (isMap) {
        const key = this.scalar(at);
        if (typeof key.value === 'object' || String(key.value) === '__proto__' || String(key.value) === '<<' || Object.prototype.hasOwnProperty.call(map, String(key.value)))
          giveUp();
        at = this.skip(key.end);
        // The colon must be followed by a space: `"a":b` and `"a":#c` are left to the full parser.
        if (text[at] !== ':' || text[at + 1] !== ' ') giveUp();
        const entry = this.item(this.skip(at + 1));
        (node as YAMLMap).items.push(pairNode(key.node, entry.node));
        map[String(key.value)] = entry.value;
        at = this.afterItem(entry);
      } else {
        const entry = this.item(at);
        (node as YAMLSeq).items.push(entry.node);
        list.push(entry.value);
        at = this.afterItem(entry);
      }
      if (text[at] === ',') at = this.skip(at + 1);
      else if (text[at] !== close) giveUp();
    }
    node.range = [start, at + 1, at + 1];
    return { node, value: isMap ? map : list, end: at + 1 };
  }

  /** The spaces after a flow item are part of its node. */
  private afterItem(entry: { node: Node; end: number }): number {
    const at = this.skip(entry.end);
    const range = entry.node.range!;
    entry.node.range = [range[0], range[1], at];
    return at;
  }

  private item(at: number): { node: Node; value: unknown; end: number } {
    const char = this.text[at];
    return char === '[' || char === '{' ? this.collection(at) : this.scalar(at);
  }

  private scalar(at: number): { node: Scalar; value: unknown; end: number } {
    const text = this.text;
    let node: Scalar;
    let end: number;
    if (text[at] === '"' || text[at] === "'") {
      const quoted = quotedScalar(text, at, this.lineEnd) ?? giveUp();
      end = quoted.end;
      node = scalarNode(quoted.value, quoted.type, [at, end, end]);
    } else {
      end = at;
      while (end < this.lineEnd && !',[]{}#:'.includes(text[end])) end++;
      if (text[end] === ':' && text[end + 1] !== ' ') giveUp();
      while (end > at && text.charCodeAt(end - 1) === 32) end--;
      const source = text.slice(at, end);
      if (source === '' || '-?:&*!|>%@`\'"'.includes(source[0])) giveUp();
      node = scalarNode(plainValue(source), 'PLAIN', [at, end, end], source);
    }
    return { node, value: node.value, end };
  }

  private skip(at: number): number {
    let i = at;
    while (i < this.lineEnd && this.text.charCodeAt(i) === 32) i++;
    if (i >= this.lineEnd) giveUp();
    return i;
  }
}
