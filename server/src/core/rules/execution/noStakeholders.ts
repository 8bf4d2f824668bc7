import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, field, isBlank, list, textOf } from '../../model/specModel';
import { charterExample, nameOf } from './shared';

function stakeholdersExample(cadence: string): string {
  return charterExample(`  stakeholders:
    - name: Alex Morgan
      role: CFO
      interest: Cost of funds for instant payouts and pricing changes
      cadence: monthly
    - name: Grace Howell
      role: Head of Risk and Compliance
      interest: Fraud exposure, identity checks and regulatory deadlines
${cadence}`);
}

export const noStakeholders = defineRule({
  meta: {
    id: 'execution/no-stakeholders',
    area: 'execution',
    severity: 'info',
    description: 'The charter lists its stakeholders, each with a meeting `cadence`.',
    rationale:
      "Stakeholder management is a large part of a Head of Product's job: finance, sales, support, legal and risk all depend on what the product teams do and can block it. Writing down who they are, what they care about and how often you meet makes sure nobody is surprised by the roadmap. A stakeholder without a regular meeting tends to be heard from only when something goes wrong.",
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: { file: 'team.charter.yaml', text: stakeholdersExample('') },
      passes: { file: 'team.charter.yaml', text: stakeholdersExample('      cadence: monthly\n') },
    },
  },
  check({ doc }) {
    const spec = charterSpec(doc);
    if (!spec) return [];
    const stakeholders = list(spec, 'stakeholders');
    if (stakeholders.length === 0) {
      return [
        {
          path: ['spec', 'stakeholders'],
          target: 'key',
          message:
            'The charter lists no stakeholders: consider adding the people outside the product team who depend on its work (finance, sales, support, risk...), with what they care about and how often you meet.',
        },
      ];
    }
    const findings: RuleFinding[] = [];
    for (const [stakeholder, index] of stakeholders) {
      const cadence = field(stakeholder, 'cadence');
      if (!isBlank(cadence)) continue;
      const role = textOf(stakeholder, 'role');
      findings.push({
        path: cadence === undefined ? ['spec', 'stakeholders', index] : ['spec', 'stakeholders', index, 'cadence'],
        target: 'key',
        message: `Stakeholder "${nameOf(stakeholder, index, 'name')}"${role ? ` (${role.trim()})` : ''} has no cadence: consider a regular meeting so they hear about the roadmap before it surprises them.`,
      });
    }
    return findings;
  },
});
