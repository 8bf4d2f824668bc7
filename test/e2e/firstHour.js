// @ts-check
'use strict';
// The first hour of a new user, end to end in a real VS Code: an empty folder, the three files
// created from the command palette, a roadmap item typed with completion, the trees, the org chart
// and Go to Symbol in a huge file. Called by run.js with its helpers; opens a session of its own.
//
// Every step is done as a user does it (commands from the palette, keys typed, Enter pressed) and
// checks what the screen shows: tabs, the cursor's position in the status bar, the rows of the
// completion list, tree rows and the colours of their icons, the org chart's page.

const assert = require('assert');
const fs = require('fs');
const path = require('path');

const TODAY = '2026-11-25';

/** A roadmap past the outline's cap of 5,000 symbols: 6,000 items of 6 keys each. */
function hugeRoadmap() {
  const lines = ['apiVersion: productspecs/v1', 'kind: Roadmap', 'metadata:', '  id: huge-roadmap', '  owner: alex', 'spec:', '  format: now-next-later', '  items:'];
  for (let i = 1; i <= 6000; i++) lines.push(`    - id: item-${i}`, `      title: Item ${i}`, '      horizon: later', '      owner: alex', '      stage: opportunity');
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the first-hour checks. `context` comes from run.js: launch options, its `check`, `screenshot`
 * and `ui` helpers, and `setVsc`/`closeVsc` so that a failing check's screenshot and the logs are of
 * this session.
 */
async function firstHour(context) {
  const { launch, vsix, scratch, artifacts, settings, timeout, log, check, screenshot, ui, until, setVsc, closeVsc } = context;
  const workspace = path.join(scratch, 'first-hour');
  fs.mkdirSync(workspace, { recursive: true });
  // Nothing but the date the hints are written for: the folder has no spec file yet.
  fs.writeFileSync(path.join(workspace, '.productspecs.yaml'), `today: ${TODAY}\n`);

  let vsc;
  let u;
  let page;
  await check('first hour: VS Code opens a folder without spec files and the views offer to create them', async () => {
    vsc = await launch({ workspace, vsix, artifactsDir: artifacts, settings, timeout, log });
    setVsc(vsc);
    page = vsc.page;
    u = ui(vsc);
    await u.showProductSpecs();
    await vsc.waitForText('.sidebar .pane .welcome-view-content', 'This workspace has no spec files yet.', 60000);
  });
  if (!vsc) return;

  const status = (text, ms = 15000) => vsc.waitForText('.statusbar-item[id="status.editor.selection"]', text, ms);
  const file = (name) => path.join(vsc.dirs.workspace, name);
  const lineOf = (name, re) => {
    const i = fs
      .readFileSync(file(name), 'utf8')
      .split('\n')
      .findIndex((l) => re.test(l));
    assert.ok(i >= 0, `no line matching ${re} in ${name}`);
    return i + 1;
  };

  /** The rows of the open completion list, in order: label, and whether it is focused. */
  const suggestions = (want, what, ms = 15000) =>
    u.waitInPage(
      (want) => {
        const rows = [...document.querySelectorAll('.editor-widget.suggest-widget.visible .monaco-list-row')]
          .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
          .map((r) => r.querySelector('.label-name')?.textContent.trim());
        const ok = rows.length === want.length && rows.every((r, i) => r === want[i]);
        return { ok, rows, seen: rows };
      },
      want,
      what,
      ms,
    );
  const suggestHidden = () => page.locator('.editor-widget.suggest-widget.visible').waitFor({ state: 'hidden' });
  /**
   * Closes whatever list the typing opened and asks with Ctrl+Space afresh until the list is `want`:
   * a list the typing opened late (its request was on the way) would take the Ctrl+Space for
   * "show details" instead of asking again.
   */
  const askAfresh = async (want, what) => {
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Escape');
      await suggestHidden();
      await page.keyboard.press('Control+Space');
      try {
        return await suggestions(want, what, 5000);
      } catch (err) {
        if (attempt === 4) throw err;
      }
    }
  };

  /** The colour an element shows, and what a theme colour resolves to, both as computed rgb(). */
  const iconColours = (view, labels) =>
    u.waitInPage(
      ({ view, labels }) => {
        const norm = (s) => (s || '').replace(/[\u00a0\s]+/g, ' ').trim();
        const probe = document.createElement('span');
        /** @type {Element} */ (document.querySelector('.monaco-workbench')).appendChild(probe); // where the theme's colours are defined
        const resolve = (name) => {
          probe.style.color = `var(--vscode-${name})`;
          return getComputedStyle(probe).color;
        };
        const theme = { error: resolve('problemsErrorIcon-foreground'), warning: resolve('problemsWarningIcon-foreground'), info: resolve('problemsInfoIcon-foreground') };
        probe.remove();
        const pane = [...document.querySelectorAll('.sidebar .pane')].find((p) => norm(p.querySelector('.pane-header .title')?.textContent) === view);
        const seen = {};
        for (const row of pane ? pane.querySelectorAll('.monaco-list-row') : []) {
          const label = norm(row.querySelector('.label-name')?.textContent);
          if (!labels.includes(label)) continue;
          const icon = row.querySelector('.custom-view-tree-node-item-icon');
          const colour = icon && getComputedStyle(icon).color;
          seen[label] = Object.keys(theme).find((severity) => theme[severity] === colour) || colour;
        }
        return { ok: labels.every((l) => seen[l] && !String(seen[l]).startsWith('rgb')), colours: seen, seen: { seen, theme } };
      },
      { view, labels },
      `the icon colours in the ${view} view`,
      30000,
    );

  await check('first hour: New Team Charter, New Vision and New Roadmap open as three tabs of their own, none a preview', async () => {
    for (const [command, name] of [
      ['New Team Charter', 'team.charter.yaml'],
      ['New Vision', 'product.vision.yaml'],
      ['New Roadmap', 'product.roadmap.yaml'],
    ]) {
      // From the command palette; the palette gives way at once to the input box asking for the file name.
      await vsc.closeQuickInput();
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>Product Specs: ${command}`);
      await vsc.waitForText('.quick-input-widget .quick-input-list .monaco-list-row.focused .label-name', `Product Specs: ${command}`, 15000);
      await page.keyboard.press('Enter');
      // The file name is asked for, with the template's name filled in.
      await u.waitInPage(
        ({ command, name }) => {
          const title = document.querySelector('.quick-input-widget .quick-input-title')?.textContent.trim();
          const value = /** @type {HTMLInputElement | null} */ (document.querySelector('.quick-input-widget .quick-input-box input'))?.value;
          return { ok: title === command && value === name, seen: { title, value } };
        },
        { command, name },
        `the file name ${name} in the input box`,
        15000,
      );
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor();
    }
    const tabs = await u.waitInPage(
      () => {
        const all = [...document.querySelectorAll('.tabs-container .tab')];
        const rows = all.map((tab) => `${tab.getAttribute('data-resource-name')}${tab.querySelector('.monaco-icon-label.italic') ? ' (preview)' : ''}`);
        return { ok: all.length === 3, rows, seen: rows };
      },
      null,
      'three tabs',
      15000,
    );
    assert.deepEqual(tabs.rows, ['team.charter.yaml', 'product.vision.yaml', 'product.roadmap.yaml']);
    for (const name of ['team.charter.yaml', 'product.vision.yaml', 'product.roadmap.yaml']) assert.ok(fs.existsSync(file(name)), `${name} on disk`);
  });

  await check('first hour: Enter after "    - id: customs-autofill" goes to column 7, where Ctrl+Space offers the item\'s keys', async () => {
    await page.locator('.tabs-container .tab[data-resource-name="product.roadmap.yaml"]').click();
    const last = fs.readFileSync(file('product.roadmap.yaml'), 'utf8').split('\n').length; // the empty line after the final line break
    await u.goTo(last, 1);
    await page.keyboard.type('    - id: customs-autofill');
    await page.keyboard.press('Escape'); // whatever the typing brought up
    await suggestHidden();
    await page.keyboard.press('Enter');
    await status(`Ln ${last + 1}, Col 7`);
    await page.keyboard.press('Control+Space');
    await suggestions(
      ['title', 'horizon', 'timeframe', 'theme', 'objective', 'owner', 'team', 'stage', 'outcome', 'confidence', 'discovery', 'stakeholders'],
      'the keys of a roadmap item',
    );
    await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', 'title', 5000);
  });

  await check('first hour: after owner and dependsOn the completion list opens by itself with ids, and no snippet', async () => {
    // Narrow the keys down to owner and accept it: `owner: ` is written and the member ids show at once.
    await page.keyboard.type('own');
    await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^owner\b/, 5000);
    await page.keyboard.press('Enter');
    await suggestions(['alex', 'sam', 'kim'], 'the member ids after "owner: "');
    const detail = await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', 'Your name', 5000);
    assert.strictEqual(detail, 'alex Your name · Head of Product');
    await screenshot('completion-ids', { settle: false });
    await page.keyboard.type('sa');
    await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^sam\b/, 5000);
    await page.keyboard.press('Enter');
    await suggestHidden();
    const line = await status(/Ln \d+, Col 17/);
    const n = Number(/** @type {RegExpExecArray} */ (/Ln (\d+)/.exec(line))[1]);
    await page.keyboard.press('Enter');
    await status(`Ln ${n + 1}, Col 7`);
    // dependsOn: the list opens inside its brackets with the roadmap's item ids.
    await page.keyboard.press('Control+Space');
    await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^title\b/, 15000);
    await page.keyboard.type('depe');
    await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^dependsOn\b/, 5000);
    await page.keyboard.press('Enter');
    await suggestions(['first-now-item', 'first-next-item', 'first-later-item'], 'the item ids inside "dependsOn: []"');
    await page.keyboard.press('Enter');
    await suggestHidden();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // horizon: an enum, whose list opens as it always did; now is picked.
    await page.keyboard.press('Control+Space');
    await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^title\b/, 15000);
    await page.keyboard.type('horiz');
    await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^horizon\b/, 5000);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await u.save();
    await until(
      () => {
        const text = fs.readFileSync(file('product.roadmap.yaml'), 'utf8');
        return { ok: text.endsWith('\n    - id: customs-autofill\n      owner: sam\n      dependsOn: [first-now-item]\n      horizon: now'), seen: text.slice(-160) };
      },
      'the typed item on disk',
      15000,
    );
  });

  await check('first hour: ps- snippets of a charter show in the charter only, those of a roadmap in the roadmap only', async () => {
    // A new entry of the roadmap's items: the roadmap's item snippet, and the comment that turns a hint off.
    const last = fs.readFileSync(file('product.roadmap.yaml'), 'utf8').split('\n').length;
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Home'); // the new line's indentation, typed over
    await page.keyboard.type('    ps-');
    await status(`Ln ${last + 1}, Col 8`);
    // Asked for afresh (the list the typing opened was asked for before the p).
    await askAfresh(['ps-item', 'ps-disable'], 'the snippets of a new roadmap item');
    await screenshot('snippets-by-kind', { settle: false });
    await page.keyboard.press('Escape');
    await suggestHidden();
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await u.save();
    await until(() => fs.readFileSync(file('product.roadmap.yaml'), 'utf8').endsWith('\n      horizon: now'), 'the typed snippet prefix taken out again on disk', 15000);
    // A new member of the charter: the charter's member snippet.
    await page.locator('.tabs-container .tab[data-resource-name="team.charter.yaml"]').click();
    const teams = lineOf('team.charter.yaml', /^ {2}productTeams:$/);
    await u.goTo(teams - 1, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('    ps-');
    await status(`Ln ${teams}, Col 8`);
    await askAfresh(['ps-member', 'ps-disable'], 'the snippets of a new member');
    await page.keyboard.press('Escape');
    await suggestHidden();
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await u.save();
  });

  await check("first hour: a member whose manager does not exist is outside the reporting line, with the reason; icons take the worst severity's colour", async () => {
    // On a new line above productTeams: type a member who reports to someone not in the charter.
    await page.locator('.tabs-container .tab[data-resource-name="team.charter.yaml"]').click();
    const teams = lineOf('team.charter.yaml', /^ {2}productTeams:$/);
    await u.goTo(teams - 1, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('    - id: jo');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    for (const entry of ['name: Jo Park', 'role: pm', 'reportsTo: lee']) {
      await page.keyboard.type(entry);
      await page.keyboard.press('Escape');
      await suggestHidden();
      if (entry !== 'reportsTo: lee') await page.keyboard.press('Enter');
    }
    await u.save();
    await until(
      () => fs.readFileSync(file('team.charter.yaml'), 'utf8').includes('\n    - id: jo\n      name: Jo Park\n      role: pm\n      reportsTo: lee\n  productTeams:\n'),
      'Jo in the charter on disk',
      15000,
    );
    // Sam loses strengths and growth areas (an info), Kim her last assessment (a warning): lines
    // deleted with Ctrl+Shift+K, the lowest first, so that the line numbers read above stay right.
    const lines = fs.readFileSync(file('team.charter.yaml'), 'utf8').split('\n');
    const kim = lines.findIndex((l) => /^ {4}- id: kim$/.test(l));
    const doomed = [
      lines.findIndex((l) => /^ {8}strengths: \[Customer interviews\]$/.test(l)),
      lines.findIndex((l) => /^ {8}growthAreas: \[Stakeholder management\]$/.test(l)),
      lines.findIndex((l, k) => k > kim && /^ {8}lastAssessment: /.test(l)),
    ];
    assert.ok(doomed.every((i) => i > 0) && kim > 0, JSON.stringify(doomed));
    for (const i of [...doomed].sort((a, b) => b - a)) {
      await u.goTo(i + 1, 1);
      await page.keyboard.press('Control+Shift+K');
    }
    await u.save();
    const expected = lines.filter((_, i) => !doomed.includes(i)).join('\n');
    await until(() => fs.readFileSync(file('team.charter.yaml'), 'utf8') === expected, 'the three lines deleted on disk', 15000);

    await u.setViewExpanded('Responsibilities', false);
    await u.setViewExpanded('Roadmap', false);
    await u.setViewExpanded('Product Team', true);
    await u.waitForTree(
      'Product Team',
      [
        'Name of your CEO · CEO',
        '  Your name · Head of Product',
        '    Name of a product manager · Senior PM · 1 hint',
        '    Name of a product designer · Product designer · 1 hint',
        'Outside the reporting line · 1 person',
        '  Jo Park · PM · reportsTo "lee" is not a member · 4 hints',
      ],
      'Jo outside the reporting line in the Product Team view',
      60000,
    );
    const colours = await iconColours('Product Team', ['Name of a product manager', 'Name of a product designer', 'Jo Park']);
    assert.deepEqual(colours.colours, { 'Name of a product manager': 'info', 'Name of a product designer': 'warning', 'Jo Park': 'error' });
    await u.parkMouse();
    await vsc.screenshot('first-hour-team');
  });

  await check('first hour: the org chart draws Jo under "Outside the reporting line" with the reason, and badges in the worst severity\'s colour', async () => {
    await vsc.runCommand('Product Specs: Show Org Chart');
    const doc = u.webview();
    await doc.locator('svg.org-chart text.heading').waitFor();
    assert.strictEqual((await doc.locator('svg.org-chart text.heading').textContent()).trim(), 'Outside the reporting line');
    const reasons = await doc
      .locator('svg.org-chart text.reason')
      .evaluateAll((texts) => texts.map((t) => `${t.lastChild.textContent} (title: ${t.querySelector('title').textContent})`));
    assert.deepEqual(reasons, ['reportsTo "lee" is not a member (title: Jo Park: reportsTo "lee" is not a member)']);
    // Each badge: the person (the box's title), its number and the colour it is drawn in, by name of the theme's colour.
    const badges = await doc.locator('svg.org-chart').evaluate((svg) => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      svg.appendChild(probe);
      const resolve = (name) => {
        probe.style.fill = `var(--vscode-charts-${name})`;
        return getComputedStyle(probe).fill;
      };
      const theme = { error: resolve('red'), warning: resolve('yellow'), info: resolve('blue') };
      probe.remove();
      return [...svg.querySelectorAll('circle.badge')].map((circle) => {
        const fill = getComputedStyle(circle).fill;
        const title = circle.closest('g').querySelector('title').textContent;
        return `${title}: ${circle.nextElementSibling.textContent} ${Object.keys(theme).find((k) => theme[k] === fill) || fill}`;
      });
    });
    assert.deepEqual(badges, [
      'Name of a product manager, Senior PM (1 hint): 1 info',
      'Name of a product designer, Product designer (1 hint): 1 warning',
      'Jo Park, PM (4 hints): 4 error',
    ]);
    await u.parkMouse();
    await screenshot('org-chart');
    const tab = page.locator('.tabs-container .tab[aria-label="Org Chart"]');
    if (await tab.count()) {
      await tab.hover();
      await u.clickOn(tab.locator('.tab-actions .action-label'));
      await tab.waitFor({ state: 'detached' });
    } else {
      await page.keyboard.press('Control+W');
    }
  });

  await check("first hour: the Roadmap view says problems for schema errors and hints for the rules' findings", async () => {
    await u.setViewExpanded('Product Team', false);
    await u.setViewExpanded('Roadmap', true);
    await u.waitForTree(
      'Roadmap',
      [
        'Now · 2 items',
        '  What the team works on now · Your name · discovery',
        '  customs-autofill · Name of a product manager · no stage · 2 problems · 2 hints',
        'Next · 1 item',
      ],
      'the typed item in the Roadmap view',
      60000,
    );
    const colours = await iconColours('Roadmap', ['customs-autofill']);
    assert.deepEqual(colours.colours, { 'customs-autofill': 'error' });
  });

  await check("first hour: the Responsibilities view's words fit the side bar at its default width", async () => {
    await u.setViewExpanded('Roadmap', false);
    await u.setViewExpanded('Responsibilities', true);
    // The areas show their score alone (an area with findings may be expanded: its rules come between).
    const areas = await u.waitForTree('Responsibilities', ['Team development · 79/100'], 'the areas in the Responsibilities view', 60000);
    assert.deepEqual(
      areas.rows.filter((row) => !row.startsWith(' ')),
      ['Team development · 79/100', 'Vision creation · 97/100', 'Execution · 97/100', 'Culture · 100/100'],
    );
    const area = page.locator('.sidebar .pane .monaco-list-row[aria-level="1"]', { has: page.locator('.label-name', { hasText: /^Team development$/ }) });
    if ((await area.getAttribute('aria-expanded')) !== 'true') await u.clickOn(area.locator('.monaco-tl-twistie'));
    await u.parkMouse();
    const tree = await u.waitForTree(
      'Responsibilities',
      [
        'Team development · 79/100',
        '  unknown-manager · 1 finding',
        '  no-one-on-one · 1 finding',
        '  stale-assessment · 2 findings',
        '  no-growth-areas · 2 findings',
        'Vision creation · 97/100',
      ],
      'the rules of team development',
      15000,
    );
    const fit = await u.waitInPage(
      () => {
        const norm = (s) => (s || '').replace(/[\u00a0\s]+/g, ' ').trim();
        const pane = [...document.querySelectorAll('.sidebar .pane')].find((p) => norm(p.querySelector('.pane-header .title')?.textContent) === 'Responsibilities');
        const rows = [.../** @type {Element} */ (pane).querySelectorAll('.monaco-list-row')].map((row) => {
          const box = /** @type {Element} */ (row.querySelector('.monaco-icon-label-container'));
          return { text: norm(/** @type {HTMLElement} */ (row).innerText), fits: box.scrollWidth <= box.clientWidth + 1 };
        });
        return { ok: rows.length > 0, rows, seen: rows };
      },
      null,
      'the Responsibilities rows',
      10000,
    );
    const width = await page.locator('.part.sidebar').evaluate((el) => Math.round(el.getBoundingClientRect().width));
    log(`        side bar: ${width} px wide`);
    assert.deepEqual(
      fit.rows.filter((row) => !row.fits).map((row) => row.text),
      [],
      `rows cut off at ${width} px: ${JSON.stringify(tree.rows)}`,
    );
    // The details are in the tooltips (the hover of a row).
    await vsc.screenshot('first-hour-responsibilities');
  });

  await check("first hour: Go to Symbol in a file past the outline's cap ends with an entry saying how many symbols were left out", async () => {
    fs.writeFileSync(file('huge.roadmap.yaml'), hugeRoadmap());
    await vsc.openFile('huge.roadmap.yaml');
    await page.keyboard.press('Control+Shift+O');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill('@left out');
    const row = await vsc.waitForText('.quick-input-widget .quick-input-list .monaco-list-row .label-name', 'more symbols left out', 60000);
    assert.strictEqual(row, '31,008 more symbols left out: the outline holds the first 5,000');
    await page.keyboard.press('Escape');
  });

  await closeVsc('first-hour');
}

module.exports = { firstHour };
