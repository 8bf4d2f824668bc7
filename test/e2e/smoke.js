#!/usr/bin/env node
// @ts-check
'use strict';
// Smoke test of the end-to-end harness, with no extension installed: opens a folder in a real
// VS Code (code-server) in headless Chromium, opens a YAML file through quick open, and checks
// that the editor shows its text.
//
//   node test/e2e/smoke.js [artifactsDir]

const assert = require('assert');
const path = require('path');
const { ensureInstalled } = require('./install');
const { launch } = require('./harness');

async function main() {
  const artifactsDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'out', 'e2e-artifacts', 'smoke'));
  let t = Date.now();
  ensureInstalled();
  const installMs = Date.now() - t;

  const vsc = await launch({ workspace: path.join(__dirname, 'fixtures', 'smoke'), artifactsDir });
  let ok = false;
  try {
    t = Date.now();
    await vsc.openFile('plans/launch.yaml');
    const shown = await vsc.waitForText('.editor-group-container.active .monaco-editor .view-lines', 'product: Lighthouse', 15000);
    assert.ok(shown.includes('- name: Private beta'), `editor text: ${shown}`);
    const tab = await vsc.page.locator('.tabs-container .tab.active').getAttribute('aria-label');
    assert.strictEqual(tab, 'launch.yaml');
    const language = await vsc.waitForText('.statusbar-item[id="status.editor.mode"]', 'YAML', 15000);
    assert.strictEqual(language, 'YAML');
    const openFileMs = Date.now() - t;

    t = Date.now();
    await vsc.runCommand('View: Toggle Word Wrap');
    await vsc.openProblems();
    const problems = await vsc.waitForText('.markers-panel-container', 'No problems have been detected in the workspace.', 15000);
    assert.strictEqual(problems, 'No problems have been detected in the workspace.');
    const commandsMs = Date.now() - t;

    const shot = await vsc.screenshot('smoke-launch-yaml');
    console.log(JSON.stringify({ installMs, ...vsc.timings, openFileMs, commandsMs, screenshot: shot }, null, 2));
    ok = true;
  } finally {
    await vsc.close({ keepLogs: !ok, name: 'smoke' });
  }
}

main().then(
  () => console.log('smoke: ok'),
  (err) => {
    console.error(`smoke: FAILED\n${err.stack || err}`);
    process.exitCode = 1;
  },
);
