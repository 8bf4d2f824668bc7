import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileKind, JsonPath, Workspace } from '../core';
import type { Definition, DocumentSymbols, EntityKind, Reference } from '../core/references';
import { ENTRY_KINDS } from '../core/workspaceIndex';
import { FileAssembly, type AssembledFile, type FileHead, type FilePart, type GoneFile } from './largeFileTransfer';
import { TimeSlice, yieldToRequests } from './timeSlice';
import type { FileToCheck } from './host';

/**
 * Files at least this large are read and checked on another thread during the start-up scan:
 * parsing and checking one on the server's thread would hold up every keystroke in the open files
 * (a 55,000-line roadmap takes several hundred milliseconds).
 */
export const LARGE_FILE_BYTES = 256 * 1024;

/** The role the other thread is started with, so that the module does nothing when loaded anywhere else. */
export const LARGE_FILE_WORKER = 'product-specs/large-files';

/** The other thread's module, next to this one: `largeFileWorker.js` in the bundle and in the compiled sources alike. */
const WORKER_FILE = 'largeFileWorker.js';

export function isLargeFile(fileName: string): boolean {
  try {
    return fs.statSync(fileName).size >= LARGE_FILE_BYTES;
  } catch {
    return false;
  }
}

export type { FileToCheck } from './host';

/** What the server's thread sends: the workspace it holds (configurations by text, specs by value), then the files to check. */
export type ToWorker =
  | { readonly type: 'config'; readonly uri: string; readonly fileName: string; readonly text: string }
  | ({ readonly type: 'known'; readonly uri: string; readonly fileName: string; readonly kind: FileKind | undefined } & OtherFile)
  | { readonly type: 'check'; readonly files: readonly FileToCheck[]; readonly maxFileSize: number }
  | { readonly type: 'next' };

/** What the other thread sends, one message each time the server's thread asks for the next. */
export type FromWorker = FileHead | FilePart | GoneFile | { readonly type: 'done' };

/**
 * What checking a file reads of the other files: their headers (`metadata.id`...), the ids they
 * define and name, and the entries of their members and product teams. Each id is a kind and an id
 * in a flat list: a copy of every value, or of every symbol with its path, would double the memory
 * of a large workspace while the other thread runs.
 */
export interface OtherFile {
  readonly header: unknown;
  /** Kind, id, kind, id... of the definitions. */
  readonly defined: readonly string[];
  /** The entries of the definitions whose entry other files read, by the definition's place in `defined` (halved). */
  readonly entries: ReadonlyArray<readonly [number, Readonly<Record<string, unknown>>]>;
  /** Kind, id, kind, id... of the references. */
  readonly named: readonly string[];
}

function whatOtherFilesRead(value: unknown, symbols: DocumentSymbols | undefined): OtherFile {
  const { apiVersion, kind, metadata } = (value ?? {}) as Record<string, unknown>;
  const definitions = symbols?.definitions ?? [];
  const entries: Array<[number, Readonly<Record<string, unknown>>]> = [];
  definitions.forEach((definition, index) => ENTRY_KINDS.has(definition.kind) && entries.push([index, definition.entry]));
  return {
    header: { apiVersion, kind, metadata },
    defined: definitions.flatMap((definition) => [definition.kind, definition.id]),
    entries,
    named: (symbols?.references ?? []).flatMap((reference) => [reference.kind, reference.id]),
  };
}

/**
 * The symbols of another file as checking a file reads them: no paths, and only the entries of members and product teams.
 * The references are made when first read: most of what the other files hold, and only the checks of a
 * vision read other files' references, so a large roadmap is checked without them.
 */
export function symbolsOfOtherFile(uri: string, file: OtherFile): DocumentSymbols {
  const entries = new Map(file.entries);
  const definitions: Definition[] = [];
  for (let at = 0; at < file.defined.length; at += 2) {
    definitions.push({ kind: file.defined[at] as EntityKind, id: file.defined[at + 1], uri, path: NO_PATH, entry: entries.get(at / 2) ?? NO_ENTRY });
  }
  const named = file.named;
  let references: Reference[] | undefined;
  return {
    definitions,
    get references(): readonly Reference[] {
      return (references ??= referencesOf(uri, named));
    },
  };
}

function referencesOf(uri: string, named: readonly string[]): Reference[] {
  const references: Reference[] = [];
  for (let at = 0; at < named.length; at += 2) references.push({ kind: named[at] as EntityKind, id: named[at + 1], uri, path: NO_PATH });
  return references;
}

const NO_PATH: JsonPath = Object.freeze([]);
const NO_ENTRY: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Checks large files on a thread of their own, started for this and stopped afterwards: it gets what
 * checking them reads of the other files (sent in time slices), reads and checks the files, and hands each one back
 * to `receive`, in parts the server's thread asks for one at a time, answering requests in between.
 * Rejects when the thread fails; the caller then reads what is left itself.
 */
export async function checkOnAnotherThread(
  files: readonly FileToCheck[],
  workspace: Workspace,
  maxFileSize: number,
  receive: (message: AssembledFile | GoneFile) => void,
): Promise<void> {
  // A small young generation: the thread allocates a large parse at once, and the default would hold
  // tens of megabytes more while it runs, on top of what the server's thread holds.
  const worker = new Worker(path.join(__dirname, WORKER_FILE), { workerData: { role: LARGE_FILE_WORKER }, resourceLimits: { maxYoungGenerationSizeMb: 3 } });
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
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the thread reading large files stopped (exit code ${code})`)));
    });
    const slice = new TimeSlice();
    for (const doc of workspace.index.documents()) {
      if (slice.over) await slice.next();
      const { uri, fileName, kind } = doc;
      send(
        kind === 'Config'
          ? { type: 'config', uri, fileName, text: doc.parsed.text }
          : { type: 'known', uri, fileName, kind, ...whatOtherFilesRead(doc.parsed.value, workspace.index.symbolsOf(uri)) },
      );
    }
    send({ type: 'check', files, maxFileSize });
    await done;
  } finally {
    await worker.terminate();
  }
}

export type { AssembledFile, FileHead, FilePart };
