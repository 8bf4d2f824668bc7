/**
 * Variants of spec files for the round-trip tests: the same files with comments and quotes added
 * on purpose, and the small mistakes people make (a typo in a reference or a key, an enum value in
 * the wrong case, a missing property), each made once for every place in the schema where the
 * files have one, so a new field, reference or rule gets its variant without a test change.
 */
import { CST, isMap, isScalar, isSeq, Lexer, parseDocument, visit, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { lastContentLine, tokenRange } from '../../server/src/core/language/edits';
import { enumValues, rootSchemaOf, schemasAt } from '../../server/src/core/language/schemaInfo';
import { nodeAtPath } from '../../server/src/core/locate';
import type { SpecDocument } from '../../server/src/core';
import type { JsonPath, OffsetRange } from '../../server/src/core/types';
import { SpecFiles, type Files } from './roundTrip';

/** Files with one mistake made in one of them. */
export interface Variant {
  /** The file and what was changed in it. */
  readonly name: string;
  readonly files: Files;
}

interface Change {
  readonly range: OffsetRange;
  readonly text: string;
}

function applyChanges(text: string, changes: readonly Change[]): string {
  let out = text;
  for (const change of [...changes].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end)) {
    out = out.slice(0, change.range.start) + change.text + out.slice(change.range.end);
  }
  return out;
}

/** Plain single-line text that reads the same in single or double quotes. */
const QUOTABLE = /^[^'"\\#\n:]+$/;

/** Plain string values of properties, alternately in 'single' and "double" quotes. */
function quoteValues(text: string, document: Document): Change[] {
  const changes: Change[] = [];
  visit(document, {
    Pair(_, pair) {
      const value = pair.value;
      if (!isScalar(value) || value.type !== 'PLAIN' || typeof value.value !== 'string' || !value.range) return;
      const source = text.slice(value.range[0], value.range[1]);
      if (!QUOTABLE.test(source)) return;
      const quote = changes.length % 2 === 0 ? "'" : '"';
      changes.push({ range: { start: value.range[0], end: value.range[1] }, text: `${quote}${source}${quote}` });
    },
  });
  return changes;
}

/** A comment at the end of every line that has content and no comment yet (block scalar text excluded). */
function trailingComments(text: string): Change[] {
  const changes: Change[] = [];
  let offset = 0;
  let content = false;
  let comment = false;
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === CST.DOCUMENT || lexeme === CST.FLOW_END || lexeme === CST.SCALAR) continue;
    const type = CST.tokenType(lexeme);
    if (type === 'newline') {
      if (content && !comment) changes.push({ range: { start: offset, end: offset }, text: `  # note ${changes.length + 1}` });
      content = false;
      comment = false;
    } else if (type === 'comment') comment = true;
    else if (lexeme.includes('\n')) content = !lexeme.endsWith('\n');
    else if (type !== 'space') content = true;
    offset += lexeme.length;
  }
  return changes;
}

/** A comment line above every entry of a block list, at the entry's indentation. */
function commentsBetweenEntries(text: string, document: Document): Change[] {
  const changes: Change[] = [];
  visit(document, {
    Seq(_, seq) {
      if (seq.flow) return;
      for (const item of seq.items as Node[]) {
        if (!item?.range) continue;
        const lineStart = text.lastIndexOf('\n', item.range[0] - 1) + 1;
        const dash = /^(\s*)-\s*$/.exec(text.slice(lineStart, item.range[0]));
        if (dash) changes.push({ range: { start: lineStart, end: lineStart }, text: `${dash[1]}# entry ${changes.length + 1}\n` });
      }
    },
  });
  return changes;
}

/** The same spec file with comments after its lines and between list entries, and its plain string values in quotes. */
export function decorate(text: string): string {
  const document = parseDocument(text);
  return applyChanges(text, [...quoteValues(text, document), ...trailingComments(text), ...commentsBetweenEntries(text, document)]);
}

const decorated = new Map<string, string>();

/** Every file decorated (each text once). */
export function decorateAll(files: Files): Files {
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => {
      if (!decorated.has(text)) decorated.set(text, decorate(text));
      return [name, decorated.get(text)!];
    }),
  );
}

/** A path with list indices left out: one place in the schema. */
function shapeOf(path: JsonPath): string {
  return path.map((step) => (typeof step === 'number' ? '[]' : `.${step}`)).join('');
}

function describePath(path: JsonPath): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

/** Every property of a document in block mappings, with its path and its mapping. */
function eachPair(node: unknown, path: JsonPath, visitPair: (pair: Pair<Scalar, unknown>, path: JsonPath, map: { items: Pair[] }) => void): void {
  if (isMap(node)) {
    if (node.flow) return;
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const at = [...path, String(pair.key.value)];
      visitPair(pair as Pair<Scalar, unknown>, at, node);
      eachPair(pair.value, at, visitPair);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => eachPair(item, [...path, index], visitPair));
  }
}

