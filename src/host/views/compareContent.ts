/**
 * The comparison content shared by the Activity Bar view and the full-size panel (one class, two hosts):
 * renders the HTML, answers `ready` with the full state, forwards live deltas from the run manager and turns
 * the webview's user intents (run, cancel, exports, import, pick a past experiment, open the landscape) into
 * commands.
 */
import * as vscode from 'vscode';
import {
  CancelCommand,
  DidAppendMetricsNotification,
  DidChangeCompareStateNotification,
  ExportCsvCommand,
  ExportPngCommand,
  ImportRunsCommand,
  OpenFullPanelCommand,
  OpenLandscapeCommand,
  ReadyCommand,
  RunCommand,
  SelectExperimentCommand,
  ShowMessageCommand,
  ipcMessage,
} from '../../protocol';
import type { CompareDelta, CompareState } from '../../protocol';
import type { CompareSink, RunManager } from '../runManager';
import { renderHtml, webviewOptions } from './html';

type CompareMode = 'side' | 'panel';

export class CompareContent implements vscode.Disposable, CompareSink {
  private readonly disposables: vscode.Disposable[] = [];
  private attached?: vscode.Disposable;

  constructor(
    private readonly webview: vscode.Webview,
    extensionUri: vscode.Uri,
    private readonly runs: RunManager,
    mode: CompareMode,
  ) {
    webview.options = webviewOptions(extensionUri);
    webview.html = renderHtml(webview, extensionUri, { title: 'Optimizer Lab: Comparison', script: 'comparePanel', data: { mode } });
    this.disposables.push(webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)));
  }

  postFull(state: CompareState): void {
    void this.webview.postMessage(ipcMessage(DidChangeCompareStateNotification, state));
  }

  postDelta(delta: CompareDelta): void {
    void this.webview.postMessage(ipcMessage(DidAppendMetricsNotification, delta));
  }

  private async onMessage(m: unknown): Promise<void> {
    if (ReadyCommand.is(m)) {
      // Deltas only after the full state, so the page never sees rows of an experiment it does not know.
      this.attached?.dispose();
      const state = await this.runs.snapshot();
      this.postFull(state);
      this.attached = this.runs.attach(this);
    } else if (RunCommand.is(m)) {
      await vscode.commands.executeCommand('optimizerLab.runExperiment', undefined, m.params.onlyRuns);
    } else if (CancelCommand.is(m)) {
      this.runs.cancel();
    } else if (ExportCsvCommand.is(m)) {
      await vscode.commands.executeCommand('optimizerLab.exportResults', this.runs.currentDir);
    } else if (ExportPngCommand.is(m)) {
      await this.runs.savePng(m.params.dataUrl, m.params.suggestedName.replace(/[\\/:*?"<>|]/g, '_'));
    } else if (SelectExperimentCommand.is(m)) {
      await this.runs.showExperiment(m.params.dir);
    } else if (ImportRunsCommand.is(m)) {
      await vscode.commands.executeCommand('optimizerLab.importRuns');
    } else if (OpenLandscapeCommand.is(m)) {
      await vscode.commands.executeCommand('optimizerLab.openLandscape');
    } else if (OpenFullPanelCommand.is(m)) {
      await vscode.commands.executeCommand('optimizerLab.openComparison');
    } else if (ShowMessageCommand.is(m)) {
      const show = m.params.level === 'error' ? vscode.window.showErrorMessage : m.params.level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      void show(`Optimizer Lab: ${m.params.message}`);
    }
  }

  dispose(): void {
    this.attached?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
