import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { teamTree } from '../../server/src/core/views/teamTree';
import type { TreeNode } from '../../server/src/core/views/treeNode';
import { inputOf, outline, uriOf } from './model';

const CHARTER = fs.readFileSync(path.resolve(__dirname, '../../../test/report/fixtures/team/team.charter.yaml'), 'utf8');

/** The first node with a label, searching depth first. */
function find(nodes: readonly TreeNode[], label: string): TreeNode {
  const all = (list: readonly TreeNode[]): TreeNode[] => list.flatMap((node) => [node, ...all(node.children ?? [])]);
  const found = all(nodes).find((node) => node.label === label);
  assert.ok(found, `no node labelled ${label}`);
  return found;
}

describe('Product Team tree', () => {
  const planted = {
    'team.charter.yaml': [
      { code: 'team-development/stale-assessment', severity: 'warning' as const, path: ['spec', 'members', 2, 'coaching'] },
      { code: 'team-development/no-growth-areas', severity: 'info' as const, path: ['spec', 'members', 2] },
      { code: 'team-development/unknown-manager', severity: 'error' as const, path: ['spec', 'members', 6, 'reportsTo'] },
      { code: 'culture/team-without-designer', severity: 'warning' as const, path: ['spec', 'productTeams', 1] },
      { code: 'culture/peer-chemistry', severity: 'info' as const, path: ['spec', 'peers', 1] },
      { code: 'culture/peer-chemistry', severity: 'info' as const, path: ['spec', 'peers'] },
      { code: 'team-development/hiring-plan-incomplete', severity: 'info' as const, path: ['spec', 'hiring', 1] },
      { code: 'culture/no-celebration', severity: 'info' as const, path: ['spec'] },
    ],
  };
  const tree = teamTree(inputOf({ 'team.charter.yaml': CHARTER }, planted));

  it('shows the manager, the Head of Product and the reporting lines; people outside them; peers; teams; hires', () => {
    assert.deepEqual(outline(tree), [
      'Jordan Lee — CEO @10',
      '  Dana Whitfield — Head of Product @19',
      '    Ravi Menon — Group PM @22',
      '      Sam Okafor — Senior PM [2] @27',
      '    Léa Dubois — Product designer @35',
      '    Omar Haddad — Data analyst @39',
      '      Yuki Tanaka — Data analyst @43',
      'Outside the reporting line — 3 people',
      '  Zoe Gray — PM · reportsTo "nobody" is not a member [1] @47',
      '  Cy One — Associate PM · in a reporting cycle @51',
      '    Di Two — Associate PM @55',
      'Peers — 2 [2] @13',
      '  Priya Raman — CTO @13',
      '  VP Marketing [1] @17',
      'Product teams — 2 [1] @60',
      '  Payouts — 6 engineers @60',
      '    Sam Okafor — PM [2] @63',
      '    Léa Dubois — Designer @64',
      '    Omar Haddad — Analyst @65',
      '    Chris Doyle — Tech lead @66',
      '    Ravi Menon — Member @22',
      '  Insights — 1 engineer [1] @68',
      '    Zoe Gray — PM [1] @71',
      '    No designer — Designer @68',
      '    No analyst — Analyst @68',
      'Open and planned hires — 2 [1] @74',
      '  Product designer — senior · interviewing @74',
      '  PM — planned [1] @81',
    ]);
  });

  it('gives each node its kind, expansion and a stable id', () => {
    const kinds = (nodes: readonly TreeNode[]): string[] => nodes.map((node) => node.kind);
    assert.deepEqual(kinds(tree), ['manager', 'unplaced', 'peers', 'teams', 'hiring']);
    const head = tree[0].children![0];
    assert.equal(head.kind, 'head');
    assert.equal(head.expanded, true);
    assert.equal(tree[0].expanded, true);
    assert.equal(head.id, `${uriOf('team.charter.yaml')}#member/dana`);
    assert.deepEqual(kinds(find(tree, 'Insights').children!), ['teamRole', 'vacancy', 'vacancy']);
    assert.equal(find(tree, 'Open and planned hires').children![1].id, `${uriOf('team.charter.yaml')}#hiring/1`);
    const ids = new Set<string>();
    const walk = (nodes: readonly TreeNode[]): void => nodes.forEach((node) => (assert.ok(!ids.has(node.id), node.id), ids.add(node.id), walk(node.children ?? [])));
    walk(tree);
  });

  it('writes tooltips about the person, the peer, the team and the hire', () => {
    assert.equal(find(tree, 'Jordan Lee').tooltip, 'Jordan Lee, CEO: the Head of Product reports to them.');
    assert.equal(find(tree, 'Sam Okafor').tooltip, 'Sam Okafor, Senior PM\nReports to Ravi Menon\nTeams: Payouts\nOne-on-one: weekly\nMentor: Dana Whitfield');
    assert.equal(find(tree, 'Priya Raman').tooltip, 'Priya Raman, CTO\nOne-on-one: weekly, last on 2026-11-19');
    assert.equal(find(tree, 'VP Marketing').tooltip, 'VP Marketing\nOne-on-one: no cadence');
    assert.equal(find(tree, 'Payouts').tooltip, 'Money on time.');
    assert.equal(
      find(tree, 'Product designer').tooltip,
      'Product designer (senior) for Insights, reporting to Dana Whitfield\nStatus: interviewing, target 2027-Q1\nInsights has no designer.',
    );
  });

  it('opens each person at their entry in the charter', () => {
    const sam = find(tree, 'Sam Okafor');
    assert.deepEqual(sam.location, { uri: uriOf('team.charter.yaml'), range: { start: { line: 26, character: 6 }, end: { line: 26, character: 13 } } });
  });

  it('puts the Head of Product at the top when the charter names no manager, and shows one root per charter', () => {
    const noManager = CHARTER.replace('  reportsTo:\n    role: CEO\n    name: Jordan Lee\n', '');
    assert.deepEqual(outline(teamTree(inputOf({ 'team.charter.yaml': noManager }))).slice(0, 2), ['Dana Whitfield — Head of Product @16', '  Ravi Menon — Group PM @19']);
    const two = teamTree(inputOf({ 'a.charter.yaml': CHARTER, 'b.charter.yaml': CHARTER.replace('id: tree-team', 'id: other-team') }));
    assert.deepEqual(
      two.map((node) => [node.kind, node.label, node.description, node.children?.length]),
      [
        ['charter', 'tree-team', 'team charter', 5],
        ['charter', 'other-team', 'team charter', 5],
      ],
    );
  });

  it('survives a charter the schema rejects', () => {
    const broken = 'apiVersion: productspecs/v1\nkind: TeamCharter\nmetadata:\n  id: x\nspec:\n  members: {dana: 1}\n  productTeams: [1, null, {name: Solo}]\n  peers: nope\n';
    assert.deepEqual(outline(teamTree(inputOf({ 'team.charter.yaml': broken }))), [
      'Product teams — 1 @7',
      '  Solo — engineers not given @7',
      '    No PM — PM @7',
      '    No designer — Designer @7',
      '    No analyst — Analyst @7',
    ]);
    assert.deepEqual(teamTree(inputOf({ 'a.vision.yaml': 'kind: Vision\n' })), []);
  });
});
