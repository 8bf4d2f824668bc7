import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { brief, copyFixture, LspClient, uri } from '../helpers/lspClient';

const EXAMPLE = path.resolve(__dirname, '../../../examples/acme');

const unknownOwners = (params: PublishDiagnosticsParams) => params.diagnostics.map(brief).filter((d) => d.code === 'execution/unknown-owner');

describe('cross-file diagnostics through the language server', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;

  beforeEach(async () => {
    folder = copyFixture(EXAMPLE);
    fs.writeFileSync(path.join(folder, '.productspecs.yaml'), 'today: 2026-11-25\n');
    client = await LspClient.start(folder);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('renaming a member in the charter makes the closed roadmap report the old id at once, and renaming back clears it', async () => {
    const roadmap = uri(path.join(folder, 'acme.roadmap.yaml'));
    const charter = uri(path.join(folder, 'team.charter.yaml'));
    assert.deepEqual(unknownOwners(await client.waitForDiagnostics(roadmap)), []);

    const text = fs.readFileSync(path.join(folder, 'team.charter.yaml'), 'utf8');
    await client.open(charter, text, 1);
    await client.waitForDiagnostics(charter, (p) => p.version === 1);
    await client.replaceAll(charter, text.replace('    - id: sam\n', '    - id: samuel\n'), 2);
    const renamed = await client.waitForDiagnostics(roadmap, (p) => unknownOwners(p).length > 0);
    const message = (what: string) => `The owner "sam" of ${what} names no member of any team charter: use a member's id, or add them to a charter's members.`;
    assert.deepEqual(
      unknownOwners(renamed).map((d) => [d.range, d.severity, d.message]),
      [
        ['28:18-28:21', 'error', message('key result "same-day-payout-share"')],
        ['142:14-142:17', 'error', message('item "real-time-ledger"')],
        ['176:14-176:17', 'error', message('item "instant-payouts"')],
        ['438:14-438:17', 'error', message('item "payout-scheduling"')],
        ['515:14-515:17', 'error', message('item "working-capital-advances"')],
      ],
    );

    await client.replaceAll(charter, text, 3);
    const fixed = await client.waitForDiagnostics(roadmap, (p) => unknownOwners(p).length === 0);
    assert.deepEqual(unknownOwners(fixed), []);
  });
});
