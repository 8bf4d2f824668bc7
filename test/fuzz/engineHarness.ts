import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BUDGET_MS, type FuzzStats } from './check';
import type { EngineResult } from './engineWorker';
import type { FuzzInput } from './inputs';

/** Time an input may run on top of its budget before the worker is stopped and the input counts as a hang. */
const GRACE_MS = 3000;

/**
 * Runs inputs through the engine in a worker thread, so an input that never finishes is stopped and
 * reported instead of hanging the test run. Checks each input: no exception, within the budget, at
 * least one finding when it is broken, and every finding inside the text.
 */
export class EngineHarness {
  private worker: Worker | undefined;

  constructor(private readonly stats: FuzzStats) {}

  private start(): Worker {
    // The stack of a main thread (about 1 MB), not the larger default of workers: the server and the command line run there.
    this.worker ??= new Worker(path.join(__dirname, 'engineWorker.js'), { resourceLimits: { stackSizeMb: 1 } });
    return this.worker;
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  /** Checks one input and records what went wrong; returns its findings, or undefined when it threw or hung. */
  async check(input: FuzzInput, budget = BUDGET_MS): Promise<EngineResult['findings'] | undefined> {
    const { stats } = this;
    stats.inputs++;
    const worker = this.start();
    const result = await new Promise<EngineResult | undefined>((resolve, reject) => {
      const answered = (answer: EngineResult): void => {
        clearTimeout(timer);
        resolve(answer);
      };
      const timer = setTimeout(() => {
        worker.off('message', answered);
        resolve(undefined);
      }, budget + GRACE_MS);
      worker.once('message', answered);
      worker.once('error', reject);
      worker.postMessage(input);
    });
    worker.removeAllListeners('error');
    if (!result) {
      await this.stop();
      stats.time(input, budget + GRACE_MS);
      stats.hangs.push({ input: input.name, problem: `no answer within ${(budget + GRACE_MS) / 1000} s (stopped)` });
      return undefined;
    }
    stats.time(input, result.ms);
    if (result.ms > budget) stats.hangs.push({ input: input.name, problem: `took ${Math.round(result.ms)} ms (budget ${budget} ms)` });
    if (result.error !== undefined) {
      stats.crashes.push({ input: input.name, problem: `threw ${result.error}` });
      return undefined;
    }
    if (result.broken) {
      stats.broken++;
      if (result.findings.length === 0) stats.silent.push({ input: input.name, problem: `broken (${result.broken}) but no finding` });
    }
    const outside = result.findings.find((finding) => !(finding.start >= 0 && finding.start <= finding.end && finding.end <= input.text.length));
    if (outside) stats.badRanges.push({ input: input.name, problem: `${outside.code} at ${outside.start}-${outside.end} in ${input.text.length} characters` });
    return result.findings;
  }
}
