import { defineRule } from '../rule';
import { strings, textOf, visionSpec } from '../../model/specModel';
import { quoteList } from '../util';
import { visionName, VISION_SPEC, visionExample } from './shared';

/** The words of `words` that the statement contains as whole words, ignoring case, as the list spells them. */
function featureWordsIn(statement: string, words: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of words) {
    const wanted = word.trim();
    if (wanted === '' || found.some((seen) => seen.toLowerCase() === wanted.toLowerCase())) continue;
    const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    if (new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu').test(statement)) found.push(wanted);
  }
  return found;
}

export const solutionInStatement = defineRule<{ featureWords: readonly string[] }>({
  meta: {
    id: 'vision/solution-in-statement',
    area: 'vision',
    severity: 'info',
    description: 'The vision statement names no solution: none of the feature words (`featureWords`) appears in it as a whole word.',
    rationale:
      "A vision says why the product exists and what changes for customers; the solution is how, and it will change many times over the horizon. A statement that names an app, a dashboard or a platform ties the team to today's answer and narrows the discovery that should find better ones. Consider describing the customer outcome and leaving the solution to the roadmap.",
    options: {
      featureWords: {
        default: ['app', 'dashboard', 'feature', 'platform', 'button'],
        description: 'Words that name a solution rather than a change for customers, matched as whole words regardless of case (list plural forms too if you want them caught).',
      },
    },
    kinds: ['Vision'],
    examples: {
      fires: {
        file: 'acme.vision.yaml',
        text: visionExample({
          spec: VISION_SPEC.replace(/^ {2}statement: .*$/m, '  statement: Every small merchant runs their business from the Acme Pay app and its dashboard.'),
        }),
      },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc, options }) {
    const statement = textOf(visionSpec(doc), 'statement');
    if (!statement) return [];
    const found = featureWordsIn(statement, strings(options.featureWords));
    if (found.length === 0) return [];
    const names = found.length === 1 ? `the word ${quoteList(found)}, which names` : `the words ${quoteList(found)}, which name`;
    return [
      {
        path: ['spec', 'statement'],
        message: `The statement of ${visionName(doc)} uses ${names} a solution: consider describing the change for customers instead, so the vision outlives today's solution.`,
      },
    ];
  },
});
