import { defineRule } from '../rule';
import { field, isBlank, visionSpec } from '../../model/specModel';
import { capitalized, visionName, VISION_SPEC, visionExample } from './shared';

export const noVisual = defineRule({
  meta: {
    id: 'vision/no-visual',
    area: 'vision',
    severity: 'info',
    description: 'The vision has `visuals` or a `narrative`.',
    rationale:
      "People align around what they can picture. A storyboard, a vision prototype or a customer narrative makes the vision concrete enough to debate, remember and retell, where a statement alone stays abstract. Consider at least one visual or a short story told from the customer's side.",
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: {
        file: 'acme.vision.yaml',
        text: visionExample({ spec: VISION_SPEC.replace(/^ {2}visuals:\n.*\n.*\n/m, '') }),
      },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc }) {
    const spec = visionSpec(doc);
    if (!spec) return [];
    if (!isBlank(field(spec, 'visuals')) || !isBlank(field(spec, 'narrative'))) return [];
    return [
      {
        path: ['spec', 'visuals'],
        target: 'key',
        message: `${capitalized(visionName(doc))} has no visuals and no narrative: consider adding a storyboard, prototype or diagram under visuals, or a narrative told from the customer's side.`,
      },
    ];
  },
});
