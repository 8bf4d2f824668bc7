import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ParsedYaml } from '../yaml/parse';
import { keyName } from '../locate';
import type { EntityKind } from '../references';
import type { JsonSchema } from '../schemas';
import type { SpecDocument } from '../specDocument';
import type { JsonPath, OffsetRange } from '../types';
import { lastContentLine, tokenRange } from './edits';
import { labelOf } from './entities';
import { definesOf, rootSchemaOf, schemasAt } from './schemaInfo';

/** One entry of the outline: a key, or a list entry named after what it is (an item by its title...). */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  /** `omitted`: the last entry of an outline cut at its cap, saying how many symbols were left out. */
  readonly kind: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'entity' | 'omitted';
  /** The kind of id the entry defines, for list entries that define one. */
  readonly entity?: EntityKind;
  readonly range: OffsetRange;
  readonly selectionRange: OffsetRange;
  readonly children: readonly OutlineSymbol[];
}

/** Fields that name a list entry that defines no id, in order of preference. */
const NAME_FIELDS = ['title', 'name', 'statement', 'objective', 'metric', 'topic', 'assumption', 'who', 'role', 'id'];

const MAX_DETAIL = 80;

export function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

/** The range of a node, ending at its last line of content (not at trailing comments or blank lines). */
function trimmed(parsed: ParsedYaml, start: number, end: number): OffsetRange {
  const line = lastContentLine(parsed, { start, end });
  const lineEnd = parsed.lines.lineEnd(line);
  return { start, end: Math.max(start, Math.min(end, lineEnd)) };
}

/** Symbols an outline holds at most: beyond that an editor spends seconds receiving what nobody scrolls through. */
export const MAX_OUTLINE_SYMBOLS = 5000;

/**
 * The outline of a spec file: every key, with list entries named by their title, name or statement.
 * A huge file keeps the outline's upper levels whole and as much of the next level as fits: the
 * first few thousand items of a roadmap, say, rather than a few hundred items with every field;
 * then a last entry, at the end of the file, says how many symbols were left out.
 */
export function outline(doc: SpecDocument, max = MAX_OUTLINE_SYMBOLS): OutlineSymbol[] {
  const contents = doc.parsed.document?.contents;
  if (!isMap(contents)) return [];
  const all = mapChildren(doc.parsed, rootSchemaOf(doc), contents.items, []);
  const kept = limited(all, max);
  const left = count(all) - count(kept);
  if (left === 0) return kept;
  const end = doc.parsed.text.length;
  const number = (n: number): string => n.toLocaleString('en-US');
  return [
    ...kept,
    {
      name: `${number(left)} more ${left === 1 ? 'symbol' : 'symbols'} left out: the outline holds the first ${number(max)}`,
      kind: 'omitted',
      range: { start: end, end },
      selectionRange: { start: end, end },
      children: [],
    },
  ];
}

function count(symbols: readonly OutlineSymbol[]): number {
  return symbols.reduce((sum, symbol) => sum + 1 + count(symbol.children), 0);
}

/** The symbols, level by level, until `max` are taken; the outline itself when it is no larger. */
function limited(symbols: readonly OutlineSymbol[], max: number): OutlineSymbol[] {
  const kept = new Set<OutlineSymbol>();
  let dropped = false;
  for (let level: readonly OutlineSymbol[] = symbols; level.length > 0 && !dropped; level = level.flatMap((symbol) => symbol.children)) {
    for (const symbol of level) {
      if (kept.size === max) {
        dropped = true;
        break;
      }
      kept.add(symbol);
    }
  }
  if (!dropped) return [...symbols];
  const prune = (list: readonly OutlineSymbol[]): OutlineSymbol[] => list.filter((symbol) => kept.has(symbol)).map((symbol) => ({ ...symbol, children: prune(symbol.children) }));
  return prune(symbols);
}

function mapChildren(parsed: ParsedYaml, root: JsonSchema, pairs: readonly Pair[], at: JsonPath): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const pair of pairs) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const name = keyName(pair.key);
    const key = pair.key.range;
    const value = pair.value as Node | null;
    const end = value?.range && value.range[1] > value.range[0] ? value.range[1] : key[1];
    out.push({
      name: name === '' ? '""' : name,
      ...valueShape(parsed, root, value, [...at, name]),
      range: trimmed(parsed, key[0], end),
      selectionRange: { start: key[0], end: key[1] },
    });
  }
  return out;
}

function valueShape(parsed: ParsedYaml, root: JsonSchema, value: Node | null, at: JsonPath): Pick<OutlineSymbol, 'kind' | 'detail' | 'children'> {
  if (isMap(value)) return { kind: 'object', children: mapChildren(parsed, root, value.items, at) };
  if (isSeq(value)) return { kind: 'array', children: value.items.flatMap((entry, i) => entrySymbol(parsed, root, entry as Node, [...at, i])) };
  if (isScalar(value)) {
    const v = value.value;
    const kind = v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
    return { kind, detail: v === null ? undefined : short(String(v)), children: [] };
  }
  return { kind: 'null', children: [] };
}

function entrySymbol(parsed: ParsedYaml, root: JsonSchema, entry: Node, at: JsonPath): OutlineSymbol[] {
  if (!entry?.range) return [];
  const range = trimmed(parsed, entry.range[0], entry.range[1]);
  if (isScalar(entry)) {
    const text = entry.value === null ? '(empty)' : short(String(entry.value));
    return [{ name: text === '' ? '""' : text, kind: 'string', range, selectionRange: tokenRange(entry) ?? range, children: [] }];
  }
  if (!isMap(entry)) {
    return [{ name: `#${Number(at[at.length - 1]) + 1}`, ...valueShape(parsed, root, entry, at), range, selectionRange: range }];
  }
  const fields = new Map<string, Pair>();
  for (const pair of entry.items) if (isScalar(pair.key)) fields.set(keyName(pair.key), pair);
  const value = (name: string): unknown => {
    const node = fields.get(name)?.value;
    return isScalar(node) ? node.value : undefined;
  };
  const id = value('id');
  const entity = typeof id === 'string' ? (definesOf(schemasAt(root, [...at, 'id'])) as EntityKind | undefined) : undefined;
  let name: string | undefined;
  let nameField: string | undefined;
  if (entity && typeof id === 'string') {
    const plain: Record<string, unknown> = {};
    for (const field of fields.keys()) plain[field] = value(field);
    name = labelOf(entity, id, plain);
    nameField = name === id ? 'id' : [...fields.keys()].find((field) => typeof plain[field] === 'string' && short(String(plain[field])) === short(name!));
  } else {
    nameField = NAME_FIELDS.find((field) => value(field) !== undefined && value(field) !== null && String(value(field)).trim() !== '');
    name = nameField ? String(value(nameField)) : undefined;
  }
  const selected = nameField ? (fields.get(nameField)?.value as Node | undefined) : undefined;
  return [
    {
      name: name ? short(name) : `#${Number(at[at.length - 1]) + 1}`,
      detail: entity && typeof id === 'string' && short(name ?? '') !== id ? id : undefined,
      kind: entity ? 'entity' : 'object',
      entity,
      range,
      selectionRange: selected?.range ? (tokenRange(selected) ?? range) : { start: range.start, end: parsed.lines.lineEnd(parsed.lines.position(range.start).line) },
      children: mapChildren(parsed, root, entry.items, at),
    },
  ];
}
