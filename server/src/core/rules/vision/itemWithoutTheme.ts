import { defineRule, type RuleFinding } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { field, isBlank, list, roadmapSpec } from '../../model/specModel';
import { idOf, ROADMAP_SPEC, roadmapExample } from './shared';

export const itemWithoutTheme = defineRule({
  meta: {
    id: 'vision/item-without-theme',
    area: 'vision',
    severity: 'warning',
    description: 'Every roadmap item belongs to a `theme` of its roadmap, and every theme states the customer `problem` it addresses.',
    rationale:
      'Themes are how a roadmap traces to the vision: each groups work around a customer problem and names the vision needs behind it. An item outside any theme is hard to justify and tends to be a feature request that skipped the "why". A theme without a problem is a feature area in disguise, and it leaves the teams no room to find the best solution.',
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: { file: 'acme.roadmap.yaml', text: roadmapExample({ spec: ROADMAP_SPEC.replace('      theme: cash-flow\n', '') }) },
      passes: { file: 'acme.roadmap.yaml', text: roadmapExample() },
    },
  },
  check(context) {
    const spec = roadmapSpec(context.doc);
    const findings: RuleFinding[] = unknownReferences(context, 'vision/item-without-theme');
    for (const [theme, i] of list(spec, 'themes')) {
      const problem = field(theme, 'problem');
      if (!isBlank(problem)) continue;
      const message = `Theme "${idOf(theme, i)}" has no problem: describe the customer problem it addresses, so the teams can look for the best solution.`;
      findings.push(problem === undefined ? { path: ['spec', 'themes', i], message } : { path: ['spec', 'themes', i, 'problem'], target: 'key', message });
    }
    for (const [item, i] of list(spec, 'items')) {
      const theme = field(item, 'theme');
      if (!isBlank(theme)) continue;
      const message = `Item "${idOf(item, i)}" has no theme: add the theme it belongs to, so it traces to a customer problem and the vision.`;
      findings.push(theme === undefined ? { path: ['spec', 'items', i], message } : { path: ['spec', 'items', i, 'theme'], target: 'key', message });
    }
    return findings;
  },
});
