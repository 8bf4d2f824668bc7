import { defineRule, type RuleFinding } from '../rule';
import { child, list, roadmapFile, textOf, visionFile } from '../../model/specModel';
import { quoteList } from '../util';
import type { WorkspaceIndex } from '../../workspaceIndex';
import { roadmapExample, VISION_SPEC, visionExample, workspaceExample } from './shared';

/** The roadmaps of the workspace that serve a vision (`metadata.vision`), by uri, with the names messages use. */
function servingRoadmaps(index: WorkspaceIndex, visionId: string): Map<string, string> {
  const roadmaps = new Map<string, string>();
  for (const reference of index.references('vision', visionId)) {
    const doc = index.document(reference.uri);
    if (doc?.kind !== 'Roadmap' || roadmaps.has(doc.uri)) continue;
    const name = textOf(child(roadmapFile(doc), 'metadata'), 'id') ?? decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1));
    roadmaps.set(doc.uri, name);
  }
  return roadmaps;
}

const SECOND_GOAL = `    - id: retain-merchants
      statement: Keep merchants with us as their business grows.
      metric: 12-month merchant retention
      target: 90%
`;

export const untracedGoal = defineRule({
  meta: {
    id: 'vision/untraced-goal',
    area: 'vision',
    severity: 'info',
    description: "Every goal of the vision is the `visionGoal` of a roadmap objective, and every need is in a roadmap theme's `needs`.",
    rationale:
      'Traceability runs both ways. Roadmap work should lead back to the vision, and every goal and need the vision commits to should show up in the roadmap that serves it, or be consciously parked. A goal nobody works on is a signal to consider: either the roadmap is missing something, or the vision carries a goal the company no longer pursues.',
    options: {},
    kinds: ['Vision'],
    crossFile: true,
    examples: {
      fires: workspaceExample('acme.vision.yaml', visionExample({ spec: VISION_SPEC + SECOND_GOAL }), { 'acme.roadmap.yaml': roadmapExample() }),
      passes: workspaceExample('acme.vision.yaml', visionExample(), { 'acme.roadmap.yaml': roadmapExample() }),
    },
  },
  check({ doc, index }) {
    const vision = visionFile(doc);
    const visionId = textOf(child(vision, 'metadata'), 'id');
    if (!visionId) return [];
    const roadmaps = servingRoadmaps(index, visionId);
    // Without a roadmap serving this vision, there is nothing to trace to yet.
    if (roadmaps.size === 0) return [];
    const names = [...roadmaps.values()];
    const where = `${names.length === 1 ? 'roadmap' : 'roadmaps'} ${quoteList(names)}`;
    const tracedIn = (kind: 'goal' | 'need', id: string): boolean => index.references(kind, id).some((reference) => roadmaps.has(reference.uri));
    const findings: RuleFinding[] = [];
    for (const [goal, i] of list(child(vision, 'spec'), 'goals')) {
      const id = textOf(goal, 'id');
      if (!id || tracedIn('goal', id)) continue;
      findings.push({
        path: ['spec', 'goals', i, 'id'],
        message: `Goal "${id}" is traced by no objective of ${where}: consider an objective with visionGoal: ${id}, or drop the goal if the company no longer pursues it.`,
      });
    }
    for (const [need, i] of list(child(vision, 'spec'), 'needs')) {
      const id = textOf(need, 'id');
      if (!id || tracedIn('need', id)) continue;
      findings.push({
        path: ['spec', 'needs', i, 'id'],
        message: `Need "${id}" is addressed by no theme of ${where}: consider a theme that lists it in its needs, or drop the need if it no longer matters.`,
      });
    }
    return findings;
  },
});
