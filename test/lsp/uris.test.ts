import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { ReportRequest } from '../../server/src/lsp/protocol';
import { LspClient, uri } from '../helpers/lspClient';

const WORKSPACE = path.resolve(__dirname, '../../../test/fixtures/features/workspace');
/** Folder names with every character VS Code encodes differently from Node's file URLs. */
const FOLDERS = ['q3, plans+ideas (v2)', '#1 at 100% (draft)', 'Überblick – café 東京'];
const FILES = ['.productspecs.yaml', 'shop.vision.yaml', 'shop.roadmap.yaml', 'team.charter.yaml'];

describe('one URI per file over the language-server protocol (folder names with spaces, commas, plus signs, parentheses, #, % and non-ASCII letters)', function () {
  this.timeout(30_000);
  let root: string;
  let folder: string;
  let client: LspClient;
  const uriOf = (name: string): string => uri(path.join(folder, name));

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-uris-'));
    folder = path.join(root, ...FOLDERS);
    fs.cpSync(WORKSPACE, folder, { recursive: true });
    client = await LspClient.start(folder);
    await Promise.all(FILES.map((name) => client.waitForDiagnostics(uriOf(name))));
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function reportFiles(): Promise<string[]> {
    const report = await client.connection.sendRequest(ReportRequest, {});
    return report.files.map((file) => file.uri).sort();
  }

  async function renameBo(onUri: string): Promise<string[]> {
    const text = fs.readFileSync(path.join(folder, 'team.charter.yaml'), 'utf8');
    const line = text.split('\n').indexOf('    - id: bo');
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: onUri },
      position: { line, character: 11 },
      newName: 'bea',
    })) as WorkspaceEdit;
    const files = edit.changes ? Object.keys(edit.changes) : (edit.documentChanges ?? []).map((change) => ('textDocument' in change ? change.textDocument.uri : ''));
    return files.sort();
  }

  it('names the files found at start-up exactly as the client does, and holds the open roadmap once', async () => {
    const expected = FILES.map(uriOf).sort();
    assert.match(
      uriOf('shop.roadmap.yaml'),
      /\/q3%2C%20plans%2Bideas%20%28v2%29\/%231%20at%20100%25%20%28draft%29\/%C3%9Cberblick%20%E2%80%93%20caf%C3%A9%20%E6%9D%B1%E4%BA%AC\/shop\.roadmap\.yaml$/,
    );
    const roadmap = uriOf('shop.roadmap.yaml');
    const text = fs.readFileSync(path.join(folder, 'shop.roadmap.yaml'), 'utf8');
    await client.open(roadmap, text.replace('title: A page for every shop', 'title: A page for every corner shop'), 2);
    await client.waitForDiagnostics(roadmap, (params) => params.version === 2);

    assert.deepEqual(await reportFiles(), expected);
    assert.deepEqual(await renameBo(uriOf('team.charter.yaml')), [roadmap, uriOf('team.charter.yaml')].sort());
    assert.deepEqual([...new Set(client.published.map((params) => params.uri))].sort(), expected, 'no diagnostics under any other URI');
  });

  it('follows the file watcher under the same names: a changed file is replaced, a deleted one forgotten', async () => {
    const charter = uriOf('team.charter.yaml');
    const file = path.join(folder, 'team.charter.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('engineers: 4', 'engineers: 1'));
    const changed = client.nextDiagnostics(charter, (params) => params.diagnostics.some((d) => d.code === 'culture/engineer-ratio'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: charter, type: FileChangeType.Changed }] });
    await changed;
    assert.deepEqual(await reportFiles(), FILES.map(uriOf).sort());

    fs.rmSync(file);
    const cleared = client.nextDiagnostics(charter, (params) => params.diagnostics.length === 0);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: charter, type: FileChangeType.Deleted }] });
    await cleared;
    assert.deepEqual(
      await reportFiles(),
      FILES.filter((name) => name !== 'team.charter.yaml')
        .map(uriOf)
        .sort(),
    );
  });

  it('holds a file once when a client spells its URI another way (Node file URLs keep commas, plus signs and parentheses)', async () => {
    const canonical = uriOf('shop.roadmap.yaml');
    const spelled = pathToFileURL(path.join(folder, 'shop.roadmap.yaml')).href;
    assert.notEqual(spelled, canonical);
    // On disk the roadmap has an error, so that the diagnostics under each name show which copy is held.
    const file = path.join(folder, 'shop.roadmap.yaml');
    const clean = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, clean.replace('stage: delivery', 'stage: done'));
    const broken = client.nextDiagnostics(canonical, (params) => params.diagnostics.some((d) => d.code === 'schema/enum'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: canonical, type: FileChangeType.Changed }] });
    await broken;

    const cleared = client.nextDiagnostics(canonical, (params) => params.diagnostics.length === 0);
    await client.open(spelled, clean, 2);
    const opened = await client.waitForDiagnostics(spelled, (params) => params.version === 2);
    assert.deepEqual(opened.diagnostics, []);
    await cleared;
    assert.deepEqual(await reportFiles(), [spelled, ...FILES.filter((name) => name !== 'shop.roadmap.yaml').map(uriOf)].sort());
    assert.deepEqual(await renameBo(uriOf('team.charter.yaml')), [spelled, uriOf('team.charter.yaml')].sort());

    // Closed again, the file is read from disk under the URI VS Code writes, and the other spelling is cleared.
    const closed = client.nextDiagnostics(spelled, (params) => params.diagnostics.length === 0);
    const reread = client.nextDiagnostics(canonical, (params) => params.diagnostics.some((d) => d.code === 'schema/enum'));
    await client.close(spelled);
    await Promise.all([closed, reread]);
    assert.deepEqual(await reportFiles(), FILES.map(uriOf).sort());
  });
});
