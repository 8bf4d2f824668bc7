import { defineRule } from '../rule';
import { child, field, finiteNumber, visionSpec } from '../../model/specModel';
import { count } from '../util';
import { visionName, VISION_SPEC, visionExample } from './shared';

export const horizonOutOfRange = defineRule<{ min: number; max: number }>({
  meta: {
    id: 'vision/horizon-out-of-range',
    area: 'vision',
    severity: 'warning',
    description: "The vision's `horizon.years` is between `min` and `max` years.",
    rationale:
      "A vision looks further ahead than the roadmap: a horizon of a year or less is a plan, and it leaves the team without a direction beyond the next few releases. A horizon far beyond ten years stops guiding today's choices. Two to ten years is a practitioner heuristic: consider the span over which your market and technology can be imagined but not planned.",
    options: {
      min: { default: 2, description: 'The shortest horizon, in years; below it the vision is a roadmap.' },
      max: { default: 10, description: 'The longest horizon, in years; beyond it the vision stops being actionable.' },
    },
    kinds: ['Vision'],
    examples: {
      fires: { file: 'acme.vision.yaml', text: visionExample({ spec: VISION_SPEC.replace('years: 5', 'years: 1') }) },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc, options }) {
    const years = finiteNumber(field(child(visionSpec(doc), 'horizon'), 'years'));
    if (years === undefined) return [];
    const vision = visionName(doc);
    if (years < options.min) {
      return [
        {
          path: ['spec', 'horizon', 'years'],
          message: `The horizon of ${vision} is ${count(years, 'year')}, which makes it a roadmap: consider looking at least ${count(options.min, 'year')} ahead.`,
        },
      ];
    }
    if (years > options.max) {
      return [
        {
          path: ['spec', 'horizon', 'years'],
          message: `The horizon of ${vision} is ${count(years, 'year')}, too far ahead to guide today's choices: consider ${count(options.max, 'year')} or fewer.`,
        },
      ];
    }
    return [];
  },
});
