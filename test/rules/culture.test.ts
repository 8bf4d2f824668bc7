import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cultureRules } from '../../server/src/core/rules/culture';
import { lintFile, lintFiles } from '../helpers/engine';
import { cashFlowRoadmapSpec, CHARTER, charterFile, itFiresOnItsExamplesOnly, ROADMAP, roadmapMetadata, specFile } from '../helpers/ruleFixtures';

/** A valid charter whose `spec` continues with the given lines (from line 13 on). */
function charter(specLines: string): string {
  return charterFile(specLines);
}

/** A valid roadmap whose items are the given lines (from line 15 on). */
function roadmap(itemLines: string): string {
  return specFile('Roadmap', roadmapMetadata(''), `${cashFlowRoadmapSpec('get-paid-fast')}  items:\n    - id: first\n      title: First item\n${itemLines}`);
}

function rituals(...list: Array<[string, string, string?]>): string {
  return `  rituals:\n${list.map(([name, kind, cadence]) => `    - name: ${name}\n      kind: ${kind}\n${cadence ? `      cadence: ${cadence}\n` : ''}`).join('')}`;
}

describe('culture rules', () => {
  describe('examples', () => {
    itFiresOnItsExamplesOnly(cultureRules);

    it('lists the ten rules of the catalogue in order, all in the culture area', () => {
      assert.deepEqual(
        cultureRules.map((rule) => rule.meta.id),
        [
          'culture/no-discovery-ritual',
          'culture/no-learning-ritual',
          'culture/untested-assumptions',
          'culture/single-solution',
          'culture/low-confidence-now',
          'culture/team-without-designer',
          'culture/engineer-ratio',
          'culture/peer-chemistry',
          'culture/no-working-agreements',
          'culture/no-celebration',
        ],
      );
      assert.ok(cultureRules.every((rule) => rule.meta.area === 'culture'));
    });
  });

  describe('culture/no-discovery-ritual', () => {
    const code = 'culture/no-discovery-ritual';

    it('fires at the spec key when the charter has no rituals', () => {
      assert.deepEqual(lintFile(CHARTER, charter(''), { code }), [
        {
          range: '5:1-5:5',
          severity: 'warning',
          code,
          message: 'The charter has no discovery ritual: consider one at least weekly, such as customer interviews or a discovery review with designers and engineers.',
        },
      ]);
    });

    it('fires at the rituals key when no ritual is of kind discovery', () => {
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Sprint review', 'delivery', 'weekly'])), { code }), [
        {
          range: '13:3-13:10',
          severity: 'warning',
          code,
          message: 'The charter has no discovery ritual: consider one at least weekly, such as customer interviews or a discovery review with designers and engineers.',
        },
      ]);
    });

    it('fires at the cadence of each discovery ritual slower than weekly', () => {
      const text = charter(rituals(['Discovery review', 'discovery', 'biweekly'], ['Customer day', 'discovery', 'quarterly']));
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '16:16-16:24',
          severity: 'warning',
          code,
          message: 'Discovery ritual "Discovery review" is biweekly: consider holding discovery at least weekly so the team keeps learning from customers.',
        },
        {
          range: '19:16-19:25',
          severity: 'warning',
          code,
          message: 'Discovery ritual "Customer day" is quarterly: consider holding discovery at least weekly so the team keeps learning from customers.',
        },
      ]);
    });

    it('fires at the ritual entry when a discovery ritual has no cadence', () => {
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Discovery review', 'discovery'])), { code }), [
        {
          range: '14:7-14:29',
          severity: 'warning',
          code,
          message: 'Discovery ritual "Discovery review" has no cadence: consider holding discovery at least weekly so the team keeps learning from customers.',
        },
      ]);
    });

    it('passes with a weekly or a daily discovery ritual, whatever the others', () => {
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Discovery review', 'discovery', 'monthly'], ['Interview hour', 'discovery', 'weekly'])), { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Discovery stand-up', 'discovery', 'daily'])), { code }), []);
    });

    it('takes the slowest accepted cadence from the option "slowest"', () => {
      const text = charter(rituals(['Discovery review', 'discovery', 'biweekly']));
      assert.deepEqual(lintFile(CHARTER, text, { code, config: 'rules:\n  culture/no-discovery-ritual: [warning, { slowest: biweekly }]\n' }), []);
      assert.deepEqual(
        lintFile(CHARTER, charter(rituals(['Discovery review', 'discovery', 'weekly'])), { code, config: 'rules:\n  culture/no-discovery-ritual: [error, { slowest: daily }]\n' }),
        [
          {
            range: '16:16-16:22',
            severity: 'error',
            code,
            message: 'Discovery ritual "Discovery review" is weekly: consider holding discovery at least daily so the team keeps learning from customers.',
          },
        ],
      );
    });

    it('falls back to weekly when "slowest" is not a cadence', () => {
      const text = charter(rituals(['Discovery review', 'discovery', 'biweekly']));
      const found = lintFile(CHARTER, text, { code, config: 'rules:\n  culture/no-discovery-ritual: [info, { slowest: fortnightly }]\n' });
      assert.deepEqual(found, [
        {
          range: '16:16-16:24',
          severity: 'info',
          code,
          message: 'Discovery ritual "Discovery review" is biweekly: consider holding discovery at least weekly so the team keeps learning from customers.',
        },
      ]);
    });

    it('does not throw on rituals of the wrong type, and reports them as missing', () => {
      const text = charter(`  rituals: often\n`);
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '13:3-13:10',
          severity: 'warning',
          code,
          message: 'The charter has no discovery ritual: consider one at least weekly, such as customer interviews or a discovery review with designers and engineers.',
        },
      ]);
      assert.deepEqual(lintFile(CHARTER, charter(`  rituals:\n    - name: Odd\n      kind: discovery\n      cadence: 7\n`), { code }), [
        {
          range: '16:16-16:17',
          severity: 'warning',
          code,
          message: 'Discovery ritual "Odd" has no known cadence: consider holding discovery at least weekly so the team keeps learning from customers.',
        },
      ]);
    });

    it('says nothing when the spec is not a mapping', () => {
      assert.deepEqual(lintFile(CHARTER, 'apiVersion: productspecs/v1\nkind: TeamCharter\nmetadata:\n  id: x\nspec: [1, 2]\n', { code }), []);
    });
  });

  describe('culture/no-learning-ritual', () => {
    const code = 'culture/no-learning-ritual';

    it('fires at the rituals key when no ritual is of kind learning', () => {
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Discovery review', 'discovery', 'weekly'])), { code }), [
        {
          range: '13:3-13:10',
          severity: 'info',
          code,
          message: 'The charter has no learning ritual: consider a regular retrospective or experiment review so the team learns from what it tries and ships.',
        },
      ]);
    });

    it('fires at the spec key when there are no rituals, with the configured severity', () => {
      assert.deepEqual(lintFile(CHARTER, charter(''), { code, config: 'rules:\n  culture/no-learning-ritual: warning\n' }), [
        {
          range: '5:1-5:5',
          severity: 'warning',
          code,
          message: 'The charter has no learning ritual: consider a regular retrospective or experiment review so the team learns from what it tries and ships.',
        },
      ]);
    });

    it('passes with a learning ritual of any cadence, and can be turned off', () => {
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Retrospective', 'learning', 'quarterly'])), { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(''), { code, config: 'rules:\n  culture/no-learning-ritual: off\n' }), []);
    });

    it('does not throw on odd ritual entries', () => {
      assert.deepEqual(lintFile(CHARTER, charter(`  rituals:\n    - learning\n    - null\n    - [learning]\n`), { code }), [
        {
          range: '13:3-13:10',
          severity: 'info',
          code,
          message: 'The charter has no learning ritual: consider a regular retrospective or experiment review so the team learns from what it tries and ships.',
        },
      ]);
    });
  });

  describe('culture/untested-assumptions', () => {
    const code = 'culture/untested-assumptions';

    it('fires at the item when a now item in discovery has no discovery block', () => {
      const text = roadmap(`      horizon: now
      owner: sam
      stage: discovery
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '14:7-14:16',
          severity: 'warning',
          code,
          message:
            'Now item "first" is in discovery with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it.',
        },
      ]);
    });

    it('fires at the item when the discovery block has no assumption tests', () => {
      const text = roadmap(`      horizon: now
      owner: sam
      stage: opportunity
      discovery:
        customerInterviews: 4
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '14:7-14:16',
          severity: 'warning',
          code,
          message:
            'Now item "first" is an opportunity with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it.',
        },
      ]);
    });

    it('fires at an empty list of assumption tests', () => {
      const text = roadmap(`      horizon: now
      owner: sam
      stage: discovery
      discovery:
        assumptionTests: []
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '20:26-20:28',
          severity: 'warning',
          code,
          message:
            'Now item "first" is in discovery with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it.',
        },
      ]);
    });

    it('passes with an assumption test, for next and later items, and for items past discovery', () => {
      const tested = roadmap(`      horizon: now
      owner: sam
      stage: discovery
      discovery:
        assumptionTests:
          - assumption: Merchants want their money within minutes
            risk: value
            status: planned
`);
      assert.deepEqual(lintFile(ROADMAP, tested, { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('      horizon: next\n      owner: sam\n      stage: discovery\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('      horizon: now\n      owner: sam\n      stage: validated\n'), { code }), []);
    });

    it('names an item without an id by its position and does not throw on odd shapes', () => {
      const text = `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: acme-pay-roadmap
spec:
  format: now-next-later
  themes: []
  items:
    - just a string
    - title: No id
      horizon: now
      owner: sam
      stage: discovery
      discovery: yes
`;
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '10:7-10:19',
          severity: 'warning',
          code,
          message:
            'Now item "#2" is in discovery with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it.',
        },
      ]);
      assert.deepEqual(lintFile(ROADMAP, 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata:\n  id: r\nspec:\n  items: 3\n', { code }), []);
    });
  });

  describe('culture/single-solution', () => {
    const code = 'culture/single-solution';

    it('fires at solutionsConsidered below 3', () => {
      const text = roadmap(`      horizon: next
      owner: sam
      stage: discovery
      discovery:
        solutionsConsidered: 1
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '20:30-20:31',
          severity: 'info',
          code,
          message: 'Item "first" considered 1 solution: consider exploring at least 3 solutions to the problem before committing to one.',
        },
      ]);
    });

    it('counts zero solutions in the plural', () => {
      const text = roadmap(`      horizon: now
      owner: sam
      stage: opportunity
      discovery:
        solutionsConsidered: 0
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '20:30-20:31',
          severity: 'info',
          code,
          message: 'Item "first" considered 0 solutions: consider exploring at least 3 solutions to the problem before committing to one.',
        },
      ]);
    });

    it('passes at 3 or more, and when the number is missing or not a number', () => {
      for (const discovery of [
        '      discovery:\n        solutionsConsidered: 3\n',
        '      discovery:\n        customerInterviews: 2\n',
        '      discovery:\n        solutionsConsidered: two\n',
        '',
      ]) {
        assert.deepEqual(lintFile(ROADMAP, roadmap(`      horizon: now\n      owner: sam\n      stage: discovery\n${discovery}`), { code }), []);
      }
    });

    it('takes the threshold from the option "min"', () => {
      const text = roadmap(`      horizon: now
      owner: sam
      stage: discovery
      discovery:
        solutionsConsidered: 3
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code, config: 'rules:\n  culture/single-solution: [warning, { min: 4 }]\n' }), [
        {
          range: '20:30-20:31',
          severity: 'warning',
          code,
          message: 'Item "first" considered 3 solutions: consider exploring at least 4 solutions to the problem before committing to one.',
        },
      ]);
      assert.deepEqual(
        lintFile(ROADMAP, text.replace('solutionsConsidered: 3', 'solutionsConsidered: 2'), { code, config: 'rules:\n  culture/single-solution: [info, { min: 2 }]\n' }),
        [],
      );
    });
  });

  describe('culture/low-confidence-now', () => {
    const code = 'culture/low-confidence-now';

    it('fires at the confidence of a low-confidence now item in delivery', () => {
      const text = roadmap(`      horizon: now
      owner: sam
      stage: delivery
      confidence: low
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '19:19-19:22',
          severity: 'warning',
          code,
          message: 'Now item "first" is in delivery with low confidence: consider going back to discovery to test its riskiest assumptions before building more.',
        },
      ]);
    });

    it('passes in discovery, with medium confidence, for next items, and escalates when configured', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap('      horizon: now\n      owner: sam\n      stage: discovery\n      confidence: low\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('      horizon: now\n      owner: sam\n      stage: delivery\n      confidence: medium\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('      horizon: next\n      owner: sam\n      stage: delivery\n      confidence: low\n'), { code }), []);
      assert.deepEqual(
        lintFile(ROADMAP, roadmap('      horizon: now\n      owner: sam\n      stage: delivery\n      confidence: low\n'), {
          code,
          config: 'rules:\n  culture/low-confidence-now: error\n',
        }).map((finding) => finding.severity),
        ['error'],
      );
    });
  });

  describe('culture/team-without-designer', () => {
    const code = 'culture/team-without-designer';
    const team = (id: string, designer?: string): string =>
      `    - id: ${id}\n      name: ${id}\n      mission: Own the ${id} problem.\n      pm: dana\n${designer === undefined ? '' : `      designer: ${designer}\n`}`;
    // The designers the teams name, kept in a second charter: a member id is one person across charters.
    const others = {
      'design.charter.yaml': specFile(
        'TeamCharter',
        '  id: design-team\n',
        '  purpose: Design.\n  mission: Design.\n  headOfProduct: dana\n  members:\n    - id: lea\n      name: Lea\n      role: product-designer\n      reportsTo: dana\n    - id: kai\n      name: Kai\n      role: product-designer\n      reportsTo: dana\n',
      ),
    };

    it('fires at the team entry when a product team has no designer', () => {
      assert.deepEqual(lintFile(CHARTER, charter(`  productTeams:\n${team('payouts', 'lea')}${team('insights')}`), { code, others }), [
        {
          range: '19:7-19:19',
          severity: 'warning',
          code,
          message: 'Product team "insights" has no designer: consider adding a product designer who works with the PM and engineers from discovery on.',
        },
      ]);
    });

    it('mentions an open designer hire for the team', () => {
      const text = charter(`  productTeams:
${team('insights')}  hiring:
    - role: product-designer
      team: insights
      status: open
`);
      assert.deepEqual(lintFile(CHARTER, text, { code, others }), [
        {
          range: '14:7-14:19',
          severity: 'warning',
          code,
          message:
            'Product team "insights" has no designer (a product-designer hire for it is open): consider who covers design until the hire starts, so design takes part in discovery from the start.',
        },
      ]);
    });

    it('ignores filled hires and hires for other roles or teams', () => {
      const text = charter(`  productTeams:
${team('insights')}  hiring:
    - role: product-designer
      team: insights
      status: filled
    - role: pm
      team: insights
      status: open
    - role: product-designer
      team: payouts
      status: open
`);
      assert.deepEqual(lintFile(CHARTER, text, { code, others }), [
        {
          range: '14:7-14:19',
          severity: 'warning',
          code,
          message: 'Product team "insights" has no designer: consider adding a product designer who works with the PM and engineers from discovery on.',
        },
      ]);
    });

    it('fires at the key of an empty designer', () => {
      assert.deepEqual(lintFile(CHARTER, charter(`  productTeams:\n${team('payouts', '""')}`), { code, others }), [
        {
          range: '18:17-18:19',
          severity: 'warning',
          code,
          message: 'Product team "payouts" has no designer: consider adding a product designer who works with the PM and engineers from discovery on.',
        },
      ]);
    });

    it('fires at every team of a designer on more than 2 teams', () => {
      const text = charter(`  productTeams:\n${team('payouts', 'lea')}${team('checkout', 'lea')}${team('onboarding', 'lea')}${team('insights', 'kai')}`);
      const message =
        '"lea" is the designer of 3 product teams ("payouts", "checkout" and "onboarding"): consider at most 2 per designer so they can take part in each team\'s discovery.';
      assert.deepEqual(lintFile(CHARTER, text, { code, others }), [
        { range: '18:17-18:20', severity: 'warning', code, message },
        { range: '23:17-23:20', severity: 'warning', code, message },
        { range: '28:17-28:20', severity: 'warning', code, message },
      ]);
    });

    it('takes the limit from the option "maxTeams"', () => {
      const text = charter(`  productTeams:\n${team('payouts', 'lea')}${team('checkout', 'lea')}${team('onboarding', 'lea')}`);
      assert.deepEqual(lintFile(CHARTER, text, { code, others, config: 'rules:\n  culture/team-without-designer: [warning, { maxTeams: 3 }]\n' }), []);
      const two = charter(`  productTeams:\n${team('payouts', 'lea')}${team('checkout', 'lea')}`);
      const message = '"lea" is the designer of 2 product teams ("payouts" and "checkout"): consider at most 1 per designer so they can take part in each team\'s discovery.';
      assert.deepEqual(lintFile(CHARTER, two, { code, others, config: 'rules:\n  culture/team-without-designer: [info, { maxTeams: 1 }]\n' }), [
        { range: '18:17-18:20', severity: 'info', code, message },
        { range: '23:17-23:20', severity: 'info', code, message },
      ]);
    });

    it('passes without product teams and does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(CHARTER, charter(''), { code, others }), []);
      assert.deepEqual(lintFile(CHARTER, charter('  productTeams: many\n  hiring: 2\n'), { code, others }), []);
      assert.deepEqual(lintFile(CHARTER, charter(`  productTeams:\n    - 3\n${team('payouts', 'lea')}  hiring: [1, null]\n`), { code, others }), []);
    });
  });

  describe('culture/engineer-ratio', () => {
    const code = 'culture/engineer-ratio';
    const team = (engineers: string): string =>
      charter(`  productTeams:\n    - id: payouts\n      name: Payouts\n      mission: Pay merchants fast.\n      pm: dana\n      engineers: ${engineers}\n`);

    it('fires below 2 engineers', () => {
      assert.deepEqual(lintFile(CHARTER, team('1'), { code }), [
        {
          range: '18:18-18:19',
          severity: 'info',
          code,
          message: 'Product team "payouts" has 1 engineer: consider at least 2 so the team can build and run what it discovers.',
        },
      ]);
      assert.deepEqual(
        lintFile(CHARTER, team('0'), { code }).map((finding) => finding.message),
        ['Product team "payouts" has 0 engineers: consider at least 2 so the team can build and run what it discovers.'],
      );
    });

    it('fires above 10 engineers', () => {
      assert.deepEqual(lintFile(CHARTER, team('12'), { code }), [
        {
          range: '18:18-18:20',
          severity: 'info',
          code,
          message: 'Product team "payouts" has 12 engineers: consider at most 10, for example by splitting it into two teams with their own missions.',
        },
      ]);
    });

    it('passes from 2 to 10 engineers, and when the number is missing or not a number', () => {
      for (const engineers of ['2', '10', 'six', '[]']) assert.deepEqual(lintFile(CHARTER, team(engineers), { code }), []);
      assert.deepEqual(lintFile(CHARTER, team('1').replace('      engineers: 1\n', ''), { code }), []);
    });

    it('takes the limits from the options "min" and "max"', () => {
      const config = 'rules:\n  culture/engineer-ratio: [warning, { min: 4, max: 8 }]\n';
      assert.deepEqual(
        lintFile(CHARTER, team('3'), { code, config }).map((finding) => [finding.severity, finding.message]),
        [['warning', 'Product team "payouts" has 3 engineers: consider at least 4 so the team can build and run what it discovers.']],
      );
      assert.deepEqual(
        lintFile(CHARTER, team('9'), { code, config }).map((finding) => [finding.severity, finding.message]),
        [['warning', 'Product team "payouts" has 9 engineers: consider at most 8, for example by splitting it into two teams with their own missions.']],
      );
      assert.deepEqual(lintFile(CHARTER, team('1'), { code, config: 'rules:\n  culture/engineer-ratio: [info, { min: 1 }]\n' }), []);
    });
  });

  describe('culture/peer-chemistry', () => {
    const code = 'culture/peer-chemistry';

    it('fires once at the spec key when there are no peers', () => {
      assert.deepEqual(lintFile(CHARTER, charter(''), { code }), [
        {
          range: '5:1-5:5',
          severity: 'info',
          code,
          message: 'The charter lists no peers: consider adding the CTO or engineering lead and the marketing lead, with a regular one-on-one cadence for each.',
        },
      ]);
    });

    it('fires for a missing marketing lead and a peer without cadence', () => {
      const text = charter(`  peers:
    - role: CTO
      name: Priya Raman
`);
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '13:3-13:8',
          severity: 'info',
          code,
          message: 'The peers include no marketing lead: consider adding the CMO or VP Marketing with a regular one-on-one, so positioning and launches are shaped together.',
        },
        {
          range: '14:7-14:16',
          severity: 'info',
          code,
          message: 'Peer "Priya Raman" (CTO) has no cadence: consider a regular one-on-one with them to build the trust that collaboration needs.',
        },
      ]);
    });

    it('fires for a missing engineering lead; a "Director" is not a CTO', () => {
      const text = charter(`  peers:
    - role: CMO
      name: Tom Becker
      cadence: biweekly
    - role: Director of Sales
      name: Sofia Marin
      cadence: monthly
`);
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        {
          range: '13:3-13:8',
          severity: 'info',
          code,
          message:
            'The peers include no CTO or engineering lead: consider adding them with a regular one-on-one, since product and engineering only collaborate as well as their leaders do.',
        },
      ]);
    });

    it('passes with engineering and marketing leads under other titles, each with a cadence', () => {
      const text = charter(`  peers:
    - role: Chief Technology Officer
      name: Priya Raman
      cadence: weekly
    - role: Head of Growth Marketing
      name: Tom Becker
      cadence: monthly
`);
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
      assert.deepEqual(lintFile(CHARTER, text.replace('Chief Technology Officer', 'VP Engineering'), { code }), []);
    });

    it('counts the CTO the Head of Product reports to as the engineering lead', () => {
      const text = charter(`  reportsTo:
    role: CTO
    name: Priya Raman
  peers:
    - role: VP Marketing
      name: Tom Becker
      cadence: weekly
`);
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter('  reportsTo:\n    role: CTO\n    name: Priya Raman\n'), { code }), [
        {
          range: '5:1-5:5',
          severity: 'info',
          code,
          message: 'The peers include no marketing lead: consider adding the CMO or VP Marketing with a regular one-on-one, so positioning and launches are shaped together.',
        },
      ]);
    });

    it('does not throw on peers of the wrong shape', () => {
      assert.deepEqual(
        lintFile(CHARTER, charter('  peers:\n    - 3\n    - role: 7\n'), { code }).map((finding) => finding.message),
        [
          'The peers include no CTO or engineering lead: consider adding them with a regular one-on-one, since product and engineering only collaborate as well as their leaders do.',
          'The peers include no marketing lead: consider adding the CMO or VP Marketing with a regular one-on-one, so positioning and launches are shaped together.',
          'Peer "#2" has no cadence: consider a regular one-on-one with them to build the trust that collaboration needs.',
        ],
      );
    });
  });

  describe('culture/no-working-agreements', () => {
    const code = 'culture/no-working-agreements';

    it('fires at the spec key when there are no working agreements', () => {
      assert.deepEqual(lintFile(CHARTER, charter(''), { code }), [
        {
          range: '5:1-5:5',
          severity: 'info',
          code,
          message: 'The charter has no working agreements: consider writing down with the team how product, design and engineering work together.',
        },
      ]);
    });

    it('fires at the key of an empty or blank list', () => {
      for (const list of ['[]', '[" "]', '[3]', 'none']) {
        assert.deepEqual(lintFile(CHARTER, charter(`  workingAgreements: ${list}\n`), { code }), [
          {
            range: '13:3-13:20',
            severity: 'info',
            code,
            message: 'The charter has no working agreements: consider writing down with the team how product, design and engineering work together.',
          },
        ]);
      }
    });

    it('passes with one agreement', () => {
      assert.deepEqual(lintFile(CHARTER, charter('  workingAgreements:\n    - We decide together and write it down.\n'), { code }), []);
    });
  });

  describe('culture/no-celebration', () => {
    const code = 'culture/no-celebration';

    it('fires at the rituals key when no ritual is of kind celebration', () => {
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Retrospective', 'learning', 'biweekly'])), { code }), [
        {
          range: '13:3-13:10',
          severity: 'info',
          code,
          message: 'The charter has no celebration ritual: consider a regular moment to recognise wins and thank each other, so the team stays motivated.',
        },
      ]);
    });

    it('passes with a celebration ritual, and can be suppressed in the file', () => {
      assert.deepEqual(lintFile(CHARTER, charter(rituals(['Wins and thank-yous', 'celebration', 'monthly'])), { code }), []);
      assert.deepEqual(
        lintFile(CHARTER, charter(`  # product-specs-disable-next-line culture/no-celebration\n${rituals(['Retrospective', 'learning', 'biweekly'])}`), { code }),
        [],
      );
    });
  });

  describe('the Acme example workspace', () => {
    it('reports exactly the two culture problems marked in the examples', () => {
      const folder = path.resolve(__dirname, '../../../examples/acme');
      const files: Record<string, string> = {};
      for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.yaml'))) files[name] = fs.readFileSync(path.join(folder, name), 'utf8');
      const results = lintFiles(files);
      const culture = Object.entries(results).flatMap(([name, findings]) =>
        findings.filter((finding) => finding.code.startsWith('culture/')).map((finding) => `${name}:${finding.range.split('-')[0]} ${finding.code}`),
      );
      assert.deepEqual(culture, ['acme.roadmap.yaml:341:7 culture/untested-assumptions', 'team.charter.yaml:221:7 culture/team-without-designer']);
    });
  });
});
