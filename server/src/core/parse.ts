import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type YAMLError } from 'yaml';
import { fastParse } from './fastYaml';
import { reparse } from './fastYaml/incremental';
import { LineIndex } from './lineIndex';
import type { Finding, OffsetRange } from './types';

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
const MAX_ALIAS_COUNT = 1000;

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
 * changed when that is safe; the previous parse must not be used afterwards.
 */
export function parseYaml(text: string, previous?: ParsedYaml): ParsedYaml {
  const lines = new LineIndex(text);
  const fast =
    (previous?.fast && holdsTree(previous) && previous.document ? reparse({ text: previous.text, parse: { document: previous.document, value: previous.value } }, text) : undefined) ??
    fastParse(text);
  if (fast) return { text, lines, document: fast.document, value: fast.value, findings: [], fast: true, changedEntry: fast.changedEntry };
  const findings: Finding[] = [];
  const documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error', lineCounter: new LineCounter() });
  const all = Array.isArray(documents) ? documents : [];
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
  return { text, lines, document, value, findings };
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
        if (isMap(pair.key) || isSeq(pair.key)) return pair.key as Node;
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

function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

function ensurePeriod(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

/** Widens a one-character error position to the token it stands on, so the squiggle is visible. */
function widen(range: OffsetRange, text: string): OffsetRange {
  let start = Math.min(Math.max(0, range.start), text.length);
  let end = Math.min(Math.max(start, range.end), text.length);
  if (end - start > 1) return { start, end };
  if (start >= text.trimEnd().length) {
    // At the end of the text: point at the last thing written instead of past it.
    end = text.trimEnd().length;
    start = Math.max(0, text.lastIndexOf('\n', end - 1) + 1);
    while (start < end && /\s/.test(text[start])) start++;
    return { start, end };
  }
  while (start < text.length && text[start] === ' ') start++;
  let stop = start;
  while (stop < text.length && !/[\s:,\]}]/.test(text[stop])) stop++;
  return { start, end: Math.max(end, stop, start + 1) };
}

/** Where a released parse keeps its rebuilt tree: a field of the parse itself, read by one shared getter. */
const TREE = Symbol('tree');

type Releasable = ParsedYaml & { [TREE]?: Document.Parsed | undefined };

function rebuiltTree(this: Releasable): Document.Parsed | undefined {
  return (this[TREE] ??= parseYaml(this.text).document);
}

/** False when the parse's tree was released and not rebuilt since: rebuilding it only to compare would cost a full parse. */
function holdsTree(parsed: ParsedYaml): boolean {
  return (parsed as Releasable)[TREE] !== undefined || !(TREE in parsed);
}

/**
 * Frees a parse's node tree to save memory (files not open in an editor need it only when they are
 * checked again); the tree is rebuilt from the text the next time it is read. Nothing else changes.
 * The getter is one shared function and the tree a plain field: a getter made per call would be kept
 * by the object's hidden class and hold every released tree until a full garbage collection.
 */
export function releaseTree(parsed: ParsedYaml): void {
  const releasable = parsed as Releasable;
  if (TREE in releasable) {
    releasable[TREE] = undefined;
    return;
  }
  if (!parsed.document) return;
  releasable[TREE] = undefined;
  Object.defineProperty(parsed, 'document', { configurable: true, enumerable: true, get: rebuiltTree });
}

/**
 * A parse known by its text, value and findings, made on another thread: its node tree is built from
 * the text the first time it is read, as after `releaseTree`.
 */
export function parsedWithoutTree(text: string, value: unknown, findings: readonly Finding[]): ParsedYaml {
  const parsed: Releasable = { text, lines: new LineIndex(text), document: undefined, value, findings, [TREE]: undefined };
  Object.defineProperty(parsed, 'document', { configurable: true, enumerable: true, get: rebuiltTree });
  return parsed;
}

/** True when the YAML value is a mapping at the top, as every spec must be. */
export function hasMappingRoot(parsed: ParsedYaml): boolean {
  const contents = parsed.document?.contents;
  return contents !== null && contents !== undefined && isMap(contents);
}

export { isMap, isSeq };
