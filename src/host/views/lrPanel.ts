/**
 * LR Schedule panel: every run's LR curve per parameter group for one config, recomputed (debounced 250 ms)
 * as the config is edited, following the active `*.optlab.json` editor. Curves come from `lrModel` (core
 * schedules); the page only draws. Revived after reload with the config URI kept in the webview state. LR-free
 * runs (prodigy, dadapt_adam) also get the d·lr their newest finished experiment logged (lrEffective.ts), and the
 * panel redraws when an experiment ends.
 */
import * as vscode from 'vscode';
import { DidChangeLrStateNotification, ReadyCommand, RevealRunCommand, ipcMessage } from '../../protocol';
import { isConfigUri } from '../runManager';
import { setUpPanel, webviewOptions } from './html';
import { nodeAt, parseLenient } from '../../core/config/parse';

/** What the page keeps with setState and hands back on revive. */
export interface LrPanelPersistedState {
  uri?: string;
}

/** Where finished experiments are (RunManager's results root) and when one ends. */
export interface LrPanelResults {
  resultsRoot(scope?: vscode.Uri): string | undefined;
  readonly onDidChangeRunning: vscode.Event<unknown>;
}

const DEBOUNCE_MS = 250;
/** Points per group curve sent to the page (chart.js decimation keeps ≤ 2k drawn anyway). */
const PANEL_POINTS = 1500;

export class LrPanel {
  static readonly viewType = 'optimizerLab.lrSchedule';
  static current: LrPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private ready = false;

  static createOrShow(extensionUri: vscode.Uri, results: LrPanelResults, uri?: vscode.Uri): LrPanel {
    const target = uri ?? (isConfigUri(vscode.window.activeTextEditor?.document.uri) ? vscode.window.activeTextEditor?.document.uri : undefined);
    if (LrPanel.current) {
      if (target) LrPanel.current.setUri(target);
      LrPanel.current.panel.reveal(undefined, true);
      return LrPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(LrPanel.viewType, 'LR Schedule', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      ...webviewOptions(extensionUri),
    });
    LrPanel.current = new LrPanel(panel, extensionUri, results, target);
    return LrPanel.current;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, results: LrPanelResults, state: LrPanelPersistedState | undefined): void {
    LrPanel.current?.dispose();
    let uri: vscode.Uri | undefined;
    try {
      uri = state?.uri ? vscode.Uri.parse(state.uri, true) : undefined;
    } catch {
      uri = undefined;
    }
    LrPanel.current = new LrPanel(panel, extensionUri, results, uri);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly results: LrPanelResults,
    private uri: vscode.Uri | undefined,
  ) {
    this.disposables.push(
      ...setUpPanel(panel, extensionUri, { title: 'LR Schedule', script: 'lrPanel' }, { dispose: () => this.dispose(), message: (m) => void this.onMessage(m) }),
      // A finished experiment may bring the d·lr of LR-free runs.
      results.onDidChangeRunning(() => this.scheduleUpdate()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.uri && e.document.uri.toString() === this.uri.toString()) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        const u = ed?.document.uri;
        if (isConfigUri(u) && u.toString() !== this.uri?.toString()) this.setUri(u);
      }),
    );
  }

  setUri(uri: vscode.Uri): void {
    this.uri = uri;
    this.scheduleUpdate(0);
  }

  private scheduleUpdate(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    this.timer = undefined;
    if (!this.ready) return;
    const uri = this.uri;
    if (!uri) {
      void this.panel.webview.postMessage(ipcMessage(DidChangeLrStateNotification, { totalSteps: 0, runs: [], errors: ['Open an *.optlab.json file to see its LR schedules.'] }));
      return;
    }
    let text: string;
    try {
      text = (await vscode.workspace.openTextDocument(uri)).getText();
    } catch (e) {
      text = '';
    }
    const label = vscode.workspace.asRelativePath(uri, false);
    this.panel.title = `LR Schedule: ${label.split(/[\\/]/).pop() ?? label}`;
    const { computeLrState, configNameOf } = await import('../lrModel');
    const { withEffectiveLr } = await import('../lrEffective');
    const state = await withEffectiveLr(computeLrState(text, label, PANEL_POINTS), configNameOf(text), this.results.resultsRoot(uri), PANEL_POINTS);
    void this.panel.webview.postMessage(ipcMessage(DidChangeLrStateNotification, { ...state, file: label, uri: uri.toString() }));
  }

  private async onMessage(m: unknown): Promise<void> {
    if (ReadyCommand.is(m)) {
      this.ready = true;
      await this.update();
    } else if (RevealRunCommand.is(m) && this.uri) {
      const doc = await vscode.workspace.openTextDocument(this.uri);
      const runs = nodeAt(parseLenient(doc.getText()).root, ['runs']);
      const node = runs?.children?.find((n) => n.type === 'object' && nodeAt(n, ['name'])?.value === m.params.run);
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
      if (node) {
        const pos = doc.positionAt(node.offset);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
  }

  dispose(): void {
    if (LrPanel.current === this) LrPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}
