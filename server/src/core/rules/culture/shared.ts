import { entries, get, text, type Entry } from '../util';

/** The `spec` mapping of a document, or undefined when it is not a mapping (the schema reports that). */
export function specOf(value: unknown): Entry | undefined {
  const spec = get(value, 'spec');
  return spec && typeof spec === 'object' && !Array.isArray(spec) ? (spec as Entry) : undefined;
}

/** The charter's rituals with their indices. */
export function rituals(spec: Entry): Array<[Entry, number]> {
  return entries(spec.rituals);
}

/** True when the charter has a ritual of a kind. */
export function hasRitualOfKind(spec: Entry, kind: string): boolean {
  return rituals(spec).some(([ritual]) => ritual.kind === kind);
}

/** How a ritual, peer or stakeholder is named in a message: its name, or its position. */
export function nameOf(entry: Entry, index: number, key = 'name'): string {
  return text(entry[key]) ?? `#${index + 1}`;
}

/** Meeting cadences from the fastest to the slowest. */
export const CADENCES = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly'] as const;

/** A roadmap item's id for messages, or its position when it has none. */
export function itemName(item: Entry, index: number): string {
  return text(item.id) ?? `#${index + 1}`;
}

/** A minimal, valid team charter for a rule's docs examples, with more `spec` lines appended. */
export function charterExample(specLines: string): string {
  return `apiVersion: productspecs/v1
kind: TeamCharter
metadata:
  id: acme-product-team
spec:
  purpose: Discover and deliver products merchants love.
  mission: Make Acme Pay the first choice of small merchants.
  headOfProduct: dana
  members:
    - id: dana
      name: Dana Whitfield
      role: head-of-product
${specLines}`;
}

/** A minimal, valid roadmap for a rule's docs examples, whose items are the given lines. */
export function roadmapExample(itemLines: string): string {
  return `apiVersion: productspecs/v1
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
      needs: [get-paid-fast]
  items:
${itemLines}`;
}
