import { defineRule } from '../rule';
import { child, field, visionFile } from '../../model/specModel';
import { daysBetween } from '../util';
import { capitalized, visionName, visionExample } from './shared';

/** The longest a vision may go unreviewed, in days, at each review cadence. */
export const REVIEW_CADENCE_DAYS: Readonly<Record<string, number>> = {
  monthly: 31,
  quarterly: 92,
  semiannual: 183,
  annual: 366,
};

const DEFAULT_CADENCE = 'quarterly';

export const staleReview = defineRule({
  meta: {
    id: 'vision/stale-review',
    area: 'vision',
    severity: 'warning',
    description:
      "The vision's `metadata.lastReviewed` is within its `spec.reviewCadence` (quarterly when not set): at most 31 days ago for monthly, 92 for quarterly, 183 for semiannual, 366 for annual.",
    rationale:
      'Markets, customers and strategy move, and a vision that is not revisited quietly stops matching the decisions the team makes. Reviewing it at a set cadence with the team and leadership keeps it alive, or shows when it needs to change. A review that is overdue is a prompt to consider the review, not proof that the vision is wrong.',
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: {
        file: 'acme.vision.yaml',
        text: visionExample({ metadata: '  id: acme-vision\n  owner: dana\n  lastReviewed: 2025-06-30\n' }),
      },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc, today }) {
    const file = visionFile(doc);
    const lastReviewed = field(child(file, 'metadata'), 'lastReviewed');
    const age = daysBetween(lastReviewed, today);
    if (age === undefined) return [];
    const configured = field(child(file, 'spec'), 'reviewCadence');
    const cadence = configured === undefined ? DEFAULT_CADENCE : configured;
    // An unknown cadence is the schema's to report.
    if (typeof cadence !== 'string' || !Object.hasOwn(REVIEW_CADENCE_DAYS, cadence)) return [];
    const allowed = REVIEW_CADENCE_DAYS[cadence];
    if (age <= allowed) return [];
    const which = configured === undefined ? `the default ${cadence} review cadence` : `its ${cadence} review cadence`;
    return [
      {
        path: ['metadata', 'lastReviewed'],
        message: `${capitalized(visionName(doc))} was last reviewed ${age} days ago, more than the ${allowed} days ${which} allows: consider reviewing it with the team and leadership, then update lastReviewed.`,
      },
    ];
  },
});
