import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildBoards, renderBoardsHtml } from '../../server/src/core/boards';
import { renderHtml } from '../../server/src/core/report/html';
import { reportInput } from '../../server/src/core/report/input';
import { buildReport } from '../../server/src/core/report/report';
import { ACME, workspaceOf } from '../boards/workspace';
import { launchChromium, type TestBrowser } from '../helpers/chromium';
import { THEMES } from './themes';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: unknown[]; readonly failureSummary?: string }>;
}

const input = reportInput(workspaceOf(ACME));
const report = buildReport(input);
const boards = buildBoards(input);
const fileLink = (location: { uri: string; range: { start: { line: number } } }): string => `${location.uri.split('/').pop()}#L${location.range.start.line + 1}`;
const reportLinks = { fileLabel: (uri: string) => uri.split('/').pop()!, fileLink, docsLink: (docs: string) => `https://example.com/${docs}` };
const webview = { kind: 'webview' as const, cspSource: 'vscode-webview://a11y', scriptUri: 'vscode-webview://a11y/media/board.js' };

/** Every page the extension shows or writes, as the user gets it. */
const PAGES: Readonly<Record<string, string>> = {
  report: renderHtml(report, { nonce: 'n', fileLabel: reportLinks.fileLabel, docsLink: reportLinks.docsLink, links: { kind: 'file', fileLink } }),
  'org chart': renderHtml(report, {
    nonce: 'n',
    fileLabel: reportLinks.fileLabel,
    docsLink: reportLinks.docsLink,
    links: { kind: 'webview', cspSource: 'vscode-webview://a11y', scriptUri: 'vscode-webview://a11y/media/report.js' },
    view: 'orgChart',
  }),
  'vision board': renderBoardsHtml(boards, { nonce: 'n', show: 'vision', links: webview }),
  'roadmap board': renderBoardsHtml(boards, { nonce: 'n', show: 'roadmap', links: webview }),
  'roadmap board by team': renderBoardsHtml(boards, { nonce: 'n', show: 'roadmap', links: webview, view: { groupBy: 'team' } }),
  'exported boards': renderBoardsHtml(boards, { nonce: 'n', show: 'all', links: { kind: 'file', fileLink } }),
};

/**
 * axe-core in the real Chromium over every page, in each theme kind: no serious or critical
 * violation (colour contrast included, so text stays readable in every theme).
 */
describe('accessibility: axe-core in Chromium over the report, the org chart and the boards', function () {
  this.timeout(120_000);
  let chromium: TestBrowser | undefined;
  let browser: Browser;

  before(async function () {
    chromium = await launchChromium();
    browser = chromium.browser;
  });

  after(async () => {
    await chromium?.close();
  });

  for (const [theme, variables] of Object.entries(THEMES)) {
    for (const [name, html] of Object.entries(PAGES)) {
      it(`${name}, ${theme} theme`, async () => {
        // The pages' CSP admits only their own style; axe is added by the test, so the context bypasses it.
        const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
        try {
          const page = await context.newPage();
          // Nothing may be fetched: a page that tries fails here.
          const requests: string[] = [];
          page.on('request', (request) => requests.push(request.url()));
          await page.route('**/*', (route) => route.abort());
          await page.setContent(html, { waitUntil: 'load' });
          // The variables VS Code sets on a webview's root element; scripts run in the page, written as text (the tests build without the DOM types).
          await page.evaluate(`for (const [key, value] of Object.entries(${JSON.stringify(variables)})) document.documentElement.style.setProperty(key, value);`);
          await page.addScriptTag({ content: AXE });
          const violations = await page.evaluate<Violation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            nodes: violation.nodes.slice(0, 3).map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
          })))`);
          const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
          assert.deepEqual(serious, [], JSON.stringify(serious, null, 2));
          assert.deepEqual(
            requests.filter((url) => !url.startsWith('vscode-webview://')),
            [],
          );
        } finally {
          await context.close();
        }
      });
    }
  }
});
