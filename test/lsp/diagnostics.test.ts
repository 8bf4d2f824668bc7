import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { brief, copyFixture, LspClient, uri } from '../helpers/lspClient';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/lsp/basic');

/** The YAML and schema diagnostics only: hints have tests of their own. */
const structural = (params: PublishDiagnosticsParams) => params.diagnostics.map(brief).filter((d) => /^(yaml|schema|spec)\//.test(d.code));

const ENUM_ERROR = {
  range: '17:14-17:18',
  severity: 'error',
  code: 'schema/enum',
  message: '"done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released.',
};

describe('language server diagnostics over stdio', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;
  let roadmap: string;

  beforeEach(async () => {
    folder = copyFixture(FIXTURE);
    roadmap = uri(path.join(folder, 'payments.roadmap.yaml'));
    client = await LspClient.start(folder);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('publishes diagnostics at start-up for spec files that are not open', async () => {
    const published = await client.waitForDiagnostics(roadmap);
    assert.deepEqual(structural(published), [ENUM_ERROR]);
    const diagnostic = published.diagnostics.find((d) => d.code === 'schema/enum');
    assert.equal(diagnostic?.source, 'product-specs');
    const hint = published.diagnostics.find((d) => d.code === 'execution/now-without-outcome');
    assert.equal(hint?.source, 'product-specs');
    assert.deepEqual(hint?.data, { area: 'execution' });
    // The rule's page in the published documentation, never a file of the install.
    assert.equal(hint?.codeDescription?.href, 'https://github.com/product-specs/product-specs/blob/main/docs/rules/execution/now-without-outcome.md');
  });

  it('checks the open text, then each edit, publishing the newest version only', async () => {
    await client.waitForDiagnostics(roadmap);
    const text = fs.readFileSync(path.join(folder, 'payments.roadmap.yaml'), 'utf8');
    await client.open(roadmap, text.replace('stage: done', 'stage: delivery'), 1);
    const opened = await client.waitForDiagnostics(roadmap, (p) => p.version === 1);
    assert.deepEqual(structural(opened), []);

    for (let version = 2; version <= 4; version++) {
      await client.replaceAll(roadmap, text.replace('stage: done', `stage: draft${version}`), version);
    }
    const edited = await client.waitForDiagnostics(roadmap, (p) => p.version === 4);
    assert.deepEqual(structural(edited), [{ ...ENUM_ERROR, range: '17:14-17:20', message: ENUM_ERROR.message.replace('"done"', '"draft4"') }]);
    const afterNewest = client.published.slice(client.published.indexOf(edited) + 1).filter((p) => p.uri === roadmap);
    assert.deepEqual(
      afterNewest.map((p) => p.version),
      [],
      'nothing older is published after the newest version',
    );
  });

  it('reverts to the file on disk when a workspace file is closed', async () => {
    await client.waitForDiagnostics(roadmap);
    const text = fs.readFileSync(path.join(folder, 'payments.roadmap.yaml'), 'utf8');
    await client.open(roadmap, text.replace('stage: done', 'stage: delivery'), 1);
    await client.waitForDiagnostics(roadmap, (p) => p.version === 1 && structural(p).length === 0);
    await client.close(roadmap);
    const closed = await client.nextDiagnostics(roadmap);
    assert.deepEqual(structural(closed), [ENUM_ERROR]);
  });

  it('clears the diagnostics of a file outside the workspace when it is closed', async () => {
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-outside-')), 'other.roadmap.yaml');
    const outsideUri = uri(outside);
    await client.open(outsideUri, 'apiVersion: productspecs/v1\nkind: Roadmap\n', 1);
    const opened = await client.waitForDiagnostics(outsideUri);
    assert.deepEqual(structural(opened), [
      { range: '1:1-1:28', severity: 'error', code: 'schema/required', message: 'Missing required property "metadata" at the top of the file.' },
      { range: '1:1-1:28', severity: 'error', code: 'schema/required', message: 'Missing required property "spec" at the top of the file.' },
    ]);
    await client.close(outsideUri);
    const closed = await client.nextDiagnostics(outsideUri);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('follows spec files created, changed and deleted on disk', async () => {
    await client.waitForDiagnostics(roadmap);
    const file = path.join(folder, 'new.vision.yaml');
    const fileUri = uri(file);
    fs.writeFileSync(file, 'apiVersion: productspecs/v1\nkind: Vision\nmetadata:\n  id: Bad Id\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri, type: FileChangeType.Created }] });
    const created = await client.waitForDiagnostics(fileUri);
    assert.deepEqual(
      structural(created).map((d) => d.code),
      ['schema/required', 'schema/pattern'],
    );

    fs.writeFileSync(file, 'apiVersion: productspecs/v1\nkind: Vision\nmetadata:\n  id: good-id\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri, type: FileChangeType.Changed }] });
    const changed = await client.nextDiagnostics(fileUri);
    assert.deepEqual(
      structural(changed).map((d) => d.code),
      ['schema/required'],
    );

    fs.rmSync(file);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri, type: FileChangeType.Deleted }] });
    const deleted = await client.nextDiagnostics(fileUri);
    assert.deepEqual(deleted.diagnostics, []);
  });

  it('checks every folder of a multi-root workspace', async () => {
    const second = copyFixture(FIXTURE);
    const other = path.join(second, 'other.roadmap.yaml');
    fs.renameSync(path.join(second, 'payments.roadmap.yaml'), other);
    const multi = await LspClient.start(folder, { moreFolders: [second] });
    try {
      assert.deepEqual(structural(await multi.waitForDiagnostics(roadmap)), [ENUM_ERROR]);
      assert.deepEqual(structural(await multi.waitForDiagnostics(uri(other))), [ENUM_ERROR]);
    } finally {
      await multi.stop();
      fs.rmSync(second, { recursive: true, force: true });
    }
  });
});
