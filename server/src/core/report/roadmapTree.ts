import { entries, get, text, type Entry } from '../rules/util';
import type { SpecDocument } from '../specDocument';
import type { Finding } from '../types';
import type { ReportInput } from './input';
import { tally } from './findingTally';
import { findingsUnder, locationOf } from './locations';
import type { TreeNode } from './types';
import { count } from './words';

const HORIZONS = [
  ['now', 'Now'],
  ['next', 'Next'],
  ['later', 'Later'],
] as const;

/**
 * The Roadmap tree: now, next and later (then timeline periods, then unscheduled items), each with
 * its items showing owner and stage. With several roadmaps, one root per roadmap.
 */
export function roadmapTree(input: ReportInput): TreeNode[] {
  const roadmaps = input.documents.filter((doc) => doc.kind === 'Roadmap');
  const names = memberNames(input);
  const ownerName = (id: string): string => names.get(id) ?? id;
  const build = (doc: SpecDocument): TreeNode[] => horizonNodes(doc, input.findings(doc.uri), ownerName);
  if (roadmaps.length === 1) return build(roadmaps[0]);
  return roadmaps.map((doc) => ({
    id: doc.uri,
    kind: 'roadmap',
    label: text(get(doc.parsed.value, 'metadata', 'product')) ?? text(get(doc.parsed.value, 'metadata', 'id')) ?? doc.fileName,
    description: text(get(doc.parsed.value, 'metadata', 'id')),
    location: locationOf(doc, []),
    expanded: true,
    children: build(doc),
  }));
}

/** Member ids to names, across every charter (the first charter that names an id wins). */
function memberNames(input: ReportInput): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of input.documents) {
    if (doc.kind !== 'TeamCharter') continue;
    for (const [member] of entries(get(doc.parsed.value, 'spec', 'members'))) {
      const id = text(member.id);
      const name = text(member.name);
      if (id && name && !names.has(id)) names.set(id, name);
    }
  }
  return names;
}

function horizonNodes(doc: SpecDocument, findings: readonly Finding[], ownerName: (id: string) => string): TreeNode[] {
  const groups = new Map<string, { label: string; items: TreeNode[] }>();
  for (const [key, label] of HORIZONS) groups.set(key, { label, items: [] });
  const periods: string[] = [];
  for (const [item, index] of entries(get(doc.parsed.value, 'spec', 'items'))) {
    const horizon = text(item.horizon);
    const timeframe = text(item.timeframe);
    const key = horizon && groups.has(horizon) ? horizon : timeframe ?? 'unscheduled';
    if (!groups.has(key)) {
      groups.set(key, { label: key === 'unscheduled' ? 'Unscheduled' : key, items: [] });
      if (key !== 'unscheduled') periods.push(key);
    }
    groups.get(key)!.items.push(itemNode(doc, findings, item, index, ownerName));
  }
  const order = [...HORIZONS.map(([key]) => key), ...periods.sort(), 'unscheduled'];
  return order
    .filter((key) => groups.has(key) && (groups.get(key)!.items.length > 0 || HORIZONS.some(([horizon]) => horizon === key)))
    .map((key) => {
      const group = groups.get(key)!;
      return {
        id: `${doc.uri}#horizon/${key}`,
        kind: 'horizon',
        label: group.label,
        description: count(group.items.length, 'item', 'items'),
        expanded: key === 'now' || undefined,
        children: group.items,
      };
    });
}

function itemNode(doc: SpecDocument, findings: readonly Finding[], item: Entry, index: number, ownerName: (id: string) => string): TreeNode {
  const path = ['spec', 'items', index];
  const owner = text(item.owner);
  const stage = text(item.stage);
  const title = text(item.title) ?? text(item.id) ?? `Item ${index + 1}`;
  const metric = text(get(item, 'outcome', 'metric'));
  const target = get(item, 'outcome', 'target');
  const tooltip = [
    title,
    text(item.id) ? `id: ${text(item.id)}` : undefined,
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
    description: [owner ? ownerName(owner) : 'no owner', stage ?? 'no stage'].join(' · '),
    tooltip: tooltip.join('\n'),
    ...tally(findingsUnder(doc, findings, path)),
    location: locationOf(doc, path),
  };
}
