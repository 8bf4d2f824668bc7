import { isMap, isNode, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node, type YAMLError } from 'yaml';
import { fastParse } from './fast';
import { reparse } from './fast/incremental';
import { textChange } from './textChange';
import { LineIndex } from '../lineIndex';
import { quoteUserText } from '../quote';
import type { Finding, OffsetRange } from '../types';

/** A YAML text parsed once, with exact ranges kept for every node. */
export interface ParsedYaml {
  readonly text: string;
  readonly lines: LineIndex;
  /** The first YAML document of the file, if the text held one. */
  readonly document: Document.Parsed | undefined;
  /** The plain value of that document (maps become objects), or undefined when it could not be built. */
  readonly value: unknown;
  /** YAML syntax errors and warnings, already worded for people. */
  readonly findings: readonly Finding[];
  /** True when the fast parser read the text: such a parse can be updated incrementally. */
  readonly fast?: boolean;
  /**
   * Set when this parse updated the previous one: the path of the only list entry parsed again
   * (empty when the text did not change). Everything outside it is the previous parse's, unchanged.
   */
  readonly changedEntry?: ReadonlyArray<string | number>;
}

/** Aliases a document may expand before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

/**
 * The options every full parse of a spec uses; tests hold the fast parser to what they give. Merge
 * keys (`<<: *defaults`) are read as people use them to avoid repetition, as yaml-language-server does.
 */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error', merge: true } as const;

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Duplicate key: a key may appear only once in a mapping. Remove or rename one of them.',
  TAB_AS_INDENT: 'Tabs are not allowed as indentation in YAML. Indent with spaces.',
  BAD_INDENT: 'Bad indentation',
  MISSING_CHAR: 'Missing character',
  MULTILINE_IMPLICIT_KEY: 'A key must be on a single line. Check for a missing ":" or a wrongly indented line above.',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key. Check the indentation of this line.',
  UNEXPECTED_TOKEN: 'Unexpected text',
  BAD_ALIAS: 'Bad alias',
  BAD_DIRECTIVE: 'Bad directive',
  BAD_SCALAR_START: 'A plain value cannot start with this character. Quote the value.',
  DUPLICATE_ANCHOR: 'Duplicate anchor',
  TAG_RESOLVE_FAILED: 'Unknown tag',
};

/**
 * Parses a text. Given the previous parse of the same file, re-parses only the list entry that
 * changed when that is safe, sharing the rest of the previous parse's nodes; the previous parse is
 * left exactly as it was, for code that still holds it.
 */
export function parseYaml(text: string, previous?: ParsedYaml): ParsedYaml {
  // The line breaks of a previous version are found again only where the text changed.
  const change = previous ? textChange(previous.text, text) : undefined;
  const lines = previous && change ? previous.lines.edited(text, change.start, change.oldEnd, change.newEnd) : new LineIndex(text);
  const reusable = previous instanceof TextParse && previous.fast && previous.holdsTree() ? previous : undefined;
  const updated = reusable?.document ? reparse({ text: reusable.text, parse: { document: reusable.document, value: reusable.value } }, text, change) : undefined;
  const fast = updated ?? fastParse(text);
  if (fast) return new TextParse(text, lines, fast.document, fast.value, [], true, fast.changedEntry);
  const findings: Finding[] = [];
  const all = parseDocuments(text);
  const document = all[0];
  for (const doc of all) {
    for (const error of doc.errors) findings.push(yamlFinding(error, 'error', text));
    for (const warning of doc.warnings) findings.push(yamlFinding(warning, 'warning', text));
  }
  for (const extra of all.slice(1)) {
    const start = extra.range[0];
    findings.push({
      code: 'yaml/multiple-documents',
      severity: 'error',
      message: 'A spec file holds one YAML document. Move this document into a file of its own.',
      range: { start, end: Math.max(start, lines.lineEnd(lines.position(start).line)) },
    });
  }
  const value = document ? plainValue(document, findings, lines) : undefined;
  return new TextParse(text, lines, document, value, findings);
}

/**
 * A parse of a text. Its node tree may be released to save memory (files not open in an editor need
 * it only when they are checked again) and is then rebuilt from the text the next time it is read;
 * nothing a reader sees changes.
 */
class TextParse implements ParsedYaml {
  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    private tree: Document.Parsed | undefined,
    readonly value: unknown,
    readonly findings: readonly Finding[],
    readonly fast?: boolean,
    readonly changedEntry?: ReadonlyArray<string | number>,
  ) {}

  private released = false;

  get document(): Document.Parsed | undefined {
    if (this.released) {
      this.tree = parseYaml(this.text).document;
      this.released = false;
    }
    return this.tree;
  }

  /** `always`: marks the tree as released even when none was built yet (a parse made elsewhere). */
  releaseTree(always = false): void {
    if (this.tree === undefined && !always) return;
    this.tree = undefined;
    this.released = true;
  }

  /** False when the tree was released and not rebuilt since: rebuilding it only to compare would cost a full parse. */
  holdsTree(): boolean {
    return !this.released;
  }
}

/**
 * Every document of a text, read by the yaml package. A byte order mark is no part of the YAML: the
 * text after it is read, and every offset moved past it (the yaml package would otherwise read the
 * indentation of the first line, and a list at the top, differently after the mark).
 */
function parseDocuments(text: string): Document.Parsed[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const documents = parseAllDocuments(bom ? text.slice(1) : text, { ...YAML_OPTIONS, lineCounter: new LineCounter() });
  const all = Array.isArray(documents) ? documents : [];
  if (bom) for (const document of all) shiftDocument(document, bom);
  return all;
}

