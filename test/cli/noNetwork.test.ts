import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goldenCli, ROOT, runCli, type JsonFinding } from '../helpers/cli';
import { brief, LspClient, uri } from '../helpers/lspClient';

/**
 * Nothing in a workspace is executed: the command line and the language server run on specs and a
 * `.productspecs.yaml` full of `$schema` and `$ref` addresses, code tags, `__proto__` keys and
 * addresses as globs, with a preload (test/fixtures/no-network/trap.js) that writes down and refuses
 * every attempt to reach the network, start a process, evaluate code or load a module from
 * outside the package.
 */

const FIXTURES = path.join('test', 'fixtures', 'no-network');
const TRAP = path.join(ROOT, FIXTURES, 'trap.js');
const HOSTILE = `${FIXTURES}/hostile`.split(path.sep).join('/');
const HARMLESS = `${FIXTURES}/harmless`.split(path.sep).join('/');
const HOSTILE_CONFIG = `${FIXTURES}/hostile-config`.split(path.sep).join('/');
const GOLDEN = path.join('test', 'cli', 'golden');

interface Trapped<T> {
  readonly result: T;
  /** Every refused attempt, one line each; empty when there was none. */
  readonly attempts: string;
  /** The programs the trap was loaded into, one line each. */
  readonly loaded: string;
  /** Hashes of the sources compiled from strings (Function constructor, vm), sorted. */
  readonly compiled: string[];
}

