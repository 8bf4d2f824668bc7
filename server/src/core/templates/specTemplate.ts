import { headsOfProduct } from '../model/organisation';
import { charterFile, child, field, list, text, visionFile } from '../model/specModel';
import type { SpecKind } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { charterTemplate } from './charterTemplate';
import { roadmapTemplate } from './roadmapTemplate';
import { visionTemplate } from './visionTemplate';

/** A new spec file to create: a suggested file name and its text. */
export interface SpecTemplate {
  readonly fileName: string;
  readonly text: string;
}

/**
 * A starting spec of a kind that checks with no errors in the given workspace: its ids do not clash
 * with existing ones, and its references (owner, vision, goals, needs) name what the workspace
 * defines, or what the other templates define when the workspace has nothing yet.
 */
export function specTemplate(kind: SpecKind, index: WorkspaceIndex, today: string): SpecTemplate {
  const free = (entity: Parameters<WorkspaceIndex['lookup']>[0], id: string): string => {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? id : `${id}-${n}`;
      if (!index.lookup(entity, candidate)) return candidate;
    }
  };
  const owner = headOfProduct(index);
  if (kind === 'Vision') return { fileName: 'product.vision.yaml', text: visionTemplate(free('vision', 'product-vision'), owner ?? 'alex', today) };
  if (kind === 'Roadmap') {
    const visionDoc = index.documents('Vision')[0];
    const visionId = text(field(child(visionFile(visionDoc), 'metadata'), 'id'));
    const visionSpec = child(visionFile(visionDoc), 'spec');
    const first = (key: 'goals' | 'needs' | 'targetGroups'): string | undefined => text(field(list(visionSpec, key)[0]?.[0], 'id'));
    return {
      fileName: 'product.roadmap.yaml',
      text: roadmapTemplate({
        id: free('roadmap', 'product-roadmap'),
        owner: owner ?? 'alex',
        vision: visionId ?? 'product-vision',
        goal: (visionId && first('goals')) || 'grow-retention',
        need: (visionId && first('needs')) || 'know-what-changed',
        targetGroup: (visionId && first('targetGroups')) || 'small-teams',
        today,
      }),
    };
  }
  const head = owner && index.documents('TeamCharter').length > 0 ? free('member', 'alex') : 'alex';
  return {
    fileName: 'team.charter.yaml',
    text: charterTemplate(
      free('charter', 'product-team'),
      head,
      (id) => free('member', id),
      (id) => free('team', id),
      today,
    ),
  };
}

/** The Head of Product a charter names, or the first member of the first charter. */
function headOfProduct(index: WorkspaceIndex): string | undefined {
  const doc = index.documents('TeamCharter')[0];
  return headsOfProduct(index)[0] ?? text(field(list(child(charterFile(doc), 'spec'), 'members')[0]?.[0], 'id'));
}
