import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { Workspace } from '../../server/src/core';
import { brokenReason, firstLine } from './check';
import { EXAMPLES, type FuzzInput } from './inputs';

/** What the worker answers for one input. */
export interface EngineResult {
  readonly ms: number;
  readonly error?: string;
  readonly findings: ReadonlyArray<{ code: string; severity: string; message: string; start: number; end: number }>;
  /** Why the input is broken, when it is. */
  readonly broken?: string;
}

const ROOT = path.resolve('/fuzz-workspace');
const uriOf = (file: string): string => `file://${path.join(ROOT, file)}`;

/** The example workspace, so cross-file hints run too; fuzzed inputs replace one of its files in turn. */
function fresh(): Workspace {
  const workspace = new Workspace({ today: '2026-11-25' });
  for (const entry of EXAMPLES) workspace.update({ uri: uriOf(entry.file), fileName: path.join(ROOT, entry.file), text: entry.text });
  for (const entry of EXAMPLES) workspace.findings(uriOf(entry.file));
  return workspace;
}

let workspace = fresh();

parentPort!.on('message', (input: FuzzInput) => {
  const uri = uriOf(input.file);
  const started = process.hrtime.bigint();
  let result: EngineResult;
  try {
    workspace.update({ uri, fileName: path.join(ROOT, input.file), text: input.text });
    const findings = workspace.findings(uri).map(({ code, severity, message, range }) => ({ code, severity, message, start: range.start, end: range.end }));
    result = { ms: Number(process.hrtime.bigint() - started) / 1e6, findings };
  } catch (error) {
    result = { ms: Number(process.hrtime.bigint() - started) / 1e6, findings: [], error: firstLine(error) };
    workspace = fresh();
  }
  parentPort!.postMessage({ ...result, broken: brokenReason(input) });
});
