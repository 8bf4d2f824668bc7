import * as assert from 'node:assert/strict';
import { roadmapTree } from '../../server/src/core/report/roadmapTree';
import { inputOf, outline, uriOf } from './model';

const CHARTER = `apiVersion: productspecs/v1
kind: TeamCharter
metadata:
  id: team
spec:
  purpose: p
  mission: m
  headOfProduct: dana
  members:
    - id: dana
      name: Dana Whitfield
      role: head-of-product
    - id: sam
      name: Sam Okafor
      role: pm
      reportsTo: dana
`;

const ROADMAP = `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: pay-roadmap
  product: Acme Pay
spec:
  format: now-next-later
  themes: []
  items:
    - id: ledger
      title: Real-time ledger
      horizon: now
      owner: sam
      team: payouts
      stage: delivery
      confidence: high
      outcome:
        metric: Incidents per month
        target: 0
    - id: digest
      title: Weekly digest
      horizon: later
      owner: ghost
      stage: opportunity
    - id: retries
      title: Smart retries
      horizon: now
      owner: dana
      stage: discovery
    - id: q3-thing
      title: Timeline item
      timeframe: 2027-Q3
      owner: sam
      stage: validated
    - id: q1-thing
      timeframe: 2027-Q1
      stage: opportunity
    - id: loose
      title: No horizon
      owner: sam
`;

describe('Roadmap tree', () => {
  it('groups items into now, next and later, then timeline periods, then unscheduled, with owner and stage', () => {
    const tree = roadmapTree(
      inputOf({ 'team.charter.yaml': CHARTER, 'pay.roadmap.yaml': ROADMAP }, { 'pay.roadmap.yaml': [{ code: 'execution/x', severity: 'warning', path: ['spec', 'items', 2, 'stage'] }] }),
    );
    assert.deepEqual(outline(tree), [
      'Now — 2 items',
      '  Real-time ledger — Sam Okafor · delivery @10',
      '  Smart retries — Dana Whitfield · discovery [1] @25',
      'Next — 0 items',
      'Later — 1 item',
      '  Weekly digest — ghost · opportunity @20',
      '2027-Q1 — 1 item',
      '  q1-thing — no owner · opportunity @35',
      '2027-Q3 — 1 item',
      '  Timeline item — Sam Okafor · validated @30',
      'Unscheduled — 1 item',
      '  No horizon — Sam Okafor · no stage @38',
    ]);
    assert.equal(tree[0].expanded, true);
    assert.equal(tree[1].expanded, undefined);
    assert.equal(tree[0].children![0].tooltip, 'Real-time ledger\nid: ledger\nOwner: Sam Okafor\nStage: delivery\nTeam: payouts\nConfidence: high\nOutcome: Incidents per month → 0');
    assert.equal(tree[0].children![0].id, `${uriOf('pay.roadmap.yaml')}#items/0`);
    assert.equal(tree[0].children![0].kind, 'item');
  });

  it('shows one root per roadmap when there are several', () => {
    const tree = roadmapTree(inputOf({ 'a.roadmap.yaml': ROADMAP, 'b.roadmap.yaml': ROADMAP.replace('  product: Acme Pay\n', '') }));
    assert.deepEqual(
      tree.map((node) => [node.kind, node.label, node.description, node.children!.map((child) => child.label)]),
      [
        ['roadmap', 'Acme Pay', 'pay-roadmap', ['Now', 'Next', 'Later', '2027-Q1', '2027-Q3', 'Unscheduled']],
        ['roadmap', 'pay-roadmap', 'pay-roadmap', ['Now', 'Next', 'Later', '2027-Q1', '2027-Q3', 'Unscheduled']],
      ],
    );
  });

  it('shows empty horizons for a roadmap without items, and nothing without a roadmap', () => {
    const empty = 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata:\n  id: r\nspec:\n  items: nope\n';
    assert.deepEqual(outline(roadmapTree(inputOf({ 'r.roadmap.yaml': empty }))), ['Now — 0 items', 'Next — 0 items', 'Later — 0 items']);
    assert.deepEqual(roadmapTree(inputOf({ 'team.charter.yaml': CHARTER })), []);
  });
});
