import { cashFlowRoadmapSpec, charterFile, REPORTS_TO_CEO, roadmapMetadata, smallBusinessVisionSpec, specFile } from '../shared/examples';

export { nowItemExample } from '../shared/examples';
export { eachItem, groupBy, idOf, nameOf } from '../shared/read';

/** `1st`, `2nd`, `3rd`, `11th`... */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** A minimal, valid roadmap for a rule's docs examples: `spec` continues with the given lines after the format and one theme. */
export function roadmapExample(specLines: string): string {
  return specFile('Roadmap', roadmapMetadata(), `${cashFlowRoadmapSpec('same-day-cash')}${specLines}`);
}

/** A vision need backed by evidence, as lines of a vision's `spec`. */
export const EVIDENCED_NEEDS = `  needs:
    - id: same-day-cash
      targetGroup: small-online-merchants
      statement: I need the money from today's sales available today so I can pay my suppliers.
      evidence:
        - 14 of 20 merchant interviews in 2026-Q2 named waiting for payouts as their top worry
`;

/** A minimal, valid vision for a rule's docs examples: `spec` continues with the given lines (which include its needs). */
export function visionExample(metadataOwner: string, specLines: string, ownership = 'product-team'): string {
  return specFile(
    'Vision',
    `  id: acme-vision
  product: Acme Pay
  owner: ${metadataOwner}
`,
    `${smallBusinessVisionSpec(ownership)}      target: 90%\n${specLines}`,
  );
}

/** A minimal, valid team charter for a rule's docs examples: `spec` continues with the given lines after the members. */
export function charterExample(specLines: string): string {
  return charterFile(specLines, { reportsTo: REPORTS_TO_CEO });
}
