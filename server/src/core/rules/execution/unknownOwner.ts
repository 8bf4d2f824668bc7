import type { JsonPath } from '../../types';
import { defineRule, type RuleFinding } from '../rule';
import { entries, get, suggester, text } from '../util';
import { charterExample, definedIds, hasCharter, items, nameOf, specOf } from './shared';

function charterOwnedBy(owner: string): string {
  return charterExample('').replace('  id: acme-product-team\n', `  id: acme-product-team\n  owner: ${owner}\n`);
}

const WHAT: Record<string, string> = { Vision: 'vision', Roadmap: 'roadmap', TeamCharter: 'charter' };

export const unknownOwner = defineRule({
  meta: {
    id: 'execution/unknown-owner',
    area: 'execution',
    severity: 'error',
    description: 'Every owner (of a vision, roadmap, charter, roadmap item or key result) is a member of a team charter.',
    rationale:
      'Ownership only works when the owner is a real person on the team: someone you can coach, ask and hold accountable. An owner that names nobody, often a typo or someone who left, means the item, key result or vision has no one looking after it. Keeping owners in step with the team charter also keeps the org chart and the roadmap telling the same story.',
    options: {},
    kinds: ['Vision', 'Roadmap', 'TeamCharter'],
    crossFile: true,
    examples: {
      fires: { file: 'team.charter.yaml', text: charterOwnedBy('dan') },
      passes: { file: 'team.charter.yaml', text: charterOwnedBy('dana') },
    },
  },
  check({ doc, value, index }) {
    if (!hasCharter(index)) return [];
    const members = definedIds(index, 'member');
    const known = new Set(members);
    const findings: RuleFinding[] = [];
    const suggest = suggester();
    const checkOwner = (owner: unknown, path: JsonPath, whose: string): void => {
      const id = text(owner);
      if (id === undefined || known.has(id)) return;
      const suggestion = suggest(id, members);
      findings.push({
        path,
        message: suggestion
          ? `The owner "${id}" of ${whose} is not a member of any team charter: did you mean "${suggestion}"? Otherwise add them to the charter's members.`
          : `The owner "${id}" of ${whose} is not a member of any team charter: name a member who owns it, or add them to the charter's members.`,
        ...(suggestion ? { data: { replacement: suggestion } } : {}),
      });
    };
    const kind = doc.kind ?? '';
    checkOwner(get(value, 'metadata', 'owner'), ['metadata', 'owner'], `this ${WHAT[kind] ?? 'file'}`);
    const spec = specOf(value);
    if (kind !== 'Roadmap' || !spec) return findings;
    for (const [objective, o] of entries(spec.objectives)) {
      for (const [keyResult, k] of entries(objective.keyResults)) {
        checkOwner(keyResult.owner, ['spec', 'objectives', o, 'keyResults', k, 'owner'], `key result "${nameOf(keyResult, k)}"`);
      }
    }
    for (const [item, i] of items(spec)) {
      checkOwner(item.owner, ['spec', 'items', i, 'owner'], `item "${nameOf(item, i)}"`);
    }
    return findings;
  },
});
