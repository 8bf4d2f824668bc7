import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Workspace } from '../core';
import { readSpecFile } from '../core/discover';
import { documentFromValue } from '../core/specDocument';
import { fileMessages } from './largeFileTransfer';
import { LARGE_FILE_WORKER, type FromWorker, type ToWorker } from './largeFiles';

/** The worker side of `checkOnAnotherThread`; does nothing on the server's own thread. */
export function runLargeFileWorkerIfAny(): boolean {
  if (isMainThread || !parentPort || (workerData as { role?: string } | undefined)?.role !== LARGE_FILE_WORKER) return false;
  const port = parentPort;
  const workspace = new Workspace();
  const outbox: FromWorker[] = [];
  port.on('message', (message: ToWorker) => {
    if (message.type === 'config') workspace.update({ uri: message.uri, fileName: message.fileName, text: message.text });
    else if (message.type === 'known') workspace.adopt(documentFromValue(message.uri, message.fileName, message.kind, message.value));
    else if (message.type === 'check') outbox.push(...check(workspace, message));
    if (message.type === 'check' || message.type === 'next') {
      const next = outbox.shift();
      if (next) port.postMessage(next);
    }
  });
  return true;
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
    const head = { uri, fileName, text: parsed.text, kind, value: parsed.value, parseFindings: parsed.findings, documentFindings: doc.findings };
    messages.push(...fileMessages(head, symbols, workspace.findings(uri)));
    workspace.releaseTree(uri);
  }
  messages.push({ type: 'done' });
  return messages;
}
