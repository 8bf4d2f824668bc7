'use strict';
// Drives our language server and yaml-language-server over stdio with the same client and measures
// open-to-diagnostics, edit-to-diagnostics, peak memory and the cold start on a 1,000-file workspace.
//   node bench/lsp.js [--quick]      (after `npm run build` and `node bench/generate.js`)
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { Session, serverVersion, uri, sleep } = require('./lib/session');
const { median, percentile, max } = require('./lib/stats');
const { crlfSizes, lineContent, changeLine } = require('./crlf');
const { measureEditsDuringScan } = require('./scanEdits');

const OPENS = 5; // fresh servers per size and server
const WARMUP_EDITS = 3;
const EDITS = 15;
const COLD_RUNS = 3;
const PAUSE_BETWEEN_EDITS_MS = 100;

/** The line of the roadmap's middle item title: edits and variations happen at its end. */
function middleTitle(text) {
  const lines = text.split('\n');
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    if (/^\s+title: /.test(lines[i])) return { line: i, character: lineContent(lines[i]).length, lines };
  }
  throw new Error('no item title after the middle of the roadmap');
}

/** The text with a few characters appended to the middle title: what the editor has when the file is opened. */
function variant(text, tag) {
  const { line, lines } = middleTitle(text);
  lines[line] = changeLine(lines[line], (content) => `${content} ${tag}`);
  return lines.join('\n');
}

async function until(condition, ms, what) {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** Until the server is idle after start-up: ours has published every file of the folders, yaml-language-server has its settings. */
async function ready(session, files) {
  if (session.kind === 'ours') {
    const uris = new Set(files.map(uri));
    await until(() => [...uris].every((u) => session.published.some((p) => p.uri === u)), 300000, `start-up diagnostics of ${files.length} files`);
    await sleep(200);
  } else {
    await session.settled(200);
  }
}

/** Open-to-diagnostics with a fresh server each time; the opened text differs from the disk by a few characters. */
async function measureOpens(kind, size, runs, log) {
  const text = fs.readFileSync(size.roadmap, 'utf8');
  const times = [];
  let count;
  for (let run = 0; run < runs; run++) {
    const session = await Session.start(kind, [size.dir]);
    try {
      await ready(session, [size.vision, size.charter, size.roadmap]);
      const opened = await session.open(uri(size.roadmap), variant(text, `v${run + 1}`));
      times.push(opened.ms);
      count = opened.event.count;
    } finally {
      await session.stop();
    }
  }
  log(`  ${kind} open ${size.lines} lines: ${times.map((t) => t.toFixed(0)).join(', ')} ms (${count} diagnostics)`);
  return { median: median(times), times, diagnostics: count };
}

/** Edit-to-diagnostics: one character typed or deleted at the end of the middle item's title, one edit at a time. */
async function measureEdits(kind, size, log) {
  let text = variant(fs.readFileSync(size.roadmap, 'utf8'), 'e');
  const fileUri = uri(size.roadmap);
  const session = await Session.start(kind, [size.dir]);
  try {
    await ready(session, [size.vision, size.charter, size.roadmap]);
    const opened = await session.open(fileUri, text);
    const { line, character } = middleTitle(text);
    const times = [];
    let count = opened.event.count;
    let version = 1;
    for (let i = 0; i < WARMUP_EDITS + EDITS; i++) {
      version++;
      const insert = i % 2 === 0;
      const edit = insert
        ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
        : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
      const lines = text.split('\n');
      lines[line] = changeLine(lines[line], (content) => (insert ? `${content}x` : content.slice(0, -1)));
      text = lines.join('\n');
      const changed = await session.change(fileUri, version, edit, text);
      if (i >= WARMUP_EDITS) times.push(changed.ms);
      count = changed.event.count;
      await sleep(PAUSE_BETWEEN_EDITS_MS);
    }
    log(`  ${kind} edit ${size.lines} lines: median ${median(times).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms (${count} diagnostics)`);
    return { median: median(times), p90: percentile(times, 90), times, diagnostics: count, warmOpenMs: opened.ms };
  } finally {
    await session.stop();
  }
}

function workspaceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.yaml')) out.push(path.join(entry.parentPath ?? entry.path, entry.name));
  }
  return out.sort();
}

