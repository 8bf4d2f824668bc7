import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core';
import { hover } from '../../server/src/core/language/hover';
import { buildReport } from '../../server/src/core/report/report';
import { teamTree } from '../../server/src/core/views/teamTree';
import { RULES } from '../../server/src/core/rules';
import { lintFiles } from '../helpers/engine';
import { inputOf, outline } from '../report/model';

/** A charter with a Head of Product and the given member lines. */
function charter(id: string, members: string, rest = ''): string {
  return `apiVersion: productspecs/v1
kind: TeamCharter
metadata:
  id: ${id}
spec:
  purpose: Help merchants get paid.
  mission: Same-day money for every merchant.
  headOfProduct: dana
  reportsTo:
    role: CEO
    name: Jordan Lee
  members:
${members}${rest}`;
}

const member = (id: string, role: string, extra = ''): string => `    - id: ${id}\n      name: ${id.toUpperCase()}\n      role: ${role}\n      reportsTo: dana\n${extra}`;

describe('the organisation written once: a member id is one person across charters', () => {
  // dana leads from the leadership charter; ten PMs in the group charter report to her.
  const LEADERSHIP = charter('leadership', '    - id: dana\n      name: Dana Whitfield\n      role: head-of-product\n');
  const GROUP = charter('payments-group', Array.from({ length: 10 }, (_, i) => member(`pm-${i + 1}`, 'pm')).join(''));

  it('counts the span of control over every charter, in the rule and in the report alike', () => {
    const findings = lintFiles({ 'a-leadership.charter.yaml': LEADERSHIP, 'b-group.charter.yaml': GROUP });
    assert.deepEqual(
      findings['a-leadership.charter.yaml'].filter((finding) => finding.code === 'team-development/span-of-control'),
      [
        {
          range: '13:11-13:15',
          severity: 'warning',
          code: 'team-development/span-of-control',
          message: '"dana" has 10 direct reports: consider at most 8, for example by adding a group PM or director between them, so each person gets real coaching time.',
        },
      ],
    );
    assert.deepEqual(
      findings['b-group.charter.yaml'].filter((finding) => finding.code === 'team-development/span-of-control'),
      [],
    );
    // The unknown-manager rule finds dana for the group charter's members too.
    assert.deepEqual(
      findings['b-group.charter.yaml'].filter((finding) => finding.code === 'team-development/unknown-manager'),
      [],
    );
    const report = buildReport(inputOf({ 'a-leadership.charter.yaml': LEADERSHIP, 'b-group.charter.yaml': GROUP }, {}, { rules: RULES.map((rule) => rule.meta) }));
    assert.deepEqual(
      report.team!.spanOfControl.map((row) => [row.id, row.directReports, row.plannedReports]),
      [['dana', 10, 0]],
    );
  });

  it("counts every charter's pending hires for a manager, in the hire-breaks-span rule and in the report alike", () => {
    const hire = (role: string, status: string): string => `    - role: ${role}\n      team: payouts\n      reportsTo: dana\n      status: ${status}\n`;
    const leadership = charter(
      'leadership',
      `    - id: dana\n      name: Dana Whitfield\n      role: head-of-product\n${Array.from({ length: 6 }, (_, i) => member(`pm-${i + 1}`, 'pm')).join('')}`,
      `  hiring:\n${hire('pm', 'open')}`,
    );
    const group = charter('payments-group', member('lee', 'senior-pm'), `  hiring:\n${hire('pm', 'planned')}${hire('associate-pm', 'interviewing')}${hire('pm', 'filled')}`);
    const files = { 'a-leadership.charter.yaml': leadership, 'b-group.charter.yaml': group };
    const findings = lintFiles(files);
    const spanFindings = (name: keyof typeof files): string[] =>
      findings[name].filter((finding) => finding.code === 'team-development/hire-breaks-span').map((finding) => `${finding.range} ${finding.message}`);
    assert.deepEqual(spanFindings('a-leadership.charter.yaml'), [
      '43:18-43:22 The pm hire for team "payouts" would give "dana" 10 direct reports (7 today and 3 pending hires): consider another manager for it, or adding a group PM or director first, to stay within 8.',
    ]);
    assert.deepEqual(spanFindings('b-group.charter.yaml'), [
      '20:18-20:22 The pm hire for team "payouts" would give "dana" 10 direct reports (7 today and 3 pending hires): consider another manager for it, or adding a group PM or director first, to stay within 8.',
      '24:18-24:22 The associate-pm hire for team "payouts" would give "dana" 10 direct reports (7 today and 3 pending hires): consider another manager for it, or adding a group PM or director first, to stay within 8.',
    ]);
    const report = buildReport(inputOf(files, {}, { rules: RULES.map((rule) => rule.meta) }));
    assert.deepEqual(
      report.team!.spanOfControl.filter((row) => row.id === 'dana').map((row) => [row.directReports, row.plannedReports]),
      [[7, 3]],
    );
  });

  it('takes the first charter (by file) for an id two charters define', () => {
    const other = charter('other', '    - id: dana\n      name: Dana Other\n      role: director\n      reportsTo: zed\n');
    const report = buildReport(
      inputOf({ 'a-leadership.charter.yaml': LEADERSHIP, 'c-other.charter.yaml': other, 'b-group.charter.yaml': GROUP }, {}, { rules: RULES.map((rule) => rule.meta) }),
    );
    assert.deepEqual(
      report.team!.spanOfControl.map((row) => [row.name, row.directReports, row.location.uri.endsWith('a-leadership.charter.yaml')]),
      [['Dana Whitfield', 10, true]],
    );
  });
});

