/** The full-size comparison panel (an editor-area WebviewPanel hosting CompareContent), revived after reload. */
import * as vscode from 'vscode';
import type { RunManager } from '../runManager';
import { CompareContent } from './compareContent';
import { webviewOptions } from './html';

export class ComparePanel {
  static readonly viewType = 'optimizerLab.comparison';
  static current: ComparePanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly content: CompareContent;

  static createOrShow(extensionUri: vscode.Uri, runs: RunManager, preserveFocus = false): ComparePanel {
    if (ComparePanel.current) {
      ComparePanel.current.panel.reveal(undefined, preserveFocus);
      return ComparePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      ComparePanel.viewType,
      'Optimizer Lab: Comparison',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      webviewOptions(extensionUri),
    );
    ComparePanel.current = new ComparePanel(panel, extensionUri, runs);
    return ComparePanel.current;
  }

  /** Serializer entry: the page restores its UI state itself (getState) and rebuilds data from the results dir. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, runs: RunManager): void {
    ComparePanel.current?.dispose();
    ComparePanel.current = new ComparePanel(panel, extensionUri, runs);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    runs: RunManager,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    this.content = new CompareContent(panel.webview, extensionUri, runs, 'panel');
    this.disposables.push(panel.onDidDispose(() => this.dispose()));
  }

  dispose(): void {
    if (ComparePanel.current === this) ComparePanel.current = undefined;
    this.content.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}