/** Runs `action` with an environment that preloads the trap into the child processes it starts. */
async function trapped<T>(action: (env: NodeJS.ProcessEnv) => T | Promise<T>): Promise<Trapped<T>> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-trap-'));
  try {
    const log = path.join(folder, 'attempts.log');
    fs.writeFileSync(log, '');
    const result = await action({ PRODUCT_SPECS_TRAP: log, NODE_OPTIONS: `--require ${JSON.stringify(TRAP)}` });
    const compiled = fs.existsSync(`${log}.compiled`) ? fs.readFileSync(`${log}.compiled`, 'utf8').split('\n').filter(Boolean).sort() : [];
    const loaded = fs.existsSync(`${log}.loaded`) ? fs.readFileSync(`${log}.loaded`, 'utf8') : '';
    return { result, attempts: fs.readFileSync(log, 'utf8'), loaded, compiled };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function jsonFindings(output: string): Map<string, ReturnType<typeof brief>[]> {
  const files = (JSON.parse(output) as { files: Array<{ file: string; findings: JsonFinding[] }> }).files;
  return new Map(
    files.map(({ file, findings }) => [
      file,
      findings.map((f) => ({ range: `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, severity: f.severity, code: f.code, message: f.message })),
    ]),
  );
}

/** The standard output of a rendered command-line run. */
const stdoutOf = (run: string): string => run.slice(run.indexOf('--- stdout\n') + '--- stdout\n'.length, run.indexOf('--- stderr\n'));

const byText = (a: object, b: object): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('nothing in a workspace is executed', function () {
  this.timeout(60_000);

  it('the trap writes down and refuses every kind of attempt (so its silence below means something)', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-trap-control-'));
    const script = path.join(folder, 'attempts.js');
    fs.writeFileSync(path.join(folder, 'payload.js'), 'module.exports = 1;\n');
    fs.writeFileSync(
      script,
      `const attempts = [
  () => require('node:net').connect(9, 'evil.example'),
  () => new (require('node:net').Socket)().connect(9, 'evil.example'),
  () => require('node:tls').connect(443, 'evil.example'),
  () => require('node:http').get('http://evil.example/schema.json'),
  () => require('node:https').request('https://evil.example/schema.json'),
  () => require('node:dns').lookup('evil.example', () => {}),
  () => require('node:dns').promises.resolveTxt('evil.example'),
  () => fetch('https://evil.example/schema.json'),
  () => require('node:child_process').spawn('sh', ['-c', 'true']),
  () => require('node:child_process').execSync('true'),
  () => require('node:child_process').fork('worker.js'),
  () => require('node:vm').runInNewContext('1'),
  () => new (require('node:vm').Script)('2'),
  () => eval('3'),
  () => require('./payload.js'),
  () => new Function('return 4')(),
  () => Function('return 5')(),
  () => (() => {}).constructor('return 6')(),
  () => { Object.prototype.polluted = true; },
];
for (const attempt of attempts) {
  try { attempt(); } catch {}
}
`,
    );
    const run = await trapped((env) => spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8' }));
    fs.rmSync(folder, { recursive: true, force: true });
    assert.equal(run.result.status, 0, run.result.stderr);
    assert.equal(run.loaded, 'attempts.js\n');
    assert.equal(
      run.attempts,
      [
        'net.connect(9, "evil.example")',
        'net.Socket.connect(9, "evil.example")',
        'tls.connect(443, "evil.example")',
        'http.get("http://evil.example/schema.json")',
        'https.request("https://evil.example/schema.json")',
        'dns.lookup("evil.example", function)',
        'dns.promises.resolveTxt("evil.example")',
        'globalThis.fetch("https://evil.example/schema.json")',
        'child_process.spawn("sh", ["-c","true"])',
        'child_process.execSync("true")',
        'child_process.fork("worker.js")',
        'globalThis.eval("3")',
        'require("./payload.js")',
        'Object.prototype gained polluted',
        '',
      ].join('\n'),
    );
    const sha = (source: string): string => createHash('sha256').update(source).digest('hex');
    assert.deepEqual(run.compiled, [sha('1'), sha('2'), sha('return 4'), sha('return 5'), sha('return 6')].sort());
  });

  describe('the command line', () => {
    it('check: the findings on $schema, $ref, code tags and __proto__ keys, and nothing else happens', async () => {
      const hostile = await trapped((env) => goldenCli(GOLDEN, 'no-network-check', ['check', HOSTILE], { env }));
      const harmless = await trapped((env) => runCli(['check', HARMLESS], { env }));
      assert.equal(hostile.loaded, 'product-specs.js\n');
      assert.equal(hostile.attempts, '');
      assert.deepEqual(hostile.compiled, harmless.compiled, 'the code compiled does not depend on the workspace');
    });

    it('reports $schema and $ref as unknown properties: they are never followed', async () => {
      const run = await trapped((env) => runCli(['check', HOSTILE, '--format', 'json'], { env }));
      assert.deepEqual([run.loaded, run.attempts], ['product-specs.js\n', '']);
      const refs = [...jsonFindings(stdoutOf(run.result))].flatMap(([file, findings]) =>
        findings.filter((finding) => /"\$(ref|schema)"/.test(finding.message)).map((finding) => `${path.posix.basename(file)}:${finding.range} ${finding.code} ${finding.message}`),
      );
      assert.deepEqual(refs, [
        'product.roadmap.yaml:3:1-3:8 schema/unknown-property Unknown property "$schema" in the top of the file. Allowed here: apiVersion, kind, metadata, spec.',
        'product.roadmap.yaml:10:3-10:7 schema/unknown-property Unknown property "$ref" in spec. Allowed here: format, disclaimer, objectives, themes, items.',
        'product.roadmap.yaml:18:7-18:11 schema/unknown-property Unknown property "$ref" in spec.items[0] ("fetch-me").',
        'product.vision.yaml:1:1-1:8 schema/unknown-property Unknown property "$schema" in the top of the file. Allowed here: apiVersion, kind, metadata, spec.',
        'product.vision.yaml:7:3-7:7 schema/unknown-property Unknown property "$ref" in metadata. Allowed here: id, product, owner, status, lastReviewed.',
        'product.vision.yaml:17:5-17:9 schema/unknown-property Unknown property "$ref" in spec.horizon. Allowed here: years.',
        'team.charter.yaml:6:3-6:10 schema/unknown-property Unknown property "$schema" in metadata. Allowed here: id, owner, status, lastReviewed.',
        'team.charter.yaml:15:7-15:11 schema/unknown-property Unknown property "$ref" in spec.members[0] ("dana"). Allowed here: id, name, role, reportsTo, teams, startDate, coaching.',
      ]);
    });

    it('report: the same workspace gives a report, and nothing else happens', async () => {
      const hostile = await trapped((env) => goldenCli(GOLDEN, 'no-network-report', ['report', HOSTILE], { env }));
      const harmless = await trapped((env) => runCli(['report', HARMLESS], { env }));
      assert.equal(hostile.loaded, 'product-specs.js\n');
      assert.equal(hostile.attempts, '');
      assert.deepEqual(hostile.compiled, harmless.compiled);
    });

    it('a .productspecs.yaml with $schema, $ref, extends, plugins, a code tag and __proto__ is a configuration error, and nothing else happens', async () => {
      const check = await trapped((env) => goldenCli(GOLDEN, 'no-network-config', ['check', HOSTILE_CONFIG], { env }));
      const report = await trapped((env) => goldenCli(GOLDEN, 'no-network-config-report', ['report', HOSTILE_CONFIG], { env }));
      assert.deepEqual([check.loaded, check.attempts, report.loaded, report.attempts], ['product-specs.js\n', '', 'product-specs.js\n', '']);
    });
  });

  describe('the language server', () => {
    /** Starts the server on a folder, waits for the diagnostics of every spec in it, stops it. */
    const serve = (folder: string, expected: Map<string, ReturnType<typeof brief>[]>) =>
      trapped(async (env) => {
        const client = await LspClient.start(path.join(ROOT, folder), { env });
        try {
          const shown = new Map<string, ReturnType<typeof brief>[]>();
          for (const [file, findings] of expected) {
            const published = await client.waitForDiagnostics(uri(path.join(ROOT, file)), (params) => params.diagnostics.length === findings.length);
            shown.set(file, published.diagnostics.map(brief).sort(byText));
          }
          return shown;
        } finally {
          await client.stop();
          await client.exited;
        }
      });

    it('shows what the command line prints, and nothing else happens', async () => {
      const expected = jsonFindings(stdoutOf(runCli(['check', HOSTILE, '--format', 'json'])));
      assert.deepEqual(
        [...expected.keys()],
        ['product.roadmap.yaml', 'product.vision.yaml', 'team.charter.yaml'].map((name) => `${HOSTILE}/${name}`),
      );
      const hostile = await serve(HOSTILE, expected);
      assert.deepEqual(hostile.result, new Map([...expected].map(([file, findings]) => [file, [...findings].sort(byText)])));
      assert.deepEqual([hostile.loaded, hostile.attempts], ['server.js\n', '']);
      const harmless = await serve(HARMLESS, jsonFindings(stdoutOf(runCli(['check', HARMLESS, '--format', 'json']))));
      assert.equal(harmless.attempts, '');
      assert.deepEqual(hostile.compiled, harmless.compiled, 'the code compiled does not depend on the workspace');
    });
  });
});
