import { defineRule } from '../rule';
import { field, visionSpec } from '../../model/specModel';
import { capitalized, visionName, VISION_SPEC, visionExample } from './shared';

/** Who creates the vision when it is not the product team, as a message says it. */
const OWNERS: Readonly<Record<string, string>> = {
  ceo: 'the CEO',
  'revenue-team': 'the revenue team',
  'business-unit': 'a business unit',
};

export const externalOwnership = defineRule({
  meta: {
    id: 'vision/external-ownership',
    area: 'vision',
    severity: 'info',
    description: 'The vision is created by the product team (`ownership: product-team`), or the team knows it is an execution partner.',
    rationale:
      "When the CEO, the revenue team or a business unit creates the vision, the product team's job changes: it becomes the execution partner that turns someone else's vision into outcomes. That is a legitimate set-up, but it calls for a different hiring profile (strong discovery and delivery rather than vision creation) and for evangelism that reinforces the owner's story. This hint is a reminder to consider both.",
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: { file: 'acme.vision.yaml', text: visionExample({ spec: VISION_SPEC.replace('ownership: product-team', 'ownership: ceo') }) },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc }) {
    const ownership = field(visionSpec(doc), 'ownership');
    // `product-team` is the default set-up; unknown values are the schema's to report.
    if (typeof ownership !== 'string' || !Object.hasOwn(OWNERS, ownership)) return [];
    return [
      {
        path: ['spec', 'ownership'],
        message: `${capitalized(visionName(doc))} is created by ${OWNERS[ownership]}, which makes the product team its execution partner: consider reflecting that in the team's hiring profile and in how it evangelises the vision.`,
      },
    ];
  },
});
