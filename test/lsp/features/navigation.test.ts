import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from '../../helpers/applyEdits';
import { positionOf } from './cursor';
import { FILES, Session, type FileName } from './session';

/** `file line:col-line:col`, 1-based. */
function place(location: Location): string {
  const { start, end } = location.range;
  return `${path.basename(decodeURIComponent(location.uri))} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

function span(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

describe('definition, references and rename over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  /** The position of `needle` (plus `shift`) in a file on disk. */
  function at(name: FileName, needle: string, shift = 0): { textDocument: { uri: string }; position: Position } {
    return { textDocument: { uri: session.uri(name) }, position: positionOf(session.text(name), needle, shift) };
  }

  async function definition(name: FileName, needle: string, shift: number): Promise<string[]> {
    const result = await session.request<Location[] | null>('textDocument/definition', at(name, needle, shift));
    return (result ?? []).map(place);
  }

  async function references(name: FileName, needle: string, shift: number, includeDeclaration = true): Promise<string[]> {
    const result = await session.request<Location[] | null>('textDocument/references', { ...at(name, needle, shift), context: { includeDeclaration } });
    return (result ?? []).map(place);
  }

  it('goes from a reference to the definition in another file, for every kind of id', async () => {
    assert.deepEqual(await definition('shop.roadmap.yaml', '      owner: bo\n      team', 14), ['team.charter.yaml 17:11-17:13']);
    assert.deepEqual(await definition('shop.roadmap.yaml', 'visionGoal: grow-shops', 14), ['shop.vision.yaml 33:11-33:21']);
    assert.deepEqual(await definition('shop.roadmap.yaml', 'needs: [know-stock]', 10), ['shop.vision.yaml 27:11-27:21']);
    assert.deepEqual(await definition('shop.roadmap.yaml', 'targetGroup: shop-owners', 14), ['shop.vision.yaml 18:11-18:22']);
    assert.deepEqual(await definition('shop.roadmap.yaml', '  vision: shop-vision', 10), ['shop.vision.yaml 4:7-4:18']);
    assert.deepEqual(await definition('shop.roadmap.yaml', '      team: sellers\n      stage: delivery', 12), ['team.charter.yaml 28:11-28:18']);
    assert.deepEqual(await definition('shop.roadmap.yaml', '      theme: stock', 14), ['shop.roadmap.yaml 29:11-29:16']);
    assert.deepEqual(await definition('shop.roadmap.yaml', '      objective: first-sales', 18), ['shop.roadmap.yaml 11:11-11:22']);
    assert.deepEqual(await definition('shop.roadmap.yaml', 'dependsOn: [shop-page]', 13), ['shop.roadmap.yaml 36:11-36:20']);
    assert.deepEqual(await definition('shop.roadmap.yaml', "owner: 'cy'", 8), ['team.charter.yaml 22:11-22:13']);
    assert.deepEqual(await definition('team.charter.yaml', '      reportsTo: ada', 18), ['team.charter.yaml 14:11-14:14']);
  });

  it('stays on a definition and has no answer for text that is not an id', async () => {
    assert.deepEqual(await definition('team.charter.yaml', '    - id: bo', 10), ['team.charter.yaml 17:11-17:13']);
    assert.deepEqual(await definition('shop.roadmap.yaml', 'title: A page for every shop', 10), []);
    assert.deepEqual(await definition('shop.roadmap.yaml', '      owner: bo\n      team', 8), []);
  });

  it('finds every reference of a member across files, with or without its definition', async () => {
    const all = ['shop.roadmap.yaml 22:18-22:20', 'shop.roadmap.yaml 41:14-41:16', 'team.charter.yaml 17:11-17:13', 'team.charter.yaml 31:11-31:13'];
    assert.deepEqual(await references('team.charter.yaml', '    - id: bo', 10), all);
    assert.deepEqual(
      await references('shop.roadmap.yaml', '      owner: bo\n      team', 14, false),
      all.filter((entry) => entry !== 'team.charter.yaml 17:11-17:13'),
    );
    assert.deepEqual(await references('shop.vision.yaml', '    - id: sell-online', 10), ['shop.roadmap.yaml 27:15-27:26', 'shop.vision.yaml 22:11-22:22']);
  });

  async function rename(name: FileName, needle: string, shift: number, newName: string): Promise<Record<string, string>> {
    const edit = await session.request<WorkspaceEdit>('textDocument/rename', { ...at(name, needle, shift), newName });
    const texts = Object.fromEntries(FILES.map((file) => [session.uri(file), session.text(file)]));
    const changed = applyWorkspaceEdit(texts, edit);
    return Object.fromEntries(Object.entries(changed).map(([uri, text]) => [path.basename(decodeURIComponent(uri)), text]));
  }

  it('renames a member in one workspace edit: the definition and every reference, nothing else', async () => {
    const changed = await rename('shop.roadmap.yaml', '      owner: bo\n      team', 14, 'bea');
    assert.deepEqual(Object.keys(changed).sort(), ['shop.roadmap.yaml', 'team.charter.yaml']);
    assert.equal(
      changed['shop.roadmap.yaml'],
      session.text('shop.roadmap.yaml').replace('          owner: bo\n', '          owner: bea\n').replace('      owner: bo\n      team', '      owner: bea\n      team'),
    );
    assert.equal(changed['team.charter.yaml'], session.text('team.charter.yaml').replace('    - id: bo\n', '    - id: bea\n').replace('      pm: bo\n', '      pm: bea\n'));
  });

  it('keeps the quotes of a quoted reference and renames ids in flow lists', async () => {
    const cy = await rename('team.charter.yaml', '    - id: cy', 10, 'cyra');
    assert.equal(cy['shop.roadmap.yaml'], session.text('shop.roadmap.yaml').replace("owner: 'cy'", "owner: 'cyra'"));
    assert.equal(
      cy['team.charter.yaml'],
      session.text('team.charter.yaml').replace('    - id: cy\n', '    - id: cyra\n').replace('      designer: cy\n', '      designer: cyra\n'),
    );
    const page = await rename('shop.roadmap.yaml', '    - id: shop-page', 10, 'shop-pages');
    assert.deepEqual(Object.keys(page), ['shop.roadmap.yaml']);
    assert.equal(
      page['shop.roadmap.yaml'],
      session.text('shop.roadmap.yaml').replace('- id: shop-page', '- id: shop-pages').replace('dependsOn: [shop-page]', 'dependsOn: [shop-pages]'),
    );
  });

  it('renames a vision goal across the vision and the roadmap', async () => {
    const changed = await rename('shop.vision.yaml', '    - id: grow-shops', 10, 'grow-shop-count');
    assert.equal(changed['shop.vision.yaml'], session.text('shop.vision.yaml').replace('- id: grow-shops', '- id: grow-shop-count'));
    assert.equal(changed['shop.roadmap.yaml'], session.text('shop.roadmap.yaml').replace('visionGoal: grow-shops', 'visionGoal: grow-shop-count'));
  });

  it('prepares a rename on an id only, and refuses invalid or taken names', async () => {
    const prepared = await session.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at('shop.roadmap.yaml', "owner: 'cy'", 9));
    assert.deepEqual({ range: span(prepared.range), placeholder: prepared.placeholder }, { range: '53:15-53:17', placeholder: 'cy' });
    const refused = 'Only ids can be renamed: put the cursor on an id (a member, a product team, a goal, a need, a theme, an objective, an item...) or on a reference to one.';
    await assert.rejects(session.request('textDocument/prepareRename', at('shop.roadmap.yaml', 'title: A page for every shop', 10)), { message: refused });
    await assert.rejects(session.request('textDocument/prepareRename', at('shop.roadmap.yaml', '      owner: bo\n      team', 8)), { message: refused });
    await assert.rejects(session.request('textDocument/rename', { ...at('team.charter.yaml', '    - id: bo', 10), newName: 'Bo Chen' }), {
      message: '"Bo Chen" is not a valid id: use kebab-case, lower-case letters and digits joined by single hyphens.',
    });
    await assert.rejects(session.request('textDocument/rename', { ...at('team.charter.yaml', '    - id: bo', 10), newName: 'cy' }), {
      message: 'A member with the id "cy" already exists; renaming "bo" to it would merge the two.',
    });
  });

  it("follows the editor's text of open files", async () => {
    const edited = session.text('team.charter.yaml').replace('    - id: bo\n', '    # renamed in the editor\n    - id: bo\n');
    await session.open('team.charter.yaml', edited);
    try {
      assert.deepEqual(await definition('shop.roadmap.yaml', '      owner: bo\n      team', 14), ['team.charter.yaml 18:11-18:13']);
    } finally {
      await session.close('team.charter.yaml');
    }
  });
});
