import { memberNames } from '../boards/names';
import { HORIZON_GROUPS, HORIZONS, itemsByHorizon, timeframeWithHorizon } from '../model/horizon';
import { child, list, roadmapFile, roadmapSpec, text, type Read } from '../model/specModel';
import type { Roadmap } from '../model/specTypes.generated';
import type { SpecDocument } from '../specDocument';
import type { Finding } from '../types';
import type { ReportInput } from '../report/input';
import { tally } from '../report/findingTally';
import { findingsUnder, locationOf } from '../report/locations';
import type { TreeNode } from './treeNode';
import { count } from '../words';

/**
 * The Roadmap tree: now, next and later, each with its items showing owner and stage (a timeline
 * item under the horizon its timeframe makes it, the timeframe and that horizon shown next to each
 * other), then released items whose timeframe has ended, then unscheduled items. With several
 * roadmaps, one root per roadmap.
 */
export function roadmapTree(input: ReportInput): TreeNode[] {
  const roadmaps = input.documents.filter((doc) => doc.kind === 'Roadmap');
  const names = memberNames(input.documents);
  const ownerName = (id: string): string => names.get(id) ?? id;
  const build = (doc: SpecDocument): TreeNode[] => horizonNodes(doc, input.findings(doc.uri), ownerName, input.today);
  if (roadmaps.length === 1) return build(roadmaps[0]);
  return roadmaps.map((doc) => ({
    id: doc.uri,
    kind: 'roadmap',
    label: text(child(roadmapFile(doc), 'metadata')?.product) ?? text(child(roadmapFile(doc), 'metadata')?.id) ?? doc.fileName,
    description: text(child(roadmapFile(doc), 'metadata')?.id),
    location: locationOf(doc, []),
    expanded: true,
    children: build(doc),
  }));
}

function horizonNodes(doc: SpecDocument, findings: readonly Finding[], ownerName: (id: string) => string, today: string): TreeNode[] {
  const groups = itemsByHorizon(list(roadmapSpec(doc), 'items'), today);
  // Now, next and later always show; the other groups only when they hold items.
  return HORIZON_GROUPS.filter(([key]) => groups.get(key)!.length > 0 || (HORIZONS as readonly string[]).includes(key)).map(([key, label]) => {
    const items = groups.get(key)!.map(([item, index]) => itemNode(doc, findings, item, index, ownerName, today));
    return {
      id: `${doc.uri}#horizon/${key}`,
      kind: 'horizon',
      label,
      description: count(items.length, 'item', 'items'),
      expanded: key === 'now' || undefined,
      children: items,
    };
  });
}

function itemNode(doc: SpecDocument, findings: readonly Finding[], item: Read<Roadmap.Item>, index: number, ownerName: (id: string) => string, today: string): TreeNode {
  const path = ['spec', 'items', index];
  const owner = text(item.owner);
  const stage = text(item.stage);
  const title = text(item.title) ?? text(item.id) ?? `Item ${index + 1}`;
  const timeframe = timeframeWithHorizon(item, today);
  const outcome = child(item, 'outcome');
  const metric = text(outcome?.metric);
  const target = outcome?.target;
  const tooltip = [
    title,
    text(item.id) ? `id: ${text(item.id)}` : undefined,
    timeframe ? `Timeframe: ${timeframe}` : undefined,
    `Owner: ${owner ? ownerName(owner) : 'none'}`,
    `Stage: ${stage ?? 'none'}`,
    text(item.team) ? `Team: ${text(item.team)}` : undefined,
    text(item.confidence) ? `Confidence: ${text(item.confidence)}` : undefined,
    metric ? `Outcome: ${metric}${target !== undefined && target !== null ? ` → ${String(target)}` : ''}` : undefined,
  ].filter(Boolean);
  return {
    id: `${doc.uri}#items/${index}`,
    kind: 'item',
    label: title,
    description: [...(timeframe ? [timeframe] : []), owner ? ownerName(owner) : 'no owner', stage ?? 'no stage'].join(' · '),
    tooltip: tooltip.join('\n'),
    ...tally(findingsUnder(doc, findings, path)),
    location: locationOf(doc, path),
  };
}
