#!/usr/bin/env node
'use strict';
// The long fuzz run: FUZZ_COUNT inputs through the engine and FUZZ_SERVER_COUNT through the language
// server over stdio (10,000 each unless set), then one summary of counts, failures and the slowest input.
// `npm test` runs the same suites with far fewer inputs. FUZZ_SEED changes the inputs.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-fuzz-')), 'summary.jsonl');
const env = { ...process.env, FUZZ_COUNT: process.env.FUZZ_COUNT || '10000', FUZZ_SERVER_COUNT: process.env.FUZZ_SERVER_COUNT || '10000', FUZZ_SUMMARY: summary };
const mocha = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const run = spawnSync(process.execPath, [mocha, '--no-config', '--timeout', '0', 'out/test/fuzz/*.test.js'], { cwd: ROOT, env, stdio: 'inherit' });

const entries = fs.existsSync(summary)
  ? fs
      .readFileSync(summary, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
fs.rmSync(path.dirname(summary), { recursive: true, force: true });
console.log('\nFuzz summary');
let failures = 0;
for (const entry of entries) {
  const failed = entry.crashes.length + entry.hangs.length + entry.silent.length + entry.badRanges.length;
  failures += failed;
  console.log(
    `  ${entry.label}: ${entry.inputs} inputs (${entry.broken} broken), ${entry.crashes.length} crashes, ${entry.hangs.length} over the time budget, ` +
      `${entry.silent.length} broken without a diagnostic, ${entry.badRanges.length} findings outside the text; slowest ${entry.slowest.ms} ms (${entry.slowest.input})`,
  );
}
if (entries.length === 0) console.log('  no suite reported: see the errors above');
process.exitCode = run.status !== 0 || failures > 0 || entries.length === 0 ? 1 : 0;
