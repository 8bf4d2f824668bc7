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

/** Adds `delta` to each offset of a light node's range that is at or after `from`. */
export function shiftRange(node: Node, from: number, delta: number): void {
  const ranged = node as unknown as Ranged;
  if (ranged.rangeStart >= from) ranged.rangeStart += delta;
  if (ranged.rangeValueEnd >= from) ranged.rangeValueEnd += delta;
  if (ranged.rangeEnd >= from) ranged.rangeEnd += delta;
}

Object.defineProperty(LightMap.prototype, NODE_TYPE, { value: Symbol.for('yaml.map') });
Object.defineProperty(LightSeq.prototype, NODE_TYPE, { value: Symbol.for('yaml.seq') });
Object.defineProperty(LightScalar.prototype, NODE_TYPE, { value: Symbol.for('yaml.scalar') });
Object.defineProperty(LightPair.prototype, NODE_TYPE, { value: Symbol.for('yaml.pair') });

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
