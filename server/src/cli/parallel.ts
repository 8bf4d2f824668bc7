import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { LineIndex, Workspace, type SpecDocument } from '../core';
import { pathToUri } from '../core/paths';
import { fileResult, loadFile, type CheckOptions, type CheckResult, type FileResult } from './check';
import { UsageError, type Collected } from './collect';

/**
 * Checking on several threads. Each worker parses and validates its share of the files, the
 * threads exchange what each file defines (its value), then each worker runs every rule on its
 * share with the whole workspace in view. The result is the same as on one thread.
 */

/** Below this many files one thread is faster than starting workers. */
const MIN_FILES = 16;

/** What a worker tells about one of its files, so other workers can resolve references to it. */
interface Shared {
  readonly file: string;
  readonly kind: SpecDocument['kind'];
  readonly value: unknown;
}

type ToWorker = { type: 'lint'; shared: Shared[] };
type FromWorker = { type: 'analyzed'; shared: Shared[] } | { type: 'linted'; results: FileResult[] } | { type: 'error'; message: string; usage: boolean };

interface Job {
  readonly collected: Collected;
  readonly own: string[];
  readonly options: CheckOptions;
}

/** How many worker threads a check of `files` files should use (0: check on this thread). */
export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const forced = env.PRODUCT_SPECS_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files);
  if (files < MIN_FILES) return 0;
  return Math.min(os.availableParallelism(), 8);
}

/** Checks on `count` worker threads. */
export async function checkInParallel(collected: Collected, options: CheckOptions, count: number): Promise<CheckResult> {
  const shares: string[][] = Array.from({ length: count }, () => []);
  collected.files.forEach((file, i) => shares[i % count].push(file));
  const workers = shares.map((own) => new Worker(__filename, { workerData: { collected, own, options } satisfies Job }));
  try {
    const next = workers.map((worker) => messages(worker));
    const analyzed = await Promise.all(next.map((receive) => receive()));
    const shared = analyzed.flatMap((message) => (message.type === 'analyzed' ? message.shared : []));
    workers.forEach((worker) => worker.postMessage({ type: 'lint', shared } satisfies ToWorker));
    const linted = await Promise.all(next.map((receive) => receive()));
    const byFile = new Map(linted.flatMap((message) => (message.type === 'linted' ? message.results : [])).map((result) => [result.file, result]));
    const workspace = new Workspace({ today: options.today });
    collected.configs.forEach((file) => loadFile(workspace, file));
    return {
      configs: collected.configs.map((file) => fileResult(workspace, file)),
      files: collected.files.map((file) => byFile.get(file) ?? { file, findings: [] }),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Reads a worker's messages one at a time; an error message or a crash rejects. */
function messages(worker: Worker): () => Promise<FromWorker> {
  const queue: FromWorker[] = [];
  const waiting: Array<{ resolve: (message: FromWorker) => void; reject: (error: Error) => void }> = [];
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure = error;
    waiting.splice(0).forEach((waiter) => waiter.reject(error));
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'error') return fail(message.usage ? new UsageError(message.message) : new Error(message.message));
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else queue.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`a checking thread stopped (exit code ${code})`)));
  return () => {
    const queued = queue.shift();
    if (queued) return Promise.resolve(queued);
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
}

/** The worker side; does nothing on the main thread. */
export function runWorkerIfAny(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  const { collected, own, options } = workerData as Job;
  const send = (message: FromWorker): void => port.postMessage(message);
  try {
    const analyzing = new Workspace({ today: options.today });
    collected.configs.forEach((file) => loadFile(analyzing, file));
    own.forEach((file) => loadFile(analyzing, file));
    const mine = new Map<string, SpecDocument>();
    for (const file of own) {
      const doc = analyzing.document(pathToUri(file));
      if (doc) mine.set(file, doc);
    }
    send({ type: 'analyzed', shared: [...mine].map(([file, doc]) => ({ file, kind: doc.kind, value: doc.parsed.value })) });
    port.once('message', (message: ToWorker) => {
      try {
        const others = new Map(message.shared.map((entry) => [entry.file, entry]));
        const workspace = new Workspace({ today: options.today });
        collected.configs.forEach((file) => loadFile(workspace, file));
        // The whole workspace in the same order as on one thread, so lookups resolve the same way.
        for (const file of collected.files) {
          const doc = mine.get(file) ?? stub(others.get(file));
          if (doc) workspace.adopt(doc);
        }
        send({ type: 'linted', results: own.map((file) => fileResult(workspace, file)) });
      } catch (error) {
        send({ type: 'error', message: (error as Error).message, usage: error instanceof UsageError });
      }
    });
  } catch (error) {
    send({ type: 'error', message: (error as Error).message, usage: error instanceof UsageError });
  }
  return true;
}

/** Another thread's file as the index needs it: its kind and value, no text. */
function stub(shared: Shared | undefined): SpecDocument | undefined {
  if (!shared) return undefined;
  return {
    uri: pathToUri(shared.file),
    fileName: shared.file,
    version: 0,
    parsed: { text: '', lines: new LineIndex(''), document: undefined, value: shared.value, findings: [] },
    kind: shared.kind,
    findings: [],
  };
}
