import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { OrgChartNode } from '../../server/src/core/report/types';
import type { TreeNode } from '../../server/src/core/views/treeNode';
import { ReportRequest, ResponsibilitiesRequest, RoadmapRequest, TeamRequest, TemplateRequest } from '../../server/src/lsp/protocol';
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

/** A tree as lines: label, description, severity and (for findings) where a click takes the user. */
function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.label} — ${node.description}${node.severity ? ` (${node.severity})` : ''}${node.location ? ` @${path.basename(node.location.uri)}:${node.location.range.start.line + 1}` : ''}`,
    ...outline(node.children ?? [], depth + 1),
  ]);
}

describe('language server: the Responsibilities tree and new files on the configured today', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient | undefined;

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function start(source: string | undefined, config: string): Promise<LspClient> {
    folder = source ? copyFixture(source) : fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-test-'));
    fs.writeFileSync(path.join(folder, '.productspecs.yaml'), config);
    client = await LspClient.start(folder);
    await client.waitForDiagnostics(uri(path.join(folder, source ? 'team.charter.yaml' : '.productspecs.yaml')));
    return client;
  }

  it('productSpecs/responsibilities gives the areas with their score, the rules with findings and the findings with their place', async () => {
    const tree = await (await start(ACME, 'today: 2026-11-25\n')).connection.sendRequest(ResponsibilitiesRequest, {});
    assert.deepEqual(outline(tree), [
      'Team development — 94/100 (warning)',
      '  stale-assessment — 1 finding (warning)',
      '    Member "mia" was last assessed 148 days ago (2026-06-30) — team.charter.yaml:79 (warning) @team.charter.yaml:79',
      '  junior-without-mentor — 1 finding (warning)',
      '    Associate PM "leo" has no mentor — team.charter.yaml:91 (warning) @team.charter.yaml:91',
      'Vision creation — 97/100 (warning)',
      '  goal-without-metric — 1 finding (warning)',
      '    Goal "be-recommended" has no metric — acme.vision.yaml:112 (warning) @acme.vision.yaml:112',
      'Execution — 94/100 (warning)',
      '  now-without-outcome — 1 finding (warning)',
      '    Now item "faster-identity-checks" has no outcome — acme.roadmap.yaml:315 (warning) @acme.roadmap.yaml:315',
      '  raci-accountable — 1 finding (warning)',
      '    Item "smart-retries" has 2 accountable stakeholders ("mia" and "Head of Risk and Compliance") — acme.roadmap.yaml:268 (warning) @acme.roadmap.yaml:268',
      'Culture — 94/100 (warning)',
      '  untested-assumptions — 1 finding (warning)',
      '    Now item "weekly-sales-digest" is in discovery with no assumption test — acme.roadmap.yaml:341 (warning) @acme.roadmap.yaml:341',
      '  team-without-designer — 1 finding (warning)',
      '    Product team "merchant-insights" has no designer (a product-designer hire for it is interviewing) — team.charter.yaml:221 (warning) @team.charter.yaml:221',
    ]);
    assert.deepEqual(
      tree.map((area) => [area.id, area.kind, area.hints, area.expanded]),
      [
        ['area/team-development', 'area', 2, true],
        ['area/vision', 'area', 1, true],
        ['area/execution', 'area', 2, true],
        ['area/culture', 'area', 2, true],
      ],
    );
    assert.equal(tree[0].tooltip, 'Team development: score 94 of 100\n0 errors, 2 warnings, 0 infos\n10 rules passed, 2 with findings, 0 not checked');
    const finding = tree[0].children![0].children![0];
    assert.deepEqual(finding, {
      id: 'rule/team-development/stale-assessment/0',
      kind: 'finding',
      label: 'Member "mia" was last assessed 148 days ago (2026-06-30)',
      description: 'team.charter.yaml:79',
      tooltip:
        'warning: Member "mia" was last assessed 148 days ago (2026-06-30): consider a skills assessment at least every 90 days so coaching targets the right gaps.\nteam-development/stale-assessment',
      severity: 'warning',
      location: { uri: uri(path.join(folder, 'team.charter.yaml')), range: { start: { line: 78, character: 24 }, end: { line: 78, character: 34 } } },
    });
  });

  it('without spec files, productSpecs/responsibilities is empty and a new file is dated the configured today', async () => {
    const server = await start(undefined, 'today: 2025-02-03\n');
    assert.deepEqual(await server.connection.sendRequest(ResponsibilitiesRequest, {}), []);
    const dates = await Promise.all(
      (['Vision', 'Roadmap', 'TeamCharter'] as const).map(
        async (kind) => (await server.connection.sendRequest(TemplateRequest, { kind })).text.match(/^ {2}lastReviewed: (.*)$/m)?.[1],
      ),
    );
    assert.deepEqual(dates, ['2025-02-03', '2025-02-03', '2025-02-03']);
  });
});
