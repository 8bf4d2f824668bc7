import { child, textOf, visionFile } from '../../model/specModel';
import type { SpecDocument } from '../../specDocument';
import { roadmapMetadata, specFile } from '../shared/examples';

export { othersOf, workspaceExample, type WorkspaceExample } from '../shared/examples';
export { idOf } from '../shared/read';

/** How the vision is named in a message: `vision "acme-vision"`, or `the vision` when it has no id. */
export function visionName(doc: SpecDocument): string {
  const id = textOf(child(visionFile(doc), 'metadata'), 'id');
  return id ? `vision "${id}"` : 'the vision';
}

/** A message fragment with its first letter in upper case, to start a sentence. */
export function capitalized(fragment: string): string {
  return fragment.charAt(0).toUpperCase() + fragment.slice(1);
}

/** A minimal, valid vision for a rule's docs examples; `metadata` and `spec` lines replace the defaults when given. */
export function visionExample({ metadata, spec }: { metadata?: string; spec?: string } = {}): string {
  return specFile('Vision', metadata ?? VISION_METADATA, spec ?? VISION_SPEC);
}

/** The `metadata` of the minimal vision: id, owner and the date of its last review. */
export const VISION_METADATA = `  id: acme-vision
  owner: dana
  lastReviewed: 2026-10-01
`;

/** The `spec` of the minimal vision: a visual, an evangelism plan, one primary target group, one need with evidence, one goal. */
export const VISION_SPEC = `  statement: Every small merchant gets paid instantly and understands every cent of their money.
  horizon:
    years: 5
  ownership: product-team
  visuals:
    - title: "Storyboard: a day in the life of a merchant in 2031"
      link: https://design.acme.example/vision/storyboard
  evangelism:
    cadence: monthly
    audiences: [Engineering all-hands]
  targetGroups:
    - id: small-merchants
      name: Small online merchants
      primary: true
  needs:
    - id: same-day-cash
      targetGroup: small-merchants
      statement: I need today's sales in my account today so I can pay my suppliers.
      evidence: [14 of 20 merchant interviews named waiting for payouts as their top worry]
  goals:
    - id: grow-active-merchants
      statement: Become the default way small merchants get paid.
      metric: Monthly active merchants
      target: 250000
`;

/** A minimal, valid roadmap serving `acme-vision`; `spec` lines replace the defaults when given. */
export function roadmapExample({ vision = 'acme-vision', spec }: { vision?: string; spec?: string } = {}): string {
  return specFile('Roadmap', roadmapMetadata(vision), spec ?? ROADMAP_SPEC);
}

/** The start of the minimal roadmap's `spec`: its format and one objective, traced to the vision's goal. */
export const ROADMAP_OBJECTIVES = `  format: now-next-later
  objectives:
    - id: start-in-a-day
      objective: New merchants take their first payment within a day
      visionGoal: grow-active-merchants
      period: 2026-Q4
      keyResults:
        - id: time-to-first-payment
          metric: Median hours from sign-up to first payment
          target: 24
`;

/** The `spec` of the minimal roadmap: one objective, one theme and one item, all traced. */
export const ROADMAP_SPEC = `${ROADMAP_OBJECTIVES}  themes:
    - id: cash-flow
      name: Cash when it is needed
      problem: Merchants wait days for their money and cannot plan their cash.
      needs: [same-day-cash]
  items:
    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: next
      theme: cash-flow
      owner: dana
      stage: discovery
`;
