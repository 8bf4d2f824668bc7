import { defineRule } from '../rule';
import { child, field, isBlank, strings, text, visionSpec } from '../../model/specModel';
import { EVIDENCED_NEEDS, visionExample } from './shared';

export const noEvangelism = defineRule({
  meta: {
    id: 'execution/no-evangelism',
    area: 'execution',
    severity: 'info',
    description: 'A vision the product team owns has an `evangelism` plan with audiences.',
    rationale:
      'When the product team owns the vision, evangelising it inside the company is part of the job: a vision only aligns the people who have heard it, again and again. Engineering, sales, support and leadership each need to hear it in their own forums. A plan with a cadence, audiences and channels turns that into a habit rather than a launch event.',
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: { file: 'acme.vision.yaml', text: visionExample('dana', EVIDENCED_NEEDS) },
      passes: {
        file: 'acme.vision.yaml',
        text: visionExample(
          'dana',
          `${EVIDENCED_NEEDS}  evangelism:
    cadence: monthly
    audiences:
      - Engineering all-hands
      - Sales and customer success
    channels:
      - Monthly product review with the storyboard
      - New-joiner onboarding session
`,
        ),
      },
    },
  },
  check({ doc }) {
    const spec = visionSpec(doc);
    if (!spec || field(spec, 'ownership') !== 'product-team') return [];
    const evangelism = field(spec, 'evangelism');
    if (isBlank(evangelism)) {
      return [
        {
          path: evangelism === undefined ? ['spec', 'ownership'] : ['spec', 'evangelism'],
          target: evangelism === undefined ? 'value' : 'key',
          message: 'The product team owns this vision but has no evangelism plan: add one with a cadence, the audiences who should hear the vision and the channels to reach them.',
        },
      ];
    }
    const audiences = field(child(spec, 'evangelism'), 'audiences');
    if (Array.isArray(audiences) && !strings(audiences).some((audience) => text(audience) !== undefined)) {
      return [
        {
          path: ['spec', 'evangelism', 'audiences'],
          target: 'key',
          message: 'The evangelism plan names no audience: add the teams and forums who should hear the vision, such as engineering, sales, support and leadership.',
        },
      ];
    }
    return [];
  },
});