/** Every scalar value of a document (property values and list entries), with its path. */
function eachScalar(node: unknown, path: JsonPath, visitScalar: (scalar: Scalar, path: JsonPath) => void): void {
  if (isScalar(node)) visitScalar(node, path);
  else if (isMap(node))
    for (const pair of node.items) {
      if (isScalar(pair.key)) eachScalar(pair.value, [...path, String(pair.key.value)], visitScalar);
    }
  else if (isSeq(node)) node.items.forEach((item, index) => eachScalar(item, [...path, index], visitScalar));
}

/** One variant per file and place in the schema: the first place a mistake can be made there. */
function variantsOf(files: Files, mistakes: (doc: SpecDocument, files: SpecFiles) => Array<{ place: string; name: string; change: Change }>): Variant[] {
  const set = new SpecFiles(files);
  const variants: Variant[] = [];
  for (const file of set.names) {
    const doc = set.doc(file);
    const seen = new Set<string>();
    for (const mistake of mistakes(doc, set)) {
      if (seen.has(mistake.place)) continue;
      seen.add(mistake.place);
      variants.push({ name: `${file}: ${mistake.name}`, files: { ...files, [file]: applyChanges(doc.parsed.text, [mistake.change]) } });
    }
  }
  return variants;
}

/** A reference to an id with a letter too many: `owner: samx`. */
export function referenceTypos(files: Files): Variant[] {
  return variantsOf(files, (doc, set) =>
    (set.workspace.index.symbolsOf(doc.uri)?.references ?? []).flatMap((reference) => {
      const node = nodeAtPath(doc.parsed, reference.path);
      const range = node && tokenRange(node);
      if (!range) return [];
      const typo = `${reference.id}x`;
      return [
        { place: `${reference.kind} ${shapeOf(reference.path)}`, name: `${describePath(reference.path)} "${reference.id}" becomes "${typo}"`, change: { range, text: typo } },
      ];
    }),
  );
}

/** An allowed value in the wrong case: `stage: Delivery`, `raci: r`. */
export function enumCaseVariants(files: Files): Variant[] {
  return variantsOf(files, (doc) => {
    const root = rootSchemaOf(doc);
    const out: Array<{ place: string; name: string; change: Change }> = [];
    eachScalar(doc.parsed.document?.contents, [], (scalar, path) => {
      const value = scalar.value;
      const range = tokenRange(scalar);
      if (typeof value !== 'string' || !range || !enumValues(schemasAt(root, path)).includes(value)) return;
      const wrong = value === value.toLowerCase() ? value[0].toUpperCase() + value.slice(1) : value.toLowerCase();
      if (wrong !== value) out.push({ place: shapeOf(path), name: `${describePath(path)} "${value}" becomes "${wrong}"`, change: { range, text: wrong } });
    });
    return out;
  });
}

/** A key with its last two letters swapped: `confidecne`. */
export function keyTypos(files: Files): Variant[] {
  return variantsOf(files, (doc) => {
    const out: Array<{ place: string; name: string; change: Change }> = [];
    eachPair(doc.parsed.document?.contents, [], (pair, path) => {
      const key = String(pair.key.value);
      const typo = `${key.slice(0, -2)}${key.slice(-1)}${key.slice(-2, -1)}`;
      const range = tokenRange(pair.key);
      if (typo !== key && range) out.push({ place: shapeOf(path), name: `the key of ${describePath(path)} becomes "${typo}"`, change: { range, text: typo } });
    });
    return out;
  });
}

/** The lines of a property, or on a list entry's first line, the property up to the next one. */
function removal(doc: SpecDocument, pair: Pair<Scalar, unknown>, map: { items: Pair[] }): OffsetRange | undefined {
  const { text, lines } = doc.parsed;
  const keyStart = pair.key.range![0];
  const value = (pair.value as Node | null)?.range;
  const end = value && value[1] > value[0] ? value[1] : pair.key.range![1];
  const last = lastContentLine(doc.parsed, { start: keyStart, end });
  const lineStart = lines.lineStart(lines.position(keyStart).line);
  if (text.slice(lineStart, keyStart).trim() === '') return { start: lineStart, end: last + 1 < lines.lineCount ? lines.lineStart(last + 1) : text.length };
  const next = map.items[map.items.indexOf(pair) + 1];
  return isScalar(next?.key) && next.key.range ? { start: keyStart, end: next.key.range[0] } : undefined;
}

/** A property left out. */
export function missingProperties(files: Files): Variant[] {
  return variantsOf(files, (doc) => {
    const out: Array<{ place: string; name: string; change: Change }> = [];
    eachPair(doc.parsed.document?.contents, [], (pair, path, map) => {
      const range = removal(doc, pair, map);
      if (range) out.push({ place: shapeOf(path), name: `${describePath(path)} is left out`, change: { range, text: '' } });
    });
    return out;
  });
}
