import { findingWords, type Location, type NodeKind, type TreeNode } from '../../../server/src/lsp/protocol';

/** A tree item as plain data: what the editor shows for a node. Free of the editor's API, so it can be tested. */
export interface TreeItemShape {
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** A codicon id and an optional theme colour id. */
  readonly icon: { readonly id: string; readonly color?: string };
  readonly collapsible: 'none' | 'collapsed' | 'expanded';
  /** The node kind, for menus (`viewItem == rule`). */
  readonly contextValue: NodeKind;
  /** Where a click takes the user. */
  readonly open?: Location;
}

const ICONS: Record<NodeKind, string> = {
  charter: 'book',
  manager: 'account',
  head: 'star-full',
  member: 'person',
  unplaced: 'question',
  peers: 'comment-discussion',
  peer: 'account',
  teams: 'organization',
  team: 'project',
  teamRole: 'person',
  vacancy: 'circle-slash',
  hiring: 'person-add',
  hire: 'person-add',
  area: 'graph',
  rule: 'law',
  finding: 'info',
  roadmap: 'map',
  horizon: 'calendar',
  item: 'milestone',
};

const SEVERITY_ICONS: Record<string, { id: string; color: string }> = {
  error: { id: 'error', color: 'problemsErrorIcon.foreground' },
  warning: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  info: { id: 'info', color: 'problemsInfoIcon.foreground' },
  hint: { id: 'lightbulb', color: 'problemsInfoIcon.foreground' },
};

/** Kinds whose description does not already count findings: their problems and hints are added to it. */
const SHOWS_HINTS = new Set<NodeKind>(['manager', 'head', 'member', 'peer', 'peers', 'team', 'teams', 'teamRole', 'hire', 'hiring', 'item']);

export function treeItemShape(node: TreeNode): TreeItemShape {
  const words = SHOWS_HINTS.has(node.kind) ? findingWords(node) : undefined;
  const description = [node.description, words].filter(Boolean).join(' · ') || undefined;
  let icon: TreeItemShape['icon'] = { id: ICONS[node.kind] };
  // An entry with findings: its icon in the colour of the worst (error red, warning yellow, info blue).
  if (words && node.severity) icon = { id: ICONS[node.kind], color: SEVERITY_ICONS[node.severity].color };
  if ((node.kind === 'finding' || node.kind === 'rule') && node.severity)
    icon = node.kind === 'finding' ? SEVERITY_ICONS[node.severity] : { id: 'law', color: SEVERITY_ICONS[node.severity].color };
  if (node.kind === 'area') icon = node.hints ? { id: 'graph', color: SEVERITY_ICONS[node.severity ?? 'info'].color } : { id: 'pass', color: 'testing.iconPassed' };
  const children = node.children?.length ?? 0;
  return {
    label: node.label,
    description,
    tooltip: [node.tooltip, words && `${words} about this entry`].filter(Boolean).join('\n') || undefined,
    icon,
    collapsible: children === 0 ? 'none' : node.expanded ? 'expanded' : 'collapsed',
    contextValue: node.kind,
    open: node.location,
  };
}
