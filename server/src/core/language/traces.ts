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

type Entry = { readonly id: string; readonly index: number; readonly value: Readonly<Record<string, unknown>> };

function entries(spec: Record<string, unknown> | undefined, name: string): Entry[] {
  const list = spec?.[name];
  if (!Array.isArray(list)) return [];
  return (list as Array<Entry['value']>).flatMap((value, index) =>
    value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? [{ id: (value as { id: string }).id, index, value }] : [],
  );
}

/**
 * For each goal and need of a vision, the objectives, themes and items of the roadmaps that serve
 * it (or that name no existing vision) that trace to it: objectives by `visionGoal`, themes by
 * `needs`, items through their objective or theme, and the themes or objectives of those items.
 */
export function traces(doc: SpecDocument, index: WorkspaceIndex): Trace[] {
  if (doc.kind !== 'Vision') return [];
  const visionId = (doc.parsed.value as { metadata?: { id?: unknown } } | undefined)?.metadata?.id;
  const roadmaps = index.documents('Roadmap').filter((roadmap) => {
    const served = (roadmap.parsed.value as { metadata?: { vision?: unknown } } | undefined)?.metadata?.vision;
    return served === visionId || typeof served !== 'string' || !index.lookup('vision', served);
  });
  const out: Trace[] = [];
  for (const definition of index.symbolsOf(doc.uri)?.definitions ?? []) {
    if (definition.kind !== 'goal' && definition.kind !== 'need') continue;
    const range = idRange(index, doc.uri, definition.path);
    if (!range) continue;
    const found = { objectives: [] as Location[], themes: [] as Location[], items: [] as Location[] };
    for (const roadmap of roadmaps) {
      const spec = (roadmap.parsed.value as { spec?: Record<string, unknown> } | undefined)?.spec;
      const objectives = entries(spec, 'objectives');
      const themes = entries(spec, 'themes');
      const items = entries(spec, 'items');
      const at = (list: string, entry: Entry): Location[] => {
        const path: JsonPath = ['spec', list, entry.index, 'id'];
        const place = idRange(index, roadmap.uri, path);
        return place ? [{ uri: roadmap.uri, range: place }] : [];
      };
      let tracedObjectives: Entry[];
      let tracedThemes: Entry[];
      let tracedItems: Entry[];
      if (definition.kind === 'goal') {
        tracedObjectives = objectives.filter((objective) => objective.value.visionGoal === definition.id);
        const ids = new Set(tracedObjectives.map((objective) => objective.id));
        tracedItems = items.filter((item) => ids.has(item.value.objective as string));
        const themeIds = new Set(tracedItems.map((item) => item.value.theme));
        tracedThemes = themes.filter((theme) => themeIds.has(theme.id));
      } else {
        tracedThemes = themes.filter((theme) => Array.isArray(theme.value.needs) && theme.value.needs.includes(definition.id));
        const ids = new Set(tracedThemes.map((theme) => theme.id));
        tracedItems = items.filter((item) => ids.has(item.value.theme as string));
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
