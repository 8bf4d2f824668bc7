#!/usr/bin/env node
// @ts-check
'use strict';
// End-to-end test of the packaged extension in a real VS Code (code-server) in headless Chromium:
// what a user sees in the Problems panel, the Product Specs views, the report page, completion,
// quick fixes and diagnostics that follow edits, on a copy of examples/acme.
//
//   node test/e2e/run.js [--vsix file] [--artifacts dir] [--no-screenshots] [--only boards]
//
//   --vsix file       test this package instead of building one with `npm run package`
//   --artifacts dir   screenshots and, on failure, logs (default out/e2e-artifacts/acme)
//   --no-screenshots  leave docs/screenshots alone (by default a fully passing run refreshes them)
//   --only boards     only the activation and the board checks (test/e2e/boards.js), in one window
//
// Prints one line per check and ends with `N passed, M failed`; exits with 1 when a check failed.
// Every step waits for what the page shows (or for the file on disk), never for a fixed time.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { ensureInstalled } = require('./install');
const { launch, PROJECT_ROOT } = require('./harness');
const { misspeltThemeIsReportedAndFixed } = require('./referenceTypo');
const { boardChecks } = require('./boards');
const { firstHour } = require('./firstHour');

const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'acme');
const SCREENSHOTS = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const EXTENSION_ID = 'product-specs.product-specs';
const VSCODE_SUITE_OUT = path.join(PROJECT_ROOT, 'out', 'test-vscode');
const TODAY = '2026-11-25';
const TIMEOUT = 60000;

// What the user sees in the Problems panel for examples/acme as of 2026-11-25: one row per file
// (name and count), then one row per diagnostic (severity, message, source, rule, position).
const EXPECTED_PROBLEMS = [
  'acme.roadmap.yaml 5',
  'Error: "done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released. product-specs schema/enum [Ln 145, Col 14]',
  'Error: Unknown property "confidance" in spec.items[7] ("express-checkout"). Did you mean "confidence"? product-specs schema/unknown-property [Ln 379, Col 7]',
  'Warning: Item "smart-retries" has 2 accountable stakeholders ("mia" and "Head of Risk and Compliance"): keep exactly one A, the person who decides, and make the others R, C or I. product-specs execution/raci-accountable [Ln 268, Col 7]',
  'Warning: Now item "faster-identity-checks" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards. product-specs execution/now-without-outcome [Ln 315, Col 7]',
  'Warning: Now item "weekly-sales-digest" is in discovery with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it. product-specs culture/untested-assumptions [Ln 341, Col 7]',
  'acme.vision.yaml 1',
  'Warning: Goal "be-recommended" has no metric: add the metric that measures progress and its target, so the goal can guide trade-offs. product-specs vision/goal-without-metric [Ln 112, Col 7]',
  'team.charter.yaml 3',
  'Warning: Member "mia" was last assessed 148 days ago (2026-06-30): consider a skills assessment at least every 90 days so coaching targets the right gaps. product-specs team-development/stale-assessment [Ln 79, Col 25]',
  'Warning: Associate PM "leo" has no mentor: consider pairing them with a senior PM, group PM, director or the Head of Product (coaching.mentor). product-specs team-development/junior-without-mentor [Ln 91, Col 7]',
  'Warning: Product team "merchant-insights" has no designer (a product-designer hire for it is interviewing): consider who covers design until the hire starts, so design takes part in discovery from the start. product-specs culture/team-without-designer [Ln 221, Col 7]',
];

// The member ids of team.charter.yaml, in file order: what completion offers for an `owner:`.
const MEMBER_IDS = ['dana', 'ravi', 'sam', 'mia', 'leo', 'nora', 'theo', 'lea', 'kai', 'finn', 'ines', 'omar', 'yuki'];

// Quiet the workbench so that nothing but the extension's own UI shows up in the screenshots.
const SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'update.mode': 'none',
  // Editor decorations that come and go with timers, which would make screenshots differ between runs.
  'editor.stickyScroll.enabled': false,
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'breadcrumbs.enabled': false,
  'editor.lightbulb.enabled': 'off',
  'workbench.reduceMotion': 'on',
  'editor.cursorBlinking': 'solid',
};

