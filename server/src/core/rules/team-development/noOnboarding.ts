import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, child, field, list } from '../../model/specModel';
import { count } from '../util';
import { charterExample, hireExample, isPendingHire } from './shared';

const HIRE = hireExample('dana', 'open');

export const noOnboarding = defineRule<{ minWeeks: number }>({
  meta: {
    id: 'team-development/no-onboarding',
    area: 'team-development',
    severity: 'info',
    description: 'A charter with positions to fill has an `onboarding` plan, and its `rampWeeks` is at least `minWeeks` weeks.',
    rationale:
      'A new product manager needs time to learn the customers, the product, the data and the people before owning outcomes; pushed to deliver in their second week, they copy what is already there. An onboarding plan with realistic ramp-up time, a buddy and a training plan is what turns a hire into a productive member. Eight weeks or more is a practitioner heuristic for product managers; consider what your domain needs.',
    options: {
      minWeeks: { default: 8, description: 'The fewest weeks of ramp-up time before new members own outcomes.' },
    },
    kinds: ['TeamCharter'],
    examples: {
      fires: { file: 'team.charter.yaml', text: charterExample(HIRE) },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(`${HIRE}  onboarding:\n    rampWeeks: 10\n    buddy: true\n    trainingPlan: https://wiki.acme.example/product/onboarding\n`),
      },
    },
  },
  check({ doc, options }) {
    const spec = charterSpec(doc);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    const onboarding = field(spec, 'onboarding');
    if (onboarding === undefined || onboarding === null) {
      const pending = list(spec, 'hiring').filter(([hire]) => isPendingHire(hire)).length;
      if (pending > 0) {
        findings.push({
          path: ['spec', 'hiring'],
          target: 'key',
          message: `The hiring plan has ${count(pending, 'position')} to fill but the charter has no onboarding: consider a plan with ramp-up weeks, a buddy and a training plan before they start.`,
        });
      }
      return findings;
    }
    const weeks = field(child(spec, 'onboarding'), 'rampWeeks');
    // A missing or non-numeric rampWeeks is the schema's to report.
    if (typeof weeks === 'number' && weeks < options.minWeeks) {
      findings.push({
        path: ['spec', 'onboarding', 'rampWeeks'],
        message: `Onboarding gives new members ${count(weeks, 'week')} to ramp up: consider at least ${options.minWeeks} weeks before they own outcomes.`,
      });
    }
    return findings;
  },
});
