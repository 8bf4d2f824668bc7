import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Light nodes that the `yaml` package's own checks (`isMap`, `isSeq`, `isScalar`, `isPair`) accept,
 * with the fields the engine reads: items, key and value, range, scalar value, type and source.
 * They are far cheaper to build and to keep than the package's classes, and have none of their
 * methods. The node type sits on each prototype, where the package's checks find it.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');

export type Range = [number, number, number];

/**
 * The range [start, value end, node end] kept as three numbers and read as the package's array: an
 * array per node would take more memory than the node itself.
 */
class Ranged {
  rangeStart = 0;
  rangeValueEnd = 0;
  rangeEnd = 0;

  get range(): Range {
    return [this.rangeStart, this.rangeValueEnd, this.rangeEnd];
  }

  set range(range: Range) {
    this.rangeStart = range[0];
    this.rangeValueEnd = range[1];
    this.rangeEnd = range[2];
  }
}

class LightMap extends Ranged {
  items: Pair[] = [];
  constructor(readonly flow: boolean) {
    super();
  }
}

class LightSeq extends Ranged {
  items: unknown[] = [];
  constructor(readonly flow: boolean) {
    super();
  }
}

class LightScalar extends Ranged {
  constructor(
    readonly value: unknown,
    readonly type: Scalar.Type,
    range: Range,
    readonly source: string | undefined,
  ) {
    super();
    this.range = range;
  }
}

class LightPair {
  constructor(
    readonly key: Node,
    readonly value: Node | null,
  ) {}
}

/**
 * A light collection seen with every offset moved by `delta`, as an incremental parse sees what
 * follows an edit: the collection itself is shared with the parse it came from and never changed.
 * Its items are seen the same way, each built the first time the items are read.
 */
class ShiftedCollection {
  private shiftedItems: unknown[] | undefined;

  constructor(
    readonly target: LightMap | LightSeq,
    readonly delta: number,
  ) {}

  get flow(): boolean {
    return this.target.flow;
  }

  get range(): Range {
    const { target, delta } = this;
    return [target.rangeStart + delta, target.rangeValueEnd + delta, target.rangeEnd + delta];
  }

  get items(): unknown[] {
    this.shiftedItems ??= this.target.items.map((item) => shiftedItem(item, this.delta));
    return this.shiftedItems;
  }
}

class ShiftedMap extends ShiftedCollection {}
class ShiftedSeq extends ShiftedCollection {}

/** A pair of a shifted mapping: its key and value seen moved, built the first time they are read. */
class ShiftedPair {
  private shiftedKey: Node | undefined;
  private shiftedValue: Node | null | undefined;

  constructor(
    readonly target: LightPair,
    readonly delta: number,
  ) {}

  get key(): Node {
    this.shiftedKey ??= shifted(this.target.key, this.delta);
    return this.shiftedKey;
  }

  get value(): Node | null {
    if (this.shiftedValue === undefined) this.shiftedValue = this.target.value && shifted(this.target.value, this.delta);
    return this.shiftedValue;
  }
}

function shiftedItem(item: unknown, delta: number): unknown {
  if (item instanceof LightPair) return new ShiftedPair(item, delta);
  if (item instanceof ShiftedPair) return item.delta + delta === 0 ? item.target : new ShiftedPair(item.target, item.delta + delta);
  return shifted(item as Node, delta);
}

/**
 * A light node as it reads with every offset moved by `delta`, leaving the node as it is. A shifted
 * view of a shifted view is a view of the original: views never pile up over many edits.
 */
export function shifted<T extends Node | Pair>(node: T, delta: number): T {
  if (delta === 0) return node;
  if (node instanceof ShiftedCollection) return (node.delta + delta === 0 ? node.target : shiftedCollection(node.target, node.delta + delta)) as unknown as T;
  if (node instanceof LightMap || node instanceof LightSeq) return shiftedCollection(node, delta) as unknown as T;
  if (node instanceof LightScalar)
    return new LightScalar(node.value, node.type, [node.rangeStart + delta, node.rangeValueEnd + delta, node.rangeEnd + delta], node.source) as unknown as T;
  if (node instanceof LightPair || node instanceof ShiftedPair) return shiftedItem(node, delta) as T;
  throw new TypeError("Only the fast parser's nodes can be shifted.");
}

function shiftedCollection(target: LightMap | LightSeq, delta: number): ShiftedCollection {
  return target instanceof LightMap ? new ShiftedMap(target, delta) : new ShiftedSeq(target, delta);
}

Object.defineProperty(LightMap.prototype, NODE_TYPE, { value: Symbol.for('yaml.map') });
Object.defineProperty(LightSeq.prototype, NODE_TYPE, { value: Symbol.for('yaml.seq') });
Object.defineProperty(LightScalar.prototype, NODE_TYPE, { value: Symbol.for('yaml.scalar') });
Object.defineProperty(LightPair.prototype, NODE_TYPE, { value: Symbol.for('yaml.pair') });
Object.defineProperty(ShiftedMap.prototype, NODE_TYPE, { value: Symbol.for('yaml.map') });
Object.defineProperty(ShiftedSeq.prototype, NODE_TYPE, { value: Symbol.for('yaml.seq') });
Object.defineProperty(ShiftedPair.prototype, NODE_TYPE, { value: Symbol.for('yaml.pair') });

export function mapNode(flow: boolean): YAMLMap {
  return new LightMap(flow) as unknown as YAMLMap;
}

export function seqNode(flow: boolean): YAMLSeq {
  return new LightSeq(flow) as unknown as YAMLSeq;
}

export function scalarNode(value: unknown, type: Scalar.Type, range: Range, source?: string): Scalar {
  return new LightScalar(value, type, range, source) as unknown as Scalar;
}

export function pairNode(key: Node, value: Node | null): Pair {
  return new LightPair(key, value) as unknown as Pair;
}

export function documentNode(contents: Node, range: Range): Document.Parsed {
  return { contents, range, errors: [], warnings: [] } as unknown as Document.Parsed;
}
