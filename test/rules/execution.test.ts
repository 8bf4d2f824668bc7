import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import { executionRules } from '../../server/src/core/rules/execution';
import { lintFile, lintFiles, TODAY } from '../helpers/engine';
import { cashFlowRoadmapSpec, CHARTER, charterFile, itFiresOnItsExamplesOnly, ROADMAP, roadmapMetadata, smallBusinessVisionSpec, specFile, VISION } from '../helpers/ruleFixtures';

/** A valid roadmap whose `spec` continues with the given lines (from line 13 on). */
function roadmap(specLines: string): string {
  return specFile('Roadmap', roadmapMetadata(''), `${cashFlowRoadmapSpec('same-day-cash')}${specLines}`);
}

/** A roadmap with one item: `- id: <id>` on line 14, its title on line 15, then the given lines (from line 16 on). */
function oneItem(id: string, lines: string): string {
  return roadmap(`  items:
    - id: ${id}
      title: Some work
${lines}`);
}

/** A valid vision whose `spec` continues with the given lines (from line 19 on). */
function vision(specLines: string, { owner = 'dana', ownership = 'ceo' } = {}): string {
  return specFile('Vision', `  id: acme-vision\n  owner: ${owner}\n`, `${smallBusinessVisionSpec(ownership)}${specLines}`);
}

const NEEDS = `  needs:
    - id: same-day-cash
      targetGroup: small-online-merchants
      statement: I need the money from today's sales today.
      evidence:
        - 14 of 20 merchant interviews named waiting for payouts as their top worry
`;

/** A valid charter whose `spec` continues with the given lines (from line 13 on). */
function charter(specLines: string, metadata = ''): string {
  return charterFile(specLines, { metadata });
}

/** The team charter the cross-file tests share: sam on payouts, mia on checkout, ravi on both through `teams`, leo on no team. */
const TEAM = charter(`    - id: sam
      name: Sam Okafor
      role: senior-pm
      reportsTo: dana
    - id: mia
      name: Mia Schneider
      role: pm
      reportsTo: dana
      teams: [checkout]
    - id: ravi
      name: Ravi Menon
      role: group-pm
      reportsTo: dana
      teams: [payouts, checkout]
    - id: leo
      name: Leo Martins
      role: apm
      reportsTo: dana
    - id: lea
      name: Léa Dubois
      role: product-designer
      reportsTo: dana
  productTeams:
    - id: payouts
      name: Payouts
      mission: Get merchants their money fast.
      pm: sam
      designer: lea
    - id: checkout
      name: Checkout
      mission: Turn every buyer into a completed sale.
      pm: mia
      techLead: leo
`);

const WITH_TEAM = { [CHARTER]: TEAM };

/** The quick-fix data of one rule's findings on a file checked next to the shared team charter. */
function findingData(name: string, text: string, code: string): unknown[] {
  const workspace = new Workspace({ today: TODAY });
  const input = (file: string, content: string) => ({ uri: `file:///fixture/${file}`, fileName: `/fixture/${file}`, text: content });
  workspace.update(input(CHARTER, TEAM));
  workspace.update(input(name, text));
  return workspace
    .findings(`file:///fixture/${name}`)
    .filter((finding) => finding.code === code)
    .map((finding) => finding.data);
}

