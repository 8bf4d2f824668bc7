import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { treeItemShape } from '../../client/src/views/treeItemShape';
import { readCharter } from '../../server/src/core/report/charter';
import { orgChart } from '../../server/src/core/report/orgChart';
import { roadmapTree } from '../../server/src/core/views/roadmapTree';
import { orgChartSvg } from '../../server/src/core/report/svgOrgChart';
import { teamTree } from '../../server/src/core/views/teamTree';
import type { TreeNode } from '../../server/src/core/views/treeNode';
import { inputOf, uriOf } from './model';

const CHARTER = fs.readFileSync(path.resolve(__dirname, '../../../test/report/fixtures/team/team.charter.yaml'), 'utf8');

function find(nodes: readonly TreeNode[], label: string): TreeNode {
  const all = (list: readonly TreeNode[]): TreeNode[] => list.flatMap((node) => [node, ...all(node.children ?? [])]);
  const found = all(nodes).find((node) => node.label === label);
  assert.ok(found, `no node labelled ${label}`);
  return found;
}

describe('problems, hints and the colour of their badges', () => {
  const ROADMAP = [
    'apiVersion: productspecs/v1',
    'kind: Roadmap',
    'metadata:',
    '  id: r',
    'spec:',
    '  format: now-next-later',
    '  items:',
    '    - id: broken',
    '      title: Broken',
    '      horizon: now',
    '      stage: done',
    '    - id: hinted',
    '      title: Hinted',
    '      horizon: now',
    '    - id: both',
    '      title: Both',
    '      horizon: now',
    '',
  ].join('\n');
  const input = inputOf(
    { 'r.roadmap.yaml': ROADMAP },
    {
      'r.roadmap.yaml': [
        { code: 'schema/enum', severity: 'error', path: ['spec', 'items', 0, 'stage'] },
        { code: 'execution/now-without-outcome', severity: 'warning', area: 'execution', path: ['spec', 'items', 1] },
        { code: 'culture/untested-assumptions', severity: 'info', area: 'culture', path: ['spec', 'items', 1] },
        { code: 'culture/untested-assumptions', severity: 'info', area: 'culture', path: ['spec', 'items', 2] },
        { code: 'schema/required', severity: 'warning', path: ['spec', 'items', 2] },
      ],
    },
  );

  it('the Roadmap tree says "problems" for schema errors and "hints" for what the rules find, in the colour of the worst', () => {
    const now = roadmapTree(input)[0].children!;
    assert.deepEqual(
      now.map((node) => [node.label, treeItemShape(node).description, treeItemShape(node).icon]),
      [
        ['Broken', 'no owner · done · 1 problem', { id: 'milestone', color: 'problemsErrorIcon.foreground' }],
        ['Hinted', 'no owner · no stage · 2 hints', { id: 'milestone', color: 'problemsWarningIcon.foreground' }],
        ['Both', 'no owner · no stage · 1 problem · 1 hint', { id: 'milestone', color: 'problemsWarningIcon.foreground' }],
      ],
    );
    assert.equal(treeItemShape(now[2]).tooltip?.split('\n').pop(), '1 problem · 1 hint about this entry');
  });

  it('an info is blue, and an entry without findings keeps its plain icon', () => {
    const info = treeItemShape({ id: 'm', kind: 'member', label: 'Sam', description: 'PM', hints: 1, severity: 'info' });
    assert.deepEqual([info.description, info.icon], ['PM · 1 hint', { id: 'person', color: 'problemsInfoIcon.foreground' }]);
    assert.deepEqual(treeItemShape({ id: 'm', kind: 'member', label: 'Sam', description: 'PM' }).icon, { id: 'person' });
  });

  const planted = {
    'team.charter.yaml': [
      { code: 'team-development/stale-assessment', severity: 'warning' as const, area: 'team-development' as const, path: ['spec', 'members', 2, 'coaching'] },
      { code: 'team-development/no-growth-areas', severity: 'info' as const, area: 'team-development' as const, path: ['spec', 'members', 2] },
      { code: 'spec/unknown-reference', severity: 'error' as const, path: ['spec', 'members', 6, 'reportsTo'] },
      { code: 'culture/peer-chemistry', severity: 'info' as const, area: 'culture' as const, path: ['spec', 'members', 3] },
    ],
  };
  const team = inputOf({ 'team.charter.yaml': CHARTER }, planted);

  it('the Product Team tree colours people by their worst finding and says why someone is outside the reporting line', () => {
    const tree = teamTree(team);
    const sam = treeItemShape(find(tree, 'Sam Okafor'));
    assert.deepEqual([sam.description, sam.icon], ['Senior PM · 2 hints', { id: 'person', color: 'problemsWarningIcon.foreground' }]);
    const zoe = treeItemShape(find(tree, 'Outside the reporting line').children![0]);
    assert.deepEqual(
      [zoe.label, zoe.description, zoe.icon],
      ['Zoe Gray', 'PM · reportsTo "nobody" is not a member · 1 problem', { id: 'person', color: 'problemsErrorIcon.foreground' }],
    );
    assert.match(zoe.tooltip!, /\nOutside the reporting line: reportsTo "nobody" is not a member\n1 problem about this entry$/);
  });

  it('the org chart draws badges in the colour of the worst finding and the people outside the line under a heading, with the reason', () => {
    const charter = readCharter(team.documents[0], team.findings(uriOf('team.charter.yaml')));
    const svg = orgChartSvg(orgChart([charter]), () => 'href="#"');
    const badges = [
      ...svg.matchAll(/<title>([^<]*)<\/title><rect[^>]*\/>(?:<text[^>]*>[^<]*<\/text>){2}<circle class="badge (\w+)"[^>]*\/><text class="badge-text"[^>]*>(\d+)<\/text>/g),
    ].map((m) => [m[1], m[2], m[3]]);
    assert.deepEqual(badges, [
      ['Sam Okafor, Senior PM (2 hints)', 'warning', '2'],
      ['Léa Dubois, Product designer (1 hint)', 'info', '1'],
      ['Zoe Gray, PM (1 problem)', 'error', '1'],
    ]);
    assert.match(svg, /<text class="heading"[^>]*>Outside the reporting line<\/text>/);
    const reasons = [...svg.matchAll(/<text class="muted reason"[^>]*><title>([^<]*)<\/title>([^<]*)<\/text>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(reasons, [
      ['Zoe Gray: reportsTo &quot;nobody&quot; is not a member', 'reportsTo &quot;nobody&quot; is not a member'],
      ['Cy One: in a reporting cycle', 'in a reporting cycle'],
    ]);
  });
});
