// @ts-check
'use strict';
// End-to-end checks of the vision board and the roadmap board in a real VS Code (code-server):
// opening both boards (the Roadmap view's button, the vision's code lens), their columns and cards,
// following an edit as it is typed, opening a card's spec, moving a card with the keyboard and by
// drag and drop (the file's `horizon` changes, undo takes it back), and screenshots in a dark and a
// light theme. Called by run.js with its session and helpers; each step waits for what the page shows.

const assert = require('assert');

/** The board's columns as shown: `Now (7)`, and the card titles of each. */
async function columns(doc) {
  return doc
    .locator('.columns')
    .first()
    .evaluate((element) =>
      [...element.querySelectorAll('.column')].map((column) => ({
        title: column.querySelector('h4').textContent.replace(/\s+/g, ' ').trim(),
        cards: [...column.querySelectorAll('.card .title')].map((title) => title.textContent.trim()),
      })),
    );
}

/**
 * @param {object} env
 * @param {object} env.vsc the session (harness)
 * @param {object} env.u run.js's ui helpers
 * @param {Function} env.check run.js's check(name, fn)
 * @param {Function} env.screenshot run.js's screenshot(name, options)
 * @param {Function} env.lineOf run.js's lineOf(file, re, after)
 * @param {Function} env.until run.js's until(check, what, timeout)
 */
