import { HORIZONS, isDerivedHorizon, itemHorizon } from '../model/horizon';
import type { ReportInput } from '../report/input';
import { findingsUnder, locationOf } from '../report/locations';
import { countSeverities } from '../report/score';
import { child, field, list, roadmapFile, roadmapSpec, strings, text, visionSpec, type Read } from '../model/specModel';
import type { Roadmap } from '../model/specTypes.generated';
import type { SpecDocument } from '../specDocument';
import { memberNames, optional, productTeamNames, shown } from './names';
import type { BoardColumn, RoadmapBoard, RoadmapCard, ThemeTrace } from './types';

/** What the board calls each column. */
export const COLUMN_LABELS: Readonly<Record<BoardColumn, string>> = {
  now: 'Now',
  next: 'Next',
  later: 'Later',
  past: 'Released',
  unscheduled: 'Unscheduled',
};

/** One roadmap board per roadmap of the workspace, in file order. */
export function roadmapBoards(input: ReportInput): RoadmapBoard[] {
  const people = memberNames(input.documents);
  const teams = productTeamNames(input.documents);
  const visionTexts = visionEntries(input.documents);
  return input.documents.filter((doc) => doc.kind === 'Roadmap').map((doc) => roadmapBoard(doc, input, { people, teams, visionTexts }));
}

interface Names {
  readonly people: ReadonlyMap<string, string>;
  readonly teams: ReadonlyMap<string, string>;
  /** Vision need and goal ids to their statements, across every vision. */
  readonly visionTexts: { readonly needs: ReadonlyMap<string, string>; readonly goals: ReadonlyMap<string, string> };
}

function roadmapBoard(doc: SpecDocument, input: ReportInput, names: Names): RoadmapBoard {
  const metadata = child(roadmapFile(doc), 'metadata');
  const spec = roadmapSpec(doc);
  const findings = input.findings(doc.uri);
  const themeNames = new Map(list(spec, 'themes').flatMap(([theme]) => (text(theme.id) ? [[text(theme.id)!, shown(theme.name) ?? text(theme.id)!] as const] : [])));
  const cards = list(spec, 'items').map(([item, index]): RoadmapCard => {
    const path = ['spec', 'items', index];
    const owner = text(item.owner);
    const team = text(item.team);
    const theme = text(item.theme);
    const outcome = field(item, 'outcome');
    return {
      id: text(item.id) ?? `#${index}`,
      index,
      title: shown(item.title) ?? text(item.id) ?? `Item ${index + 1}`,
      column: itemHorizon(item, input.today) ?? 'unscheduled',
      ...optional('timeframe', isDerivedHorizon(item) ? text(item.timeframe) : undefined),
      ...optional('owner', owner && (names.people.get(owner) ?? owner)),
      ...optional('teamId', team),
      ...optional('team', team && (names.teams.get(team) ?? team)),
      ...optional('themeId', theme),
      ...optional('theme', theme && (themeNames.get(theme) ?? theme)),
      ...optional('stage', text(item.stage)),
      ...optional('confidence', text(item.confidence)),
      // An outcome that is a list (the schema reports it) shows as an empty outcome.
      ...(outcome && typeof outcome === 'object' ? { outcome: outcomeOf(child(item, 'outcome')) } : {}),
      findings: countSeverities(findingsUnder(doc, findings, path)),
      location: locationOf(doc, path),
    };
  });
  const present = new Set(cards.map((card) => card.column));
  const teams: Array<{ id: string; name: string }> = [];
  for (const card of cards) if (card.teamId && !teams.some((team) => team.id === card.teamId)) teams.push({ id: card.teamId, name: card.team ?? card.teamId });
  const format = text(spec?.format) === 'timeline' ? 'timeline' : 'now-next-later';
  return {
    uri: doc.uri,
    ...optional('id', text(metadata?.id)),
    ...optional('product', shown(metadata?.product)),
    format,
    ...optional('disclaimer', shown(spec?.disclaimer)),
    columns: [...HORIZONS, ...(['past', 'unscheduled'] as const).filter((column) => present.has(column))],
    cards,
    themes: themeTraces(doc, spec, names),
    teams,
    location: locationOf(doc, []),
  };
}

function outcomeOf(outcome: Read<Roadmap.Outcome> | undefined): NonNullable<RoadmapCard['outcome']> {
  return { ...optional('metric', shown(outcome?.metric)), ...optional('baseline', shown(outcome?.baseline)), ...optional('target', shown(outcome?.target)) };
}

/** Each theme with the vision needs it names and the vision goals its items' objectives serve. */
function themeTraces(doc: SpecDocument, spec: Read<Roadmap.Spec> | undefined, names: Names): ThemeTrace[] {
  const objectiveGoals = new Map(
    list(spec, 'objectives').flatMap(([objective]) => (text(objective.id) && text(objective.visionGoal) ? [[text(objective.id)!, text(objective.visionGoal)!] as const] : [])),
  );
  const items = list(spec, 'items').map(([item]) => item);
  return list(spec, 'themes').map(([theme, index]) => {
    const id = text(theme.id) ?? `#${index}`;
    const goals: string[] = [];
    for (const item of items) {
      const goal = text(item.theme) === id ? objectiveGoals.get(text(item.objective) ?? '') : undefined;
      if (goal && !goals.includes(goal)) goals.push(goal);
    }
    return {
      id,
      name: shown(theme.name) ?? id,
      ...optional('problem', shown(theme.problem)),
      needs: strings(theme.needs).map((need) => names.visionTexts.needs.get(need) ?? need),
      goals: goals.map((goal) => names.visionTexts.goals.get(goal) ?? goal),
      location: locationOf(doc, ['spec', 'themes', index]),
    };
  });
}

function visionEntries(documents: readonly SpecDocument[]): Names['visionTexts'] {
  const needs = new Map<string, string>();
  const goals = new Map<string, string>();
  for (const doc of documents) {
    const spec = visionSpec(doc);
    for (const [need] of list(spec, 'needs')) if (text(need.id) && shown(need.statement) && !needs.has(text(need.id)!)) needs.set(text(need.id)!, shown(need.statement)!);
    for (const [goal] of list(spec, 'goals')) if (text(goal.id) && shown(goal.statement) && !goals.has(text(goal.id)!)) goals.set(text(goal.id)!, shown(goal.statement)!);
  }
  return { needs, goals };
}
