/**
 * Where a reference looks for the id it names: one answer for the reference check, go to
 * definition and completion.
 * - Themes and objectives: the roadmap that names them (their ids are unique per roadmap).
 * - Goals, needs and target groups: from a vision, that vision; from a roadmap, the vision it
 *   serves (`metadata.vision`), or every vision when it serves none that exists.
 * - Everything else (members, product teams, items, visions...): the whole workspace. A member id
 *   names one person across every charter (see `organisation.ts`).
 */
import type { Definition, EntityKind } from '../references';
import type { SpecDocument } from '../specDocument';
import type { WorkspaceIndex } from '../workspaceIndex';
import { child, field, roadmapFile } from './specModel';

/** Where the definitions a reference may name live. */
export interface ReferenceScope {
  /** The documents that may define the id; undefined for the whole workspace. */
  readonly uris?: ReadonlySet<string>;
  /** How the scope reads in a message, after "no theme": `of this roadmap`, `of vision "acme-vision"`. */
  readonly phrase: string;
}

/** Kinds whose ids are unique within one document of the kind that defines them. */
const DOCUMENT_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['theme', 'objective']);
/** Kinds a vision defines, which a roadmap names through the vision it serves. */
const VISION_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['goal', 'need', 'targetGroup']);

/** Where the whole workspace is searched: how a message says it. */
const WORKSPACE_PHRASES: Partial<Record<EntityKind, string>> = {
  member: 'of any team charter',
  team: 'of any team charter',
  item: 'of any roadmap',
  vision: 'in the workspace',
};

const DOCUMENT_NAMES: Readonly<Record<string, string>> = { Vision: 'vision', Roadmap: 'roadmap', TeamCharter: 'team charter' };

/** The vision a roadmap serves, when `metadata.vision` names one that exists. */
export function servedVision(index: WorkspaceIndex, doc: SpecDocument | undefined): Definition | undefined {
  if (doc?.kind !== 'Roadmap') return undefined;
  const vision = field(child(roadmapFile(doc), 'metadata'), 'vision');
  return typeof vision === 'string' ? index.lookup('vision', vision) : undefined;
}

/** Where a reference of a kind written in a document looks for its id. */
export function referenceScope(index: WorkspaceIndex, doc: SpecDocument, kind: EntityKind): ReferenceScope {
  if (DOCUMENT_KINDS.has(kind)) return { uris: new Set([doc.uri]), phrase: `of this ${DOCUMENT_NAMES[doc.kind ?? ''] ?? 'file'}` };
  if (VISION_KINDS.has(kind)) {
    if (doc.kind === 'Vision') return { uris: new Set([doc.uri]), phrase: 'of this vision' };
    const served = servedVision(index, doc);
    if (served) return { uris: new Set(index.definitions('vision', served.id).map((definition) => definition.uri)), phrase: `of vision "${served.id}"` };
    return { uris: new Set(index.documents('Vision').map((vision) => vision.uri)), phrase: 'of any vision' };
  }
  return { phrase: WORKSPACE_PHRASES[kind] ?? 'in the workspace' };
}

/** The definitions of a kind a reference written in a document may name. */
export function definitionsInScope(index: WorkspaceIndex, doc: SpecDocument, kind: EntityKind, scope = referenceScope(index, doc, kind)): readonly Definition[] {
  const all = index.definitions(kind);
  return scope.uris ? all.filter((definition) => scope.uris!.has(definition.uri)) : all;
}
