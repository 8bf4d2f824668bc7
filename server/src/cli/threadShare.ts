import * as v8 from 'node:v8';
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { Workspace, type SpecDocument } from '../core';
import { documentFromValue } from '../core/specDocument';
import { pathToUri } from '../core/paths';
import { fileResult, loadFile, type CheckOptions, type FileResult } from './check';
import type { Collected } from './collect';
import { UsageError } from './command';

/**
 * One thread's share of a check on several threads. The threads take files one at a time from a
 * shared counter, largest first, so they finish reading at about the same time whatever their
 * speed. Each file read is sent at once to the other threads as a stub, its kind and value: what
 * the workspace index needs. Once every file is known, each thread lints the files it read.
 */

export interface ShareJob {
  readonly collected: Collected;
  /** Indexes into `collected.files`, in the order the threads take them. */
  readonly order: readonly number[];
  readonly options: CheckOptions;
}

/** Why the check cannot finish: the error of one file, by its place in the configurations, then the specs. */
export interface Failure {
  readonly index: number;
  readonly message: string;
  readonly usage: boolean;
}

export interface Share {
  /** The findings of the files this thread read. */
  readonly results: FileResult[];
  readonly failures: Failure[];
  /** Every file: this thread's own, the others' as stubs. */
  readonly workspace: Workspace;
}

/** What one thread tells the others about a file it took. */
type Stub =
  | { readonly index: number; readonly kind: SpecDocument['kind']; readonly value: unknown }
  | { readonly index: number; readonly excluded: true }
  | { readonly index: number; readonly failed: true };

/**
 * Checks this thread's share. `claims[0]` is the next position in `job.order` to take; `peers` has
 * one port to each other thread.
 */
export async function checkShare(job: ShareJob, claims: Int32Array, peers: readonly MessagePort[]): Promise<Share> {
  const { collected, order, options } = job;
  const files = collected.files;
  const failures: Failure[] = [];
  const workspace = new Workspace({ today: options.today });
  let index = 0;
  try {
    for (; index < collected.configs.length; index++) loadFile(workspace, collected.configs[index]);
  } catch (error) {
    // Every thread reads the configuration: the others fail the same way.
    return { results: [], failures: [failure(index, error)], workspace };
  }
  // Every spec in place first, in the order one thread adds them, so lookups resolve the same way;
  // each placeholder is then replaced by the file itself or by the stub another thread sends.
  for (const file of files) workspace.adopt(stubDocument(file, undefined, undefined));

  let known = 0;
  let failed = false;
  const receive = (data: Uint8Array): void => {
    const stub = v8.deserialize(data) as Stub;
    known++;
    const file = files[stub.index];
    if ('failed' in stub) failed = true;
    else if ('excluded' in stub) workspace.remove(pathToUri(file));
    else workspace.adopt(stubDocument(file, stub.kind, stub.value));
  };
  const drain = (): void => {
    for (const peer of peers) for (let message = receiveMessageOnPort(peer); message; message = receiveMessageOnPort(peer)) receive(message.message as Uint8Array);
  };

  const own: number[] = [];
  for (let next = Atomics.add(claims, 0, 1); next < files.length; next = Atomics.add(claims, 0, 1)) {
    const fileIndex = order[next];
    // After a failure the files are still read, so the run reports the first unreadable file as on one thread.
    const stub = readOwn(workspace, files[fileIndex], fileIndex);
    if ('failed' in stub) failed = true;
    const data = v8.serialize(failed ? { index: fileIndex, failed: true } : stub);
    for (const peer of peers) peer.postMessage(data);
    own.push(fileIndex);
    known++;
    drain();
  }
  if (!failed) await allKnown();
  for (const peer of peers) peer.close();
  if (failed) return { results: [], failures, workspace };

  const results: FileResult[] = [];
  for (const fileIndex of own) {
    try {
      results.push(fileResult(workspace, files[fileIndex]));
      // Only the file's own findings need its node tree: once they are known it can go, which keeps the heap small.
      workspace.releaseTree(pathToUri(files[fileIndex]));
    } catch (error) {
      failures.push(failure(collected.configs.length + fileIndex, error));
      return { results: [], failures, workspace };
    }
  }
  return { results, failures, workspace };

  function readOwn(into: Workspace, file: string, fileIndex: number): Stub {
    try {
      loadFile(into, file);
    } catch (error) {
      failures.push(failure(collected.configs.length + fileIndex, error));
      return { index: fileIndex, failed: true };
    }
    const doc = into.document(pathToUri(file));
    return doc ? { index: fileIndex, kind: doc.kind, value: doc.parsed.value } : { index: fileIndex, excluded: true };
  }

  /** Waits for the stubs still on their way, or for word that another thread failed. */
  function allKnown(): Promise<void> {
    drain();
    if (known >= files.length || failed) return Promise.resolve();
    return new Promise((resolve) => {
      for (const peer of peers) {
        peer.on('message', (data: Uint8Array) => {
          receive(data);
          if (known >= files.length || failed) resolve();
        });
      }
    });
  }
}

function failure(index: number, error: unknown): Failure {
  return { index, message: (error as Error).message, usage: error instanceof UsageError };
}

function stubDocument(file: string, kind: SpecDocument['kind'], value: unknown): SpecDocument {
  return documentFromValue(pathToUri(file), file, kind, value);
}
