/** The vision board and the roadmap board as data: what the webviews and the exported page draw. */
import type { ItemHorizon } from '../model/horizon';
import type { Location, SeverityCounts } from '../report/types';

export interface TargetGroupCard {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly primary: boolean;
  readonly location: Location;
  /** The needs that name this group, in file order. */
  readonly needs: readonly NeedCard[];
}

export interface NeedCard {
  readonly id: string;
  readonly statement: string;
  readonly evidence: readonly string[];
  readonly location: Location;
}

export interface GoalCard {
  readonly id: string;
  readonly statement: string;
  readonly metric?: string;
  readonly target?: string;
  readonly location: Location;
}

export interface Positioning {
  readonly for?: string;
  readonly need?: string;
  readonly category?: string;
  readonly benefit?: string;
  readonly unlike?: string;
  readonly differentiation?: string;
}

export interface VisualLink {
  readonly title: string;
  readonly link?: string;
}

/** One vision, after Pichler's product vision board. */
export interface VisionBoard {
  readonly uri: string;
  readonly id?: string;
  readonly product?: string;
  readonly statement?: string;
  readonly narrative?: string;
  readonly horizonYears?: number;
  /** Who creates the vision, as people say it ("the product team", "the CEO"). */
  readonly ownership?: string;
  /** The owner's name, or their id when no charter names them. */
  readonly owner?: string;
  readonly lastReviewed?: string;
  readonly status?: string;
  /** Primary groups first. */
  readonly targetGroups: readonly TargetGroupCard[];
  /** Needs whose target group is not one of the vision's groups. */
  readonly otherNeeds: readonly NeedCard[];
  readonly goals: readonly GoalCard[];
  readonly positioning?: Positioning;
  readonly principles: readonly string[];
  readonly visuals: readonly VisualLink[];
  readonly findings: SeverityCounts;
  readonly location: Location;
}

/** A column of the roadmap board; `past` holds released items whose timeframe has ended, `unscheduled` items with neither. */
export type BoardColumn = ItemHorizon | 'unscheduled';

export interface RoadmapCard {
  /** The item's id, or `#<index>` when it has none. */
  readonly id: string;
  /** The item's index in `spec.items`: with the id, what a move names. */
  readonly index: number;
  readonly title: string;
  readonly column: BoardColumn;
  /** The timeframe as written, on timeline roadmaps. */
  readonly timeframe?: string;
  readonly owner?: string;
  readonly teamId?: string;
  readonly team?: string;
  readonly themeId?: string;
  readonly theme?: string;
  readonly stage?: string;
  readonly confidence?: string;
  readonly outcome?: { readonly metric?: string; readonly baseline?: string; readonly target?: string };
  readonly findings: SeverityCounts;
  readonly location: Location;
}

export interface ThemeTrace {
  readonly id: string;
  readonly name: string;
  readonly problem?: string;
  /** The vision needs the theme names: their statements, or the id when the vision has no such need. */
  readonly needs: readonly string[];
  /** The vision goals the objectives of the theme's items serve. */
  readonly goals: readonly string[];
  readonly location: Location;
}

export interface RoadmapBoard {
  readonly uri: string;
  readonly id?: string;
  readonly product?: string;
  readonly format: 'now-next-later' | 'timeline';
  readonly disclaimer?: string;
  /** now, next, later, then past and unscheduled when they hold cards. */
  readonly columns: readonly BoardColumn[];
  readonly cards: readonly RoadmapCard[];
  readonly themes: readonly ThemeTrace[];
  /** Product teams named by cards: id and name, in the order first named. */
  readonly teams: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly location: Location;
}

export interface Boards {
  /** The date derived horizons are computed for, YYYY-MM-DD. */
  readonly today: string;
  readonly visions: readonly VisionBoard[];
  readonly roadmaps: readonly RoadmapBoard[];
}