async function boardChecks({ vsc, u, check, screenshot, lineOf, until }) {
  const page = vsc.page;
  // With two editor groups a tab's label ends with its group ("Roadmap Board, Editor Group 2").
  const tab = (title) => page.locator(`.tabs-container .tab[aria-label="${title}"], .tabs-container .tab[aria-label^="${title}, "]`);
  const closeTab = async (title) => {
    const t = tab(title);
    if (!(await t.count())) return;
    await t.hover();
    await u.clickOn(t.locator('.tab-actions .action-label'));
    await u.parkMouse();
    await t.waitFor({ state: 'detached' });
  };
  const waitForColumns = (doc, expected, what) =>
    until(
      async () => {
        const seen = await columns(doc).catch((err) => err.message);
        const titles = Array.isArray(seen) ? seen.map((column) => column.title) : seen;
        return JSON.stringify(titles) === JSON.stringify(expected) ? { ok: true, columns: seen } : { ok: false, seen: titles };
      },
      what,
      30000,
    );
  // Keys pressed while a webview has the focus stay in the webview: click into the first editor group's text first.
  const focusFirstEditor = async () => {
    await u.clickOn(page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines'));
    await page.keyboard.press('Control+1');
  };
  // Saves the active editor of the active group (run.js's save expects a single group).
  const saveActive = async () => {
    await page.keyboard.press('Control+S');
    await page.locator('.editor-group-container.active .tabs-container .tab.active:not(.dirty)').waitFor();
  };
  // The colour theme picker, by its key binding (Ctrl+K Ctrl+T): in the command palette "Browse Color
  // Themes in Marketplace" is the better match for its title.
  const setTheme = async (label, workbenchClass) => {
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await vsc.closeQuickInput();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-widget .quick-input-box input[placeholder^="Select Color Theme"]').waitFor();
    await input.fill(label);
    await u.clickOn(page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }));
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor();
  };
  const horizonLine = (id) => lineOf('acme.roadmap.yaml', /^ {6}horizon: /, new RegExp(`- id: ${id}$`));

  await check("the Roadmap view's button opens the roadmap board: now, next and later with a card per item", async () => {
    await vsc.runCommand('View: Hide Panel');
    await page.locator('.part.panel').waitFor({ state: 'hidden' });
    await u.showProductSpecs();
    await u.setViewExpanded('Roadmap', true);
    const header = page.locator('.sidebar .pane-header', { has: page.locator('.title', { hasText: /^Roadmap$/ }) });
    await header.hover();
    await u.clickOn(header.locator('.action-label[aria-label="Show Roadmap Board"]'));
    await u.parkMouse();
    await tab('Roadmap Board').waitFor();
    const doc = u.webview();
    await doc.locator('h2', { hasText: 'Roadmap board: Acme Pay' }).waitFor();
    const seen = await waitForColumns(doc, ['Now (7)', 'Next (6)', 'Later (5)'], 'the three columns of the roadmap board');
    assert.deepStrictEqual(seen.columns[0].cards.slice(0, 2), ['Real-time balance ledger', 'Instant payouts to debit cards']);
    assert.deepStrictEqual(seen.columns[2].cards, [
      'Cash advances on future sales',
      'Buyers pay in their own currency',
      'Pay in instalments for buyers',
      'Market mode for stalls without signal',
      'Cash-flow forecast for the next 30 days',
    ]);
    const card = doc.locator('.card', { has: doc.locator('.title', { hasText: 'Smart retries for failed card payments' }) });
    assert.strictEqual(
      (await card.locator('dl').innerText()).replace(/\s+/g, ' ').trim(),
      'Owner Mia Schneider Team Checkout Theme Every sale completed Stage delivery Confidence high Outcome Share of card payments that fail: 4.2 → 2.5',
    );
    assert.strictEqual((await card.locator('.badges').innerText()).trim(), '1 warning');
    await vsc.runCommand('View: Close Primary Side Bar');
    await screenshot('roadmap-board');
  });

  await check('the roadmap board follows an edit as it is typed, and a card opens its spec', async () => {
    // The roadmap on the left, the board on the right.
    await closeTab('Roadmap Board');
    await vsc.openFile('acme.roadmap.yaml');
    await vsc.runCommand('View: Split Editor Right');
    await vsc.runCommand('Product Specs: Show Roadmap Board');
    await tab('Roadmap Board').waitFor();
    await u.webview().locator('h2', { hasText: 'Roadmap board: Acme Pay' }).waitFor();
    await focusFirstEditor();
    const line = lineOf('acme.roadmap.yaml', /^ {6}title: Express checkout for returning buyers$/);
    await u.goTo(line, 14);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('One-tap checkout');
    await page.keyboard.press('Escape');
    const doc = u.webview();
    await doc.locator('.card .title', { hasText: /^One-tap checkout$/ }).waitFor({ timeout: 30000 });
    // Back to the file as it was (nothing was saved).
    await vsc.runCommand('File: Revert File');
    await doc.locator('.card .title', { hasText: /^Express checkout for returning buyers$/ }).waitFor({ timeout: 30000 });
    await doc.locator('.card .title', { hasText: 'Smart retries for failed card payments' }).click();
    const itemLine = lineOf('acme.roadmap.yaml', /^ {4}- id: smart-retries$/);
    await vsc.waitForText('.statusbar-item[id="status.editor.selection"]', `Ln ${itemLine}, Col 7`, 15000);
  });

  await check("Shift+Left on a card moves it to now: the file's horizon changes, and undo takes it back", async () => {
    const line = horizonLine('express-checkout');
    const doc = u.webview();
    await doc.locator('.card .title', { hasText: /^Express checkout for returning buyers$/ }).press('Shift+ArrowLeft');
    await u.waitForDiskLine('acme.roadmap.yaml', line, '      horizon: now');
    await waitForColumns(doc, ['Now (8)', 'Next (5)', 'Later (5)'], 'the card in now');
    await doc.locator('.status', { hasText: 'Moved "Express checkout for returning buyers" to now.' }).waitFor({ timeout: 15000 });
    // Undo in the editor: the horizon is next again.
    await focusFirstEditor();
    await page.keyboard.press('Control+Z');
    await saveActive();
    await u.waitForDiskLine('acme.roadmap.yaml', line, '      horizon: next');
    await waitForColumns(doc, ['Now (7)', 'Next (6)', 'Later (5)'], 'the card back in next');
  });

  await check('dragging a card with the mouse to another column changes its horizon', async () => {
    const line = horizonLine('tap-to-pay-phone');
    const doc = u.webview();
    const card = doc.locator('.card', { has: doc.locator('.title', { hasText: /^Take card payments on your phone$/ }) });
    const later = doc.locator('.column[data-column="later"]').first();
    // A user's drag with the mouse: the pointer pressed on the card, moved in steps onto the later
    // column and released. The boxes are in the page's coordinates (Playwright adds the offsets of
    // the webview's two frames), so both must be in view: the top of the columns.
    // The board may be redrawn once more after the previous step's save: measure once it is still.
    let from = null;
    let to = null;
    for (let attempt = 0; attempt < 20 && !(from && to); attempt++) {
      if (attempt > 0) await page.waitForTimeout(250);
      await card.waitFor({ state: 'visible', timeout: 15000 });
      await doc
        .locator('.columns')
        .first()
        .evaluate((element) => element.scrollIntoView({ block: 'start' }));
      from = await card.boundingBox();
      to = await later.boundingBox();
    }
    const viewport = page.viewportSize();
    assert.ok(from && to && from.y >= 0 && from.y + 20 <= viewport.height && to.y + 120 <= viewport.height, `card and column in view: ${JSON.stringify({ from, to })}`);
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, Math.max(to.y, 0) + 120, { steps: 20 });
    // While the card is held over it, the column is outlined as the drop target.
    assert.strictEqual(await later.evaluate((element) => element.classList.contains('drop-target')), true);
    await page.mouse.up();
    await u.waitForDiskLine('acme.roadmap.yaml', line, '      horizon: later');
    assert.strictEqual(await doc.locator('.drop-target').count(), 0);
    await waitForColumns(doc, ['Now (7)', 'Next (5)', 'Later (6)'], 'the dragged card in later');
    await focusFirstEditor();
    await page.keyboard.press('Control+Z');
    await saveActive();
    await u.waitForDiskLine('acme.roadmap.yaml', line, '      horizon: next');
    await waitForColumns(doc, ['Now (7)', 'Next (6)', 'Later (5)'], 'the card back in next');
  });

  await check('the roadmap board in a light theme', async () => {
    await vsc.runCommand('View: Close All Editor Groups');
    await setTheme('Light 2026', 'vs');
    await vsc.runCommand('Product Specs: Show Roadmap Board');
    const doc = u.webview();
    await waitForColumns(doc, ['Now (7)', 'Next (6)', 'Later (5)'], 'the roadmap board in the light theme');
    const colours = await doc.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    assert.strictEqual(colours, 'rgb(255, 255, 255)');
    await u.parkMouse();
    await screenshot('roadmap-board-light');
    await closeTab('Roadmap Board');
  });

  await check("the vision's code lens opens the vision board: statement, target groups, goals", async () => {
    await vsc.openFile('acme.vision.yaml');
    await u.clickOn(page.locator('.monaco-editor .codelens-decoration a', { hasText: /^Show vision board$/ }).first());
    await tab('Vision Board').waitFor();
    const doc = u.webview();
    await doc.locator('h2', { hasText: 'Vision board: Acme Pay' }).waitFor();
    assert.match(await doc.locator('.statement').innerText(), /^Every small business gets paid instantly/);
    const groups = await doc.locator('.panel').first().locator(':scope > ul > li > a').allInnerTexts();
    assert.deepStrictEqual(groups, ['Small online merchants', 'Market and pop-up sellers', 'Independent professionals']);
    const facts = (await doc.locator('.facts').innerText()).replace(/\s+/g, ' ');
    assert.match(facts, /Created by the product team.*Owner: Dana Whitfield.*Last reviewed 2026-10-01/);
    await u.parkMouse();
    await screenshot('vision-board');
    await closeTab('Vision Board');
    await setTheme('Dark 2026', 'vs-dark');
    await vsc.runCommand('View: Close All Editor Groups');
  });
}

module.exports = { boardChecks };
