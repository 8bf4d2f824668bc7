import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { teamDevelopmentRules } from '../../server/src/core/rules/team-development';
import { lintFile, lintFiles } from '../helpers/engine';
import { CHARTER, CHARTER_PURPOSE, charterFile, itFiresOnItsExamplesOnly, specFile } from '../helpers/ruleFixtures';

/** The Head of Product's entry (lines 12 to 14 of `charter`). */
const DANA = member('dana', 'head-of-product');

/**
 * A valid charter: `members` are the member entries after line 11 (the Head of Product's by
 * default, lines 12 to 14), followed by more `spec` lines.
 */
function charter(members: string, specLines = ''): string {
  return charterFile(specLines, { reportsTo: '  reportsTo:\n    role: CEO\n', members });
}

/** A member entry: three lines (id, name, role) and then `fields`, each indented by six spaces. */
function member(id: string, role: string, fields = ''): string {
  return `    - id: ${id}\n      name: ${id.charAt(0).toUpperCase()}${id.slice(1)}\n      role: ${role}\n${fields}`;
}

/** A member reporting to `manager`: four lines, then `fields`. */
function report(id: string, manager: string, role = 'pm', fields = ''): string {
  return member(id, role, `      reportsTo: ${manager}\n${fields}`);
}

/** `n` members reporting to `manager`, with ids `<prefix>1`...: four lines each. */
function reports(n: number, manager: string, prefix = 'pm'): string {
  return Array.from({ length: n }, (_, i) => report(`${prefix}${i + 1}`, manager)).join('');
}

/** A second charter of the workspace, holding other members. */
function otherCharter(members: string): string {
  const purpose = CHARTER_PURPOSE.replace('Discover and deliver products merchants love.', 'Lead the product organisation.').replace('headOfProduct: dana', 'headOfProduct: cpo');
  return specFile('TeamCharter', '  id: leadership\n', `${purpose}  members:\n${members}`);
}

function config(code: string, setting: string): string {
  return `rules:\n  ${code}: ${setting}\n`;
}

