import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeLens, Location, Position } from 'vscode-languageserver-protocol';
import { Session } from './session';

/** A lens as the editor shows it: its line, its title, and where clicking it leads. */
function shown(lens: CodeLens): { line: number; title: string; command: string; to: string[] } {
  const [, , locations] = (lens.command?.arguments ?? []) as [string, Position, Location[]];
  return {
    line: lens.range.start.line + 1,
    title: lens.command?.title ?? '',
    command: lens.command?.command ?? '',
    to: (locations ?? []).map((location) => `${path.basename(decodeURIComponent(location.uri))}:${location.range.start.line + 1}:${location.range.start.character + 1}`),
  };
}

describe('code lens over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  const lenses = async () => (await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('shop.vision.yaml') } })).map(shown);

  it('opens the vision board from the first line, and counts the objectives, themes and items that trace to each vision need and goal, clickable to them', async () => {
    assert.deepEqual(await lenses(), [
      { line: 1, title: 'Show vision board', command: 'productSpecs.showVisionBoard', to: [] },
      {
        line: 22,
        title: '1 objective · 1 theme · 1 item trace here',
        command: 'editor.action.showReferences',
        to: ['shop.roadmap.yaml:11:11', 'shop.roadmap.yaml:24:11', 'shop.roadmap.yaml:36:11'],
      },
      { line: 27, title: '0 objectives · 1 theme · 1 item trace here', command: 'editor.action.showReferences', to: ['shop.roadmap.yaml:29:11', 'shop.roadmap.yaml:49:11'] },
      {
        line: 33,
        title: '1 objective · 1 theme · 1 item trace here',
        command: 'editor.action.showReferences',
        to: ['shop.roadmap.yaml:11:11', 'shop.roadmap.yaml:24:11', 'shop.roadmap.yaml:36:11'],
      },
      { line: 37, title: '0 objectives · 0 themes · 0 items trace here', command: '', to: [] },
    ]);
    const [, lens] = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('shop.vision.yaml') } });
    assert.deepEqual(lens.command?.arguments?.slice(0, 2), [session.uri('shop.vision.yaml'), { line: 21, character: 10 }]);
  });

  it('follows the roadmap as it is edited', async () => {
    const text = session.edited('shop.roadmap.yaml', '      theme: stock\n', '      theme: stock\n      objective: first-sales\n');
    await session.open('shop.roadmap.yaml', text);
    try {
      const [, , stock, grow] = await lenses();
      assert.equal(stock.title, '1 objective · 1 theme · 1 item trace here');
      assert.equal(grow.title, '1 objective · 2 themes · 2 items trace here');
    } finally {
      await session.close('shop.roadmap.yaml');
    }
  });

  it('shows no lens on roadmaps and charters', async () => {
    for (const name of ['shop.roadmap.yaml', 'team.charter.yaml'] as const) {
      assert.deepEqual(await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri(name) } }), []);
    }
  });
});
