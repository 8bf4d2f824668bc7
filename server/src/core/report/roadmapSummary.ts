import { HORIZON_GROUPS, itemsByHorizon, timeframeWithHorizon } from '../model/horizon';
import { child, list, roadmapFile, roadmapSpec, text } from '../model/specModel';
import type { ReportInput } from './input';
import { locationOf } from './locations';
import type { RoadmapSummary } from './types';

/** Each roadmap's items by horizon on the report's date, as the Roadmap tree groups them. */
export function roadmapSummaries(input: ReportInput): RoadmapSummary[] {
  return input.documents
    .filter((doc) => doc.kind === 'Roadmap')
    .map((doc) => {
      const groups = itemsByHorizon(list(roadmapSpec(doc), 'items'), input.today);
      const metadata = child(roadmapFile(doc), 'metadata');
      return {
        name: text(metadata?.product) ?? text(metadata?.id) ?? doc.fileName,
        location: locationOf(doc, []),
        horizons: HORIZON_GROUPS.filter(([key]) => groups.get(key)!.length > 0).map(([key, label]) => ({
          label,
          items: groups.get(key)!.map(([item, index]) => ({
            title: text(item.title) ?? text(item.id) ?? `Item ${index + 1}`,
            location: locationOf(doc, ['spec', 'items', index]),
            ...(timeframeWithHorizon(item, input.today) ? { timeframe: timeframeWithHorizon(item, input.today) } : {}),
          })),
        })),
      };
    });
}
