import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { LARGE_FILE_BYTES } from '../../server/src/lsp/largeFiles';
import { lintFiles } from '../helpers/engine';
import { brief, copyFixture, LspClient, uri } from '../helpers/lspClient';

const WORKSPACE = path.resolve(__dirname, '../../../test/fixtures/features/workspace');
const FILES = ['shop.vision.yaml', 'shop.roadmap.yaml', 'team.charter.yaml'];

/** The features roadmap grown past the size read on another thread: an objective tracing `keep-shops`, then 2,000 more items. */
function largeRoadmap(): string {
  const text = fs.readFileSync(path.join(WORKSPACE, 'shop.roadmap.yaml'), 'utf8');
  const objective = `  objectives:
    - id: keep-them
      objective: Shops stay with us a second year
      visionGoal: keep-shops
      period: 2026-Q4
      type: committed
      keyResults:
        - id: renewals
          metric: Share of shops renewing
          target: 80
          owner: bo
`;
  const items: string[] = [];
  for (let n = 1; n <= 2000; n++) {
    items.push(`    - id: extra-${n}
      title: Extra item number ${n} for the corner shops
      horizon: later
      theme: stock
      owner: ${n === 1000 ? 'bob' : 'bo'}
      team: sellers
      stage: ${n === 1500 ? 'done' : 'opportunity'}
`);
  }
  return text.replace('  objectives:\n', objective) + items.join('');
}

describe('large files are read on another thread during the start-up scan, with the same findings', function () {
  this.timeout(60_000);
  let folder: string;
  let client: LspClient;
  let roadmap: string;
  const uriOf = (name: string): string => uri(path.join(folder, name));

  before(async () => {
    folder = copyFixture(WORKSPACE);
    roadmap = largeRoadmap();
    assert.ok(Buffer.byteLength(roadmap) >= LARGE_FILE_BYTES, `the roadmap has ${Buffer.byteLength(roadmap)} bytes`);
    fs.writeFileSync(path.join(folder, 'shop.roadmap.yaml'), roadmap);
    client = await LspClient.start(folder);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('publishes for every file exactly what the engine finds on one thread, cross-file findings included', async () => {
    const texts = Object.fromEntries(FILES.map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
    const expected = lintFiles(texts, { config: fs.readFileSync(path.join(folder, '.productspecs.yaml'), 'utf8') });
    for (const name of FILES) {
      const published = await client.waitForDiagnostics(uriOf(name));
      assert.deepEqual(published.diagnostics.map(brief), expected[name], name);
    }
    const roadmapFindings = expected['shop.roadmap.yaml'];
    assert.deepEqual(
      roadmapFindings.filter((finding) => /unknown-owner|schema\/enum/.test(finding.code)),
      [
        {
          range: '7064:14-7064:17',
          severity: 'error',
          code: 'execution/unknown-owner',
          message: 'The owner "bob" of item "extra-1000" names no member of any team charter: did you mean "bo"?',
        },
        {
          range: '10566:14-10566:18',
          severity: 'error',
          code: 'schema/enum',
          message: '"done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released.',
        },
      ],
    );
    // The vision's goal keep-shops is traced by the large roadmap's objective: known to the index of this thread.
    assert.deepEqual(
      expected['shop.vision.yaml'].filter((finding) => finding.code === 'vision/untraced-goal'),
      [],
    );
    await until(() => client.logs.some((line) => line.includes('checked 4 spec files') && line.includes('(1 large one read on another thread)')));
    assert.deepEqual(
      client.logs.filter((line) => /failed/.test(line)),
      [],
      'the other thread did its work: nothing was read again here',
    );
  });

  it('navigates into and out of the large file (its tree is built when first needed)', async () => {
    const lines = roadmap.split('\n');
    const line = lines.indexOf('      owner: bo', 7000);
    const definition = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: uriOf('shop.roadmap.yaml') },
      position: { line, character: 14 },
    })) as Location[];
    assert.deepEqual(
      definition.map((location) => [location.uri, location.range.start.line + 1, location.range.start.character + 1]),
      [[uriOf('team.charter.yaml'), 17, 11]],
    );
    const charter = fs.readFileSync(path.join(folder, 'team.charter.yaml'), 'utf8').split('\n');
    const references = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uriOf('team.charter.yaml') },
      position: { line: charter.indexOf('    - id: bo'), character: 10 },
      context: { includeDeclaration: false },
    })) as Location[];
    const inRoadmap = references.filter((location) => location.uri === uriOf('shop.roadmap.yaml'));
    assert.equal(inRoadmap.length, 2 + 1 + 1999, 'the two original items, the new key result and 1,999 new items');
    assert.ok(inRoadmap.some((location) => location.range.start.line === line && location.range.start.character === 13));
  });

  it('takes the editor text over the one read from disk once the file is opened, and checks each edit', async () => {
    const fixed = roadmap.replace('stage: done', 'stage: delivery');
    await client.open(uriOf('shop.roadmap.yaml'), fixed, 2);
    const opened = await client.waitForDiagnostics(uriOf('shop.roadmap.yaml'), (params) => params.version === 2);
    assert.deepEqual(
      opened.diagnostics.filter((d) => d.code === 'schema/enum'),
      [],
    );
    assert.equal(opened.diagnostics.filter((d) => d.code === 'execution/unknown-owner').length, 1);
  });
});

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
