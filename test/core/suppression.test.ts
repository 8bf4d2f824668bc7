import * as assert from 'node:assert/strict';
import { lintFile, roadmapText } from '../helpers/engine';

const roadmap = (before: string, inside = ''): string =>
  before +
  roadmapText(`${inside}    - id: instant-payouts
      title: Instant payouts
      horizon: now
      theme: faster-payouts
      owner: dana
      stage: delivery
`);

const codes = (text: string): string[] => lintFile('payments.roadmap.yaml', text).map((finding) => finding.code);

describe('suppression comments', () => {
  it('the hint fires without a comment', () => {
    assert.ok(codes(roadmap('')).includes('execution/now-without-outcome'));
  });

  it('disable-next-line silences the rule on the next line only', () => {
    const text = roadmap('', '    # product-specs-disable-next-line execution/now-without-outcome\n');
    assert.ok(!codes(text).includes('execution/now-without-outcome'));
    // The line after next still reports: of two one-line items after the comment, only the second.
    const twoItems = roadmapText(`    # product-specs-disable-next-line execution/now-without-outcome
    - { id: instant-payouts, title: Instant payouts, horizon: now, theme: faster-payouts, owner: dana, stage: delivery }
    - { id: payout-dates, title: Payout dates, horizon: now, theme: faster-payouts, owner: dana, stage: delivery }
`);
    assert.deepEqual(lintFile('payments.roadmap.yaml', twoItems, { code: 'execution/now-without-outcome' }), [
      {
        range: '15:7-15:115',
        severity: 'warning',
        code: 'execution/now-without-outcome',
        message:
          'Now item "payout-dates" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.',
      },
    ]);
  });

  it('disable silences the rule to the end of the file', () => {
    assert.ok(!codes(roadmap('# product-specs-disable execution/now-without-outcome\n')).includes('execution/now-without-outcome'));
  });

  it('reports an unknown rule id in a comment, with did-you-mean', () => {
    const findings = lintFile('payments.roadmap.yaml', roadmap('# product-specs-disable execution/now-without-outcom\n'), { code: 'suppression/unknown-rule' });
    assert.deepEqual(findings, [
      {
        range: '1:25-1:53',
        severity: 'warning',
        code: 'suppression/unknown-rule',
        message: 'Unknown rule "execution/now-without-outcom" in a suppression comment. Did you mean "execution/now-without-outcome"?',
      },
    ]);
  });
});
