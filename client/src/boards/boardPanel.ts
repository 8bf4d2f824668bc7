import vscode = require('vscode');
import { newNonce } from '../report/nonce';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { renderBoardsHtml, renderBoardsMain, type BoardView, type Boards } from '../../../server/src/lsp/protocol';
import { BoardsRequest, MoveCardRequest } from '../../../server/src/lsp/protocol';
import type { SpecModels } from '../models';
import { parseBoardMessage, type BoardAction } from './boardMessages';

export type BoardKind = 'vision' | 'roadmap';

const TITLES: Record<BoardKind, string> = { vision: 'Vision Board', roadmap: 'Roadmap Board' };

/**
 * A board page: a webview that may load only the extension's `media` folder and runs only the
 * script carrying its nonce. It follows the specs as they are typed (its content is replaced, so
 * focus and scroll stay), opens a card's spec on click, and moves cards through the language
 * server's versioned edit.
 */
export class BoardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private boards: Boards | undefined;
  private view: BoardView = { groupBy: 'none', team: '', theme: '' };
  private readonly subscriptions: vscode.Disposable[];
  private generation = 0;
  private typing: NodeJS.Timeout | undefined;

  constructor(
    private readonly kind: BoardKind,
    private readonly extensionUri: vscode.Uri,
    private readonly models: SpecModels,
    private readonly getClient: () => LanguageClient | undefined,
  ) {
    this.subscriptions = [
      models.onDidChange(() => void this.update()),
      // Follows the text as it is typed, whether or not the edit changes any diagnostic.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!this.panel || !this.shows(event.document.uri)) return;
        clearTimeout(this.typing);
        this.typing = setTimeout(() => void this.update(), 300);
      }),
    ];
  }

  /** True for the files the boards are drawn from. */
  private shows(uri: vscode.Uri): boolean {
    const text = uri.toString();
    return !!this.boards && [...this.boards.visions, ...this.boards.roadmaps].some((board) => board.uri === text);
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(`productSpecs.${this.kind}Board`, TITLES[this.kind], vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'icons', 'product-specs.svg');
    this.panel = panel;
    panel.onDidDispose(() => (this.panel = undefined));
    panel.webview.onDidReceiveMessage((message: unknown) => void this.handle(message));
    // A webview shown again or moved to another group is loaded afresh: draw the whole page then,
    // and only then (a full draw would lose the focused card and the status line).
    let shown = { visible: panel.visible, column: panel.viewColumn };
    panel.onDidChangeViewState(() => {
      const again = panel.visible && (!shown.visible || shown.column !== panel.viewColumn);
      shown = { visible: panel.visible, column: panel.viewColumn };
      if (again) void this.update(true);
    });
    await this.update(true);
  }

  /** Asks the server for the boards; draws the whole page the first time, then only replaces its content. */
  private async update(whole = false): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const client = this.getClient();
    if (!client?.isRunning()) {
      panel.webview.html = '<!DOCTYPE html><html lang="en"><body><main><p>The Product Specs language server is not running.</p></main></body></html>';
      return;
    }
    const generation = ++this.generation;
    let boards: Boards;
    try {
      boards = await client.sendRequest(BoardsRequest, {});
    } catch {
      return;
    }
    if (generation !== this.generation || this.panel !== panel) return;
    this.boards = boards;
    const scriptUri = panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'board.js')).toString();
    const options = { show: this.kind, view: this.view, links: { kind: 'webview' as const, cspSource: panel.webview.cspSource, scriptUri } };
    if (whole || !panel.webview.html.includes('board-content')) panel.webview.html = renderBoardsHtml(boards, { ...options, nonce: newNonce() });
    else void panel.webview.postMessage({ type: 'replace', html: renderBoardsMain(boards, options) });
  }

  private async handle(message: unknown): Promise<void> {
    const action = parseBoardMessage(message, this.boards);
    if (action?.kind === 'open') {
      const position = new vscode.Position(action.line, action.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(action.uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    } else if (action?.kind === 'view') {
      this.view = action.view;
      await this.update();
    } else if (action?.kind === 'move') {
      await this.move(action);
    }
  }

  /** Applies the server's edit like a quick fix (undo in the editor takes it back) and saves a file that had no other unsaved change. */
  private async move(action: Extract<BoardAction, { kind: 'move' }>): Promise<void> {
    const client = this.getClient();
    if (!client?.isRunning()) return;
    const result = await client.sendRequest(MoveCardRequest, { uri: action.uri, index: action.index, id: action.id, to: action.to });
    const title = this.boards?.roadmaps.find((board) => board.uri === action.uri)?.cards.find((card) => card.index === action.index)?.title ?? action.id;
    if ('error' in result) {
      void vscode.window.showWarningMessage(`Product Specs: ${result.error}`);
      void this.panel?.webview.postMessage({ type: 'status', text: result.error });
      return;
    }
    const uri = vscode.Uri.parse(action.uri);
    const wasDirty = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString())?.isDirty ?? false;
    const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(result.edit));
    if (!applied) {
      void vscode.window.showWarningMessage('Product Specs: the roadmap changed while the card was moved. Try again on the refreshed board.');
      return;
    }
    if (!wasDirty) await vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString())?.save();
    void this.panel?.webview.postMessage({ type: 'status', text: `Moved "${title}" to ${action.to}.` });
    this.models.schedule(0);
  }

  dispose(): void {
    clearTimeout(this.typing);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel?.dispose();
  }
}
