import { defineRule, type RuleFinding } from '../rule';
import { field, isBlank, list, roadmapSpec, textOf, type Read } from '../../model/specModel';
import type { Roadmap } from '../../model/specTypes.generated';
import { idOf, roadmapExample } from './shared';

/**
 * The forms of a verb that mark an output: launch, launched; ship, shipped; build, built. Not the
 * -ing or -s forms, which are usually nouns in a metric ("Shipping cost per order", "Releases per month").
 */
function forms(verb: string): string[] {
  const base = verb.toLowerCase();
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const list = [base, `${stem}ed`, `${base}${base.slice(-1)}ed`];
  if (base.endsWith('ild')) list.push(`${base.slice(0, -1)}t`);
  return list;
}

/** The output verb a metric starts with, as the metric spells it, or undefined. */
function outputVerb(metric: string, verbs: readonly string[]): string | undefined {
  const first = /^\s*([A-Za-z]+)/.exec(metric)?.[1];
  if (!first) return undefined;
  return verbs.some((verb) => forms(verb).includes(first.toLowerCase())) ? first : undefined;
}

function isNumeric(target: unknown): boolean {
  if (typeof target === 'number') return Number.isFinite(target);
  return typeof target === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(target);
}

export const outputKeyResult = defineRule<{ outputWords: readonly string[] }>({
  meta: {
    id: 'execution/output-key-result',
    area: 'execution',
    severity: 'warning',
    description: 'Every key result has a numeric `target` and measures an outcome, not an output such as "Launch X".',
    rationale:
      'A key result says how the team will know the objective is reached. "Launch X" or "Ship Y" measures output: it is met the day the work is done, whether or not anything changed for customers or the business. A metric with a baseline and a numeric target keeps the team focused on the result and free to find the best way to get there.',
    options: {
      outputWords: {
        default: ['Launch', 'Ship', 'Build', 'Release'],
        description: 'Verbs that mark a key result as an output when its metric starts with them (as written or in the past tense, case ignored).',
      },
    },
    kinds: ['Roadmap'],
    examples: {
      fires: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`  objectives:
    - id: faster-cash
      objective: Merchants get their money when they need it
      visionGoal: retain-merchants
      period: 2026-Q4
      keyResults:
        - id: instant-payouts-live
          metric: Launch instant payouts
          target: done
          owner: sam
  items: []
`),
      },
      passes: {
        file: 'acme.roadmap.yaml',
        text: roadmapExample(`  objectives:
    - id: faster-cash
      objective: Merchants get their money when they need it
      visionGoal: retain-merchants
      period: 2026-Q4
      keyResults:
        - id: same-day-payout-share
          metric: Share of payouts settled the same day
          baseline: 12
          target: 50
          unit: "%"
          owner: sam
  items: []
`),
      },
    },
  },
  check({ doc, options }) {
    const spec = roadmapSpec(doc);
    if (!spec) return [];
    const verbs = Array.isArray(options.outputWords) ? options.outputWords.filter((word): word is string => typeof word === 'string') : [];
    const findings: RuleFinding[] = [];
    for (const [objective, o] of list(spec, 'objectives')) {
      for (const [keyResult, k] of list(objective, 'keyResults')) {
        findings.push(...checkKeyResult(keyResult, ['spec', 'objectives', o, 'keyResults', k], idOf(keyResult, k), idOf(objective, o), verbs));
      }
    }
    return findings;
  },
});

function checkKeyResult(keyResult: Read<Roadmap.KeyResult>, path: Array<string | number>, name: string, objective: string, verbs: readonly string[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const metric = textOf(keyResult, 'metric');
  const verb = metric === undefined ? undefined : outputVerb(metric, verbs);
  if (verb !== undefined) {
    findings.push({
      path: [...path, 'metric'],
      message: `Key result "${name}" of objective "${objective}" starts with "${verb}", which measures output: consider the change in customer or business behaviour the work should bring, with a baseline and a target.`,
    });
  }
  const target = field(keyResult, 'target');
  if (isBlank(target)) {
    findings.push({
      path: target === undefined ? path : [...path, 'target'],
      target: 'key',
      message: `Key result "${name}" of objective "${objective}" has no target: add the number the metric should reach by the end of the period.`,
    });
  } else if (!isNumeric(target)) {
    findings.push({
      path: [...path, 'target'],
      message: `Key result "${name}" of objective "${objective}" has ${typeof target === 'string' ? `the target "${target.trim()}"` : 'a target'}, which is not a number: give the value the metric should reach by the end of the period, with the unit in a separate unit field.`,
    });
  }
  return findings;
}
