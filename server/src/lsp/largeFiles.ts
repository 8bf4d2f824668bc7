import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FileKind, Workspace } from '../core';
import { FileAssembly, type AssembledFile, type FileHead, type FilePart } from './largeFileTransfer';
import { TimeSlice, yieldToRequests } from './timeSlice';

/**
 * Files at least this large are read and checked on another thread during the start-up scan:
 * parsing and checking one on the server's thread would hold up every keystroke in the open files
 * (a 55,000-line roadmap takes several hundred milliseconds).
 */
export const LARGE_FILE_BYTES = 256 * 1024;

/** Tells the server's own bundle, started as a worker, to read large files instead of serving. */
export const LARGE_FILE_WORKER = 'product-specs/large-files';

export function isLargeFile(fileName: string): boolean {
  try {
    return fs.statSync(fileName).size >= LARGE_FILE_BYTES;
  } catch {
    return false;
  }
}

export interface FileToCheck {
  readonly uri: string;
  readonly fileName: string;
}

/** What the server's thread sends: the workspace it holds (configurations by text, specs by value), then the files to check. */
export type ToWorker =
  | { readonly type: 'config'; readonly uri: string; readonly fileName: string; readonly text: string }
  | { readonly type: 'known'; readonly uri: string; readonly fileName: string; readonly kind: FileKind | undefined; readonly value: unknown }
  | { readonly type: 'check'; readonly files: readonly FileToCheck[]; readonly maxFileSize: number }
  | { readonly type: 'next' };

/** What the other thread sends, one message each time the server's thread asks for the next. */
export type FromWorker = FileHead | FilePart | { readonly type: 'gone'; readonly uri: string } | { readonly type: 'done' };

/**
 * Checks large files on a thread of their own, started for this and stopped afterwards: it gets a
 * copy of the workspace (sent in time slices), reads and checks the files, and hands each one back
 * to `receive`, in parts the server's thread asks for one at a time, answering requests in between.
 * Rejects when the thread fails; the caller then reads what is left itself.
 */
export async function checkOnAnotherThread(
  files: readonly FileToCheck[],
  workspace: Workspace,
  maxFileSize: number,
  receive: (message: AssembledFile | { type: 'gone'; uri: string }) => void,
): Promise<void> {
  const worker = new Worker(__filename, { workerData: { role: LARGE_FILE_WORKER } });
  const send = (message: ToWorker): void => worker.postMessage(message);
  try {
    const done = new Promise<void>((resolve, reject) => {
      let assembly: FileAssembly | undefined;
      worker.on('message', (message: FromWorker) => {
        try {
          if (message.type === 'done') return resolve();
          if (message.type === 'gone') receive(message);
          else if (message.type === 'file') assembly = new FileAssembly(message);
          else {
            const file = assembly?.add(message);
            if (file) receive(file);
          }
          void yieldToRequests().then(() => send({ type: 'next' }));
        } catch (error) {
          reject(error as Error);
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the thread reading large files stopped (exit code ${code})`)));
    });
    const slice = new TimeSlice();
    for (const doc of workspace.index.documents()) {
      if (slice.over) await slice.next();
      const { uri, fileName, kind } = doc;
      send(kind === 'Config' ? { type: 'config', uri, fileName, text: doc.parsed.text } : { type: 'known', uri, fileName, kind, value: doc.parsed.value });
    }
    send({ type: 'check', files, maxFileSize });
    await done;
  } finally {
    await worker.terminate();
  }
}

export type { AssembledFile, FileHead, FilePart };
