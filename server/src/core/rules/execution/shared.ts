import type { WorkspaceIndex } from '../../workspaceIndex';
import { entries, get, text, type Entry } from '../util';

/** The `spec` mapping of a document, or undefined when it is not a mapping (the schema reports that). */
export function specOf(value: unknown): Entry | undefined {
  const spec = get(value, 'spec');
  return spec && typeof spec === 'object' && !Array.isArray(spec) ? (spec as Entry) : undefined;
}

/** An entry's id for messages, or its position in its list when it has none. */
export function nameOf(entry: Entry, index: number, key = 'id'): string {
  return text(entry[key]) ?? `#${index + 1}`;
}

/** The roadmap items with their indices. */
export function items(spec: Entry): Array<[Entry, number]> {
  return entries(spec.items);
}

/** True when the workspace has at least one team charter, so members and product teams are known. */
export function hasCharter(index: WorkspaceIndex): boolean {
  return index.documents('TeamCharter').length > 0;
}

/** The distinct ids of every definition of a kind in the workspace, in the order they appear. */
export function definedIds(index: WorkspaceIndex, kind: 'member' | 'team' | 'item'): string[] {
  return [...index.ids(kind)];
}

/** `1st`, `2nd`, `3rd`, `11th`... */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const HEADER = `apiVersion: productspecs/v1`;

/** A minimal, valid roadmap for a rule's docs examples: `spec` continues with the given lines after the format and one theme. */
export function roadmapExample(specLines: string): string {
  return `${HEADER}
kind: Roadmap
metadata:
  id: acme-pay-roadmap
  vision: acme-vision
  owner: dana
spec:
  format: now-next-later
  themes:
    - id: cash-flow
      name: Cash flow
      problem: Merchants wait days for their money.
      needs: [same-day-cash]
${specLines}`;
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
  return `${HEADER}
kind: Vision
metadata:
  id: acme-vision
  product: Acme Pay
  owner: ${metadataOwner}
spec:
  statement: Every small business gets paid instantly and understands every cent of its money.
  horizon:
    years: 5
  ownership: ${ownership}
  targetGroups:
    - id: small-online-merchants
      name: Small online merchants
      primary: true
  goals:
    - id: retain-merchants
      statement: Keep merchants with us as their business grows.
      metric: 12-month merchant retention
      target: 90%
${specLines}`;
}

/** A minimal, valid team charter for a rule's docs examples: `spec` continues with the given lines after the members. */
export function charterExample(specLines: string): string {
  return `${HEADER}
kind: TeamCharter
metadata:
  id: acme-product-team
spec:
  purpose: Discover and deliver products merchants love.
  mission: Make Acme Pay the first choice of small merchants.
  headOfProduct: dana
  reportsTo:
    role: CEO
    name: Jordan Lee
  members:
    - id: dana
      name: Dana Whitfield
      role: head-of-product
${specLines}`;
}
