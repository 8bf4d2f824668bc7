import { locationOf } from '../report/locations';
import type { ReportInput } from '../report/input';
import { countSeverities } from '../report/score';
import { entries, get, strings, text } from '../rules/util';
import type { SpecDocument } from '../specDocument';
import { memberNames, optional, shown } from './names';
import type { NeedCard, Positioning, TargetGroupCard, VisionBoard } from './types';

const OWNERSHIP: Readonly<Record<string, string>> = {
  'product-team': 'the product team',
  ceo: 'the CEO',
  'revenue-team': 'the revenue team',
  'business-unit': 'the business unit',
};

const POSITIONING_FIELDS = ['for', 'need', 'category', 'benefit', 'unlike', 'differentiation'] as const;

/** One vision board per vision of the workspace, in file order. */
export function visionBoards(input: ReportInput): VisionBoard[] {
  const names = memberNames(input.documents);
  return input.documents.filter((doc) => doc.kind === 'Vision').map((doc) => visionBoard(doc, input, names));
}

function visionBoard(doc: SpecDocument, input: ReportInput, names: ReadonlyMap<string, string>): VisionBoard {
  const value = doc.parsed.value;
  const spec = get(value, 'spec');
  const needs = entries(get(spec, 'needs')).map(([need, index]) => ({
    group: text(need.targetGroup),
    card: {
      id: text(need.id) ?? `#${index}`,
      statement: shown(need.statement) ?? '',
      evidence: strings(need.evidence),
      location: locationOf(doc, ['spec', 'needs', index]),
    } satisfies NeedCard,
  }));
  const groups: TargetGroupCard[] = entries(get(spec, 'targetGroups')).map(([group, index]) => {
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
  const positioning = get(spec, 'positioning');
  const owner = text(get(value, 'metadata', 'owner'));
  const years = get(spec, 'horizon', 'years');
  const ownership = text(get(spec, 'ownership'));
  return {
    uri: doc.uri,
    ...optional('id', text(get(value, 'metadata', 'id'))),
    ...optional('product', shown(get(value, 'metadata', 'product'))),
    ...optional('statement', shown(get(spec, 'statement'))),
    ...optional('narrative', shown(get(spec, 'narrative'))),
    ...(typeof years === 'number' ? { horizonYears: years } : {}),
    ...optional('ownership', ownership && (OWNERSHIP[ownership] ?? ownership)),
    ...optional('owner', owner && (names.get(owner) ?? owner)),
    ...optional('lastReviewed', shown(get(value, 'metadata', 'lastReviewed'))),
    ...optional('status', text(get(value, 'metadata', 'status'))),
    targetGroups: [...groups.filter((group) => group.primary), ...groups.filter((group) => !group.primary)],
    otherNeeds: needs.filter((need) => !need.group || !groupIds.has(need.group)).map((need) => need.card),
    goals: entries(get(spec, 'goals')).map(([goal, index]) => ({
      id: text(goal.id) ?? `#${index}`,
      statement: shown(goal.statement) ?? '',
      ...optional('metric', shown(goal.metric)),
      ...optional('target', shown(goal.target)),
      location: locationOf(doc, ['spec', 'goals', index]),
    })),
    ...(positioning && typeof positioning === 'object' ? { positioning: positioningOf(positioning) } : {}),
    principles: strings(get(spec, 'principles')),
    visuals: entries(get(spec, 'visuals')).map(([visual, index]) => ({
      title: shown(visual.title) ?? shown(visual.link) ?? `Visual ${index + 1}`,
      ...optional('link', text(visual.link)),
    })),
    findings: countSeverities(input.findings(doc.uri)),
    location: locationOf(doc, []),
  };
}

function positioningOf(value: object): Positioning {
  const out: Record<string, string> = {};
  for (const field of POSITIONING_FIELDS) {
    const line = shown((value as Record<string, unknown>)[field]);
    if (line) out[field] = line;
  }
  return out;
}
