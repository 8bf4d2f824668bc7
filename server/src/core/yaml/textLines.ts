/**
 * A line-by-line reading of block YAML that does not need the text to parse: which keys and list
 * dashes each line holds, at which column. Completion uses it, because the text is incomplete
 * while it is typed (`owner: ` with nothing after it, a half-typed key).
 */

/** A key or a list dash on a line, at its column. */
export interface Anchor {
  readonly type: 'dash' | 'key';
  readonly column: number;
  /** The key's name (quotes removed). */
  readonly name?: string;
  /** The key's inline value, comment removed and trimmed; '' when the value is on the next lines. */
  readonly value?: string;
  /** Column where the key's inline value starts (after `: `), or where it would start. */
  readonly valueColumn?: number;
}

export interface TextLine {
  readonly indent: number;
  /** The line without its comment. */
  readonly text: string;
  /** Column where a comment starts, or -1. */
  readonly commentColumn: number;
  /** node: holds YAML structure; content: inside a multi-line scalar or flow collection. */
  readonly kind: 'blank' | 'comment' | 'content' | 'node';
  readonly anchors: readonly Anchor[];
  /** A scalar after the dashes when the line has no key: `- payouts`, or a half-typed key. */
  readonly scalar?: { readonly column: number; readonly text: string };
}

const BLOCK_SCALAR = /^[|>][0-9+-]*$/;
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`][^#]*?)\s*:(?=\s|$)/;

/** Column where a comment starts on a line (a `#` at the start or after a space, outside quotes), or -1. */
export function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (quote === '"' && char === '\\') i++;
      else if (char === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = undefined;
      }
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return i;
    } else if (char === '"' || char === "'") {
      // A quote opens a scalar only where one can start: at the line start, after `: `, `- `, `[`, `,` or `{`.
      const previous = line.slice(0, i).trimEnd().slice(-1);
      if (previous === '' || ':-[,{'.includes(previous)) quote = char;
    }
  }
  return -1;
}

/** The keys and dashes of one line, read at face value. */
export function readLine(raw: string): Omit<TextLine, 'kind'> {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const commentColumn = commentStart(line);
  const text = (commentColumn >= 0 ? line.slice(0, commentColumn) : line).trimEnd();
  const indent = line.length - line.trimStart().length;
  const anchors: Anchor[] = [];
  let column = indent;
  let rest = text.slice(indent);
  for (let dash = /^-(\s+|$)/.exec(rest); dash; dash = /^-(\s+|$)/.exec(rest)) {
    anchors.push({ type: 'dash', column });
    column += dash[0].length;
    rest = rest.slice(dash[0].length);
  }
  const key = KEY.exec(rest);
  if (key) {
    const valueText = rest.slice(key[0].length);
    const value = valueText.trim();
    const valueColumn = column + key[0].length + (valueText.length - valueText.trimStart().length || 1);
    anchors.push({ type: 'key', column, name: unquote(key[1]), value, valueColumn });
    return { indent, text, commentColumn, anchors };
  }
  const scalar = rest.length > 0 ? { column, text: rest } : undefined;
  return { indent, text, commentColumn, anchors, scalar };
}

export function unquote(token: string): string {
  if (token.length >= 2 && token.startsWith('"') && token.endsWith('"')) return token.slice(1, -1).replace(/\\(.)/g, '$1');
  if (token.length >= 2 && token.startsWith("'") && token.endsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  return token.trim();
}

/**
 * Reads every line of a text. Lines inside a block scalar (`>-`, `|`) are content; so are lines
 * that continue a multi-line plain or flow value and do not look like a key or a list entry.
 */
export function scanLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  /** Lines indented more than this continue the value above: always (block scalars), or when not structural. */
  let threshold: { column: number; block: boolean } | undefined;
  for (const raw of text.split('\n')) {
    const read = readLine(raw);
    const blank = read.text.trim() === '';
    if (threshold && (blank || read.indent > threshold.column) && (threshold.block || (!blank && read.anchors.length === 0))) {
      out.push({ ...read, anchors: [], scalar: undefined, kind: blank && read.commentColumn < 0 ? 'blank' : 'content' });
      continue;
    }
    if (blank) {
      out.push({ ...read, kind: read.commentColumn >= 0 ? 'comment' : 'blank' });
      continue;
    }
    threshold = undefined;
    const last = read.anchors[read.anchors.length - 1];
    if (last?.type === 'key' && last.value) {
      threshold = { column: last.column, block: BLOCK_SCALAR.test(last.value) };
    } else if (read.scalar && last?.type === 'dash') {
      threshold = { column: last.column, block: BLOCK_SCALAR.test(read.scalar.text.trim()) };
    }
    out.push({ ...read, kind: 'node' });
  }
  return out;
}

