import { defineRule, type RuleFinding } from '../rule';
import { entries, strings, text } from '../util';
import { nameOf, specOf, visionExample } from './shared';

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
  check({ value }) {
    const spec = specOf(value);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    for (const [need, index] of entries(spec.needs)) {
      if (strings(need.evidence).some((evidence) => text(evidence) !== undefined)) continue;
      findings.push({
        path: need.evidence === undefined ? ['spec', 'needs', index] : ['spec', 'needs', index, 'evidence'],
        target: 'key',
        message: `Need "${nameOf(need, index)}" has no evidence: add what customer discovery showed (interviews, data, support tickets, experiments), or plan discovery to test it.`,
      });
    }
    return findings;
  },
});
