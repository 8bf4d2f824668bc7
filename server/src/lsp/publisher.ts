import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { Workspace } from '../core';
import { toDiagnostic } from './diagnostics';

/** Files whose diagnostics are computed and sent per turn of the event loop, so requests are never kept waiting long. */
const BATCH = 20;

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

  /** Publishes now. */
  now(uris: Iterable<string>): void {
    for (const uri of uris) {
      this.queue.delete(uri);
      const doc = this.workspace.document(uri);
      const diagnostics = doc ? this.workspace.findings(uri).map((finding) => toDiagnostic(finding, doc.parsed.lines)) : [];
      const open = this.documents.get(uri);
      void this.connection.sendDiagnostics({ uri, version: open?.version, diagnostics });
      if (!open) this.workspace.releaseTree(uri);
    }
  }

  /** Publishes soon, in batches. */
  later(uris: Iterable<string>): void {
    for (const uri of uris) this.queue.add(uri);
    if (!this.draining && this.queue.size > 0) {
      this.draining = true;
      setImmediate(() => this.drain());
    }
  }

  /** Resolves once everything queued has been published. */
  whenIdle(): Promise<void> {
    return this.draining ? new Promise((resolve) => this.idle.push(resolve)) : Promise.resolve();
  }

  private drain(): void {
    const open = [...this.queue].filter((uri) => this.documents.get(uri));
    const batch = (open.length > 0 ? open : [...this.queue]).slice(0, BATCH);
    try {
      this.now(batch);
    } catch (error) {
      batch.forEach((uri) => this.queue.delete(uri));
      this.connection.console.error(`Product Specs: failed to publish diagnostics: ${(error as Error).stack ?? String(error)}`);
    }
    if (this.queue.size > 0) {
      setImmediate(() => this.drain());
    } else {
      this.draining = false;
      this.idle.splice(0).forEach((resolve) => resolve());
    }
  }
}
