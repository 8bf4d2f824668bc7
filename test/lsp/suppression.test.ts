import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brief, copyFixture, LspClient, uri } from '../helpers/lspClient';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/lsp/basic');

/** A roadmap with one hint (a now item without outcome); `theme` and `title` are written into it as given. */
function roadmap({ before = '', problem = 'problem: Merchants wait days for their money.', title = 'title: Instant payouts', item = '' } = {}): string {
  return `${before}apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: payments-roadmap
spec:
  format: now-next-later
  themes:
    - id: faster-payouts
      name: Faster payouts
      ${problem}
      needs: [get-paid-fast]
  items:
${item}    - id: instant-payouts
      ${title}
      horizon: now
      theme: faster-payouts
      owner: dana
      stage: delivery
`;
}

const NO_OUTCOME = (line: number) => ({
  range: `${line}:7-${line}:26`,
  severity: 'warning',
  code: 'execution/now-without-outcome',
  message:
    'Now item "instant-payouts" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.',
});

describe('suppression comments are YAML comments, over the language-server protocol', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;
  let file: string;
  let version = 0;

  before(async () => {
    folder = copyFixture(FIXTURE);
    file = uri(path.join(folder, 'payments.roadmap.yaml'));
    client = await LspClient.start(folder);
    await client.waitForDiagnostics(file);
    await client.open(file, roadmap(), ++version);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function diagnostics(text: string): Promise<ReturnType<typeof brief>[]> {
    await client.replaceAll(file, text, ++version);
    return (await client.waitForDiagnostics(file, (params) => params.version === version)).diagnostics.map(brief);
  }

  it('a line "#product-specs-disable" inside a block scalar is text, and silences nothing', async () => {
    assert.deepEqual(await diagnostics(roadmap()), [NO_OUTCOME(13)]);
    const problem =
      'problem: |\n        Merchants wait days for their money.\n        #product-specs-disable\n        # product-specs-disable-next-line execution/now-without-outcome';
    assert.deepEqual(await diagnostics(roadmap({ problem })), [NO_OUTCOME(16)]);
  });

  it('a quoted value holding the marker is a value: no unknown rule reported, nothing silenced', async () => {
    assert.deepEqual(await diagnostics(roadmap({ title: 'title: "Instant payouts # product-specs-disable no-such-rule"' })), [NO_OUTCOME(13)]);
    assert.deepEqual(await diagnostics(roadmap({ title: "title: 'Instant payouts\n        # product-specs-disable'" })), [NO_OUTCOME(13)]);
  });

  it('real comments still work: an unknown rule is reported at its place, a known one silences its next line', async () => {
    const before = '# product-specs-disable execution/now-without-outcom\n';
    const unknownRule = {
      range: '1:25-1:53',
      severity: 'warning',
      code: 'suppression/unknown-rule',
      message: 'Unknown rule "execution/now-without-outcom" in a suppression comment. Did you mean "execution/now-without-outcome"?',
    };
    assert.deepEqual(await diagnostics(roadmap({ before })), [unknownRule, NO_OUTCOME(14)]);
    const item = '    #product-specs-disable-next-line execution/now-without-outcome\n';
    assert.deepEqual(await diagnostics(roadmap({ before, item })), [unknownRule]);
    // The same with CRLF line endings, and a comment after a value.
    assert.deepEqual(await diagnostics(roadmap({ before, item }).replace(/\n/g, '\r\n')), [unknownRule]);
    const trailing = roadmap({ title: 'title: Instant payouts # product-specs-disable execution/now-without-outcome' });
    assert.deepEqual(await diagnostics(trailing), [NO_OUTCOME(13)], 'a directive silences the lines after it, not the item above');
    assert.deepEqual(await diagnostics(trailing.replace('      horizon: now', '      horizon: now # product-specs-disable-next-line')), [NO_OUTCOME(13)]);
  });
});
