import { defineRule, type RuleFinding } from '../rule';
import { field, list, strings, text, visionSpec } from '../../model/specModel';
import { idOf, visionExample } from './shared';

export const needWithoutEvidence = defineRule({
  meta: {
    id: 'execution/need-without-evidence',
    area: 'execution',
    severity: 'warning',
    description: 'Every vision need lists the evidence from customer discovery that it is real.',
    rationale:
      "A need without evidence is an assumption, and a roadmap built on assumptions spends the teams' time on problems customers may not have. Interviews, analytics, support tickets and experiments show the need is real and how much it matters. Writing the evidence down also tells the team where discovery should look next.",
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: {
        file: 'acme.vision.yaml',
        text: visionExample(
          'dana',
          `  needs:
    - id: same-day-cash
      targetGroup: small-online-merchants
      statement: I need the money from today's sales available today so I can pay my suppliers.
`,
        ),
      },
      passes: {
        file: 'acme.vision.yaml',
        text: visionExample(
          'dana',
          `  needs:
    - id: same-day-cash
      targetGroup: small-online-merchants
      statement: I need the money from today's sales available today so I can pay my suppliers.
      evidence:
        - 14 of 20 merchant interviews in 2026-Q2 named waiting for payouts as their top worry
        - 31% of payout support tickets ask "where is my money?"
`,
        ),
      },
    },
  },
  check({ doc }) {
    const spec = visionSpec(doc);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    for (const [need, index] of list(spec, 'needs')) {
      const evidence = field(need, 'evidence');
      if (strings(evidence).some((line) => text(line) !== undefined)) continue;
      findings.push({
        path: evidence === undefined ? ['spec', 'needs', index] : ['spec', 'needs', index, 'evidence'],
        target: 'key',
        message: `Need "${idOf(need, index)}" has no evidence: add what customer discovery showed (interviews, data, support tickets, experiments), or plan discovery to test it.`,
      });
    }
    return findings;
  },
});
