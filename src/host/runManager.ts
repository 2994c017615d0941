/**
 * Runs experiments for the extension and keeps the comparison model. Training happens in the worker pool
 * (`src/runner/experimentRunner.ts`, loaded on first run so activation stays light); the host only forwards events:
 * it keeps one `CompareState` (the experiment shown), batches live deltas to the attached webviews
 * (≤ 10 messages/s), drives the progress notification (step, ETA, Cancel) and the status bar item (backend of
 * the last run). Past experiments are rebuilt from the results directory.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { confinedRealPath } from '../core/paths';
import type { ExperimentEvent } from '../runner/experimentRunner';
import type { ExperimentSummary as CoreSummary } from '../core/events';
import * as fs from 'fs';
import { listExperiments, loadExperiment } from '../core/results';
import type { LoadedExperiment } from '../core/results';
import type { CompareDelta, CompareState, JobSeries } from '../protocol';
import { RunState } from './runState';

/** Live deltas are flushed at most this often (SPEC §8: panel updates ≤ 10/s). */
export const FLUSH_MS = 100;

export type BackendSetting = 'auto' | 'tensorflow' | 'wasm' | 'cpu';

/** A webview that shows the comparison (side view, full panel). */
export interface CompareSink {
  postFull(state: CompareState): void;
  postDelta(delta: CompareDelta): void;
}

interface ActiveRun {
  cancel(): void;
  done: Promise<CoreSummary>;
  configName: string;
}

export function isConfigUri(uri: vscode.Uri | undefined): uri is vscode.Uri {
  return !!uri && uri.path.endsWith('.optlab.json');
}

export function settings(scope?: vscode.Uri): { backend: BackendSetting; maxWorkers: number; resultsDir: string } {
  const c = vscode.workspace.getConfiguration('optimizerLab', scope);
  const backend = c.get<string>('backend', 'auto');
  return {
    backend: backend === 'tensorflow' || backend === 'wasm' || backend === 'cpu' ? backend : 'auto',
    maxWorkers: Math.max(0, Math.floor(c.get<number>('maxWorkers', 0))),
    resultsDir: c.get<string>('resultsDir', path.join('.optlab', 'runs')) || path.join('.optlab', 'runs'),
  };
}

function fmtDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** True when a results directory holds imported runs (`"imported": true` in its config.json). */
async function isImportedDir(dir: string): Promise<boolean> {
  try {
    const cfg = JSON.parse(await fs.promises.readFile(path.join(dir, 'config.json'), 'utf8')) as { imported?: unknown };
    return cfg.imported === true;
  } catch {
    return false;
  }
}

/** Other results directories of the same experiment (`<root>/<experiment>/<timestamp>`), newest first. */
async function siblingDirs(dir: string): Promise<{ dir: string; imported: boolean }[]> {
  const parent = path.dirname(dir);
  let names: string[];
  try {
    names = await fs.promises.readdir(parent);
  } catch {
    return [];
  }
  const out: { dir: string; imported: boolean }[] = [];
  for (const n of names.sort().reverse()) {
    const d = path.join(parent, n);
    if (d === dir || !fs.existsSync(path.join(d, 'config.json'))) continue;
    out.push({ dir: d, imported: await isImportedDir(d) });
  }
  return out;
}

/** Optimizer shown for a run: an imported run's original optimizer when the export recorded it. */
function optimizerLabel(opt: { type: string; original?: { type?: unknown } } | undefined): string | undefined {
  if (!opt) return undefined;
  if (opt.type === 'imported') return typeof opt.original?.type === 'string' ? opt.original.type : 'imported';
  return opt.type;
}

