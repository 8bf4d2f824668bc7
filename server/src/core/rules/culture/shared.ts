import { cashFlowRoadmapSpec, charterFile, roadmapMetadata, specFile } from '../shared/examples';

export { nowItemExample } from '../shared/examples';

export { eachItem, missingRitual, nameOf, rituals, specOf } from '../shared/read';

/** Meeting cadences from the fastest to the slowest. */
export const CADENCES = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly'] as const;

/** A minimal, valid team charter for a rule's docs examples, with more `spec` lines appended. */
export function charterExample(specLines: string): string {
  return charterFile(specLines);
}

/** A minimal, valid roadmap for a rule's docs examples, whose items are the given lines. */
export function roadmapExample(itemLines: string): string {
  return specFile('Roadmap', roadmapMetadata(), `${cashFlowRoadmapSpec('get-paid-fast')}  items:\n${itemLines}`);
}

/** The charter's `productTeams` with the team `payouts` of the docs examples, followed by more of its lines. */
export function payoutsTeamExample(lines: string): string {
  return `  productTeams:
    - id: payouts
      name: Payouts
      mission: Get merchants their money as fast and predictably as possible.
      pm: dana
${lines}`;
}
