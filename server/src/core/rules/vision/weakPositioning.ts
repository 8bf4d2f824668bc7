import { defineRule, type RuleFinding } from '../rule';
import { child, field, isBlank, text, visionSpec } from '../../model/specModel';
import { visionName, VISION_SPEC, visionExample } from './shared';

const POSITIONING = `  positioning:
    for: Small online merchants
    need: who need their money fast and their costs clear
    category: Acme Pay is a payments account
    benefit: that pays out sales the same day and explains every fee in plain language
`;

export const weakPositioning = defineRule({
  meta: {
    id: 'vision/weak-positioning',
    area: 'vision',
    severity: 'warning',
    description: 'A `positioning` statement names the alternative (`unlike`) and the `differentiation` from it.',
    rationale:
      'The second half of a positioning statement is where it earns its keep: naming the alternative customers use today, including doing nothing, and why the product is different from it. Without them the positioning describes a category, not a reason to switch, and messaging and trade-offs drift towards sameness.',
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: { file: 'acme.vision.yaml', text: visionExample({ spec: VISION_SPEC + POSITIONING }) },
      passes: {
        file: 'acme.vision.yaml',
        text: visionExample({
          spec: `${VISION_SPEC}${POSITIONING}    unlike: bank merchant accounts
    differentiation: Acme Pay settles in minutes instead of days and charges one flat fee.
`,
        }),
      },
    },
  },
  check({ doc }) {
    const positioning = child(visionSpec(doc), 'positioning');
    if (!positioning) return [];
    const unlike = field(positioning, 'unlike');
    const differentiation = field(positioning, 'differentiation');
    const vision = visionName(doc);
    const findings: RuleFinding[] = [];
    const at = (field: string, present: unknown): RuleFinding['path'] => (present === undefined ? ['spec', 'positioning'] : ['spec', 'positioning', field]);
    if (isBlank(unlike)) {
      findings.push({
        path: at('unlike', unlike),
        target: 'key',
        message: `The positioning of ${vision} has no "unlike": name the main alternative customers use today, including doing nothing.`,
      });
    }
    if (isBlank(differentiation)) {
      const from = text(unlike) ? `"${text(unlike)?.trim()}"` : 'that alternative';
      findings.push({
        path: at('differentiation', differentiation),
        target: 'key',
        message: `The positioning of ${vision} has no "differentiation": say what makes the product different from ${from}, so it gives customers a reason to switch.`,
      });
    }
    return findings;
  },
});
