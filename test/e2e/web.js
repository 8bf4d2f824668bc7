#!/usr/bin/env node
// @ts-check
'use strict';
// End-to-end test of the web extension (the `browser` entry, as vscode.dev and github.dev run it) in a
// real VS Code: code-server in headless Chromium, with the extension forced into the workbench's web
// worker extension host (`remote.extensionKind: web`). There the extension has no Node: its language
// server runs in the browser and reads the workspace through `vscode.workspace.fs`. On a copy of
// examples/acme it checks the Problems panel, the hover, the trees, the report, completion and a quick fix.
//
//   node test/e2e/web.js [--vsix file] [--artifacts dir]
//
// Prints one line per check and ends with `N passed, M failed`; exits with 1 when a check failed.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ensureInstalled } = require('./install');
const { launch, PROJECT_ROOT } = require('./harness');
const { EXAMPLE, EXPECTED_PROBLEMS, SETTINGS, TODAY, TIMEOUT, ui, lineOf, packageExtension } = require('./run');

const EXTENSION_ID = 'product-specs.product-specs';

// The workbench runs an extension installed on the server in its web worker extension host (in the
// browser) when the extension has a `browser` entry and its kind says so.
const WEB_SETTINGS = { ...SETTINGS, 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };

function parseArgs(argv) {
  /** @type {{ vsix: string | undefined, artifacts: string }} */
  const args = { vsix: undefined, artifacts: path.join(PROJECT_ROOT, 'out', 'e2e-artifacts', 'web') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') args.vsix = path.resolve(argv[++i]);
    else if (a === '--artifacts') args.artifacts = path.resolve(argv[++i]);
    else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

function log(msg) {
  process.stdout.write(`${msg}\n`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const results = [];
  fs.mkdirSync(args.artifacts, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-e2e-web-'));
  for (const [signal, code] of /** @type {Array<[NodeJS.Signals, number]>} */ ([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])) {
    process.once(signal, () => {
      fs.rmSync(scratch, { recursive: true, force: true });
      process.exit(code);
    });
  }
  let vsc;
  const check = async (name, fn) => {
    const t = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      log(`  ok    ${name} (${Date.now() - t} ms)`);
    } catch (err) {
      results.push({ name, ok: false });
      log(`  FAIL  ${name} (${Date.now() - t} ms)\n${String(/** @type {Error} */ (err).stack || err).replace(/^/gm, '        ')}`);
      if (vsc) {
        const shot = await vsc.screenshot(`failure-${results.length}-${name}`).catch(() => undefined);
        if (shot) log(`        screenshot: ${path.relative(PROJECT_ROOT, shot)}`);
        await vsc.page.keyboard.press('Escape').catch(() => {});
        await vsc.closeQuickInput().catch(() => {});
      }
    }
  };

  const workspace = path.join(scratch, 'acme');
  try {
    try {
      ensureInstalled();
      let vsix = args.vsix;
      if (!vsix) {
        vsix = path.join(scratch, 'product-specs.vsix');
        log(`packaged the extension in ${packageExtension(vsix)} ms`);
      }
      fs.cpSync(EXAMPLE, workspace, { recursive: true });
      fs.writeFileSync(path.join(workspace, '.productspecs.yaml'), `today: ${TODAY}\n`);
      vsc = await launch({ workspace, vsix, artifactsDir: args.artifacts, settings: WEB_SETTINGS, timeout: TIMEOUT, log: (m) => log(`  [e2e] ${m}`) });
    } catch (err) {
      results.push({ name: 'setup', ok: false });
      log(`  FAIL  setup: install, package and start VS Code\n${String(/** @type {Error} */ (err).stack || err).replace(/^/gm, '        ')}`);
      return;
    }
    const page = vsc.page;
    const u = ui(vsc);

    await check('the extension runs in the browser: the web worker extension host, no Node language server', async () => {
      // The status bar item shows the workspace's counts once the server has checked it.
      await vsc.waitForText('.statusbar-item', /^Specs\b/, 90000);
      // Neither the server's Node extension host nor a Node language server runs it.
      const remoteActivation = await vsc.waitForActivation(EXTENSION_ID, { timeout: 1000 }).catch(() => undefined);
      assert.strictEqual(remoteActivation, undefined, 'the Node extension host activated the extension');
      assert.deepStrictEqual(vsc.processesRunning(path.join('dist', 'server', 'server.js')), []);
    });

    await check("the Problems panel lists the example's diagnostics, and the hover gives the message", async () => {
      await vsc.openFile('acme.roadmap.yaml');
      await u.goTo(lineOf('acme.roadmap.yaml', /stage: done/), 14);
      await vsc.openProblems();
      await vsc.runCommand('View: Toggle Maximized Panel');
      try {
        await u.waitForProblems({ exact: EXPECTED_PROBLEMS }, 'the nine diagnostics of examples/acme', 90000);
      } finally {
        await vsc.runCommand('View: Toggle Maximized Panel');
      }
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = await vsc.waitForText('.monaco-editor .monaco-hover', /"done" is not a valid value for "stage".*How far the item has come.*Quick Fix/, 15000);
      assert.match(hover, /Use one of: opportunity, discovery, validated, delivery, released\./);
      await vsc.screenshot('web-diagnostics');
      await page.keyboard.press('Escape');
    });

    await check('the Product Team view shows the reporting line and the peers', async () => {
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
      await vsc.screenshot('web-product-team');
    });

    await check('the Responsibilities and Roadmap views show the four areas and now, next, later', async () => {
      await u.setViewExpanded('Product Team', false);
      await u.setViewExpanded('Responsibilities', true);
      await u.setViewExpanded('Roadmap', true);
      await u.waitForTree(
        'Responsibilities',
        ['Team development · 94/100', '  stale-assessment · 1 finding', '  junior-without-mentor · 1 finding', 'Vision creation · 97/100'],
        'the areas in the Responsibilities view',
      );
      const roadmap = await u.waitForTree('Roadmap', ['Now · 7 items'], 'the now horizon in the Roadmap view');
      assert.deepStrictEqual(
        roadmap.rows.filter((r) => !r.startsWith(' ')),
        ['Now · 7 items', 'Next · 6 items', 'Later · 5 items'],
      );
    });

    await check('"Product Specs: Show Responsibility Report" opens the report with the four areas', async () => {
      await vsc.runCommand('View: Hide Panel');
      await vsc.runCommand('Product Specs: Show Responsibility Report');
      await page.locator('.tabs-container .tab.active[aria-label="Responsibility Report"]').waitFor();
      const doc = u.webview();
      await doc.locator('h1', { hasText: 'Responsibility report' }).waitFor();
      assert.strictEqual((await doc.locator('h1 + p').first().innerText()).trim(), `4 files checked on ${TODAY}: 2 errors, 7 warnings, 0 infos.`);
      const headings = (await doc.locator('h2').allInnerTexts()).map((h) => h.trim());
      assert.deepStrictEqual(headings.slice(0, 5), ['Score per area', 'Team development: 94/100', 'Vision creation: 97/100', 'Execution: 94/100', 'Culture: 94/100']);
      await vsc.runCommand('View: Close All Editors');
    });

    await check("completion on a roadmap item's owner offers the member ids", async () => {
      await vsc.openFile('acme.roadmap.yaml');
      const line = lineOf('acme.roadmap.yaml', /^ {6}owner: sam$/, /- id: real-time-ledger/);
      await u.goTo(line, 14);
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
      await vsc.waitForText('.statusbar-item[id="status.editor.selection"]', `Ln ${line}, Col 14`);
      await page.keyboard.press('Control+Space');
      await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', 'Dana Whitfield', 30000);
      await page.keyboard.type('sa');
      await vsc.waitForText('.editor-widget.suggest-widget.visible .monaco-list-row.focused', /^sam\b/, 5000);
      await page.keyboard.press('Enter');
      await u.save();
      await u.waitForDiskLine('acme.roadmap.yaml', line, '      owner: sam');
    });

    await check('the quick fix on "confidance" renames it to "confidence" and the error goes', async () => {
      const line = lineOf('acme.roadmap.yaml', /^ {6}confidance: high$/);
      await u.goTo(line, 8);
      await page.keyboard.press('Control+.');
      await u.clickOn(page.locator('.action-widget .monaco-list-row.action', { hasText: 'Change "confidance" to "confidence"' }));
      await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'detached' });
      await u.save();
      await u.waitForDiskLine('acme.roadmap.yaml', line, '      confidence: high');
      await u.waitForProblems({ has: ['acme.roadmap.yaml 4'], none: ['confidance'] }, 'the unknown-property error to go away', 30000);
    });

    await check("a spec file changed on disk is checked again (read through the editor's file system)", async () => {
      await vsc.runCommand('View: Close All Editors');
      const file = path.join(vsc.dirs.workspace, 'acme.vision.yaml');
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace(/^(\s+ownership:) product-team$/m, '$1 everyone'));
      await u.waitForProblems({ has: ['acme.vision.yaml 2'] }, "the vision's new error", 30000);
      const rows = (await u.waitForProblems({ has: ['acme.vision.yaml 2'] }, "the vision's rows", 5000)).rows;
      assert.ok(
        rows.some((r) => r.startsWith('Error: "everyone" is not a valid value for "ownership".')),
        JSON.stringify(rows),
      );
    });

    await check('"Product Specs: Open Rule Documentation" shows a rule\'s page shipped with the extension', async () => {
      // From the palette by hand: the command's own quick pick follows at once (runCommand waits for the palette to close).
      await vsc.closeQuickInput();
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await input.fill('>Product Specs: Open Rule Documentation');
      await vsc.waitForText('.quick-input-widget .quick-input-list .monaco-list-row.focused', 'Product Specs: Open Rule Documentation', 15000);
      await page.keyboard.press('Enter');
      await vsc.waitForText('.quick-input-widget .quick-input-title', 'Open Rule Documentation', 15000);
      await input.fill('vision/owner-missing');
      await vsc.waitForText('.quick-input-widget .quick-input-list .monaco-list-row.focused', 'vision/owner-missing', 15000);
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: 'owner-missing.md' }).waitFor();
      await u.webview().locator('h1', { hasText: 'vision/owner-missing' }).waitFor();
    });

    await check("the language server's worker script runs as a real web worker in Chromium and checks the example", async () => {
      // What vscode.dev does with dist/server/browserServer.js, where the editor lets the extension create
      // workers (code-server does not, for an extension installed on its server): here the page plays the extension.
      const script = fs.readFileSync(path.join(PROJECT_ROOT, 'dist', 'server', 'browserServer.js'), 'utf8');
      const folder = 'vscode-vfs://github/acme/specs';
      const files = fs
        .readdirSync(EXAMPLE)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => ({ uri: `${folder}/${name}`, text: fs.readFileSync(path.join(EXAMPLE, name), 'utf8') }));
      files.push({ uri: `${folder}/.productspecs.yaml`, text: `today: ${TODAY}\n` });
      const workerPage = await vsc.context.newPage();
      try {
        const diagnostics = await workerPage.evaluate(
          ({ script, folder, files }) =>
            new Promise((resolve, reject) => {
              const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
              const send = (message) => worker.postMessage({ jsonrpc: '2.0', ...message });
              worker.onerror = (event) => reject(new Error(`worker error: ${event.message}`));
              worker.onmessage = ({ data }) => {
                const answers = { 'productSpecs/workspaceFiles': files, 'workspace/configuration': [{}], 'client/registerCapability': null };
                if (data.method in answers) send({ id: data.id, result: answers[data.method] });
                else if (data.id === 1) {
                  send({ method: 'initialized', params: {} });
                } else if (data.method === 'textDocument/publishDiagnostics' && data.params.uri.endsWith('/acme.roadmap.yaml')) {
                  worker.terminate();
                  resolve(data.params.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`));
                }
              };
              send({
                id: 1,
                method: 'initialize',
                params: { processId: null, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'specs' }], capabilities: { workspace: { configuration: true } } },
              });
            }),
          { script, folder, files },
        );
        // The same rows the Problems panel shows for the roadmap (its first five, before the edits above).
        const fromPanel = EXPECTED_PROBLEMS.slice(1, 6).map((row) => {
          const [, message, code, line, column] = /** @type {RegExpExecArray} */ (/^\w+: (.*) product-specs (\S+) \[Ln (\d+), Col (\d+)\]$/.exec(row));
          return `${line}:${column} ${code} ${message}`;
        });
        assert.deepStrictEqual([...diagnostics].sort(), [...fromPanel].sort());
      } finally {
        await workerPage.close();
      }
    });
  } finally {
    const failed = results.filter((r) => !r.ok).length;
    if (vsc) await vsc.close({ keepLogs: failed > 0, name: 'web' });
    fs.rmSync(scratch, { recursive: true, force: true });
    log(`${results.length - failed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
  }
}

main().catch((err) => {
  log(`e2e web: ${err.stack || err}`);
  process.exitCode = 1;
});
