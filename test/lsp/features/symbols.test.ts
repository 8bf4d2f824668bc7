import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver-protocol';
import { Session, type FileName } from './session';

const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));

/** One line per symbol, indented by depth: `name — detail (Kind) 1:1-2:3`. */
function tree(symbols: readonly DocumentSymbol[], depth = 0, maxDepth = Infinity): string[] {
  return symbols.flatMap((symbol) => {
    const { start, end } = symbol.range;
    const line = `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''} (${KIND_NAMES[symbol.kind]}) ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
    return [line, ...(depth < maxDepth ? tree(symbol.children ?? [], depth + 1, maxDepth) : [])];
  });
}

describe('symbols and folding over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  async function outline(name: FileName): Promise<DocumentSymbol[]> {
    return session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: session.uri(name) } });
  }

  function child(symbols: readonly DocumentSymbol[], ...names: string[]): DocumentSymbol {
    let found: DocumentSymbol | undefined;
    let list = symbols;
    for (const name of names) {
      found = list.find((symbol) => symbol.name === name);
      if (!found) throw new Error(`No symbol ${name}`);
      list = found.children ?? [];
    }
    return found!;
  }

  it('outlines a roadmap with objectives, themes and items by their names', async () => {
    const symbols = await outline('shop.roadmap.yaml');
    assert.deepEqual(tree(symbols, 0, 0), [
      'apiVersion — productspecs/v1 (String) 1:1-1:28',
      'kind — Roadmap (String) 2:1-2:14',
      'metadata (Object) 3:1-7:13',
      'spec (Object) 8:1-56:29',
    ]);
    assert.deepEqual(tree(child(symbols, 'spec').children!, 0, 1), [
      'format — now-next-later (String) 9:3-9:25',
      'objectives (Array) 10:3-22:20',
      '  Shops make their first online sale in a week — first-sales (Constant) 11:7-22:20',
      'themes (Array) 23:3-33:31',
      '  A shop window online — storefront (Namespace) 24:7-28:31',
      '  Stock at a glance — stock (Namespace) 29:7-33:31',
      'items (Array) 34:3-56:29',
      '  A page for every shop — shop-page (Function) 36:7-47:20',
      '  Stock sync from the till — stock-sync (Function) 49:7-56:29',
    ]);
    assert.deepEqual(tree([child(symbols, 'spec', 'items', 'Stock sync from the till')]), [
      'Stock sync from the till — stock-sync (Function) 49:7-56:29',
      '  id — stock-sync (String) 49:7-49:21',
      '  title — Stock sync from the till (String) 50:7-50:40',
      '  horizon — next (String) 51:7-51:20',
      '  theme — stock (String) 52:7-52:19',
      '  owner — cy (String) 53:7-53:18',
      '  team — sellers (String) 54:7-54:20',
      '  stage — discovery (String) 55:7-55:23',
      '  dependsOn (Array) 56:7-56:29',
      '    shop-page (String) 56:19-56:28',
    ]);
    const item = child(symbols, 'spec', 'items', 'A page for every shop');
    assert.deepEqual(item.selectionRange, { start: { line: 36, character: 13 }, end: { line: 36, character: 34 } });
  });

  it('outlines a huge roadmap level by level up to 5,000 symbols: every key, then as many items as fit', async () => {
    const lines = [
      'apiVersion: productspecs/v1',
      'kind: Roadmap',
      'metadata:',
      '  id: huge',
      '  vision: shop-vision',
      '  owner: cy',
      'spec:',
      '  format: now-next-later',
      '  themes:',
      '    - id: stock',
      '      name: Stock at a glance',
      '  items:',
    ];
    for (let i = 1; i <= 6000; i++)
      lines.push(`    - id: item-${i}`, `      title: Item ${i}`, '      horizon: later', '      theme: stock', '      owner: cy', '      stage: opportunity');
    await session.open('shop.roadmap.yaml', `${lines.join('\n')}\n`);
    const symbols = await outline('shop.roadmap.yaml');
    const count = (list: readonly DocumentSymbol[]): number => list.reduce((sum, symbol) => sum + 1 + count(symbol.children ?? []), 0);
    // 5,000 symbols and a last one saying how many more there are (42,013 in all), at the end of the file (which ends with a line break).
    assert.equal(count(symbols), 5001);
    assert.deepEqual(tree(symbols.slice(-1)), ['37,013 more symbols left out: the outline holds the first 5,000 (Null) 36013:1-36013:1']);
    // 4 top-level keys, 3 under metadata, 3 under spec, the theme, then 4,989 items, all without their fields.
    assert.deepEqual(tree(symbols.slice(0, -1), 0, 1), [
      'apiVersion — productspecs/v1 (String) 1:1-1:28',
      'kind — Roadmap (String) 2:1-2:14',
      'metadata (Object) 3:1-6:12',
      '  id — huge (String) 4:3-4:11',
      '  vision — shop-vision (String) 5:3-5:22',
      '  owner — cy (String) 6:3-6:12',
      'spec (Object) 7:1-36012:25',
      '  format — now-next-later (String) 8:3-8:25',
      '  themes (Array) 9:3-11:30',
      '  items (Array) 12:3-36012:25',
    ]);
    const items = child(symbols, 'spec', 'items').children!;
    assert.equal(items.length, 4989);
    assert.deepEqual(tree(items.slice(-1)), ['Item 4989 — item-4989 (Function) 29941:7-29946:25']);
    assert.deepEqual(tree(child(symbols, 'spec', 'themes').children!), ['Stock at a glance — stock (Namespace) 10:7-11:30']);
    await session.close('shop.roadmap.yaml');
  });

  it('outlines members by name and goals by statement', async () => {
    const charter = await outline('team.charter.yaml');
    assert.deepEqual(tree(child(charter, 'spec', 'members').children!, 0, 0), [
      'Ada Lovel — ada (Class) 14:7-16:28',
      'Bo Chen — bo (Class) 17:7-21:23',
      'Cy Park — cy (Class) 22:7-26:23',
    ]);
    assert.deepEqual(tree(child(charter, 'spec', 'productTeams').children!, 0, 0), ['Sellers — sellers (Struct) 28:7-33:19']);
    const vision = await outline('shop.vision.yaml');
    assert.deepEqual(tree(child(vision, 'spec', 'goals').children!, 0, 0), [
      'Become the way corner shops sell online. — grow-shops (Event) 33:7-36:19',
      'Keep shops with us as they grow. — keep-shops (Event) 37:7-40:18',
    ]);
    assert.deepEqual(tree(child(vision, 'spec', 'needs').children!, 0, 0), [
      'I need to sell to customers who no longer walk past my shop. — sell-online (Interface) 22:7-26:69',
      'I need to know what is in stock without counting shelves. — know-stock (Interface) 27:7-31:56',
    ]);
  });

  it('outlines the text being edited, with entries that define no id named by their fields', async () => {
    const text = session.text('shop.roadmap.yaml') + '      stakeholders:\n        - who: Finance\n          raci: C\n';
    const opened = await session.open('shop.roadmap.yaml', text);
    try {
      const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: opened.uri } });
      assert.deepEqual(tree(child(symbols, 'spec', 'items', 'Stock sync from the till', 'stakeholders').children!), [
        'Finance (Object) 58:11-59:18',
        '  who — Finance (String) 58:11-58:23',
        '  raci — C (String) 59:11-59:18',
      ]);
    } finally {
      await session.close('shop.roadmap.yaml');
    }
  });

  it('folds every mapping, list entry and multi-line value, and blocks of comments', async () => {
    const folds = (name: FileName) => session.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: session.uri(name) } });
    const lines = (ranges: FoldingRange[]) => ranges.map((range) => `${range.startLine + 1}-${range.endLine + 1}${range.kind ? ` ${range.kind}` : ''}`);
    assert.deepEqual(lines(await folds('shop.roadmap.yaml')), ['3-7', '8-56', '10-22', '11-22', '16-22', '17-22', '23-33', '24-28', '29-33', '34-56', '36-47', '44-47', '49-56']);
    assert.deepEqual(lines(await folds('shop.vision.yaml')), [
      '3-8',
      '9-40',
      '11-12',
      '14-16',
      '17-20',
      '18-20',
      '21-31',
      '22-26',
      '25-26',
      '27-31',
      '30-31',
      '32-40',
      '33-36',
      '37-40',
    ]);
    const commented = `# Corner Shop roadmap\n# owned by the product team\n${session.text('shop.roadmap.yaml')}`;
    const opened = await session.open('shop.roadmap.yaml', commented);
    try {
      const ranges = await session.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: opened.uri } });
      assert.deepEqual(lines(ranges).slice(0, 2), ['1-2 comment', '5-9']);
    } finally {
      await session.close('shop.roadmap.yaml');
    }
  });

  it('finds the ids of the workspace by name or id', async () => {
    const found = await session.request<SymbolInformation[]>('workspace/symbol', { query: 'bo' });
    const shown = (symbols: SymbolInformation[]) =>
      symbols.map(
        (symbol) =>
          `${symbol.name} (${KIND_NAMES[symbol.kind]}) ${symbol.containerName} → ${path.basename(decodeURIComponent(symbol.location.uri))}:${symbol.location.range.start.line + 1}`,
      );
    assert.deepEqual(shown(found), ['Bo Chen (Class) Member bo · team.charter.yaml → team.charter.yaml:17']);
    assert.deepEqual(shown(await session.request<SymbolInformation[]>('workspace/symbol', { query: 'stock' })), [
      'Stock at a glance (Namespace) Theme stock · shop.roadmap.yaml → shop.roadmap.yaml:29',
      'Stock sync from the till (Function) Roadmap item stock-sync · shop.roadmap.yaml → shop.roadmap.yaml:49',
      'I need to know what is in stock without counting shelves. (Interface) Customer need know-stock · shop.vision.yaml → shop.vision.yaml:27',
    ]);
    assert.deepEqual(shown(await session.request<SymbolInformation[]>('workspace/symbol', { query: 'shops grow' })), [
      'Become the way corner shops sell online. (Event) Vision goal grow-shops · shop.vision.yaml → shop.vision.yaml:33',
      'Keep shops with us as they grow. (Event) Vision goal keep-shops · shop.vision.yaml → shop.vision.yaml:37',
    ]);
    assert.equal((await session.request<SymbolInformation[]>('workspace/symbol', { query: '' })).length, 18);
  });
});
