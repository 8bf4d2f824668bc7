import * as assert from 'node:assert/strict';
import { treeItemShape } from '../../client/src/views/treeItemShape';
import type { TreeNode } from '../../server/src/core/views/treeNode';

const location = { uri: 'file:///w/team.charter.yaml', range: { start: { line: 26, character: 6 }, end: { line: 26, character: 13 } } };

describe('tree items', () => {
  it('a person: role and hint count as description, person icon, opens their entry', () => {
    const node: TreeNode = { id: 'a', kind: 'member', label: 'Sam Okafor', description: 'Senior PM', tooltip: 'Sam Okafor, Senior PM', hints: 2, location };
    assert.deepEqual(treeItemShape(node), {
      label: 'Sam Okafor',
      description: 'Senior PM · 2 hints',
      tooltip: 'Sam Okafor, Senior PM\n2 hints about this entry',
      icon: { id: 'person' },
      collapsible: 'none',
      contextValue: 'member',
      open: location,
    });
  });

  it('the Head of Product: expanded with reports, one hint, star icon', () => {
    const child: TreeNode = { id: 'b', kind: 'member', label: 'Ravi' };
    const shape = treeItemShape({ id: 'a', kind: 'head', label: 'Dana', description: 'Head of Product', hints: 1, expanded: true, children: [child] });
    assert.deepEqual([shape.description, shape.icon, shape.collapsible], ['Head of Product · 1 hint', { id: 'star-full' }, 'expanded']);
    assert.equal(treeItemShape({ id: 'c', kind: 'team', label: 'Payouts', children: [child] }).collapsible, 'collapsed');
  });

  it('findings and rules: coloured by severity; their counts are not repeated in the description', () => {
    const finding = treeItemShape({ id: 'f', kind: 'finding', label: 'No outcome', description: 'a.roadmap.yaml:3', severity: 'warning', location });
    assert.deepEqual([finding.description, finding.icon], ['a.roadmap.yaml:3', { id: 'warning', color: 'problemsWarningIcon.foreground' }]);
    const rule = treeItemShape({ id: 'r', kind: 'rule', label: 'execution/x', description: '3 findings', hints: 3, severity: 'error', children: [] });
    assert.deepEqual([rule.description, rule.icon, rule.contextValue], ['3 findings', { id: 'law', color: 'problemsErrorIcon.foreground' }, 'rule']);
  });

  it('areas: a pass icon when clean, the colour of the worst finding otherwise', () => {
    assert.deepEqual(treeItemShape({ id: 'v', kind: 'area', label: 'Vision creation', description: '100/100' }).icon, { id: 'pass', color: 'testing.iconPassed' });
    assert.deepEqual(treeItemShape({ id: 'v', kind: 'area', label: 'Culture', hints: 2, severity: 'info' }).icon, { id: 'graph', color: 'problemsInfoIcon.foreground' });
  });

  it('a roadmap item shows owner and stage; a horizon group has no location', () => {
    const item = treeItemShape({ id: 'i', kind: 'item', label: 'Instant payouts', description: 'Sam Okafor · delivery', location });
    assert.deepEqual([item.description, item.icon.id, item.open], ['Sam Okafor · delivery', 'milestone', location]);
    assert.equal(treeItemShape({ id: 'h', kind: 'horizon', label: 'Now', description: '0 items' }).open, undefined);
  });
});
