/** Readers shared by the rules of every area: spec values are untrusted, the schema may have failed. */
import type { RuleFinding } from '../rule';
import { entries, get, text, type Entry } from '../util';

/** The `spec` mapping of a document, or undefined when it is not a mapping (the schema reports that). */
export function specOf(value: unknown): Entry | undefined {
  const spec = get(value, 'spec');
  return spec && typeof spec === 'object' && !Array.isArray(spec) ? (spec as Entry) : undefined;
}

/** How an entry is named in a message: the text of one of its fields (its id by default), or its position. */
export function nameOf(entry: Entry, index: number, key = 'id'): string {
  return text(entry[key]) ?? `#${index + 1}`;
}

/** The roadmap items that are mappings, with their indices in `spec.items`. */
export function items(spec: Entry): Array<[Entry, number]> {
  return entries(spec.items);
}

/** The charter's members that are mappings, with their indices in `spec.members`. */
export function members(spec: Entry): Array<[Entry, number]> {
  return entries(spec.members);
}

/** The charter's rituals that are mappings, with their indices in `spec.rituals`. */
export function rituals(spec: Entry): Array<[Entry, number]> {
  return entries(spec.rituals);
}

/** True when the charter has a ritual of a kind. */
export function hasRitualOfKind(spec: Entry, kind: string): boolean {
  return rituals(spec).some(([ritual]) => ritual.kind === kind);
}

/** One finding at the `rituals` key when a charter has no ritual of a kind, none otherwise. */
export function missingRitual(value: unknown, kind: string, message: string): RuleFinding[] {
  const spec = specOf(value);
  if (!spec || hasRitualOfKind(spec, kind)) return [];
  return [{ path: ['spec', 'rituals'], target: 'key', message }];
}

/**
 * The findings of a rule that looks at each entry of a `spec` list on its own: `check` gives the
 * finding of an entry (with its index in the list), or undefined when the entry is fine.
 */
export function eachEntry(value: unknown, list: string, check: (entry: Entry, index: number) => RuleFinding | undefined): RuleFinding[] {
  const spec = specOf(value);
  if (!spec) return [];
  const findings: RuleFinding[] = [];
  for (const [entry, index] of entries(spec[list])) {
    const finding = check(entry, index);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** `eachEntry` over the roadmap's items. */
export function eachItem(value: unknown, check: (item: Entry, index: number) => RuleFinding | undefined): RuleFinding[] {
  return eachEntry(value, 'items', check);
}

/** `eachEntry` over the charter's members. */
export function eachMember(value: unknown, check: (member: Entry, index: number) => RuleFinding | undefined): RuleFinding[] {
  return eachEntry(value, 'members', check);
}

/** The entries of a list grouped by a text key, in order of first appearance: each with its name and index. */
export function groupBy(
  list: Array<[Entry, number]>,
  key: (entry: Entry) => string | undefined,
  name: (entry: Entry, index: number) => string,
): Map<string, Array<[string, number]>> {
  const groups = new Map<string, Array<[string, number]>>();
  for (const [entry, index] of list) {
    const group = key(entry);
    if (group === undefined) continue;
    const members = groups.get(group) ?? [];
    members.push([name(entry, index), index]);
    groups.set(group, members);
  }
  return groups;
}
