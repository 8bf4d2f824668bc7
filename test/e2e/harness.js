// @ts-check
'use strict';
// Drives a real VS Code (code-server) in headless Chromium for end-to-end tests.
//
//   const { launch } = require('./harness');
//   const vsc = await launch({ workspace: 'examples/acme', vsix: 'product-specs.vsix', artifactsDir: 'out/e2e' });
//   try {
//     await vsc.openFile('vision.yaml');
//     await vsc.waitForText('.view-lines', 'name:');
//     await vsc.screenshot('vision');
//   } finally {
//     await vsc.close();
//   }
//
// Everything a session starts (code-server's process group, the browser) is killed by close(),
// and its temporary folders are deleted. Nothing here sleeps for a fixed time: every step waits
// for what the page shows.

const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const crypto = require('crypto');
const { spawn, spawnSync } = require('child_process');
const install = require('./install');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_ARTIFACTS = path.join(PROJECT_ROOT, 'out', 'e2e-artifacts');
const SESSION_ENV = 'PRODUCT_SPECS_E2E_SESSION';

const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Sessions not yet closed, so that an exiting test process never leaves code-server behind.
const live = new Set();

/** True while `pid` runs (a zombie, killed and waiting to be reaped, no longer counts). */
function running(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** `pids` and every process below them (read before killing: orphans move to init). */
function withDescendants(pids) {
  const children = new Map();
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    /* no /proc */
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(e));
    } catch {
      /* gone */
    }
  }
  const all = new Set(pids);
  const queue = [...pids];
  while (queue.length) {
    for (const child of children.get(queue.pop()) || []) {
      if (!all.has(child)) {
        all.add(child);
        queue.push(child);
      }
    }
  }
  return all;
}

function killSessionSync(session) {
  // Some of Chromium's helper processes start with an environment of their own (without the
  // session marker): they are found as descendants.
  const pids = withDescendants([...pidsOfSession(session.id), ...session.processGroups]);
  for (const pgid of session.processGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  // Folders are deleted once nothing killed can still write into them (this runs in exit hooks
  // too, so it waits synchronously, for at most 5 s).
  const deadline = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while ([...pids].some(running) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
  // A process that has just died may still have a file being created under a folder being
  // removed (ENOTEMPTY): retry a few times.
  try {
    fs.rmSync(session.root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  } catch {
    /* best effort */
  }
}

let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const s of live) killSessionSync(s);
  });
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      for (const s of live) killSessionSync(s);
      live.clear();
      // Die of the signal as usual unless someone else (a test runner) handles it.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

/** Pids of processes carrying this session's marker in their environment (the whole tree we started). */
function pidsOfSession(id) {
  const needle = Buffer.from(`${SESSION_ENV}=${id}\0`);
  const pids = [];
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const env = fs.readFileSync(`/proc/${e}/environ`);
      if (env.includes(needle)) pids.push(Number(e));
    } catch {
      /* gone or not ours */
    }
  }
  return pids;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

function copyDir(src, dest) {
  fs.cpSync(src, dest, { recursive: true, dereference: true });
}

function since(t0) {
  return Date.now() - t0;
}

