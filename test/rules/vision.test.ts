import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import { visionRules } from '../../server/src/core/rules/vision';
import { ROADMAP_OBJECTIVES } from '../../server/src/core/rules/vision/shared';
import { lintFile, lintFiles, TODAY } from '../helpers/engine';
import { itFiresOnItsExamplesOnly, ROADMAP, roadmapMetadata, specFile, VISION } from '../helpers/ruleFixtures';

/** The metadata of the test vision (lines 4 to 6). */
const METADATA = `  id: acme-vision
  owner: dana
  lastReviewed: 2026-10-01
`;

/** The spec of the test vision (from line 8): statement, horizon, ownership, narrative, groups (13), needs (17), goals (21). */
const SPEC = `  statement: Every small merchant gets paid instantly and understands every cent of their money.
  horizon:
    years: 5
  ownership: product-team
  narrative: Maya's sales reach her account before she has packed up her market stall.
  targetGroups:
    - id: small-merchants
      name: Small online merchants
      primary: true
  needs:
    - id: same-day-cash
      targetGroup: small-merchants
      statement: I need today's sales in my account today.
  goals:
    - id: grow-active-merchants
      statement: Become the default way small merchants get paid.
      metric: Monthly active merchants
      target: 250000
`;

function vision(spec = SPEC, metadata = METADATA): string {
  return specFile('Vision', metadata, spec);
}

/** The spec of the test roadmap (from line 8): objectives (9), themes (18), items (23). */
const ROADMAP_SPEC = `${ROADMAP_OBJECTIVES}  themes:
    - id: cash-flow
      name: Cash when it is needed
      problem: Merchants wait days for their money.
      needs: [same-day-cash]
  items:
    - id: instant-payouts
      title: Instant payouts
      horizon: next
      theme: cash-flow
      owner: dana
      stage: discovery
`;

function roadmap(spec = ROADMAP_SPEC, { id = 'acme-pay-roadmap', visionId = 'acme-vision' } = {}): string {
  return specFile('Roadmap', roadmapMetadata(visionId, id), spec);
}

/** Replaces one exact piece of a fixture, failing loudly when the piece is not there. */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Appends `goals` entries after the last goal of the test vision. */
const SECOND_GOAL = `    - id: retain-merchants
      statement: Keep merchants with us as their business grows.
      metric: 12-month merchant retention
`;