/** Which request to send on the open file while the workspace is indexed: a real feature when the server has one. */
function pingMethod(capabilities) {
  if (capabilities.documentSymbolProvider) return { method: 'textDocument/documentSymbol', supported: true };
  if (capabilities.foldingRangeProvider) return { method: 'textDocument/foldingRange', supported: true };
  if (capabilities.hoverProvider) return { method: 'textDocument/hover', supported: true };
  return { method: 'textDocument/documentSymbol', supported: false };
}

/**
 * Cold workspace: from spawning the server to every one of the 1,000 files' diagnostics, while a file of the
 * workspace is open in the editor and a request on it is sent every 20 ms.
 */
async function measureCold(manifest, runs, log) {
  const files = workspaceFiles(manifest.workspace.dir);
  const openFile = files.find((f) => f.endsWith('-r4.roadmap.yaml') && f.includes(`${path.sep}p050${path.sep}`)) ?? files[Math.floor(files.length / 2)];
  const results = [];
  for (let run = 0; run < runs; run++) {
    const session = await Session.start('ours', [manifest.workspace.dir]);
    const t0 = session.startedAt;
    const openUri = uri(openFile);
    const ping = pingMethod(session.capabilities);
    const pending = new Set(files.map(uri));
    const firstPublished = new Map();
    let openAnswered;
    const unsubscribe = session.onDiagnostics((e) => {
      if (!firstPublished.has(e.uri)) firstPublished.set(e.uri, e.at);
      pending.delete(e.uri);
    });
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: openUri, languageId: session.server.languageId, version: 1, text: fs.readFileSync(openFile, 'utf8') },
    });
    const latencies = [];
    let error;
    const deadline = performance.now() + 60000;
    try {
      while (pending.size > 0 && performance.now() < deadline) {
        const params = ping.method === 'textDocument/hover' ? { textDocument: { uri: openUri }, position: { line: 1, character: 2 } } : { textDocument: { uri: openUri } };
        const answer = await session.request(ping.method, params);
        if (answer.error) ping.answer = answer.error;
        latencies.push(answer.ms);
        if (openAnswered === undefined && firstPublished.has(openUri)) openAnswered = firstPublished.get(openUri) - t0;
        await sleep(20);
      }
    } catch (e) {
      error = /** @type {Error} */ (e).message;
    }
    const allMs = pending.size === 0 ? max([...firstPublished.values()]) - t0 : NaN;
    unsubscribe();
    const memory = session.memory();
    await session.stop();
    results.push({
      allMs,
      published: files.length - pending.size,
      latencies,
      openFileMs: firstPublished.has(openUri) ? firstPublished.get(openUri) - t0 : NaN,
      ping,
      error,
      peakMb: memory.peakMb,
    });
    log(
      `  cold workspace run ${run + 1}: ${pending.size === 0 ? `${allMs.toFixed(0)} ms to all ${files.length} files` : `only ${files.length - pending.size} of ${files.length} files within 60 s`}; ${latencies.length} requests, max ${max(latencies).toFixed(1)} ms`,
    );
  }
  const latencies = results.flatMap((r) => r.latencies);
  const ping = results[0].ping;
  return {
    files: files.length,
    allMs: median(results.map((r) => r.allMs)),
    runs: results.map((r) => r.allMs),
    openFileMs: median(results.map((r) => r.openFileMs)),
    published: Math.min(...results.map((r) => r.published)),
    requests: latencies.length,
    requestMedianMs: median(latencies),
    requestP95Ms: percentile(latencies, 95),
    requestMaxMs: max(latencies),
    method: ping.method,
    methodSupported: ping.supported,
    methodAnswer: ping.answer,
    error: results.map((r) => r.error).find(Boolean),
  };
}

/**
 * Peak resident memory after indexing the 1,000 files and opening the 55,000-line roadmap (the issue's
 * target), and again after three edits of the open roadmap.
 */
