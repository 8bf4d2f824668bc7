import { defineRule, type RuleFinding } from '../rule';
import { field, list, roadmapSpec, textOf } from '../../model/specModel';
import { count } from '../util';
import { groupBy, idOf, ordinal, roadmapExample } from './shared';

function objectivesExample(periods: string[]): string {
  const objectives = periods
    .map(
      (period, i) => `    - id: objective-${i + 1}
      objective: Objective number ${i + 1}
      visionGoal: retain-merchants
      period: ${period}
      keyResults:
        - id: result-${i + 1}
          metric: Share of merchants active weekly
          baseline: 40
          target: ${50 + i}
`,
    )
    .join('');
  return roadmapExample(`  objectives:
${objectives}  items: []
`);
}

export const tooManyObjectives = defineRule<{ max: number; maxKeyResults: number }>({
  meta: {
    id: 'execution/too-many-objectives',
    area: 'execution',
    severity: 'warning',
    description: 'At most `max` objectives per period, and every objective has between one and `maxKeyResults` key results.',
    rationale:
      'Objectives are a statement of focus: when everything is an objective, nothing is, and the teams spread themselves thin. An objective without key results cannot be measured, and one with many key results hides what really matters. Five objectives per period and two to five key results each are practitioner heuristics: consider what lets every team name its priorities from memory.',
    options: {
      max: { default: 5, description: 'The most objectives in one period.' },
      maxKeyResults: { default: 5, description: 'The most key results one objective should have.' },
    },
    kinds: ['Roadmap'],
    examples: {
      fires: { file: 'acme.roadmap.yaml', text: objectivesExample(['2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4']) },
      passes: { file: 'acme.roadmap.yaml', text: objectivesExample(['2026-Q4', '2026-Q4', '2026-Q4', '2027-Q1', '2027-Q1', '2027-Q1']) },
    },
  },
  check({ doc, options }) {
    const spec = roadmapSpec(doc);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    const objectives = list(spec, 'objectives');
    const byPeriod = groupBy(objectives, (objective) => textOf(objective, 'period'), idOf);
    for (const [objective, index] of objectives) {
      const keyResults = field(objective, 'keyResults');
      const results = list(objective, 'keyResults').length;
      if (results === 0) {
        findings.push({
          path: keyResults === undefined ? ['spec', 'objectives', index] : ['spec', 'objectives', index, 'keyResults'],
          target: 'key',
          message: `Objective "${idOf(objective, index)}" has no key result: add the measurable results (at most ${options.maxKeyResults}) that show it is reached.`,
        });
      } else if (results > options.maxKeyResults) {
        findings.push({
          path: ['spec', 'objectives', index, 'keyResults'],
          target: 'key',
          message: `Objective "${idOf(objective, index)}" has ${count(results, 'key result')}: consider keeping the ${options.maxKeyResults} that best show it is reached, so the team knows what matters most.`,
        });
      }
    }
    for (const [period, indices] of byPeriod) {
      if (indices.length <= options.max) continue;
      indices.slice(options.max).forEach(([name, index], extra) => {
        findings.push({
          path: ['spec', 'objectives', index, 'period'],
          message: `Objective "${name}" is the ${ordinal(options.max + extra + 1)} of ${count(indices.length, 'objective')} for ${period}: consider at most ${options.max} per period, so the teams keep their focus.`,
        });
      });
    }
    return findings;
  },
});