describe('vision rules', () => {
  describe('examples', () => {
    // The examples are valid and show this rule only: no schema error and no other vision hint in either file.
    itFiresOnItsExamplesOnly(visionRules, { unrelated: (finding, rule) => /^(schema|yaml|vision)\//.test(finding.code) && finding.code !== rule.meta.id });

    it('lists the thirteen rules of the catalogue in order, all in the vision area', () => {
      assert.deepEqual(
        visionRules.map((rule) => rule.meta.id),
        [
          'vision/owner-missing',
          'vision/statement-too-long',
          'vision/solution-in-statement',
          'vision/horizon-out-of-range',
          'vision/no-visual',
          'vision/no-primary-target-group',
          'vision/goal-without-metric',
          'vision/stale-review',
          'vision/weak-positioning',
          'vision/external-ownership',
          'vision/untraced-goal',
          'vision/unknown-vision-ref',
          'vision/item-without-theme',
        ],
      );
      assert.ok(visionRules.every((rule) => rule.meta.area === 'vision'));
      assert.deepEqual(
        visionRules.filter((rule) => rule.meta.crossFile).map((rule) => rule.meta.id),
        ['vision/untraced-goal', 'vision/unknown-vision-ref'],
      );
      assert.deepEqual(
        visionRules.filter((rule) => rule.meta.kinds.includes('Roadmap')).map((rule) => rule.meta.id),
        ['vision/unknown-vision-ref', 'vision/item-without-theme'],
      );
    });

    it('the test fixtures are clean: no schema error and no vision hint in a vision and roadmap that trace to each other', () => {
      const results = lintFiles({ [VISION]: vision(), [ROADMAP]: roadmap() });
      const own = (name: string): string[] => results[name].filter((finding) => /^(schema|yaml|vision)\//.test(finding.code)).map((finding) => finding.code);
      assert.deepEqual([own(VISION), own(ROADMAP)], [[], []]);
    });

    it('no rule throws on files of odd shapes', () => {
      const odd = [
        '- just\n- a list\n',
        'apiVersion: productspecs/v1\nkind: Vision\nmetadata: 5\nspec: text\n',
        'apiVersion: productspecs/v1\nkind: Vision\nmetadata:\n  id: [a]\n  owner: {x: 1}\n  lastReviewed: 20\nspec:\n  statement: 42\n  horizon: 7\n  ownership: [ceo]\n  visuals: yes\n  narrative: 3\n  targetGroups: {a: 1}\n  needs: [1, null, {id: 4}]\n  goals: [[], {metric: []}]\n  positioning: [unlike]\n  reviewCadence: 9\n',
      ];
      const oddRoadmap =
        'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata:\n  vision: [x]\nspec:\n  objectives: [1, {visionGoal: 3}]\n  themes: [{needs: 7}, {needs: [1, null]}, 3]\n  items: {a: 1}\n';
      for (const text of odd) {
        const results = lintFiles({ [VISION]: text, [ROADMAP]: oddRoadmap });
        const failed = [...results[VISION], ...results[ROADMAP]].filter((finding) => finding.code.startsWith('vision/') && finding.message.includes('failed'));
        assert.deepEqual(failed, []);
      }
    });
  });

  describe('vision/owner-missing', () => {
    const code = 'vision/owner-missing';

    it('fires at metadata when the vision has no owner', () => {
      assert.deepEqual(lintFile(VISION, vision(SPEC, '  id: acme-vision\n  lastReviewed: 2026-10-01\n'), { code }), [
        {
          range: '3:1-3:9',
          severity: 'error',
          code,
          message: 'Vision "acme-vision" has no owner: set metadata.owner to the member accountable for it, usually the Head of Product.',
        },
      ]);
    });

    it('points at the owner key when the owner is empty or null, and names an unnamed vision', () => {
      assert.deepEqual(lintFile(VISION, vision(SPEC, '  id: acme-vision\n  owner: ""\n'), { code }), [
        {
          range: '5:3-5:8',
          severity: 'error',
          code,
          message: 'Vision "acme-vision" has no owner: set metadata.owner to the member accountable for it, usually the Head of Product.',
        },
      ]);
      assert.deepEqual(lintFile(VISION, vision(SPEC, '  owner:\n'), { code }), [
        {
          range: '4:3-4:8',
          severity: 'error',
          code,
          message: 'The vision has no owner: set metadata.owner to the member accountable for it, usually the Head of Product.',
        },
      ]);
    });

    it('fires on the first line when there is no metadata at all', () => {
      assert.deepEqual(lintFile(VISION, `apiVersion: productspecs/v1\nkind: Vision\nspec:\n${SPEC}`, { code }), [
        {
          range: '1:1-1:28',
          severity: 'error',
          code,
          message: 'The vision has no owner: set metadata.owner to the member accountable for it, usually the Head of Product.',
        },
      ]);
    });

    it('passes with an owner, and leaves values of the wrong type to the schema', () => {
      assert.deepEqual(lintFile(VISION, vision(), { code }), []);
      assert.deepEqual(lintFile(VISION, vision(SPEC, '  id: acme-vision\n  owner: 42\n'), { code }), []);
      assert.deepEqual(lintFile(VISION, 'apiVersion: productspecs/v1\nkind: Vision\nmetadata: acme\n', { code }), []);
      assert.deepEqual(lintFile(VISION, '- a\n- b\n', { code }), []);
    });

    it('does not run on roadmaps', () => {
      assert.deepEqual(lintFile(ROADMAP, edit(roadmap(), '  owner: dana\n', ''), { code }), []);
    });
  });

  describe('vision/statement-too-long', () => {
    const code = 'vision/statement-too-long';
    const long = `  statement: >-\n    ${Array.from({ length: 36 }, (_, i) => `word${i + 1}`).join(' ')}\n`;

    it('fires above 35 words, at the statement', () => {
      const text = vision(edit(SPEC, '  statement: Every small merchant gets paid instantly and understands every cent of their money.\n', long));
      assert.deepEqual(lintFile(VISION, text, { code }), [
        {
          range: '8:14-10:1',
          severity: 'warning',
          code,
          message: 'The statement of vision "acme-vision" has 36 words: consider cutting it to 35 or fewer so people can remember and repeat it.',
        },
      ]);
    });

    it('passes at exactly 35 words and with the default statement', () => {
      const exact = `  statement: ${Array.from({ length: 35 }, () => 'word').join(' ')}\n`;
      assert.deepEqual(
        lintFile(VISION, vision(edit(SPEC, '  statement: Every small merchant gets paid instantly and understands every cent of their money.\n', exact)), {
          code,
        }),
        [],
      );
      assert.deepEqual(lintFile(VISION, vision(), { code }), []);
    });

    it('uses the configured maxWords and severity', () => {
      // The test statement has 13 words.
      assert.deepEqual(lintFile(VISION, vision(), { code, config: `rules:\n  ${code}: [error, { maxWords: 12 }]\n` }), [
        {
          range: '8:14-8:97',
          severity: 'error',
          code,
          message: 'The statement of vision "acme-vision" has 13 words: consider cutting it to 12 or fewer so people can remember and repeat it.',
        },
      ]);
      assert.deepEqual(lintFile(VISION, vision(), { code, config: `rules:\n  ${code}: [warning, { maxWords: 13 }]\n` }), []);
      assert.deepEqual(lintFile(VISION, vision(edit(SPEC, '  statement: Every', '  statement: >-\n    Every')), { code, config: `rules:\n  ${code}: off\n` }), []);
    });

    it('ignores a statement that is missing, empty or not text', () => {
      assert.deepEqual(
        lintFile(VISION, vision(edit(SPEC, '  statement: Every small merchant gets paid instantly and understands every cent of their money.\n', '')), {
          code,
        }),
        [],
      );
      assert.deepEqual(lintFile(VISION, vision(edit(SPEC, 'Every small merchant gets paid instantly and understands every cent of their money.', '[a, b]')), { code }), []);
    });
  });

  describe('vision/solution-in-statement', () => {
    const code = 'vision/solution-in-statement';
    const withStatement = (statement: string): string => vision(edit(SPEC, 'Every small merchant gets paid instantly and understands every cent of their money.', statement));

    it('fires on a feature word, whatever its case, and says which one', () => {
      assert.deepEqual(lintFile(VISION, withStatement('The Platform where small merchants get paid.'), { code }), [
        {
          range: '8:14-8:58',
          severity: 'info',
          code,
          message:
            'The statement of vision "acme-vision" uses the word "platform", which names a solution: consider describing the change for customers instead, so the vision outlives today\'s solution.',
        },
      ]);
    });

    it('names every feature word found, in the order of the list', () => {
      assert.deepEqual(lintFile(VISION, withStatement('A dashboard and an app, with one button for every feature.'), { code }), [
        {
          range: '8:14-8:72',
          severity: 'info',
          code,
          message:
            'The statement of vision "acme-vision" uses the words "app", "dashboard", "feature" and "button", which name a solution: consider describing the change for customers instead, so the vision outlives today\'s solution.',
        },
      ]);
    });

    it('matches whole words only', () => {
      assert.deepEqual(lintFile(VISION, withStatement('Happy merchants apply once and get paid; features and apps are not named.'), { code }), []);
      assert.deepEqual(lintFile(VISION, withStatement('Merchants never think about payments again.'), { code }), []);
    });

    it('uses the configured featureWords, phrases and severity', () => {
      const config = `rules:\n  ${code}: [warning, { featureWords: [marketplace, "mobile wallet", "c++"] }]\n`;
      assert.deepEqual(lintFile(VISION, withStatement('Our Mobile  Wallet and marketplace for every dashboard.'), { code, config }), [
        {
          range: '8:14-8:69',
          severity: 'warning',
          code,
          message:
            'The statement of vision "acme-vision" uses the words "marketplace" and "mobile wallet", which name a solution: consider describing the change for customers instead, so the vision outlives today\'s solution.',
        },
      ]);
      assert.deepEqual(lintFile(VISION, withStatement('Written in c++ by merchants.'), { code, config }).length, 1);
      assert.deepEqual(lintFile(VISION, withStatement('The app.'), { code, config: `rules:\n  ${code}: [info, { featureWords: [] }]\n` }), []);
    });
  });

  describe('vision/horizon-out-of-range', () => {
    const code = 'vision/horizon-out-of-range';
    const years = (value: string): string => vision(edit(SPEC, 'years: 5', `years: ${value}`));

    it('fires below 2 years: a roadmap, not a vision', () => {
      assert.deepEqual(lintFile(VISION, years('1'), { code }), [
        {
          range: '10:12-10:13',
          severity: 'warning',
          code,
          message: 'The horizon of vision "acme-vision" is 1 year, which makes it a roadmap: consider looking at least 2 years ahead.',
        },
      ]);
    });

    it('fires above 10 years', () => {
      assert.deepEqual(lintFile(VISION, years('11'), { code }), [
        {
          range: '10:12-10:14',
          severity: 'warning',
          code,
          message: 'The horizon of vision "acme-vision" is 11 years, too far ahead to guide today\'s choices: consider 10 years or fewer.',
        },
      ]);
    });

    it('passes from 2 to 10 years, and ignores a horizon that is not a number', () => {
      for (const value of ['2', '5', '10', 'five', '[5]']) assert.deepEqual(lintFile(VISION, years(value), { code }), [], value);
      assert.deepEqual(lintFile(VISION, vision(edit(SPEC, '  horizon:\n    years: 5\n', '')), { code }), []);
    });

    it('uses the configured min, max and severity', () => {
      const config = `rules:\n  ${code}: [error, { min: 3, max: 6 }]\n`;
      assert.deepEqual(lintFile(VISION, years('2'), { code, config }), [
        {
          range: '10:12-10:13',
          severity: 'error',
          code,
          message: 'The horizon of vision "acme-vision" is 2 years, which makes it a roadmap: consider looking at least 3 years ahead.',
        },
      ]);
      assert.deepEqual(lintFile(VISION, years('7'), { code, config }), [
        {
          range: '10:12-10:13',
          severity: 'error',
          code,
          message: 'The horizon of vision "acme-vision" is 7 years, too far ahead to guide today\'s choices: consider 6 years or fewer.',
        },
      ]);
      assert.deepEqual(lintFile(VISION, years('6'), { code, config }), []);
    });
  });

  describe('vision/no-visual', () => {
    const code = 'vision/no-visual';
    const noNarrative = edit(SPEC, "  narrative: Maya's sales reach her account before she has packed up her market stall.\n", '');
    const message =
      'Vision "acme-vision" has no visuals and no narrative: consider adding a storyboard, prototype or diagram under visuals, or a narrative told from the customer\'s side.';

    it('fires at spec when there are neither visuals nor a narrative', () => {
      assert.deepEqual(lintFile(VISION, vision(noNarrative), { code }), [{ range: '7:1-7:5', severity: 'info', code, message }]);
    });

    it('points at an empty visuals list, and counts an empty narrative as none', () => {
      assert.deepEqual(lintFile(VISION, vision(`${noNarrative}  visuals: []\n  narrative: "  "\n`), { code }), [{ range: '25:3-25:10', severity: 'info', code, message }]);
    });

    it('passes with a narrative only, or with visuals only', () => {
      assert.deepEqual(lintFile(VISION, vision(), { code }), []);
      const visuals = '  visuals:\n    - title: Storyboard\n      link: https://design.acme.example/storyboard\n';
      assert.deepEqual(lintFile(VISION, vision(noNarrative + visuals), { code }), []);
    });

    it('can be escalated, and ignores a spec that is not a mapping', () => {
      assert.deepEqual(lintFile(VISION, vision(noNarrative), { code, config: `rules:\n  ${code}: warning\n` }), [{ range: '7:1-7:5', severity: 'warning', code, message }]);
      assert.deepEqual(lintFile(VISION, 'apiVersion: productspecs/v1\nkind: Vision\nspec: [a]\n', { code }), []);
    });
  });

  describe('vision/no-primary-target-group', () => {
    const code = 'vision/no-primary-target-group';
    const groups = (n: number, primary = 1): string =>
      Array.from({ length: n }, (_, i) => `    - id: group-${i + 1}\n      name: Group ${i + 1}\n${i < primary ? '      primary: true\n' : ''}`).join('');
    const withGroups = (list: string): string => vision(edit(SPEC, '    - id: small-merchants\n      name: Small online merchants\n      primary: true\n', list));

    it('fires at targetGroups when no group is primary', () => {
      assert.deepEqual(lintFile(VISION, withGroups(groups(2, 0)), { code }), [
        {
          range: '13:3-13:15',
          severity: 'warning',
          code,
          message: 'No target group of vision "acme-vision" is marked primary: set primary: true on the group the product serves first when trade-offs are needed.',
        },
      ]);
      // Only `true` marks a group primary.
      assert.equal(lintFile(VISION, withGroups('    - id: a\n      name: A\n      primary: "yes"\n'), { code }).length, 1);
    });

    it('fires when there are more than 3 groups, and both problems are reported', () => {
      assert.deepEqual(lintFile(VISION, withGroups(groups(4, 0)), { code }), [
        {
          range: '13:3-13:15',
          severity: 'warning',
          code,
          message: 'No target group of vision "acme-vision" is marked primary: set primary: true on the group the product serves first when trade-offs are needed.',
        },
        {
          range: '13:3-13:15',
          severity: 'warning',
          code,
          message: 'Vision "acme-vision" names 4 target groups: consider focusing on 3 or fewer.',
        },
      ]);
    });

    it('passes with one primary group among three or fewer', () => {
      assert.deepEqual(lintFile(VISION, vision(), { code }), []);
      assert.deepEqual(lintFile(VISION, withGroups(groups(3)), { code }), []);
    });

    it('uses the configured maxGroups and severity', () => {
      assert.deepEqual(lintFile(VISION, withGroups(groups(4)), { code, config: `rules:\n  ${code}: [warning, { maxGroups: 4 }]\n` }), []);
      assert.deepEqual(lintFile(VISION, withGroups(groups(2)), { code, config: `rules:\n  ${code}: [error, { maxGroups: 1 }]\n` }), [
        {
          range: '13:3-13:15',
          severity: 'error',
          code,
          message: 'Vision "acme-vision" names 2 target groups: consider focusing on 1 or fewer.',
        },
      ]);
    });

    it('leaves missing or empty target groups to the schema', () => {
      assert.deepEqual(
        lintFile(VISION, vision(edit(SPEC, '  targetGroups:\n    - id: small-merchants\n      name: Small online merchants\n      primary: true\n', '  targetGroups: []\n')), {
          code,
        }),
        [],
      );
      assert.deepEqual(
        lintFile(VISION, vision(edit(SPEC, '  targetGroups:\n    - id: small-merchants\n      name: Small online merchants\n      primary: true\n', '')), {
          code,
        }),
        [],
      );
    });
  });

  describe('vision/goal-without-metric', () => {
    const code = 'vision/goal-without-metric';

    it('fires on the goal entry when the metric is missing, asking for a target too when that is missing', () => {
      assert.deepEqual(lintFile(VISION, vision(SPEC + SECOND_GOAL.replace('      metric: 12-month merchant retention\n', '')), { code }), [
        {
          range: '26:7-26:27',
          severity: 'warning',
          code,
          message: 'Goal "retain-merchants" has no metric: add the metric that measures progress and its target, so the goal can guide trade-offs.',
        },
      ]);
    });

    it('asks for the metric only when the goal has a target', () => {
      assert.deepEqual(lintFile(VISION, vision(edit(SPEC, '      metric: Monthly active merchants\n', '')), { code }), [
        {
          range: '22:7-22:32',
          severity: 'warning',
          code,
          message: 'Goal "grow-active-merchants" has no metric: add the metric that measures progress, so the goal can guide trade-offs.',
        },
      ]);
    });

    it('points at an empty metric, and names a goal without id by its position', () => {
      const text = vision(edit(SPEC, '      metric: Monthly active merchants\n', '      metric: ""\n') + '    - statement: Be recommended.\n');
      assert.deepEqual(lintFile(VISION, text, { code }), [
        {
          range: '24:7-24:13',
          severity: 'warning',
          code,
          message: 'Goal "grow-active-merchants" has no metric: add the metric that measures progress, so the goal can guide trade-offs.',
        },
        {
          range: '26:7-26:33',
          severity: 'warning',
          code,
          message: 'Goal "#2" has no metric: add the metric that measures progress and its target, so the goal can guide trade-offs.',
        },
      ]);
    });

    it('passes when every goal has a metric, and ignores goals that are not a list', () => {
      assert.deepEqual(lintFile(VISION, vision(SPEC + SECOND_GOAL), { code }), []);
      assert.deepEqual(lintFile(VISION, vision(edit(SPEC, '  goals:\n', '  goals: 3\n  old:\n')), { code }), []);
    });

    it('can be made an error', () => {
      const found = lintFile(VISION, vision(edit(SPEC, '      metric: Monthly active merchants\n', '')), { code, config: `rules:\n  ${code}: error\n` });
      assert.deepEqual(
        found.map((finding) => finding.severity),
        ['error'],
      );
    });
  });

  describe('vision/stale-review', () => {
    const code = 'vision/stale-review';
    const reviewed = (date: string, cadence?: string): string =>
      vision(cadence ? `${SPEC}  reviewCadence: ${cadence}\n` : SPEC, `  id: acme-vision\n  owner: dana\n  lastReviewed: ${date}\n`);

    it('fires when the review is older than the default quarterly cadence allows (92 days)', () => {
      assert.deepEqual(lintFile(VISION, reviewed('2026-08-24'), { code }), [
        {
          range: '6:17-6:27',
          severity: 'warning',
          code,
          message:
            'Vision "acme-vision" was last reviewed 93 days ago, more than the 92 days the default quarterly review cadence allows: consider reviewing it with the team and leadership, then update lastReviewed.',
        },
      ]);
      assert.deepEqual(lintFile(VISION, reviewed('2026-08-25'), { code }), []);
    });

    it('reads each cadence: monthly 31 days, quarterly 92, semiannual 183, annual 366', () => {
      const cases: Array<[string, string, string, number]> = [
        ['monthly', '2026-10-25', '2026-10-24', 31],
        ['quarterly', '2026-08-25', '2026-08-24', 92],
        ['semiannual', '2026-05-26', '2026-05-25', 183],
        ['annual', '2025-11-24', '2025-11-23', 366],
      ];
      for (const [cadence, onTime, late, days] of cases) {
        assert.deepEqual(lintFile(VISION, reviewed(onTime, cadence), { code }), [], cadence);
        assert.deepEqual(lintFile(VISION, reviewed(late, cadence), { code }), [
          {
            range: '6:17-6:27',
            severity: 'warning',
            code,
            message: `Vision "acme-vision" was last reviewed ${days + 1} days ago, more than the ${days} days its ${cadence} review cadence allows: consider reviewing it with the team and leadership, then update lastReviewed.`,
          },
        ]);
      }
    });

    it('counts from the day the check runs', () => {
      assert.equal(TODAY, '2026-11-25');
      assert.deepEqual(lintFile(VISION, reviewed('2026-10-01', 'monthly'), { code }).length, 1);
      assert.deepEqual(lintFile(VISION, reviewed('2026-10-01', 'monthly'), { code, today: '2026-11-01' }), []);
      assert.deepEqual(lintFile(VISION, reviewed('2026-10-01', 'monthly'), { code, config: 'today: 2026-10-20\n' }), []);
    });

    it('ignores a missing or malformed date, a future date and an unknown cadence', () => {
      assert.deepEqual(lintFile(VISION, vision(SPEC, '  id: acme-vision\n  owner: dana\n'), { code }), []);
      assert.deepEqual(lintFile(VISION, reviewed('last spring'), { code }), []);
      assert.deepEqual(lintFile(VISION, reviewed('2027-01-01'), { code }), []);
      assert.deepEqual(lintFile(VISION, reviewed('2020-01-01', 'weekly'), { code }), []);
      assert.deepEqual(lintFile(VISION, reviewed('2020-01-01', 'toString'), { code }), []);
    });

    it('can be made an error', () => {
      assert.deepEqual(
        lintFile(VISION, reviewed('2020-01-01'), { code, config: `rules:\n  ${code}: error\n` }).map((finding) => finding.severity),
        ['error'],
      );
    });
  });

  describe('vision/weak-positioning', () => {
    const code = 'vision/weak-positioning';
    const positioning = `  positioning:
    for: Small online merchants
    need: who need their money fast
    category: a payments account
    benefit: that pays out sales the same day
`;

    it('fires at positioning when both the alternative and the differentiation are missing', () => {
      assert.deepEqual(lintFile(VISION, vision(SPEC + positioning), { code }), [
        {
          range: '26:3-26:14',
          severity: 'warning',
          code,
          message: 'The positioning of vision "acme-vision" has no "unlike": name the main alternative customers use today, including doing nothing.',
        },
        {
          range: '26:3-26:14',
          severity: 'warning',
          code,
          message:
            'The positioning of vision "acme-vision" has no "differentiation": say what makes the product different from that alternative, so it gives customers a reason to switch.',
        },
      ]);
    });

    it('names the alternative when only the differentiation is missing, and points at an empty field', () => {
      assert.deepEqual(lintFile(VISION, vision(`${SPEC}${positioning}    unlike: bank merchant accounts\n    differentiation: ""\n`), { code }), [
        {
          range: '32:5-32:20',
          severity: 'warning',
          code,
          message:
            'The positioning of vision "acme-vision" has no "differentiation": say what makes the product different from "bank merchant accounts", so it gives customers a reason to switch.',
        },
      ]);
      assert.deepEqual(lintFile(VISION, vision(`${SPEC}${positioning}    unlike:\n    differentiation: Settles in minutes.\n`), { code }), [
        {
          range: '31:5-31:11',
          severity: 'warning',
          code,
          message: 'The positioning of vision "acme-vision" has no "unlike": name the main alternative customers use today, including doing nothing.',
        },
      ]);
    });

    it('passes with a complete positioning or none, and ignores one that is not a mapping', () => {
      assert.deepEqual(lintFile(VISION, vision(`${SPEC}${positioning}    unlike: bank merchant accounts\n    differentiation: Settles in minutes.\n`), { code }), []);
      assert.deepEqual(lintFile(VISION, vision(), { code }), []);
      assert.deepEqual(lintFile(VISION, vision(`${SPEC}  positioning: the best\n`), { code }), []);
    });

    it('can be lowered to info', () => {
      assert.deepEqual(
        lintFile(VISION, vision(SPEC + positioning), { code, config: `rules:\n  ${code}: info\n` }).map((finding) => finding.severity),
        ['info', 'info'],
      );
    });
  });

  describe('vision/external-ownership', () => {
    const code = 'vision/external-ownership';
    const owned = (ownership: string): string => vision(edit(SPEC, 'ownership: product-team', `ownership: ${ownership}`));

    it('fires when the CEO, the revenue team or a business unit creates the vision', () => {
      const cases: Array<[string, string, string]> = [
        ['ceo', '11:14-11:17', 'the CEO'],
        ['revenue-team', '11:14-11:26', 'the revenue team'],
        ['business-unit', '11:14-11:27', 'a business unit'],
      ];
      for (const [ownership, range, who] of cases) {
        assert.deepEqual(lintFile(VISION, owned(ownership), { code }), [
          {
            range,
            severity: 'info',
            code,
            message: `Vision "acme-vision" is created by ${who}, which makes the product team its execution partner: consider reflecting that in the team's hiring profile and in how it evangelises the vision.`,
          },
        ]);
      }
    });

    it('passes when the product team owns the vision, and leaves unknown or missing values to the schema', () => {
      assert.deepEqual(lintFile(VISION, vision(), { code }), []);
      assert.deepEqual(lintFile(VISION, owned('board'), { code }), []);
      assert.deepEqual(lintFile(VISION, owned('[ceo]'), { code }), []);
      assert.deepEqual(lintFile(VISION, vision(edit(SPEC, '  ownership: product-team\n', '')), { code }), []);
    });

    it('can be turned off or escalated', () => {
      assert.deepEqual(lintFile(VISION, owned('ceo'), { code, config: `rules:\n  ${code}: off\n` }), []);
      assert.deepEqual(
        lintFile(VISION, owned('ceo'), { code, config: `rules:\n  ${code}: warning\n` }).map((finding) => finding.severity),
        ['warning'],
      );
    });
  });

  describe('vision/untraced-goal', () => {
    const code = 'vision/untraced-goal';
    const moreNeeds = `    - id: know-my-numbers
      targetGroup: small-merchants
      statement: I need to see how my business is doing.
`;
    const wider = vision(edit(SPEC, '  goals:\n', `${moreNeeds}  goals:\n`) + SECOND_GOAL);

    it('fires on each goal no objective traces to and each need no theme addresses', () => {
      assert.deepEqual(lintFile(VISION, wider, { code, others: { [ROADMAP]: roadmap() } }), [
        {
          range: '21:11-21:26',
          severity: 'info',
          code,
          message:
            'Need "know-my-numbers" is addressed by no theme of roadmap "acme-pay-roadmap": consider a theme that lists it in its needs, or drop the need if it no longer matters.',
        },
        {
          range: '29:11-29:27',
          severity: 'info',
          code,
          message:
            'Goal "retain-merchants" is traced by no objective of roadmap "acme-pay-roadmap": consider an objective with visionGoal: retain-merchants, or drop the goal if the company no longer pursues it.',
        },
      ]);
    });

    it('counts every roadmap serving the vision, and names them all', () => {
      const second = roadmap(
        `  format: now-next-later
  objectives:
    - id: keep-them
      objective: Merchants stay as they grow
      visionGoal: retain-merchants
      period: 2027-Q1
  themes:
    - id: clarity
      name: Know your numbers
      problem: Merchants rebuild their numbers in spreadsheets.
      needs: [same-day-cash]
  items: []
`,
        { id: 'growth-roadmap' },
      );
      assert.deepEqual(lintFile(VISION, wider, { code, others: { [ROADMAP]: roadmap(), 'growth.roadmap.yaml': second } }), [
        {
          range: '21:11-21:26',
          severity: 'info',
          code,
          message:
            'Need "know-my-numbers" is addressed by no theme of roadmaps "acme-pay-roadmap" and "growth-roadmap": consider a theme that lists it in its needs, or drop the need if it no longer matters.',
        },
      ]);
    });

    it('ignores roadmaps that serve another vision, and traces nothing from them', () => {
      const other = roadmap(ROADMAP_SPEC.replace('visionGoal: grow-active-merchants', 'visionGoal: retain-merchants'), {
        id: 'other-roadmap',
        visionId: 'other-vision',
      });
      const found = lintFile(VISION, vision(SPEC + SECOND_GOAL), { code, others: { [ROADMAP]: roadmap(), 'other.roadmap.yaml': other } });
      assert.deepEqual(
        found.map((finding) => finding.message.split(':')[0]),
        ['Goal "retain-merchants" is traced by no objective of roadmap "acme-pay-roadmap"'],
      );
    });

    it('flags every goal of a serving roadmap without objectives', () => {
      const noObjectives = roadmap(ROADMAP_SPEC.replace(/ {2}objectives:\n(?: {4}.*\n)+/, ''));
      assert.deepEqual(
        lintFile(VISION, vision(), { code, others: { [ROADMAP]: noObjectives } }).map((finding) => finding.range),
        ['22:11-22:32'],
      );
    });

    it('is skipped when no roadmap serves the vision, or the vision has no id', () => {
      assert.deepEqual(lintFile(VISION, wider, { code }), []);
      assert.deepEqual(lintFile(VISION, wider, { code, others: { [ROADMAP]: roadmap(ROADMAP_SPEC, { visionId: 'other-vision' }) } }), []);
      assert.deepEqual(lintFile(VISION, vision(SPEC + SECOND_GOAL, '  owner: dana\n'), { code, others: { [ROADMAP]: roadmap() } }), []);
    });

    it('passes when everything is traced, and updates when the roadmap changes', () => {
      assert.deepEqual(lintFile(VISION, vision(), { code, others: { [ROADMAP]: roadmap() } }), []);
      const workspace = new Workspace({ today: TODAY });
      const visionUri = 'file:///ws/acme.vision.yaml';
      workspace.update({ uri: visionUri, fileName: '/ws/acme.vision.yaml', text: vision() });
      workspace.update({ uri: 'file:///ws/acme.roadmap.yaml', fileName: '/ws/acme.roadmap.yaml', text: roadmap() });
      assert.deepEqual(
        workspace.findings(visionUri).filter((finding) => finding.code === code),
        [],
      );
      workspace.update({
        uri: 'file:///ws/acme.roadmap.yaml',
        fileName: '/ws/acme.roadmap.yaml',
        text: roadmap(ROADMAP_SPEC.replace('needs: [same-day-cash]', 'needs: [other]')),
      });
      assert.deepEqual(
        workspace
          .findings(visionUri)
          .filter((finding) => finding.code === code)
          .map((finding) => finding.path),
        [['spec', 'needs', 0, 'id']],
      );
    });

    it('can be escalated', () => {
      assert.deepEqual(
        lintFile(VISION, wider, { code, others: { [ROADMAP]: roadmap() }, config: `rules:\n  ${code}: warning\n` }).map((finding) => finding.severity),
        ['warning', 'warning'],
      );
    });
  });

  describe('vision/unknown-vision-ref', () => {
    const code = 'vision/unknown-vision-ref';
    const others = { [VISION]: vision() };

    /** The findings of the roadmap with their quick-fix data, straight from the engine. */
    function withData(roadmapText: string): Array<{ path: unknown; replacement: string | undefined }> {
      const workspace = new Workspace({ today: TODAY });
      workspace.update({ uri: 'file:///ws/acme.vision.yaml', fileName: '/ws/acme.vision.yaml', text: vision() });
      workspace.update({ uri: 'file:///ws/acme.roadmap.yaml', fileName: '/ws/acme.roadmap.yaml', text: roadmapText });
      return workspace
        .findings('file:///ws/acme.roadmap.yaml')
        .filter((finding) => finding.code === code)
        .map((finding) => ({ path: finding.path, replacement: finding.data?.replacement }));
    }

    it('fires on a misspelled metadata.vision, with a did-you-mean and its replacement', () => {
      const text = roadmap(ROADMAP_SPEC, { visionId: 'acme-visoin' });
      assert.deepEqual(lintFile(ROADMAP, text, { code, others }), [
        {
          range: '5:11-5:22',
          severity: 'error',
          code,
          message: 'The vision "acme-visoin" of roadmap "acme-pay-roadmap" names no vision in the workspace: did you mean "acme-vision"?',
        },
      ]);
      assert.deepEqual(withData(text), [{ path: ['metadata', 'vision'], replacement: 'acme-vision' }]);
    });

    it('says what to use when no vision id is close', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap(ROADMAP_SPEC, { visionId: 'payments-2030' }), { code, others }), [
        {
          range: '5:11-5:24',
          severity: 'error',
          code,
          message: 'The vision "payments-2030" of roadmap "acme-pay-roadmap" names no vision in the workspace: use the metadata.id of the vision this roadmap serves.',
        },
      ]);
      assert.deepEqual(withData(roadmap(ROADMAP_SPEC, { visionId: 'payments-2030' })), [{ path: ['metadata', 'vision'], replacement: undefined }]);
    });

    it('fires on an objective whose visionGoal the vision does not define', () => {
      const text = roadmap(edit(ROADMAP_SPEC, 'visionGoal: grow-active-merchants', 'visionGoal: grow-merchants-actve'));
      assert.deepEqual(lintFile(ROADMAP, text, { code, others }), [
        {
          range: '12:19-12:39',
          severity: 'error',
          code,
          message: 'The visionGoal "grow-merchants-actve" of objective "start-in-a-day" names no goal of vision "acme-vision": use the id of one of the vision\'s goals.',
        },
      ]);
      const typo = roadmap(edit(ROADMAP_SPEC, 'visionGoal: grow-active-merchants', 'visionGoal: grow-activ-merchants'));
      assert.deepEqual(lintFile(ROADMAP, typo, { code, others }), [
        {
          range: '12:19-12:39',
          severity: 'error',
          code,
          message: 'The visionGoal "grow-activ-merchants" of objective "start-in-a-day" names no goal of vision "acme-vision": did you mean "grow-active-merchants"?',
        },
      ]);
      assert.deepEqual(withData(typo), [{ path: ['spec', 'objectives', 0, 'visionGoal'], replacement: 'grow-active-merchants' }]);
    });

    it('fires on each theme need the vision does not define, at the need', () => {
      const text = roadmap(edit(ROADMAP_SPEC, 'needs: [same-day-cash]', 'needs: [same-day-cash, same-day-csah, faster-onboarding]'));
      assert.deepEqual(lintFile(ROADMAP, text, { code, others }), [
        {
          range: '22:30-22:43',
          severity: 'error',
          code,
          message: 'The needs entry "same-day-csah" of theme "cash-flow" names no need of vision "acme-vision": did you mean "same-day-cash"?',
        },
        {
          range: '22:45-22:62',
          severity: 'error',
          code,
          message: 'The needs entry "faster-onboarding" of theme "cash-flow" names no need of vision "acme-vision": use the id of one of the vision\'s needs.',
        },
      ]);
    });

    it('checks goals and needs against the vision the roadmap serves, not against other visions', () => {
      const otherVision = vision(
        edit(
          edit(SPEC, 'id: grow-active-merchants', 'id: grow-revenue'),
          '    - id: same-day-cash\n',
          '    - id: same-day-cash\n    - id: weekly-report\n      targetGroup: small-merchants\n      statement: I need a weekly report.\n',
        ),
        '  id: other-vision\n  owner: dana\n',
      );
      const text = roadmap(edit(edit(ROADMAP_SPEC, 'visionGoal: grow-active-merchants', 'visionGoal: grow-revenue'), 'needs: [same-day-cash]', 'needs: [weekly-report]'));
      assert.deepEqual(
        lintFile(ROADMAP, text, { code, others: { ...others, 'other.vision.yaml': otherVision } }).map((finding) => finding.message),
        [
          'The visionGoal "grow-revenue" of objective "start-in-a-day" names no goal of vision "acme-vision": use the id of one of the vision\'s goals.',
          'The needs entry "weekly-report" of theme "cash-flow" names no need of vision "acme-vision": use the id of one of the vision\'s needs.',
        ],
      );
      // A roadmap that names no known vision is checked against every vision.
      const unknownVision = roadmap(edit(ROADMAP_SPEC, 'visionGoal: grow-active-merchants', 'visionGoal: grow-revenue'), { visionId: 'nobody' });
      assert.deepEqual(
        lintFile(ROADMAP, unknownVision, { code, others: { ...others, 'other.vision.yaml': otherVision } }).map((finding) => finding.range),
        ['5:11-5:17'],
      );
      const noVisionRef = edit(roadmap(edit(ROADMAP_SPEC, 'visionGoal: grow-active-merchants', 'visionGoal: grow-revnue')), '  vision: acme-vision\n', '');
      assert.deepEqual(lintFile(ROADMAP, noVisionRef, { code, others: { ...others, 'other.vision.yaml': otherVision } }), [
        {
          range: '11:19-11:30',
          severity: 'error',
          code,
          message: 'The visionGoal "grow-revnue" of objective "start-in-a-day" names no goal of any vision: did you mean "grow-revenue"?',
        },
      ]);
    });

    it('is skipped when the workspace has no vision, and checks nothing against a vision without goals or needs', () => {
      const broken = roadmap(edit(edit(ROADMAP_SPEC, 'visionGoal: grow-active-merchants', 'visionGoal: x'), 'needs: [same-day-cash]', 'needs: [y]'), {
        visionId: 'z',
      });
      assert.deepEqual(lintFile(ROADMAP, broken, { code }), []);
      const empty = 'apiVersion: productspecs/v1\nkind: Vision\nmetadata:\n  id: acme-vision\nspec:\n  goals: []\n';
      assert.deepEqual(lintFile(ROADMAP, roadmap(edit(ROADMAP_SPEC, 'visionGoal: grow-active-merchants', 'visionGoal: x')), { code, others: { [VISION]: empty } }), []);
    });

    it('passes when every reference resolves, and can be lowered', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap(), { code, others }), []);
      assert.deepEqual(
        lintFile(ROADMAP, roadmap(ROADMAP_SPEC, { visionId: 'acme-visoin' }), { code, others, config: `rules:\n  ${code}: warning\n` }).map((finding) => finding.severity),
        ['warning'],
      );
    });

    it('does not run on visions', () => {
      assert.deepEqual(lintFile(VISION, vision(), { code, others: { [ROADMAP]: roadmap(ROADMAP_SPEC, { visionId: 'nobody' }) } }), []);
    });
  });

  describe('vision/item-without-theme', () => {
    const code = 'vision/item-without-theme';

    it('fires on an item without theme, at the item', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap(edit(ROADMAP_SPEC, '      theme: cash-flow\n', '')), { code }), [
        {
          range: '24:7-24:26',
          severity: 'warning',
          code,
          message: 'Item "instant-payouts" has no theme: add the theme it belongs to, so it traces to a customer problem and the vision.',
        },
      ]);
    });

    it('fires on a theme without problem, and points at empty values', () => {
      const text = roadmap(edit(edit(ROADMAP_SPEC, '      problem: Merchants wait days for their money.\n', ''), '      theme: cash-flow\n', '      theme: ""\n'));
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '19:7-19:20',
          severity: 'warning',
          code,
          message: 'Theme "cash-flow" has no problem: describe the customer problem it addresses, so the teams can look for the best solution.',
        },
        {
          range: '26:7-26:12',
          severity: 'warning',
          code,
          message: 'Item "instant-payouts" has no theme: add the theme it belongs to, so it traces to a customer problem and the vision.',
        },
      ]);
      const emptyProblem = roadmap(edit(ROADMAP_SPEC, 'problem: Merchants wait days for their money.', 'problem: " "'));
      assert.deepEqual(
        lintFile(ROADMAP, emptyProblem, { code }).map((finding) => finding.range),
        ['21:7-21:14'],
      );
    });

    it('names entries without id by their position', () => {
      const text = roadmap(`${ROADMAP_SPEC}    - title: Untitled bet\n      horizon: later\n      owner: dana\n      stage: opportunity\n`);
      assert.deepEqual(
        lintFile(ROADMAP, text, { code }).map((finding) => `${finding.range} ${finding.message.split(':')[0]}`),
        ['30:7-30:26 Item "#2" has no theme'],
      );
    });

    it('passes when every item has a theme and every theme a problem, and ignores odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap(), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('  format: timeline\n  themes: 3\n  items: [a, 1]\n'), { code }), []);
    });

    it('can be made an error', () => {
      assert.deepEqual(
        lintFile(ROADMAP, roadmap(edit(ROADMAP_SPEC, '      theme: cash-flow\n', '')), { code, config: `rules:\n  ${code}: error\n` }).map((finding) => finding.severity),
        ['error'],
      );
    });
  });

  describe('the Acme example workspace', () => {
    it('reports exactly the one vision problem marked in the examples', () => {
      const folder = path.resolve(__dirname, '../../../examples/acme');
      const files: Record<string, string> = {};
      for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.yaml'))) files[name] = fs.readFileSync(path.join(folder, name), 'utf8');
      const results = lintFiles(files);
      const found = Object.entries(results).flatMap(([name, findings]) =>
        findings.filter((finding) => finding.code.startsWith('vision/')).map((finding) => `${name}:${finding.range.split('-')[0]} ${finding.code}`),
      );
      assert.deepEqual(found, ['acme.vision.yaml:112:7 vision/goal-without-metric']);
    });
  });
});