describe('one answer to "who is on this team"', () => {
  const TRACKING = charter(
    'team',
    `    - id: dana\n      name: Dana Whitfield\n      role: head-of-product\n${member('sam', 'pm', '      teams: [tracking]\n')}${member('lea', 'product-designer', '      teams: [tracking]\n')}`,
    `  productTeams:
    - id: tracking
      name: Tracking
      mission: Know where every payment is.
      pm: sam
      engineers: 4
`,
  );

  it('gives a team the designer who lists it: the tree shows her, team-without-designer is quiet, nothing disagrees', () => {
    const findings = lintFiles({ 'team.charter.yaml': TRACKING })['team.charter.yaml'];
    assert.deepEqual(
      findings.filter((finding) => ['culture/team-without-designer', 'execution/unknown-team'].includes(finding.code)),
      [],
    );
    const tree = outline(teamTree(inputOf({ 'team.charter.yaml': TRACKING })));
    const teams = tree.slice(tree.findIndex((line) => line.startsWith('Product teams')));
    assert.deepEqual(teams, ['Product teams — 1 @27', '  Tracking — 4 engineers @27', '    SAM — PM @30', '    LEA — Designer @21', '    No analyst — Analyst @27']);
  });

  it('hovers agree: the team names the designer who lists it, and her card names the team', () => {
    const workspace = new Workspace({ today: '2026-11-25' });
    const uri = 'file:///w/team.charter.yaml';
    workspace.update({ uri, fileName: '/w/team.charter.yaml', text: TRACKING });
    const doc = workspace.document(uri)!;
    const team = hover(doc, TRACKING.indexOf('id: tracking') + 5, workspace.index)!.markdown;
    assert.match(team, /Designer: LEA \(`lea`\)/);
    const lea = hover(doc, TRACKING.indexOf('id: lea') + 5, workspace.index)!.markdown;
    assert.match(lea, /Teams: Tracking \(`tracking`\)/);
  });

  it('reports a disagreement between the team and the member once, at the member', () => {
    const named = TRACKING.replace('      pm: sam\n', '      pm: sam\n      designer: kim\n')
      .replace('    - id: lea\n', `${member('kim', 'product-designer', '      teams: [payouts]\n')}    - id: lea\n`)
      .replace('      engineers: 4\n', '      engineers: 4\n    - id: payouts\n      name: Payouts\n      mission: Pay out fast.\n      designer: kim\n      pm: sam\n');
    const findings = lintFiles({ 'team.charter.yaml': named })['team.charter.yaml'].filter((finding) => finding.code === 'execution/unknown-team');
    assert.deepEqual(findings, [
      {
        range: '20:7-20:12',
        severity: 'warning',
        code: 'execution/unknown-team',
        message: 'Member "sam" is the pm of product team "payouts" but does not list it in teams: make the product team and the member\'s teams say the same.',
      },
      {
        range: '25:7-25:12',
        severity: 'warning',
        code: 'execution/unknown-team',
        message: 'Member "kim" is the designer of product team "tracking" but does not list it in teams: make the product team and the member\'s teams say the same.',
      },
      {
        range: '30:7-30:12',
        severity: 'warning',
        code: 'execution/unknown-team',
        message: 'Member "lea" lists product team "tracking" in teams, but its designer is "kim": make the product team and the member\'s teams say the same.',
      },
    ]);
  });
});