/** Runs code-server's CLI once (e.g. --install-extension) and returns its output. */
function runCodeServerCli(session, args) {
  const { p, env } = session;
  const res = spawnSync(p.nodeBin, [p.codeServerEntry, ...session.commonArgs, ...args], {
    env,
    encoding: 'utf8',
    timeout: 180000,
  });
  const out = `${res.stdout || ''}${res.stderr || ''}`;
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${res.status}):\n${out}`);
  return out;
}

/**
 * Starts code-server and a browser on a copy of `workspace`.
 *
 * options:
 *   workspace     folder to copy into a temporary workspace (required)
 *   vsix          packaged extension to install first (optional)
 *   settings      extra user settings, merged over the defaults
 *   artifactsDir  where screenshots and logs go (default out/e2e-artifacts)
 *   timeout       ms for startup steps (default 60000)
 *   viewport      { width, height } (default 1280 x 800)
 *   codeServerArgs  extra command-line arguments for code-server
 *   env           extra environment variables for code-server and the extension host it starts
 *   screen        { width, height } the page reports as its screen (default: the viewport)
 *   query         extra query parameters of the workbench URL, or a function ({ port, dirs }) returning them
 *   log           function(line) for progress lines (default: stderr); pass null to silence
 */
async function launch(options = {}) {
  if (!options.workspace) throw new Error('launch: options.workspace is required');
  const log = options.log === null ? () => {} : options.log || ((m) => process.stderr.write(`[e2e] ${m}\n`));
  const timeout = options.timeout || 60000;
  const timings = {};
  const t0 = Date.now();

  const p = install.ensureInstalled({ quiet: true });
  timings.installCheckMs = since(t0);

  const id = crypto.randomBytes(6).toString('hex');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-e2e-'));
  const artifactsDir = path.resolve(options.artifactsDir || DEFAULT_ARTIFACTS);
  fs.mkdirSync(artifactsDir, { recursive: true });
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    browserProfile: path.join(root, 'browser-profile'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    workspace: path.join(root, 'workspace', path.basename(path.resolve(options.workspace))),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });

  const session = {
    id,
    root,
    p,
    processGroups: new Set(),
    closed: false,
    env: {
      ...install.node24Env(p),
      // Keeps code-server's own config and logs out of the home directory.
      XDG_CONFIG_HOME: dirs.xdgConfig,
      XDG_DATA_HOME: dirs.xdgData,
      XDG_CACHE_HOME: path.join(root, 'xdg-cache'),
      [SESSION_ENV]: id,
      // Extra variables for code-server and what it starts (the extension host inherits them).
      ...(options.env || {}),
    },
    commonArgs: ['--config', path.join(root, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions],
  };
  delete session.env.npm_config_nodedir;
  installExitHooks();
  live.add(session);

  const vsc = {
    dirs,
    timings,
    artifactsDir,
    port: 0,
    url: '',
    page: /** @type {import('playwright-core').Page | null} */ (null),
    context: /** @type {import('playwright-core').BrowserContext | null} */ (null),
    codeServer: /** @type {import('node:child_process').ChildProcess | null} */ (null),
    codeServerLogFile: '',
    /** @type {string[]} */
    consoleMessages: [],
  };
  try {
    fs.writeFileSync(path.join(root, 'config.yaml'), 'auth: none\ncert: false\n');
    const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...(options.settings || {}) }, null, 2));
    copyDir(path.resolve(options.workspace), dirs.workspace);

    if (options.vsix) {
      const t = Date.now();
      const out = runCodeServerCli(session, ['--install-extension', path.resolve(options.vsix), '--force']);
      timings.installExtensionMs = since(t);
      log(`installed ${path.basename(options.vsix)} in ${timings.installExtensionMs} ms: ${out.trim().split('\n').pop()}`);
    }

    // code-server
    let t = Date.now();
    const port = await freePort();
    vsc.port = port;
    const csLogFile = path.join(root, 'code-server.log');
    const csLog = fs.openSync(csLogFile, 'a');
    const child = spawn(
      p.nodeBin,
      [
        p.codeServerEntry,
        ...session.commonArgs,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        // Guard against orphans: if this process dies without close(), code-server exits by
        // itself once nothing has talked to it for five minutes.
        '--idle-timeout-seconds',
        '300',
        // VS Code otherwise runs `$SHELL -i -l -c` to read the login environment before starting
        // the extension host, and gives up only after 10 s when that shell does not return.
        '--vscode-option',
        'force-disable-user-env',
        ...(options.codeServerArgs || []),
        dirs.workspace,
      ],
      { env: session.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    session.processGroups.add(child.pid);
    vsc.codeServer = child;
    vsc.codeServerLogFile = csLogFile;
    session.logFd = csLog;
    await new Promise((resolve, reject) => {
      /** @type {string | null} */
      let buf = '';
      const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${timeout} ms:\n${buf}`)), timeout);
      const onData = (chunk) => {
        if (!session.closed) {
          try {
            fs.writeSync(csLog, chunk);
          } catch {
            /* log is best effort */
          }
        }
        if (buf === null) return;
        buf += chunk.toString();
        if (buf.includes(`HTTP server listening on http://127.0.0.1:${port}`)) {
          clearTimeout(timer);
          buf = null; // listening: stop collecting, the log file keeps the rest
          resolve(undefined);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code, sig) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code ?? sig}) before listening:\n${buf}`));
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
    child.removeAllListeners('exit');
    timings.codeServerListenMs = since(t);
    log(`code-server listening on 127.0.0.1:${port} after ${timings.codeServerListenMs} ms`);

    // browser
    t = Date.now();
    const { chromium } = require('playwright-core');
    const context = await chromium.launchPersistentContext(dirs.browserProfile, {
      executablePath: p.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      // Chromium writes crash reports under XDG_CONFIG_HOME even with its own profile folder.
      env: { ...process.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_CACHE_HOME: path.join(root, 'xdg-cache'), [SESSION_ENV]: id },
      viewport: options.viewport || { width: 1280, height: 800 },
      ...(options.screen ? { screen: options.screen } : {}),
      timeout,
    });
    vsc.context = context;
    const page = context.pages()[0] || (await context.newPage());
    vsc.page = page;
    page.setDefaultTimeout(timeout);
    page.on('console', (m) => vsc.consoleMessages.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => vsc.consoleMessages.push(`[pageerror] ${e.message}`));
    timings.browserLaunchMs = since(t);

    t = Date.now();
    const query = typeof options.query === 'function' ? options.query({ port, dirs }) : options.query || {};
    vsc.url =
      `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}` +
      Object.entries(query)
        .map(([k, v]) => `&${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join('');
    await page.goto(vsc.url);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
    // The workbench is usable once the explorer shows the folder's files.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout });
    timings.workbenchReadyMs = since(t);
    timings.totalLaunchMs = since(t0);
    log(`workbench ready after ${timings.workbenchReadyMs} ms (launch total ${timings.totalLaunchMs} ms)`);
  } catch (err) {
    if (vsc.page) await vsc.page.screenshot({ path: path.join(artifactsDir, 'launch-failure.png') }).catch(() => {});
    await close(vsc, session, { keepArtifacts: true, name: 'launch-failure' }).catch(() => {});
    throw err;
  }

  // Started: the browser's page and context are set.
  const started = /** @type {typeof vsc & { page: import('playwright-core').Page, context: import('playwright-core').BrowserContext }} */ (vsc);
  return Object.assign(started, makeHelpers(started, session, timeout));
}