/** Where a column of a line sits in the YAML structure, read from the lines above and below. */
export interface Resolved {
  /** Path of the collection that holds what sits at the column: a mapping or a list. */
  readonly path: Array<string | number>;
  /** What the neighbours at the same column say the collection is, when there are any. */
  readonly container: 'map' | 'seq' | 'unknown';
  /** Keys of the same mapping on other lines. */
  readonly keys: Set<string>;
  /** Plain values of the same list on other lines (`- payouts`). */
  readonly values: string[];
}

/**
 * Resolves what holds a node written at `column` on line `line`, after the anchors `leading`
 * of that line (the dashes before it). With `keyOnly`, the node is known to be a key, so list
 * dashes at the same column belong to a list written at its key's column, not to this node's collection.
 */
export function resolve(lines: readonly TextLine[], line: number, leading: readonly Anchor[], column: number, keyOnly = false): Resolved {
  const path: Array<string | number> = [];
  const keys = new Set<string>();
  const values: string[] = [];
  let container: Resolved['container'] = 'unknown';
  let target = column;
  let level = 0;
  let targetIsDash = false;

  const enter = (anchor: Anchor, at: number): void => {
    path.unshift(anchor.type === 'key' ? (anchor.name ?? '') : entryIndex(lines, at, anchor.column));
    target = anchor.column;
    targetIsDash = anchor.type === 'dash';
    level++;
  };

  for (let i = leading.length - 1; i >= 0; i--) if (leading[i].column < target) enter(leading[i], line);

  const sameLevel = (anchor: Anchor): void => {
    if (anchor.type === 'key') {
      keys.add(anchor.name ?? '');
      if (container === 'unknown') container = 'map';
    } else if (!keyOnly) {
      if (container !== 'map') container = 'seq';
      // Entries of a list written at its key's column: that key is the list's parent.
      if (level === 0) targetIsDash = true;
    }
  };

  if (level === 0) {
    // Neighbours below, in the same collection.
    for (let i = line + 1; i < lines.length; i++) {
      const below = lines[i];
      if (below.kind !== 'node') continue;
      const first = below.anchors[0] ?? (below.scalar ? { type: 'key' as const, column: below.scalar.column } : undefined);
      if (!first || first.column < column) break;
      if (first.column > column) continue;
      if (first.type === 'key' && first.name !== undefined) sameLevel(first);
      else if (first.type === 'dash') {
        sameLevel(first);
        const scalar = below.scalar;
        if (scalar && below.anchors.length === 1) values.push(unquote(scalar.text));
      }
    }
  }

  for (let i = line - 1; i >= 0; i--) {
    const above = lines[i];
    if (above.kind !== 'node') continue;
    const anchors = above.anchors;
    for (let a = anchors.length - 1; a >= 0; a--) {
      const anchor = anchors[a];
      if (anchor.column > target) continue;
      if (anchor.column === target) {
        if (level === 0) {
          sameLevel(anchor);
          if (anchor.type === 'dash' && a === anchors.length - 1 && above.scalar) values.push(unquote(above.scalar.text));
        }
        // A list written at the same column as its key (`items:` then `- id: x`).
        if (targetIsDash && anchor.type === 'key' && anchor.value === '') {
          if (level === 0) keys.delete(anchor.name ?? '');
          if (level === 0 && container === 'unknown') container = 'seq';
          enterKeyOfCompactList(anchor);
        }
        continue;
      }
      enter(anchor, i);
    }
  }
  return { path, container, keys, values };

  function enterKeyOfCompactList(anchor: Anchor): void {
    path.unshift(anchor.name ?? '');
    targetIsDash = false;
    level++;
    // The key's own container is resolved by the anchors left of it and the lines above.
    target = anchor.column;
  }
}

/** The index of the list entry whose dash is at `column` on line `line`. */
export function entryIndex(lines: readonly TextLine[], line: number, column: number): number {
  let index = 0;
  for (let i = line - 1; i >= 0; i--) {
    const above = lines[i];
    if (above.kind !== 'node') continue;
    const at = above.anchors.find((anchor) => anchor.column === column);
    const first = above.anchors[0];
    if (at?.type === 'dash') index++;
    else if (at?.type === 'key') break;
    if (first && first.column < column) break;
    if (!first && above.scalar && above.scalar.column < column) break;
  }
  return index;
}
