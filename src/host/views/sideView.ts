/** The comparison in the Activity Bar container "Optimizer Lab" (a WebviewView hosting CompareContent). */
import * as vscode from 'vscode';
import type { RunManager } from '../runManager';
import { CompareContent } from './compareContent';

export class ComparisonViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'optimizerLab.comparisonView';
  private content?: CompareContent;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly runs: RunManager,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.content?.dispose();
    const content = new CompareContent(view.webview, this.extensionUri, this.runs, 'side');
    this.content = content;
    view.onDidDispose(() => {
      content.dispose();
      if (this.content === content) this.content = undefined;
    });
  }

  dispose(): void {
    this.content?.dispose();
  }
}
