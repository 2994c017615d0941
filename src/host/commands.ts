/**
 * The "Optimizer Lab" commands. Each resolves its arguments (CodeLens and links pass a URI and a run name;
 * the palette passes nothing, so the active editor or a quick pick decides) and delegates to the run manager
 * or a panel.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import * as fs from 'fs';
import { exportCsv, listExperiments, safeName, tunedOptimizerOf } from '../core/results';
import type { OptimizerConfig } from '../core/optimizers/types';
import { isConfigUri, settings } from './runManager';
import type { RunManager } from './runManager';
import { ComparePanel } from './views/comparePanel';
import { LrPanel } from './views/lrPanel';
import { LandscapePanel } from './views/landscapePanel';
import { SpectrumPanel } from './views/spectrumPanel';
import { runSuiteCommand } from './suiteCommand';

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

/** A tuned run's chosen optimizer from a results directory's summary.json (runs[i].optimizerResolved). */
async function tunedOptimizerIn(dir: string, runName: string): Promise<OptimizerConfig | undefined> {
  try {
    return tunedOptimizerOf(JSON.parse(await fs.promises.readFile(path.join(dir, 'summary.json'), 'utf8')), runName);
  } catch {
    return undefined;
  }
}

/**
 * "Export Run as PyTorch Script": the run as a standalone script (core/export/pytorchExport.ts), written next
 * to the config as `<experiment>_<run>.py` (asking before overwriting; a save dialog for unsaved configs), then
 * opened. The config is validated first, as for a run: the script must be what a run would train.
 */
