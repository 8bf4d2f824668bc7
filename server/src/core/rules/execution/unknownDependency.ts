import { defineRule, type RuleFinding } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { field, list, roadmapSpec, text, textOf } from '../../model/specModel';
import { idOf, roadmapExample } from './shared';

function dependencyExample(ledgerDependsOn: string): string {
  return roadmapExample(`  items:
    - id: real-time-ledger
      title: Real-time balance ledger
      horizon: now
      theme: cash-flow
      owner: sam
      stage: delivery
${ledgerDependsOn}    - id: instant-payouts
      title: Instant payouts to debit cards
      horizon: next
      theme: cash-flow
      owner: sam
      stage: discovery
      dependsOn: [real-time-ledger]
`);
}

/** One `dependsOn` entry that names an item of this roadmap. */
interface Edge {
  readonly to: number;
  readonly entry: number;
}

export const unknownDependency = defineRule({
  meta: {
    id: 'execution/unknown-dependency',
    area: 'execution',
    severity: 'error',
    description: "Every `dependsOn` entry names an item, and the dependencies between a roadmap's items form no cycle.",
    rationale:
      'Dependencies are one of the biggest planning risks, so they need to be right. A dependency on an item that does not exist, usually a typo or a renamed item, hides a real risk. A cycle means none of the items can start first: the plan cannot be executed as written, and the teams involved need to agree which way the dependency really goes.',
    options: {},
    kinds: ['Roadmap'],
    crossFile: true,
    examples: {
      fires: { file: 'acme.roadmap.yaml', text: dependencyExample('      dependsOn: [instant-payouts]\n') },
      passes: { file: 'acme.roadmap.yaml', text: dependencyExample('') },
    },
  },
  check(context) {
    const spec = roadmapSpec(context.doc);
    if (!spec) return [];
    const items = list(spec, 'items');
    const local = new Map<string, number>();
    for (const [item, i] of items) {
      const id = textOf(item, 'id');
      if (id !== undefined && !local.has(id)) local.set(id, i);
    }
    const findings: RuleFinding[] = unknownReferences(context, 'execution/unknown-dependency');
    const edges = new Map<number, Edge[]>();
    for (const [item, i] of items) {
      const written = field(item, 'dependsOn');
      const dependsOn: unknown[] = Array.isArray(written) ? written : [];
      const out: Edge[] = [];
      dependsOn.forEach((dependency, entry) => {
        const target = local.get(text(dependency) ?? '');
        if (target !== undefined && !out.some((edge) => edge.to === target)) out.push({ to: target, entry });
      });
      edges.set(i, out);
    }
    const names = new Map(items.map(([item, i]) => [i, idOf(item, i)]));
    findings.push(...cycles([...names.keys()], edges, (i) => names.get(i) ?? `#${i + 1}`));
    return findings;
  },
});

/** One finding per `dependsOn` entry that closes a cycle, found by a depth-first walk in item order. */
function cycles(nodes: number[], edges: Map<number, Edge[]>, name: (node: number) => string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const state = new Map<number, 'open' | 'done'>();
  for (const root of nodes) {
    if (state.has(root)) continue;
    const path: number[] = [root];
    const cursors: number[] = [0];
    state.set(root, 'open');
    while (path.length > 0) {
      const node = path[path.length - 1];
      const out = edges.get(node) ?? [];
      const cursor = cursors[cursors.length - 1]++;
      if (cursor >= out.length) {
        state.set(node, 'done');
        path.pop();
        cursors.pop();
        continue;
      }
      const edge = out[cursor];
      const seen = state.get(edge.to);
      if (seen === undefined) {
        state.set(edge.to, 'open');
        path.push(edge.to);
        cursors.push(0);
      } else if (seen === 'open') {
        const loop = [...path.slice(path.indexOf(edge.to)), edge.to].map(name).join(' → ');
        findings.push({
          path: ['spec', 'items', node, 'dependsOn', edge.entry],
          message: `Item "${name(node)}" depends on "${name(edge.to)}", which closes the cycle ${loop}: none of these items can start first, so remove the dependency that does not really hold.`,
        });
      }
    }
  }
  return findings;
}
