import { defineRule, type Rule } from '../rule';
import { cashFlowRoadmapSpec, charterFile, roadmapMetadata, specFile } from '../shared/examples';
import type { TeamCharter } from '../../model/specTypes.generated';
import { missingRitual } from '../shared/read';

export { nowItemExample } from '../shared/examples';
export { eachItem, idOf, nameOf } from '../shared/read';

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

/** The charter's `rituals` with one ritual, for the docs examples. */
export function ritualExample(name: string, kind: string, cadence: string): string {
  return `  rituals:
    - name: ${name}
      kind: ${kind}
      cadence: ${cadence}
`;
}

/**
 * A rule that asks the charter for a ritual of a kind: it fires at the `rituals` key when there is
 * none. Its docs examples: a charter with only a delivery ritual, and one with `ritual` of the kind.
 */
export function missingRitualRule(rule: {
  id: string;
  kind: TeamCharter.Ritual['kind'];
  description: string;
  rationale: string;
  ritual: { name: string; cadence: string };
  message: string;
}): Rule {
  return defineRule({
    meta: {
      id: rule.id,
      area: 'culture',
      severity: 'info',
      description: rule.description,
      rationale: rule.rationale,
      options: {},
      kinds: ['TeamCharter'],
      examples: {
        fires: {
          file: 'team.charter.yaml',
          text: charterExample(ritualExample('Sprint review and demo', 'delivery', 'biweekly')),
        },
        passes: {
          file: 'team.charter.yaml',
          text: charterExample(ritualExample(rule.ritual.name, rule.kind, rule.ritual.cadence)),
        },
      },
    },
    check({ doc }) {
      return missingRitual(doc, rule.kind, rule.message);
    },
  });
}
