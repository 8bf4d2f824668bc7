import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/cli';
import { launchChromium, type TestBrowser } from '../helpers/chromium';

/** Paper sizes in millimetres, and the margin every page's print style sheet sets (`@page { margin: 12mm }`). */
const PAPERS = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const MARGIN_MM = 12;
const PX_PER_MM = 96 / 25.4;

/** The page the command line writes, as a stakeholder prints it. */
function written(args: readonly string[]): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'product-specs.js'), ...args, '--today', '2026-11-25'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

const PAGES = {
  'exported boards (product-specs board)': ['board', 'examples/acme'],
  'exported boards of a timeline roadmap, four columns': ['board', 'test/boards/fixtures/timeline'],
  'exported report (product-specs report --format html)': ['report', 'examples/acme', '--format', 'html'],
} as const;

/** What sticks out to the right of (or left of) the printable width: every element of the page, by a short name. */
async function overflowing(page: Page): Promise<string[]> {
  // Scripts run in the page, written as text (the tests build without the DOM types).
  return page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    const name = (element) => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : '') + ' "' + (element.textContent || '').trim().slice(0, 40) + '"';
    const out = [];
    for (const element of document.body.querySelectorAll('*')) {
      // What is drawn inside a picture is clipped to it: the picture itself is checked.
      if (element.parentElement && element.parentElement.closest('svg')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) out.push(name(element) + ': ' + Math.round(box.left) + '..' + Math.round(box.right) + ' of ' + width);
    }
    if (document.documentElement.scrollWidth > width) out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' of ' + width);
    return out;
  })()`);
}

/**
 * What a page break could cut in two: cards, panels, list entries, table rows and pictures that are
 * not `break-inside: avoid`; and cards, findings, rows and pictures taller than a page (which no
 * break can keep whole).
 */
async function splittable(page: Page, pageHeight: number): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const out = [];
    const label = (element) => element.tagName.toLowerCase() + '.' + String(element.className.baseVal ?? element.className) + ' "' + (element.textContent || '').trim().slice(0, 40) + '"';
    for (const element of document.querySelectorAll('.card, .panel, li, tr, svg')) {
      const avoid = getComputedStyle(element).breakInside;
      if (avoid !== 'avoid') out.push(label(element) + ': break-inside ' + avoid);
    }
    for (const element of document.querySelectorAll('.card, ul.findings > li, tr, svg')) {
      if (element.getBoundingClientRect().height > ${pageHeight}) out.push(label(element) + ': taller than a page');
    }
    return out;
  })()`);
}

/** The number of pages of a PDF: its page objects. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe('print: the exported boards and report on A4 and Letter in Chromium', function () {
  this.timeout(120_000);
  let chromium: TestBrowser | undefined;
  let browser: Browser;
  const html: Record<string, string> = {};

  before(async () => {
    for (const [name, args] of Object.entries(PAGES)) html[name] = written(args);
    chromium = await launchChromium();
    browser = chromium.browser;
  });

  after(async () => {
    await chromium?.close();
  });

  for (const name of Object.keys(PAGES)) {
    for (const [paper, size] of Object.entries(PAPERS)) {
      it(`${name} on ${paper}: nothing wider than the printable width, no card split across pages, as many pages as the content fills`, async () => {
        // The printable area in CSS pixels: the paper less the page margins of the print style sheet.
        const width = Math.floor((size.width - 2 * MARGIN_MM) * PX_PER_MM);
        const height = Math.floor((size.height - 2 * MARGIN_MM) * PX_PER_MM);
        const context = await browser.newContext({ viewport: { width, height } });
        try {
          const page = await context.newPage();
          await page.route('**/*', (route) => route.abort());
          await page.setContent(html[name], { waitUntil: 'load' });
          await page.emulateMedia({ media: 'print' });
          assert.deepEqual(await overflowing(page), []);
          assert.deepEqual(await splittable(page, height), []);
          // The content's height in pages, plus a page for each board that starts on a new page and one
          // for what moving cards and rows past a break adds: no blank pages, no page per card.
          const { contentHeight, newPages } = await page.evaluate<{ contentHeight: number; newPages: number }>(
            `({ contentHeight: document.documentElement.scrollHeight, newPages: Math.max(0, document.querySelectorAll('.board').length - 1) })`,
          );
          const least = Math.ceil(contentHeight / height);
          const count = pdfPages(await page.pdf({ format: paper }));
          assert.ok(count >= least && count <= least + newPages + 1, `${count} pages for ${contentHeight} px of content (${least} pages of ${height} px, ${newPages} new pages)`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
