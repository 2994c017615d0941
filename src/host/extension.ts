/**
 * Extension entry. `activate` only registers providers, commands, views and serializers; nothing heavy is
 * loaded here (tfjs never loads on the extension host — training runs in worker threads; the validator and
 * the worker pool are imported on first use).
 *
 * Language choice: `*.optlab.json` is associated with VS Code's built-in `jsonc` language
 * (`contributes.languages[].filenamePatterns`), so comments and trailing commas are accepted, the JSON
 * language service gives schema completion through `contributes.jsonValidation`, and no new language id has
 * to be maintained. Activation therefore happens on `onLanguage:jsonc` (any JSONC file; activation is cheap)
 * or `workspaceContains:**\/*.optlab.json`, plus the commands, the view and the panel serializers.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { RunCodeLensProvider } from './codeLens';
import { ConfigDiagnostics } from './diagnostics';
import { CONFIG_SELECTOR, LrHoverProvider } from './hover';
import { RunManager } from './runManager';
import { ComparePanel } from './views/comparePanel';
import { LrPanel } from './views/lrPanel';
import type { LrPanelPersistedState } from './views/lrPanel';
import { ComparisonViewProvider } from './views/sideView';
import { SpectrumPanel } from './views/spectrumPanel';
import { LandscapePanel } from './views/landscapePanel';

export function activate(context: vscode.ExtensionContext): void {
  const ext = context.extensionUri;
  const runs = new RunManager(context);
  const codeLens = new RunCodeLensProvider();
  const sideView = new ComparisonViewProvider(ext, runs);

  context.subscriptions.push(
    runs,
    sideView,
    new ConfigDiagnostics(),
    vscode.languages.registerHoverProvider(CONFIG_SELECTOR, new LrHoverProvider()),
    vscode.languages.registerCodeLensProvider(CONFIG_SELECTOR, codeLens),
    runs.onDidChangeRunning(() => codeLens.refresh()),
    vscode.window.registerWebviewViewProvider(ComparisonViewProvider.viewType, sideView),
    vscode.window.registerWebviewPanelSerializer(ComparePanel.viewType, {
      deserializeWebviewPanel: async (panel) => ComparePanel.revive(panel, ext, runs),
    }),
    vscode.window.registerWebviewPanelSerializer(LrPanel.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => LrPanel.revive(panel, ext, runs, state as LrPanelPersistedState | undefined),
    }),
    vscode.window.registerWebviewPanelSerializer(LandscapePanel.viewType, {
      deserializeWebviewPanel: async (panel) => LandscapePanel.revive(panel, ext, runs),
    }),
    vscode.window.registerWebviewPanelSerializer(SpectrumPanel.viewType, {
      deserializeWebviewPanel: async (panel) => SpectrumPanel.revive(panel, ext),
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => runs.refreshViews()),
    ...registerCommands(context, runs),
  );
}

export function deactivate(): void {
  // Everything is in context.subscriptions; a running experiment is cancelled by RunManager.dispose().
}
