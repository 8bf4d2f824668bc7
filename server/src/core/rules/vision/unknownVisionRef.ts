import { closest } from '../../suggest';
import type { WorkspaceIndex } from '../../workspaceIndex';
import { defineRule, type RuleFinding } from '../rule';
import { entries, get, suggester, text } from '../util';
import { capitalized, documentName, idOf, ROADMAP_SPEC, roadmapExample, visionExample, workspaceExample } from './shared';

/** The uris of the visions a roadmap can refer to: the one it serves, or every vision when that one is unknown. */
function visionScope(index: WorkspaceIndex, visionId: string | undefined): { uris: Set<string>; missing: string } {
  const served = visionId ? index.definitions('vision', visionId) : [];
  if (served.length > 0) return { uris: new Set(served.map((definition) => definition.uri)), missing: `vision "${visionId}" does not define` };
  return { uris: new Set(index.documents('Vision').map((doc) => doc.uri)), missing: 'no vision of the workspace defines' };
}

/** The finding for a value that names nothing, with a did-you-mean when a known id is close. */
function unknown(path: RuleFinding['path'], id: string, what: string, known: readonly string[], fix: string, suggest = closest): RuleFinding {
  const suggestion = suggest(id, known);
  if (suggestion !== undefined) {
    return { path, message: `${what}: did you mean "${suggestion}"?`, data: { replacement: suggestion } };
  }
  return { path, message: `${what}: ${fix}.` };
}

export const unknownVisionRef = defineRule({
  meta: {
    id: 'vision/unknown-vision-ref',
    area: 'vision',
    severity: 'error',
    description: "A roadmap's `metadata.vision`, its objectives' `visionGoal` and its themes' `needs` name a vision, goals and needs that exist.",
    rationale:
      'The links from roadmap to vision are what make the roadmap traceable: each objective moves a business goal, each theme works on a customer need. A misspelled or deleted id silently breaks that chain, and the roadmap looks aligned when it is not. Keeping every reference valid keeps the "why" behind each piece of work one click away.',
    options: {},
    kinds: ['Roadmap'],
    crossFile: true,
    examples: {
      fires: workspaceExample(
        'acme.roadmap.yaml',
        roadmapExample({ spec: ROADMAP_SPEC.replace('visionGoal: grow-active-merchants', 'visionGoal: grow-active-merchant') }),
        { 'acme.vision.yaml': visionExample() },
      ),
      passes: workspaceExample('acme.roadmap.yaml', roadmapExample(), { 'acme.vision.yaml': visionExample() }),
    },
  },
  check({ value, index }) {
    // Without any vision in the workspace, every reference would be unknown: nothing useful to say.
    if (index.documents('Vision').length === 0) return [];
    const findings: RuleFinding[] = [];
    const suggest = suggester();
    const visionId = text(get(value, 'metadata', 'vision'));
    if (visionId && !index.lookup('vision', visionId)) {
      const visions = [...index.ids('vision')];
      findings.push(
        unknown(
          ['metadata', 'vision'],
          visionId,
          `${capitalized(documentName(value, 'roadmap'))} serves vision "${visionId}", which no vision file defines`,
          visions,
          'use the metadata.id of the vision this roadmap serves',
        ),
      );
    }
    const scope = visionScope(index, visionId);
    const idsOf = (kind: 'goal' | 'need'): string[] => [
      ...new Set(
        index
          .definitions(kind)
          .filter((definition) => scope.uris.has(definition.uri))
          .map((definition) => definition.id),
      ),
    ];
    const spec = get(value, 'spec');
    // A vision without goals (or needs) is the schema's to report; do not flag every reference to it.
    const goals = idsOf('goal');
    if (goals.length > 0) {
      for (const [objective, i] of entries(get(spec, 'objectives'))) {
        const goal = text(objective.visionGoal);
        if (!goal || goals.includes(goal)) continue;
        const name = idOf(objective, i);
        findings.push(
          unknown(
            ['spec', 'objectives', i, 'visionGoal'],
            goal,
            `Objective "${name}" traces to goal "${goal}", which ${scope.missing}`,
            goals,
            "use the id of one of the vision's goals",
            suggest,
          ),
        );
      }
    }
    const needs = idsOf('need');
    if (needs.length > 0) {
      for (const [theme, i] of entries(get(spec, 'themes'))) {
        const name = idOf(theme, i);
        const listed = get(theme, 'needs');
        if (!Array.isArray(listed)) continue;
        listed.forEach((need, j) => {
          const id = text(need);
          if (!id || needs.includes(id)) return;
          findings.push(
            unknown(
              ['spec', 'themes', i, 'needs', j],
              id,
              `Theme "${name}" names need "${id}", which ${scope.missing}`,
              needs,
              "use the id of one of the vision's needs",
              suggest,
            ),
          );
        });
      }
    }
    return findings;
  },
});
