import vscode = require('vscode');
import { countSpecDiagnostics, statusText, statusTooltip } from './statusCounts';

/** The status bar item with the errors and warnings of spec files; a click opens the report. */
export class SpecStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('productSpecs.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Product Specs';
    this.item.command = 'productSpecs.showReport';
    this.update();
  }

  update(): void {
    const counts = countSpecDiagnostics(vscode.languages.getDiagnostics());
    this.item.text = statusText(counts);
    this.item.tooltip = statusTooltip(counts);
  }

  show(visible: boolean): void {
    if (visible) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
