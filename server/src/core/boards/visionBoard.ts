import { locationOf } from '../report/locations';
import type { ReportInput } from '../report/input';
import { countSeverities } from '../report/score';
import { child, field, list, strings, text, visionFile, visionSpec, type Read } from '../model/specModel';
import type { Vision } from '../model/specTypes.generated';
import type { SpecDocument } from '../specDocument';
import { memberNames, optional, shown } from './names';
import type { NeedCard, Positioning, TargetGroupCard, VisionBoard } from './types';

const OWNERSHIP: Readonly<Record<string, string>> = {
  'product-team': 'the product team',
  ceo: 'the CEO',
  'revenue-team': 'the revenue team',
  'business-unit': 'the business unit',
};

const POSITIONING_FIELDS = ['for', 'need', 'category', 'benefit', 'unlike', 'differentiation'] as const satisfies ReadonlyArray<keyof Vision.Positioning>;

/** One vision board per vision of the workspace, in file order. */
export function visionBoards(input: ReportInput): VisionBoard[] {
  const names = memberNames(input.documents);
  return input.documents.filter((doc) => doc.kind === 'Vision').map((doc) => visionBoard(doc, input, names));
}

function visionBoard(doc: SpecDocument, input: ReportInput, names: ReadonlyMap<string, string>): VisionBoard {
  const metadata = child(visionFile(doc), 'metadata');
  const spec = visionSpec(doc);
  const needs = list(spec, 'needs').map(([need, index]) => ({
    group: text(need.targetGroup),
    card: {
      id: text(need.id) ?? `#${index}`,
      statement: shown(need.statement) ?? '',
      evidence: strings(need.evidence),
      location: locationOf(doc, ['spec', 'needs', index]),
    } satisfies NeedCard,
  }));
  const groups: TargetGroupCard[] = list(spec, 'targetGroups').map(([group, index]) => {
    const id = text(group.id) ?? `#${index}`;
    return {
      id,
      name: shown(group.name) ?? id,
      ...(shown(group.description) ? { description: shown(group.description) } : {}),
      primary: group.primary === true,
      location: locationOf(doc, ['spec', 'targetGroups', index]),
      needs: needs.filter((need) => need.group === id).map((need) => need.card),
    };
  });
  const groupIds = new Set(groups.map((group) => group.id));
  const positioning = field(spec, 'positioning');
  const owner = text(metadata?.owner);
  const years = child(spec, 'horizon')?.years;
  const ownership = text(spec?.ownership);
  return {
    uri: doc.uri,
    ...optional('id', text(metadata?.id)),
    ...optional('product', shown(metadata?.product)),
    ...optional('statement', shown(spec?.statement)),
    ...optional('narrative', shown(spec?.narrative)),
    ...(typeof years === 'number' ? { horizonYears: years } : {}),
    ...optional('ownership', ownership && (OWNERSHIP[ownership] ?? ownership)),
    ...optional('owner', owner && (names.get(owner) ?? owner)),
    ...optional('lastReviewed', shown(metadata?.lastReviewed)),
    ...optional('status', text(metadata?.status)),
    targetGroups: [...groups.filter((group) => group.primary), ...groups.filter((group) => !group.primary)],
    otherNeeds: needs.filter((need) => !need.group || !groupIds.has(need.group)).map((need) => need.card),
    goals: list(spec, 'goals').map(([goal, index]) => ({
      id: text(goal.id) ?? `#${index}`,
      statement: shown(goal.statement) ?? '',
      ...optional('metric', shown(goal.metric)),
      ...optional('target', shown(goal.target)),
      location: locationOf(doc, ['spec', 'goals', index]),
    })),
    // A positioning that is a list (the schema reports it) shows as an empty positioning.
    ...(positioning && typeof positioning === 'object' ? { positioning: positioningOf(child(spec, 'positioning')) } : {}),
    principles: strings(spec?.principles),
    visuals: list(spec, 'visuals').map(([visual, index]) => ({
      title: shown(visual.title) ?? shown(visual.link) ?? `Visual ${index + 1}`,
      ...optional('link', text(visual.link)),
    })),
    findings: countSeverities(input.findings(doc.uri)),
    location: locationOf(doc, []),
  };
}

function positioningOf(value: Read<Vision.Positioning> | undefined): Positioning {
  const out: Record<string, string> = {};
  for (const key of POSITIONING_FIELDS) {
    const line = shown(value?.[key]);
    if (line) out[key] = line;
  }
  return out;
}
