import * as assert from 'node:assert/strict';
import { roadmapTree } from '../../server/src/core/views/roadmapTree';
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
  it('groups items into now, next and later (timeline items by the horizon their timeframe makes them, shown next to it), then unscheduled, with owner and stage', () => {
    const tree = roadmapTree(
      inputOf(
        { 'team.charter.yaml': CHARTER, 'pay.roadmap.yaml': ROADMAP },
        { 'pay.roadmap.yaml': [{ code: 'execution/x', severity: 'warning', path: ['spec', 'items', 2, 'stage'] }] },
      ),
    );
    assert.deepEqual(outline(tree), [
      'Now — 2 items',
      '  Real-time ledger — Sam Okafor · delivery @10',
      '  Smart retries — Dana Whitfield · discovery [1] @25',
      'Next — 1 item',
      '  q1-thing — 2027-Q1 (next) · no owner · opportunity @35',
      'Later — 2 items',
      '  Weekly digest — ghost · opportunity @20',
      '  Timeline item — 2027-Q3 (later) · Sam Okafor · validated @30',
      'Unscheduled — 1 item',
      '  No horizon — Sam Okafor · no stage @38',
    ]);
    assert.equal(tree[0].expanded, true);
    assert.equal(tree[1].expanded, undefined);
    assert.equal(
      tree[0].children![0].tooltip,
      'Real-time ledger\nid: ledger\nOwner: Sam Okafor\nStage: delivery\nTeam: payouts\nConfidence: high\nOutcome: Incidents per month → 0',
    );
    assert.equal(tree[0].children![0].id, `${uriOf('pay.roadmap.yaml')}#items/0`);
    assert.equal(tree[0].children![0].kind, 'item');
  });

  it('shows one root per roadmap when there are several', () => {
    const tree = roadmapTree(inputOf({ 'a.roadmap.yaml': ROADMAP, 'b.roadmap.yaml': ROADMAP.replace('  product: Acme Pay\n', '') }));
    assert.deepEqual(
      tree.map((node) => [node.kind, node.label, node.description, node.children!.map((child) => child.label)]),
      [
        ['roadmap', 'Acme Pay', 'pay-roadmap', ['Now', 'Next', 'Later', 'Unscheduled']],
        ['roadmap', 'pay-roadmap', 'pay-roadmap', ['Now', 'Next', 'Later', 'Unscheduled']],
      ],
    );
  });

  it('places timeline items by today: the quarter holding today is now, the next one next, a released item whose timeframe ended apart', () => {
    const timeline = `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: r
spec:
  format: timeline
  themes: []
  items:
    - id: this-quarter
      timeframe: 2026-Q4
      stage: delivery
    - id: overdue
      timeframe: 2026-Q2
      stage: delivery
    - id: shipped
      timeframe: 2026-Q2
      stage: released
    - id: next-half
      timeframe: 2027-H1
      stage: discovery
    - id: year-after
      timeframe: 2028
      stage: opportunity
`;
    const tree = roadmapTree(inputOf({ 'r.roadmap.yaml': timeline }, {}, { today: '2026-12-31' }));
    assert.deepEqual(outline(tree), [
      'Now — 2 items',
      '  this-quarter — 2026-Q4 (now) · no owner · delivery @9',
      '  overdue — 2026-Q2 (now) · no owner · delivery @12',
      'Next — 1 item',
      '  next-half — 2027-H1 (next) · no owner · discovery @18',
      'Later — 1 item',
      '  year-after — 2028 (later) · no owner · opportunity @21',
      'Released (timeframe ended) — 1 item',
      '  shipped — 2026-Q2 (released, timeframe ended) · no owner · released @15',
    ]);
    assert.equal(tree[0].children![0].tooltip, 'this-quarter\nid: this-quarter\nTimeframe: 2026-Q4 (now)\nOwner: none\nStage: delivery');
    // On the first day of 2027 the first quarter holds today, and 2028 is the next year.
    assert.deepEqual(
      outline(roadmapTree(inputOf({ 'r.roadmap.yaml': timeline }, {}, { today: '2027-01-01' }))).filter((line) => !line.startsWith('  ')),
      ['Now — 3 items', 'Next — 1 item', 'Later — 0 items', 'Released (timeframe ended) — 1 item'],
    );
  });

  it('shows empty horizons for a roadmap without items, and nothing without a roadmap', () => {
    const empty = 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata:\n  id: r\nspec:\n  items: nope\n';
    assert.deepEqual(outline(roadmapTree(inputOf({ 'r.roadmap.yaml': empty }))), ['Now — 0 items', 'Next — 0 items', 'Later — 0 items']);
    assert.deepEqual(roadmapTree(inputOf({ 'team.charter.yaml': CHARTER })), []);
  });
});
