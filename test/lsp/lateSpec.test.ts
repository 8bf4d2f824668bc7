import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeTextDocumentNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ReportRequest } from '../../server/src/lsp/protocol';
import type { Report } from '../../server/src/core/report/types';
import { brief, copyFixture, LspClient, uri } from '../helpers/lspClient';

const WORKSPACE = path.resolve(__dirname, '../../../test/fixtures/features/workspace');

/** A roadmap in a file whose name is not a spec's: it is one only while it starts with its apiVersion line. */
const PLAN = `kind: Roadmap
metadata:
  id: plan
  vision: shop-vision
  owner: ada
spec:
  format: now-next-later
  objectives:
    - id: keep
      objective: Shops stay with us a second year
      visionGoal: keep-shops
      period: 2026-Q4
      type: committed
      keyResults:
        - id: renewals
          metric: Share of shops renewing
          target: 80
  themes:
    - id: renewals
      name: Renewals
      problem: Owners forget to renew.
      needs: [know-stock]
  items:
    - id: renewal-reminder
      title: Renewal reminders
      horizon: later
      theme: renewals
      owner: bob
      stage: opportunity
`;

const API_VERSION = 'apiVersion: productspecs/v1\n';
const UNTRACED_KEEP_SHOPS = 'vision/untraced-goal';

describe('a file that becomes a spec while open, or stops being one, over the language-server protocol', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;
  let plan: string;
  let vision: string;
  let version = 1;

  beforeEach(async () => {
    folder = copyFixture(WORKSPACE);
    plan = uri(path.join(folder, 'plan.yaml'));
    vision = uri(path.join(folder, 'shop.vision.yaml'));
    client = await LspClient.start(folder);
    await client.waitForDiagnostics(vision);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function edit(range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<PublishDiagnosticsParams> {
    version++;
    const published = client.waitForDiagnostics(plan, (params) => params.version === version);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: plan, version }, contentChanges: [{ range, text }] });
    return published;
  }

  const untraced = (params: PublishDiagnosticsParams): string[] =>
    params.diagnostics.filter((d) => d.code === UNTRACED_KEEP_SHOPS).map((d) => String(d.message).split(' is traced')[0]);

  async function reportFiles(): Promise<string[]> {
    return ((await client.connection.sendRequest(ReportRequest, {})) as Report).files.map((file) => path.basename(decodeURIComponent(file.uri))).sort();
  }

  it('checks plan.yaml once its apiVersion line is typed, and clears it and takes it out of the index once the line is deleted', async () => {
    assert.deepEqual(untraced(client.diagnostics.get(vision)!), ['Goal "keep-shops"']);
    await client.open(plan, PLAN, version);
    // Not a spec yet: nothing is published for it and the index does not hold it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(client.diagnostics.get(plan), undefined);
    assert.deepEqual(await reportFiles(), ['.productspecs.yaml', 'shop.roadmap.yaml', 'shop.vision.yaml', 'team.charter.yaml']);

    // Typing the apiVersion line at the top makes it a roadmap: checked, and its objective traces the vision's goal.
    const visionTraced = client.nextDiagnostics(vision, (params) => untraced(params).length === 0);
    const checked = await edit({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, API_VERSION);
    assert.deepEqual(checked.diagnostics.map(brief), [
      {
        range: '29:14-29:17',
        severity: 'error',
        code: 'execution/unknown-owner',
        message: 'The owner "bob" of item "renewal-reminder" names no member of any team charter: did you mean "bo"?',
      },
    ]);
    await visionTraced;
    assert.deepEqual(await reportFiles(), ['.productspecs.yaml', 'plan.yaml', 'shop.roadmap.yaml', 'shop.vision.yaml', 'team.charter.yaml']);

    // Deleting the line again: its diagnostics are cleared, it leaves the index, and the vision's goal is untraced again.
    const visionUntraced = client.nextDiagnostics(vision, (params) => untraced(params).length === 1);
    const cleared = await edit({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, '');
    assert.deepEqual(cleared.diagnostics, []);
    await visionUntraced;
    assert.deepEqual(await reportFiles(), ['.productspecs.yaml', 'shop.roadmap.yaml', 'shop.vision.yaml', 'team.charter.yaml']);

    // Further typing in the plain YAML file publishes nothing more for it.
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: plan, version: ++version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# notes\n' }],
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      client.published.slice(before).filter((params) => params.uri === plan),
      [],
    );
  });
});
