'use strict';
// Client bundle activation: require() of dist/client/extension.js with a stub `vscode` module, then
// activate() with a fake extension context, timed up to the moment the language client forks the server
// (the fork itself is intercepted: no server starts). Each run is a fresh Node process, so the require is cold.
// Also the size of the .vsix when the project has an `npm run package` script.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { median } = require('./lib/stats');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'dist', 'client', 'extension.js');
const RUNS = 15;

/** Runs inside the child process: prints one JSON line with the timings. */
async function child() {
  /** @type {{ _resolveFilename: (request: string, ...rest: unknown[]) => string }} Node's internal resolver. */
  const Module = /** @type {any} */ (require('node:module'));
  const childProcess = require('node:child_process');
  const { performance } = require('node:perf_hooks');
  const stub = path.join(__dirname, 'lib', 'vscode-stub.js');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
  };
  require(stub); // the stub's own loading is not the extension's
  let forkedAt;
  let forked;
  const stop = new Error('bench: the server is not started');
  for (const name of ['fork', 'spawn']) {
    childProcess[name] = (command) => {
      forkedAt = forkedAt ?? performance.now();
      forked = forked ?? String(command);
      throw stop;
    };
  }
  const context = {
    subscriptions: [],
    extensionPath: ROOT,
    extensionUri: { fsPath: ROOT, scheme: 'file', path: ROOT },
    asAbsolutePath: (relative) => path.join(ROOT, relative),
    storagePath: undefined,
    globalStoragePath: path.join(ROOT, '.bench', 'global-storage'),
    logPath: path.join(ROOT, '.bench', 'logs'),
    extensionMode: 1,
    globalState: { get: (_k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} },
    workspaceState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => ({ dispose() {} }) },
    environmentVariableCollection: { replace() {}, append() {}, prepend() {}, get() {}, forEach() {}, delete() {}, clear() {} },
  };
  const t0 = performance.now();
  const extension = require(BUNDLE);
  const t1 = performance.now();
  let activateError;
  const activation = Promise.resolve()
    .then(() => extension.activate(context))
    .catch((error) => {
      if (error !== stop) activateError = String(error && error.message ? error.message : error);
    });
  await Promise.race([activation, new Promise((r) => setTimeout(r, 3000))]);
  const t2 = performance.now();
  process.stdout.write(
    JSON.stringify({
      requireMs: t1 - t0,
      toForkMs: forkedAt === undefined ? null : forkedAt - t0,
      activateSettledMs: t2 - t0,
      forked: forked ? path.relative(ROOT, forked) : null,
      activateError,
    }) + '\n',
  );
  process.exit(0);
}

function vsixSize(log) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (!pkg.scripts || !pkg.scripts.package) {
    log('  .vsix: skipped, there is no `npm run package` script yet');
    return { available: false, reason: 'no `npm run package` script yet' };
  }
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, encoding: 'utf8', timeout: 300000 });
  const made = fs
    .readdirSync(ROOT)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ f, stat: fs.statSync(path.join(ROOT, f)) }))
    .filter(({ stat }) => stat.mtimeMs >= started - 1000)
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  if (result.status !== 0 || made.length === 0) {
    const reason = `npm run package failed: ${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join(' ')}`;
    log(`  .vsix: ${reason}`);
    return { available: false, reason };
  }
  const bytes = made[0].stat.size;
  log(`  .vsix: ${made[0].f}, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  return { available: true, file: made[0].f, bytes };
}

/** Waits for the machine to settle: packaging leaves esbuild's service process busy for a moment after it exits. */
function settle(ms = 2000) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function measureBundle(label, log) {
  settle();
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = spawnSync(process.execPath, [__filename, '--child'], { cwd: ROOT, encoding: 'utf8', timeout: 30000 });
    const line = result.stdout.trim().split('\n').pop();
    if (result.status !== 0 || !line) throw new Error(`activation run failed: ${result.stderr}`);
    runs.push(JSON.parse(line));
  }
  const reachedFork = runs.every((r) => r.toForkMs !== null);
  const out = {
    bundle: label,
    bundleBytes: fs.statSync(BUNDLE).size,
    runs: RUNS,
    requireMs: median(runs.map((r) => r.requireMs)),
    activateMs: reachedFork ? median(runs.map((r) => r.toForkMs)) : median(runs.map((r) => r.requireMs)),
    measured: reachedFork
      ? 'require + activate() until the client forks the server'
      : 'require + top-level evaluation only (activate() did not reach the server start with the stub)',
    activateError: reachedFork ? undefined : runs.map((r) => r.activateError).find(Boolean),
  };
  log(`  client bundle (${label}): ${out.measured}: median ${out.activateMs.toFixed(1)} ms (require alone ${out.requireMs.toFixed(1)} ms)`);
  return out;
}

/**
 * Activation of the development bundle (`npm run build`), then the .vsix; when packaging works, activation of
 * the production bundle it ships, after which the development bundles are restored.
 */
function runActivation({ log = console.log } = {}) {
  const development = measureBundle('npm run build', log);
  const vsix = vsixSize(log);
  let production;
  if (vsix.available) {
    try {
      production = measureBundle('npm run package', log);
    } finally {
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.js')], { cwd: ROOT, encoding: 'utf8' });
    }
  }
  return { ...(production ?? development), development, production, vsix };
}

module.exports = { runActivation };

if (require.main === module) {
  if (process.argv.includes('--child')) {
    child().catch((error) => {
      console.error(error);
      process.exit(1);
    });
  } else {
    console.log(JSON.stringify(runActivation(), null, 2));
  }
}