function shiftDocument(document: Document.Parsed, delta: number): void {
  const shift = (range: number[] | null | undefined): void => {
    if (range) for (let i = 0; i < range.length; i++) range[i] += delta;
  };
  shift(document.range);
  for (const error of [...document.errors, ...document.warnings]) shift(error.pos);
  visit(document, (_key, node) => {
    if (isNode(node)) shift(node.range);
  });
}

/**
 * The plain value of a parsed document. A mapping key that is itself a list or mapping, aliases
 * that expand beyond a limit, and nesting too deep to walk give a finding and no value, never a
 * hang: the yaml package would turn collection keys into strings at a cost that grows fast with depth.
 */
function plainValue(document: Document.Parsed, findings: Finding[], lines: LineIndex): unknown {
  const complexKey = firstCollectionKey(document.contents);
  if (complexKey) {
    const range = complexKey.range ?? [0, 0];
    findings.push({
      code: 'yaml/complex-key',
      severity: 'error',
      message: 'A key must be a plain word or quoted text, not a list or a mapping.',
      range: { start: range[0], end: Math.max(range[0], Math.min(range[1], lines.lineEnd(lines.position(range[0]).line))) },
    });
    return undefined;
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // A broken document's value is a bonus; only a valid one that cannot be read is reported.
    if (document.errors.length > 0) return undefined;
    const tooDeep = error instanceof RangeError && /call stack/i.test(error.message);
    findings.push({
      code: tooDeep ? 'yaml/too-deep' : 'yaml/alias-limit',
      severity: 'error',
      message: tooDeep ? 'The document nests too deeply to be checked.' : `The document expands too many aliases to be checked (${(error as Error).message}).`,
      range: { start: 0, end: lines.lineEnd(0) },
    });
    return undefined;
  }
}

/** The first mapping key that is a list or a mapping, found without recursion (nesting may be very deep). */
function firstCollectionKey(root: unknown): Node | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isMap(pair.key) || isSeq(pair.key)) return pair.key;
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return undefined;
}

function yamlFinding(error: YAMLError, severity: 'error' | 'warning', text: string): Finding {
  const base = YAML_MESSAGES[error.code];
  const detail = firstLine(error.message);
  let message: string;
  if (error.code === 'DUPLICATE_KEY') message = `Duplicate key "${keyAt(text, error.pos[0])}": a key may appear only once in a mapping. Remove or rename one of them.`;
  else if (error.code === 'MISSING_CHAR' && detail.includes('closing "quote')) message = 'Missing closing quote: a quoted value must end with the quote it starts with.';
  else if (!base) message = detail;
  else if (base.endsWith('.')) message = base;
  else message = `${base}: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`;
  return {
    code: `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`,
    severity,
    message: ensurePeriod(message),
    range: widen({ start: error.pos[0], end: error.pos[1] }, text),
  };
}

function keyAt(text: string, offset: number): string {
  const match = /^(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(text.slice(offset, offset + 200));
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}

/** The first line of the yaml package's message, with the source it quotes (as JSON) shown as people read it. */
function firstLine(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return line.replace(/"(?:[^"\\]|\\.)*"$/, (quoted) => {
    try {
      return `"${quoteUserText(JSON.parse(quoted) as string)}"`;
    } catch {
      return quoted;
    }
  });
}

function ensurePeriod(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

/** Widens a one-character error position to the token it stands on, so the squiggle is visible. */
function widen(range: OffsetRange, text: string): OffsetRange {
  let start = Math.min(Math.max(0, range.start), text.length);
  let end = Math.min(Math.max(start, range.end), text.length);
  // Spaces and line breaks (the carriage return of CRLF too) are no part of what an error points at.
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start > 1) return { start, end };
  if (start >= text.trimEnd().length) {
    // At the end of the text: point at the last thing written instead of past it.
    end = text.trimEnd().length;
    start = Math.max(0, text.lastIndexOf('\n', end - 1) + 1);
    while (start < end && /\s/.test(text[start])) start++;
    return { start, end };
  }
  while (start < text.length && text[start] === ' ') start++;
  if (text[start] === '\n' || text[start] === '\r') {
    // At the end of a line: point at its last character rather than across the line break, the same with LF and CRLF.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let last = start;
    while (last > lineStart && text[last - 1] === ' ') last--;
    return last > lineStart ? { start: last - 1, end: last } : { start, end: start };
  }
  let stop = start;
  while (stop < text.length && !/[\s:,\]}]/.test(text[stop])) stop++;
  return { start, end: Math.max(end, stop, start + 1) };
}

/** Frees a parse's node tree to save memory; it is rebuilt from the text the next time it is read. Nothing else changes. */
export function releaseTree(parsed: ParsedYaml): void {
  if (parsed instanceof TextParse) parsed.releaseTree();
}

/**
 * A parse known by its text, value and findings, made on another thread: its node tree is built from
 * the text the first time it is read, as after `releaseTree`.
 */
export function parsedWithoutTree(text: string, value: unknown, findings: readonly Finding[]): ParsedYaml {
  const parsed = new TextParse(text, new LineIndex(text), undefined, value, findings);
  parsed.releaseTree(true);
  return parsed;
}

/** True when the YAML value is a mapping at the top, as every spec must be. */
export function hasMappingRoot(parsed: ParsedYaml): boolean {
  const contents = parsed.document?.contents;
  return contents !== null && contents !== undefined && isMap(contents);
}

export { isMap, isSeq };
