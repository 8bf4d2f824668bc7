import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, HoverRequest, MarkupContent, ResponseError } from 'vscode-languageserver-protocol/node';
import { copyFixture, LspClient, uri } from '../helpers/lspClient';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/lsp/basic');

describe('a request whose handler fails', function () {
  this.timeout(30_000);

  it('gets an error reply and a log line, and the server goes on answering', async () => {
    const folder = copyFixture(FIXTURE);
    const client = await LspClient.start(folder);
    try {
      const file = path.join(folder, 'payments.roadmap.yaml');
      const fileUri = uri(file);
      await client.open(fileUri, fs.readFileSync(file, 'utf8'));
      await client.waitForDiagnostics(fileUri);
      // A position that is not a position makes the hover handler throw.
      const failure = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: null as never }).then(
        () => undefined,
        (error: unknown) => error,
      );
      assert.ok(failure instanceof ResponseError, 'the request is answered with an error');
      assert.equal(failure.code, ErrorCodes.InternalError);
      assert.equal(failure.message, "Request textDocument/hover failed with message: Cannot read properties of null (reading 'line')");
      const logged = client.logs.find((line) => line.startsWith('Product Specs: onHover failed:'));
      assert.equal(
        logged?.split('\n')[0],
        "Product Specs: onHover failed: TypeError: Cannot read properties of null (reading 'line')",
        `a log line names the failure: ${client.logs.join('\n')}`,
      );
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri }, position: { line: 16, character: 9 } });
      // The next request gets its real answer: the hover of the `stage` key on line 17.
      assert.ok(hover && MarkupContent.is(hover.contents), 'the next request is answered with markdown');
      assert.deepEqual(hover.range, { start: { line: 16, character: 6 }, end: { line: 16, character: 11 } });
      assert.equal(hover.contents.value.split('\n')[0], '**stage** · one of opportunity, discovery, validated, delivery, released');
    } finally {
      await client.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