async function exportPytorch(configUri: vscode.Uri, runArg: unknown): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === configUri.toString()) ?? (await vscode.workspace.openTextDocument(configUri));
  const [{ validateConfig }, { exportRunAsPytorch, exportFileName }] = await Promise.all([import('../core/config/validate'), import('../core/export/pytorchExport')]);
  const folder = vscode.workspace.getWorkspaceFolder(configUri);
  const { config, problems } = validateConfig(doc.getText(), { file: configUri.fsPath, workspaceRoot: folder?.uri.fsPath });
  const errors = problems.filter((p) => p.severity === 'error');
  if (!config || errors.length) {
    const show = 'Show Problems';
    const first = errors[0];
    const where = first ? ` (line ${first.range.start.line + 1}: ${first.message})` : '';
    const pick = await vscode.window.showErrorMessage(`Optimizer Lab: fix ${path.basename(configUri.fsPath)} before exporting${where}.`, show);
    if (pick === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  let runName = typeof runArg === 'string' && runArg ? runArg : config.runs.length === 1 ? config.runs[0].name : undefined;
  if (!runName) {
    const pick = await vscode.window.showQuickPick(
      config.runs.map((r) => ({ label: r.name, description: r.optimizer.type })),
      { title: 'Export Run as PyTorch Script', placeHolder: 'Which run?' },
    );
    if (!pick) return;
    runName = pick.label;
  }
  // A tuned run exports the values tuning chose (SPEC §10): from the newest finished experiment of this config.
  const { tuneOf } = await import('../core/tuning');
  const run = config.runs.find((r) => r.name === runName);
  let tuned: { optimizer: OptimizerConfig; from: string } | undefined;
  if (run && tuneOf(config, run)) {
    const root = path.resolve(folder?.uri.fsPath ?? path.dirname(configUri.fsPath), settings(configUri).resultsDir);
    for (const e of await listExperiments(root)) {
      if (e.name !== safeName(config.name) || !e.hasSummary) continue;
      const found = await tunedOptimizerIn(e.dir, runName);
      if (found) {
        tuned = { optimizer: found, from: path.basename(e.dir) };
        break;
      }
    }
    if (!tuned) {
      void vscode.window.showErrorMessage(`Optimizer Lab: "${runName}" is tuned: run the experiment first, then export the values tuning chose.`);
      return;
    }
  }
  let script: string;
  try {
    script = exportRunAsPytorch(config, runName, { source: path.basename(configUri.fsPath), ...(tuned ? { tuned } : {}) });
  } catch (e) {
    void vscode.window.showErrorMessage(`Optimizer Lab: cannot export "${runName}": ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const fileName = exportFileName(config, runName);
  let target: vscode.Uri | undefined = configUri.scheme === 'file' ? vscode.Uri.file(path.join(path.dirname(configUri.fsPath), fileName)) : undefined;
  if (target && (await exists(target))) {
    const overwrite = 'Overwrite';
    const saveAs = 'Save As…';
    const pick = await vscode.window.showWarningMessage(`${fileName} already exists next to the config.`, { modal: true }, overwrite, saveAs);
    if (pick === saveAs) target = undefined;
    else if (pick !== overwrite) return;
  }
  if (!target) {
    const base = folder?.uri ?? (configUri.scheme === 'file' ? vscode.Uri.file(path.dirname(configUri.fsPath)) : undefined);
    target = await vscode.window.showSaveDialog({
      defaultUri: base ? vscode.Uri.joinPath(base, fileName) : undefined,
      filters: { 'Python script': ['py'] },
      saveLabel: 'Export',
      title: `Export "${runName}" as a PyTorch script`,
    });
    if (!target) return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(script, 'utf8'));
  await vscode.window.showTextDocument(target, { preview: false });
  const name = path.basename(target.fsPath);
  void vscode.window.showInformationMessage(
    `Optimizer Lab: exported "${runName}" to ${name}. Run it with python3 ${name} or torchrun --nproc_per_node N ${name}; "Import Runs" brings its metrics.jsonl back.`,
  );
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Import Runs": a metrics.jsonl an exported script wrote, a tracker's CSV, or a folder of them
 * (core/importRuns.ts) becomes a results directory; the comparison then shows it next to the local runs of
 * the same experiment. A path argument skips the picker.
 */
async function importRunsCommand(ext: vscode.Uri, runs: RunManager, arg: unknown): Promise<void> {
  const root = runs.resultsRoot();
  if (!root) {
    void vscode.window.showErrorMessage('Optimizer Lab: open a folder first; imported runs go to its results directory.');
    return;
  }
  let source = asUri(arg);
  if (!source) {
    const kinds = [
      { label: '$(file) A metrics file', description: 'metrics.jsonl of an exported script, or a tracker CSV', folders: false },
      { label: '$(folder) A folder', description: "an exported script's output folder, or a folder of metrics files", folders: true },
    ];
    const kind = await vscode.window.showQuickPick(kinds, { title: 'Import Runs', placeHolder: 'What do you want to import?' });
    if (!kind) return;
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: !kind.folders,
      canSelectFolders: kind.folders,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: 'Import',
      title: 'Import Runs',
      ...(kind.folders ? {} : { filters: { 'Metrics (JSON lines, CSV)': ['jsonl', 'csv'] } }),
    });
    source = picked?.[0];
    if (!source) return;
  }
  const { importRuns } = await import('../core/importRuns');
  let dir: string;
  try {
    dir = importRuns(source.fsPath, root);
  } catch (e) {
    void vscode.window.showErrorMessage(`Optimizer Lab: import failed: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  ComparePanel.createOrShow(ext, runs, true);
  await runs.showImport(dir);
  void vscode.window.showInformationMessage(`Optimizer Lab: imported ${path.basename(source.fsPath)} → ${vscode.workspace.asRelativePath(dir)}.`);
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
      LrPanel.createOrShow(ext, runs, asUri(uri));
    }),
    vscode.commands.registerCommand('optimizerLab.openSpectrum', () => {
      SpectrumPanel.createOrShow(ext);
    }),
    vscode.commands.registerCommand('optimizerLab.openLandscape', async (uri?: unknown) => {
      await LandscapePanel.createOrShow(ext, runs, asUri(uri));
    }),
    vscode.commands.registerCommand('optimizerLab.openComparison', () => {
      ComparePanel.createOrShow(ext, runs);
    }),
    vscode.commands.registerCommand('optimizerLab.exportResults', (dir?: unknown) => exportResults(runs, dir)),
    vscode.commands.registerCommand('optimizerLab.exportPytorch', async (uri?: unknown, runName?: unknown) => {
      const config = await resolveConfig(uri, lastRun);
      if (config) await exportPytorch(config, runName);
    }),
    vscode.commands.registerCommand('optimizerLab.importRuns', (source?: unknown) => importRunsCommand(ext, runs, source)),
    vscode.commands.registerCommand('optimizerLab.selectBackend', () => selectBackend(runs)),
    vscode.commands.registerCommand('optimizerLab.runSuite', (clicked?: unknown, selected?: unknown) => runSuiteCommand(ext, runs, clicked, selected)),
    // From a schedule hover's "Copy as PyTorch" link: the torch.optim.lr_scheduler construction as text.
    vscode.commands.registerCommand('optimizerLab.copyScheduleAsPytorch', async (code?: unknown) => {
      if (typeof code !== 'string' || !code.startsWith('torch.optim.lr_scheduler.')) return;
      await vscode.env.clipboard.writeText(code);
      void vscode.window.setStatusBarMessage('Optimizer Lab: PyTorch scheduler copied to the clipboard', 3000);
    }),
  ];
}
