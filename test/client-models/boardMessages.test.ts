import * as assert from 'node:assert/strict';
import { parseBoardMessage } from '../../client/src/boards/boardMessages';
import { buildBoards } from '../../server/src/core/boards';
import { reportInput } from '../../server/src/core/report/input';
import { ACME, workspaceOf } from '../boards/workspace';

const boards = buildBoards(reportInput(workspaceOf(ACME)));
const roadmap = boards.roadmaps[0].uri;
const vision = boards.visions[0].uri;

describe('board page messages', () => {
  it('opens only files of the boards, at a whole-number position', () => {
    assert.deepEqual(parseBoardMessage({ command: 'open', uri: vision, line: 3, character: 2 }, boards), { kind: 'open', uri: vision, line: 3, character: 2 });
    assert.equal(parseBoardMessage({ command: 'open', uri: 'file:///etc/passwd', line: 0, character: 0 }, boards), undefined);
    assert.equal(parseBoardMessage({ command: 'open', uri: vision, line: -1, character: 0 }, boards), undefined);
    assert.equal(parseBoardMessage({ command: 'open', uri: vision, line: 1.5, character: 0 }, boards), undefined);
  });

  it('moves only a card the board shows, to now, next or later', () => {
    assert.deepEqual(parseBoardMessage({ command: 'move', uri: roadmap, index: 7, id: 'express-checkout', to: 'now' }, boards), {
      kind: 'move',
      uri: roadmap,
      index: 7,
      id: 'express-checkout',
      to: 'now',
    });
    assert.equal(parseBoardMessage({ command: 'move', uri: roadmap, index: 6, id: 'express-checkout', to: 'now' }, boards), undefined);
    assert.equal(parseBoardMessage({ command: 'move', uri: roadmap, index: 7, id: 'express-checkout', to: 'past' }, boards), undefined);
    assert.equal(parseBoardMessage({ command: 'move', uri: vision, index: 0, id: 'real-time-ledger', to: 'next' }, boards), undefined);
  });

  it("groups and filters only by the board's own teams and themes", () => {
    assert.deepEqual(parseBoardMessage({ command: 'view', groupBy: 'team', team: 'checkout', theme: 'nope' }, boards), {
      kind: 'view',
      view: { groupBy: 'team', team: 'checkout', theme: '' },
    });
    assert.equal(parseBoardMessage({ command: 'view', groupBy: 'owner' }, boards), undefined);
    assert.equal(parseBoardMessage({ command: 'run', script: 'x' }, boards), undefined);
    assert.equal(parseBoardMessage('open', boards), undefined);
    assert.equal(parseBoardMessage({ command: 'open', uri: vision, line: 0, character: 0 }, undefined), undefined);
  });
});
