/** The model of the three tree views (Product Team, Responsibilities, Roadmap): plain, JSON-serialisable data the editor draws. */
import type { Location } from '../report/types';
import type { Severity } from '../types';

/** What a tree node stands for; the editor picks its icon from it. */
export type NodeKind =
  | 'charter'
  | 'manager'
  | 'head'
  | 'member'
  | 'unplaced'
  | 'peers'
  | 'peer'
  | 'teams'
  | 'team'
  | 'teamRole'
  | 'vacancy'
  | 'hiring'
  | 'hire'
  | 'area'
  | 'rule'
  | 'finding'
  | 'roadmap'
  | 'horizon'
  | 'item';

/** One node of a tree view: Product Team, Responsibilities or Roadmap. */
export interface TreeNode {
  /** Unique within its tree and stable across refreshes, so the editor keeps what is expanded. */
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  /** Shown next to the label: a role, an owner and stage, a score. */
  readonly description?: string;
  readonly tooltip?: string;
  /** Problems about this person, team or entry: YAML, schema and reference errors (findings of no area). */
  readonly problems?: number;
  /** Hints about this person, team or entry: findings of the rules (of an area); for areas and rules, all their findings. */
  readonly hints?: number;
  /** For finding nodes: the finding's severity; for others: the worst severity of their findings, which colours the icon. */
  readonly severity?: Severity;
  /** Where the node's entry is in its spec file; clicking the node opens it. */
  readonly location?: Location;
  /** Shown expanded at first. */
  readonly expanded?: boolean;
  readonly children?: readonly TreeNode[];
}
