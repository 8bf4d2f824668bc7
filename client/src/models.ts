import vscode = require('vscode');
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ReportRequest, ResponsibilitiesRequest, RoadmapRequest, TeamRequest, type Report, type TreeNode } from '../../server/src/lsp/protocol';

/** What the views show: `loading` before the first answer, `empty` without spec files, `ready` otherwise. */
export type ViewState = 'loading' | 'empty' | 'ready';

/**
 * The models the views draw, asked from the language server and kept until something changes:
 * the report (report page, status) and the three trees: Product Team, Responsibilities and Roadmap.
 */
export class SpecModels implements vscode.Disposable {
  report: Report | undefined;
  team: readonly TreeNode[] = [];
  responsibilities: readonly TreeNode[] = [];
  roadmap: readonly TreeNode[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Asks the server again after a short pause, so a burst of changes costs one refresh. */
  schedule(delay = 300): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Asks the server for every model now; the newest answer wins. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const client = this.getClient();
    if (!client || !client.isRunning()) return;
    const generation = ++this.generation;
    try {
      const [report, team, responsibilities, roadmap] = await Promise.all([
        client.sendRequest(ReportRequest, {}),
        client.sendRequest(TeamRequest, {}),
        client.sendRequest(ResponsibilitiesRequest, {}),
        client.sendRequest(RoadmapRequest, {}),
      ]);
      if (generation !== this.generation) return;
      this.report = report;
      this.team = team;
      this.responsibilities = responsibilities;
      this.roadmap = roadmap;
      const state: ViewState = report.files.some((file) => file.kind !== 'Config') ? 'ready' : 'empty';
      await vscode.commands.executeCommand('setContext', 'productSpecs.state', state);
      this.changed.fire();
    } catch (error) {
      this.output.warn(`Could not refresh the Product Specs views: ${(error as Error).message}`);
    }
  }

  /** The report, asked for first when none is known yet. */
  async currentReport(): Promise<Report | undefined> {
    if (!this.report) await this.refresh();
    return this.report;
  }

  /** True when a uri is a file of the last report. */
  knows(uri: vscode.Uri): boolean {
    const text = uri.toString();
    return !!this.report?.files.some((file) => file.uri === text);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
