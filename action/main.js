// The GitHub Action's entry (action.yml): runs `product-specs check` on the inputs the runner passes as
// INPUT_* environment variables, in the repository's folder (GITHUB_WORKSPACE). Its exit code is the
// check's: 0 no errors, 1 errors or more warnings than `max-warnings`, 2 a usage or configuration error.
// Plain JavaScript with no dependencies: it runs the committed command-line bundle, release/cli.js.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const CLI = path.join(__dirname, '..', 'release', 'cli.js');
const FORMATS = ['github', 'stylish', 'json', 'sarif'];

/** An input as the runner passes it: `INPUT_` and the name in capitals, spaces as underscores. */
function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** A workflow error annotation (the message escaped as workflow commands require) and exit code 2. */
function fail(message) {
  const escaped = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::error title=product-specs::${escaped}\n`);
  return 2;
}

function main() {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const paths = input('paths').split(/\s+/).filter(Boolean);
  const format = input('format') || 'github';
  const maxWarnings = input('max-warnings');
  const sarifFile = input('sarif-file');
  const today = input('today');
  if (!FORMATS.includes(format)) return fail(`The input "format" is "${format}": use one of ${FORMATS.join(', ')}.`);
  if (maxWarnings !== '' && !/^\d+$/.test(maxWarnings)) return fail(`The input "max-warnings" is "${maxWarnings}": use a whole number of 0 or more, or leave it empty.`);

  const args = ['check', ...paths, ...(maxWarnings === '' ? [] : ['--max-warnings', maxWarnings]), ...(today === '' ? [] : ['--today', today])];
  // Findings go straight to the log; a usage or configuration error (exit code 2) also becomes an annotation.
  const shown = spawnSync(process.execPath, [CLI, ...args, '--format', format], { cwd, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  process.stderr.write(shown.stderr || '');
  if (shown.status === null) return fail(`product-specs check stopped (${shown.signal || shown.error}).`);
  if (shown.status === 2) return fail(shown.stderr.trim().replace(/^product-specs: /gm, ''));
  if (sarifFile !== '') {
    const sarif = spawnSync(process.execPath, [CLI, ...args, '--format', 'sarif'], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    if (sarif.status === null || sarif.status === 2) return fail(`product-specs check --format sarif failed: ${sarif.stderr || sarif.signal || sarif.error}`);
    const target = path.resolve(cwd, sarifFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, sarif.stdout);
    process.stdout.write(`SARIF written to ${path.relative(cwd, target)}\n`);
  }
  return shown.status;
}

process.exitCode = main();
