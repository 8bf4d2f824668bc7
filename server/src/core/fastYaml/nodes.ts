import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Light nodes that the `yaml` package's own checks (`isMap`, `isSeq`, `isScalar`, `isPair`) accept,
 * with the fields the engine reads: items, key and value, range, scalar value, type and source.
 * They are far cheaper to build and to keep than the package's classes, and have none of their
 * methods. The node type sits on each prototype, where the package's checks find it.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');

export type Range = [number, number, number];

class LightMap {
  items: Pair[] = [];
  range: Range | undefined = undefined;
  constructor(readonly flow: boolean) {}
}

class LightSeq {
  items: unknown[] = [];
  range: Range | undefined = undefined;
  constructor(readonly flow: boolean) {}
}

class LightScalar {
  constructor(
    readonly value: unknown,
    readonly type: Scalar.Type,
    public range: Range,
    readonly source: string | undefined,
  ) {}
}

class LightPair {
  constructor(
    readonly key: Node,
    readonly value: Node | null,
  ) {}
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
