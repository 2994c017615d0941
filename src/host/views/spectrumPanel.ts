/**
 * Newton–Schulz Spectrum panel: singular values before/after Newton–Schulz for up to three coefficient sets
 * at once, on a random matrix (Gaussian, power-law or condition-number spectrum) or on a live Muon/NorMuon/SOAP snapshot
 * from the results directory; the scalar map φᴺ(σ) on [0, 1.2]; orthogonality error and timings.
 *
 * The SVDs and NS iterations run in a worker thread (`dist/spectrumWorker.js`, kept alive while the panel is
 * open), so the extension host never blocks and never loads tfjs. The host only lists snapshot files (async
 * fs) and checks that a requested snapshot lies inside a listed experiment before the worker reads it.
 */
import * as vscode from 'vscode';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { ComputeSpectrumRequest, ListSpectrumSnapshotsRequest, ReadyCommand, ipcMessage } from '../../protocol';
import type { IpcMessage, SpectrumParams, SpectrumResult, SpectrumSnapshotExperiment, SpectrumSnapshotIndex } from '../../protocol';
import { listExperiments } from '../../core/results';
import type { SpectrumLabResult } from '../../core/spectrum';
import type { BackendPreference } from '../../core/backend';
import { SPECTRUM_WORKER_PROTOCOL_VERSION, isFromSpectrumWorker } from '../../runner/spectrumMessages';
import type { SpectrumWorkerRequest, ToSpectrumWorker } from '../../runner/spectrumMessages';
import { settings } from '../runManager';
import { setUpPanel, webviewOptions } from './html';

/** Largest side of a random test matrix (the float64 SVD of 1024² takes seconds). */
const MAX_DIM = 1024;
const TIMEOUT_MS = 120_000;
/** Snapshot file names written by core/snapshots.ts: `<param>@<step>.json`. */
const SNAPSHOT_FILE = /^(.+)@(\d+)\.json$/;
const SAFE_NAME = /^[A-Za-z0-9_.@=-]+$/;

/** Lists experiments with Muon, NorMuon or SOAP snapshots under a results root, newest first. */
export async function listSnapshots(resultsRoot: string): Promise<SpectrumSnapshotExperiment[]> {
  const out: SpectrumSnapshotExperiment[] = [];
  for (const e of await listExperiments(resultsRoot)) {
    const base = path.join(e.dir, 'snapshots');
    let jobIds: string[];
    try {
      jobIds = (await fs.promises.readdir(base)).sort();
    } catch {
      continue;
    }
    const jobs: SpectrumSnapshotExperiment['jobs'] = [];
    for (const id of jobIds) {
      let files: string[];
      try {
        files = await fs.promises.readdir(path.join(base, id));
      } catch {
        continue;
      }
      const byParam = new Map<string, number[]>();
      for (const f of files) {
        const m = SNAPSHOT_FILE.exec(f);
        if (!m) continue;
        const steps = byParam.get(m[1]) ?? [];
        steps.push(Number(m[2]));
        byParam.set(m[1], steps);
      }
      if (byParam.size) jobs.push({ id, params: [...byParam].sort(([a], [b]) => a.localeCompare(b)).map(([name, steps]) => ({ name, steps: steps.sort((a, b) => a - b) })) });
    }
    if (jobs.length) out.push({ name: e.name, dir: e.dir, startedAt: e.startedAt, jobs });
  }
  return out;
}

/** The worker request of a panel request; throws with a user-facing message when it cannot be served. */
function workerRequest(p: SpectrumParams, snapshotFile?: string): SpectrumWorkerRequest {
  const dim = (v: number, what: string): number => {
    const d = Math.round(v);
    if (!(d >= 1 && d <= MAX_DIM)) throw new Error(`${what} must be between 1 and ${MAX_DIM}`);
    return d;
  };
  const steps = Math.min(10, Math.max(1, Math.round(p.steps)));
  const sets = (p.sets ?? [{ preset: p.preset, coefficients: p.coefficients }]).slice(0, 3);
  const seed = Math.max(0, Math.floor(p.seed)) >>> 0;
  let source: SpectrumWorkerRequest['source'];
  if (p.shape === 'snapshot') {
    if (!p.snapshot || !snapshotFile) throw new Error('pick a run, job, layer and step');
    source = { kind: 'file', file: snapshotFile, label: `${path.basename(path.dirname(p.snapshot.dir))} · ${p.snapshot.job} · ${p.snapshot.param} @ step ${p.snapshot.step}` };
  } else {
    const rows = dim(p.rows, 'rows');
    const cols = dim(p.cols, 'cols');
    if (p.shape === 'gaussian') source = { kind: 'gaussian', rows, cols, seed };
    else if (p.shape === 'powerlaw') source = { kind: 'powerlaw', rows, cols, seed, exponent: Math.max(0, p.exponent) };
    else source = { kind: 'condition', rows, cols, seed, condition: Math.max(1, p.condition) };
  }
  return { source, sets, steps, dtype: p.dtype };
}

/** The protocol result of a worker result (the first set fills the single-set fields). */
function toSpectrumResult(r: SpectrumLabResult): SpectrumResult {
  const first = r.sets[0];
  return {
    before: r.beforeNormalized,
    after: first?.after ?? [],
    orthogonalityError: first?.orthogonalityError ?? NaN,
    phi: first?.phi ?? { x: [], y: [] },
    sets: r.sets,
    rawBefore: r.before,
    shape: r.shape,
    svdMs: r.svdMs,
    source: r.source,
  };
}

