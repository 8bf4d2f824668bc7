import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Workspace } from '../core';
import { readSpecFile } from '../core/discover';
import { documentFromValue } from '../core/specDocument';
import { fileMessages } from './largeFileTransfer';
import { LARGE_FILE_WORKER, symbolsOfOtherFile, type FromWorker, type ToWorker } from './largeFiles';

/**
 * The other thread of `checkOnAnotherThread`, a bundle of its own (the engine without the protocol,
 * so the thread takes little memory). Loaded on the server's own thread, it does nothing.
 */
function runLargeFileWorker(): void {
  if (isMainThread || !parentPort || (workerData as { role?: string } | undefined)?.role !== LARGE_FILE_WORKER) return;
  const port = parentPort;
  let workspace = new Workspace();
  const outbox: FromWorker[] = [];
  port.on('message', (message: ToWorker) => {
    if (message.type === 'config') workspace.update({ uri: message.uri, fileName: message.fileName, text: message.text });
    else if (message.type === 'known')
      workspace.adoptChecked(documentFromValue(message.uri, message.fileName, message.kind, message.header), symbolsOfOtherFile(message.uri, message));
    else if (message.type === 'check') {
      outbox.push(...check(workspace, message));
      // What is left to send holds only the values; the copy of the workspace and the trees can go,
      // before the server's thread takes the values in and grows.
      workspace = new Workspace();
    }
    if (message.type === 'check' || message.type === 'next') {
      const next = outbox.shift(); // once sent, a part is held no more here
      if (next) port.postMessage(next);
    }
  });
}

/** Reads every file first, so that each is checked with all of them in the index, then checks each: the messages to send. */
function check(workspace: Workspace, { files, maxFileSize }: Extract<ToWorker, { type: 'check' }>): FromWorker[] {
  const messages: FromWorker[] = [];
  const read: string[] = [];
  for (const { uri, fileName } of files) {
    try {
      workspace.update({ uri, fileName, text: readSpecFile(fileName), maxFileSize });
    } catch {
      workspace.remove(uri);
    }
    if (workspace.document(uri)) read.push(uri);
    else messages.push({ type: 'gone', uri }); // unreadable, or excluded by the configuration
  }
  for (const uri of read) {
    const doc = workspace.document(uri);
    const symbols = workspace.index.symbolsOf(uri);
    if (!doc || !symbols) continue;
    const { fileName, kind, parsed } = doc;
    const findings = workspace.findings(uri);
    workspace.releaseTree(uri); // the tree is needed no more: its memory can go before the messages are made
    const head = { uri, fileName, text: parsed.text, kind, value: parsed.value, parseFindings: parsed.findings, documentFindings: doc.findings };
    messages.push(...fileMessages(head, symbols, findings));
  }
  messages.push({ type: 'done' });
  return messages;
}

runLargeFileWorker();
