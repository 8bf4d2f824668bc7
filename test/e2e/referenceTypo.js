// @ts-check
'use strict';
// End-to-end step: a misspelt id reference (an item's theme) shows in the Problems panel with its
// rule, and the "did you mean" quick fix puts the id back and clears it.

const assert = require('assert');

/**
 * Types `trst` for the theme `trust` of the now item `fee-breakdown` in the open example roadmap,
 * waits for the warning, applies the quick fix and waits for the warning to go.
 * `context`: the session, the page helpers of run.js and `lineOf`.
 */
async function misspeltThemeIsReportedAndFixed({ vsc, u, lineOf, screenshot }) {
  const page = vsc.page;
  const line = lineOf('acme.roadmap.yaml', /^ {6}theme: trust$/, /- id: fee-breakdown/);
  await vsc.openFile('acme.roadmap.yaml');
  await u.goTo(line, 14);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('trst');
  await page.keyboard.press('Escape'); // any suggestion the typing brought up
  await u.save();
  await u.waitForDiskLine('acme.roadmap.yaml', line, '      theme: trst');
  const warning = `Warning: The theme "trst" of item "fee-breakdown" names no theme of this roadmap: did you mean "trust"? product-specs vision/item-without-theme [Ln ${line}, Col 14]`;
  await u.waitForProblems({ has: ['acme.roadmap.yaml 5', warning] }, 'the misspelt theme in the Problems panel', 30000);
  await screenshot('reference-typo', { settle: false });

  await u.goTo(line, 15);
  await u.settle();
  await page.keyboard.press('Control+.');
  const actions = await u.waitInPage(
    () => {
      const rows = [.../** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.action-widget .monaco-list-row.action'))].map((r) =>
        r.innerText.replace(/\s+/g, ' ').trim(),
      );
      return { ok: rows.length > 0, rows, seen: rows };
    },
    undefined,
    'quick fixes at "trst"',
    15000,
  );
  assert.strictEqual(actions.rows[0], 'Change "trst" to "trust"');
  await u.clickOn(page.locator('.action-widget .monaco-list-row.action', { hasText: 'Change "trst" to "trust"' }));
  await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'detached' });
  await u.save();
  await u.waitForDiskLine('acme.roadmap.yaml', line, '      theme: trust');
  await u.waitForProblems({ has: ['acme.roadmap.yaml 4'], none: ['"trst"'] }, 'the misspelt theme to go away', 30000);
}

module.exports = { misspeltThemeIsReportedAndFixed };