/** Jobs of a loaded experiment as comparison series; `idPrefix` keeps ids unique next to another experiment's. */
function seriesOf(exp: LoadedExperiment, imported: boolean, idPrefix = '', origin?: string): JobSeries[] {
  const optimizerOf = new Map(exp.config.runs.map((r) => [r.name, optimizerLabel(r.optimizer as unknown as { type: string; original?: { type?: unknown } })]));
  return exp.jobs.map((j) => ({
    key: { ...j.key, id: idPrefix + j.key.id },
    status: j.result?.status ?? 'cancelled',
    optimizer: optimizerOf.get(j.key.run),
    rows: j.rows,
    ...(j.result ? { result: j.result } : {}),
    qkclip: j.qkclip,
    ...(imported ? { imported: true } : {}),
    ...(imported && origin ? { origin } : {}),
  }));
}

/** Most imported experiments drawn next to the one shown. */
const MAX_COMPANIONS = 4;

export class RunManager implements vscode.Disposable {
  private active?: ActiveRun;
  /** Experiment shown, its jobs, queued deltas and step counters (pure; events are folded in by `apply`). */
  private readonly rs = new RunState();
  private message?: string;
  private readonly sinks = new Set<CompareSink>();
  private flushTimer?: ReturnType<typeof setTimeout>;
  private loadedOnce = false;
  private readonly statusItem: vscode.StatusBarItem;
  private readonly changed = new vscode.EventEmitter<boolean>();
  /** Fires with `running` when a run starts or ends. */
  readonly onDidChangeRunning = this.changed.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.statusItem = vscode.window.createStatusBarItem('optimizerLab.backend', vscode.StatusBarAlignment.Right, 100);
    this.statusItem.name = 'Optimizer Lab backend';
    this.statusItem.command = 'optimizerLab.selectBackend';
    const last = context.workspaceState.get<string>('optimizerLab.lastBackend');
    if (last) this.showBackend(last);
    void vscode.commands.executeCommand('setContext', 'optimizerLab.running', false);
  }

  get running(): boolean {
    return !!this.active;
  }

  showBackend(backend: string): void {
    this.statusItem.text = `$(chip) ${backend}`;
    this.statusItem.tooltip = `Optimizer Lab: last run used the ${backend} backend (setting: ${settings().backend}). Click to change.`;
    this.statusItem.show();
  }

  // ------------------------------------------------------------------------------------------ sinks
  attach(sink: CompareSink): vscode.Disposable {
    this.sinks.add(sink);
    return new vscode.Disposable(() => this.sinks.delete(sink));
  }

  /** Full state; loads the newest experiment from disk the first time nothing is in memory. */
  async snapshot(): Promise<CompareState> {
    if (!this.rs.experiment && !this.loadedOnce) {
      this.loadedOnce = true;
      const root = this.resultsRoot();
      if (root) {
        const list = await listExperiments(root).catch(() => []);
        if (list.length && !this.rs.experiment) await this.loadFromDisk(list[0].dir, false);
      }
    }
    return this.state(await this.experimentList());
  }

  private state(experiments: CompareState['experiments']): CompareState {
    return {
      ...(this.rs.experiment ? { experiment: this.rs.experiment } : {}),
      jobs: [...this.rs.jobs.values()],
      ...(this.rs.summary ? { summary: this.rs.summary } : {}),
      running: this.running,
      trusted: vscode.workspace.isTrusted,
      experiments,
      ...(this.message ? { message: this.message } : {}),
    };
  }

  private async experimentList(): Promise<CompareState['experiments']> {
    const root = this.resultsRoot();
    if (!root) return [];
    const list = (await listExperiments(root).catch(() => [])).slice(0, 50);
    return Promise.all(list.map(async (e) => ({ name: e.name, dir: e.dir, startedAt: e.startedAt, ...((await isImportedDir(e.dir)) ? { imported: true } : {}) })));
  }

  /** Re-sends the full state to every view (e.g. after workspace trust was granted). */
  refreshViews(): void {
    void this.broadcastFull();
  }

  private async broadcastFull(): Promise<void> {
    const list = await this.experimentList();
    // Queued deltas are already in `jobs`: send them first, so the full state that follows supersedes them
    // (a row is never applied twice by a page).
    if (this.rs.hasPending) this.flush();
    const s = this.state(list);
    for (const sink of this.sinks) sink.postFull(s);
  }

  /** Shows a past experiment (from the results directory) in every comparison view. */
  /** Shows an experiment a webview asked for: only a directory under the results root (by real path). */
  async showExperiment(dir: string): Promise<void> {
    if (this.running) {
      void vscode.window.showInformationMessage('Optimizer Lab: an experiment is running; its results stay on screen until it ends.');
      return;
    }
    const root = this.resultsRoot();
    const real = root ? confinedRealPath(root, dir) : undefined;
    if (!real) {
      void vscode.window.showWarningMessage('Optimizer Lab: only experiments under the results folder can be shown.');
      return;
    }
    await this.loadFromDisk(real, true);
  }

  private async loadFromDisk(dir: string, broadcast: boolean): Promise<void> {
    try {
      const exp = await loadExperiment(dir);
      const imported = (exp.config as { imported?: unknown }).imported === true;
      const experiment = {
        name: exp.config.name,
        dir,
        startedAt: exp.summary?.startedAt ?? path.basename(dir),
        ...(exp.summary ? { backend: exp.summary.backend } : {}),
        steps: exp.config.steps,
        ...(exp.config.target ? { target: exp.config.target } : {}),
        ...(exp.config.baseline ? { baseline: exp.config.baseline } : {}),
        ...(exp.config.task ? { task: exp.config.task } : {}),
      };
      this.rs.load(experiment, seriesOf(exp, imported), exp.summary);
      this.message = undefined;
      for (const j of await this.companions(dir, imported)) this.rs.jobs.set(j.key.id, j);
    } catch (e) {
      this.message = `Could not read ${dir}: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (broadcast) await this.broadcastFull();
  }

  /**
   * Runs drawn next to an experiment: the imported runs of the same experiment name (`optlab import` of an
   * exported script writes them to `<root>/<experiment>/<timestamp>/`), newest first; and when the experiment
   * shown is itself an import, the newest local run of that name too — so a real run and its toy runs meet
   * on one chart whichever of the two is picked.
   */
  private async companions(dir: string, selfImported: boolean): Promise<JobSeries[]> {
    const siblings = await siblingDirs(dir);
    const picked = siblings.filter((d) => d.imported).slice(0, MAX_COMPANIONS);
    const local = selfImported ? siblings.find((d) => !d.imported) : undefined;
    const importedSources = picked.length + (selfImported ? 1 : 0);
    const out: JobSeries[] = [];
    for (const c of local ? [local, ...picked] : picked) {
      try {
        const exp = await loadExperiment(c.dir);
        const stamp = path.basename(c.dir);
        out.push(...seriesOf(exp, c.imported, `${stamp}/`, importedSources > 1 ? stamp : undefined));
      } catch {
        // A half-written or foreign directory next to ours: skip it, the experiment itself still shows.
      }
    }
    return out;
  }

  /** After an import: show it next to the local runs of the same experiment (or alone), live run included. */
  async showImport(dir: string): Promise<void> {
    const shown = this.rs.experiment;
    if (this.running && shown) {
      if (path.dirname(shown.dir) === path.dirname(dir)) {
        for (const j of await this.companions(shown.dir, false)) if (!this.rs.jobs.has(j.key.id)) this.rs.jobs.set(j.key.id, j);
        await this.broadcastFull();
      } else {
        await this.broadcastFull();
        void vscode.window.showInformationMessage('Optimizer Lab: imported; pick it in the comparison once the running experiment ends.');
      }
      return;
    }
    const local = (await siblingDirs(dir)).find((d) => !d.imported);
    await this.loadFromDisk(local?.dir ?? dir, true);
  }

  // -------------------------------------------------------------------------------------- running
  resultsRoot(scope?: vscode.Uri): string | undefined {
    const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder || folder.uri.scheme !== 'file') return undefined;
    return path.resolve(folder.uri.fsPath, settings(folder.uri).resultsDir);
  }

  /**
   * Starts an experiment for a config file; returns once it started (progress runs in the background) or
   * was refused. A second run while one is active asks first (modal).
   */
  async run(uri: vscode.Uri, onlyRuns?: string[]): Promise<boolean> {
    if (!(await this.mayRun(uri))) return false;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const workspaceRoot = folder?.uri.fsPath ?? path.dirname(uri.fsPath);
    const cfg = settings(uri);
    const resultsDir = path.resolve(workspaceRoot, cfg.resultsDir);
    const { startExperiment, ConfigError } = await import('../runner/experimentRunner');

    const t0 = Date.now();
    let progressTick: (() => void) | undefined;
    this.rs.resetProgress();
    const onEvent = (e: ExperimentEvent): void => {
      this.onEvent(e);
      if (e.kind === 'metrics') progressTick?.();
    };

    let handle: ReturnType<typeof startExperiment>;
    try {
      handle = startExperiment(
        {
          configText: doc.getText(),
          configPath: uri.fsPath,
          workspaceRoot,
          backend: cfg.backend,
          maxWorkers: cfg.maxWorkers,
          resultsDir,
          ...(onlyRuns?.length ? { onlyRuns } : {}),
          distDir: vscode.Uri.joinPath(this.context.extensionUri, 'dist').fsPath,
        },
        onEvent,
      );
    } catch (e) {
      if (e instanceof ConfigError) {
        const show = 'Show Problems';
        const first = e.problems[0];
        const where = first ? ` (line ${first.range.start.line + 1}: ${first.message})` : '';
        void vscode.window.showErrorMessage(`Optimizer Lab: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} in ${path.basename(uri.fsPath)}${where}.`, show).then((p) => {
          if (p === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
        });
      } else {
        void vscode.window.showErrorMessage(`Optimizer Lab: could not start the experiment: ${e instanceof Error ? e.message : String(e)}`);
      }
      return false;
    }

    const configName = this.rs.experiment?.name ?? path.basename(uri.fsPath);
    this.active = { cancel: () => handle.cancel(), done: handle.done, configName };
    this.setRunning(true);

    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Optimizer Lab: ${configName}`, cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => handle.cancel());
        let reported = 0;
        let lastReport = 0;
        progressTick = () => {
          const now = Date.now();
          const p = this.rs.progress();
          if (now - lastReport < 250 || p.totalSteps === 0) return;
          lastReport = now;
          const eta = p.fraction > 0 ? ((now - t0) / p.fraction) * (1 - p.fraction) : NaN;
          const pct = p.fraction * 100;
          // While tuning (SPEC §10): how many trial jobs have ended; the ETA covers trials and evaluation runs.
          const tuning = p.trialJobs && p.trialsEnded < p.trialJobs ? `tuning: trial job ${p.trialsEnded + 1}/${p.trialJobs} · ` : '';
          progress.report({ increment: pct - reported, message: `${tuning}step ${p.doneSteps.toLocaleString()}/${p.totalSteps.toLocaleString()} · ETA ${fmtDuration(eta)}` });
          reported = pct;
        };
        progress.report({ message: `${handle.jobs.length} job${handle.jobs.length === 1 ? '' : 's'} starting…` });
        try {
          this.reportEnd(await handle.done, t0);
        } catch (e) {
          void vscode.window.showErrorMessage(`Optimizer Lab: the experiment failed: ${e instanceof Error ? e.message : String(e)}`);
        } finally {
          progressTick = undefined;
          this.active = undefined;
          this.setRunning(false);
          this.flush();
        }
      },
    );
    return true;
  }

  /** Trust, file scheme, and (modal) whether to cancel the experiment already running. */
  private async mayRun(uri: vscode.Uri): Promise<boolean> {
    if (!vscode.workspace.isTrusted) {
      const manage = 'Manage Workspace Trust';
      const pick = await vscode.window.showWarningMessage(
        'Optimizer Lab: running experiments is disabled in an untrusted workspace (it executes training code and reads files from the workspace). Hovers, LR previews and diagnostics still work.',
        manage,
      );
      if (pick === manage) void vscode.commands.executeCommand('workbench.trust.manage');
      return false;
    }
    if (uri.scheme !== 'file' && uri.scheme !== 'untitled') {
      void vscode.window.showErrorMessage('Optimizer Lab: experiments run on files on disk.');
      return false;
    }
    if (this.active) {
      const replace = 'Cancel It and Run';
      const pick = await vscode.window.showWarningMessage(
        `"${this.active.configName}" is still running.`,
        { modal: true, detail: 'Only one experiment runs at a time. Cancel the current one (its partial results are kept) and start this one?' },
        replace,
      );
      if (pick !== replace || !this.active) return false;
      const prev = this.active;
      prev.cancel();
      await prev.done.catch(() => undefined);
    }
    return true;
  }

  /** Folds a live event into the state, then does the editor's part: full or batched updates, backend item. */
  private onEvent(e: ExperimentEvent): void {
    const queued = this.rs.apply(e);
    if (queued) this.scheduleFlush();
    if (e.kind === 'experiment-start') {
      this.message = undefined;
      void this.broadcastFull();
      // Imported runs of this experiment join the live chart (they do not change while it runs).
      void this.companions(e.dir, false).then((extra) => {
        if (!extra.length || this.rs.experiment?.dir !== e.dir) return;
        for (const j of extra) this.rs.jobs.set(j.key.id, j);
        void this.broadcastFull();
      });
    } else if (e.kind === 'start') {
      this.showBackend(e.backend);
      void this.context.workspaceState.update('optimizerLab.lastBackend', e.backend);
    }
  }

  /** The notification when an experiment ends: stopped on a write error, cancelled, or finished. */
  private reportEnd(summary: CoreSummary, t0: number): void {
    if (summary.writeError) {
      void vscode.window.showErrorMessage(`Optimizer Lab: "${summary.name}" stopped: ${summary.writeError}. Results written before that are kept.`);
      return;
    }
    const diverged = summary.runs.filter((r) => r.divergedAt !== undefined).map((r) => r.run);
    const msg = summary.cancelled
      ? `Optimizer Lab: "${summary.name}" cancelled; partial results kept.`
      : `Optimizer Lab: "${summary.name}" finished in ${fmtDuration(Date.now() - t0)} on ${summary.backend}${diverged.length ? ` (diverged: ${diverged.join(', ')})` : ''}.`;
    void vscode.window.showInformationMessage(msg, 'Open Comparison').then((p) => {
      if (p) void vscode.commands.executeCommand('optimizerLab.openComparison');
    });
  }

  cancel(): void {
    if (!this.active) {
      void vscode.window.showInformationMessage('Optimizer Lab: no experiment is running.');
      return;
    }
    this.active.cancel();
  }

  private setRunning(running: boolean): void {
    void vscode.commands.executeCommand('setContext', 'optimizerLab.running', running);
    this.changed.fire(running);
    this.scheduleFlush();
  }

  // ----------------------------------------------------------------------------------- batching
  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const delta: CompareDelta = this.rs.takeDelta(this.running);
    for (const sink of this.sinks) sink.postDelta(delta);
  }

  // -------------------------------------------------------------------------------------- exports
  /** Directory of the experiment on screen, if any. */
  get currentDir(): string | undefined {
    return this.rs.experiment?.dir;
  }

  async savePng(dataUrl: string, suggestedName: string): Promise<void> {
    const shown = this.rs.experiment?.dir;
    const base = shown ? vscode.Uri.file(path.join(shown, suggestedName)) : undefined;
    const target = await vscode.window.showSaveDialog({ defaultUri: base, filters: { 'PNG image': ['png'] }, saveLabel: 'Save Chart' });
    if (!target) return;
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Optimizer Lab: chart saved to ${target.fsPath}.`);
  }

  dispose(): void {
    this.active?.cancel();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.statusItem.dispose();
    this.changed.dispose();
    this.sinks.clear();
  }
}
