/** Readers shared by the rules of every area, on the typed accessor layer (`model/specModel`): spec values are untrusted, the schema may have failed. */
import type { Roadmap, TeamCharter } from '../../model/specTypes.generated';
import { charterSpec, field, list, roadmapSpec, text, type Read } from '../../model/specModel';
import type { SpecDocument } from '../../specDocument';
import type { RuleFinding } from '../rule';

/** How an entry is named in a message: the text of one of its fields, or its position. */
export function nameOf<T, K extends keyof T & string>(entry: Read<T>, index: number, key: K): string {
  return text(field(entry, key)) ?? `#${index + 1}`;
}

/** How an entry with an id (goal, need, theme, item, member...) is named in a message: its id, or its position. */
export function idOf<T extends { readonly id?: unknown }>(entry: Read<T>, index: number): string {
  return nameOf<T, 'id'>(entry, index, 'id');
}

/** One finding at the `rituals` key when a charter has no ritual of a kind, none otherwise. */
export function missingRitual(doc: SpecDocument, kind: TeamCharter.Ritual['kind'], message: string): RuleFinding[] {
  const spec = charterSpec(doc);
  if (!spec || list(spec, 'rituals').some(([ritual]) => field(ritual, 'kind') === kind)) return [];
  return [{ path: ['spec', 'rituals'], target: 'key', message }];
}

/** The findings `check` gives for the entries of a list (with their indices), undefined for an entry that is fine. */
function eachEntry<E>(entries: Array<[E, number]>, check: (entry: E, index: number) => RuleFinding | undefined): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [entry, index] of entries) {
    const finding = check(entry, index);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** The findings of a rule that looks at each of the roadmap's items on its own. */
export function eachItem(doc: SpecDocument, check: (item: Read<Roadmap.Item>, index: number) => RuleFinding | undefined): RuleFinding[] {
  return eachEntry(list(roadmapSpec(doc), 'items'), check);
}

/** The findings of a rule that looks at each of the charter's members on its own. */
export function eachMember(doc: SpecDocument, check: (member: Read<TeamCharter.Member>, index: number) => RuleFinding | undefined): RuleFinding[] {
  return eachEntry(list(charterSpec(doc), 'members'), check);
}

/** The entries of a list grouped by a text key, in order of first appearance: each with its name and index. */
export function groupBy<E>(entries: Array<[E, number]>, key: (entry: E) => string | undefined, name: (entry: E, index: number) => string): Map<string, Array<[string, number]>> {
  const groups = new Map<string, Array<[string, number]>>();
  for (const [entry, index] of entries) {
    const group = key(entry);
    if (group === undefined) continue;
    const members = groups.get(group) ?? [];
    members.push([name(entry, index), index]);
    groups.set(group, members);
  }
  return groups;
}
