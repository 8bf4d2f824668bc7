import { schemaFor } from './schemas';
import { walkAnnotated } from './schemaWalk';
import type { SpecDocument } from './specDocument';
import type { JsonPath } from './types';

/** What an id names: the annotation values `x-defines` and `x-ref` of the schemas. */
export type EntityKind =
  | 'member'
  | 'team'
  | 'vision'
  | 'goal'
  | 'need'
  | 'targetGroup'
  | 'theme'
  | 'objective'
  | 'item'
  | 'keyResult'
  | 'roadmap'
  | 'charter';

/** An id defined in a spec file: a member, a product team, a goal... */
export interface Definition {
  readonly kind: EntityKind;
  readonly id: string;
  readonly uri: string;
  /** Path of the id property. */
  readonly path: JsonPath;
  /** The entry the id belongs to (the member, the goal...). */
  readonly entry: Readonly<Record<string, unknown>>;
}

/** A place where a spec file names an id defined elsewhere. */
export interface Reference {
  readonly kind: EntityKind;
  readonly id: string;
  readonly uri: string;
  readonly path: JsonPath;
}

export interface DocumentSymbols {
  readonly definitions: readonly Definition[];
  readonly references: readonly Reference[];
}

const EMPTY: DocumentSymbols = { definitions: [], references: [] };

/** Every id a document defines and every id it references, read from the schema's annotations. */
export function collectSymbols(doc: SpecDocument): DocumentSymbols {
  if (!doc.kind || doc.kind === 'Config' || !doc.parsed.value || typeof doc.parsed.value !== 'object') return EMPTY;
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  walkAnnotated(schemaFor(doc.kind), doc.parsed.value, (node, value, path) => {
    if (typeof value !== 'string' || value === '') return;
    if (node.defines) {
      const entry = parentOf(doc.parsed.value, path);
      definitions.push({ kind: node.defines as EntityKind, id: value, uri: doc.uri, path: [...path], entry });
    }
    if (node.ref) references.push({ kind: node.ref as EntityKind, id: value, uri: doc.uri, path: [...path] });
  });
  return { definitions, references };
}

function parentOf(root: unknown, path: JsonPath): Record<string, unknown> {
  let value: unknown = root;
  for (const step of path.slice(0, -1)) value = (value as Record<string | number, unknown>)[step];
  return (value ?? {}) as Record<string, unknown>;
}
