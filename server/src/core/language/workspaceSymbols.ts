import { path, uriToPath } from '../platform/fileNames';
import type { EntityKind } from '../references';
import type { JsonPath } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { kindTitle, labelOf } from './entities';
import { short } from './outline';

/** One defined id, as workspace symbol search lists it. */
export interface WorkspaceSymbol {
  readonly name: string;
  readonly entity: EntityKind;
  readonly containerName: string;
  readonly uri: string;
  readonly path: JsonPath;
}

/** Every id defined in the workspace whose name or id holds each word of a query (case ignored). */
export function workspaceSymbols(index: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const matches = (text: string): boolean => words.every((word) => text.toLowerCase().includes(word));
  const out: WorkspaceSymbol[] = [];
  for (const doc of index.documents().sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    for (const definition of index.symbolsOf(doc.uri)?.definitions ?? []) {
      const label = labelOf(definition.kind, definition.id, definition.entry);
      if (!matches(`${label} ${definition.id}`)) continue;
      const file = path.basename(uriToPath(definition.uri));
      out.push({
        name: short(label),
        entity: definition.kind,
        containerName: label === definition.id ? `${kindTitle(definition.kind)} · ${file}` : `${kindTitle(definition.kind)} ${definition.id} · ${file}`,
        uri: definition.uri,
        path: definition.path,
      });
    }
  }
  return out;
}
