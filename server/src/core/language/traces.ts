import { child, field, list, roadmapFile, roadmapSpec, strings, visionFile, type Read } from '../model/specModel';
import type { Roadmap } from '../model/specTypes.generated';
import type { SpecDocument } from '../specDocument';
import type { JsonPath, OffsetRange } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { count } from '../words';
import { idRange, type Location } from './navigation';

/** What traces to one vision goal or need: roadmap objectives, themes and items. */
export interface Trace {
  readonly kind: 'goal' | 'need';
  readonly id: string;
  /** The goal's or need's id in the vision. */
  readonly range: OffsetRange;
  readonly objectives: readonly Location[];
  readonly themes: readonly Location[];
  readonly items: readonly Location[];
  /** `2 objectives · 1 theme · 3 items trace here`. */
  readonly title: string;
}

/** An objective, theme or item of a roadmap that has an id, with its index in its list. */
type Entry<T> = { readonly id: string; readonly index: number; readonly value: Read<T> };

function withIds<T extends { id?: unknown }>(entries: ReadonlyArray<[Read<T>, number]>): Array<Entry<T>> {
  return entries.flatMap(([value, index]) => {
    const id = field(value, 'id');
    return typeof id === 'string' ? [{ id, index, value }] : [];
  });
}

/**
 * For each goal and need of a vision, the objectives, themes and items of the roadmaps that serve
 * it (or that name no existing vision) that trace to it: objectives by `visionGoal`, themes by
 * `needs`, items through their objective or theme, and the themes or objectives of those items.
 */
export function traces(doc: SpecDocument, index: WorkspaceIndex): Trace[] {
  if (doc.kind !== 'Vision') return [];
  const visionId = field(child(visionFile(doc), 'metadata'), 'id');
  const roadmaps = index.documents('Roadmap').filter((roadmap) => {
    const served = field(child(roadmapFile(roadmap), 'metadata'), 'vision');
    return served === visionId || typeof served !== 'string' || !index.lookup('vision', served);
  });
  const out: Trace[] = [];
  for (const definition of index.symbolsOf(doc.uri)?.definitions ?? []) {
    if (definition.kind !== 'goal' && definition.kind !== 'need') continue;
    const range = idRange(index, doc.uri, definition.path);
    if (!range) continue;
    const found = { objectives: [] as Location[], themes: [] as Location[], items: [] as Location[] };
    for (const roadmap of roadmaps) {
      const spec = roadmapSpec(roadmap);
      const objectives = withIds(list(spec, 'objectives'));
      const themes = withIds(list(spec, 'themes'));
      const items = withIds(list(spec, 'items'));
      const at = (list: 'objectives' | 'themes' | 'items', entry: Entry<unknown>): Location[] => {
        const path: JsonPath = ['spec', list, entry.index, 'id'];
        const place = idRange(index, roadmap.uri, path);
        return place ? [{ uri: roadmap.uri, range: place }] : [];
      };
      let tracedObjectives: Array<Entry<Roadmap.Objective>>;
      let tracedThemes: Array<Entry<Roadmap.Theme>>;
      let tracedItems: Array<Entry<Roadmap.Item>>;
      if (definition.kind === 'goal') {
        tracedObjectives = objectives.filter((objective) => objective.value.visionGoal === definition.id);
        const ids = new Set<unknown>(tracedObjectives.map((objective) => objective.id));
        tracedItems = items.filter((item) => ids.has(item.value.objective));
        const themeIds = new Set(tracedItems.map((item) => item.value.theme));
        tracedThemes = themes.filter((theme) => themeIds.has(theme.id));
      } else {
        tracedThemes = themes.filter((theme) => strings(theme.value.needs).includes(definition.id));
        const ids = new Set<unknown>(tracedThemes.map((theme) => theme.id));
        tracedItems = items.filter((item) => ids.has(item.value.theme));
        const objectiveIds = new Set(tracedItems.map((item) => item.value.objective));
        tracedObjectives = objectives.filter((objective) => objectiveIds.has(objective.id));
      }
      found.objectives.push(...tracedObjectives.flatMap((entry) => at('objectives', entry)));
      found.themes.push(...tracedThemes.flatMap((entry) => at('themes', entry)));
      found.items.push(...tracedItems.flatMap((entry) => at('items', entry)));
    }
    const title = `${count(found.objectives.length, 'objective')} · ${count(found.themes.length, 'theme')} · ${count(found.items.length, 'item')} trace here`;
    out.push({ kind: definition.kind, id: definition.id, range, ...found, title });
  }
  return out;
}
