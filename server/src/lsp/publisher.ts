import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { Workspace } from '../core';
import { toDiagnostic } from './diagnostics';
import { afterThisTurn, TimeSlice, yieldToRequests } from './timeSlice';

/**
 * Sends diagnostics: at once for the file being edited, and in small batches for the files a change
 * affects (open files first), yielding to the event loop between batches.
 */
export class DiagnosticsPublisher {
  private readonly queue = new Set<string>();
  private draining = false;
  private idle: Array<() => void> = [];

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** Publishes now; resolves once the messages are written. */
  now(uris: Iterable<string>): Promise<void> {
    const sent: Array<Promise<void>> = [];
    for (const uri of uris) {
      this.queue.delete(uri);
      const doc = this.workspace.document(uri);
      const open = this.documents.get(uri);
      // An open file whose newest text is still waiting to be checked gets its diagnostics from that check,
      // never the older text's findings under the newer version.
      if (open && doc && doc.version !== open.version) continue;
      const diagnostics = doc ? this.workspace.findings(uri).map((finding) => toDiagnostic(finding, doc.parsed.lines)) : [];
      sent.push(this.connection.sendDiagnostics({ uri, version: open?.version, diagnostics }));
      if (!open) this.workspace.releaseTree(uri);
    }
    // A message that cannot be written any more (the client went away) is not an error to report here.
    return Promise.all(sent).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Publishes soon, in batches. */
  later(uris: Iterable<string>): void {
    for (const uri of uris) this.queue.add(uri);
    if (!this.draining && this.queue.size > 0) {
      this.draining = true;
      afterThisTurn(() => this.drain());
    }
  }

  /** Resolves once everything queued has been published. */
  whenIdle(): Promise<void> {
    return this.draining ? new Promise((resolve) => this.idle.push(resolve)) : Promise.resolve();
  }

  /**
   * Publishes queued files, open ones first, for one time slice, then waits until those messages are
   * written before the next slice: the connection writes one message per turn of the event loop, and
   * an answer to a request would otherwise queue behind every diagnostic computed before it.
   */
  private drain(): void {
    const slice = new TimeSlice();
    const sent: Array<Promise<void>> = [];
    const open = [...this.queue].filter((uri) => this.documents.get(uri));
    for (const uri of [...open, ...this.queue]) {
      if (slice.over) break;
      if (!this.queue.has(uri)) continue;
      try {
        sent.push(this.now([uri]));
      } catch (error) {
        this.queue.delete(uri);
        this.connection.console.error(`Product Specs: failed to publish diagnostics: ${(error as Error).stack ?? String(error)}`);
      }
    }
    if (this.queue.size > 0) {
      void Promise.all(sent).then(() => yieldToRequests().then(() => this.drain()));
    } else {
      this.draining = false;
      this.idle.splice(0).forEach((resolve) => resolve());
    }
  }
}
