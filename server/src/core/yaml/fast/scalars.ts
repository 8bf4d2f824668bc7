/**
 * Scalars of the fast path: YAML 1.2 core-schema typing of plain scalars, quoted scalars on one
 * line, and block scalars. Anything unusual returns undefined, and the caller falls back to the
 * full parser.
 */

const NULL = /^(?:~|null|Null|NULL)?$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** The value of a plain scalar under the core schema, as the full parser would give it. */
export function plainValue(source: string): unknown {
  if (NULL.test(source)) return null;
  if (TRUE.test(source)) return true;
  if (FALSE.test(source)) return false;
  if (INT.test(source) || FLOAT.test(source) || FLOAT_EXP.test(source)) return Number(source);
  if (INT_OCT.test(source)) return parseInt(source.slice(2), 8);
  if (INT_HEX.test(source)) return parseInt(source.slice(2), 16);
  if (FLOAT_SPECIAL.test(source)) return source.endsWith('nan') || source.endsWith('NaN') || source.endsWith('NAN') ? NaN : source.startsWith('-') ? -Infinity : Infinity;
  return source;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', e: '\u001b', ' ': ' ' };

export interface QuotedScalar {
  readonly value: string;
  /** Offset just after the closing quote. */
  readonly end: number;
  readonly type: 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';
}

/** A quoted scalar that closes on its own line (`lineEnd`), or undefined. */
export function quotedScalar(text: string, start: number, lineEnd: number): QuotedScalar | undefined {
  const quote = text[start];
  let value = '';
  for (let i = start + 1; i < lineEnd; i++) {
    const char = text[i];
    if (quote === "'") {
      if (char !== "'") value += char;
      else if (text[i + 1] === "'") {
        value += "'";
        i++;
      } else return { value, end: i + 1, type: 'QUOTE_SINGLE' };
    } else if (char === '"') {
      return { value, end: i + 1, type: 'QUOTE_DOUBLE' };
    } else if (char === '\\') {
      const next = text[i + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 5;
      } else if (next !== undefined && next in ESCAPES) {
        value += ESCAPES[next];
        i++;
      } else {
        return undefined;
      }
    } else {
      value += char;
    }
  }
  return undefined;
}

export interface BlockScalar {
  readonly value: string;
  /** Offset where the scalar ends: just after the line break of its last line with content. */
  readonly end: number;
  readonly type: 'BLOCK_LITERAL' | 'BLOCK_FOLDED';
  /** Index of the first line after the scalar. */
  readonly nextLine: number;
}

export interface Line {
  readonly start: number;
  /** Offset of the line break, LF or CRLF (or the end of the text). */
  readonly end: number;
  /** Offset just after the line break: where the next line starts (or the end of the text). */
  readonly next: number;
  readonly indent: number;
  /** True for lines holding only spaces. */
  readonly blank: boolean;
}

/**
 * A block scalar (`|`, `>`, with `-` or `+`) whose header is `header` on line `index`, inside a
 * parent at indentation `parentIndent`. Indentation indicators and more-indented folded lines
 * are left to the full parser.
 */
export function blockScalar(text: string, header: string, lines: readonly Line[], index: number, parentIndent: number): BlockScalar | undefined {
  const match = /^([|>])(-?)(?: +#.*)?$/.exec(header);
  if (!match) return undefined;
  const folded = match[1] === '>';
  const chomp = match[2];
  let next = index + 1;
  let contentIndent = -1;
  const body: string[] = [];
  let lastContent = -1;
  let lastContentLine = index;
  /** The most spaces on a blank line before the first line with content. */
  let leadingSpaces = 0;
  for (; next < lines.length; next++) {
    const line = lines[next];
    if (line.blank) {
      if (line.end - line.start > Math.max(contentIndent, parentIndent + 1) && contentIndent >= 0) return undefined;
      if (contentIndent < 0) leadingSpaces = Math.max(leadingSpaces, line.end - line.start);
      body.push('');
      continue;
    }
    if (contentIndent < 0) {
      if (line.indent <= parentIndent) break;
      contentIndent = line.indent;
      // A leading blank line with more spaces than the content's indentation is an error in YAML.
      if (leadingSpaces > contentIndent) return undefined;
    }
    if (line.indent < contentIndent) {
      if (line.indent > parentIndent) return undefined;
      break;
    }
    if (text.charCodeAt(line.start + line.indent) === 9) return undefined;
    if (folded && line.indent > contentIndent) return undefined;
    body.push(text.slice(line.start + contentIndent, line.end));
    lastContent = body.length - 1;
    lastContentLine = next;
  }
  if (lastContent < 0) return undefined;
  const end = lines[lastContentLine].next;
  const content = body.slice(0, lastContent + 1);
  let value: string;
  if (folded) {
    value = '';
    for (let i = 0; i < content.length; i++) {
      if (i === 0) value = content[0];
      else if (content[i] === '') value += '\n';
      else value += content[i - 1] === '' ? content[i] : ` ${content[i]}`;
    }
  } else {
    value = content.join('\n');
  }
  if (chomp === '') value += '\n';
  if (folded && content.length > 0 && content[0] === '') return undefined;
  return { value, end, type: folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', nextLine: next };
}
