/**
 * "Optimizer Lab: Landscape": the contour of a function2d experiment's f with every run's (x, y) path and a
 * step scrubber (SPEC §10). The panel follows the experiment the comparison shows (live while it runs: it is
 * a CompareSink of the run manager), or previews a config opened from its CodeLens. The model is built on
 * the host by the core (landscapeState.ts → core/landscape.ts) and sent whole, at most every 250 ms; the page
 * only draws it. Revived after reload like the comparison panel.
 */
import * as vscode from 'vscode';
import { DidChangeLandscapeStateNotification, ReadyCommand, ipcMessage } from '../../protocol';
import type { CompareDelta, CompareState } from '../../protocol';
import type { CompareSink, RunManager } from '../runManager';
import { LandscapeTracker, previewOf } from '../landscapeState';
import { setUpPanel, webviewOptions } from './html';

/** Fewest milliseconds between two states sent while a run is live (each carries the whole grid). */
const MIN_INTERVAL_MS = 250;

export class LandscapePanel implements CompareSink {
  static readonly viewType = 'optimizerLab.landscape';
  static current: LandscapePanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly tracker = new LandscapeTracker();
  private attached?: vscode.Disposable;
  private ready = false;
  private timer?: ReturnType<typeof setTimeout>;
  private lastPost = 0;

  /** Opens (or reveals) the panel; with a function2d config URI, previews it until its run is shown. */
  static async createOrShow(extensionUri: vscode.Uri, runs: RunManager, uri?: vscode.Uri): Promise<LandscapePanel> {
    let panel = LandscapePanel.current;
    if (panel) {
      panel.panel.reveal(undefined, true);
    } else {
      const p = vscode.window.createWebviewPanel(LandscapePanel.viewType, 'Optimizer Lab: Landscape', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(extensionUri));
      panel = LandscapePanel.current = new LandscapePanel(p, extensionUri, runs);
    }
    if (uri) await panel.previewConfig(uri);
    return panel;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, runs: RunManager): void {
    LandscapePanel.current?.dispose();
    LandscapePanel.current = new LandscapePanel(panel, extensionUri, runs);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly runs: RunManager,
  ) {
    this.disposables.push(...setUpPanel(panel, extensionUri, { title: 'Optimizer Lab: Landscape', script: 'landscapePanel' }, { dispose: () => this.dispose(), message: (m) => void this.onMessage(m) }));
  }

  private async previewConfig(uri: vscode.Uri): Promise<void> {
    let text = '';
    try {
      text = (await vscode.workspace.openTextDocument(uri)).getText();
    } catch {
      text = '';
    }
    const name = vscode.workspace.asRelativePath(uri, false);
    const preview = previewOf(text, name);
    // The config's own run already on screen: show its paths, not the preview.
    const shown = (await this.runs.snapshot()).experiment;
    this.tracker.preview = preview && !(shown?.name === preview.name && shown.task?.type === 'function2d') ? preview : undefined;
    if (!preview) void vscode.window.showInformationMessage(`Optimizer Lab: ${name} is not a function2d config; the landscape shows the experiment on screen.`);
    this.post();
  }

  postFull(state: CompareState): void {
    this.tracker.applyFull(state);
    this.post();
  }

  postDelta(delta: CompareDelta): void {
    if (this.tracker.applyDelta(delta)) this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, MIN_INTERVAL_MS - (Date.now() - this.lastPost));
    this.timer = setTimeout(() => this.post(), wait);
  }

  private post(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.ready) return;
    this.lastPost = Date.now();
    const state = this.tracker.state();
    this.panel.title = state.title ? `Landscape: ${state.title}` : 'Optimizer Lab: Landscape';
    void this.panel.webview.postMessage(ipcMessage(DidChangeLandscapeStateNotification, state));
  }

  private async onMessage(m: unknown): Promise<void> {
    if (ReadyCommand.is(m)) {
      this.attached?.dispose();
      this.tracker.applyFull(await this.runs.snapshot());
      this.ready = true;
      this.post();
      this.attached = this.runs.attach(this);
    }
  }

  dispose(): void {
    if (LandscapePanel.current === this) LandscapePanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.attached?.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}
