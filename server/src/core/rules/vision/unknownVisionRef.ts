import { defineRule } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { ROADMAP_SPEC, roadmapExample, visionExample, workspaceExample } from './shared';

export const unknownVisionRef = defineRule({
  meta: {
    id: 'vision/unknown-vision-ref',
    area: 'vision',
    severity: 'error',
    description:
      "A roadmap's `metadata.vision`, its objectives' `visionGoal`, its themes' `needs` and `targetGroup`, and a vision need's `targetGroup` name a vision, goals, needs and target groups that exist (those of the vision the roadmap serves).",
    rationale:
      'The links from roadmap to vision are what make the roadmap traceable: each objective moves a business goal, each theme works on a customer need. A misspelled or deleted id silently breaks that chain, and the roadmap looks aligned when it is not. Keeping every reference valid keeps the "why" behind each piece of work one click away.',
    options: {},
    kinds: ['Roadmap', 'Vision'],
    crossFile: true,
    examples: {
      fires: workspaceExample('acme.roadmap.yaml', roadmapExample({ spec: ROADMAP_SPEC.replace('visionGoal: grow-active-merchants', 'visionGoal: grow-active-merchant') }), {
        'acme.vision.yaml': visionExample(),
      }),
      passes: workspaceExample('acme.roadmap.yaml', roadmapExample(), { 'acme.vision.yaml': visionExample() }),
    },
  },
  check(context) {
    return unknownReferences(context, 'vision/unknown-vision-ref');
  },
});
