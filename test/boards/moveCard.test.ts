import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/core';
import { moveCardEdits, timeframeFor } from '../../server/src/core/boards/moveCard';
import type { TextEdit } from '../../server/src/core/language/edits';
import { FIXTURES } from './workspace';

const TODAY = '2026-11-25';
const TIMELINE_TEXT = fs.readFileSync(path.join(FIXTURES, 'timeline', 'product.roadmap.yaml'), 'utf8');

const ROADMAP = `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: r
spec:
  format: now-next-later
  items:
    - id: a
      title: A
      horizon: "now" # agreed in the review
      owner: ada
      stage: delivery
    - id: b
      title: B
      owner: ada
      stage: discovery
    - id: c
      title: C
      horizon: 'later'
      owner: ada
      stage: opportunity
`;

/** Applies offset edits, last first, as the editor applies the workspace edit made from them. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((out, edit) => out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end), text);
}

function moved(text: string, index: number, id: string, to: 'now' | 'next' | 'later', name = 'r.roadmap.yaml'): string {
  const doc = analyzeDocument({ uri: `file:///w/${name}`, fileName: `/w/${name}`, text });
  const result = moveCardEdits(doc, { index, id, to }, TODAY);
  if ('error' in result) return `error: ${result.error}`;
  return applyEdits(text, result.edits);
}

describe('moving a card', () => {
  it('rewrites the horizon token only: its quotes and the comment after it stay', () => {
    assert.equal(moved(ROADMAP, 0, 'a', 'next'), ROADMAP.replace('horizon: "now" # agreed in the review', 'horizon: "next" # agreed in the review'));
    assert.equal(moved(ROADMAP, 2, 'c', 'now'), ROADMAP.replace("horizon: 'later'", "horizon: 'now'"));
  });

  it("adds a horizon to an item that has none, in the schema order, with the file's line endings", () => {
    assert.equal(moved(ROADMAP, 1, 'b', 'later'), ROADMAP.replace('      title: B\n', '      title: B\n      horizon: later\n'));
    const crlf = ROADMAP.replace(/\n/g, '\r\n');
    assert.equal(moved(crlf, 1, 'b', 'later'), crlf.replace('      title: B\r\n', '      title: B\r\n      horizon: later\r\n'));
  });

  it('on a timeline, writes the period of the same size that is now, next or later today', () => {
    assert.equal(moved(TIMELINE_TEXT, 0, 'search', 'next', 't.roadmap.yaml'), TIMELINE_TEXT.replace('timeframe: 2026-Q4 # this quarter', 'timeframe: 2027-Q1 # this quarter'));
    assert.equal(moved(TIMELINE_TEXT, 1, 'filters', 'later', 't.roadmap.yaml'), TIMELINE_TEXT.replace('timeframe: "2027-Q1"', 'timeframe: "2027-Q2"'));
    assert.equal(moved(TIMELINE_TEXT, 2, 'subscriptions', 'now', 't.roadmap.yaml'), TIMELINE_TEXT.replace('timeframe: 2027-H2', 'timeframe: 2026-H2'));
    assert.deepEqual(
      (['now', 'next', 'later'] as const).map((horizon) => [timeframeFor(horizon, 3, TODAY), timeframeFor(horizon, 6, TODAY), timeframeFor(horizon, 12, TODAY)]),
      [
        ['2026-Q4', '2026-H2', '2026'],
        ['2027-Q1', '2027-H1', '2027'],
        ['2027-Q2', '2027-H2', '2028'],
      ],
    );
  });

  it('changes nothing when the card is already in that column', () => {
    assert.equal(moved(ROADMAP, 0, 'a', 'now'), ROADMAP);
    assert.equal(moved(TIMELINE_TEXT, 0, 'search', 'now', 't.roadmap.yaml'), TIMELINE_TEXT);
  });

  it('refuses a move when the item is no longer where the board showed it, or the target is no horizon', () => {
    assert.equal(moved(ROADMAP, 0, 'b', 'next'), 'error: The roadmap changed: item "b" is no longer where the board showed it. Try again on the refreshed board.');
    assert.equal(moved(ROADMAP, 9, 'a', 'next'), 'error: The roadmap changed: item "a" is no longer where the board showed it. Try again on the refreshed board.');
    assert.equal(moved(ROADMAP, 0, 'a', 'soon' as 'now'), 'error: "soon" is not a horizon: use now, next or later.');
    assert.equal(moved(ROADMAP.replace('kind: Roadmap', 'kind: Vision'), 0, 'a', 'next', 'r.vision.yaml'), 'error: Only roadmap items can be moved.');
  });
});
