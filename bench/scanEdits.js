'use strict';
// Typing in a small open spec right after start-up, while the server reads a workspace that holds the
// 55,000-line roadmap: edit-to-diagnostics of every edit sent before the start-up scan has published
// every file.   node bench/scanEdits.js [--quick]   (after `npm run build` and `node bench/generate.js`)
const fs = require('node:fs');
const { performance } = require('node:perf_hooks');
const { Session, uri, sleep } = require('./lib/session');
const { median, max } = require('./lib/stats');

const RUNS = 3;
const PAUSE_BETWEEN_EDITS_MS = 20;
/** Edits go on this long after the scan ended, so the last ones are measured too. */
const EDITS_AFTER_SCAN = 3;

/** The first one-line `statement:` of the file: edits happen at its end. */
function editLine(text) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^\s+statement: [^>|]/.test(l));
  if (line < 0) throw new Error('no one-line statement in the small spec');
  return line;
}

async function run(manifest, log, index) {
  const big = manifest.sizes[manifest.sizes.length - 1];
  const small = manifest.sizes[0];
  const file = small.vision;
  const scanned = new Set([big.roadmap, big.vision, big.charter, small.roadmap, small.charter].map(uri));
  const session = await Session.start('ours', [big.dir, small.dir]);
  try {
    const fileUri = uri(file);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const line = editLine(lines.join('\n'));
    let scanEnd;
    const unsubscribe = session.onDiagnostics((e) => {
      scanned.delete(e.uri);
      if (scanned.size === 0 && scanEnd === undefined) scanEnd = e.at;
    });
    const opened = await session.open(fileUri, lines.join('\n'));
    const during = [];
    let after = 0;
    for (let version = 2; after < EDITS_AFTER_SCAN; version++) {
      if (performance.now() - session.startedAt > 60000) throw new Error('the start-up scan did not end within 60 s');
      const character = lines[line].length;
      const insert = version % 2 === 0;
      const edit = insert
        ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
        : { range: { start: { line, character: character - 1 }, end: { line, character } }, text: '' };
      lines[line] = insert ? lines[line] + 'x' : lines[line].slice(0, -1);
      const sentDuringScan = scanEnd === undefined;
      const changed = await session.change(fileUri, version, edit, lines.join('\n'));
      if (sentDuringScan) during.push(changed.ms);
      else after++;
      await sleep(PAUSE_BETWEEN_EDITS_MS);
    }
    unsubscribe();
    const scanMs = (scanEnd ?? performance.now()) - session.startedAt;
    log(
      `  run ${index + 1}: ${during.length} edits while the scan ran (${scanMs.toFixed(0)} ms): slowest ${max(during).toFixed(0)} ms, median ${median(during).toFixed(1)} ms; opened in ${opened.ms.toFixed(0)} ms`,
    );
    return { during, scanMs, openMs: opened.ms };
  } finally {
    await session.stop();
  }
}

/** Slowest and median edit-to-diagnostics of a small open spec while the start-up scan reads the 55,000-line roadmap. */
async function measureEditsDuringScan(manifest, { log = console.log, quick = false } = {}) {
  const results = [];
  for (let index = 0; index < (quick ? 1 : RUNS); index++) results.push(await run(manifest, log, index));
  const all = results.flatMap((r) => r.during);
  return {
    lines: manifest.sizes[manifest.sizes.length - 1].lines,
    edits: all.length,
    slowestMs: max(all),
    medianMs: median(all),
    scanMs: median(results.map((r) => r.scanMs)),
    openMs: median(results.map((r) => r.openMs)),
  };
}

module.exports = { measureEditsDuringScan };

if (require.main === module) {
  const { generate } = require('./generate');
  measureEditsDuringScan(generate({ log: () => {} }), { quick: process.argv.includes('--quick') })
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
