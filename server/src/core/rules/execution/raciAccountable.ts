import { defineRule } from '../rule';
import { field, list } from '../../model/specModel';
import { count, quoteList } from '../util';
import { eachItem, idOf, nameOf, nowItemExample, roadmapExample } from './shared';

function stakeholdersExample(raci: string[]): string {
  const who = ['Payouts team', 'sam', 'Head of Risk and Compliance', 'VP Marketing'];
  return roadmapExample(`  items:
${nowItemExample('delivery', '')}      stakeholders:
${raci.map((role, i) => `        - who: ${who[i]}\n          raci: ${role}\n`).join('')}`);
}

export const raciAccountable = defineRule({
  meta: {
    id: 'execution/raci-accountable',
    area: 'execution',
    severity: 'warning',
    description: 'An item that lists stakeholders has exactly one accountable stakeholder (`raci: A`).',
    rationale:
      'Stakeholder management starts with knowing who decides. With nobody accountable, decisions stall or get made in the corridor; with two, they are made twice and differently. One accountable person per item, with the others responsible, consulted or informed, keeps decisions fast and surprises rare.',
    options: {},
    kinds: ['Roadmap'],
    examples: {
      fires: { file: 'acme.roadmap.yaml', text: stakeholdersExample(['R', 'A', 'A', 'I']) },
      passes: { file: 'acme.roadmap.yaml', text: stakeholdersExample(['R', 'A', 'C', 'I']) },
    },
  },
  check({ doc }) {
    return eachItem(doc, (item, index) => {
      const stakeholders = list(item, 'stakeholders');
      if (stakeholders.length === 0) return undefined;
      const accountable = stakeholders.filter(([stakeholder]) => field(stakeholder, 'raci') === 'A');
      if (accountable.length === 1) return undefined;
      const name = idOf(item, index);
      const path = ['spec', 'items', index, 'stakeholders'];
      if (accountable.length === 0) {
        return {
          path,
          target: 'key',
          message: `Item "${name}" has stakeholders but nobody accountable: mark the one person who decides and answers for it with raci A.`,
        };
      }
      const names = accountable.map(([stakeholder, i]) => nameOf(stakeholder, i, 'who'));
      return {
        path,
        target: 'key',
        message: `Item "${name}" has ${count(accountable.length, 'accountable stakeholder')} (${quoteList(names)}): keep exactly one A, the person who decides, and make the others R, C or I.`,
      };
    });
  },
});