describe('execution rules', () => {
  describe('examples', () => {
    itFiresOnItsExamplesOnly(executionRules);

    it('lists the thirteen rules of the catalogue in order, all in the execution area, with complete metadata', () => {
      assert.deepEqual(
        executionRules.map((rule) => rule.meta.id),
        [
          'execution/now-without-outcome',
          'execution/need-without-evidence',
          'execution/output-key-result',
          'execution/too-many-objectives',
          'execution/raci-accountable',
          'execution/far-date-commitment',
          'execution/team-overload',
          'execution/unknown-objective',
          'execution/unknown-owner',
          'execution/unknown-team',
          'execution/no-evangelism',
          'execution/no-stakeholders',
          'execution/unknown-dependency',
        ],
      );
      assert.deepEqual(
        executionRules.map((rule) => rule.meta.severity),
        ['warning', 'warning', 'warning', 'warning', 'warning', 'info', 'warning', 'warning', 'error', 'warning', 'info', 'info', 'error'],
      );
      assert.deepEqual(
        executionRules.filter((rule) => rule.meta.crossFile).map((rule) => rule.meta.id),
        ['execution/unknown-owner', 'execution/unknown-team', 'execution/unknown-dependency'],
      );
      for (const rule of executionRules) {
        assert.equal(rule.meta.area, 'execution');
        assert.match(rule.meta.description, /^[A-Z`].*\.$/);
        assert.ok(rule.meta.rationale.split('. ').length >= 2, `${rule.meta.id} rationale`);
        for (const option of Object.values(rule.meta.options)) assert.ok(option.description.endsWith('.'));
      }
    });
  });
  describe('execution/now-without-outcome', () => {
    const code = 'execution/now-without-outcome';
    const now = '      horizon: now\n      owner: sam\n      stage: delivery\n';

    it('fires on the item when a now item has no outcome', () => {
      assert.deepEqual(lintFile(ROADMAP, oneItem('instant-payouts', now), { code }), [
        {
          range: '14:7-14:26',
          severity: 'warning',
          code,
          message:
            'Now item "instant-payouts" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.',
        },
      ]);
    });

    it('fires on the outcome key when it is empty or lacks a metric or a target', () => {
      const outcome = (lines: string) => lintFile(ROADMAP, oneItem('instant-payouts', `${now}      outcome:${lines}`), { code });
      assert.deepEqual(outcome(' {}\n'), [
        {
          range: '19:7-19:14',
          severity: 'warning',
          code,
          message:
            'Now item "instant-payouts" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.',
        },
      ]);
      assert.deepEqual(outcome('\n        metric: Share of merchants paid the same day\n        baseline: 12\n'), [
        {
          range: '19:7-19:14',
          severity: 'warning',
          code,
          message: 'The outcome of now item "instant-payouts" has no target: add the value of the metric that means success, so the team can tell whether the item worked.',
        },
      ]);
      assert.deepEqual(outcome('\n        metric: "  "\n        target: 50\n'), [
        {
          range: '19:7-19:14',
          severity: 'warning',
          code,
          message: 'The outcome of now item "instant-payouts" has no metric: add the metric that should move, so the team can tell whether the item worked.',
        },
      ]);
      assert.deepEqual(outcome('\n        baseline: 12\n'), [
        {
          range: '19:7-19:14',
          severity: 'warning',
          code,
          message: 'The outcome of now item "instant-payouts" has no metric and no target: add the metric that should move and the target that means success.',
        },
      ]);
    });

    it('passes with a metric and a target (zero included), and ignores items not in now', () => {
      assert.deepEqual(
        lintFile(ROADMAP, oneItem('ledger', `${now}      outcome:\n        metric: Balance incidents per month\n        baseline: 9\n        target: 0\n`), { code }),
        [],
      );
      assert.deepEqual(lintFile(ROADMAP, oneItem('ledger', '      horizon: next\n      owner: sam\n      stage: discovery\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, oneItem('ledger', '      timeframe: 2027-Q2\n      owner: sam\n      stage: delivery\n'), { code }), []);
    });

    it('takes its severity from the configuration and names an item without id by its position', () => {
      const text = roadmap('  items:\n    - title: Some work\n      horizon: now\n      owner: sam\n      stage: delivery\n');
      assert.deepEqual(lintFile(ROADMAP, text, { code, config: 'rules:\n  execution/now-without-outcome: error\n' }), [
        {
          range: '14:7-14:23',
          severity: 'error',
          code,
          message: 'Now item "#1" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.',
        },
      ]);
      assert.deepEqual(lintFile(ROADMAP, text, { code, config: 'rules:\n  execution/now-without-outcome: off\n' }), []);
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap('  items: soon\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('  items:\n    - just text\n    - [1, 2]\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, oneItem('ledger', `${now}      outcome: faster payouts\n`), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, 'apiVersion: productspecs/v1\nkind: Roadmap\nspec: 12\n', { code }), []);
    });
  });

  describe('execution/need-without-evidence', () => {
    const code = 'execution/need-without-evidence';
    const need = (id: string, evidence = '') => `    - id: ${id}\n      targetGroup: small-online-merchants\n      statement: I need my money today.\n${evidence}`;

    it('fires on the need when it has no evidence, and on the evidence key when the list is empty', () => {
      assert.deepEqual(lintFile(VISION, vision(`  needs:\n${need('same-day-cash')}${need('predictable-fees', '      evidence: []\n')}`), { code }), [
        {
          range: '20:7-20:24',
          severity: 'warning',
          code,
          message: 'Need "same-day-cash" has no evidence: add what customer discovery showed (interviews, data, support tickets, experiments), or plan discovery to test it.',
        },
        {
          range: '26:7-26:15',
          severity: 'warning',
          code,
          message: 'Need "predictable-fees" has no evidence: add what customer discovery showed (interviews, data, support tickets, experiments), or plan discovery to test it.',
        },
      ]);
    });

    it('passes when every need has evidence', () => {
      assert.deepEqual(lintFile(VISION, vision(NEEDS), { code }), []);
    });

    it('can be raised to an error and does not throw on odd shapes', () => {
      assert.deepEqual(
        lintFile(VISION, vision(`  needs:\n${need('same-day-cash')}`), { code, config: 'rules:\n  execution/need-without-evidence: error\n' }).map((finding) => finding.severity),
        ['error'],
      );
      assert.deepEqual(lintFile(VISION, vision('  needs: many\n'), { code }), []);
      assert.deepEqual(
        lintFile(VISION, vision(`  needs:\n${need('same-day-cash', '      evidence: lots\n')}`), { code }).map((finding) => finding.range),
        ['23:7-23:15'],
      );
    });
  });

  describe('execution/output-key-result', () => {
    const code = 'execution/output-key-result';
    /** One objective (line 14) whose key result starts on line 19; its metric is on line 20. */
    const keyResult = (lines: string) =>
      roadmap(`  objectives:
    - id: faster-cash
      objective: Merchants get their money when they need it
      visionGoal: retain-merchants
      period: 2026-Q4
      keyResults:
        - id: instant-live
${lines}  items: []
`);

    it('fires on the metric when it starts with an output verb', () => {
      assert.deepEqual(lintFile(ROADMAP, keyResult('          metric: Launch instant payouts\n          target: 1\n'), { code }), [
        {
          range: '20:19-20:41',
          severity: 'warning',
          code,
          message:
            'Key result "instant-live" of objective "faster-cash" starts with "Launch", which measures output: consider the change in customer or business behaviour the work should bring, with a baseline and a target.',
        },
      ]);
      for (const metric of ['ship instant payouts', 'Shipped instant payouts', 'Built the payout ledger', 'Released: instant payouts', 'BUILD the ledger']) {
        assert.equal(lintFile(ROADMAP, keyResult(`          metric: "${metric}"\n          target: 1\n`), { code }).length, 1, metric);
      }
    });

    it('passes on outcome metrics, including nouns that look like the verbs', () => {
      for (const metric of ['Share of payouts settled the same day', 'Shipping cost per order', 'Releases per month', 'Launchpad sign-ups', 'Builders active weekly']) {
        assert.deepEqual(lintFile(ROADMAP, keyResult(`          metric: ${metric}\n          baseline: 12\n          target: 50\n`), { code }), [], metric);
      }
      assert.deepEqual(lintFile(ROADMAP, keyResult('          metric: Share of payouts settled the same day\n          target: "50"\n'), { code }), []);
    });

    it('fires on the target when it is not a number, and on the key result when it has none', () => {
      assert.deepEqual(lintFile(ROADMAP, keyResult('          metric: Ship instant payouts\n          target: done\n'), { code }), [
        {
          range: '20:19-20:39',
          severity: 'warning',
          code,
          message:
            'Key result "instant-live" of objective "faster-cash" starts with "Ship", which measures output: consider the change in customer or business behaviour the work should bring, with a baseline and a target.',
        },
        {
          range: '21:19-21:23',
          severity: 'warning',
          code,
          message:
            'Key result "instant-live" of objective "faster-cash" has the target "done", which is not a number: give the value the metric should reach by the end of the period, with the unit in a separate unit field.',
        },
      ]);
      assert.deepEqual(
        lintFile(ROADMAP, keyResult('          metric: Share of payouts settled the same day\n          target: 50%\n'), { code }).map((finding) => finding.message),
        [
          'Key result "instant-live" of objective "faster-cash" has the target "50%", which is not a number: give the value the metric should reach by the end of the period, with the unit in a separate unit field.',
        ],
      );
      assert.deepEqual(lintFile(ROADMAP, keyResult('          metric: Share of payouts settled the same day\n'), { code }), [
        {
          range: '19:11-19:27',
          severity: 'warning',
          code,
          message: 'Key result "instant-live" of objective "faster-cash" has no target: add the number the metric should reach by the end of the period.',
        },
      ]);
      assert.deepEqual(
        lintFile(ROADMAP, keyResult('          metric: Share of payouts settled the same day\n          target:\n'), { code }).map((finding) => finding.range),
        ['21:11-21:17'],
      );
    });

    it('reads its output verbs from the outputWords option', () => {
      const config = 'rules:\n  execution/output-key-result: [info, { outputWords: [Deliver, Implement] }]\n';
      assert.deepEqual(lintFile(ROADMAP, keyResult('          metric: Delivered the payout API\n          target: 1\n'), { code, config }), [
        {
          range: '20:19-20:43',
          severity: 'info',
          code,
          message:
            'Key result "instant-live" of objective "faster-cash" starts with "Delivered", which measures output: consider the change in customer or business behaviour the work should bring, with a baseline and a target.',
        },
      ]);
      assert.deepEqual(lintFile(ROADMAP, keyResult('          metric: Launch instant payouts\n          target: 1\n'), { code, config }), []);
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap('  objectives: 3\n  items: []\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('  objectives:\n    - id: x\n      keyResults: none\n  items: []\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, keyResult('          metric: [Launch]\n          target: 3\n'), { code }), []);
      assert.deepEqual(
        lintFile(ROADMAP, keyResult('          metric: Launch it\n          target: 3\n'), {
          code,
          config: 'rules:\n  execution/output-key-result: [warning, { outputWords: [] }]\n',
        }),
        [],
      );
    });
  });
  describe('execution/too-many-objectives', () => {
    const code = 'execution/too-many-objectives';
    /** Objectives of eight lines each from line 14 (period on line 17 + 8n), each with `results` key results of three lines. */
    const objectives = (periods: string[], results = 1) =>
      roadmap(`  objectives:
${periods
  .map(
    (period, n) => `    - id: objective-${n + 1}
      objective: Objective ${n + 1}
      visionGoal: retain-merchants
      period: ${period}
      keyResults:
${Array.from({ length: results }, (_, k) => `        - id: result-${n + 1}-${k + 1}\n          metric: Share of merchants active weekly\n          target: ${50 + k}\n`).join('')}`,
  )
  .join('')}  items: []
`);

    it('fires on the period of each objective beyond the fifth of a period', () => {
      const periods = ['2026-Q4', '2026-Q4', '2027-Q1', '2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4'];
      assert.deepEqual(lintFile(ROADMAP, objectives(periods), { code }), [
        {
          range: '65:15-65:22',
          severity: 'warning',
          code,
          message: 'Objective "objective-7" is the 6th of 7 objectives for 2026-Q4: consider at most 5 per period, so the teams keep their focus.',
        },
        {
          range: '73:15-73:22',
          severity: 'warning',
          code,
          message: 'Objective "objective-8" is the 7th of 7 objectives for 2026-Q4: consider at most 5 per period, so the teams keep their focus.',
        },
      ]);
    });

    it('passes with five objectives per period, and reads the limit from the max option', () => {
      const periods = ['2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4', '2027-Q1', '2027-Q1', '2027-Q1'];
      assert.deepEqual(lintFile(ROADMAP, objectives(periods), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, objectives(periods), { code, config: 'rules:\n  execution/too-many-objectives: [error, { max: 2 }]\n' }), [
        {
          range: '33:15-33:22',
          severity: 'error',
          code,
          message: 'Objective "objective-3" is the 3rd of 5 objectives for 2026-Q4: consider at most 2 per period, so the teams keep their focus.',
        },
        {
          range: '41:15-41:22',
          severity: 'error',
          code,
          message: 'Objective "objective-4" is the 4th of 5 objectives for 2026-Q4: consider at most 2 per period, so the teams keep their focus.',
        },
        {
          range: '49:15-49:22',
          severity: 'error',
          code,
          message: 'Objective "objective-5" is the 5th of 5 objectives for 2026-Q4: consider at most 2 per period, so the teams keep their focus.',
        },
        {
          range: '73:15-73:22',
          severity: 'error',
          code,
          message: 'Objective "objective-8" is the 3rd of 3 objectives for 2027-Q1: consider at most 2 per period, so the teams keep their focus.',
        },
      ]);
    });

    it('fires when an objective has no key result', () => {
      const text = roadmap(`  objectives:
    - id: faster-cash
      objective: Merchants get their money when they need it
      visionGoal: retain-merchants
      period: 2026-Q4
    - id: clear-fees
      objective: Merchants trust what they pay
      visionGoal: retain-merchants
      period: 2026-Q4
      keyResults: []
  items: []
`);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        { range: '14:7-14:22', severity: 'warning', code, message: 'Objective "faster-cash" has no key result: add the measurable results (at most 5) that show it is reached.' },
        { range: '22:7-22:17', severity: 'warning', code, message: 'Objective "clear-fees" has no key result: add the measurable results (at most 5) that show it is reached.' },
      ]);
    });

    it('fires on the key results of an objective with more than maxKeyResults', () => {
      assert.deepEqual(lintFile(ROADMAP, objectives(['2026-Q4'], 6), { code }), [
        {
          range: '18:7-18:17',
          severity: 'warning',
          code,
          message: 'Objective "objective-1" has 6 key results: consider keeping the 5 that best show it is reached, so the team knows what matters most.',
        },
      ]);
      assert.deepEqual(lintFile(ROADMAP, objectives(['2026-Q4'], 5), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, objectives(['2026-Q4'], 3), { code, config: 'rules:\n  execution/too-many-objectives: [warning, { maxKeyResults: 2 }]\n' }), [
        {
          range: '18:7-18:17',
          severity: 'warning',
          code,
          message: 'Objective "objective-1" has 3 key results: consider keeping the 2 that best show it is reached, so the team knows what matters most.',
        },
      ]);
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, roadmap('  objectives: {}\n  items: []\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, roadmap('  objectives:\n    - plain text\n  items: []\n'), { code }), []);
      assert.deepEqual(
        lintFile(ROADMAP, objectives(['2026-Q4', '2026-Q4']).replace(/period: 2026-Q4/g, 'period: [2026]'), {
          code,
          config: 'rules:\n  execution/too-many-objectives: [warning, { max: 1 }]\n',
        }),
        [],
      );
    });
  });

  describe('execution/raci-accountable', () => {
    const code = 'execution/raci-accountable';
    /** An item whose stakeholders key is on line 19. */
    const raci = (...roles: Array<[string | undefined, string]>) =>
      oneItem(
        'smart-retries',
        `      horizon: now\n      owner: mia\n      stage: delivery\n      stakeholders:\n${roles.map(([who, role]) => `        - ${who === undefined ? '' : `who: ${who}\n          `}raci: ${role}\n`).join('')}`,
      );

    it('fires on the stakeholders key when more than one is accountable', () => {
      assert.deepEqual(lintFile(ROADMAP, raci(['Checkout team', 'R'], ['mia', 'A'], ['Head of Risk', 'A'], [undefined, 'A']), { code }), [
        {
          range: '19:7-19:19',
          severity: 'warning',
          code,
          message:
            'Item "smart-retries" has 3 accountable stakeholders ("mia", "Head of Risk" and "#4"): keep exactly one A, the person who decides, and make the others R, C or I.',
        },
      ]);
    });

    it('fires when nobody is accountable', () => {
      assert.deepEqual(lintFile(ROADMAP, raci(['Checkout team', 'R'], ['CFO', 'C']), { code, config: 'rules:\n  execution/raci-accountable: error\n' }), [
        {
          range: '19:7-19:19',
          severity: 'error',
          code,
          message: 'Item "smart-retries" has stakeholders but nobody accountable: mark the one person who decides and answers for it with raci A.',
        },
      ]);
    });

    it('passes with exactly one accountable, with no stakeholders and on odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, raci(['Checkout team', 'R'], ['mia', 'A'], ['CFO', 'I']), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, oneItem('smart-retries', '      horizon: now\n      owner: mia\n      stage: delivery\n      stakeholders: []\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, oneItem('smart-retries', '      horizon: now\n      owner: mia\n      stage: delivery\n      stakeholders: everyone\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, oneItem('smart-retries', '      horizon: now\n      owner: mia\n      stage: delivery\n      stakeholders: [CFO, 12]\n'), { code }), []);
    });
  });

  describe('execution/far-date-commitment', () => {
    const code = 'execution/far-date-commitment';
    /** An item whose date key is on line 19. */
    const dated = (horizon: string, date: string) => oneItem('tap-to-pay', `      horizon: ${horizon}\n      owner: theo\n      stage: discovery\n      date:${date}`);

    it("fires on the type of a next or later item's estimated date", () => {
      assert.deepEqual(lintFile(ROADMAP, dated('next', '\n        value: 2027-04-01\n        type: estimate\n'), { code }), [
        {
          range: '21:15-21:23',
          severity: 'info',
          code,
          message:
            'Item "tap-to-pay" is in next with a date (2027-04-01) that is not a hard commitment: consider removing it, since estimates this far out read as promises, or mark it hard if it is a real external deadline.',
        },
      ]);
    });

    it('fires on the date key when the type is missing (an estimate by default)', () => {
      assert.deepEqual(lintFile(ROADMAP, dated('later', '\n        value: 2028-01-01\n'), { code, config: 'rules:\n  execution/far-date-commitment: warning\n' }), [
        {
          range: '19:7-19:11',
          severity: 'warning',
          code,
          message:
            'Item "tap-to-pay" is in later with a date (2028-01-01) that is not a hard commitment: consider removing it, since estimates this far out read as promises, or mark it hard if it is a real external deadline.',
        },
      ]);
      assert.deepEqual(
        lintFile(ROADMAP, dated('later', ' 2028-01-01\n'), { code }).map((finding) => finding.range),
        ['19:7-19:11'],
      );
      assert.deepEqual(
        lintFile(ROADMAP, dated('later', '\n        type: soon\n'), { code }).map((finding) => finding.message),
        [
          'Item "tap-to-pay" is in later with a date that is not a hard commitment: consider removing it, since estimates this far out read as promises, or mark it hard if it is a real external deadline.',
        ],
      );
    });

    it('passes on hard dates, on now items and on items without a date', () => {
      assert.deepEqual(lintFile(ROADMAP, dated('next', '\n        value: 2027-04-01\n        type: hard\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, dated('now', '\n        value: 2026-12-15\n        type: estimate\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, dated('later', '\n'), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, oneItem('tap-to-pay', '      horizon: later\n      owner: theo\n      stage: opportunity\n'), { code }), []);
    });
  });

  describe('execution/team-overload', () => {
    const code = 'execution/team-overload';
    /** Items of six lines each from line 14; the team of item n is on line 18 + 6n. */
    const work = (...list: Array<[string, string | undefined]>) =>
      roadmap(`  items:
${list
  .map(
    ([horizon, team], n) => `    - id: item-${n + 1}
      title: Item ${n + 1}
      horizon: ${horizon}
      owner: sam
      ${team === undefined ? 'confidence: low' : `team: ${team}`}
      stage: discovery
`,
  )
  .join('')}`);

    it('fires on the team of each now item beyond the third of a team', () => {
      const text = work(
        ['now', 'payouts'],
        ['now', 'checkout'],
        ['now', 'payouts'],
        ['next', 'payouts'],
        ['now', 'payouts'],
        ['now', 'payouts'],
        ['now', undefined],
        ['now', 'payouts'],
      );
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '48:13-48:20',
          severity: 'warning',
          code,
          message: 'Item "item-6" is the 4th of 5 now items for product team "payouts": consider at most 3 per team, finishing one before starting the next.',
        },
        {
          range: '60:13-60:20',
          severity: 'warning',
          code,
          message: 'Item "item-8" is the 5th of 5 now items for product team "payouts": consider at most 3 per team, finishing one before starting the next.',
        },
      ]);
    });

    it('passes with three now items per team, and reads the limit from maxNow', () => {
      const text = work(['now', 'payouts'], ['now', 'payouts'], ['now', 'checkout'], ['now', 'payouts'], ['later', 'payouts']);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), []);
      assert.deepEqual(lintFile(ROADMAP, text, { code, config: 'rules:\n  execution/team-overload: [info, { maxNow: 2 }]\n' }), [
        {
          range: '36:13-36:20',
          severity: 'info',
          code,
          message: 'Item "item-4" is the 3rd of 3 now items for product team "payouts": consider at most 2 per team, finishing one before starting the next.',
        },
      ]);
    });

    it('does not throw on odd shapes', () => {
      assert.deepEqual(
        lintFile(ROADMAP, roadmap('  items:\n    - id: a\n      horizon: now\n      team: [payouts]\n'), {
          code,
          config: 'rules:\n  execution/team-overload: [warning, { maxNow: 0 }]\n',
        }),
        [],
      );
      assert.deepEqual(lintFile(ROADMAP, roadmap('  items: 4\n'), { code }), []);
    });
  });
  describe('execution/unknown-owner', () => {
    const code = 'execution/unknown-owner';
    const item = (owner: string) => oneItem('instant-payouts', `      horizon: now\n      owner: ${owner}\n      stage: delivery\n`);

    it('fires on an item owner that names no member, with a did-you-mean', () => {
      assert.deepEqual(lintFile(ROADMAP, item('samm'), { code, others: WITH_TEAM }), [
        {
          range: '17:14-17:18',
          severity: 'error',
          code,
          message: 'The owner "samm" of item "instant-payouts" names no member of any team charter: did you mean "sam"?',
        },
      ]);
      assert.deepEqual(findingData(ROADMAP, item('samm'), code), [{ replacement: 'sam' }]);
    });

    it('fires on the roadmap owner and on key result owners, without a suggestion when nothing is close', () => {
      const text = roadmap(`  objectives:
    - id: faster-cash
      objective: Merchants get their money when they need it
      visionGoal: retain-merchants
      period: 2026-Q4
      keyResults:
        - id: same-day-share
          metric: Share of payouts settled the same day
          target: 50
          owner: zoe
  items: []
`).replace('  owner: dana', '  owner: dnaa');
      assert.deepEqual(lintFile(ROADMAP, text, { code, others: WITH_TEAM }), [
        {
          range: '5:10-5:14',
          severity: 'error',
          code,
          message: 'The owner "dnaa" of roadmap "acme-pay-roadmap" names no member of any team charter: did you mean "dana"?',
        },
        {
          range: '22:18-22:21',
          severity: 'error',
          code,
          message: 'The owner "zoe" of key result "same-day-share" names no member of any team charter: use a member\'s id, or add them to a charter\'s members.',
        },
      ]);
      assert.deepEqual(findingData(ROADMAP, text, code), [{ replacement: 'dana' }, undefined]);
    });

    it('fires on the owner of a vision and of a charter', () => {
      assert.deepEqual(lintFile(VISION, vision(NEEDS, { owner: 'jordan' }), { code, others: WITH_TEAM }), [
        {
          range: '5:10-5:16',
          severity: 'error',
          code,
          message: 'The owner "jordan" of vision "acme-vision" names no member of any team charter: use a member\'s id, or add them to a charter\'s members.',
        },
      ]);
      assert.deepEqual(lintFile(CHARTER, charter('', '  owner: dan\n'), { code }), [
        {
          range: '5:10-5:13',
          severity: 'error',
          code,
          message: 'The owner "dan" of team charter "acme-product-team" names no member of any team charter: did you mean "dana"?',
        },
      ]);
    });

    it('passes on members of any charter of the workspace', () => {
      const other = charter('', '  owner: dana\n').replace('acme-product-team', 'platform-team').replace(/dana/g, 'priya').replace('Dana Whitfield', 'Priya Raman');
      assert.deepEqual(lintFile(ROADMAP, item('sam'), { code, others: WITH_TEAM }), []);
      assert.deepEqual(lintFile(ROADMAP, item('priya'), { code, others: { ...WITH_TEAM, 'platform.charter.yaml': other } }), []);
      assert.deepEqual(lintFile(VISION, vision(NEEDS), { code, others: WITH_TEAM }), []);
    });

    it('skips when the workspace has no team charter, and does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, item('samm'), { code }), []);
      assert.deepEqual(
        lintFile(ROADMAP, roadmap('  objectives: [1]\n  items:\n    - id: a\n      owner: [sam]\n').replace('  owner: dana', '  owner: 7'), { code, others: WITH_TEAM }),
        [],
      );
      assert.deepEqual(lintFile(VISION, 'apiVersion: productspecs/v1\nkind: Vision\nmetadata: dana\n', { code, others: WITH_TEAM }), []);
    });

    it('can be lowered to a warning', () => {
      assert.deepEqual(
        lintFile(ROADMAP, item('samm'), { code, others: WITH_TEAM, config: 'rules:\n  execution/unknown-owner: warning\n' }).map((finding) => finding.severity),
        ['warning'],
      );
    });
  });

  describe('execution/unknown-team', () => {
    const code = 'execution/unknown-team';
    const item = (owner: string, team: string) => oneItem('instant-payouts', `      horizon: now\n      owner: ${owner}\n      team: ${team}\n      stage: delivery\n`);

    it('fires on an item team that names no product team, with a did-you-mean', () => {
      assert.deepEqual(lintFile(ROADMAP, item('sam', 'payout'), { code, others: WITH_TEAM }), [
        {
          range: '18:13-18:19',
          severity: 'warning',
          code,
          message: 'The team "payout" of item "instant-payouts" names no product team of any team charter: did you mean "payouts"?',
        },
      ]);
      assert.deepEqual(findingData(ROADMAP, item('sam', 'payout'), code), [{ replacement: 'payouts' }]);
      assert.deepEqual(
        lintFile(ROADMAP, item('sam', 'growth'), { code, others: WITH_TEAM }).map((finding) => finding.message),
        ['The team "growth" of item "instant-payouts" names no product team of any team charter: use a product team\'s id, or add the team to a charter\'s product teams.'],
      );
    });

    it("fires on the owner when the owner is not on the item's team", () => {
      assert.deepEqual(lintFile(ROADMAP, item('mia', 'payouts'), { code, others: WITH_TEAM, config: 'rules:\n  execution/unknown-team: error\n' }), [
        {
          range: '17:14-17:17',
          severity: 'error',
          code,
          message:
            'Item "instant-payouts" is owned by "mia", who is not on product team "payouts": consider an owner from that team, or add "payouts" to the teams of "mia" in the charter.',
        },
      ]);
      assert.deepEqual(
        lintFile(ROADMAP, item('leo', 'payouts'), { code, others: WITH_TEAM }).map((finding) => finding.range),
        ['17:14-17:17'],
      );
    });

    it('passes when the team lists the owner in a role or the owner lists the team', () => {
      assert.deepEqual(lintFile(ROADMAP, item('sam', 'payouts'), { code, others: WITH_TEAM }), []);
      assert.deepEqual(lintFile(ROADMAP, item('lea', 'payouts'), { code, others: WITH_TEAM }), []);
      assert.deepEqual(lintFile(ROADMAP, item('leo', 'checkout'), { code, others: WITH_TEAM }), []);
      assert.deepEqual(lintFile(ROADMAP, item('ravi', 'payouts'), { code, others: WITH_TEAM }), []);
      assert.deepEqual(lintFile(ROADMAP, item('mia', 'checkout'), { code, others: WITH_TEAM }), []);
    });

    it('leaves unknown owners to unknown-owner', () => {
      assert.deepEqual(lintFile(ROADMAP, item('zoe', 'payouts'), { code, others: WITH_TEAM }), []);
    });

    it('fires on member teams and hires in a charter that name no product team', () => {
      const text = TEAM.replace('      teams: [payouts, checkout]\n', '      teams: [payouts, checkuot]\n').concat(`  hiring:
    - role: product-designer
      team: merchant-insights
      status: open
`);
      // The fixture's sam and lea are named by product team payouts but list no teams: one finding at each.
      const disagreements = [
        {
          range: '13:11-13:14',
          severity: 'warning',
          code,
          message: 'Member "sam" is the pm of product team "payouts" but does not list it in teams: make the product team and the member\'s teams say the same.',
        },
        {
          range: '31:11-31:14',
          severity: 'warning',
          code,
          message: 'Member "lea" is the designer of product team "payouts" but does not list it in teams: make the product team and the member\'s teams say the same.',
        },
      ];
      assert.deepEqual(lintFile(CHARTER, text, { code }), [
        disagreements[0],
        {
          range: '26:24-26:32',
          severity: 'warning',
          code,
          message: 'The teams entry "checkuot" of member "ravi" names no product team of any team charter: did you mean "checkout"?',
        },
        disagreements[1],
        {
          range: '48:13-48:30',
          severity: 'warning',
          code,
          message:
            'The team "merchant-insights" of hiring entry #1 names no product team of any team charter: use a product team\'s id, or add the team to a charter\'s product teams.',
        },
      ]);
      assert.deepEqual(lintFile(CHARTER, TEAM, { code }), disagreements);
    });

    it('skips when the workspace has no team charter, and does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, item('sam', 'payout'), { code }), []);
      assert.deepEqual(
        lintFile(ROADMAP, roadmap('  items:\n    - id: a\n      team: [payouts]\n      owner: {}\n    - id: b\n      team: payouts\n      owner: 3\n'), {
          code,
          others: WITH_TEAM,
        }),
        [],
      );
      assert.deepEqual(lintFile(CHARTER, charter('      teams: payouts\n  hiring: open\n'), { code }), []);
    });
  });

  describe('execution/no-evangelism', () => {
    const code = 'execution/no-evangelism';

    it('fires on the ownership of a product-team vision without an evangelism plan', () => {
      assert.deepEqual(lintFile(VISION, vision(NEEDS, { ownership: 'product-team' }), { code }), [
        {
          range: '10:14-10:26',
          severity: 'info',
          code,
          message: 'The product team owns this vision but has no evangelism plan: add one with a cadence, the audiences who should hear the vision and the channels to reach them.',
        },
      ]);
      assert.deepEqual(
        lintFile(VISION, vision(`${NEEDS}  evangelism:\n`, { ownership: 'product-team' }), { code }).map((finding) => finding.range),
        ['25:3-25:13'],
      );
    });

    it('fires when the plan names no audience', () => {
      const text = vision(`${NEEDS}  evangelism:\n    cadence: monthly\n    audiences: []\n`, { ownership: 'product-team' });
      assert.deepEqual(lintFile(VISION, text, { code, config: 'rules:\n  execution/no-evangelism: warning\n' }), [
        {
          range: '27:5-27:14',
          severity: 'warning',
          code,
          message: 'The evangelism plan names no audience: add the teams and forums who should hear the vision, such as engineering, sales, support and leadership.',
        },
      ]);
    });

    it('passes with a plan, and on visions the product team does not own', () => {
      const plan = `${NEEDS}  evangelism:\n    cadence: monthly\n    audiences: [Engineering all-hands]\n`;
      assert.deepEqual(lintFile(VISION, vision(plan, { ownership: 'product-team' }), { code }), []);
      assert.deepEqual(lintFile(VISION, vision(NEEDS, { ownership: 'ceo' }), { code }), []);
      assert.deepEqual(lintFile(VISION, vision(`${NEEDS}  evangelism: [monthly]\n`, { ownership: 'product-team' }), { code }), []);
    });
  });

  describe('execution/no-stakeholders', () => {
    const code = 'execution/no-stakeholders';

    it('fires on the spec key when the charter lists no stakeholders', () => {
      const message =
        'The charter lists no stakeholders: consider adding the people outside the product team who depend on its work (finance, sales, support, risk...), with what they care about and how often you meet.';
      assert.deepEqual(lintFile(CHARTER, charter(''), { code }), [{ range: '5:1-5:5', severity: 'info', code, message }]);
      assert.deepEqual(lintFile(CHARTER, charter('  stakeholders: []\n'), { code }), [{ range: '13:3-13:15', severity: 'info', code, message }]);
    });

    it('fires on each stakeholder without a cadence', () => {
      const text = charter(`  stakeholders:
    - name: Alex Morgan
      role: CFO
      cadence: monthly
    - name: Grace Howell
      role: Head of Risk and Compliance
    - role: Head of Sales
      cadence:
`);
      assert.deepEqual(lintFile(CHARTER, text, { code, config: 'rules:\n  execution/no-stakeholders: warning\n' }), [
        {
          range: '17:7-17:25',
          severity: 'warning',
          code,
          message: 'Stakeholder "Grace Howell" (Head of Risk and Compliance) has no cadence: consider a regular meeting so they hear about the roadmap before it surprises them.',
        },
        {
          range: '20:7-20:14',
          severity: 'warning',
          code,
          message: 'Stakeholder "#3" (Head of Sales) has no cadence: consider a regular meeting so they hear about the roadmap before it surprises them.',
        },
      ]);
    });

    it('passes when every stakeholder has a cadence, and can be turned off', () => {
      const text = charter('  stakeholders:\n    - name: Alex Morgan\n      role: CFO\n      cadence: monthly\n');
      assert.deepEqual(lintFile(CHARTER, text, { code }), []);
      assert.deepEqual(lintFile(CHARTER, charter(''), { code, config: 'rules:\n  execution/no-stakeholders: off\n' }), []);
      assert.deepEqual(lintFile(CHARTER, 'apiVersion: productspecs/v1\nkind: TeamCharter\nspec: []\n', { code }), []);
    });
  });

  describe('execution/unknown-dependency', () => {
    const code = 'execution/unknown-dependency';
    /** Items from line 14, five lines each plus a sixth `dependsOn` line when they have dependencies. */
    const graph = (...list: Array<[string, string?]>) =>
      roadmap(`  items:
${list.map(([id, deps]) => `    - id: ${id}\n      title: Work on ${id}\n      horizon: next\n      owner: sam\n      stage: discovery\n${deps === undefined ? '' : `      dependsOn: ${deps}\n`}`).join('')}`);

    it('fires on a dependency that names no item, with a did-you-mean', () => {
      const text = graph(['ledger-v2'], ['instant', '[ledger-v3, fees]']);
      assert.deepEqual(lintFile(ROADMAP, text, { code }), [
        {
          range: '24:19-24:28',
          severity: 'error',
          code,
          message: 'The dependsOn entry "ledger-v3" of item "instant" names no item of any roadmap: did you mean "ledger-v2"?',
        },
        {
          range: '24:30-24:34',
          severity: 'error',
          code,
          message: 'The dependsOn entry "fees" of item "instant" names no item of any roadmap: use the id of an existing item, or remove the entry.',
        },
      ]);
      assert.deepEqual(findingData(ROADMAP, text, code), [{ replacement: 'ledger-v2' }, undefined]);
    });

    it('accepts items of other roadmaps', () => {
      const other = roadmap('  items:\n    - id: fees\n      title: Fees\n      horizon: now\n      owner: leo\n      stage: discovery\n').replace(
        'acme-pay-roadmap',
        'platform-roadmap',
      );
      assert.deepEqual(lintFile(ROADMAP, graph(['ledger-v2'], ['instant', '[ledger-v2, fees]']), { code, others: { 'platform.roadmap.yaml': other } }), []);
    });

    it('fires on the dependency that closes a cycle, naming the cycle', () => {
      assert.deepEqual(lintFile(ROADMAP, graph(['ledger', '[instant]'], ['instant', '[ledger]']), { code }), [
        {
          range: '25:19-25:25',
          severity: 'error',
          code,
          message:
            'Item "instant" depends on "ledger", which closes the cycle ledger → instant → ledger: none of these items can start first, so remove the dependency that does not really hold.',
        },
      ]);
      assert.deepEqual(
        lintFile(ROADMAP, graph(['ledger', '[instant]'], ['instant', '[advances]'], ['advances', '\n        - ledger'], ['solo', '[solo]']), {
          code,
          config: 'rules:\n  execution/unknown-dependency: warning\n',
        }),
        [
          {
            range: '32:11-32:17',
            severity: 'warning',
            code,
            message:
              'Item "advances" depends on "ledger", which closes the cycle ledger → instant → advances → ledger: none of these items can start first, so remove the dependency that does not really hold.',
          },
          {
            range: '38:19-38:23',
            severity: 'warning',
            code,
            message: 'Item "solo" depends on "solo", which closes the cycle solo → solo: none of these items can start first, so remove the dependency that does not really hold.',
          },
        ],
      );
    });

    it('passes on chains and diamonds, and does not throw on odd shapes', () => {
      assert.deepEqual(lintFile(ROADMAP, graph(['a', '[b, c]'], ['b', '[d]'], ['c', '[d]'], ['d']), { code }), []);
      assert.deepEqual(lintFile(ROADMAP, graph(['a', 'b'], ['b', '[1, {x: a}]']), { code }), []);
      assert.deepEqual(
        lintFile(ROADMAP, roadmap('  items:\n    - dependsOn: [a]\n    - id: a\n      dependsOn: [a, a]\n'), { code }).map((finding) => finding.range),
        ['16:19-16:20'],
      );
    });
  });

  describe('the Acme example workspace', () => {
    it('reports exactly the two execution problems marked in the examples', () => {
      const folder = path.resolve(__dirname, '../../../examples/acme');
      const files: Record<string, string> = {};
      for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.yaml'))) files[name] = fs.readFileSync(path.join(folder, name), 'utf8');
      const results = lintFiles(files);
      const execution = Object.entries(results).flatMap(([name, findings]) =>
        findings.filter((finding) => finding.code.startsWith('execution/')).map((finding) => `${name}:${finding.range.split('-')[0]} ${finding.code}`),
      );
      assert.deepEqual(execution, ['acme.roadmap.yaml:268:7 execution/raci-accountable', 'acme.roadmap.yaml:315:7 execution/now-without-outcome']);
    });
  });
});
