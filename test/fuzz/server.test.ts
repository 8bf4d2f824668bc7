import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { LspClient, uri } from '../helpers/lspClient';
import { BUDGET_MS, brokenReason, describeFailures, firstLine, fuzzCount, FuzzStats, SEED } from './check';
import { EXAMPLES, fuzzInputs, specialInputs, type FuzzInput } from './inputs';

/** Random inputs sent to the server in `npm test`, on top of the fixed ones; `npm run fuzz` sets FUZZ_SERVER_COUNT. */
const QUICK_COUNT = 60;

/** Time an input may take, from sending it to its diagnostics, a fresh document's diagnostics and an outline, before the server counts as hung. */
const WAIT_MS = BUDGET_MS + 3000;

const LOG_PROBLEM = /failed|error|exception|uncaught/i;

/** Requests sent about every input, and whether they take a position. */
const REQUESTS: ReadonlyArray<readonly [string, boolean]> = [
  ['textDocument/documentSymbol', false],
  ['textDocument/foldingRange', false],
  ['textDocument/hover', true],
  ['textDocument/completion', true],
];

/** The line and UTF-16 character of an offset, as the protocol counts them. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: (before.match(/\r\n|\r|\n/g) ?? []).length, character: offset - lineStart };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: Error) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** The fixed inputs, then `count` random ones taken evenly from at least 2,000 (truncations and mutations alike), made one at a time. */
function* sample(count: number): Generator<FuzzInput> {
  yield* specialInputs();
  const pool = Math.max(count, 2000);
  let taken = 0;
  let index = 0;
  for (const input of fuzzInputs(pool, SEED + 1)) {
    if (index++ === Math.floor((taken * pool) / count)) {
      taken++;
      yield input;
    }
  }
}

describe('fuzz: the language server over stdio', function () {
  this.timeout(900_000);
  const stats = new FuzzStats('language server');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-fuzz-'));
  let client: LspClient;
  let version = 0;
  let probes = 0;
  let opened = new Set<string>();

  const start = async (): Promise<void> => {
    client = await LspClient.start(folder);
    opened = new Set();
  };
  const child = (): ChildProcess => (client as unknown as { child: ChildProcess }).child;
  const alive = (): boolean => child().exitCode === null && child().signalCode === null;
  /** A hung server is killed first: it reads nothing while busy, so a polite shutdown would wait for it. */
  const restart = async (): Promise<void> => {
    child().kill('SIGKILL');
    await client.stop();
    await start();
  };

  before(start);
  after(async () => {
    await client?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
    console.log(stats.summary());
    stats.save();
  });

  /** Sends one input as the new text of its file; then a fresh valid document must get diagnostics, and requests about the input (outline, folding, hover, completion) must be answered. */
  async function send(input: FuzzInput): Promise<void> {
    stats.inputs++;
    const fileUri = uri(path.join(folder, input.file));
    const probeUri = uri(path.join(folder, `probe-${++probes}.vision.yaml`));
    const logsBefore = client.logs.length;
    const v = ++version;
    const broken = brokenReason(input);
    if (broken) stats.broken++;
    const started = process.hrtime.bigint();
    try {
      const published = client.waitForDiagnostics(fileUri, (params) => params.version === v, WAIT_MS);
      if (opened.has(fileUri)) await client.replaceAll(fileUri, input.text, v);
      else await client.open(fileUri, input.text, v);
      opened.add(fileUri);
      const textDocument = { textDocument: { uri: fileUri } };
      const position = positionAt(input.text, Math.floor(input.text.length * ((v * 0.618) % 1)));
      const requests = REQUESTS.map(
        ([method, withPosition]) => [method, client.connection.sendRequest(method, withPosition ? { ...textDocument, position } : textDocument)] as const,
      );
      const probe = client.waitForDiagnostics(probeUri, () => true, WAIT_MS);
      // Settled later, or never, when an earlier step fails: never an unhandled rejection.
      for (const pending of [published, probe, ...requests.map(([, request]) => request)]) pending.catch(() => undefined);
      await client.open(probeUri, EXAMPLES[0].text, 1);
      const diagnostics = await withTimeout(published, WAIT_MS, 'diagnostics for the input');
      await withTimeout(probe, WAIT_MS, 'diagnostics for a fresh valid document afterwards');
      for (const [method, request] of requests) {
        await withTimeout(request, WAIT_MS, `answer to ${method}`).catch((error: unknown) => {
          if ((error as Error).message.startsWith('no answer')) throw error;
          stats.crashes.push({ input: input.name, problem: `${method} failed: ${firstLine(error).replace(/^Error: /, '')}` });
        });
      }
      await client.close(probeUri);
      // Thousands of inputs: keep only what the next input needs.
      client.published.length = 0;
      client.diagnostics.delete(probeUri);
      if (broken && diagnostics.diagnostics.length === 0) stats.silent.push({ input: input.name, problem: `broken (${broken}) but no diagnostic` });
    } catch (error) {
      const problem = alive() ? firstLine(error).replace(/^Error: /, '') : `the server exited (${firstLine(error)})`;
      (alive() ? stats.hangs : stats.crashes).push({ input: input.name, problem });
      await restart();
      return;
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      stats.time(input, ms);
      if (process.env.FUZZ_VERBOSE) console.log(`${Math.round(ms)} ms ${input.name}`);
    }
    const problems = client.logs.slice(logsBefore).filter((line) => LOG_PROBLEM.test(line));
    if (problems.length > 0) stats.crashes.push({ input: input.name, problem: `logged ${firstLine(problems[0])}` });
  }

  it(`keeps answering through the fixed inputs and ${fuzzCount(QUICK_COUNT, 'FUZZ_SERVER_COUNT')} random ones, and publishes a diagnostic for every broken one`, async () => {
    for (const input of sample(fuzzCount(QUICK_COUNT, 'FUZZ_SERVER_COUNT'))) await send(input);
    assert.ok(alive(), 'the server is still running');
    assert.equal(stats.failures.length, 0, `${stats.failures.length} of ${stats.inputs} inputs failed:\n${describeFailures(stats.failures, 20)}`);
  });
});
