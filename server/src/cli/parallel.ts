import * as fs from 'node:fs';
import * as os from 'node:os';
import { isMainThread, MessageChannel, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { fileResult, type CheckOptions, type CheckResult, type FileResult } from './check';
import type { Collected } from './collect';
import { UsageError } from './command';
import { checkShare, type Failure, type ShareJob } from './threadShare';

/**
 * Checking on several threads: this one and workers, each taking its share of the files (see
 * threadShare.ts). The result is the same as on one thread.
 */

/** Below this many files one thread is faster than starting workers. */
const MIN_FILES = 16;

interface WorkerJob {
  readonly job: ShareJob;
  readonly claims: SharedArrayBuffer;
  readonly peers: MessagePort[];
}

type FromWorker = { type: 'done'; results: FileResult[]; failures: Failure[] } | { type: 'error'; message: string };

/** How many threads, this one included, a check of `files` files should use (1 or less: this thread alone). */
export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const forced = env.PRODUCT_SPECS_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files);
  if (files < MIN_FILES) return 0;
  return Math.min(os.availableParallelism(), 8);
}

/** Checks on `threads` threads: this one and `threads - 1` workers. */
export async function checkInParallel(collected: Collected, options: CheckOptions, threads: number): Promise<CheckResult> {
  const job: ShareJob = { collected, order: largestFirst(collected.files), options };
  const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  // One channel between each two threads; thread 0 is this one.
  const ports: MessagePort[][] = Array.from({ length: threads }, () => []);
  for (let a = 0; a < threads; a++) {
    for (let b = a + 1; b < threads; b++) {
      const { port1, port2 } = new MessageChannel();
      ports[a].push(port1);
      ports[b].push(port2);
    }
  }
  const workers = ports.slice(1).map((peers) => new Worker(__filename, { workerData: { job, claims, peers } satisfies WorkerJob, transferList: peers }));
  try {
    // A worker that stops ends the wait at once, even while this thread still waits for its files.
    const reports = Promise.all(workers.map(report));
    const [mine, theirs] = await Promise.all([checkShare(job, new Int32Array(claims), ports[0]), reports]);
    const failures = [...mine.failures, ...theirs.flatMap((done) => done.failures)];
    if (failures.length > 0) {
      const first = failures.reduce((a, b) => (b.index < a.index ? b : a));
      throw first.usage ? new UsageError(first.message) : new Error(first.message);
    }
    const byFile = new Map([...mine.results, ...theirs.flatMap((done) => done.results)].map((result) => [result.file, result]));
    return {
      configs: collected.configs.map((file) => fileResult(mine.workspace, file)),
      files: collected.files.map((file) => byFile.get(file) ?? { file, findings: [] }),
    };
  } finally {
    ports[0].forEach((port) => port.close());
    // A worker that is done ends on its own; one still running after an error is stopped. Neither is
    // waited for: the output is written while their threads wind down.
    workers.forEach((worker) => void worker.terminate());
  }
}

/** The order threads take files in: largest first, so the last ones taken are short. */
function largestFirst(files: readonly string[]): number[] {
  const sizes = files.map((file) => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0; // reading it reports the error
    }
  });
  return files.map((_, index) => index).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

/** A worker's share once done; a crash rejects. */
function report(worker: Worker): Promise<Extract<FromWorker, { type: 'done' }>> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message: FromWorker) => (message.type === 'done' ? resolve(message) : reject(new Error(message.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a checking thread stopped (exit code ${code})`)));
  });
}

/** The worker side; does nothing on the main thread. */
export function runWorkerIfAny(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  const { job, claims, peers } = workerData as WorkerJob;
  checkShare(job, new Int32Array(claims), peers).then(
    ({ results, failures }) => port.postMessage({ type: 'done', results, failures } satisfies FromWorker),
    (error: unknown) => port.postMessage({ type: 'error', message: (error as Error).stack ?? String(error) } satisfies FromWorker),
  );
  return true;
}
