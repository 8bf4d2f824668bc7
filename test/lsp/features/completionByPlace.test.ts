import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../helpers/applyEdits';
import { Session, type FileName } from './session';

/** The prefixes of the ready-made entries of each kind of file (`ps-disable` fits any). */
const CHARTER_SNIPPETS = ['ps-member', 'ps-team', 'ps-hire', 'ps-peer', 'ps-ritual', 'ps-stakeholder'];
const ROADMAP_SNIPPETS = ['ps-item', 'ps-objective', 'ps-theme'];
const VISION_SNIPPETS = ['ps-target-group', 'ps-need', 'ps-goal'];

describe('completion by place: inside list entries, ids after id keys, snippets by file kind', function () {
  this.timeout(60_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  /** Completes at the cursor marker of a whole text. */
  async function completeIn(name: FileName, marked: string): Promise<{ items: CompletionItem[]; text: string }> {
    const opened = await session.openAt(name, marked);
    try {
      const list = await session.request<CompletionList>('textDocument/completion', { textDocument: { uri: opened.uri }, position: opened.position });
      return { items: list.items, text: opened.text };
    } finally {
      await session.close(name);
    }
  }

  /** Completes at the cursor marker of `replace`, written into the file in place of `find`. */
  function complete(name: FileName, find: string, replace: string): Promise<{ items: CompletionItem[]; text: string }> {
    return completeIn(name, session.edited(name, find, replace));
  }

  const labels = (items: readonly CompletionItem[]): string[] => items.map((item) => item.label);
  const insertOf = (items: readonly CompletionItem[], label: string): string => (items.find((item) => item.label === label)!.textEdit as TextEdit).newText;

  describe('a new list entry', () => {
    const NEW_ITEM = '      dependsOn: [shop-page]\n    - id: customs-autofill\n';

    it('offers the item\'s keys on the line below "- id: customs-autofill", at the column of its keys (where Enter puts the cursor)', async () => {
      const { items, text } = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', `${NEW_ITEM}      <|>\n`);
      assert.deepEqual(labels(items), [
        'title',
        'horizon',
        'timeframe',
        'theme',
        'objective',
        'owner',
        'team',
        'stage',
        'outcome',
        'confidence',
        'discovery',
        'stakeholders',
        'dependsOn',
        'date',
      ]);
      assert.equal(items[0].detail, 'text · required');
      assert.ok(applyEdits(text, [items[0].textEdit as TextEdit]).includes('    - id: customs-autofill\n      title: $0\n'));
    });

    it("does the same in a file with CRLF line endings, and on the file's last line", async () => {
      const crlf = session.edited('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', NEW_ITEM).replace(/\n/g, '\r\n');
      const { items } = await completeIn('shop.roadmap.yaml', `${crlf}      <|>`);
      assert.equal(labels(items).length, 14);
      assert.deepEqual(labels(items).slice(0, 3), ['title', 'horizon', 'timeframe']);
      assert.equal((items[0].textEdit as TextEdit).range.start.character, 6);
    });

    it("offers the item's keys and the ps-item snippet at the column of the dashes, nothing at the column of the keys of the item above", async () => {
      const { items } = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', `${NEW_ITEM}    <|>\n`);
      assert.deepEqual(labels(items), ['New roadmap item', 'ps-item']);
    });
  });

  describe('ids after the keys that take them', () => {
    const SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

    it('opens the list again after owner, team, theme, objective and dependsOn are inserted; not after other keys', async () => {
      const { items } = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', '    - id: customs-autofill\n      <|>\n      dependsOn: [shop-page]\n');
      const retriggered = items.filter((item) => item.command).map((item) => [item.label, insertOf(items, item.label)]);
      assert.deepEqual(retriggered, [
        ['theme', 'theme: $0'],
        ['objective', 'objective: $0'],
        ['owner', 'owner: $0'],
        ['team', 'team: $0'],
      ]);
      for (const item of items.filter((candidate) => candidate.command)) assert.deepEqual(item.command, SUGGEST);
      // dependsOn is already there: in a new item, it is offered too, with the list it opens.
      const fresh = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', '      dependsOn: [shop-page]\n    - id: customs-autofill\n      <|>\n');
      assert.deepEqual(fresh.items.find((item) => item.label === 'dependsOn')!.command, SUGGEST);
      assert.equal(insertOf(fresh.items, 'dependsOn'), 'dependsOn: [$0]');
      assert.equal(fresh.items.find((item) => item.label === 'stage')!.command, undefined);
      assert.equal(fresh.items.find((item) => item.label === 'title')!.command, undefined);
    });

    it('offers ids and no snippet where the list opens: after "owner: " and inside "dependsOn: []"', async () => {
      const owner = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', '      dependsOn: [shop-page]\n    - id: customs-autofill\n      owner: <|>\n');
      assert.deepEqual(labels(owner.items), ['ada', 'bo', 'cy']);
      const dependsOn = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', '      dependsOn: [shop-page]\n    - id: customs-autofill\n      dependsOn: [<|>]\n');
      assert.deepEqual(labels(dependsOn.items), ['shop-page', 'stock-sync']);
      const team = await complete('team.charter.yaml', '      teams: [sellers]\n    - id: cy', '      teams: [sellers]\n    - id: cy\n      reportsTo: <|>');
      assert.deepEqual(labels(team.items), ['ada', 'bo']);
    });

    it("marks a member's reportsTo and teams keys in a charter too", async () => {
      const { items } = await complete('team.charter.yaml', '  productTeams:', '    - id: dan\n      <|>\n  productTeams:');
      assert.deepEqual(
        items.filter((item) => item.command).map((item) => item.label),
        ['reportsTo', 'teams'],
      );
    });
  });

  describe('snippets by file kind', () => {
    it("offers each list's snippet where an entry of the list starts, indented under the dash", async () => {
      const member = await complete('team.charter.yaml', '  productTeams:', '    <|>\n  productTeams:');
      assert.deepEqual(labels(member.items), ['New member', 'ps-member']);
      assert.equal(
        insertOf(member.items, 'ps-member'),
        [
          '- id: ${1:sam}',
          '      name: ${2:Sam Okafor}',
          '      role: ${3|pm,senior-pm,group-pm,director,apm,product-designer,ux-researcher,data-analyst,head-of-product|}',
          '      reportsTo: ${4:dana}',
          '      teams: [${5:payouts}]',
          '      startDate: ${6:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
          '      coaching:',
          '        oneOnOne: ${7|weekly,biweekly,monthly|}',
          '        lastAssessment: ${8:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
          '        strengths: [${9:Customer interviews}]',
          '        growthAreas: [${10:Stakeholder management}]$0',
        ].join('\n'),
      );
      const item = member.items.find((candidate) => candidate.label === 'ps-member')!;
      assert.equal(item.kind, 15);
      assert.equal(item.insertTextFormat, 2);
      assert.equal(item.detail, 'Team member');
      const goal = await complete('shop.vision.yaml', '    - id: keep-shops', '    <|>\n    - id: keep-shops');
      assert.deepEqual(labels(goal.items), ['New goal', 'ps-goal']);
      const theme = await complete('shop.roadmap.yaml', '  items:', '    ps-<|>\n  items:');
      assert.deepEqual(labels(theme.items), ['ps-theme', 'ps-disable']);
      assert.deepEqual((theme.items[0].textEdit as TextEdit).range, { start: { line: 33, character: 4 }, end: { line: 33, character: 7 } });
    });

    it('after a dash already typed, inserts the entry without its dash, its keys under the first', async () => {
      const { items, text } = await complete('shop.roadmap.yaml', '  items:', '    - ps<|>\n  items:');
      assert.deepEqual(
        labels(items).filter((label) => label.startsWith('ps-')),
        ['ps-theme'],
      );
      const edited = applyEdits(text, [items.find((item) => item.label === 'ps-theme')!.textEdit as TextEdit]);
      assert.ok(edited.includes('    - id: ${1:cash-flow}\n      name: ${2:Cash when it is needed}\n      problem: ${3:Merchants wait days for their money.}\n'), edited);
    });

    it('writes a list that is not there yet, with its first entry, where a key of spec goes', async () => {
      const { items, text } = await complete('team.charter.yaml', '  productTeams:', '  <|>\n  productTeams:');
      assert.deepEqual(
        labels(items).filter((label) => label.startsWith('ps-')),
        ['ps-hire', 'ps-peer', 'ps-ritual', 'ps-stakeholder'],
      );
      const edited = applyEdits(text, [items.find((item) => item.label === 'ps-ritual')!.textEdit as TextEdit]);
      assert.ok(edited.includes('  rituals:\n    - name: ${1:Discovery review}\n      kind: ${2|discovery,delivery,alignment,learning,coaching,celebration|}\n'), edited);
    });

    it("never offers a charter's snippets in a roadmap or a vision, nor theirs in a charter, at the start of any line", async () => {
      const foreign: Record<string, string[]> = {
        'shop.roadmap.yaml': [...CHARTER_SNIPPETS, ...VISION_SNIPPETS],
        'shop.vision.yaml': [...CHARTER_SNIPPETS, ...ROADMAP_SNIPPETS],
        'team.charter.yaml': [...ROADMAP_SNIPPETS, ...VISION_SNIPPETS],
      };
      for (const [name, others] of Object.entries(foreign) as Array<[FileName, string[]]>) {
        const lines = session.text(name).split('\n');
        let asked = 0;
        for (let line = 0; line < lines.length; line++) {
          const indent = lines[line].length - lines[line].trimStart().length;
          for (const typed of ['', 'ps-']) {
            const marked = [...lines.slice(0, line), `${' '.repeat(indent)}${typed}<|>`, ...lines.slice(line)].join('\n');
            const { items } = await completeIn(name, marked);
            asked++;
            const wrong = labels(items).filter((label) => others.includes(label));
            assert.deepEqual(wrong, [], `${name}, a new line ${line + 1} with "${typed}"`);
          }
        }
        assert.ok(asked > 40, `${name}: ${asked} places`);
      }
    });

    it('asks to be asked again at the start of a line with nothing typed, where ps-disable comes with its p; nowhere else', async () => {
      const ask = async (name: FileName, find: string, replace: string): Promise<boolean> => {
        const opened = await session.openAt(name, session.edited(name, find, replace));
        try {
          return (await session.request<CompletionList>('textDocument/completion', { textDocument: { uri: opened.uri }, position: opened.position })).isIncomplete;
        } finally {
          await session.close(name);
        }
      };
      assert.equal(await ask('shop.roadmap.yaml', '      team: sellers\n', '      team: sellers\n      <|>\n'), true);
      assert.equal(await ask('shop.roadmap.yaml', '  items:', '    <|>\n  items:'), true);
      assert.equal(await ask('shop.roadmap.yaml', '      team: sellers\n', '      team: sellers\n      p<|>\n'), false);
      assert.equal(await ask('shop.roadmap.yaml', '      owner: bo\n', '      owner: <|>\n'), false);
      assert.equal(await ask('.productspecs.yaml', 'today: 2026-11-25\n', 'today: 2026-11-25\n<|>\n'), false);
    });

    it('offers ps-disable at the start of a line once its first letter is typed, in spec files only', async () => {
      const { items, text } = await complete('shop.roadmap.yaml', '      team: sellers\n      stage: delivery', '      team: sellers\n      p<|>\n      stage: delivery');
      assert.ok(labels(items).includes('ps-disable'));
      assert.ok(
        applyEdits(text, [items.find((item) => item.label === 'ps-disable')!.textEdit as TextEdit]).includes(
          '      team: sellers\n      # product-specs-disable-next-line ${1:rule-id}$0\n',
        ),
      );
      const config = await completeIn('.productspecs.yaml', 'today: 2026-11-25\np<|>\n');
      assert.ok(!labels(config.items).some((label) => label.startsWith('ps-')), labels(config.items).join(', '));
      const value = await complete('shop.roadmap.yaml', '      owner: bo\n', '      owner: p<|>\n');
      assert.deepEqual(labels(value.items), ['ada', 'bo', 'cy']);
    });
  });
});
