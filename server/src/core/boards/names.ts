/** Readers for the boards: names of people and teams, and spec values as text. */
import { charterSpec, list, text, textOf } from '../model/specModel';
import type { SpecDocument } from '../specDocument';

/** Ids to names across every charter's entries of a list of its spec (the first charter that names an id wins). */
function namesAt(documents: readonly SpecDocument[], key: 'members' | 'productTeams'): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of documents) {
    for (const [entry] of list(charterSpec(doc), key)) {
      const id = textOf(entry, 'id');
      const name = textOf(entry, 'name');
      if (id && name && !names.has(id)) names.set(id, name);
    }
  }
  return names;
}

/** Member ids to names, across every charter. */
export function memberNames(documents: readonly SpecDocument[]): Map<string, string> {
  return namesAt(documents, 'members');
}

/** Product team ids to names, across every charter. */
export function productTeamNames(documents: readonly SpecDocument[]): Map<string, string> {
  return namesAt(documents, 'productTeams');
}

/** A scalar as text for a board: strings as written, numbers and booleans printed, anything else undefined. */
export function shown(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return text(value);
}

/** `{ key: value }` when the value is there, `{}` otherwise: boards carry no undefined fields, so they compare and serialise cleanly. */
export function optional<K extends string, V>(key: K, value: V | undefined | '' | null): { [P in K]?: V } {
  return value === undefined || value === '' || value === null ? {} : ({ [key]: value } as { [P in K]?: V });
}
