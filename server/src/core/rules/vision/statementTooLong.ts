import { defineRule } from '../rule';
import { textOf, visionSpec } from '../../model/specModel';
import { visionName, VISION_SPEC, visionExample } from './shared';

const LONG_STATEMENT =
  'Acme Pay exists so that every small merchant, market seller and freelancer in Europe gets paid instantly, understands every cent of their money, never waits for a payout, never pays a fee they cannot explain, and spends their time on customers instead of chasing payments and reconciling spreadsheets.';

export const statementTooLong = defineRule<{ maxWords: number }>({
  meta: {
    id: 'vision/statement-too-long',
    area: 'vision',
    severity: 'warning',
    description: 'The vision statement has at most `maxWords` words.',
    rationale:
      'A vision only aligns a team when people can remember it and repeat it in a hallway. Long statements turn into paragraphs nobody quotes, and they tend to collect features and caveats. Thirty-five words is a practitioner heuristic: consider keeping the statement to one or two sentences and moving the detail to the narrative.',
    options: {
      maxWords: { default: 35, description: 'The most words the vision statement should have.' },
    },
    kinds: ['Vision'],
    examples: {
      fires: {
        file: 'acme.vision.yaml',
        text: visionExample({ spec: VISION_SPEC.replace(/^ {2}statement: .*$/m, `  statement: >-\n    ${LONG_STATEMENT}`) }),
      },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc, options }) {
    const statement = textOf(visionSpec(doc), 'statement');
    if (!statement) return [];
    const words = statement.trim().split(/\s+/).length;
    if (words <= options.maxWords) return [];
    return [
      {
        path: ['spec', 'statement'],
        message: `The statement of ${visionName(doc)} has ${words} words: consider cutting it to ${options.maxWords} or fewer so people can remember and repeat it.`,
      },
    ];
  },
});
