import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildReport, TOP_FINDINGS } from '../../server/src/core/report/report';
import { findingSummary, responsibilityTree } from '../../server/src/core/views/responsibilityTree';
import { score } from '../../server/src/core/report/score';
import type { OrgChartNode } from '../../server/src/core/report/types';
import { inputOf, outline, rule, uriOf, type Planted } from './model';

const CHARTER = fs.readFileSync(path.resolve(__dirname, '../../../test/report/fixtures/team/team.charter.yaml'), 'utf8');
const ROADMAP = `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: r
spec:
  format: now-next-later
  themes: []
  items:
${Array.from({ length: 12 }, (_, i) => `    - id: item-${i}\n      title: Item ${i}\n      horizon: now\n      owner: sam\n      stage: delivery\n`).join('')}`;

const RULES = [
  rule('team-development/a', 'warning', ['TeamCharter']),
  rule('team-development/b', 'error', ['TeamCharter']),
  rule('team-development/c', 'info', ['TeamCharter']),
  rule('vision/a', 'warning', ['Vision']),
  rule('execution/a', 'info', ['Roadmap']),
  rule('execution/b', 'warning', ['Roadmap']),
  rule('culture/a', 'warning', ['TeamCharter']),
  rule('culture/b', 'info', ['TeamCharter', 'Roadmap']),
];

const member = (index: number): Array<string | number> => ['spec', 'members', index];
const PLANTED: Record<string, Planted[]> = {
  'team.charter.yaml': [
    { code: 'team-development/a', severity: 'warning', area: 'team-development', path: member(1) },
    { code: 'team-development/a', severity: 'warning', area: 'team-development', path: member(2) },
    { code: 'team-development/a', severity: 'warning', area: 'team-development', path: member(3) },
    { code: 'team-development/b', severity: 'error', area: 'team-development', path: [...member(6), 'reportsTo'] },
    { code: 'culture/a', severity: 'warning', area: 'culture', path: ['spec', 'productTeams', 1] },
    { code: 'schema/enum', severity: 'error', path: ['spec', 'members', 0, 'role'], message: 'Not a role.' },
  ],
  'pay.roadmap.yaml': Array.from({ length: 12 }, (_, i): Planted => ({ code: 'execution/a', severity: 'info', area: 'execution', path: ['spec', 'items', 11 - i] })),
};