function parseArgs(argv) {
  /** @type {{ vsix: string | undefined, artifacts: string, screenshots: boolean, only: string | undefined }} */
  const args = { vsix: undefined, artifacts: path.join(PROJECT_ROOT, 'out', 'e2e-artifacts', 'acme'), screenshots: true, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') args.vsix = path.resolve(argv[++i]);
    else if (a === '--artifacts') args.artifacts = path.resolve(argv[++i]);
    else if (a === '--no-screenshots') args.screenshots = false;
    else if (a === '--only' && argv[i + 1] === 'boards') args.only = argv[++i];
    else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

function log(msg) {
  process.stdout.write(`${msg}\n`);
}

/** `npm run package`, writing the .vsix to `out`; returns how long it took. */
function packageExtension(out) {
  const t = Date.now();
  const res = spawnSync('npm', ['run', 'package', '--silent', '--', '--out', out], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (res.error) throw res.error;
  if (res.status !== 0 || !fs.existsSync(out)) {
    throw new Error(`npm run package failed (${res.status ?? res.signal}):\n${res.stdout}\n${res.stderr}`);
  }
  return Date.now() - t;
}

/** Compiles the test/vscode suite (its own tsconfig; the root build leaves it out) into out/test-vscode. */
function compileVscodeSuite() {
  const res = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(PROJECT_ROOT, 'test', 'vscode')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`tsc -p test/vscode failed:\n${res.stdout}\n${res.stderr}`);
}

/** The 1-based number of the first line of `file` (in the example) matching `re`, searching from the line matching `after`. */
function lineOf(file, re, after) {
  const lines = fs.readFileSync(path.join(EXAMPLE, file), 'utf8').split('\n');
  let from = 0;
  if (after) {
    from = lines.findIndex((l) => after.test(l));
    assert.ok(from >= 0, `no line matching ${after} in ${file}`);
  }
  const i = lines.findIndex((l, n) => n >= from && re.test(l));
  assert.ok(i >= 0, `no line matching ${re} in ${file}`);
  return i + 1;
}

/** Resolves when `check()` returns a truthy value, re-reading every 100 ms; the error names `what` and the last value seen. */
async function until(check, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last && last.ok !== false) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(last && last.seen !== undefined ? last.seen : last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function ui(vsc) {
  const page = vsc.page;

  /**
   * Runs `fn(arg)` in the page (on every animation frame) until it returns { ok: true, ... } and
   * returns that; on timeout, the error shows what the page showed last (`seen`).
   */
  async function waitInPage(fn, arg, what, timeout = TIMEOUT) {
    const expression = `(() => { const r = (${fn.toString()})(${JSON.stringify(arg === undefined ? null : arg)}); return r && r.ok ? r : false; })()`;
    try {
      const handle = await page.waitForFunction(expression, undefined, { timeout, polling: 'raf' });
      return await handle.jsonValue();
    } catch (err) {
      const seen = await page.evaluate(fn, arg === undefined ? null : arg).catch(() => undefined);
      throw new Error(
        `${what}: ${/** @type {Error} */ (err).message.split('\n')[0]}\n  page showed: ${JSON.stringify(seen && seen.seen !== undefined ? seen.seen : seen, null, 2)}`,
        { cause: err },
      );
    }
  }

  /**
   * Waits until the Problems panel's rows, in display order (`file count` for a file, `Severity:
   * message source rule [Ln, Col]` for a diagnostic), are exactly `want.exact`, or include every
   * row of `want.has` and no row containing a string of `want.none`. Shows the panel first.
   */
  async function waitForProblems(want, what, timeout) {
    await vsc.openProblems();
    return waitInPage(
      (want) => {
        const norm = (s) => s.replace(/[\u00a0\s]+/g, ' ').trim();
        const rows = [.../** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.markers-panel-container .monaco-list-row'))]
          .map((row) => {
            const text = norm(row.innerText || '');
            const severity = /^(Error|Warning|Info):/.exec(row.getAttribute('aria-label') || '');
            return { index: Number(row.getAttribute('data-index')), text: severity ? `${severity[1]}: ${text}` : text };
          })
          .sort((a, b) => a.index - b.index)
          .map((row) => row.text);
        const ok = want.exact
          ? JSON.stringify(rows) === JSON.stringify(want.exact)
          : (want.has || []).every((r) => rows.includes(r)) && !(want.none || []).some((s) => rows.some((r) => r.includes(s)));
        return ok ? { ok: true, rows } : { ok: false, seen: rows };
      },
      want,
      what,
      timeout,
    );
  }

  /** The rows a tree view shows, in display order: level, label, description, expanded. */
  async function waitForTree(view, expected, what, timeout) {
    return waitInPage(
      ({ view, expected }) => {
        const norm = (s) => (s || '').replace(/[\u00a0\s]+/g, ' ').trim();
        const pane = [...document.querySelectorAll('.sidebar .pane')].find((p) => norm(p.querySelector('.pane-header .title')?.textContent) === view);
        if (!pane) return { ok: false, seen: `no view titled ${view}` };
        const rows = [...pane.querySelectorAll('.monaco-list-row')]
          .map((row) => ({
            index: Number(row.getAttribute('data-index')),
            level: Number(row.getAttribute('aria-level')),
            label: norm(row.querySelector('.label-name')?.textContent),
            description: norm(row.querySelector('.label-description')?.textContent),
          }))
          .sort((a, b) => a.index - b.index)
          .map((r) => `${'  '.repeat(r.level - 1)}${r.label}${r.description ? ` · ${r.description}` : ''}`);
        // `expected` must appear as consecutive rows.
        for (let i = 0; i + expected.length <= rows.length; i++) {
          if (expected.every((e, j) => rows[i + j] === e)) return { ok: true, rows };
        }
        return { ok: false, seen: rows };
      },
      { view, expected },
      what,
      timeout,
    );
  }

  /**
   * Clicks the middle of what `locator` shows (or `at` = { x, y } inside it), with the mouse at
   * that point of the page. Unlike locator.click(), nothing is scrolled into view first: that would
   * scroll the workbench's own containers, which VS Code never scrolls.
   */
  async function clickOn(locator, at) {
    await locator.waitFor({ state: 'visible' });
    // Where it is once it stays put for two animation frames (views slide when others collapse).
    const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    let box = await locator.boundingBox();
    for (let i = 0; ; i++) {
      await frame();
      const next = await locator.boundingBox();
      if (box && next && ['x', 'y', 'width', 'height'].every((k) => Math.abs(box[k] - next[k]) < 0.5)) break;
      if (i > 100) throw new Error(`${locator} does not stay in place`);
      box = next;
    }
    await page.mouse.click(box.x + (at ? at.x : box.width / 2), box.y + (at ? at.y : box.height / 2));
  }

  /** Expands or collapses a view of the side bar by its header. */
  async function setViewExpanded(view, expanded) {
    const header = page.locator('.sidebar .pane-header', { has: page.locator('.title', { hasText: new RegExp(`^${view}$`) }) });
    if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await clickOn(header.locator('.title'));
    await page.locator('.sidebar .pane-header[aria-expanded="' + expanded + '"]', { has: page.locator('.title', { hasText: new RegExp(`^${view}$`) }) }).waitFor();
  }

  /** Shows the Product Specs container of the activity bar (clicking its icon, unless it is already showing). */
  async function showProductSpecs() {
    const item = page.locator('.activitybar .action-item', { has: page.locator('a.action-label[aria-label="Product Specs"]') });
    if (!(await item.evaluate((el) => el.classList.contains('checked')))) await clickOn(item.locator('a.action-label'));
    await page.locator('.sidebar .composite.title', { hasText: 'Product Specs' }).waitFor();
  }

  /** Moves the mouse to an empty spot of the title bar, so that nothing shows a hover in screenshots. */
  async function parkMouse() {
    await page.mouse.move(1000, 17);
  }

  /**
   * Waits (up to 10 s) until the scroll bars of the editor, the side bar and the panel have faded
   * out: they show for a moment after scrolling, and screenshots should not depend on that moment.
   * Only the screenshots depend on it, so when they stay (a blurred editor may keep them) it goes on.
   */
  async function settle() {
    const scrolled = await page.evaluate(() => {
      const found = [];
      for (const el of [
        document.scrollingElement,
        document.body,
        ...document.querySelectorAll(
          '.monaco-workbench, .monaco-workbench .monaco-grid-view, .monaco-workbench .monaco-split-view2, .monaco-workbench .split-view-container, .monaco-workbench .split-view-view, .monaco-workbench .part',
        ),
      ]) {
        if (el && (el.scrollLeft || el.scrollTop)) {
          found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 3).join('.')} (${el.scrollLeft}, ${el.scrollTop})`);
          el.scrollLeft = 0;
          el.scrollTop = 0;
        }
      }
      return found;
    });
    if (scrolled.length) log(`        note: scrolled back ${scrolled.join(', ')}`);
    await waitInPage(
      () => {
        const shown = [...document.querySelectorAll('.part.sidebar .scrollbar.visible, .part.panel .scrollbar.visible, .part.editor .editor-scrollable > .scrollbar.visible')];
        return { ok: shown.length === 0, seen: shown.map((e) => e.className) };
      },
      null,
      'the scroll bars to fade out',
      10000,
    ).catch((err) => log(`        note: ${err.message.split('\n')[0]}`));
  }

  /** Drags the side bar's edge so that it is `width` pixels wide (tree labels and their descriptions fit). */
  async function setSideBarWidth(width) {
    const box = await page.locator('.part.sidebar').boundingBox();
    if (Math.abs(box.width - width) < 4) return;
    const x = box.x + box.width;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + (width - box.width) / 2, y, { steps: 4 });
    await page.mouse.move(box.x + width, y, { steps: 4 });
    await page.mouse.up();
    await parkMouse();
    await waitInPage(
      (width) => {
        const w = document.querySelector('.part.sidebar')?.getBoundingClientRect().width;
        return { ok: w !== undefined && Math.abs(w - width) < 4, seen: w };
      },
      width,
      `the side bar to be ${width} px wide`,
      10000,
    );
  }

  /** Moves the cursor of the active editor to `line`:`column` (1-based) with Go to Line (Ctrl+G). */
  async function goTo(line, column) {
    await vsc.closeQuickInput();
    await page.keyboard.press('Control+1'); // focus the editor
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`); // Go to Line is quick input with a ":" prefix
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await vsc.waitForText('.statusbar-item[id="status.editor.selection"]', `Ln ${line}, Col ${column}`, 15000);
  }

  /** Saves the active editor and waits until its tab is no longer marked dirty. */
  async function save() {
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active:not(.dirty)').waitFor();
  }

  /** Waits until line `n` (1-based) of a workspace file reads `text`. */
  function waitForDiskLine(file, n, text) {
    const abs = path.join(vsc.dirs.workspace, file);
    return until(
      () => {
        const line = fs.readFileSync(abs, 'utf8').split('\n')[n - 1];
        return line === text ? { ok: true } : { ok: false, seen: line };
      },
      `line ${n} of ${file} to read ${JSON.stringify(text)}`,
    );
  }

  /** The webview's own document (the report page runs in an iframe inside the webview's iframe). */
  function webview() {
    return page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  }

  return { waitInPage, waitForProblems, waitForTree, clickOn, setViewExpanded, showProductSpecs, setSideBarWidth, parkMouse, settle, goTo, save, waitForDiskLine, webview };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const timings = {};
  const results = [];
  fs.mkdirSync(args.artifacts, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-e2e-run-'));
  // Interrupted: delete the package and the workspace copy, and exit (the harness's exit hook then
  // kills what the open session started).
  for (const [signal, code] of /** @type {Array<[NodeJS.Signals, number]>} */ ([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])) {
    process.once(signal, () => {
      log(`interrupted (${signal})`);
      fs.rmSync(scratch, { recursive: true, force: true });
      process.exit(code);
    });
  }
  let vsc;

  const check = async (name, fn) => {
    const t = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - t });
      log(`  ok    ${name} (${Date.now() - t} ms)`);
    } catch (err) {
      results.push({ name, ok: false, ms: Date.now() - t, err });
      log(`  FAIL  ${name} (${Date.now() - t} ms)\n${String(/** @type {Error} */ (err).stack || err).replace(/^/gm, '        ')}`);
      if (vsc) {
        const shot = await vsc.screenshot(`failure-${results.length}-${name}`).catch(() => undefined);
        if (shot) log(`        screenshot: ${path.relative(PROJECT_ROOT, shot)}`);
        // Leave no widget open for the next check.
        await vsc.page.keyboard.press('Escape').catch(() => {});
        await vsc.closeQuickInput().catch(() => {});
      }
    }
  };

  let vscName = 'acme';
  /** Closes the current session; its logs are kept when a check has failed. */
  const closeVsc = async (name = vscName) => {
    if (!vsc) return;
    const session = vsc;
    vsc = undefined;
    const keepLogs = results.some((r) => !r.ok);
    await session.close({ keepLogs, name });
    timings[`close${name === 'acme' ? '' : `-${name}`}Ms`] = session.timings.closeMs;
    if (keepLogs) log(`logs: ${path.relative(PROJECT_ROOT, path.join(session.artifactsDir, `logs-${name}`))}`);
  };

  const shots = [];
  /** Saves a screenshot into the artifacts folder; `settle` first waits for the scroll bars to fade (not while a widget holds them). */
  const screenshot = async (name, { settle = true } = {}) => {
    if (settle) await ui(vsc).settle();
    const file = path.join(args.artifacts, `${name}.png`);
    await vsc.page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    shots.push(file);
  };

  const workspace = path.join(scratch, 'acme');
  let setupError;
  let vsix = args.vsix;
  try {
    let t = Date.now();
    ensureInstalled();
    timings.installMs = Date.now() - t;

    if (!vsix) {
      vsix = path.join(scratch, 'product-specs.vsix');
      timings.packageMs = packageExtension(vsix);
      log(`packaged the extension in ${timings.packageMs} ms`);
    }

    // The example, with the date its findings are written for (the editor otherwise uses the real date).
    fs.cpSync(EXAMPLE, workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, '.productspecs.yaml'), `today: ${TODAY}\n`);

    t = Date.now();
    vsc = await launch({ workspace, vsix, artifactsDir: args.artifacts, settings: SETTINGS, timeout: TIMEOUT, log: (m) => log(`  [e2e] ${m}`) });
    timings.launchMs = Date.now() - t;
  } catch (err) {
    setupError = err;
    log(`  FAIL  setup: install, package and start VS Code\n${String(/** @type {Error} */ (err).stack || err).replace(/^/gm, '        ')}`);
  }

  try {
    if (setupError || !vsc) return;
    const started = vsc;
    const page = vsc.page;
    const u = ui(vsc);

    await check('the extension activates on the workspace', async () => {
      const line = await vsc.waitForActivation(EXTENSION_ID, { timeout: 90000 });
      assert.match(line, /activationEvent: 'workspaceContains:/);
      // The status bar item shows the workspace's counts once the server has checked it.
      await vsc.waitForText('.statusbar-item', /^Specs\b/, 30000);
    });
    if (args.only === 'boards') {
      // As the full run leaves it: the Problems panel open (the board checks start by hiding it).
      await vsc.openProblems();
      await boardChecks({ vsc, u, check, screenshot, lineOf, until });
      return;
    }

    await check("the Problems panel lists the example's diagnostics", async () => {
      await vsc.openFile('acme.roadmap.yaml');
      await u.goTo(lineOf('acme.roadmap.yaml', /stage: done/), 14);
      await vsc.openProblems();
      // Maximized, the panel draws every row; the list draws only the rows it has room for.
      await vsc.runCommand('View: Toggle Maximized Panel');
      try {
        await u.waitForProblems({ exact: EXPECTED_PROBLEMS }, 'the nine diagnostics of examples/acme', 90000);
      } finally {
        await vsc.runCommand('View: Toggle Maximized Panel');
      }
      // The editor marks the error where it is, and its hover gives the message.
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      // The hover is complete once the key's description and the quick fix link (code actions come last) are in.
      const hover = await vsc.waitForText('.monaco-editor .monaco-hover', /"done" is not a valid value for "stage".*How far the item has come.*Quick Fix/, 15000);
      assert.match(hover, /Use one of: opportunity, discovery, validated, delivery, released\./);
      await screenshot('diagnostics');
      await page.keyboard.press('Escape');
    });

    await check('the Product Team view shows the Head of Product, their direct reports and the peers', async () => {
      await u.showProductSpecs();
      await u.setSideBarWidth(440);
      await u.setViewExpanded('Responsibilities', false);
      await u.setViewExpanded('Roadmap', false);
      await u.setViewExpanded('Product Team', true);
      await u.waitForTree(
        'Product Team',
        [
          'Jordan Lee · CEO',
          '  Dana Whitfield · Head of Product',
          '    Ravi Menon · Group PM',
          '    Nora Lindqvist · Senior PM',
          '    Léa Dubois · Product designer',
          '    Kai Brandt · Product designer',
          "    Finn O'Connor · Product designer",
          '    Inês Carvalho · UX researcher',
          '    Omar Haddad · Data analyst',
          'Peers · 3',
        ],
        'the reporting line in the Product Team view',
      );
      const peers = page.locator('.sidebar .pane .monaco-list-row[aria-level="1"]', { has: page.locator('.label-name', { hasText: /^Peers$/ }) });
      await u.clickOn(peers.locator('.monaco-tl-twistie'));
      await u.parkMouse();
      await u.waitForTree(
        'Product Team',
        ['Peers · 3', '  Priya Raman · CTO', '  Tom Becker · VP Marketing', '  Elena Petrova · Head of Design'],
        'the peers in the Product Team view',
        15000,
      );
      // A person opens the charter at their entry.
      await u.clickOn(page.locator('.sidebar .pane .monaco-list-row .label-name', { hasText: /^Dana Whitfield$/ }));
      await u.parkMouse();
      await page.locator('.tabs-container .tab.active[data-resource-name="team.charter.yaml"]').waitFor();
      // The selection is her entry's `id: dana`.
      const danaLine = lineOf('team.charter.yaml', /^ {4}- id: dana$/);
      await vsc.waitForText('.statusbar-item[id="status.editor.selection"]', `Ln ${danaLine}, Col 15 (8 selected)`, 15000);
      await screenshot('product-team');
    });

    await check('the Responsibilities and Roadmap views show the four areas and now, next, later', async () => {
      await u.setViewExpanded('Product Team', false);
      await u.setViewExpanded('Responsibilities', true);
      await u.setViewExpanded('Roadmap', true);
      const areas = await u.waitForTree(
        'Responsibilities',
        [
          'Team development · 94/100',
          '  stale-assessment · 1 finding',
          '  junior-without-mentor · 1 finding',
          'Vision creation · 97/100',
          '  goal-without-metric · 1 finding',
          'Execution · 94/100',
          '  now-without-outcome · 1 finding',
          '  raci-accountable · 1 finding',
          'Culture · 94/100',
        ],
        'the four areas in the Responsibilities view',
      );
      assert.ok(areas.rows.length >= 9, JSON.stringify(areas.rows));
      const roadmap = await u.waitForTree('Roadmap', ['Now · 7 items'], 'the now horizon in the Roadmap view');
      const top = roadmap.rows.filter((r) => !r.startsWith(' '));
      assert.deepStrictEqual(top, ['Now · 7 items', 'Next · 6 items', 'Later · 5 items']);
      assert.deepStrictEqual(roadmap.rows.slice(1, 3), ['  Real-time balance ledger · Sam Okafor · done · 1 problem', '  Instant payouts to debit cards · Sam Okafor · delivery']);
      await screenshot('responsibilities-roadmap');
    });

    await check('"Product Specs: Show Responsibility Report" opens the report with the four areas', async () => {
      await vsc.runCommand('View: Hide Panel');
      await page.locator('.part.panel').waitFor({ state: 'hidden' });
      await vsc.runCommand('Product Specs: Show Responsibility Report');
      await page.locator('.tabs-container .tab.active[aria-label="Responsibility Report"]').waitFor();
      const doc = u.webview();
      await doc.locator('h1', { hasText: 'Responsibility report' }).waitFor();
      assert.strictEqual((await doc.locator('h1 + p').first().innerText()).trim(), `4 files checked on ${TODAY}: 2 errors, 7 warnings, 0 infos.`);
      const headings = (await doc.locator('h2').allInnerTexts()).map((h) => h.trim());
      assert.deepStrictEqual(headings.slice(0, 5), ['Score per area', 'Team development: 94/100', 'Vision creation: 97/100', 'Execution: 94/100', 'Culture: 94/100']);
      const findings = await doc.locator('body').innerText();
      for (const rule of ['team-development/stale-assessment', 'vision/goal-without-metric', 'execution/raci-accountable', 'culture/team-without-designer']) {
        assert.ok(findings.includes(rule), `the report names ${rule}`);
      }
      await screenshot('report');
      // Close it with its tab's close button (keys pressed while the page has the focus go to the page).
      const tab = page.locator('.tabs-container .tab[aria-label="Responsibility Report"]');
      await tab.hover();
      await u.clickOn(tab.locator('.tab-actions .action-label'));
      await u.parkMouse();
      await tab.waitFor({ state: 'detached' });
    });

    await check("completion on a roadmap item's owner offers the member ids", async () => {
      await vsc.openFile('acme.roadmap.yaml');
      const line = lineOf('acme.roadmap.yaml', /^ {6}owner: sam$/, /- id: real-time-ledger/);
      await u.goTo(line, 14);
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
      await vsc.waitForText('.statusbar-item[id="status.editor.selection"]', `Ln ${line}, Col 14`);
      // The Roadmap view follows the edit (and the screenshot shows it settled).
      await u.waitForTree('Roadmap', ['  Real-time balance ledger · no owner · done · 2 problems'], 'the ownerless item in the Roadmap view', 30000);
      await u.settle();
      await page.keyboard.press('Control+Space');
      const suggest = page.locator('.editor-widget.suggest-widget.visible');
      await u.waitInPage(
        (ids) => {
          const rows = [...document.querySelectorAll('.editor-widget.suggest-widget.visible .monaco-list-row')]
            .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
            .map((r) => r.querySelector('.label-name')?.textContent.trim());
          const ok = rows.length >= 8 && rows.every((r, i) => r === ids[i]);
          return { ok, seen: rows };
        },
        MEMBER_IDS,
        'member ids in the completion list',
        30000,
      );
      const detail = await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', 'Dana Whitfield', 5000);
      assert.strictEqual(detail, 'dana Dana Whitfield · Head of Product');
      await screenshot('completion', { settle: false });
      // Narrow the list down and accept it: the text goes back to `owner: sam`.
      await page.keyboard.type('sa');
      await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^sam\b/, 5000);
      await page.keyboard.press('Enter');
      await suggest.waitFor({ state: 'hidden' });
      await u.save();
      await u.waitForDiskLine('acme.roadmap.yaml', line, '      owner: sam');
      await u.waitForTree('Roadmap', ['  Real-time balance ledger · Sam Okafor · done · 1 problem'], 'the owner back in the Roadmap view', 30000);
    });

    await check('the quick fix on "confidance" renames it to "confidence"', async () => {
      const line = lineOf('acme.roadmap.yaml', /^ {6}confidance: high$/);
      await u.goTo(line, 8);
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
        'quick fixes at "confidance"',
        15000,
      );
      assert.strictEqual(actions.rows[0], 'Change "confidance" to "confidence"');
      await screenshot('quick-fix', { settle: false });
      await u.clickOn(page.locator('.action-widget .monaco-list-row.action', { hasText: 'Change "confidance" to "confidence"' }));
      await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'detached' });
      await u.save();
      await u.waitForDiskLine('acme.roadmap.yaml', line, '      confidence: high');
      // The error goes away with the typo.
      await u.waitForProblems({ has: ['acme.roadmap.yaml 4'], none: ['confidance'] }, 'the unknown-property error to go away', 30000);
    });

    await check('breaking a file adds a diagnostic, fixing it removes it', async () => {
      const line = lineOf('acme.roadmap.yaml', /^ {6}horizon: now$/, /- id: real-time-ledger/);
      await u.goTo(line, 16);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('soon');
      await page.keyboard.press('Escape'); // any suggestion the typing brought up
      await u.save();
      await u.waitForDiskLine('acme.roadmap.yaml', line, '      horizon: soon');
      const broken = `Error: "soon" is not a valid value for "horizon". Use one of: now, next, later. product-specs schema/enum [Ln ${line}, Col 16]`;
      await u.waitForProblems({ has: ['acme.roadmap.yaml 5', broken] }, 'the new horizon error', 30000);
      await screenshot('broken', { settle: false });

      await u.goTo(line, 16);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('now');
      await page.keyboard.press('Escape');
      await u.save();
      await u.waitForDiskLine('acme.roadmap.yaml', line, '      horizon: now');
      await u.waitForProblems({ has: ['acme.roadmap.yaml 4'], none: ['"soon"'] }, 'the horizon error to go away', 30000);
    });

    await check('a misspelt theme is reported with its rule, and the quick fix puts the theme back', () => misspeltThemeIsReportedAndFixed({ vsc, u, lineOf, screenshot }));
    await boardChecks({ vsc, u, check, screenshot, lineOf, until });

    // Last in this window: afterwards the language server is gone on purpose.
    await check('a language server that keeps stopping is restarted four times, then the user is told', async () => {
      const server = () => vsc.processesRunning(path.join('dist', 'server', 'server.js'))[0];
      for (let stop = 1; stop <= 5; stop++) {
        const pid = await until(server, `a running language server before stop ${stop}`, 30000);
        process.kill(pid, 'SIGKILL');
        await until(() => server() !== pid || undefined, `language server ${pid} to exit`, 10000);
      }
      const message = 'Product Specs: the language server stopped 5 times in 3 minutes and will not be restarted. Its log is in the Output panel.';
      // The workbench logs each notification it shows; the notification centre lists it.
      await until(() => vsc.consoleMessages.includes(`[error] ${message}`), 'the error notification', 30000);
      await vsc.runCommand('Notifications: Show Notifications');
      await vsc.waitForText('.notifications-center', message, 10000);
      await page.keyboard.press('Escape');
      // Given up for good: no server comes back.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      assert.equal(server(), undefined);
    });

    timings.launch = started.timings;
    await closeVsc();

    vscName = 'first-hour';
    await firstHour({
      launch,
      vsix,
      scratch,
      artifacts: path.join(args.artifacts, 'first-hour'),
      settings: SETTINGS,
      timeout: TIMEOUT,
      log: (m) => log(`  [e2e] ${m}`),
      check,
      screenshot,
      ui,
      until,
      setVsc: (session) => {
        vsc = session;
      },
      closeVsc,
    });

    await check('the integration suite of test/vscode passes in code-server', async () => {
      // The same mocha suite `npm run test:vscode` runs in a downloaded VS Code, here in
      // code-server's extension host: the extension is loaded from this folder (dist/, built by
      // the packaging above) as an extension under development, the suite as its tests.
      const t = Date.now();
      compileVscodeSuite();
      timings.compileVscodeSuiteMs = Date.now() - t;
      const resultFile = path.join(scratch, 'vscode-suite-result.json');
      vscName = 'vscode-suite';
      vsc = await launch({
        workspace,
        artifactsDir: path.join(args.artifacts, 'vscode-suite'),
        settings: SETTINGS,
        timeout: TIMEOUT,
        log: (m) => log(`  [e2e] ${m}`),
        env: { PRODUCT_SPECS_VSCODE_RESULT: resultFile },
        // The workbench reads extension development options from its URL only with this flag.
        codeServerArgs: ['--vscode-option', 'enable-smoke-test-driver'],
        query: ({ port }) => ({
          payload: JSON.stringify([
            ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${PROJECT_ROOT}`],
            ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${path.join(VSCODE_SUITE_OUT, 'suite', 'index.js')}`],
          ]),
        }),
      });
      const result = await until(() => fs.existsSync(resultFile) && JSON.parse(fs.readFileSync(resultFile, 'utf8')), 'the result of the test/vscode suite', 180000);
      timings.vscodeSuiteMs = Date.now() - t;
      log(`        test/vscode suite: ${result.passed} passed, ${result.failed} failed`);
      if (result.failed > 0) {
        throw new Error(`${result.failed} of the test/vscode suite failed:\n\n${result.failures.map((f) => `${f.title}\n${f.error}`).join('\n\n')}`);
      }
      assert.ok(result.passed > 0, 'the suite ran its tests');
      await closeVsc('vscode-suite');
    });
  } finally {
    const failed = results.filter((r) => !r.ok).length + (setupError ? 1 : 0);
    await closeVsc(vscName);
    fs.rmSync(scratch, { recursive: true, force: true });
    if (failed === 0 && args.screenshots) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      for (const shot of shots) {
        if (path.basename(shot) === 'broken.png') continue;
        fs.copyFileSync(shot, path.join(SCREENSHOTS, path.basename(shot)));
      }
      log(
        `screenshots: ${shots
          .filter((s) => path.basename(s) !== 'broken.png')
          .map((s) => path.relative(PROJECT_ROOT, path.join(SCREENSHOTS, path.basename(s))))
          .join(', ')}`,
      );
    }
    timings.totalMs = Date.now() - started;
    log(`timings: ${JSON.stringify(timings)}`);
    const passed = results.filter((r) => r.ok).length;
    log(`${passed} passed, ${failed} failed`);
    summarized = true;
    process.exitCode = failed > 0 ? 1 : 0;
  }
}

let summarized = false;

// The expectations and page helpers are shared with the browser test (test/e2e/web.js).
module.exports = { EXAMPLE, EXPECTED_PROBLEMS, SETTINGS, TODAY, TIMEOUT, ui, until, lineOf, packageExtension };

if (require.main === module) {
  main().catch((err) => {
    log(`e2e: ${err.stack || err}`);
    if (!summarized) log('0 passed, 1 failed');
    process.exitCode = 1;
  });
}
