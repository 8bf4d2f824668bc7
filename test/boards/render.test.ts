import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildBoards, renderBoardsHtml } from '../../server/src/core/boards';
import { reportInput } from '../../server/src/core/report/input';
import { ACME, FIXTURES, workspaceOf } from './workspace';

const timeline = buildBoards(reportInput(workspaceOf(path.join(FIXTURES, 'timeline'))));
const acme = buildBoards(reportInput(workspaceOf(ACME)));
const fileLink = (location: { uri: string; range: { start: { line: number } } }): string => `specs/${location.uri.split('/').pop()}#L${location.range.start.line + 1}`;
const exported = (boards = timeline): string => renderBoardsHtml(boards, { nonce: 'n0nce', show: 'all', links: { kind: 'file', fileLink } });
const webview = (view = {}, boards = acme): string =>
  renderBoardsHtml(boards, {
    nonce: 'n0nce',
    show: 'roadmap',
    view,
    links: { kind: 'webview', cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/media/board.js' },
  });

/** The visible text of the page's main landmark, tags removed, entities kept. */
const columnTitles = (html: string): string[] => [...html.matchAll(/<h4>([^<]*) <span class="muted">\((\d+)\)<\/span><\/h4>/g)].map((match) => `${match[1]} ${match[2]}`);
const cardTitles = (html: string): string[] => [...html.matchAll(/<a class="title"[^>]*>([^<]*)<\/a>/g)].map((match) => match[1]);

describe('boards page', () => {
  it('exported page: the vision above the roadmap, no script and nothing from elsewhere, spec text escaped', () => {
    const html = exported();
    assert.ok(html.indexOf('Vision board: Tea &lt;b&gt;&amp;&lt;/b&gt; Co') < html.indexOf('Roadmap board: Tea shop'));
    assert.ok(html.includes(`content="default-src &#39;none&#39;; img-src data:; style-src &#39;nonce-n0nce&#39;;"`));
    assert.ok(!/<script|<link|@import|url\(|src=/i.test(html), 'no script, stylesheet, font or image from anywhere');
    assert.ok(html.includes('Every tea lover finds &lt;script&gt;alert(1)&lt;/script&gt; their cup'));
    assert.ok(html.includes('>Search &lt;rare&gt; teas</a>'));
    assert.ok(html.includes('<dt>Owner</dt><dd>Ada &lt;Lovelace&gt;</dd>'));
    // A visual whose link is not a web address is shown, not linked.
    assert.ok(html.includes('<li>Storyboard <span class="muted">(javascript:alert(2))</span></li>'));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    assert.ok(hrefs.length > 10);
    for (const href of hrefs) assert.match(href, /^specs\/product\.(vision|roadmap)\.yaml#L\d+$/);
    assert.ok(!html.includes('file:'), 'nothing points to the local disk');
  });

  it('exported page: columns with their counts, derived horizons with the timeframe, a Released column, theme traces', () => {
    const html = exported();
    assert.deepEqual(columnTitles(html), ['Now 1', 'Next 1', 'Later 1', 'Released 1']);
    assert.ok(html.includes('<dt>Timeframe</dt><dd>2026-Q4</dd>'));
    assert.ok(html.includes('<dt>Outcome</dt><dd>Searches per visit: 0.2 → 0.5</dd>'));
    assert.ok(html.includes('Serves the needs: “I need to find rare teas”; “I need a gift”</div><div>Towards the goals: “Grow the shop”</div>'));
    assert.ok(html.includes('<main>') && html.includes('</main>'));
    assert.ok(html.includes('@media print'));
  });

  it('finding badges say their count and severity in words', () => {
    const html = webview();
    assert.equal([...html.matchAll(/<span class="badge error">1 error<\/span>/g)].length, 2);
    assert.equal([...html.matchAll(/<span class="badge warning">1 warning<\/span>/g)].length, 3);
  });

  it('webview page: its one script, cards that can be dragged and carry what a move names, links as data', () => {
    const html = webview();
    assert.deepEqual(
      [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]),
      ['<script nonce="n0nce" src="vscode-webview://abc/media/board.js">'],
    );
    assert.ok(!html.includes('Vision board:'));
    assert.deepEqual(columnTitles(html), ['Now 7', 'Next 6', 'Later 5']);
    assert.match(html, /<div class="column" data-column="next"><h4>Next/);
    assert.match(
      html,
      /<li class="card" draggable="true" data-uri="file:\/\/[^"]*\/acme\.roadmap\.yaml" data-index="7" data-id="express-checkout" data-from="next"><a class="title" href="#" data-uri="[^"]*" data-line="365" data-character="6">Express checkout for returning buyers<\/a>/,
    );
    assert.ok(html.includes('<label for="groupBy-acme-pay-roadmap">Group by</label>'));
    assert.ok(html.includes('Shift+Left or Shift+Right'));
    assert.ok(html.includes('<div id="board-content">') && html.includes('role="status"'));
  });

  it('groups cards into swimlanes by team or theme, and filters by team and theme', () => {
    const byTeam = webview({ groupBy: 'team' });
    assert.deepEqual(
      [...byTeam.matchAll(/<section class="lane"><h3>([^<]*)<\/h3>/g)].map((match) => match[1]),
      ['Payouts', 'Checkout', 'Merchant Onboarding', 'Merchant Insights'],
    );
    assert.ok(byTeam.includes('<option value="team" selected>Team</option>'));
    const byTheme = webview({ groupBy: 'theme' });
    assert.deepEqual(
      [...byTheme.matchAll(/<section class="lane"><h3>([^<]*)<\/h3>/g)].map((match) => match[1]),
      ['Cash when it is needed', 'Trust in every payment', 'Every sale completed', 'Selling from day one', 'Know your numbers'],
    );
    const checkout = webview({ team: 'checkout' });
    assert.deepEqual(cardTitles(checkout), [
      'Plain-language fee breakdown on every payout',
      'Smart retries for failed card payments',
      'Express checkout for returning buyers',
      'Fee simulator before sign-up',
      'Buyers pay in their own currency',
      'Pay in instalments for buyers',
    ]);
    assert.ok(checkout.includes('(6 items of 18 shown)'));
    assert.deepEqual(cardTitles(webview({ team: 'checkout', theme: 'trust' })), ['Plain-language fee breakdown on every payout', 'Fee simulator before sign-up']);
  });

  it('says so when the workspace has no vision or no roadmap', () => {
    const html = exported({ today: '2026-11-25', visions: [], roadmaps: [] });
    assert.ok(html.includes('<p class="muted">No vision in this workspace.</p>'));
    assert.ok(html.includes('<p class="muted">No roadmap in this workspace.</p>'));
  });
});
