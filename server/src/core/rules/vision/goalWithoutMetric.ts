import { defineRule, type RuleFinding } from '../rule';
import { field, isBlank, list, visionSpec } from '../../model/specModel';
import { idOf, VISION_SPEC, visionExample } from './shared';

export const goalWithoutMetric = defineRule({
  meta: {
    id: 'vision/goal-without-metric',
    area: 'vision',
    severity: 'warning',
    description: 'Every business goal of the vision has a `metric`.',
    rationale:
      'Goals are how the vision connects to the business, and roadmap objectives trace to them. A goal without a metric cannot guide trade-offs or tell the team whether it is winning, and the objectives that trace to it inherit the vagueness. Naming the metric, with a target at the horizon, turns an aspiration into something the team can steer by.',
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: {
        file: 'acme.vision.yaml',
        text: visionExample({ spec: VISION_SPEC.replace('      metric: Monthly active merchants\n      target: 250000\n', '') }),
      },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc }) {
    const findings: RuleFinding[] = [];
    for (const [goal, index] of list(visionSpec(doc), 'goals')) {
      const metric = field(goal, 'metric');
      if (!isBlank(metric)) continue;
      const what = isBlank(field(goal, 'target')) ? 'the metric that measures progress and its target' : 'the metric that measures progress';
      const message = `Goal "${idOf(goal, index)}" has no metric: add ${what}, so the goal can guide trade-offs.`;
      // A missing metric points at the goal; an empty one at its key.
      findings.push(metric === undefined ? { path: ['spec', 'goals', index], message } : { path: ['spec', 'goals', index, 'metric'], target: 'key', message });
    }
    return findings;
  },
});
