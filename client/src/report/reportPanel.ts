import vscode = require('vscode');
import { newNonce } from './nonce';
import { docsLinker, renderHtml, ruleDocsPath } from '../../../server/src/lsp/protocol';
import type { SpecModels } from '../models';
import { openRuleDocs } from '../ruleDocs';
import { parseWebviewMessage } from './webviewMessages';

type PageView = 'report' | 'orgChart';

const TITLES: Record<PageView, string> = { report: 'Responsibility Report', orgChart: 'Org Chart' };

/**
 * The report and org chart pages. Each page is a webview that may load only the extension's
 * `media` folder, runs only the script carrying its nonce, and is drawn again when a spec changes.
 * Rule links go to the published documentation (opened in the browser), never into the install.
 */
export class ReportPanels implements vscode.Disposable {
  private readonly panels = new Map<PageView, vscode.WebviewPanel>();
  private readonly subscription: vscode.Disposable;
  private readonly docsLink: (docsPath: string) => string;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly models: SpecModels,
    private readonly repositoryUrl: string | undefined,
  ) {
    this.docsLink = docsLinker(repositoryUrl);
    this.subscription = models.onDidChange(() => this.panels.forEach((panel, view) => this.render(panel, view)));
  }

  async show(view: PageView): Promise<void> {
    await this.models.currentReport();
    const open = this.panels.get(view);
    if (open) {
      open.reveal();
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(`productSpecs.${view}`, TITLES[view], vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'icons', 'product-specs.svg');
    this.panels.set(view, panel);
    panel.onDidDispose(() => this.panels.delete(view));
    panel.webview.onDidReceiveMessage((message: unknown) => void this.handle(message));
    this.render(panel, view);
  }

  private render(panel: vscode.WebviewPanel, view: PageView): void {
    const report = this.models.report;
    if (!report) {
      panel.webview.html = '<!DOCTYPE html><html><body><p>The Product Specs language server is not running.</p></body></html>';
      return;
    }
    const scriptUri = panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'report.js')).toString();
    panel.webview.html = renderHtml(report, {
      nonce: newNonce(),
      fileLabel: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false),
      docsLink: this.docsLink,
      links: { kind: 'webview', cspSource: panel.webview.cspSource, scriptUri },
      view,
    });
  }

  private async handle(message: unknown): Promise<void> {
    const action = parseWebviewMessage(message, this.models.report);
    if (action?.kind === 'open') {
      const position = new vscode.Position(action.line, action.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(action.uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    } else if (action?.kind === 'docs') {
      // The published page through the editor's handling of external links; a package that names
      // no repository has only the page shipped with it.
      if (this.repositoryUrl) await vscode.env.openExternal(vscode.Uri.parse(this.docsLink(ruleDocsPath(action.ruleId))));
      else await openRuleDocs(this.extensionUri, action.ruleId);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    for (const panel of this.panels.values()) panel.dispose();
  }
}
