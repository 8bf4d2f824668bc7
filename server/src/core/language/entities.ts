import { path, uriToPath } from '../platform/fileNames';
import { timeframeWithHorizon } from '../model/horizon';
import { workspaceOrganisation } from '../model/organisation';
import { holdersOf, isOnTeam, type TeamRole } from '../model/productTeams';
import { roleLabel } from '../report/charter';
import { entityName, type Definition, type EntityKind } from '../references';
import type { WorkspaceIndex } from '../workspaceIndex';
import { charterFile, child, roadmapFile, visionFile, type Read } from '../model/specModel';
import type { Roadmap, TeamCharter, Vision } from '../model/specTypes.generated';
import { count } from '../words';

/** How an id is shown to people: its human name, a one-line detail and a Markdown card. */
export interface EntityCard {
  /** The name people use: a member's name, an item's title, a goal's statement. */
  readonly label: string;
  /** One line: `Sam Okafor · Senior PM`. */
  readonly detail: string;
  readonly markdown: string;
}

const TITLES: Readonly<Record<EntityKind, string>> = {
  member: 'Member',
  team: 'Product team',
  vision: 'Vision',
  goal: 'Vision goal',
  need: 'Customer need',
  targetGroup: 'Target group',
  theme: 'Theme',
  objective: 'Objective',
  item: 'Roadmap item',
  keyResult: 'Key result',
  roadmap: 'Roadmap',
  charter: 'Team charter',
};

/** The field that names an entry of each kind, in order of preference. */
const LABEL_FIELDS: Readonly<Record<EntityKind, readonly string[]>> = {
  member: ['name'],
  team: ['name'],
  vision: ['product'],
  goal: ['statement'],
  need: ['statement'],
  targetGroup: ['name'],
  theme: ['name'],
  objective: ['objective'],
  item: ['title'],
  keyResult: ['metric'],
  roadmap: ['product'],
  charter: [],
};

function roleOf(role: unknown): string | undefined {
  return typeof role === 'string' ? roleLabel(role) : undefined;
}

