import * as assert from 'node:assert/strict';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyEdits, editsOf } from '../helpers/applyEdits';
import { brief } from '../helpers/lspClient';
import { Session } from './features/session';
import type { TreeNode } from '../../server/src/core/views/treeNode';

/** The features roadmap with its second item written as the first one merged in, plus its own id and title. */
function mergingRoadmap(text: string, anchoredOwner: string, mergeLine = '    - <<: *next-stock\n      id: stock-alerts\n'): string {
  const at = text.indexOf('    - id: stock-sync');
  return `${text.slice(0, at)}    - &next-stock
      id: stock-sync
      title: Stock sync from the till
      horizon: next
      theme: stock
      owner: ${anchoredOwner}
      team: sellers
      stage: discovery
${mergeLine}      title: Stock alerts
`;
}

/** Every item of the Roadmap tree as `horizon: title (description)`. */
function treeItems(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((group) => (group.children ?? []).map((item) => `${group.label}: ${item.label} (${item.description ?? ''})`));
}

describe('merge keys and anchors over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  it('counts merged values as the item’s own, places a finding about one on the << line, and re-checks the merging item when the anchored entry changes', async () => {
    const disk = session.text('shop.roadmap.yaml');
    const opened = await session.open('shop.roadmap.yaml', mergingRoadmap(disk, 'zed'));
    const message = (item: string): string => `The owner "zed" of item "${item}" names no member of any team charter: use a member's id, or add them to a charter's members.`;
    // No unknown "<<", no missing owner, stage, horizon or theme: only the unknown owner, once per item, the merged one on the << line.
    assert.deepEqual(opened.diagnostics.map(brief), [
      { range: '54:14-54:17', severity: 'error', code: 'execution/unknown-owner', message: message('stock-sync') },
      { range: '57:7-57:22', severity: 'error', code: 'execution/unknown-owner', message: message('stock-alerts') },
    ]);

    // An edit of the anchored entry alone (typed, sent as a change of the open document) re-checks the item that merges it.
    await session.client.replaceAll(opened.uri, mergingRoadmap(disk, 'cy'), 1000);
    const edited = await session.client.waitForDiagnostics(opened.uri, (params) => params.version === 1000);
    assert.deepEqual(edited.diagnostics.map(brief), []);
    // And back: both items get the finding again.
    await session.client.replaceAll(opened.uri, mergingRoadmap(disk, 'zed'), 1001);
    const reverted = await session.client.waitForDiagnostics(opened.uri, (params) => params.version === 1001);
    assert.deepEqual(reverted.diagnostics.map(brief), opened.diagnostics.map(brief));
    await session.close('shop.roadmap.yaml');
  });

  it('places a finding about a merged value on the << line wherever the line stands in the item', async () => {
    const disk = session.text('shop.roadmap.yaml');
    const opened = await session.open('shop.roadmap.yaml', mergingRoadmap(disk, 'zed', '    - id: stock-alerts\n      <<: *next-stock\n'));
    assert.deepEqual(
      opened.diagnostics.map(brief).filter((d) => d.message.includes('"stock-alerts"')),
      [
        {
          range: '58:7-58:22',
          severity: 'error',
          code: 'execution/unknown-owner',
          message: 'The owner "zed" of item "stock-alerts" names no member of any team charter: use a member\'s id, or add them to a charter\'s members.',
        },
      ],
    );
    await session.close('shop.roadmap.yaml');
  });

  it('offers quick fixes where the value is written, and none that would rewrite the << line', async () => {
    const disk = session.text('shop.roadmap.yaml');
    const text = mergingRoadmap(disk, 'cyy');
    const opened = await session.open('shop.roadmap.yaml', text);
    const fixesOf = async (line: number): Promise<Array<{ title: string; text: string }>> => {
      const diagnostic = opened.diagnostics.find((d) => d.range.start.line === line - 1)!;
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: opened.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      return actions.map((action) => ({ title: action.title, text: applyEdits(text, editsOf(action.edit!, opened.uri).edits) }));
    };
    const anchored = await fixesOf(54);
    const merged = await fixesOf(57);
    assert.deepEqual(
      anchored.map((fix) => fix.title),
      ['Change "cyy" to "cy"', 'Disable execution/unknown-owner for this line', 'Disable execution/unknown-owner for this file'],
    );
    assert.equal(anchored[0].text, text.replace('owner: cyy', 'owner: cy'));
    // On the << line nothing offers to change the value, which is written elsewhere; the line stays as it is.
    assert.deepEqual(
      merged.map((fix) => fix.title),
      ['Disable execution/unknown-owner for this line', 'Disable execution/unknown-owner for this file'],
    );
    for (const fix of merged) assert.ok(fix.text.includes('    - <<: *next-stock\n      id: stock-alerts\n'), fix.title);
    await session.close('shop.roadmap.yaml');
  });

  it('shows merged values in hovers and in the Roadmap tree', async () => {
    const disk = session.text('shop.roadmap.yaml');
    const text = mergingRoadmap(disk, 'cy');
    const { uri } = await session.open('shop.roadmap.yaml', text);
    const line = text.slice(0, text.indexOf('id: stock-alerts')).split('\n').length - 1;
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 12 } });
    const tree = await session.request<TreeNode[]>('productSpecs/roadmap', {});
    assert.equal(
      (hover?.contents as MarkupContent | undefined)?.value,
      '**Stock alerts** · Roadmap item\n\nHorizon: next  \nStage: discovery  \nOwner: Cy Park (`cy`)  \nTeam: Sellers (`sellers`)  \nTheme: Stock at a glance (`stock`)\n\n_Roadmap item `stock-alerts` in shop.roadmap.yaml_\n\n0 references',
    );
    assert.deepEqual(treeItems(tree), [
      'Now: A page for every shop (Bo Chen · delivery)',
      'Next: Stock sync from the till (Cy Park · discovery)',
      'Next: Stock alerts (Cy Park · discovery)',
    ]);
    await session.close('shop.roadmap.yaml');
  });
});