describe('team-development rules', () => {
  describe('examples', () => {
    itFiresOnItsExamplesOnly(teamDevelopmentRules, { checkMessage: (message) => assert.match(message, /^\S.*\S[.?]$/s, message) });

    it('lists the twelve rules of the catalogue in order, all in the team-development area with their options', () => {
      assert.deepEqual(
        teamDevelopmentRules.map((rule) => [
          rule.meta.id,
          rule.meta.severity,
          Object.fromEntries(Object.entries(rule.meta.options).map(([name, option]) => [name, option.default])),
        ]),
        [
          ['team-development/head-of-product-missing', 'error', {}],
          ['team-development/reporting-line-missing', 'warning', {}],
          ['team-development/unknown-manager', 'error', {}],
          ['team-development/span-of-control', 'warning', { max: 8, hardMax: 12 }],
          ['team-development/no-one-on-one', 'warning', { slowest: 'biweekly' }],
          ['team-development/stale-assessment', 'warning', { days: 90 }],
          ['team-development/no-growth-areas', 'info', {}],
          ['team-development/junior-without-mentor', 'warning', { months: 12 }],
          ['team-development/hiring-plan-incomplete', 'info', {}],
          ['team-development/hire-breaks-span', 'info', { max: 8 }],
          ['team-development/no-onboarding', 'info', { minWeeks: 8 }],
          ['team-development/no-training', 'info', {}],
        ],
      );
      for (const rule of teamDevelopmentRules) {
        assert.equal(rule.meta.area, 'team-development');
        assert.deepEqual(rule.meta.kinds, ['TeamCharter']);
        assert.ok(!/\s$/.test(rule.meta.description) && rule.meta.description.endsWith('.'), rule.meta.id);
      }
    });
  });

  describe('team-development/head-of-product-missing', () => {
    const code = 'team-development/head-of-product-missing';

    it('passes when headOfProduct names a member with role head-of-product', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'dana')), { code }), []);
    });

    it('leaves a headOfProduct that names no member to unknown-manager, which reports it with a did-you-mean', () => {
      const text = charter(DANA).replace('headOfProduct: dana', 'headOfProduct: dnaa');
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
      assert.deepEqual(lintFile(CHARTER, text, { code: 'team-development/unknown-manager' }), [
        {
          range: '8:18-8:22',
          severity: 'error',
          code: 'team-development/unknown-manager',
          message: 'The headOfProduct "dnaa" of this team charter names no member of any team charter: did you mean "dana"?',
        },
      ]);
    });

    it('leaves a headOfProduct that names no member and is close to none to unknown-manager', () => {
      const text = charter(DANA).replace('headOfProduct: dana', 'headOfProduct: zoe');
      assert.deepEqual(lintFile(CHARTER, text, { code: 'team-development/unknown-manager' }), [
        {
          range: '8:18-8:21',
          severity: 'error',
          code: 'team-development/unknown-manager',
          message: 'The headOfProduct "zoe" of this team charter names no member of any team charter: use a member\'s id, or add them to a charter\'s members.',
        },
      ]);
    });

    it('fires at the role of the member headOfProduct names when no member has role head-of-product', () => {
      assert.deepEqual(lintFile(CHARTER, charter(member('dana', 'director')), { code }), [
        { range: '14:13-14:21', severity: 'error', code, message: 'No member has role head-of-product: give "dana", named by headOfProduct, role head-of-product.' },
      ]);
    });

    it('fires once when headOfProduct names no member and no member has the role', () => {
      const text = charter(member('ravi', 'group-pm')).replace('headOfProduct: dana', 'headOfProduct: zoe');
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        { range: '11:3-11:10', severity: 'error', code, message: 'No member has role head-of-product: add the Head of Product to the members with role head-of-product.' },
      ]);
    });

    it('passes when another member has the role, even if headOfProduct names someone else', () => {
      const text = charter(member('dana', 'director') + member('zoe', 'head-of-product'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
    });

    it('does not fire when headOfProduct is absent (the schema reports it), even without the role', () => {
      const text = charter(member('dana', 'director')).replace('  headOfProduct: dana\n', '');
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
      assert.deepEqual(
        lintFile(CHARTER, text, { code: 'schema/required' }).map((finding) => finding.message),
        ['Missing required property "headOfProduct" in spec.'],
      );
    });

    it('accepts a Head of Product defined in another charter of the workspace', () => {
      const text = charter(report('ravi', 'cpo', 'group-pm')).replace('headOfProduct: dana', 'headOfProduct: cpo');
      assert.deepEqual(lintFile(CHARTER, text, { code, others: { 'leadership.charter.yaml': otherCharter(member('cpo', 'head-of-product')) } }), []);
      assert.deepEqual(lintFile(CHARTER, text, { code, others: { 'leadership.charter.yaml': otherCharter(member('cpo', 'director')) } }), [
        { range: '11:3-11:10', severity: 'error', code, message: 'No member has role head-of-product: add the Head of Product to the members with role head-of-product.' },
      ]);
    });

    it('follows the configured severity', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter(member('dana', 'director')), { code, config: config(code, 'warning') }).map((finding) => finding.severity),
        ['warning'],
      );
      assert.deepEqual(lintFile(CHARTER, charter(member('dana', 'director')), { code, config: config(code, 'off') }), []);
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA).replace('headOfProduct: dana', 'headOfProduct: 7'), { code }), []);
      assert.deepEqual(lintFile(CHARTER, 'apiVersion: productspecs/v1\nkind: TeamCharter\nspec: 3\n', { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter('    - dana\n    - null\n'), { code }), [
        { range: '11:3-11:10', severity: 'error', code, message: 'No member has role head-of-product: add the Head of Product to the members with role head-of-product.' },
      ]);
    });
  });

  describe('team-development/reporting-line-missing', () => {
    const code = 'team-development/reporting-line-missing';

    it('passes when the charter and every member but the Head of Product have a manager', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'dana') + report('mia', 'sam')), { code }), []);
    });

    it('fires at spec when the charter has no reportsTo', () => {
      const text = charter(DANA).replace('  reportsTo:\n    role: CEO\n', '');
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '5:1-5:5',
          severity: 'warning',
          code,
          message: 'The charter does not say who the Head of Product reports to: add reportsTo with their role (usually CEO) and name.',
        },
      ]);
    });

    it('fires at the reportsTo key when it is empty', () => {
      const text = charter(DANA).replace('  reportsTo:\n    role: CEO\n', '  reportsTo:\n');
      assert.deepEqual(
        lintFile(CHARTER, text, { code }).map((finding) => finding.range),
        ['9:3-9:12'],
      );
    });

    it('fires at the entry of a member with no manager, and at an empty reportsTo', () => {
      const text = charter(DANA + member('sam', 'senior-pm') + member('mia', 'pm', '      reportsTo:\n'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        { range: '15:7-15:14', severity: 'warning', code, message: 'Member "sam" has no reportsTo: add the id of their manager, so someone coaches them and sees their growth.' },
        { range: '21:7-21:16', severity: 'warning', code, message: 'Member "mia" has no reportsTo: add the id of their manager, so someone coaches them and sees their growth.' },
      ]);
    });

    it('exempts the member headOfProduct names and any member with role head-of-product', () => {
      assert.deepEqual(lintFile(CHARTER, charter(member('dana', 'director') + member('zoe', 'head-of-product')), { code }), []);
    });

    it('names a member without an id by position and does not throw on odd entries', () => {
      const text = charter(`${DANA}    - 3\n    - null\n    - name: Nobody\n      role: pm\n`).replace('  reportsTo:\n    role: CEO\n', '  reportsTo: CEO\n');
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        { range: '16:7-16:19', severity: 'warning', code, message: 'Member "#4" has no reportsTo: add the id of their manager, so someone coaches them and sees their growth.' },
      ]);
      assert.deepEqual(lintFile(CHARTER, charter('').replace('  members:\n', '  members: many\n'), { code }), []);
    });
  });

  describe('team-development/unknown-manager', () => {
    const code = 'team-development/unknown-manager';

    it('passes when every manager is a member and the lines end at the Head of Product', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('ravi', 'dana', 'group-pm') + report('sam', 'ravi')), { code }), []);
    });

    it('fires at a reportsTo that names no member, with a did-you-mean when a member id is close', () => {
      const text = charter(DANA + report('ravi', 'dana', 'group-pm') + report('sam', 'rav') + report('mia', 'jordan'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        { range: '22:18-22:21', severity: 'error', code, message: 'The reportsTo "rav" of member "sam" names no member of any team charter: did you mean "ravi"?' },
        {
          range: '26:18-26:24',
          severity: 'error',
          code,
          message: 'The reportsTo "jordan" of member "mia" names no member of any team charter: use a member\'s id, or add them to a charter\'s members.',
        },
      ]);
    });

    it('fires on a member who reports to themselves', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'sam')), { code }), [
        {
          range: '18:18-18:21',
          severity: 'error',
          code,
          message: 'Member "sam" reports to themselves: use the id of their manager, or leave reportsTo out for the Head of Product.',
        },
      ]);
    });

    it('reports a cycle once, on the member of the cycle that comes first in the charter', () => {
      // mia reports into the cycle without being part of it; the cycle is ravi → sam → nora → ravi.
      const text = charter(DANA + report('mia', 'sam') + report('ravi', 'sam', 'group-pm') + report('nora', 'ravi', 'senior-pm') + report('sam', 'nora', 'senior-pm'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '22:18-22:21',
          severity: 'error',
          code,
          message: 'The reporting lines form a cycle: "ravi" reports to "sam", "sam" to "nora" and "nora" to "ravi". Change one reportsTo so the line ends at the Head of Product.',
        },
      ]);
    });

    it('reports a cycle of two and a separate cycle each once', () => {
      const text = charter(DANA + report('a', 'b') + report('b', 'a') + report('c', 'c'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '18:18-18:19',
          severity: 'error',
          code,
          message: 'The reporting lines form a cycle: "a" reports to "b" and "b" to "a". Change one reportsTo so the line ends at the Head of Product.',
        },
        {
          range: '26:18-26:19',
          severity: 'error',
          code,
          message: 'Member "c" reports to themselves: use the id of their manager, or leave reportsTo out for the Head of Product.',
        },
      ]);
    });

    it('accepts managers from another charter of the workspace, and follows cycles through it', () => {
      const others = { 'leadership.charter.yaml': otherCharter(member('cpo', 'head-of-product') + report('vp', 'sam', 'director')) };
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('ravi', 'cpo', 'group-pm')), { code, others }), []);
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'vp', 'senior-pm')), { code, others }), [
        {
          range: '18:18-18:20',
          severity: 'error',
          code,
          message: 'The reporting lines form a cycle: "sam" reports to "vp" and "vp" to "sam". Change one reportsTo so the line ends at the Head of Product.',
        },
      ]);
      // The other charter reports the same cycle on its own member.
      const results = lintFiles({ [CHARTER]: charter(DANA + report('sam', 'vp', 'senior-pm')), ...others });
      assert.deepEqual(
        results['leadership.charter.yaml'].filter((finding) => finding.code === code).map((finding) => finding.message),
        ['The reporting lines form a cycle: "vp" reports to "sam" and "sam" to "vp". Change one reportsTo so the line ends at the Head of Product.'],
      );
    });

    it('follows the configured severity and ignores values of the wrong type', () => {
      const text = charter(DANA + report('sam', 'rav') + member('mia', 'pm', '      reportsTo: 5\n'));
      assert.deepEqual(
        lintFile(CHARTER, text, { code, config: config(code, 'warning') }).map((finding) => `${finding.range} ${finding.severity}`),
        ['18:18-18:21 warning'],
      );
      assert.deepEqual(lintFile(CHARTER, charter('    - 3\n    - [a]\n'), { code }), []);
    });
  });

  describe('team-development/span-of-control', () => {
    const code = 'team-development/span-of-control';

    it('passes with eight direct reports', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + reports(8, 'dana')), { code }), []);
    });

    it('warns at the id of a manager with more than eight direct reports', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + reports(9, 'dana')), { code }), [
        {
          range: '12:11-12:15',
          severity: 'warning',
          code,
          message: '"dana" has 9 direct reports: consider at most 8, for example by adding a group PM or director between them, so each person gets real coaching time.',
        },
      ]);
    });

    it('is an error above twelve direct reports, and only a warning at twelve', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + reports(13, 'dana')), { code }), [
        {
          range: '12:11-12:15',
          severity: 'error',
          code,
          message: '"dana" has 13 direct reports, more than the hard limit of 12: consider adding a group PM or director between them so each person gets real coaching time.',
        },
      ]);
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA + reports(12, 'dana')), { code }).map((finding) => finding.severity),
        ['warning'],
      );
    });

    it('reports each manager over the limit, not the managers within it', () => {
      const text = charter(DANA + report('ravi', 'dana', 'group-pm') + reports(9, 'ravi') + reports(3, 'dana', 'd'));
      assert.deepEqual(
        lintFile(CHARTER, text, { code }).map((finding) => `${finding.range} ${finding.message.split(':')[0]}`),
        ['15:11-15:15 "ravi" has 9 direct reports'],
      );
    });

    it('takes max and hardMax from the configuration', () => {
      const text = charter(DANA + reports(3, 'dana'));
      assert.deepEqual(lintFile(CHARTER, text, { code, config: config(code, '[warning, { max: 2, hardMax: 5 }]') }), [
        {
          range: '12:11-12:15',
          severity: 'warning',
          code,
          message: '"dana" has 3 direct reports: consider at most 2, for example by adding a group PM or director between them, so each person gets real coaching time.',
        },
      ]);
      assert.deepEqual(lintFile(CHARTER, text, { code, config: config(code, '[warning, { max: 1, hardMax: 2 }]') }), [
        {
          range: '12:11-12:15',
          severity: 'error',
          code,
          message: '"dana" has 3 direct reports, more than the hard limit of 2: consider adding a group PM or director between them so each person gets real coaching time.',
        },
      ]);
    });

    it('uses the configured severity below hardMax, escalates above it, and stays silent when off', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA + reports(9, 'dana')), { code, config: config(code, 'info') }).map((finding) => finding.severity),
        ['info'],
      );
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA + reports(13, 'dana')), { code, config: config(code, 'info') }).map((finding) => finding.severity),
        ['error'],
      );
      assert.deepEqual(lintFile(CHARTER, charter(DANA + reports(13, 'dana')), { code, config: config(code, 'off') }), []);
    });

    it('counts direct reports kept in another charter of the workspace', () => {
      const others = { 'payments.charter.yaml': otherCharter(reports(5, 'dana', 'x')) };
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA + reports(4, 'dana')), { code, others }).map((finding) => finding.message.slice(0, 30)),
        ['"dana" has 9 direct reports: c'],
      );
    });

    it('does not count self-reports or odd entries', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'sam') + '    - 4\n    - reportsTo: dana\n'), { code, config: config(code, '[warning, { max: 0 }]') }), []);
    });
  });

  describe('team-development/no-one-on-one', () => {
    const code = 'team-development/no-one-on-one';
    const coached = (cadence: string): string => `      coaching:\n        oneOnOne: ${cadence}\n`;

    it('passes with weekly and biweekly one-on-ones, and does not ask it of the Head of Product', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'dana', 'pm', coached('weekly')) + report('mia', 'dana', 'pm', coached('biweekly'))), { code }), []);
    });

    it('fires at a monthly cadence', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'dana', 'pm', coached('monthly'))), { code }), [
        {
          range: '20:19-20:26',
          severity: 'warning',
          code,
          message: 'Member "sam" meets their manager "dana" monthly: consider one-on-ones at least biweekly, so coaching stays ongoing.',
        },
      ]);
    });

    it('fires at the coaching key, or the member, when there is no cadence', () => {
      const text = charter(DANA + report('sam', 'dana', 'pm', '      coaching:\n        mentor: dana\n') + report('mia', 'dana'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '19:7-19:15',
          severity: 'warning',
          code,
          message: 'Member "sam" has no one-on-one cadence with their manager "dana": consider one-on-ones at least biweekly and record it in coaching.oneOnOne.',
        },
        {
          range: '21:7-21:14',
          severity: 'warning',
          code,
          message: 'Member "mia" has no one-on-one cadence with their manager "dana": consider one-on-ones at least biweekly and record it in coaching.oneOnOne.',
        },
      ]);
    });

    it('takes the slowest cadence from the configuration, falling back to biweekly on an unknown one', () => {
      const text = charter(DANA + report('sam', 'dana', 'pm', coached('biweekly')));
      assert.deepEqual(lintFile(CHARTER, text, { code, config: config(code, '[error, { slowest: weekly }]') }), [
        {
          range: '20:19-20:27',
          severity: 'error',
          code,
          message: 'Member "sam" meets their manager "dana" biweekly: consider one-on-ones at least weekly, so coaching stays ongoing.',
        },
      ]);
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'dana', 'pm', coached('monthly'))), { code, config: config(code, '[warning, { slowest: monthly }]') }), []);
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA + report('sam', 'dana', 'pm', coached('monthly'))), { code, config: config(code, '[warning, { slowest: fortnightly }]') }).map(
          (f) => f.message,
        ),
        ['Member "sam" meets their manager "dana" monthly: consider one-on-ones at least biweekly, so coaching stays ongoing.'],
      );
    });

    it('leaves cadences that are not in the schema to the schema, and does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('sam', 'dana', 'pm', coached('yearly')) + report('mia', 'dana', 'pm', coached('3'))), { code }), []);
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA + report('sam', 'dana', 'pm', '      coaching: weekly\n')), { code }).map((finding) => finding.range),
        ['19:7-19:15'],
      );
    });
  });

  describe('team-development/stale-assessment', () => {
    const code = 'team-development/stale-assessment';
    const assessed = (date: string): string => `      coaching:\n        lastAssessment: ${date}\n`;
    const head = (date: string): string => member('dana', 'head-of-product', assessed(date));

    it('passes with assessments at most 90 days old', () => {
      // 2026-08-27 is exactly 90 days before 2026-11-25.
      assert.deepEqual(lintFile(CHARTER, charter(head('2026-10-15') + report('sam', 'dana', 'pm', assessed('2026-08-27'))), { code }), []);
    });

    it('fires at an assessment older than 90 days, with its age', () => {
      assert.deepEqual(lintFile(CHARTER, charter(head('2026-10-15') + report('mia', 'dana', 'pm', assessed('2026-08-26'))), { code }), [
        {
          range: '22:25-22:35',
          severity: 'warning',
          code,
          message: 'Member "mia" was last assessed 91 days ago (2026-08-26): consider a skills assessment at least every 90 days so coaching targets the right gaps.',
        },
      ]);
    });

    it('fires when there is no assessment, at the coaching key or the member', () => {
      const text = charter(DANA + report('mia', 'dana', 'pm', '      coaching:\n        oneOnOne: weekly\n'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '12:7-12:15',
          severity: 'warning',
          code,
          message: 'Member "dana" has no coaching.lastAssessment: consider assessing their skills with them at least every 90 days and recording the date.',
        },
        {
          range: '19:7-19:15',
          severity: 'warning',
          code,
          message: 'Member "mia" has no coaching.lastAssessment: consider assessing their skills with them at least every 90 days and recording the date.',
        },
      ]);
    });

    it('takes days from the configuration and computes age from today', () => {
      const text = charter(head('2026-10-15'));
      assert.deepEqual(lintFile(CHARTER, text, { code, config: config(code, '[info, { days: 30 }]') }), [
        {
          range: '16:25-16:35',
          severity: 'info',
          code,
          message: 'Member "dana" was last assessed 41 days ago (2026-10-15): consider a skills assessment at least every 30 days so coaching targets the right gaps.',
        },
      ]);
      assert.deepEqual(
        lintFile(CHARTER, text, { code, today: '2027-03-01' }).map((finding) => finding.message.slice(0, 44)),
        ['Member "dana" was last assessed 137 days ago'],
      );
    });

    it('leaves dates that are not dates to the schema, and does not throw on odd shapes', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter(head('last spring') + member('x', 'pm', '      reportsTo: dana\n      coaching:\n        lastAssessment: 2026-13-45\n')), { code }),
        [],
      );
      assert.deepEqual(lintFile(CHARTER, charter('    - 5\n'), { code }), []);
    });
  });

  describe('team-development/no-growth-areas', () => {
    const code = 'team-development/no-growth-areas';
    const coaching = (lines: string): string => member('dana', 'head-of-product', `      coaching:\n${lines}`);

    it('passes with strengths and growth areas', () => {
      assert.deepEqual(lintFile(CHARTER, charter(coaching('        strengths: [Product strategy]\n        growthAreas: [Delegating]\n')), { code }), []);
    });

    it('fires at the coaching key, or the member, when both are missing', () => {
      assert.deepEqual(lintFile(CHARTER, charter(coaching('        oneOnOne: weekly\n')), { code }), [
        {
          range: '15:7-15:15',
          severity: 'info',
          code,
          message:
            'Member "dana" has no strengths or growth areas: consider agreeing with them what they are strong at and what they work on (coaching.strengths and coaching.growthAreas).',
        },
      ]);
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA), { code }).map((finding) => finding.range),
        ['12:7-12:15'],
      );
    });

    it('fires at the coaching key when growth areas are missing or blank', () => {
      assert.deepEqual(lintFile(CHARTER, charter(coaching('        strengths: [Product strategy]\n        growthAreas: []\n')), { code }), [
        {
          range: '17:9-17:20',
          severity: 'info',
          code,
          message: 'Member "dana" has no growth areas: consider agreeing with them the skills they work on next (coaching.growthAreas).',
        },
      ]);
      assert.deepEqual(
        lintFile(CHARTER, charter(coaching('        strengths: [Product strategy]\n')), { code }).map((finding) => finding.range),
        ['15:7-15:15'],
      );
    });

    it('fires at the strengths key when strengths are missing or blank', () => {
      assert.deepEqual(lintFile(CHARTER, charter(coaching('        strengths: ["  "]\n        growthAreas: [Delegating]\n')), { code }), [
        {
          range: '16:9-16:18',
          severity: 'info',
          code,
          message: 'Member "dana" has no strengths recorded: consider noting what they are strong at (coaching.strengths), so coaching and staffing build on it.',
        },
      ]);
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter(coaching('        strengths: 4\n        growthAreas: [7]\n')), { code }).map((finding) => finding.range),
        ['15:7-15:15'],
      );
      assert.deepEqual(lintFile(CHARTER, charter('    - null\n'), { code }), []);
    });
  });

  describe('team-development/junior-without-mentor', () => {
    const code = 'team-development/junior-without-mentor';
    const since = (date: string, lines = ''): string => `      startDate: ${date}\n${lines}`;
    const mentor = (id: string): string => `      coaching:\n        mentor: ${id}\n`;

    it('fires at the coaching key of an associate PM without a mentor, whatever their start date', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('leo', 'dana', 'apm', since('2020-01-06', '      coaching:\n        oneOnOne: weekly\n'))), { code }), [
        {
          range: '20:7-20:15',
          severity: 'warning',
          code,
          message: 'Associate PM "leo" has no mentor: consider pairing them with a senior PM, group PM, director or the Head of Product (coaching.mentor).',
        },
      ]);
    });

    it('fires on a PM who joined less than 12 months ago without a mentor, not on one who joined earlier', () => {
      const text = charter(DANA + report('theo', 'dana', 'pm', since('2025-11-26')) + report('mia', 'dana', 'pm', since('2025-11-25')) + report('ann', 'dana', 'pm'));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '15:7-15:15',
          severity: 'warning',
          code,
          message:
            'PM "theo", who joined less than 12 months ago, has no mentor: consider pairing them with a senior PM, group PM, director or the Head of Product (coaching.mentor).',
        },
      ]);
    });

    it('passes with a senior mentor of any of the mentoring roles', () => {
      const text = charter(
        DANA +
          report('ravi', 'dana', 'group-pm') +
          report('nora', 'dana', 'senior-pm') +
          report('vic', 'dana', 'director') +
          report('leo', 'dana', 'apm', mentor('dana')) +
          report('ana', 'dana', 'apm', mentor('ravi')) +
          report('theo', 'dana', 'pm', since('2026-03-02', mentor('nora'))) +
          report('zoe', 'dana', 'pm', since('2026-03-02', mentor('vic'))),
      );
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
    });

    it('fires at a mentor who is not senior, or not a member', () => {
      const text = charter(
        DANA +
          report('kai', 'dana', 'product-designer') +
          report('leo', 'dana', 'apm', mentor('kai')) +
          report('theo', 'dana', 'pm', since('2026-03-02', mentor('dnaa'))) +
          report('ann', 'dana', 'apm', mentor('zed')),
      );
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '24:17-24:20',
          severity: 'warning',
          code,
          message: 'The mentor "kai" of associate PM "leo" has role product-designer: consider a senior PM, group PM, director or the Head of Product as mentor.',
        },
        { range: '31:17-31:21', severity: 'warning', code, message: 'The mentor "dnaa" of member "theo" names no member of any team charter: did you mean "dana"?' },
        {
          range: '37:17-37:20',
          severity: 'warning',
          code,
          message: `The mentor "zed" of member "ann" names no member of any team charter: use a member's id, or add them to a charter's members.`,
        },
      ]);
    });

    it('accepts a mentor from another charter of the workspace', () => {
      const others = { 'leadership.charter.yaml': otherCharter(member('cpo', 'head-of-product')) };
      assert.deepEqual(lintFile(CHARTER, charter(DANA + report('leo', 'dana', 'apm', mentor('cpo'))), { code, others }), []);
    });

    it('takes months from the configuration', () => {
      const text = charter(DANA + report('theo', 'dana', 'pm', since('2026-03-02')));
      assert.deepEqual(lintFile(CHARTER, text, { code, config: config(code, '[warning, { months: 6 }]') }), []);
      assert.deepEqual(lintFile(CHARTER, text.replace('2026-03-02', '2024-03-02'), { code, config: config(code, '[info, { months: 36 }]') }), [
        {
          range: '15:7-15:15',
          severity: 'info',
          code,
          message:
            'PM "theo", who joined less than 36 months ago, has no mentor: consider pairing them with a senior PM, group PM, director or the Head of Product (coaching.mentor).',
        },
      ]);
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA + report('theo', 'dana', 'pm', since('soon')) + '    - role: apm\n      coaching: [mentor]\n'), { code }).map((finding) =>
          finding.message.slice(0, 20),
        ),
        ['Associate PM "#3" ha'],
      );
    });
  });

  describe('team-development/hiring-plan-incomplete', () => {
    const code = 'team-development/hiring-plan-incomplete';
    const hiring = (...hires: string[]): string => `  hiring:\n${hires.map((lines) => `    - ${lines.trimStart()}`).join('')}`;
    const COMPLETE = 'role: pm\n      level: mid\n      team: checkout\n      targetQuarter: 2027-Q2\n      reason: Checkout splits in two.\n      status: planned\n';

    it('passes with complete positions', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA, hiring(COMPLETE)), { code }), []);
    });

    it('fires at the entry of a position lacking level, targetQuarter or reason', () => {
      const text = charter(
        DANA,
        hiring('role: pm\n      team: checkout\n      status: open\n', 'role: product-designer\n      level: senior\n      targetQuarter: 2027-Q1\n      status: interviewing\n'),
      );
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '16:7-16:15',
          severity: 'info',
          code,
          message: 'The pm hire for team "checkout" has no level, targetQuarter or reason: consider adding them, so the plan says what seniority is needed, by when and why.',
        },
        {
          range: '19:7-19:29',
          severity: 'info',
          code,
          message: 'The product-designer hire #2 has no reason: consider adding it, so the plan says what seniority is needed, by when and why.',
        },
      ]);
    });

    it('names two missing fields with "or", and skips filled positions', () => {
      const text = charter(DANA, hiring(COMPLETE.replace('      level: mid\n', '').replace('      reason: Checkout splits in two.\n', ''), 'role: pm\n      status: filled\n'));
      assert.deepEqual(
        lintFile(CHARTER, text, { code }).map((finding) => finding.message.split(':')[0]),
        ['The pm hire for team "checkout" has no level or reason'],
      );
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA, '  hiring:\n    - 3\n    - team: payouts\n      level: ""\n'), { code }).map((finding) => finding.message.split(':')[0]),
        ['Hiring entry #2 for team "payouts" has no level, targetQuarter or reason'],
      );
      assert.deepEqual(lintFile(CHARTER, charter(DANA, '  hiring: soon\n'), { code }), []);
    });
  });

  describe('team-development/hire-breaks-span', () => {
    const code = 'team-development/hire-breaks-span';
    const hire = (manager: string, status = 'planned'): string =>
      `    - role: pm\n      level: mid\n      team: checkout\n      reportsTo: ${manager}\n      targetQuarter: 2027-Q2\n      reason: Growth.\n      status: ${status}\n`;

    it('passes when the hires keep their manager within eight direct reports', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + reports(6, 'dana'), `  hiring:\n${hire('dana')}${hire('dana', 'open')}`), { code }), []);
    });

    it('fires at the reportsTo of every pending hire that pushes their manager past eight', () => {
      const text = charter(DANA + reports(7, 'dana'), `  hiring:\n${hire('dana')}${hire('dana', 'interviewing')}${hire('dana', 'filled')}`);
      const message =
        'The pm hire for team "checkout" would give "dana" 9 direct reports (7 today and 2 pending hires): consider another manager for it, or adding a group PM or director first, to stay within 8.';
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        { range: '47:18-47:22', severity: 'info', code, message },
        { range: '54:18-54:22', severity: 'info', code, message },
      ]);
    });

    it('leaves managers already past the limit to span-of-control, and hires without a manager alone', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA + reports(9, 'dana'), `  hiring:\n${hire('dana')}`), { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(DANA + reports(8, 'dana'), `  hiring:\n${hire('dana').replace('      reportsTo: dana\n', '')}`), { code }), []);
    });

    it('takes max from the configuration', () => {
      const text = charter(DANA + reports(2, 'dana'), `  hiring:\n${hire('dana', 'open')}`);
      assert.deepEqual(lintFile(CHARTER, text, { code, config: config(code, '[warning, { max: 2 }]') }), [
        {
          range: '27:18-27:22',
          severity: 'warning',
          code,
          message:
            'The pm hire for team "checkout" would give "dana" 3 direct reports (2 today and 1 pending hire): consider another manager for it, or adding a group PM or director first, to stay within 2.',
        },
      ]);
      assert.deepEqual(lintFile(CHARTER, text, { code, config: config(code, '[warning, { max: 3 }]') }), []);
    });

    it('counts a new manager with no reports yet, and does not throw on odd shapes', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA, `  hiring:\n${hire('newbie')}${hire('newbie')}    - 4\n`), { code, config: config(code, '[info, { max: 1 }]') }).map(
          (finding) => finding.message.split(':')[0],
        ),
        [
          'The pm hire for team "checkout" would give "newbie" 2 direct reports (0 today and 2 pending hires)',
          'The pm hire for team "checkout" would give "newbie" 2 direct reports (0 today and 2 pending hires)',
        ],
      );
      assert.deepEqual(lintFile(CHARTER, charter(DANA, '  hiring: {}\n'), { code }), []);
    });
  });

  describe('team-development/no-onboarding', () => {
    const code = 'team-development/no-onboarding';
    const hiring = (status: string): string => `  hiring:\n    - role: pm\n      status: ${status}\n`;
    const onboarding = (weeks: string): string => `  onboarding:\n    rampWeeks: ${weeks}\n`;

    it('fires at the hiring key when positions are to be filled and there is no onboarding', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA, hiring('planned') + '    - role: apm\n      status: open\n'), { code }), [
        {
          range: '15:3-15:9',
          severity: 'info',
          code,
          message: 'The hiring plan has 2 positions to fill but the charter has no onboarding: consider a plan with ramp-up weeks, a buddy and a training plan before they start.',
        },
      ]);
    });

    it('passes with only filled positions or no hiring at all', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA, hiring('filled')), { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(DANA), { code }), []);
    });

    it('fires at rampWeeks below eight weeks, with or without hires', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA, onboarding('4')), { code }), [
        { range: '16:16-16:17', severity: 'info', code, message: 'Onboarding gives new members 4 weeks to ramp up: consider at least 8 weeks before they own outcomes.' },
      ]);
      assert.deepEqual(lintFile(CHARTER, charter(DANA, hiring('interviewing') + onboarding('8')), { code }), []);
    });

    it('takes minWeeks from the configuration', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA, onboarding('4')), { code, config: config(code, '[info, { minWeeks: 4 }]') }), []);
      assert.deepEqual(lintFile(CHARTER, charter(DANA, onboarding('1')), { code, config: config(code, '[warning, { minWeeks: 2 }]') }), [
        { range: '16:16-16:17', severity: 'warning', code, message: 'Onboarding gives new members 1 week to ramp up: consider at least 2 weeks before they own outcomes.' },
      ]);
    });

    it('leaves a missing or odd rampWeeks to the schema and does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA, hiring('open') + '  onboarding:\n    buddy: true\n'), { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(DANA, hiring('open') + onboarding('soon')), { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(DANA, '  hiring: [3, null]\n'), { code }), []);
    });
  });

  describe('team-development/no-training', () => {
    const code = 'team-development/no-training';
    const message = 'The charter lists no training: consider recurring trainings on the skills the team is growing, each with an audience and a cadence.';

    it('fires at spec without training and at an empty training list', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA), { code }), [{ range: '5:1-5:5', severity: 'info', code, message }]);
      assert.deepEqual(lintFile(CHARTER, charter(DANA, '  training: []\n'), { code }), [{ range: '15:3-15:11', severity: 'info', code, message }]);
    });

    it('passes with a training, and can be raised or turned off in the configuration', () => {
      const text = charter(DANA, '  training:\n    - topic: Continuous discovery habits\n      cadence: quarterly\n');
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
      assert.deepEqual(
        lintFile(CHARTER, charter(DANA), { code, config: config(code, 'warning') }).map((finding) => finding.severity),
        ['warning'],
      );
      assert.deepEqual(lintFile(CHARTER, charter(DANA), { code, config: config(code, 'off') }), []);
    });

    it('can be suppressed in the file and does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(CHARTER, charter(DANA, '  # product-specs-disable-next-line team-development/no-training\n  training: []\n'), { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(DANA, '  training: weekly\n'), { code }), [{ range: '15:3-15:11', severity: 'info', code, message }]);
    });
  });

  describe('the Acme example workspace', () => {
    it('reports exactly the two team-development problems marked in the examples', () => {
      const folder = path.resolve(__dirname, '../../../examples/acme');
      const files: Record<string, string> = {};
      for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.yaml'))) files[name] = fs.readFileSync(path.join(folder, name), 'utf8');
      const results = lintFiles(files);
      const found = Object.entries(results).flatMap(([name, findings]) =>
        findings.filter((finding) => finding.code.startsWith('team-development/')).map((finding) => `${name}:${finding.range} ${finding.code}`),
      );
      assert.deepEqual(found, ['team.charter.yaml:79:25-79:35 team-development/stale-assessment', 'team.charter.yaml:91:7-91:15 team-development/junior-without-mentor']);
    });
  });
});
