import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Hover, Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, applyWorkspaceEdit, editsOf } from '../../helpers/applyEdits';
import { positionOf } from './cursor';
import { FILES, Session } from './session';

/** `file line:col-line:col`, 1-based. */
function place(location: Location): string {
  const { start, end } = location.range;
  return `${path.basename(decodeURIComponent(location.uri))} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

/**
 * The reference rows that used to be silent (a product team's analyst, a mentor, a hire's manager
 * and team, a need's target group, an item's theme), over the protocol: diagnostics with their
 * quick fix, go to definition, find references, rename across files, completion and hover.
 */
describe('the references of every row of the id table over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;
  /** The charter with an analyst, a mentor and a hire that all name members and a team. */
  let charter: string;

  before(async () => {
    session = await Session.start();
    charter = session
      .text('team.charter.yaml')
      .replace('      teams: [sellers]\n    - id: cy\n', '      teams: [sellers]\n      coaching:\n        mentor: ada\n    - id: cy\n')
      .replace('      engineers: 4\n', '      analyst: bo\n      engineers: 4\n  hiring:\n    - role: pm\n      team: sellers\n      reportsTo: bo\n');
    await session.open('team.charter.yaml', charter);
  });

  after(async () => {
    await session.stop();
  });

  function at(text: string, uri: string, needle: string, shift: number): { textDocument: { uri: string }; position: Position } {
    return { textDocument: { uri }, position: positionOf(text, needle, shift) };
  }

  it("goes to the definition from a mentor, an analyst, a hire's manager and team, and a need's target group", async () => {
    const uri = session.uri('team.charter.yaml');
    const definition = async (needle: string, shift: number, file = uri, text = charter): Promise<string[]> =>
      ((await session.request<Location[] | null>('textDocument/definition', at(text, file, needle, shift))) ?? []).map(place);
    assert.deepEqual(await definition('mentor: ada', 9), ['team.charter.yaml 14:11-14:14']);
    assert.deepEqual(await definition('analyst: bo', 10), ['team.charter.yaml 17:11-17:13']);
    assert.deepEqual(await definition('      reportsTo: bo\n', 18), ['team.charter.yaml 17:11-17:13']);
    assert.deepEqual(await definition('      team: sellers\n      reportsTo', 13), ['team.charter.yaml 30:11-30:18']);
    assert.deepEqual(await definition('headOfProduct: ada', 16), ['team.charter.yaml 14:11-14:14']);
    assert.deepEqual(await definition('    - id: know-stock\n      targetGroup: shop-owners', 42, session.uri('shop.vision.yaml'), session.text('shop.vision.yaml')), [
      'shop.vision.yaml 18:11-18:22',
    ]);
  });

  it('finds and renames a member through every field that names them, across files', async () => {
    const uri = session.uri('team.charter.yaml');
    const found = ((await session.request<Location[]>('textDocument/references', { ...at(charter, uri, '    - id: bo', 10), context: { includeDeclaration: true } })) ?? []).map(
      place,
    );
    assert.deepEqual(found, [
      'shop.roadmap.yaml 22:18-22:20',
      'shop.roadmap.yaml 41:14-41:16',
      'team.charter.yaml 17:11-17:13',
      'team.charter.yaml 33:11-33:13',
      'team.charter.yaml 35:16-35:18',
      'team.charter.yaml 40:18-40:20',
    ]);
    const edit = await session.request<WorkspaceEdit>('textDocument/rename', { ...at(charter, uri, '    - id: bo', 10), newName: 'bea' });
    const texts = Object.fromEntries(FILES.map((file) => [session.uri(file), file === 'team.charter.yaml' ? charter : session.text(file)]));
    const changed = applyWorkspaceEdit(texts, edit);
    assert.equal(
      changed[uri],
      charter
        .replace('    - id: bo\n', '    - id: bea\n')
        .replace('      pm: bo\n', '      pm: bea\n')
        .replace('      analyst: bo\n', '      analyst: bea\n')
        .replace('      reportsTo: bo\n', '      reportsTo: bea\n'),
    );
    assert.equal(
      changed[session.uri('shop.roadmap.yaml')],
      session.text('shop.roadmap.yaml').replace('          owner: bo\n', '          owner: bea\n').replace('      owner: bo\n      team', '      owner: bea\n      team'),
    );
  });

  it('reports a misspelt theme in the Problems panel and fixes it with the close id, comments kept', async () => {
    const name = 'shop.roadmap.yaml';
    const text = session.text(name).replace('      theme: stock\n', '      theme: stokc # the shelves\n');
    const opened = await session.open(name, text);
    try {
      const diagnostic = opened.diagnostics.find((d) => d.code === 'vision/item-without-theme');
      assert.ok(diagnostic);
      assert.deepEqual(
        { range: diagnostic.range, severity: diagnostic.severity, message: diagnostic.message },
        {
          range: { start: { line: 51, character: 13 }, end: { line: 51, character: 18 } },
          severity: 2,
          message: 'The theme "stokc" of item "stock-sync" names no theme of this roadmap: did you mean "stock"?',
        },
      );
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: opened.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const fix = actions.find((action) => action.title === 'Change "stokc" to "stock"');
      assert.ok(fix, JSON.stringify(actions.map((action) => action.title)));
      assert.equal(applyEdits(text, editsOf(fix.edit!, opened.uri).edits), text.replace('theme: stokc # the shelves', 'theme: stock # the shelves'));
    } finally {
      await session.close(name);
    }
  });

  it("offers member ids for a mentor and a product team's analyst, and product team ids for a hire", async () => {
    const complete = async (find: string, replace: string): Promise<string[]> => {
      const opened = await session.openAt('team.charter.yaml', charter.replace(find, replace));
      const list = await session.request<CompletionList>('textDocument/completion', { textDocument: { uri: opened.uri }, position: opened.position });
      return list.items.map((item: CompletionItem) => (item.textEdit as TextEdit).newText);
    };
    // Not bo himself, whose mentor it is.
    assert.deepEqual(await complete('        mentor: ada\n', '        mentor: <|>\n'), ['ada', 'cy']);
    assert.deepEqual(await complete('      analyst: bo\n', '      analyst: <|>\n'), ['ada', 'bo', 'cy']);
    assert.deepEqual(await complete('      team: sellers\n      reportsTo: bo\n', '      team: <|>\n      reportsTo: bo\n'), ['sellers']);
    await session.open('team.charter.yaml', charter);
  });

  it("treats a product team's techLead as a member reference only when it is written as an id", async () => {
    const text = charter.replace('      analyst: bo\n', '      analyst: bo\n      techLead: cy\n');
    const opened = await session.open('team.charter.yaml', text);
    assert.deepEqual(((await session.request<Location[] | null>('textDocument/definition', at(text, opened.uri, 'techLead: cy', 11))) ?? []).map(place), [
      'team.charter.yaml 24:11-24:13',
    ]);
    const found = await session.request<Location[]>('textDocument/references', { ...at(text, opened.uri, '    - id: cy', 10), context: { includeDeclaration: false } });
    assert.deepEqual(found.map(place), ['shop.roadmap.yaml 53:15-53:17', 'team.charter.yaml 34:17-34:19', 'team.charter.yaml 36:17-36:19']);
    const named = text.replace('      techLead: cy\n', '      techLead: Chris Doyle\n');
    const reopened = await session.open('team.charter.yaml', named);
    assert.deepEqual(
      reopened.diagnostics.filter((d) => d.code === 'team-development/unknown-manager'),
      [],
    );
    assert.equal(await session.request<Location[] | null>('textDocument/definition', at(named, reopened.uri, 'techLead: Chris', 12)), null);
    await session.open('team.charter.yaml', charter);
  });

  it('hovers a reference that names nothing with what it would name', async () => {
    const text = charter.replace('        mentor: ada\n', '        mentor: adda\n');
    const opened = await session.open('team.charter.yaml', text);
    const hover = await session.request<Hover>('textDocument/hover', at(text, opened.uri, 'mentor: adda', 10));
    assert.deepEqual(hover.contents, { kind: 'markdown', value: 'No member with the id `adda` is defined in the workspace.' });
    await session.open('team.charter.yaml', charter);
  });
});