describe('responsibility report', () => {
  const report = buildReport(inputOf({ 'team.charter.yaml': CHARTER, 'pay.roadmap.yaml': ROADMAP }, PLANTED, { rules: RULES, off: ['execution/b'] }));

  it('scores each area 100 minus 10 per error, 3 per warning and 1 per info', () => {
    assert.deepEqual(
      report.areas.map((area) => [area.name, area.score, area.counts]),
      [
        ['Team development', 81, { errors: 1, warnings: 3, infos: 0 }],
        // Its one rule reads visions, and there is none: not checked rather than a perfect score.
        ['Vision creation', null, { errors: 0, warnings: 0, infos: 0 }],
        ['Execution', 88, { errors: 0, warnings: 0, infos: 12 }],
        ['Culture', 97, { errors: 0, warnings: 1, infos: 0 }],
      ],
    );
    assert.equal(score({ errors: 9, warnings: 3, infos: 1 }), 0);
    assert.equal(score({ errors: 11, warnings: 0, infos: 0 }), 0);
    assert.equal(score({ errors: 0, warnings: 0, infos: 0 }), 100);
  });

  it('counts rules passed, failed and not checked (off, or no file of their kind)', () => {
    assert.deepEqual(
      report.areas.map((area) => [area.area, area.passed, area.failed, area.skipped, area.rules.map((r) => `${r.id}:${r.status}`)]),
      [
        ['team-development', 1, 2, 0, ['team-development/a:failed', 'team-development/b:failed', 'team-development/c:passed']],
        ['vision', 0, 0, 1, ['vision/a:not-applicable']],
        ['execution', 0, 1, 1, ['execution/a:failed', 'execution/b:off']],
        ['culture', 1, 1, 0, ['culture/a:failed', 'culture/b:passed']],
      ],
    );
    assert.equal(report.areas[0].rules[0].docs, 'docs/rules/team-development/a.md');
  });

  it('lists the top findings most severe first, then by file and line, at most ten', () => {
    assert.equal(TOP_FINDINGS, 10);
    const top = (i: number): string[] => report.areas[i].topFindings.map((f) => `${f.severity} ${path.basename(f.location.uri)}:${f.location.range.start.line + 1} ${f.code}`);
    assert.deepEqual(top(0), [
      'error team.charter.yaml:50 team-development/b',
      'warning team.charter.yaml:22 team-development/a',
      'warning team.charter.yaml:27 team-development/a',
      'warning team.charter.yaml:35 team-development/a',
    ]);
    assert.deepEqual(
      top(2),
      Array.from({ length: 10 }, (_, i) => `info pay.roadmap.yaml:${9 + 5 * i} execution/a`),
    );
    assert.deepEqual(report.areas[0].topFindings[0], {
      code: 'team-development/b',
      severity: 'error',
      message: 'team-development/b at spec.members.6.reportsTo',
      area: 'team-development',
      location: { uri: uriOf('team.charter.yaml'), range: { start: { line: 49, character: 17 }, end: { line: 49, character: 23 } } },
      docs: 'docs/rules/team-development/b.md',
    });
  });

  it('keeps YAML and schema findings apart, out of every score, and counts everything in the totals', () => {
    assert.deepEqual(report.other.counts, { errors: 1, warnings: 0, infos: 0 });
    assert.deepEqual(
      report.other.findings.map((f) => [f.code, f.message, f.docs]),
      [['schema/enum', 'Not a role.', undefined]],
    );
    assert.deepEqual(report.totals, { errors: 2, warnings: 4, infos: 12 });
    assert.deepEqual(report.files, [
      { uri: uriOf('team.charter.yaml'), kind: 'TeamCharter' },
      { uri: uriOf('pay.roadmap.yaml'), kind: 'Roadmap' },
    ]);
    assert.equal(report.today, '2026-11-25');
  });

  it('gives the team statistics: head count by role, span of control, teams, engineers and open hires', () => {
    const team = report.team!;
    assert.equal(team.members, 9);
    assert.deepEqual(
      team.headCount.map((row) => `${row.label}: ${row.count}`),
      ['Head of Product: 1', 'Group PM: 1', 'Senior PM: 1', 'PM: 1', 'Associate PM: 2', 'Product designer: 1', 'Data analyst: 2'],
    );
    assert.deepEqual(
      team.spanOfControl.map((row) => [row.name, row.role, row.directReports, row.plannedReports, row.location.range.start.line + 1]),
      [
        ['Dana Whitfield', 'Head of Product', 3, 1, 19],
        ['Ravi Menon', 'Group PM', 1, 1, 22],
        ['Omar Haddad', 'Data analyst', 1, 0, 39],
        ['Cy One', 'Associate PM', 1, 0, 51],
        ['Di Two', 'Associate PM', 1, 0, 55],
      ],
    );
    assert.equal(team.productTeams, 2);
    assert.equal(team.engineers, 7);
    assert.deepEqual(
      team.openHires.map((hire) => [hire.role, hire.label, hire.level, hire.team, hire.reportsTo, hire.targetQuarter, hire.status]),
      [
        ['product-designer', 'Product designer', 'senior', 'insights', 'dana', '2027-Q1', 'interviewing'],
        ['pm', 'PM', undefined, 'payouts', 'ravi', undefined, 'planned'],
      ],
    );
  });

  it('draws the org chart from the manager of the Head of Product down, then people outside the line', () => {
    const draw = (nodes: readonly OrgChartNode[], depth = 0): string[] =>
      nodes.flatMap((node) => [
        `${'  '.repeat(depth)}${node.name} (${node.role})${node.outside ? ' outside' : ''}${node.problems + node.hints ? ` [${node.problems + node.hints}]` : ''}${node.outsideReason ? `, outside: ${node.outsideReason}` : ''}`,
        ...draw(node.children, depth + 1),
      ]);
    assert.deepEqual(draw(report.orgChart), [
      'Jordan Lee (CEO) outside',
      '  Dana Whitfield (Head of Product) [1]',
      '    Ravi Menon (Group PM) [1]',
      '      Sam Okafor (Senior PM) [1]',
      '    Léa Dubois (Product designer) [1]',
      '    Omar Haddad (Data analyst)',
      '      Yuki Tanaka (Data analyst)',
      'Zoe Gray (PM) [1], outside: reportsTo "nobody" is not a member',
      'Cy One (Associate PM), outside: in a reporting cycle',
      '  Di Two (Associate PM)',
    ]);
  });

  it('builds the Responsibilities tree: areas with score, rules with findings, findings opening their place', () => {
    const tree = responsibilityTree(report);
    assert.deepEqual(outline(tree).slice(0, 9), [
      'Team development — 81/100 [4]',
      '  a — 3 findings [3]',
      '    team-development/a at spec.members.1 — team.charter.yaml:22 @22',
      '    team-development/a at spec.members.2 — team.charter.yaml:27 @27',
      '    team-development/a at spec.members.3 — team.charter.yaml:35 @35',
      '  b — 1 finding [1]',
      '    team-development/b at spec.members.6.reportsTo — team.charter.yaml:50 @50',
      'Vision creation — not checked',
      'Execution — 88/100 [12]',
    ]);
    assert.equal(tree[0].tooltip, 'Team development: score 81 of 100\n1 error, 3 warnings, 0 infos\n1 rule passed, 2 with findings, 0 not checked');
    assert.deepEqual([tree[0].expanded, tree[1].expanded], [true, undefined]);
    const rule = tree[0].children![1];
    assert.deepEqual([rule.id, rule.kind, rule.severity, rule.tooltip], ['rule/team-development/b', 'rule', 'error', 'team-development/b\nChecks team-development/b.']);
    assert.deepEqual(
      [rule.children![0].kind, rule.children![0].severity, rule.children![0].tooltip],
      ['finding', 'error', 'error: team-development/b at spec.members.6.reportsTo\nteam-development/b'],
    );
  });

  it("keeps a finding's label to what it found; its advice is in the tooltip", () => {
    const message = 'Member "mia" was last assessed 148 days ago (2026-06-30): consider a skills assessment at least every 90 days so coaching targets the right gaps.';
    assert.equal(findingSummary(message), 'Member "mia" was last assessed 148 days ago (2026-06-30)');
    assert.equal(findingSummary('Vision "v": Goal "g" has no metric'), 'Vision "v": Goal "g" has no metric');
  });

  it('reports an empty workspace without failing: no area could be checked, so none has a score', () => {
    const empty = buildReport(inputOf({}, {}, { rules: RULES }));
    assert.deepEqual(
      empty.areas.map((area) => [area.score, area.passed, area.failed, area.skipped]),
      [
        [null, 0, 0, 3],
        [null, 0, 0, 1],
        [null, 0, 0, 2],
        [null, 0, 0, 2],
      ],
    );
    assert.equal(empty.team, undefined);
    assert.deepEqual(empty.orgChart, []);
  });
});
