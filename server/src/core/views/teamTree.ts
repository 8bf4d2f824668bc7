import { charterFile, child, text, type Read } from '../model/specModel';
import type { TeamCharter } from '../model/specTypes.generated';
import type { Organisation } from '../model/organisation';
import { teamPeople, type TeamRole } from '../model/productTeams';
import { charters, findingsAt, organisationOf, outsideReason, reportingLines, roleLabel, type CharterView, type MemberEntry, type ReportingLine } from '../report/charter';
import type { ReportInput } from '../report/input';
import { locationOf } from '../report/locations';
import type { TreeNode } from './treeNode';
import { count } from '../words';

/**
 * The Product Team tree: the person the Head of Product reports to, the Head of Product and who
 * reports to whom beneath; people outside that line; peers; product teams; open and planned hires.
 * With several charters, one root per charter.
 */
export function teamTree(input: ReportInput): TreeNode[] {
  const all = charters(input);
  const organisation = organisationOf(all);
  if (all.length === 1) return charterNodes(all[0], organisation);
  return all.map((charter) => ({
    id: charter.doc.uri,
    kind: 'charter',
    label: text(child(charterFile(charter.doc), 'metadata')?.id) ?? charter.doc.fileName,
    description: 'team charter',
    location: locationOf(charter.doc, []),
    expanded: true,
    children: charterNodes(charter, organisation),
  }));
}

function charterNodes(charter: CharterView, organisation: Organisation): TreeNode[] {
  const { doc } = charter;
  const id = (suffix: string): string => `${doc.uri}#${suffix}`;
  const nameOf = (memberId: string | undefined): string | undefined => charter.members.find((member) => member.id === memberId)?.name ?? memberId;
  const teamName = (teamId: string): string => text(charter.productTeams.find(([team]) => team.id === teamId)?.[0].name) ?? teamId;
  const lines = reportingLines(charter);

  const memberNode = (line: ReportingLine, kind: 'head' | 'member', outside?: string): TreeNode => ({
    id: id(`member/${line.member.id}`),
    kind,
    label: line.member.name,
    description: [roleLabel(line.member.role), outside].filter(Boolean).join(' · '),
    tooltip: [memberTooltip(line.member, nameOf, teamName), outside && `Outside the reporting line: ${outside}`].filter(Boolean).join('\n'),
    ...findingsAt(charter, line.member.path),
    location: locationOf(doc, line.member.path),
    expanded: kind === 'head' || undefined,
    children: line.reports.map((report) => memberNode(report, 'member')),
  });

  const nodes: TreeNode[] = [];
  const head = lines.head ? memberNode(lines.head, 'head') : undefined;
  if (charter.manager) {
    const { name, role } = charter.manager;
    nodes.push({
      id: id('reportsTo'),
      kind: 'manager',
      label: name ?? role ?? '',
      description: name ? role : undefined,
      tooltip: `${[name, role].filter(Boolean).join(', ')}: the Head of Product reports to them.`,
      ...findingsAt(charter, ['spec', 'reportsTo']),
      location: locationOf(doc, ['spec', 'reportsTo']),
      expanded: true,
      children: head ? [head] : [],
    });
  } else if (head) {
    nodes.push(head);
  }
  if (lines.unplaced.length > 0) {
    nodes.push({
      id: id('unplaced'),
      kind: 'unplaced',
      label: 'Outside the reporting line',
      description: count(peopleIn(lines.unplaced), 'person', 'people'),
      tooltip: 'People whose manager is missing, unknown, or part of a cycle: they do not reach the Head of Product.',
      expanded: true,
      children: lines.unplaced.map((line) => memberNode(line, 'member', outsideReason(charter, line.member))),
    });
  }
  if (charter.peers.length > 0) {
    nodes.push(
      group(
        charter,
        'peers',
        'Peers',
        charter.peers.map(([peer, index]) => peerNode(charter, peer, index)),
      ),
    );
  }
  if (charter.productTeams.length > 0) {
    const teams = charter.productTeams.map(([team, index]) => teamNode(charter, team, index, nameOf, organisation));
    nodes.push(group(charter, 'productTeams', 'Product teams', teams));
  }
  const hires = charter.hiring.filter(([hire]) => hire.status !== 'filled');
  if (hires.length > 0) {
    nodes.push(
      group(
        charter,
        'hiring',
        'Open and planned hires',
        hires.map(([hire, index]) => hireNode(charter, hire, index, nameOf, teamName)),
      ),
    );
  }
  return nodes;
}

function group(charter: CharterView, key: 'peers' | 'productTeams' | 'hiring', label: string, children: TreeNode[]): TreeNode {
  const kinds = { peers: 'peers', productTeams: 'teams', hiring: 'hiring' } as const;
  return {
    id: `${charter.doc.uri}#${key}`,
    kind: kinds[key],
    label,
    description: String(children.length),
    ...findingsAt(charter, ['spec', key]),
    location: locationOf(charter.doc, ['spec', key]),
    children,
  };
}

function peerNode(charter: CharterView, peer: Read<TeamCharter.Peer>, index: number): TreeNode {
  const name = text(peer.name);
  const role = text(peer.role);
  const cadence = text(peer.cadence);
  const last = text(peer.lastOneOnOne) ?? (peer.lastOneOnOne instanceof Date ? peer.lastOneOnOne.toISOString().slice(0, 10) : undefined);
  const path = ['spec', 'peers', index];
  return {
    id: `${charter.doc.uri}#peers/${index}`,
    kind: 'peer',
    label: name ?? role ?? `Peer ${index + 1}`,
    description: name ? role : undefined,
    tooltip: lines(`${[name, role].filter(Boolean).join(', ')}`, `One-on-one: ${cadence ?? 'no cadence'}${last ? `, last on ${last}` : ''}`),
    ...findingsAt(charter, path),
    location: locationOf(charter.doc, path),
  };
}

