import { createRequire } from 'node:module';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');

interface ActionManifest {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; main: string };
}

/** The GitHub Action as the runner gets it: the repository at a commit, checked out on its own. */
let actionPath: string;
let action: ActionManifest;
let folder: string;

/**
 * Runs the action's entry the way the runner does: `node <action>/<runs.main>` in the workspace, every
 * input as `INPUT_<NAME>` (the default where the workflow gives none), GITHUB_* variables set.
 */
function runAction(workspace: string, inputs: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: actionPath,
    RUNNER_TEMP: os.tmpdir(),
  };
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  for (const name of Object.keys(inputs)) assert.ok(name in action.inputs, `action.yml has no input "${name}"`);
  const result = spawnSync(process.execPath, [path.join(actionPath, action.runs.main)], { cwd: workspace, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace holding a copy of the example workspace at examples/acme, as a repository would. */
function workspaceWithAcme(): string {
  const workspace = fs.mkdtempSync(path.join(folder, 'workspace-'));
  fs.cpSync(path.join(ROOT, 'examples', 'acme'), path.join(workspace, 'examples', 'acme'), { recursive: true });
  return workspace;
}

/** The standard output of a golden run of the command line. */
function goldenStdout(name: string): string {
  const text = fs.readFileSync(path.join(ROOT, 'test', 'cli', 'golden', `${name}.txt`), 'utf8');
  return text.slice(text.indexOf('--- stdout\n') + '--- stdout\n'.length, text.indexOf('--- stderr\n'));
}

/** A validator of the SARIF 2.1.0 JSON Schema (draft-04), with the ajv that ships next to it. */
function sarifValidator(): (log: unknown) => string[] {
  const packageFolder = path.dirname(require.resolve('@microsoft/jest-sarif/package.json'));
  // The draft-04 ajv that ships with the SARIF schema, not the project's own.
  const requireThere = createRequire(path.join(packageFolder, 'package.json'));
  const Ajv = requireThere('ajv') as new (options: object) => {
    addMetaSchema(schema: object): void;
    compile(schema: object): ((data: unknown) => boolean) & { errors?: { dataPath: string; message: string }[] | null };
  };
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(requireThere('ajv/lib/refs/json-schema-draft-04.json') as object);
  const validate = ajv.compile(requireThere('./lib/schemas/sarif-2.1.0-rtm.5.json') as object);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.dataPath} ${error.message}`));
}

describe('GitHub Action', function () {
  this.timeout(60_000);

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-action-'));
    // Only what is committed: no dist/, no node_modules, no build.
    actionPath = path.join(folder, '_actions', 'product-specs', 'product-specs', 'main');
    const clone = spawnSync('git', ['clone', '--quiet', ROOT, actionPath], { encoding: 'utf8' });
    assert.equal(clone.status, 0, clone.stderr);
    action = parse(fs.readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as ActionManifest;
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is a node24 action whose entry is committed and needs no install', () => {
    assert.deepEqual(action.runs, { using: 'node24', main: 'action/main.js' });
    assert.deepEqual(Object.keys(action.inputs), ['paths', 'format', 'max-warnings', 'today', 'sarif-file']);
    assert.equal(fs.existsSync(path.join(actionPath, 'node_modules')), false);
    assert.equal(fs.existsSync(path.join(actionPath, 'dist')), false);
  });

  it('annotates every finding, fails on errors and writes valid SARIF 2.1.0 with the same findings', () => {
    const workspace = workspaceWithAcme();
    const result = runAction(workspace, { paths: 'examples/acme', today: '2026-11-25', 'sarif-file': 'results/product-specs.sarif' });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout, `${goldenStdout('format-github-acme')}SARIF written to results/product-specs.sarif\n`);
    assert.equal(result.stderr, '');

    const sarifText = fs.readFileSync(path.join(workspace, 'results', 'product-specs.sarif'), 'utf8');
    const log = JSON.parse(sarifText) as {
      version: string;
      runs: {
        tool: { driver: { informationUri: string; rules: { id: string; helpUri?: string }[] } };
        results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
      }[];
    };
    assert.deepEqual(sarifValidator()(log), []);
    assert.equal(log.version, '2.1.0');
    // Links go to the published documentation: the runner's folders are gone when the log is read.
    assert.equal(sarifText.includes(actionPath), false);
    assert.equal(sarifText.includes('file:'), false);
    assert.equal(log.runs[0].tool.driver.informationUri, 'https://github.com/product-specs/product-specs#readme');
    const spanOfControl = log.runs[0].tool.driver.rules.find((rule) => rule.id === 'team-development/span-of-control');
    assert.equal(spanOfControl?.helpUri, 'https://github.com/product-specs/product-specs/blob/main/docs/rules/team-development/span-of-control.md');
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    assert.equal(annotations.length, 9);
    assert.deepEqual(
      log.runs[0].results.map((finding) => {
        const { artifactLocation, region } = finding.locations[0].physicalLocation;
        return `${finding.level === 'note' ? 'notice' : finding.level} file=${artifactLocation.uri},line=${region.startLine},col=${region.startColumn} ${finding.ruleId}`;
      }),
      annotations.map((line) => line.replace(/^::(\w+) (file=[^,]+,line=\d+,col=\d+),endLine=\d+,endColumn=\d+,title=([^:]+)::.*$/, '$1 $2 $3')),
    );
  });

  it('checks the paths given one per line and fails on more warnings than max-warnings', () => {
    const workspace = workspaceWithAcme();
    const vision =
      '::warning file=examples/acme/acme.vision.yaml,line=112,col=7,endLine=112,endColumn=25,title=vision/goal-without-metric::Goal "be-recommended" has no metric: add the metric that measures progress and its target, so the goal can guide trade-offs.\n';
    const paths = 'examples/acme/acme.vision.yaml\nexamples/acme/team.charter.yaml\n';
    assert.deepEqual(runAction(workspace, { paths: 'examples/acme/acme.vision.yaml', 'max-warnings': '1' }), { status: 0, stdout: vision, stderr: '' });
    assert.deepEqual(runAction(workspace, { paths: 'examples/acme/acme.vision.yaml', 'max-warnings': '0' }), {
      status: 1,
      stdout: vision,
      stderr: 'product-specs: 1 warnings, more than --max-warnings 0.\n',
    });
    const twoPaths = runAction(workspace, { paths, format: 'stylish' });
    assert.equal(twoPaths.status, 0, twoPaths.stderr);
    assert.match(
      twoPaths.stdout,
      /^examples\/acme\/acme\.vision\.yaml\n[^]*\nexamples\/acme\/team\.charter\.yaml\n[^]*\n\d+ problems \(0 errors, \d+ warnings, \d+ info\) in 2 files checked\.\n$/,
    );
  });

  it('turns a bad input or a usage error into an error annotation and exit code 2, writing no SARIF', () => {
    const workspace = workspaceWithAcme();
    assert.deepEqual(runAction(workspace, { format: 'xml' }), {
      status: 2,
      stdout: '::error title=product-specs::The input "format" is "xml": use one of github, stylish, json, sarif.\n',
      stderr: '',
    });
    assert.deepEqual(runAction(workspace, { 'max-warnings': 'some' }), {
      status: 2,
      stdout: '::error title=product-specs::The input "max-warnings" is "some": use a whole number of 0 or more, or leave it empty.\n',
      stderr: '',
    });
    assert.deepEqual(runAction(workspace, { paths: 'no/such/folder', 'sarif-file': 'out.sarif' }), {
      status: 2,
      stdout: '::error title=product-specs::No such file or folder: no/such/folder\n',
      stderr: 'product-specs: No such file or folder: no/such/folder\n',
    });
    assert.equal(fs.existsSync(path.join(workspace, 'out.sarif')), false);
  });
});
