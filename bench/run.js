'use strict';
// `npm run bench`: generates the inputs, runs every measurement, prints the results with the targets
// (PASS/FAIL) and writes the same into docs/performance.md. Raw figures go to .bench/results.json.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { generate } = require('./generate');
const { runLsp } = require('./lsp');
const { runCli } = require('./cli');
const { runActivation } = require('./activation');
const { ms } = require('./lib/stats');
const { crlfTargets, crlfTable } = require('./crlf');

const ROOT = path.resolve(__dirname, '..');
const DOC = path.join(ROOT, 'docs', 'performance.md');
const KEPT_SECTION = '## Changes measured by hand';

function machine() {
  const cpus = os.cpus();
  const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = git(['status', '--porcelain', '--untracked-files=no']).length > 0;
  return {
    cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' with uncommitted changes' : ''}`,
    loadBefore: os.loadavg()[0],
  };
}

const ratio = (slow, fast) => (Number.isFinite(slow) && Number.isFinite(fast) && fast > 0 ? slow / fast : NaN);
const times = (value) => (Number.isFinite(value) ? `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×` : 'n/a');
const mb = (value) => (Number.isFinite(value) ? `${Math.round(value)} MB` : 'n/a');
const lines = (n) => n.toLocaleString('en-US');

/** Every target of the performance issue, with the figure measured and PASS, FAIL or SKIP. */
function targets(r) {
  const out = [];
  const add = (target, measured, pass) => out.push({ target, measured, result: pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL' });
  const size = (linesAbout) => r.lsp.sizes.find((s) => Math.abs(s.lines - linesAbout) / linesAbout < 0.2);
  for (const [about, limit] of [
    [11000, 30],
    [55000, 100],
  ]) {
    const s = size(about);
    add(`Edit-to-diagnostics median at ${lines(s.lines)} lines ≤ ${limit} ms`, ms(s.ours.edit.median), s.ours.edit.median <= limit);
  }
  for (const about of [11000, 55000]) {
    const s = size(about);
    const x = ratio(s.yaml.edit.median, s.ours.edit.median);
    add(`Edit-to-diagnostics at ${lines(s.lines)} lines ≥ 10× faster than yaml-language-server`, `${times(x)} (${ms(s.ours.edit.median)} vs ${ms(s.yaml.edit.median)})`, x >= 10);
  }
  for (const s of r.lsp.sizes) {
    const x = ratio(s.yaml.open.median, s.ours.open.median);
    add(`Open-to-diagnostics at ${lines(s.lines)} lines ≤ half of yaml-language-server's`, `${ms(s.ours.open.median)} vs ${ms(s.yaml.open.median)} (${times(x)})`, x >= 2);
  }
  crlfTargets(r, add, { ms, times, ratio, lines });
  const cold = r.lsp.cold;
  add(
    `Cold workspace: all ${lines(cold.files)} files' diagnostics within 3 s of start-up`,
    Number.isFinite(cold.allMs) ? ms(cold.allMs) : `only ${cold.published} files within 60 s`,
    cold.allMs <= 3000,
  );
  add(
    'Requests on the open file answered during indexing without blocking (slowest ≤ 100 ms)',
    `slowest ${ms(cold.requestMaxMs)}, median ${ms(cold.requestMedianMs)}`,
    cold.requestMaxMs <= 100,
  );
  const typing = r.lsp.scanEdits;
  add(
    `Typing in a small spec while the start-up scan reads a ${lines(typing.lines ?? 55001)}-line roadmap: slowest edit-to-diagnostics ≤ 100 ms`,
    `slowest ${ms(typing.slowestMs)}, median ${ms(typing.medianMs)} (${typing.edits} edits)`,
    typing.slowestMs <= 100,
  );
  const x = ratio(r.cli.spectral.medianMs, r.cli.ours.medianMs);
  const cpu = ratio(r.cli.spectral.cpuMs, r.cli.ours.cpuMs);
  add(
    `\`product-specs check\` on ${r.cli.files} roadmaps ≤ half of Spectral's time`,
    `${ms(r.cli.ours.medianMs)} vs ${ms(r.cli.spectral.medianMs)} (${times(x)}; CPU time ${times(cpu)})`,
    x >= 2,
  );
  add('`product-specs check` uses both cores (CPU time ÷ wall time ≥ 1.5)', `${r.cli.ours.cores.toFixed(2)} cores`, r.cli.ours.cores >= 1.5);
  if (r.cli.cache.supported) {
    add(
      '`check --cache`: unchanged re-run ≥ 10× faster than the first run',
      `${times(r.cli.cache.speedup)} (${ms(r.cli.cache.firstMs)} then ${ms(r.cli.cache.rerunMs)})`,
      r.cli.cache.speedup >= 10,
    );
  } else {
    add('`check --cache`: unchanged re-run ≥ 10× faster than the first run', 'not supported yet', false);
  }
  const memory = r.lsp.memory.ours.peakMb;
  add('Server peak resident memory ≤ 200 MB after indexing 1,000 files and opening the 55,000-line roadmap', mb(memory), memory <= 200);
  const a = r.activation;
  add(
    `Client bundle activates in ≤ 50 ms (bundle from \`${a.bundle}\`${a.measured.startsWith('require + activate') ? '' : ', require only'})`,
    ms(a.activateMs),
    a.activateMs <= 50,
  );
  if (r.activation.vsix.available) add('.vsix ≤ 2 MB', `${(r.activation.vsix.bytes / 1024 / 1024).toFixed(2)} MB`, r.activation.vsix.bytes <= 2 * 1024 * 1024);
  else add('.vsix ≤ 2 MB', `not measured: ${r.activation.vsix.reason}`, null);
  return out;
}

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map((h) => (/^(Target|Measure|Scenario)/.test(h) ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const busy = (m) => m.loadMax > m.cores * 0.5;

function markdown(r, checks) {
  const m = r.machine;
  const lsp = r.lsp;
  const failed = checks.filter((c) => c.result === 'FAIL');
  const editor = table(
    ['Roadmap', 'Open: ours', 'Open: yaml-language-server', 'Ratio', 'Edit: ours', 'Edit: yaml-language-server', 'Ratio', 'Diagnostics (ours / yaml-ls)'],
    lsp.sizes.map((s) => [
      `${lines(s.items)} items, ${lines(s.lines)} lines`,
      ms(s.ours.open.median),
      ms(s.yaml.open.median),
      times(ratio(s.yaml.open.median, s.ours.open.median)),
      ms(s.ours.edit.median),
      ms(s.yaml.edit.median),
      times(ratio(s.yaml.edit.median, s.ours.edit.median)),
      `${s.ours.edit.diagnostics} / ${s.yaml.edit.diagnostics}`,
    ]),
  );
  const cold = lsp.cold;
  const coldTable = table(
    ['Measure', 'Value'],
    [
      [
        `Start-up to every one of the ${lines(cold.files)} files' diagnostics (median of ${cold.runs.length})`,
        Number.isFinite(cold.allMs) ? ms(cold.allMs) : `only ${cold.published} files within 60 s`,
      ],
      ["Start-up to the open file's diagnostics", ms(cold.openFileMs)],
      [
        `\`${cold.method}\` on the open file while indexing: median / 95th percentile / slowest`,
        `${ms(cold.requestMedianMs)} / ${ms(cold.requestP95Ms)} / ${ms(cold.requestMaxMs)} (${cold.requests} requests)`,
      ],
      [
        `Typing in a small open vision while the start-up scan reads the ${lines(lsp.scanEdits.lines ?? 55001)}-line roadmap (one character every 20 ms after the previous diagnostics): slowest / median edit-to-diagnostics`,
        `${ms(lsp.scanEdits.slowestMs)} / ${ms(lsp.scanEdits.medianMs)} (${lsp.scanEdits.edits} edits during scans of ${ms(lsp.scanEdits.scanMs)})`,
      ],
      ['Peak resident memory, ours: 1,000 files indexed, 55,000-line roadmap open', mb(lsp.memory.ours.peakMb)],
      ['Peak resident memory, ours: the same, then three edits of the roadmap', mb(lsp.memory.ours.editedPeakMb)],
      ['Peak resident memory, yaml-language-server: 55,000-line roadmap open', mb(lsp.memory.yaml.peakMb)],
      ['Peak resident memory, yaml-language-server: the same, then three edits of the roadmap', mb(lsp.memory.yaml.editedPeakMb)],
    ],
  );
  const cli = r.cli;
  const cliRows = [
    [
      `\`product-specs check\` (${cli.checkedByUs} files: the ${cli.files} roadmaps, their vision and charter)`,
      ms(cli.ours.medianMs),
      ms(cli.ours.cpuMs),
      cli.ours.cores.toFixed(2),
      `${cli.ours.schemaErrors} schema errors, ${cli.ours.findings} findings`,
    ],
    [
      `Spectral ${cli.spectralVersion}, schema-only ruleset (${cli.files} roadmaps)`,
      ms(cli.spectral.medianMs),
      ms(cli.spectral.cpuMs),
      cli.spectral.cores.toFixed(2),
      `${cli.spectral.errors} errors`,
    ],
  ];
  if (cli.cache.supported) {
    cliRows.push(['`product-specs check --cache`, first run', ms(cli.cache.firstMs), '', '', '']);
    cliRows.push(['`product-specs check --cache`, unchanged re-run', ms(cli.cache.rerunMs), '', '', '']);
  } else {
    cliRows.push(['`product-specs check --cache`', 'not supported yet', '', '', '']);
  }
  const cliTable = table(['Scenario', 'Median wall time', 'Median CPU time', 'Cores used', 'Reported'], cliRows);
  const a = r.activation;
  const clientTable = table(
    ['Measure', 'Value'],
    [
      ...[a.production, a.development].filter(Boolean).flatMap((b) => [
        [`Client bundle from \`${b.bundle}\` (${(b.bundleBytes / 1024).toFixed(0)} KB): ${b.measured}, median of ${b.runs} fresh processes`, ms(b.activateMs)],
        ['… of which `require()` and top-level evaluation', ms(b.requireMs)],
      ]),
      ['.vsix size', a.vsix.available ? `${(a.vsix.bytes / 1024 / 1024).toFixed(2)} MB` : `not measured: ${a.vsix.reason}`],
    ],
  );
  const targetTable = table(
    ['Target', 'Measured', 'Result'],
    checks.map((c) => [c.target, c.measured, `**${c.result}**`]),
  );
  return `# Performance

Product Specs is measured with \`npm run bench\` against yaml-language-server ${lsp.versions.yaml} and Spectral
${cli.spectralVersion}, in the same run and under the same Node. The figures below are from the last run; the
targets come from the performance issue and every one is checked with every rule and cross-file check on
(the default configuration).

**${checks.filter((c) => c.result === 'PASS').length} of ${checks.length} targets pass.**${failed.length ? ` Failing: ${failed.map((c) => c.target.replace(/`/g, '')).join('; ')}.` : ''}

## Targets

${targetTable}

## Editor: open and edit

Median milliseconds from sending the document to the server until its diagnostics for that version arrive.
Open: ${lsp.opens} opens per size, each on a freshly started server that has the roadmap's folder (the roadmap, its
vision and its team charter) as workspace; the opened text differs from the file on disk in one title, so nothing
can be reused from the start-up scan. Edit: one character typed or deleted at the end of the middle item's
title, ${lsp.edits} edits after ${lsp.warmupEdits} warm-up edits, one at a time. Each server waits its own default delay
before validating (yaml-language-server 200 ms, ours ${r.ourDelay}).

${editor}

The same roadmaps, vision and charter with CRLF line breaks (as git checks them out for most Windows users), measured
in the same run; "Ours ÷ LF" is our median with CRLF divided by our median with LF:

${crlfTable(r, table, { ms, times, ratio, lines })}

Both servers report the ten schema errors of every roadmap. yaml-language-server gets the roadmap schema through
its \`yaml.schemas\` setting (answered in \`workspace/configuration\` and sent with
\`workspace/didChangeConfiguration\`); the schema store is off.

## Workspace: cold start and memory

Our server started on a workspace of ${lines(cold.files)} spec files of about ${r.manifest.workspace.averageLines} lines (100 products, each with a vision, a
team charter and 8 roadmaps), with one roadmap open in the editor from the start and a request on it every 20 ms
until every file's diagnostics have arrived. "Without blocking" is read as: no request waits more than 100 ms.
Memory is the server's peak resident set (VmHWM) once the 1,000 files are indexed and the 55,000-line roadmap is
open, the target's scenario; the peak after three more edits of the open roadmap is shown next to it.${cold.methodSupported ? '' : ` The server does not offer \`${cold.method}\` yet, so the request is answered with an error; its round trip still shows whether the server is free to answer.`}

${coldTable}

## Command line

Median of ${cli.ours.runs.length} runs, output to a file. Cores used is CPU time (user and system) divided by wall time;
"using both cores" is read as at least 1.5 on this machine's ${m.cores} cores.

${cliTable}

## Client

${clientTable}

## Inputs

Generated by \`bench/generate.js\` into \`.bench/\` (git-ignored), the same every time (seeded):

- Roadmaps of ${r.manifest.sizes.map((s) => `${lines(s.items)} items (${lines(s.lines)} lines)`).join(', ')}, shaped like
  \`examples/acme/acme.roadmap.yaml\`, each with exactly ten schema errors (wrong enum values, unknown keys) and
  otherwise valid against \`schemas/roadmap.schema.json\`, next to a matching vision and team charter.
- A workspace of ${lines(cold.files)} spec files of about ${r.manifest.workspace.averageLines} lines.
- ${cli.files} roadmaps of about ${lines(cli.averageLines)} lines with ten schema errors each, with one vision and one charter.

## Machine
${busy(m) ? `\nThe machine had other work running during this run (load average up to ${m.loadMax.toFixed(1)} on ${m.cores} cores), so the wall times\nabove are higher and noisier than on an idle machine; CPU times and ratios between tools measured side by side are\nless affected.\n` : ''}
| | |
|---|---|
| CPU | ${m.cpu}, ${m.cores} cores |
| Memory | ${m.memoryGb.toFixed(0)} GB |
| Node | ${m.node} |
| OS | ${m.os} |
| Date | ${m.date} |
| Commit measured | ${m.commit} |
| Load average (1 min): before / highest / after | ${m.loadBefore.toFixed(2)} / ${m.loadMax.toFixed(2)} / ${m.loadAfter.toFixed(2)} |
| Bench duration | ${Math.round(r.durationMs / 1000)} s |
`;
}

/** Runs one part of the bench; when it fails, says so and goes on with placeholder figures (reported as n/a). */
function guarded(what, log, run, fallback) {
  try {
    return run();
  } catch (caught) {
    const error = /** @type {Error} */ (caught);
    log(`  ${what} failed: ${error.stack || error}`);
    return { ...fallback(), error: String(error.message || error) };
  }
}

async function main() {
  const started = Date.now();
  const log = (line) => console.log(line);
  const m = machine();
  const load = [m.loadBefore];
  const sampler = setInterval(() => load.push(os.loadavg()[0]), 5000);
  sampler.unref();
  if (m.loadBefore > m.cores * 0.5) log(`Note: the machine is busy (load average ${m.loadBefore.toFixed(2)} on ${m.cores} cores); figures will be noisy.`);
  log('Generating inputs…');
  const manifest = generate({ log });
  log('Language servers…');
  const lsp = await runLsp(manifest, { log });
  log('Command line…');
  const cli = guarded(
    'command line',
    log,
    () => runCli(manifest, { log }),
    () => {
      const none = { medianMs: NaN, cpuMs: NaN, cores: NaN, runs: [] };
      return {
        files: manifest.cli.roadmaps,
        checkedByUs: manifest.cli.files,
        averageLines: manifest.cli.averageLines,
        spectralVersion: 'n/a',
        ours: { ...none, findings: 'n/a', schemaErrors: 'n/a' },
        spectral: { ...none, errors: 'n/a' },
        cache: { supported: false },
      };
    },
  );
  log('Client…');
  const activation = guarded(
    'client',
    log,
    () => runActivation({ log }),
    () => ({
      bundle: 'n/a',
      bundleBytes: NaN,
      runs: 0,
      requireMs: NaN,
      activateMs: NaN,
      measured: 'not measured',
      vsix: { available: false, reason: 'not measured' },
    }),
  );
  clearInterval(sampler);
  m.loadAfter = os.loadavg()[0];
  m.loadMax = Math.max(...load, m.loadAfter);
  const delay = /validationDelay:\s*(\d+)/.exec(fs.readFileSync(path.join(ROOT, 'server', 'src', 'lsp', 'settings.ts'), 'utf8'));
  const results = { machine: m, manifest, lsp, cli, activation, ourDelay: delay ? `${delay[1]} ms` : 'its default', durationMs: Date.now() - started };
  const checks = targets(results);
  const doc = markdown(results, checks);
  fs.mkdirSync(path.dirname(DOC), { recursive: true });
  // A section written by hand at the end of the page (from its heading on) is kept as it is.
  const previous = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '';
  const kept = previous.indexOf(`\n${KEPT_SECTION}\n`);
  fs.writeFileSync(DOC, kept >= 0 ? `${doc}${previous.slice(kept)}` : doc);
  fs.writeFileSync(path.join(ROOT, '.bench', 'results.json'), JSON.stringify({ ...results, targets: checks }, null, 2) + '\n');
  log('');
  log(doc);
  log(`Written to ${path.relative(process.cwd(), DOC)}; raw figures in ${path.relative(process.cwd(), path.join(ROOT, '.bench', 'results.json'))}.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
