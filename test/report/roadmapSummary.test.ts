import * as assert from 'node:assert/strict';
import { renderHtml } from '../../server/src/core/report/html';
import { renderMarkdown, type LinkOptions } from '../../server/src/core/report/markdown';
import { buildReport } from '../../server/src/core/report/report';
import type { Location } from '../../server/src/core/report/types';
import { inputOf } from './model';

const TIMELINE = `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: pay
  product: Acme Pay
spec:
  format: timeline
  themes: []
  items:
    - id: ledger
      title: Real-time ledger
      timeframe: 2026-Q4
      stage: delivery
    - id: cards
      title: Instant payouts to cards
      timeframe: 2027-H1
      stage: discovery
    - id: fees
      title: Fee breakdown
      timeframe: 2026-Q2
      stage: released
`;

const links: LinkOptions = {
  fileLabel: (uri) => uri.split('/').pop()!,
  fileLink: (location: Location) => `${location.uri.split('/').pop()!}#L${location.range.start.line + 1}`,
  docsLink: (docs) => `../${docs}`,
};

describe("the report shows each roadmap by horizon, with the derived horizon next to a timeline item's timeframe", () => {
  it('Markdown and HTML', () => {
    const report = buildReport(inputOf({ 'pay.roadmap.yaml': TIMELINE }, {}, { today: '2026-12-31' }));
    const markdown = renderMarkdown(report, links);
    const section = markdown.slice(markdown.indexOf('## Roadmap'), markdown.indexOf('\n\n', markdown.indexOf('| Horizon')));
    assert.equal(
      section,
      [
        '## Roadmap: Acme Pay',
        '',
        '| Horizon | Items |',
        '|---|---|',
        '| Now (1) | [Real-time ledger](pay.roadmap.yaml#L10) (2026-Q4 (now)) |',
        '| Next (1) | [Instant payouts to cards](pay.roadmap.yaml#L14) (2027-H1 (next)) |',
        '| Released (timeframe ended) (1) | [Fee breakdown](pay.roadmap.yaml#L18) (2026-Q2 (released, timeframe ended)) |',
      ].join('\n'),
    );
    const html = renderHtml(report, { nonce: 'n', docsLink: links.docsLink, links: { kind: 'file', fileLink: links.fileLink }, fileLabel: links.fileLabel });
    assert.ok(html.includes('<tr><td>Next (1)</td><td><a href="pay.roadmap.yaml#L14">Instant payouts to cards</a> (2027-H1 (next))</td></tr>'), html);
  });
});
