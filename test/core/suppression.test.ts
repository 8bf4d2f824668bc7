import * as assert from 'node:assert/strict';
import { parseYaml } from '../../server/src/core/yaml/parse';
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

describe('suppression comments next to block scalars and multi-line values', () => {
  const NOW = 'execution/now-without-outcome';
  /** The roadmap with the theme's `problem` written as given, and `between` written before `items:`. */
  const withProblem = (problem: string, between = '', beforeItem = ''): string =>
    `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: acme-roadmap
spec:
  format: now-next-later
  themes:
    - id: faster-payouts
      name: Faster payouts
      problem: ${problem}
      needs: [get-paid-fast]
${between}  items:
${beforeItem}    - id: instant-payouts
      title: Instant payouts
      horizon: now
      theme: faster-payouts
      owner: dana
      stage: delivery
`;
  /**
   * The findings of a text, checked to be the same when the YAML is read by the full parser (an anchor
   * the fast parser leaves to it) and with CRLF line breaks: the line numbers and columns do not change.
   */
  const suppressionFindings = (text: string): ReturnType<typeof lintFile> => {
    const findings = lintFile('payments.roadmap.yaml', text).filter((finding) => finding.code === NOW || finding.code === 'suppression/unknown-rule');
    const anchored = text.replace('    - id: faster-payouts', '    - &theme id: faster-payouts');
    assert.notEqual(anchored, text);
    for (const variant of [anchored, text.replace(/\n/g, '\r\n'), anchored.replace(/\n/g, '\r\n')]) {
      const again = lintFile('payments.roadmap.yaml', variant).filter((finding) => finding.code === NOW || finding.code === 'suppression/unknown-rule');
      assert.deepEqual(again, findings, JSON.stringify(variant.slice(0, 400)));
    }
    return findings;
  };
  const nowWithoutOutcome = (line: number) => ({
    range: `${line}:7-${line}:26`,
    severity: 'warning',
    code: NOW,
    message:
      'Now item "instant-payouts" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.',
  });
  const unknownRule = (line: number, column: number, id: string, suggestion?: string) => ({
    range: `${line}:${column}-${line}:${column + id.length}`,
    severity: 'warning',
    code: 'suppression/unknown-rule',
    message: `Unknown rule "${id}" in a suppression comment.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  });

  it('the marker on the lines of a literal or folded block scalar is text: it silences nothing and names no rule', () => {
    for (const header of ['|', '>-']) {
      const problem = `${header}\n        Merchants wait days. # product-specs-disable ${NOW}\n        # product-specs-disable no-such-rule\n        #product-specs-disable-next-line\n        See the payout survey.`;
      const text = withProblem(problem);
      // Read by the fast parser, whose tree says which lines are the scalar's: only the other lines with the marker are lexed.
      assert.equal(parseYaml(text).fast, true);
      assert.deepEqual(suppressionFindings(text), [nowWithoutOutcome(17)], header);
    }
  });

  it('the marker inside a quoted value over several lines is text: it silences nothing and names no rule', () => {
    const double = `"Merchants wait\n        # product-specs-disable no-such-rule\n        # product-specs-disable-next-line\n        days."`;
    assert.deepEqual(suppressionFindings(withProblem(double)), [nowWithoutOutcome(16)]);
    const single = `'Merchants wait\n        # product-specs-disable ${NOW}\n        days.'`;
    assert.deepEqual(suppressionFindings(withProblem(single)), [nowWithoutOutcome(15)]);
  });

  it('a real comment after a block scalar, and one on its header line, are read as comments', () => {
    const problem = `|\n        Merchants wait days.\n        See # product-specs-disable no-such-rule`;
    // A comment after the scalar's last line names an unknown rule: reported where it is written.
    const between = '  # product-specs-disable execution/now-without-outcom\n';
    assert.equal(parseYaml(withProblem(problem, between)).fast, true);
    assert.deepEqual(suppressionFindings(withProblem(problem, between)), [unknownRule(14, 27, 'execution/now-without-outcom', NOW), nowWithoutOutcome(16)]);
    // One before the item silences it.
    assert.deepEqual(suppressionFindings(withProblem(problem, between, `    # product-specs-disable-next-line ${NOW}\n`)), [
      unknownRule(14, 27, 'execution/now-without-outcom', NOW),
    ]);
    // The header line's comment is a comment too: it silences the rule to the end of the file.
    const header = withProblem(`| # product-specs-disable ${NOW}\n        Merchants wait days.`);
    assert.equal(parseYaml(header).fast, true);
    assert.deepEqual(suppressionFindings(header), []);
  });
});
