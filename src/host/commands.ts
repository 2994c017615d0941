/**
 * The "Optimizer Lab" commands. Each resolves its arguments (CodeLens and links pass a URI and a run name;
 * the palette passes nothing, so the active editor or a quick pick decides) and delegates to the run manager
 * or a panel.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { exportCsv, listExperiments } from '../core/results';
import { isConfigUri, settings } from './runManager';
import type { RunManager } from './runManager';
import { ComparePanel } from './views/comparePanel';
import { LrPanel } from './views/lrPanel';
import { SpectrumPanel } from './views/spectrumPanel';

const BACKENDS: { label: string; value: 'auto' | 'tensorflow' | 'wasm' | 'cpu'; detail: string }[] = [
  { label: 'auto', value: 'auto', detail: 'TensorFlow native when installed, else WebAssembly, else plain JavaScript' },
  { label: 'tensorflow', value: 'tensorflow', detail: 'tfjs-node-gpu / tfjs-node (must be installed)' },
  { label: 'wasm', value: 'wasm', detail: 'WebAssembly with SIMD, one thread per worker' },
  { label: 'cpu', value: 'cpu', detail: 'plain JavaScript reference backend (slow)' },
];

/** URI from a command argument (Uri, string or nothing). */
function asUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) {
    try {
      return arg.includes('://') || arg.startsWith('untitled:') ? vscode.Uri.parse(arg, true) : vscode.Uri.file(arg);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The config to act on: the argument, the active editor, or a quick pick over the workspace's configs. */
async function resolveConfig(arg: unknown, lastRun?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const given = asUri(arg);
  if (given) return given;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (isConfigUri(active)) return active;
  // From a webview button the editor is not active: prefer a visible config, then the last one run.
  const visible = vscode.window.visibleTextEditors.map((e) => e.document.uri).find(isConfigUri);
  if (visible) return visible;
  if (lastRun) return lastRun;
  const files = await vscode.workspace.findFiles('**/*.optlab.json', '**/node_modules/**', 200);
  if (files.length === 0) {
    const create = 'New Experiment from Preset';
    const pick = await vscode.window.showInformationMessage('Optimizer Lab: no *.optlab.json file in this workspace.', create);
    if (pick === create) await vscode.commands.executeCommand('optimizerLab.newFromPreset');
    return undefined;
  }
  if (files.length === 1) return files[0];
  const pick = await vscode.window.showQuickPick(
    files.map((f) => ({ label: path.basename(f.fsPath), description: vscode.workspace.asRelativePath(f), uri: f })),
    { title: 'Optimizer Lab: which experiment?', placeHolder: 'Pick a *.optlab.json config' },
  );
  return pick?.uri;
}

interface PresetChoice {
  label: string;
  description: string;
  text: string;
  fileName: string;
}

/** Presets from the core (`src/core/config/presets.ts`), adapted to quick-pick items. */
async function presetChoices(): Promise<PresetChoice[]> {
  const mod = await import('../core/config/presets');
  return mod.PRESETS.map((p) => ({ label: p.label, description: p.description, text: p.text(), fileName: `${p.id}.optlab.json` }));
}

async function newFromPreset(): Promise<void> {
  const choices = await presetChoices();
  const pick = await vscode.window.showQuickPick(choices, { title: 'New Experiment from Preset', placeHolder: 'Pick a preset (scaled to a toy task)', matchOnDescription: true });
  if (!pick) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, pick.fileName) : undefined,
    filters: { 'Optimizer Lab config': ['optlab.json'] },
    saveLabel: 'Create Experiment',
    title: 'Save the new experiment (the name must end in .optlab.json)',
  });
  if (!target) return;
  const uri = target.path.endsWith('.optlab.json') ? target : target.with({ path: target.path.replace(/(\.json)?$/, '.optlab.json') });
  await vscode.workspace.fs.writeFile(uri, Buffer.from(pick.text, 'utf8'));
  await vscode.window.showTextDocument(uri);
}

async function exportResults(runs: RunManager, arg: unknown): Promise<void> {
  let dir = typeof arg === 'string' && arg ? arg : runs.currentDir;
  if (!dir) {
    const root = runs.resultsRoot();
    const list = root ? await listExperiments(root) : [];
    if (!list.length) {
      void vscode.window.showInformationMessage('Optimizer Lab: no results yet. Run an experiment first.');
      return;
    }
    const pick = await vscode.window.showQuickPick(list.map((e) => ({ label: e.name, description: e.startedAt, dir: e.dir })), { title: 'Export which experiment?' });
    if (!pick) return;
    dir = pick.dir;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(path.join(dir, 'metrics.csv')),
    filters: { CSV: ['csv'] },
    saveLabel: 'Export CSV',
  });
  if (!target) return;
  try {
    await exportCsv(dir, target.fsPath);
    const open = 'Open';
    const p = await vscode.window.showInformationMessage(`Optimizer Lab: exported ${path.basename(target.fsPath)}.`, open);
    if (p === open) await vscode.window.showTextDocument(target);
  } catch (e) {
    void vscode.window.showErrorMessage(`Optimizer Lab: export failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function selectBackend(runs: RunManager): Promise<void> {
  const current = settings().backend;
  const pick = await vscode.window.showQuickPick(
    BACKENDS.map((b) => ({ ...b, description: b.value === current ? '(current)' : undefined })),
    { title: 'Optimizer Lab: tfjs backend for training workers' },
  );
  if (!pick) return;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('optimizerLab').update('backend', pick.value, target);
  if (runs.running) void vscode.window.showInformationMessage('Optimizer Lab: the new backend applies to the next run.');
}

/** Registers every command; the returned disposables go to context.subscriptions. */
export function registerCommands(context: vscode.ExtensionContext, runs: RunManager): vscode.Disposable[] {
  const ext = context.extensionUri;
  let lastRun: vscode.Uri | undefined;
  const run = async (uriArg: unknown, onlyRuns?: string[]): Promise<void> => {
    const uri = await resolveConfig(uriArg, lastRun);
    if (!uri) return;
    if (await runs.run(uri, onlyRuns)) {
      lastRun = uri;
      ComparePanel.createOrShow(ext, runs, true);
    }
  };
  return [
    vscode.commands.registerCommand('optimizerLab.runExperiment', (uri?: unknown, onlyRuns?: unknown) =>
      run(uri, Array.isArray(onlyRuns) ? onlyRuns.filter((r): r is string => typeof r === 'string') : undefined),
    ),
    vscode.commands.registerCommand('optimizerLab.runThisRun', (uri?: unknown, runName?: unknown) =>
      run(uri, typeof runName === 'string' ? [runName] : undefined),
    ),
    vscode.commands.registerCommand('optimizerLab.cancel', () => runs.cancel()),
    vscode.commands.registerCommand('optimizerLab.newFromPreset', () => newFromPreset()),
    vscode.commands.registerCommand('optimizerLab.openLrSchedule', (uri?: unknown) => {
      LrPanel.createOrShow(ext, asUri(uri));
    }),
    vscode.commands.registerCommand('optimizerLab.openSpectrum', () => {
      SpectrumPanel.createOrShow(ext);
    }),
    vscode.commands.registerCommand('optimizerLab.openComparison', () => {
      ComparePanel.createOrShow(ext, runs);
    }),
    vscode.commands.registerCommand('optimizerLab.exportResults', (dir?: unknown) => exportResults(runs, dir)),
    vscode.commands.registerCommand('optimizerLab.selectBackend', () => selectBackend(runs)),
  ];
}
