import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OrgChartNode } from '../../server/src/core/report/types';
import { ReportRequest, RoadmapRequest, TeamRequest, TemplateRequest } from '../../server/src/lsp/protocol';
import { copyFixture, LspClient, uri } from '../helpers/lspClient';

const ACME = path.resolve(__dirname, '../../../examples/acme');

describe('language server: custom requests for the trees, the report and new files', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;
  let charter: string;

  beforeEach(async () => {
    folder = copyFixture(ACME);
    charter = uri(path.join(folder, 'team.charter.yaml'));
    client = await LspClient.start(folder);
    await client.waitForDiagnostics(charter);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('productSpecs/team gives the Product Team tree', async () => {
    const tree = await client.connection.sendRequest(TeamRequest, {});
    assert.deepEqual(
      tree.map((node) => [node.kind, node.label, node.description]),
      [
        ['manager', 'Jordan Lee', 'CEO'],
        ['peers', 'Peers', '3'],
        ['teams', 'Product teams', '4'],
        ['hiring', 'Open and planned hires', '2'],
      ],
    );
    assert.deepEqual(
      tree[0].children![0].children!.map((node) => node.label),
      ['Ravi Menon', 'Nora Lindqvist', 'Léa Dubois', 'Kai Brandt', "Finn O'Connor", 'Inês Carvalho', 'Omar Haddad'],
    );
    // The charter is not open in the editor: its place is still exact.
    assert.deepEqual(tree[0].children![0].location, { uri: charter, range: { start: { line: 34, character: 6 }, end: { line: 34, character: 14 } } });
  });

  it('productSpecs/roadmap gives now, next and later', async () => {
    const tree = await client.connection.sendRequest(RoadmapRequest, {});
    assert.deepEqual(
      tree.map((node) => `${node.label} — ${node.description}`),
      ['Now — 7 items', 'Next — 6 items', 'Later — 5 items'],
    );
  });

  it('productSpecs/report gives the report of the editor text, pending edits included', async () => {
    const before = await client.connection.sendRequest(ReportRequest, {});
    assert.deepEqual(
      before.areas.map((area) => area.area),
      ['team-development', 'vision', 'execution', 'culture'],
    );
    assert.equal(before.team!.members, 13);
    const text = fs.readFileSync(path.join(folder, 'team.charter.yaml'), 'utf8');
    await client.open(charter, text);
    await client.replaceAll(charter, text.replace('    - id: yuki\n      name: Yuki Tanaka\n', '    - id: yuki\n      name: Yuki <Tanaka>\n'), 2);
    const after = await client.connection.sendRequest(ReportRequest, {});
    const names = (nodes: readonly OrgChartNode[]): string[] => nodes.flatMap((node) => [node.name, ...names(node.children)]);
    assert.ok(names(before.orgChart).includes('Yuki Tanaka'));
    assert.ok(names(after.orgChart).includes('Yuki <Tanaka>'));
    assert.ok(!names(after.orgChart).includes('Yuki Tanaka'));
  });

  it('productSpecs/template gives a roadmap that names the workspace vision and Head of Product', async () => {
    const template = await client.connection.sendRequest(TemplateRequest, { kind: 'Roadmap' });
    assert.equal(template.fileName, 'product.roadmap.yaml');
    assert.match(template.text, /^ {2}vision: acme-vision\n {2}owner: dana$/m);
  });
});
