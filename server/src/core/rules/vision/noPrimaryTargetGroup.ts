import { defineRule, type RuleFinding } from '../rule';
import { field, list, visionSpec } from '../../model/specModel';
import { count } from '../util';
import { capitalized, visionName, VISION_SPEC, visionExample } from './shared';

export const noPrimaryTargetGroup = defineRule<{ maxGroups: number }>({
  meta: {
    id: 'vision/no-primary-target-group',
    area: 'vision',
    severity: 'warning',
    description: 'One target group is marked `primary`, and there are at most `maxGroups` groups.',
    rationale:
      'When trade-offs come, the team needs to know whose problem comes first. A primary target group answers that question before it is asked, and a short list of specific groups keeps the product from trying to serve everyone. Three groups is a practitioner heuristic: consider focusing on fewer groups rather than spreading discovery and delivery thin.',
    options: {
      maxGroups: { default: 3, description: 'The most target groups the vision should name.' },
    },
    kinds: ['Vision'],
    examples: {
      fires: { file: 'acme.vision.yaml', text: visionExample({ spec: VISION_SPEC.replace('      primary: true\n', '') }) },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc, options }) {
    const groups = list(visionSpec(doc), 'targetGroups');
    // No target groups at all is the schema's to report.
    if (groups.length === 0) return [];
    const vision = visionName(doc);
    const findings: RuleFinding[] = [];
    if (!groups.some(([group]) => field(group, 'primary') === true)) {
      findings.push({
        path: ['spec', 'targetGroups'],
        target: 'key',
        message: `No target group of ${vision} is marked primary: set primary: true on the group the product serves first when trade-offs are needed.`,
      });
    }
    if (groups.length > options.maxGroups) {
      findings.push({
        path: ['spec', 'targetGroups'],
        target: 'key',
        message: `${capitalized(vision)} names ${count(groups.length, 'target group')}: consider focusing on ${options.maxGroups} or fewer.`,
      });
    }
    return findings;
  },
});
