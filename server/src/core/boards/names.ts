import { entries, get, text } from '../rules/util';
import type { SpecDocument } from '../specDocument';

/** Ids to names across every charter's entries at `path` (the first charter that names an id wins). */
function namesAt(documents: readonly SpecDocument[], ...path: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of documents) {
    if (doc.kind !== 'TeamCharter') continue;
    for (const [entry] of entries(get(doc.parsed.value, ...path))) {
      const id = text(entry.id);
      const name = text(entry.name);
      if (id && name && !names.has(id)) names.set(id, name);
    }
  }
  return names;
}

/** Member ids to names, across every charter. */
export function memberNames(documents: readonly SpecDocument[]): Map<string, string> {
  return namesAt(documents, 'spec', 'members');
}

/** Product team ids to names, across every charter. */
export function productTeamNames(documents: readonly SpecDocument[]): Map<string, string> {
  return namesAt(documents, 'spec', 'productTeams');
}

/** A scalar as text for a board: strings as written, numbers and booleans printed, anything else undefined. */
export function shown(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return text(value);
}