function normalize(s) {
  return String(s)
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

function makeHelpers(vsc, session, defaultTimeout) {
  const page = vsc.page;
  const quickInput = page.locator('.quick-input-widget');
  const quickInputBox = quickInput.locator('.quick-input-box input');

  /** Waits until some element matching `selector` contains `text` (whitespace-normalized; or matches a RegExp). */
  async function waitForText(selector, text, timeout = defaultTimeout) {
    const isRe = text instanceof RegExp;
    const handle = await page.waitForFunction(
      ({ selector, source, flags, isRe }) => {
        const norm = (s) => s.replace(/[\u00a0\s]+/g, ' ').trim();
        const re = isRe ? new RegExp(source, flags) : null;
        for (const el of document.querySelectorAll(selector)) {
          const t = norm(el.innerText || el.textContent || '');
          if (re ? re.test(t) : t.includes(norm(source))) return t;
        }
        return false;
      },
      { selector, source: isRe ? text.source : String(text), flags: isRe ? text.flags : '', isRe },
      { timeout },
    );
    return handle.jsonValue();
  }

  /** Texts of every element matching `selector`, whitespace-normalized. */
  async function texts(selector) {
    return (await page.locator(selector).allInnerTexts()).map(normalize);
  }

  async function closeQuickInput() {
    if (await quickInput.isVisible()) {
      await page.keyboard.press('Escape');
      await quickInput.waitFor({ state: 'hidden' });
    }
  }

  /**
   * Waits for a quick-input row whose label (and description / command id, when given) equals
   * `match`, then accepts it. The list filters asynchronously and may still show the rows of an
   * earlier query, so a row is accepted with Enter once it is the focused one (the best match of
   * the query), or else clicked by its element id while that element still shows the label.
   */
  async function acceptRow(match, what, timeout) {
    const find = ({ match, focusedOnly }) => {
      const norm = (s) => s.replace(/[\u00a0\s]+/g, ' ').trim();
      for (const row of document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')) {
        const label = norm(row.querySelector('.label-name')?.textContent || '');
        const desc = norm(row.querySelector('.label-description')?.textContent || '');
        const id = row.querySelector('[data-quick-input-id]')?.getAttribute('data-quick-input-id') || '';
        const focused = row.classList.contains('focused');
        if (
          (match.label === undefined || label === match.label) &&
          (match.description === undefined || desc === match.description) &&
          (match.id === undefined || id === match.id) &&
          (focused || !focusedOnly)
        ) {
          return { rowId: row.id, focused, label, description: desc, id };
        }
      }
      return false;
    };
    const deadline = Date.now() + timeout;
    const wait = (focusedOnly, ms) => page.waitForFunction(find, { match, focusedOnly }, { timeout: Math.max(ms, 1) }).then((h) => h.jsonValue());
    let found = await wait(true, Math.min(5000, timeout)).catch(() => null);
    if (found) {
      await page.keyboard.press('Enter');
    } else {
      for (;;) {
        found = await wait(false, deadline - Date.now()).catch((err) => {
          throw new Error(`no ${what} matching ${JSON.stringify(match)} in the quick input: ${err.message.split('\n')[0]}`);
        });
        let row = page.locator(`[id="${found.rowId}"]`);
        if (match.label !== undefined) {
          const exact = new RegExp(`^\\s*${match.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
          row = row.filter({ has: page.locator('.label-name', { hasText: exact }) });
        }
        try {
          await row.click({ timeout: Math.min(2000, Math.max(deadline - Date.now(), 1)) });
          break;
        } catch (err) {
          if (Date.now() > deadline) throw new Error(`could not accept the ${what} ${JSON.stringify(match)}: ${/** @type {Error} */ (err).message.split('\n')[0]}`, { cause: err });
        }
      }
    }
    await quickInput.waitFor({ state: 'hidden', timeout: Math.max(deadline - Date.now(), 5000) });
    return found;
  }

  /** Runs a command by its title as shown in the command palette, e.g. "View: Toggle Word Wrap". */
  async function runCommand(title, { timeout = defaultTimeout } = {}) {
    await closeQuickInput();
    await page.keyboard.press('F1');
    await quickInputBox.waitFor({ state: 'visible', timeout });
    await quickInputBox.fill(`>${title}`);
    return acceptRow({ label: title }, 'command', timeout);
  }

  /** Opens a workspace file through quick open (Ctrl+P) and waits for its editor tab to be active. */
  async function openFile(relativePath, { timeout = defaultTimeout } = {}) {
    const rel = relativePath.split(path.sep).join('/');
    const base = path.posix.basename(rel);
    const dir = path.posix.dirname(rel);
    await closeQuickInput();
    await page.keyboard.press('Control+P');
    await quickInputBox.waitFor({ state: 'visible', timeout });
    await quickInputBox.fill(rel);
    await acceptRow(dir === '.' ? { label: base } : { label: base, description: dir }, 'file', timeout);
    await page.locator(`.tabs-container .tab.active[data-resource-name="${base}"]`).waitFor({ state: 'visible', timeout });
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
  }

  /** Shows the Problems panel (without toggling it closed if it is already open). */
  async function openProblems({ timeout = defaultTimeout } = {}) {
    const panel = page.locator('.markers-panel-container');
    if (!(await panel.isVisible())) {
      await runCommand('View: Focus Problems (Errors, Warnings, Infos)', { timeout });
    }
    await panel.waitFor({ state: 'visible', timeout });
    return panel;
  }

  /** Saves a PNG of the page into artifactsDir and returns its path. */
  async function screenshot(name) {
    const file = path.join(vsc.artifactsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  /** Log files VS Code wrote under the user-data-dir (server side, extension host included), path -> text. */
  function vscodeLogs(filter = /./) {
    const out = {};
    const logsDir = path.join(vsc.dirs.userData, 'logs');
    const walk = (d) => {
      for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
        const f = path.join(d, e.name);
        if (e.isDirectory()) walk(f);
        else if (filter.test(path.relative(logsDir, f))) out[path.relative(logsDir, f)] = fs.readFileSync(f, 'utf8');
      }
    };
    walk(logsDir);
    return out;
  }

  /** The extension host's own log plus every extension output channel it wrote. */
  function extensionHostLogs() {
    return vscodeLogs(/exthost/);
  }

  /**
   * Waits until a line of VS Code's server-side logs (files whose path matches `filter`) matches
   * `pattern`, and returns that line. Logs are files, so this re-reads them every 200 ms.
   * e.g. waitForLog(/_doActivateExtension product-specs\.product-specs\b/, { filter: /remoteexthost/ })
   */
  async function waitForLog(pattern, { filter = /./, timeout = defaultTimeout } = {}) {
    const re = pattern instanceof RegExp ? pattern : new RegExp(String(pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const deadline = Date.now() + timeout;
    for (;;) {
      for (const text of Object.values(vscodeLogs(filter))) {
        const line = text.split('\n').find((l) => re.test(l));
        if (line !== undefined) return line;
      }
      if (Date.now() > deadline) throw new Error(`no log line matching ${re} within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Waits for the extension host to activate `extensionId` (publisher.name); returns the log line (it names the activation event). */
  function waitForActivation(extensionId, { timeout = defaultTimeout } = {}) {
    const id = extensionId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return waitForLog(new RegExp(`_doActivateExtension ${id},`, 'i'), { filter: /remoteexthost\.log$/, timeout });
  }

  /** What code-server printed so far (its own log; VS Code's logs are in vscodeLogs()). */
  function codeServerLog() {
    return fs.existsSync(vsc.codeServerLogFile) ? fs.readFileSync(vsc.codeServerLogFile, 'utf8') : '';
  }

  /** Pids of this session's processes whose command line contains `text` (such as the extension's language server). */
  function processesRunning(text) {
    return pidsOfSession(session.id).filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false; // gone
      }
    });
  }

  return {
    runCommand,
    openFile,
    openProblems,
    waitForText,
    texts,
    screenshot,
    closeQuickInput,
    vscodeLogs,
    extensionHostLogs,
    waitForLog,
    waitForActivation,
    codeServerLog,
    processesRunning,
    /** Kills everything this session started and deletes its temporary folders; logs are copied to artifactsDir/logs-<name> when keepLogs is set. */
    close: (opts = {}) => close(vsc, session, opts),
  };
}

async function close(vsc, session, { keepLogs = false, keepArtifacts = false, name = 'session' } = {}) {
  if (session.closed) return;
  session.closed = true;
  const t0 = Date.now();
  if (keepLogs || keepArtifacts) {
    try {
      const dest = path.join(vsc.artifactsDir, `logs-${name}`);
      fs.rmSync(dest, { recursive: true, force: true });
      fs.mkdirSync(dest, { recursive: true });
      const logs = path.join(vsc.dirs.userData, 'logs');
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dest, 'vscode'), { recursive: true });
      if (vsc.codeServerLogFile && fs.existsSync(vsc.codeServerLogFile)) fs.copyFileSync(vsc.codeServerLogFile, path.join(dest, 'code-server.log'));
      fs.writeFileSync(path.join(dest, 'browser-console.log'), vsc.consoleMessages.join('\n') + '\n');
    } catch {
      /* best effort */
    }
  }
  if (vsc.context) {
    await Promise.race([vsc.context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10000).unref())]);
  }
  const child = vsc.codeServer;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
  }
  if (session.logFd !== undefined) {
    try {
      fs.closeSync(session.logFd);
    } catch {
      /* already closed */
    }
  }
  killSessionSync(session); // SIGKILL for whatever is left of the group or the tree, then delete the folders
  live.delete(session);
  vsc.timings.closeMs = Date.now() - t0;
}

module.exports = { launch, BASE_SETTINGS, CHROMIUM_ARGS, PROJECT_ROOT };
