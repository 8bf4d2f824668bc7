import * as assert from 'node:assert/strict';
import { symbolsOfOtherFile } from '../../server/src/lsp/largeFiles';

describe('the other files as the large-file thread knows them', () => {
  const member = { id: 'bo', name: 'Bo', teams: ['sellers'] };
  const file = {
    header: { kind: 'TeamCharter' },
    defined: ['member', 'bo', 'charter', 'team'],
    entries: [[0, member]] as Array<[number, Record<string, unknown>]>,
    named: ['team', 'sellers', 'member', 'dana'],
  };

  it('gives their definitions, with the entries of members, and their references, without paths', () => {
    const symbols = symbolsOfOtherFile('file:///team.charter.yaml', file);
    assert.deepEqual(symbols.definitions, [
      { kind: 'member', id: 'bo', uri: 'file:///team.charter.yaml', path: [], entry: member },
      { kind: 'charter', id: 'team', uri: 'file:///team.charter.yaml', path: [], entry: {} },
    ]);
    assert.deepEqual(symbols.references, [
      { kind: 'team', id: 'sellers', uri: 'file:///team.charter.yaml', path: [] },
      { kind: 'member', id: 'dana', uri: 'file:///team.charter.yaml', path: [] },
    ]);
    assert.equal(symbols.references, symbols.references, 'the references are made once');
  });
});