/**
 * A product team with its people (see `model/productTeams`): its PM, designer and analyst (named by
 * the team, or a designer or analyst who lists it), its tech lead, then the other members who list it.
 */
function teamNode(
  charter: CharterView,
  team: Read<TeamCharter.ProductTeam>,
  index: number,
  nameOf: (id: string | undefined) => string | undefined,
  organisation: Organisation,
): TreeNode {
  const path = ['spec', 'productTeams', index];
  const key = `${charter.doc.uri}#productTeams/${index}`;
  const engineers = typeof team.engineers === 'number' ? team.engineers : undefined;
  const people = teamPeople(team, organisation);
  const personNode = (memberId: string, field: TeamRole | undefined, title: string): TreeNode => {
    const member = charter.members.find((candidate) => candidate.id === memberId);
    const entry = organisation.get(memberId);
    const name = member?.name ?? text(entry?.name) ?? nameOf(memberId) ?? memberId;
    const role = member?.role ?? text(entry?.role);
    const named = field !== undefined && text(team[field]) === memberId;
    return {
      id: `${key}/${named ? field : `member/${memberId}`}`,
      kind: 'teamRole',
      label: name,
      description: title,
      tooltip: entry
        ? `${name}${role ? `, ${roleLabel(role)}` : ''}${named ? '' : ` (lists ${text(team.id) ?? 'this team'} in teams)`}`
        : `"${memberId}" is not a member of any charter.`,
      ...(member ? findingsAt(charter, member.path) : {}),
      location: named || !member ? locationOf(charter.doc, named ? [...path, field] : path) : locationOf(charter.doc, member.path),
    };
  };
  const roleNode = (field: TeamRole, title: string, missing: string): TreeNode => {
    const holder = people.find((person) => person.roles.includes(field));
    if (!holder) return { id: `${key}/${field}`, kind: 'vacancy', label: missing, description: title, location: locationOf(charter.doc, path) };
    return personNode(holder.id, field, title);
  };
  const children = [roleNode('pm', 'PM', 'No PM'), roleNode('designer', 'Designer', 'No designer'), roleNode('analyst', 'Analyst', 'No analyst')];
  const techLead = text(team.techLead);
  if (techLead)
    children.push({
      id: `${key}/techLead`,
      kind: 'teamRole',
      label: nameOf(techLead) ?? techLead,
      description: 'Tech lead',
      location: locationOf(charter.doc, [...path, 'techLead']),
    });
  for (const person of people) {
    if (person.roles.length === 0 && person.id !== techLead) children.push(personNode(person.id, undefined, 'Member'));
  }
  return {
    id: key,
    kind: 'team',
    label: text(team.name) ?? text(team.id) ?? `Team ${index + 1}`,
    description: engineers === undefined ? 'engineers not given' : count(engineers, 'engineer', 'engineers'),
    tooltip: text(team.mission),
    ...findingsAt(charter, path),
    location: locationOf(charter.doc, path),
    children,
  };
}

function hireNode(
  charter: CharterView,
  hire: Read<TeamCharter.Hire>,
  index: number,
  nameOf: (id: string | undefined) => string | undefined,
  teamName: (id: string) => string,
): TreeNode {
  const path = ['spec', 'hiring', index];
  const role = roleLabel(text(hire.role) ?? 'hire');
  const level = text(hire.level);
  const status = text(hire.status) ?? 'no status';
  const team = text(hire.team);
  const manager = nameOf(text(hire.reportsTo));
  return {
    id: `${charter.doc.uri}#hiring/${index}`,
    kind: 'hire',
    label: role,
    description: [level, status].filter(Boolean).join(' · '),
    tooltip: lines(
      `${role}${level ? ` (${level})` : ''}${team ? ` for ${teamName(team)}` : ''}${manager ? `, reporting to ${manager}` : ''}`,
      `Status: ${status}${text(hire.targetQuarter) ? `, target ${text(hire.targetQuarter)}` : ''}`,
      text(hire.reason),
    ),
    ...findingsAt(charter, path),
    location: locationOf(charter.doc, path),
  };
}

function memberTooltip(member: MemberEntry, nameOf: (id: string | undefined) => string | undefined, teamName: (id: string) => string): string {
  const coaching = child(member.entry, 'coaching');
  const oneOnOne = text(coaching?.oneOnOne);
  const mentor = text(coaching?.mentor);
  return lines(
    `${member.name}, ${roleLabel(member.role)}`,
    member.reportsTo ? `Reports to ${nameOf(member.reportsTo)}` : undefined,
    member.teams.length ? `Teams: ${member.teams.map(teamName).join(', ')}` : undefined,
    oneOnOne ? `One-on-one: ${oneOnOne}` : undefined,
    mentor ? `Mentor: ${nameOf(mentor)}` : undefined,
  );
}

function peopleIn(lines: readonly ReportingLine[]): number {
  return lines.reduce((sum, line) => sum + 1 + peopleIn(line.reports), 0);
}

function lines(...parts: Array<string | undefined>): string {
  return parts.filter((part): part is string => !!part).join('\n');
}