async function measureMemory(manifest, log) {
  const big = manifest.sizes[manifest.sizes.length - 1];
  const text = fs.readFileSync(big.roadmap, 'utf8');
  const out = {};
  for (const kind of ['ours', 'yaml']) {
    const folders = kind === 'ours' ? [manifest.workspace.dir, big.dir] : [big.dir];
    const session = await Session.start(kind, folders);
    try {
      await ready(session, kind === 'ours' ? workspaceFiles(manifest.workspace.dir).concat(big.vision, big.charter, big.roadmap) : []);
      const fileUri = uri(big.roadmap);
      const lines = variant(text, 'memory').split('\n');
      await session.open(fileUri, lines.join('\n'));
      const opened = session.memory();
      const { line } = middleTitle(text);
      for (let version = 2; version <= 4; version++) {
        const character = lines[line].length;
        lines[line] += 'x';
        await session.change(fileUri, version, { range: { start: { line, character }, end: { line, character } }, text: 'x' }, lines.join('\n'));
      }
      const edited = session.memory();
      out[kind] = { peakMb: opened.peakMb, rssMb: opened.rssMb, editedPeakMb: edited.peakMb, editedRssMb: edited.rssMb };
    } finally {
      await session.stop();
    }
    const m = out[kind];
    log(
      `  ${kind} memory: peak ${m.peakMb.toFixed(0)} MB once open (now ${m.rssMb.toFixed(0)} MB), peak ${m.editedPeakMb.toFixed(0)} MB after three edits (now ${m.editedRssMb.toFixed(0)} MB)`,
    );
  }
  return out;
}

/** Runs one measurement; a failure is logged and recorded, and the other measurements go on. */
async function attempt(what, log, measure, fallback) {
  try {
    return await measure();
  } catch (caught) {
    const error = /** @type {Error} */ (caught);
    log(`  ${what} failed: ${error.message}`);
    return { ...fallback, error: error.message };
  }
}

async function runLsp(manifest, { log = console.log, quick = false } = {}) {
  const opens = quick ? 2 : OPENS;
  const sizes = [];
  for (const size of manifest.sizes) {
    log(`Roadmap of ${size.items} items (${size.lines} lines):`);
    const row = { items: size.items, lines: size.lines };
    for (const kind of ['ours', 'yaml']) {
      const failed = { median: NaN, diagnostics: 'n/a' };
      row[kind] = {
        open: await attempt(`${kind} open`, log, () => measureOpens(kind, size, opens, log), failed),
        edit: await attempt(`${kind} edit`, log, () => measureEdits(kind, size, log), failed),
      };
    }
    sizes.push(row);
  }
  // The same roadmaps with CRLF line breaks, both servers again: the targets hold for both line endings.
  const crlf = [];
  for (const size of crlfSizes(manifest)) {
    log(`Roadmap of ${size.items} items (${size.lines} lines), CRLF:`);
    const row = { items: size.items, lines: size.lines, lineEnding: 'CRLF' };
    for (const kind of ['ours', 'yaml']) {
      const failed = { median: NaN, diagnostics: 'n/a' };
      row[kind] = {
        open: await attempt(`${kind} open CRLF`, log, () => measureOpens(kind, size, opens, log), failed),
        edit: await attempt(`${kind} edit CRLF`, log, () => measureEdits(kind, size, log), failed),
      };
    }
    crlf.push(row);
  }
  log('Cold workspace:');
  const cold = await attempt('cold workspace', log, () => measureCold(manifest, quick ? 1 : COLD_RUNS, log), {
    files: manifest.workspace.files,
    allMs: NaN,
    runs: [],
    published: 0,
    requests: 0,
    requestMaxMs: NaN,
    method: 'n/a',
  });
  log('Typing while the start-up scan reads the 55,000-line roadmap:');
  const scanEdits = await attempt('edits during the start-up scan', log, () => measureEditsDuringScan(manifest, { log, quick }), {
    edits: 0,
    slowestMs: NaN,
    medianMs: NaN,
    scanMs: NaN,
  });
  log('Memory:');
  const memory = await attempt('memory', log, () => measureMemory(manifest, log), { ours: { peakMb: NaN, editedPeakMb: NaN }, yaml: { peakMb: NaN, editedPeakMb: NaN } });
  return { versions: { ours: serverVersion('ours'), yaml: serverVersion('yaml') }, opens, edits: EDITS, warmupEdits: WARMUP_EDITS, sizes, crlf, cold, scanEdits, memory };
}

module.exports = { runLsp, measureCold, measureMemory };

if (require.main === module) {
  const { generate } = require('./generate');
  runLsp(generate({ log: console.log }), { quick: process.argv.includes('--quick') })
    .then((result) => console.log(JSON.stringify(result, (k, v) => (k === 'times' || k === 'runs' ? undefined : v), 2)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