/** One long-lived worker thread; requests are served one at a time, in order. */
class SpectrumWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: SpectrumLabResult) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  constructor(private readonly script: string) {}

  compute(request: SpectrumWorkerRequest, backend: BackendPreference): Promise<SpectrumLabResult> {
    if (!fs.existsSync(this.script)) return Promise.reject(new Error(`${path.basename(this.script)} is missing from the extension build`));
    const w = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('spectrum computation timed out'));
        this.restart();
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      const msg: ToSpectrumWorker = { type: 'compute', id, version: SPECTRUM_WORKER_PROTOCOL_VERSION, backend, request };
      w.postMessage(msg);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    w.on('message', (m: unknown) => {
      if (!isFromSpectrumWorker(m)) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.type === 'result') p.resolve(m.result);
      else p.reject(new Error(m.message));
    });
    w.on('error', (e) => this.failAll(e));
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      if (this.pending.size) this.failAll(new Error(`spectrum worker exited with code ${code}`));
    });
    this.worker = w;
    return w;
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(e);
    }
    this.pending.clear();
  }

  private restart(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }

  dispose(): void {
    this.failAll(new Error('spectrum panel closed'));
    this.restart();
  }
}

export class SpectrumPanel {
  static readonly viewType = 'optimizerLab.spectrum';
  static current: SpectrumPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly worker: SpectrumWorkerClient;
  /** Experiments listed to the page last; snapshot requests must point inside one of them. */
  private listed: SpectrumSnapshotExperiment[] = [];
  /** Latest compute request not yet started (older ones are superseded: the page only draws its latest). */
  private queued: IpcMessage<SpectrumParams> | undefined;
  private busy = false;

  static createOrShow(extensionUri: vscode.Uri): SpectrumPanel {
    if (SpectrumPanel.current) {
      SpectrumPanel.current.panel.reveal();
      return SpectrumPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(SpectrumPanel.viewType, 'Newton–Schulz Spectrum', vscode.ViewColumn.Active, webviewOptions(extensionUri));
    SpectrumPanel.current = new SpectrumPanel(panel, extensionUri);
    return SpectrumPanel.current;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): void {
    SpectrumPanel.current?.dispose();
    SpectrumPanel.current = new SpectrumPanel(panel, extensionUri);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
  ) {
    this.worker = new SpectrumWorkerClient(vscode.Uri.joinPath(extensionUri, 'dist', 'spectrumWorker.js').fsPath);
    this.disposables.push(...setUpPanel(panel, extensionUri, { title: 'Newton–Schulz Spectrum', script: 'spectrumPanel' }, { dispose: () => this.dispose(), message: (m) => void this.onMessage(m) }));
  }

  private async onMessage(m: unknown): Promise<void> {
    if (ReadyCommand.is(m)) return; // The page asks for its first computation itself (its controls hold the state).
    if (ListSpectrumSnapshotsRequest.is(m)) {
      const index = await this.snapshotIndex();
      void this.panel.webview.postMessage(ipcMessage(ListSpectrumSnapshotsRequest.response, index, m.id));
      return;
    }
    if (!ComputeSpectrumRequest.is(m)) return;
    this.queued = m;
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.queued) {
        const next = this.queued;
        this.queued = undefined;
        const result = await this.compute(next.params);
        void this.panel.webview.postMessage(ipcMessage(ComputeSpectrumRequest.response, result, next.id));
      }
    } finally {
      this.busy = false;
    }
  }

  private async compute(p: SpectrumParams): Promise<SpectrumResult> {
    try {
      const file = p.shape === 'snapshot' && p.snapshot ? this.snapshotFile(p.snapshot) : undefined;
      const r = await this.worker.compute(workerRequest(p, file), settings().backend);
      return toSpectrumResult(r);
    } catch (e) {
      return { before: [], after: [], orthogonalityError: NaN, phi: { x: [], y: [] }, error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The file of a snapshot the page may ask for: only inside an experiment listed to it, safe names only. */
  private snapshotFile(ref: NonNullable<SpectrumParams['snapshot']>): string {
    const exp = this.listed.find((e) => e.dir === ref.dir);
    const job = exp?.jobs.find((j) => j.id === ref.job);
    const param = job?.params.find((q) => q.name === ref.param);
    if (!exp || !job || !param || !param.steps.includes(ref.step) || !SAFE_NAME.test(ref.job) || !SAFE_NAME.test(ref.param)) {
      throw new Error('that snapshot is not in the results directory (refresh the list)');
    }
    return path.join(exp.dir, 'snapshots', ref.job, `${ref.param}@${ref.step}.json`);
  }

  private async snapshotIndex(): Promise<SpectrumSnapshotIndex> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) return { experiments: [], message: 'Open a workspace folder with Muon, NorMuon or SOAP runs to inspect their snapshots.' };
    const experiments: SpectrumSnapshotExperiment[] = [];
    for (const f of folders) {
      const root = path.resolve(f.uri.fsPath, settings(f.uri).resultsDir);
      experiments.push(...(await listSnapshots(root).catch(() => [])));
    }
    this.listed = experiments;
    return experiments.length
      ? { experiments }
      : { experiments, message: 'No snapshots yet: set "snapshotEvery" in a config with a Muon, NorMuon or SOAP run and run it.' };
  }

  dispose(): void {
    if (SpectrumPanel.current === this) SpectrumPanel.current = undefined;
    this.worker.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}