export function kindTitle(kind: EntityKind): string {
  return TITLES[kind] ?? kind;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Escapes text from a spec file for Markdown. */
export function md(value: string): string {
  return value.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

/** The human name of an entry, or its id. */
export function labelOf(kind: EntityKind, id: string, entry: Readonly<Record<string, unknown>>): string {
  for (const field of LABEL_FIELDS[kind] ?? []) {
    const value = text(entry[field]);
    if (value) return value;
  }
  return id;
}

/** `Sam Okafor (`sam`)` for a known id, `` `sam` `` for an unknown one. */
function named(index: WorkspaceIndex, kind: EntityKind, id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return undefined;
  const definition = index.lookup(kind, id);
  const label = definition ? labelOf(kind, id, definition.entry) : id;
  return label === id ? `\`${id}\`` : `${md(label)} (\`${id}\`)`;
}

function list(index: WorkspaceIndex, kind: EntityKind, ids: unknown): string | undefined {
  if (!Array.isArray(ids)) return undefined;
  const names = ids.map((id) => named(index, kind, id)).filter((name): name is string => !!name);
  return names.length > 0 ? names.join(', ') : undefined;
}

function listCount(value: unknown, word: string): string | undefined {
  return Array.isArray(value) ? count(value.length, word) : undefined;
}

type Facts = Array<[string, string | undefined]>;

/** `2027-Q1 (now)`: a timeline item's timeframe with the horizon it makes the item on `today`. */
function timeframeFact(item: Readonly<Record<string, unknown>>, today: string | undefined): string | undefined {
  const shown = today === undefined ? undefined : timeframeWithHorizon(item, today);
  return shown === undefined ? undefined : md(shown);
}

function facts(definition: Definition, index: WorkspaceIndex, today: string | undefined): { subtitle?: string; lines: Facts } {
  const plain = (value: unknown): string | undefined => {
    const t = text(value);
    return t === undefined ? undefined : md(t);
  };
  switch (definition.kind) {
    case 'member': {
      const e: Read<TeamCharter.Member> = definition.entry;
      // The teams the member is on: those that list them in a role, and those their `teams` list (model/productTeams).
      const organisation = workspaceOrganisation(index);
      const teams = [
        ...new Set(
          index
            .definitions('team')
            .filter((team) => isOnTeam(team.entry, definition.id, organisation))
            .map((team) => team.id),
        ),
      ];
      return {
        subtitle: roleOf(e.role),
        lines: [
          ['Manager', named(index, 'member', e.reportsTo) ?? (e.role === 'head-of-product' ? 'none (Head of Product)' : undefined)],
          ['Teams', list(index, 'team', teams.length > 0 ? teams : e.teams)],
          ['Mentor', named(index, 'member', child(e, 'coaching')?.mentor)],
        ],
      };
    }
    case 'team': {
      const e: Read<TeamCharter.ProductTeam> = definition.entry;
      const organisation = workspaceOrganisation(index);
      const holder = (role: TeamRole): string | undefined => named(index, 'member', holdersOf(e, role, organisation)[0] ?? e[role]);
      return {
        lines: [
          ['Mission', plain(e.mission)],
          ['PM', holder('pm')],
          ['Designer', holder('designer')],
          ['Analyst', holder('analyst')],
          ['Tech lead', plain(e.techLead)],
          ['Engineers', plain(e.engineers)],
        ],
      };
    }
    case 'goal': {
      const e: Read<Vision.Goal> = definition.entry;
      return {
        lines: [
          ['Metric', plain(e.metric) ?? 'none'],
          ['Target', plain(e.target)],
        ],
      };
    }
    case 'need': {
      const e: Read<Vision.Need> = definition.entry;
      return {
        lines: [
          ['Target group', named(index, 'targetGroup', e.targetGroup)],
          ['Evidence', listCount(e.evidence, 'piece')],
        ],
      };
    }
    case 'targetGroup': {
      const e: Read<Vision.TargetGroup> = definition.entry;
      return { subtitle: e.primary === true ? 'primary' : undefined, lines: [['Who', plain(e.description)]] };
    }
    case 'theme': {
      const e: Read<Roadmap.Theme> = definition.entry;
      return {
        lines: [
          ['Problem', plain(e.problem)],
          ['Needs', list(index, 'need', e.needs)],
          ['Target group', named(index, 'targetGroup', e.targetGroup)],
        ],
      };
    }
    case 'objective': {
      const e: Read<Roadmap.Objective> = definition.entry;
      return {
        lines: [
          ['Vision goal', named(index, 'goal', e.visionGoal)],
          ['Period', plain(e.period)],
          ['Type', plain(e.type)],
          ['Key results', listCount(e.keyResults, 'key result')?.replace(/ key results?$/, '')],
        ],
      };
    }
    case 'item': {
      const e: Read<Roadmap.Item> = definition.entry;
      return {
        lines: [
          [e.horizon !== undefined || e.timeframe === undefined ? 'Horizon' : 'Timeframe', timeframeFact(e, today) ?? plain(e.horizon ?? e.timeframe)],
          ['Stage', plain(e.stage)],
          ['Owner', named(index, 'member', e.owner)],
          ['Team', named(index, 'team', e.team)],
          ['Theme', named(index, 'theme', e.theme)],
          ['Objective', named(index, 'objective', e.objective)],
        ],
      };
    }
    case 'keyResult': {
      const e: Read<Roadmap.KeyResult> = definition.entry;
      const unit = text(e.unit);
      const withUnit = (value: unknown): string | undefined => (text(value) === undefined ? undefined : `${md(String(text(value)))}${unit ? ` ${md(unit)}` : ''}`);
      return {
        lines: [
          ['Baseline', withUnit(e.baseline)],
          ['Target', withUnit(e.target)],
          ['Owner', named(index, 'member', e.owner)],
        ],
      };
    }
    case 'vision':
    case 'roadmap':
    case 'charter':
      return documentFacts(definition, index);
    default:
      return { lines: [] };
  }
}

/** Facts about a whole document (a vision, a roadmap, a charter), read from its spec. */
function documentFacts(definition: Definition, index: WorkspaceIndex): { lines: Facts } {
  const doc = index.document(definition.uri);
  const plain = (v: unknown): string | undefined => (text(v) === undefined ? undefined : md(String(text(v))));
  if (definition.kind === 'vision') {
    const metadata = child(visionFile(doc), 'metadata');
    const spec = child(visionFile(doc), 'spec');
    const years = child(spec, 'horizon')?.years;
    return {
      lines: [
        ['Statement', plain(spec?.statement)],
        ['Horizon', typeof years === 'number' ? count(years, 'year') : undefined],
        ['Owner', named(index, 'member', metadata?.owner)],
      ],
    };
  }
  if (definition.kind === 'roadmap') {
    const metadata = child(roadmapFile(doc), 'metadata');
    const spec = child(roadmapFile(doc), 'spec');
    return {
      lines: [
        ['Vision', named(index, 'vision', metadata?.vision)],
        ['Format', plain(spec?.format)],
        ['Owner', named(index, 'member', metadata?.owner)],
      ],
    };
  }
  const spec = child(charterFile(doc), 'spec');
  return {
    lines: [
      ['Head of Product', named(index, 'member', spec?.headOfProduct)],
      ['Members', listCount(spec?.members, 'member')?.replace(/ members?$/, '')],
    ],
  };
}

/** The card of a defined id: what hover shows and what completion documents. */
export function describe(definition: Definition, index: WorkspaceIndex, today?: string): EntityCard {
  const label = labelOf(definition.kind, definition.id, definition.entry);
  const { subtitle, lines } = facts(definition, index, today);
  const title = label === definition.id ? `\`${definition.id}\`` : `**${md(label)}**`;
  const head = [title, subtitle ? md(subtitle) : kindTitle(definition.kind)].join(' · ');
  const body = lines.filter((line): line is [string, string] => line[1] !== undefined).map(([name, value]) => `${name}: ${value}`);
  const foot = `${kindTitle(definition.kind)} \`${definition.id}\` in ${md(path.basename(uriToPath(definition.uri)))}`;
  const markdown = [head, body.join('  \n'), `_${foot}_`].filter((part) => part !== '').join('\n\n');
  const detailParts = [label === definition.id ? undefined : label, subtitle ?? kindTitle(definition.kind)];
  return { label, detail: detailParts.filter(Boolean).join(' · '), markdown };
}

/** What hover says for an id that nothing defines. */
export function describeUnknown(kind: string, id: string): string {
  return `No ${entityName(kind)} with the id \`${id}\` is defined in the workspace.`;
}
