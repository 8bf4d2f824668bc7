import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocumentEdit } from 'vscode-languageserver-protocol';
import { BoardsRequest, MoveCardRequest } from '../../server/src/lsp/protocol';
import { applyEdits } from '../helpers/applyEdits';
import { copyFixture, LspClient, uri } from '../helpers/lspClient';
import { ACME } from './workspace';

describe('language server: the boards and moving a card', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;
  let roadmap: string;
  let text: string;

  beforeEach(async () => {
    folder = copyFixture(ACME);
    roadmap = uri(path.join(folder, 'acme.roadmap.yaml'));
    text = fs.readFileSync(path.join(folder, 'acme.roadmap.yaml'), 'utf8');
    client = await LspClient.start(folder);
    await client.waitForDiagnostics(roadmap);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('productSpecs/boards gives the boards of the editor text, pending edits included', async () => {
    const before = await client.connection.sendRequest(BoardsRequest, {});
    assert.deepEqual([before.visions.length, before.roadmaps.length, before.roadmaps[0].cards.length], [1, 1, 18]);
    assert.equal(before.roadmaps[0].cards[7].title, 'Express checkout for returning buyers');
    await client.open(roadmap, text);
    await client.replaceAll(roadmap, text.replace('title: Express checkout for returning buyers', 'title: One-click checkout'), 2);
    const after = await client.connection.sendRequest(BoardsRequest, {});
    assert.equal(after.roadmaps[0].cards[7].title, 'One-click checkout');
  });

  it('productSpecs/moveCard gives a versioned edit of the horizon that keeps the rest of the file', async () => {
    await client.open(roadmap, text, 3);
    const result = await client.connection.sendRequest(MoveCardRequest, { uri: roadmap, index: 7, id: 'express-checkout', to: 'now' });
    assert.ok('edit' in result, JSON.stringify(result));
    const [change] = result.edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: roadmap, version: 3 });
    assert.deepEqual(change.edits, [{ range: { start: { line: 367, character: 15 }, end: { line: 367, character: 19 } }, newText: 'now' }]);
    const moved = applyEdits(text, change.edits);
    assert.equal(moved, text.replace(/(- id: express-checkout\n {6}title: [^\n]*\n {6}horizon: )next/, '$1now'));
  });

  it('productSpecs/moveCard refuses a card that is no longer where the board showed it', async () => {
    const result = await client.connection.sendRequest(MoveCardRequest, { uri: roadmap, index: 6, id: 'express-checkout', to: 'now' });
    assert.deepEqual(result, { error: 'The roadmap changed: item "express-checkout" is no longer where the board showed it. Try again on the refreshed board.' });
    const unknown = await client.connection.sendRequest(MoveCardRequest, { uri: uri(path.join(folder, 'nothing.roadmap.yaml')), index: 0, id: 'x', to: 'now' });
    assert.deepEqual(unknown, { error: 'The roadmap is no longer in the workspace.' });
  });
});
