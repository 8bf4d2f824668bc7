import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../helpers/applyEdits';
import { Session, type FileName } from './session';

/** What a completion item shows and inserts, in the compact form tests compare. */
function shown(item: CompletionItem): { label: string; detail?: string; insert: string } {
  return { label: item.label, ...(item.detail ? { detail: item.detail } : {}), insert: (item.textEdit as TextEdit).newText };
}

describe('completion over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  /** Completes at the cursor marker of `replace`, written into the file in place of `find`. */
  async function complete(name: FileName, find: string, replace: string): Promise<{ items: CompletionItem[]; text: string }> {
    const opened = await session.openAt(name, session.edited(name, find, replace));
    try {
      const list = await session.request<CompletionList>('textDocument/completion', { textDocument: { uri: opened.uri }, position: opened.position });
      return { items: list.items, text: opened.text };
    } finally {
      await session.close(name);
    }
  }

  it('offers member ids with name and role where an owner is expected, even with nothing after "owner:"', async () => {
    const { items, text } = await complete(
      'shop.roadmap.yaml',
      '      owner: bo\n      team: sellers\n      stage: delivery',
      '      owner: <|>\n      team: sellers\n      stage: delivery',
    );
    assert.deepEqual(items.map(shown), [
      { label: 'ada', detail: 'Ada Lovel · Head of Product', insert: 'ada' },
      { label: 'bo', detail: 'Bo Chen · Senior PM', insert: 'bo' },
      { label: 'cy', detail: 'Cy Park · Product designer', insert: 'cy' },
    ]);
    assert.deepEqual(items[1].documentation, {
      kind: 'markdown',
      value: '**Bo Chen** · Senior PM\n\nManager: Ada Lovel (`ada`)  \nTeams: Sellers (`sellers`)\n\n_Member `bo` in team.charter.yaml_',
    });
    assert.equal(applyEdits(text, [items[2].textEdit as TextEdit]).split('\n')[40], '      owner: cy');
  });

  it('replaces the half-typed id under the cursor, inside quotes when the value is quoted', async () => {
    const { items, text } = await complete('shop.roadmap.yaml', "      owner: 'cy'", "      owner: 'c<|>y'");
    assert.deepEqual(
      items.map((item) => item.label),
      ['ada', 'bo', 'cy'],
    );
    assert.ok(applyEdits(text, [items[0].textEdit as TextEdit]).includes("      owner: 'ada'\n"));
  });

  it("offers product team ids for an item's team and key result owners among members", async () => {
    const team = await complete('shop.roadmap.yaml', '      team: sellers\n      stage: delivery', '      team: <|>\n      stage: delivery');
    assert.deepEqual(team.items.map(shown), [{ label: 'sellers', detail: 'Sellers · Product team', insert: 'sellers' }]);
    const keyResult = await complete('shop.roadmap.yaml', '          unit: "%"\n          owner: bo', '          unit: "%"\n          owner: b<|>');
    assert.deepEqual(
      keyResult.items.map((item) => item.label),
      ['ada', 'bo', 'cy'],
    );
  });

  it('offers vision goals with their statement for visionGoal, from the vision the roadmap serves', async () => {
    const { items } = await complete('shop.roadmap.yaml', '      visionGoal: grow-shops', '      visionGoal: <|>');
    assert.deepEqual(items.map(shown), [
      { label: 'grow-shops', detail: 'Become the way corner shops sell online. · Vision goal', insert: 'grow-shops' },
      { label: 'keep-shops', detail: 'Keep shops with us as they grow. · Vision goal', insert: 'keep-shops' },
    ]);
    assert.deepEqual(items[0].documentation, {
      kind: 'markdown',
      value:
        '**Become the way corner shops sell online.** · Vision goal\n\nMetric: Shops with a weekly online sale  \nTarget: 5000\n\n_Vision goal `grow-shops` in shop.vision.yaml_',
    });
  });

  it('offers the needs not yet listed inside a flow list', async () => {
    const { items, text } = await complete('shop.roadmap.yaml', '      needs: [sell-online]', '      needs: [sell-online, <|>]');
    assert.deepEqual(items.map(shown), [{ label: 'know-stock', detail: 'I need to know what is in stock without counting shelves. · Customer need', insert: 'know-stock' }]);
    assert.ok(applyEdits(text, [items[0].textEdit as TextEdit]).includes('      needs: [sell-online, know-stock]\n'));
  });

  it('offers theme, objective and item ids; an item never depends on itself', async () => {
    const theme = await complete('shop.roadmap.yaml', '      theme: stock', '      theme: <|>');
    assert.deepEqual(theme.items.map(shown), [
      { label: 'storefront', detail: 'A shop window online · Theme', insert: 'storefront' },
      { label: 'stock', detail: 'Stock at a glance · Theme', insert: 'stock' },
    ]);
    const objective = await complete('shop.roadmap.yaml', '      theme: stock\n', '      theme: stock\n      objective: <|>\n');
    assert.deepEqual(objective.items.map(shown), [{ label: 'first-sales', detail: 'Shops make their first online sale in a week · Objective', insert: 'first-sales' }]);
    const item = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]', '      dependsOn: [<|>]');
    assert.deepEqual(item.items.map(shown), [{ label: 'shop-page', detail: 'A page for every shop · Roadmap item', insert: 'shop-page' }]);
    const own = await complete('shop.roadmap.yaml', '      outcome:\n        metric: Shops with', '      dependsOn: [<|>]\n      outcome:\n        metric: Shops with');
    assert.deepEqual(
      own.items.map((i) => i.label),
      ['stock-sync'],
    );
  });

  it('offers managers other than the member themself, and team ids in a block list', async () => {
    const manager = await complete('team.charter.yaml', '      role: product-designer\n      reportsTo: ada', '      role: product-designer\n      reportsTo: <|>');
    assert.deepEqual(
      manager.items.map((item) => item.label),
      ['ada', 'bo'],
    );
    const teams = await complete('team.charter.yaml', '      teams: [sellers]\n    - id: cy', '      teams:\n        - <|>\n    - id: cy');
    assert.deepEqual(teams.items.map(shown), [{ label: 'sellers', detail: 'Sellers · Product team', insert: 'sellers' }]);
  });

  it('offers enum values with what each means', async () => {
    const { items, text } = await complete('shop.roadmap.yaml', '      stage: discovery', '      stage: dis<|>');
    assert.deepEqual(items.map(shown), [
      { label: 'opportunity', detail: 'a problem worth exploring', insert: 'opportunity' },
      { label: 'discovery', detail: 'testing solutions', insert: 'discovery' },
      { label: 'validated', detail: 'evidence says build it', insert: 'validated' },
      { label: 'delivery', detail: 'being built', insert: 'delivery' },
      { label: 'released', detail: "in customers' hands, outcome being measured", insert: 'released' },
    ]);
    assert.equal(items[0].kind, 20);
    assert.ok(applyEdits(text, [items[3].textEdit as TextEdit]).includes('      stage: delivery\n      dependsOn'));
    const horizon = await complete('shop.roadmap.yaml', '      horizon: next', '      horizon: <|>');
    assert.deepEqual(horizon.items.map(shown), [
      { label: 'now', detail: 'in progress, with clear outcomes', insert: 'now' },
      { label: 'next', detail: 'being shaped through discovery', insert: 'next' },
      { label: 'later', detail: 'a direction, not a commitment', insert: 'later' },
    ]);
  });

  it('offers the keys the schema allows that are not already there, while the key is half typed', async () => {
    const { items, text } = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]', '      dependsOn: [shop-page]\n      con<|>');
    assert.deepEqual(items.map(shown), [
      { label: 'timeframe', detail: 'whole number or text', insert: 'timeframe: $0' },
      { label: 'objective', detail: 'objective id', insert: 'objective: $0' },
      { label: 'outcome', detail: 'mapping', insert: 'outcome:\n        $0' },
      { label: 'confidence', detail: 'one of high, medium, low', insert: 'confidence: ${1|high,medium,low|}' },
      { label: 'discovery', detail: 'mapping', insert: 'discovery:\n        $0' },
      { label: 'stakeholders', detail: 'list of entries', insert: 'stakeholders:\n        - $0' },
      { label: 'date', detail: 'mapping', insert: 'date:\n        $0' },
    ]);
    const confidence = items.find((item) => item.label === 'confidence')!;
    assert.equal(confidence.insertTextFormat, 2);
    assert.deepEqual(confidence.documentation, {
      kind: 'markdown',
      value: 'How confident the team is that the item will deliver its outcome. Low confidence calls for more discovery before delivery.',
    });
    assert.ok(applyEdits(text, [confidence.textEdit as TextEdit]).endsWith('      dependsOn: [shop-page]\n      confidence: ${1|high,medium,low|}\n'));
  });

  it('marks required keys and offers top-level keys on an empty line', async () => {
    const { items } = await complete('shop.roadmap.yaml', 'spec:\n  format: now-next-later\n', 'spec:\n  <|>\n');
    assert.deepEqual(items.map(shown), [
      { label: 'format', detail: 'one of now-next-later, timeline · required', insert: 'format: ${1|now-next-later,timeline|}' },
      { label: 'disclaimer', detail: 'text', insert: 'disclaimer: $0' },
    ]);
  });

  it('offers a snippet for a new roadmap item with its required fields on an empty line of the list', async () => {
    const { items } = await complete('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', '      dependsOn: [shop-page]\n\n    <|>\n');
    assert.deepEqual(items.map(shown).slice(0, 1), [
      {
        label: 'New roadmap item',
        detail: 'id, title, horizon, owner, stage',
        insert: '- id: $1\n      title: $2\n      horizon: ${3|now,next,later|}\n      owner: $4\n      stage: ${5|opportunity,discovery,validated,delivery,released|}',
      },
    ]);
    // Then the roadmap's own ready-made item (see snippets.test.ts), and nothing else.
    assert.deepEqual(
      items.map((item) => item.label),
      ['New roadmap item', 'ps-item'],
    );
    assert.equal(items[0].kind, 15);
    assert.equal(items[0].insertTextMode, 1);
  });

  it('offers a new member and a new product team after a dash, with the keys of the entry', async () => {
    const member = await complete('team.charter.yaml', '  productTeams:', '    - <|>\n  productTeams:');
    assert.deepEqual(member.items.map(shown), [
      {
        label: 'New member',
        detail: 'id, name, role',
        insert: 'id: $1\n      name: $2\n      role: ${3|head-of-product,director,group-pm,senior-pm,pm,apm,product-designer,ux-researcher,data-analyst|}',
      },
      { label: 'id', detail: 'kebab-case id · required', insert: 'id: $0' },
      { label: 'name', detail: 'text · required', insert: 'name: $0' },
      {
        label: 'role',
        detail: 'one of head-of-product, director, group-pm, senior-pm, pm, apm, product-designer, ux-researcher, data-analyst · required',
        insert: 'role: ${1|head-of-product,director,group-pm,senior-pm,pm,apm,product-designer,ux-researcher,data-analyst|}',
      },
      { label: 'reportsTo', detail: 'member id', insert: 'reportsTo: $0' },
      { label: 'teams', detail: 'list of product team ids', insert: 'teams: [$0]' },
      { label: 'startDate', detail: 'date (YYYY-MM-DD)', insert: 'startDate: $0' },
      { label: 'coaching', detail: 'mapping', insert: 'coaching:\n        $0' },
      { label: 'ps-member', detail: 'Team member', insert: member.items.find((item) => item.label === 'ps-member')!.textEdit!.newText },
    ]);
    assert.match((member.items[8].textEdit as TextEdit).newText, /^id: \$\{1:sam\}\n {6}name: \$\{2:Sam Okafor\}\n/);
    const team = await complete('team.charter.yaml', '      engineers: 4\n', '      engineers: 4\n    - <|>\n');
    assert.deepEqual(team.items.map(shown)[0], { label: 'New product team', detail: 'id, name, mission, pm', insert: 'id: $1\n      name: $2\n      mission: $3\n      pm: $4' });
  });

  it("offers the id of every rule as a key of the configuration's rules", async () => {
    const { items } = await complete('.productspecs.yaml', 'today: 2026-11-25\n', 'today: 2026-11-25\nrules:\n  culture/no-<|>\n');
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('culture/no-celebration'));
    assert.ok(labels.includes('team-development/span-of-control'));
    const celebration = items.find((item) => item.label === 'culture/no-celebration')!;
    assert.equal((celebration.textEdit as TextEdit).newText, 'culture/no-celebration: ${1|off,info,warning,error|}');
    assert.equal(celebration.detail, 'culture · info by default');
  });

  it('works in the middle of a block while the YAML does not parse, leaving out the keys below', async () => {
    const opened = await session.openAt(
      'shop.roadmap.yaml',
      session.edited('shop.roadmap.yaml', '      owner: bo\n      team: sellers\n', '      owner: bo\n      ob<|>\n      team: sellers\n'),
    );
    try {
      assert.ok(
        opened.diagnostics.some((d) => String(d.code).startsWith('yaml/')),
        'the text does not parse',
      );
      const list = await session.request<CompletionList>('textDocument/completion', { textDocument: { uri: opened.uri }, position: opened.position });
      assert.deepEqual(
        list.items.map((item) => item.label),
        ['timeframe', 'confidence', 'discovery', 'stakeholders', 'dependsOn', 'date'],
      );
    } finally {
      await session.close('shop.roadmap.yaml');
    }
  });

  it('offers the top-level keys of a new file, and its kind', async () => {
    const { items } = await complete('shop.roadmap.yaml', session.text('shop.roadmap.yaml'), 'apiVersion: productspecs/v1\nkind: Roadmap\n<|>');
    assert.deepEqual(items.map(shown), [
      { label: 'metadata', detail: 'mapping · required', insert: 'metadata:\n  $0' },
      { label: 'spec', detail: 'mapping · required', insert: 'spec:\n  $0' },
    ]);
    const kind = await complete('shop.roadmap.yaml', session.text('shop.roadmap.yaml'), 'apiVersion: productspecs/v1\nkind: <|>\n');
    assert.deepEqual(
      kind.items.map((item) => item.label),
      ['Roadmap'],
    );
  });

  it('offers the kinds in a spec file that does not say its kind yet', async () => {
    const opened = await session.openAt('draft.yaml', 'apiVersion: productspecs/v1\nkind: <|>\n');
    try {
      const list = await session.request<CompletionList>('textDocument/completion', { textDocument: { uri: opened.uri }, position: opened.position });
      assert.deepEqual(
        list.items.map((item) => item.label),
        ['Vision', 'Roadmap', 'TeamCharter'],
      );
    } finally {
      await session.close('draft.yaml');
    }
  });

  it('adds the space after a colon typed just before', async () => {
    const { items, text } = await complete('shop.roadmap.yaml', '      stage: discovery', '      stage:<|>');
    assert.equal(items.length, 5);
    assert.ok(applyEdits(text, [items[0].textEdit as TextEdit]).includes('      stage: opportunity\n'));
  });

  it('reads lists written at the column of their key', async () => {
    const compact = 'spec:\n  format: now-next-later\n  themes:\n  - id: storefront\n    name: A shop window online\n    <|>\n  items: []\n';
    const { items } = await complete('shop.roadmap.yaml', session.text('shop.roadmap.yaml').slice(session.text('shop.roadmap.yaml').indexOf('spec:')), compact);
    assert.deepEqual(
      items.map((item) => item.label),
      ['problem', 'needs', 'targetGroup'],
    );
    const entry = await complete(
      'shop.roadmap.yaml',
      session.text('shop.roadmap.yaml').slice(session.text('shop.roadmap.yaml').indexOf('spec:')),
      'spec:\n  themes:\n  - id: storefront\n  - <|>\n',
    );
    assert.equal(entry.items[0].label, 'New theme');
    assert.equal((entry.items[0].textEdit as TextEdit).newText, 'id: $1\n    name: $2\n    needs: [$3]');
  });

  it('offers nothing in the indentation before a key, nor between a dash and its space', async () => {
    assert.deepEqual((await complete('shop.roadmap.yaml', '      title: A page for every shop', '   <|>   title: A page for every shop')).items, []);
    assert.deepEqual((await complete('team.charter.yaml', '  productTeams:', '    -<|>\n  productTeams:')).items, []);
  });

  it('offers nothing inside free text, comments and block scalars', async () => {
    assert.deepEqual((await complete('shop.roadmap.yaml', '      title: A page for every shop', '      title: A page <|>')).items, []);
    assert.deepEqual((await complete('shop.roadmap.yaml', '    # the first thing shops see', '    # the first <|>thing shops see')).items, []);
    assert.deepEqual((await complete('shop.vision.yaml', '    A shop owner lists', '    A shop <|>owner lists')).items, []);
  });
});
