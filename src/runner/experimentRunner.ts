/**
 * Runs an experiment: validates the config, creates the results directory, spreads jobs over a pool of
 * worker threads (training never runs on the caller's thread), writes metrics as they stream in, and
 * writes the summary and report at the end — also when cancelled, so partial results are kept.
 */
import { kernelThreadsFor } from '../core/kernels/kernelThreads';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { BackendPreference } from '../core/backend';
import type { ExperimentConfig } from '../core/config/types';
import { validateConfig } from '../core/config/validate';
import type { Problem } from '../core/config/validate';
import { expandJobs, summarizeRuns } from '../core/experiment';
import type { ExperimentSummary, JobKey, JobResult, MetricRow, QkClipEvent, TrainerEvent } from '../core/events';
import { appendMetrics, createRunDir, finalizeMetrics, loadExperiment, ResultsWriteError, writeFileAtomic, writeJsonAtomic, writeQkClips } from '../core/results';
import { renderReport } from '../core/report';
import { attachComparisons } from '../core/stats';
import { attachTuning, JobQueue } from '../core/tuning';
import type { JobSpec } from '../core/trainer';
import { isFromWorker, WORKER_PROTOCOL_VERSION } from './messages';
import type { ToWorker } from './messages';

export type ExperimentEvent =
  | TrainerEvent
  | { kind: 'experiment-start'; dir: string; jobs: JobKey[]; backend: string; config: ExperimentConfig }
  | { kind: 'experiment-end'; summary: ExperimentSummary };

export interface StartOptions {
  configText: string;
  /** Path of the config (for messages and relative corpus files). */
  configPath: string;
  workspaceRoot: string;
  backend: BackendPreference;
  /** Worker threads; 0 or undefined = default (cores − 1, at least 1). */
  maxWorkers?: number;
  /** Results root; the experiment goes to <resultsDir>/<name>/<timestamp>/. */
  resultsDir: string;
  onlyRuns?: string[];
  /** Override the config's step count (quick looks). */
  steps?: number;
  /** Directory holding worker.js (dist/). */
  distDir: string;
  /** Report HTML needs chart.js's UMD source; where to find it (default: distDir). */
  assetsDir?: string;
}

export interface ExperimentHandle {
  cancel(): void;
  readonly dir: string;
  readonly jobs: JobKey[];
  done: Promise<ExperimentSummary>;
}

/** Config problems found before anything ran. */
export class ConfigError extends Error {
  constructor(readonly problems: Problem[], readonly file: string) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the config`);
  }
}

/** Hard cap on worker threads, whatever a caller or setting asks for (each holds a backend and a model). */
export const MAX_WORKERS = 64;

/** Cores this process may use (at least 1): the workers' and the kernel threads' budget, here and in the CLI. */
export const coreCount = (): number => Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

function defaultWorkerCount(): number {
  return Math.max(1, coreCount() - 1);
}

/** Validates and returns the config, or throws ConfigError with every error-severity problem. */
export function loadConfig(text: string, file: string, workspaceRoot: string): ExperimentConfig {
  const { config, problems } = validateConfig(text, { file, workspaceRoot });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !config) throw new ConfigError(errors.length ? errors : problems, file);
  return config;
}

export function startExperiment(opts: StartOptions, onEvent: (e: ExperimentEvent) => void): ExperimentHandle {
  const config = loadConfig(opts.configText, opts.configPath, opts.workspaceRoot);
  const startedAt = new Date();
  const jobs = expandJobs(config, { workspaceRoot: opts.workspaceRoot, onlyRuns: opts.onlyRuns, steps: opts.steps });
  if (!jobs.length) throw new Error(opts.onlyRuns ? `no run named ${opts.onlyRuns.join(', ')} in ${opts.configPath}` : 'the config has no runs');
  const dir = createRunDir(opts.resultsDir, config.name, startedAt);
  const resolved: ExperimentConfig = { ...config, steps: opts.steps ?? config.steps, runs: config.runs.filter((r) => !opts.onlyRuns || opts.onlyRuns.includes(r.name)) };
  writeJsonAtomic(path.join(dir, 'config.json'), resolved);

  const cancelFlag = new SharedArrayBuffer(4);
  const cancelView = new Int32Array(cancelFlag);
  const nWorkers = Math.min(jobs.length, MAX_WORKERS, opts.maxWorkers && opts.maxWorkers > 0 ? Math.floor(opts.maxWorkers) : defaultWorkerCount());
  const rows = new Map<string, MetricRow[]>();
  const results = new Map<string, JobResult>();
  const clips = new Map<string, QkClipEvent[]>();
  let backend = opts.backend as string;
  // Tuned runs' evaluation jobs wait for their trials; workers with nothing to take park until a job ends.
  const queue = new JobQueue(resolved, jobs);
  const parked: Array<() => void> = [];

  onEvent({ kind: 'experiment-start', dir, jobs: jobs.map((j) => j.key), backend, config: resolved });

  // The first write failure stops the experiment (like a cancel) and is reported once; what was written
  // before it stays on disk.
  let writeError: string | undefined;
  const guardWrite = (write: () => void): void => {
    if (writeError) return;
    try {
      write();
    } catch (e) {
      if (!(e instanceof ResultsWriteError)) throw e;
      writeError = e.message;
      Atomics.store(cancelView, 0, 1);
    }
  };

  const handleEvent = (e: TrainerEvent): void => {
    if (e.kind === 'start') backend = e.backend;
    if (e.kind === 'metrics') {
      const list = rows.get(e.job.id) ?? [];
      list.push(...e.rows);
      rows.set(e.job.id, list);
      guardWrite(() => appendMetrics(dir, e.job.id, e.rows));
    }
    if (e.kind === 'qkclip') {
      const list = clips.get(e.job.id) ?? [];
      list.push(...e.events);
      clips.set(e.job.id, list);
    }
    if (e.kind === 'end') {
      results.set(e.job.id, e.result);
      guardWrite(() => finalizeMetrics(dir, e.job.id, rows.get(e.job.id) ?? []));
      const jobClips = clips.get(e.job.id);
      if (jobClips?.length) guardWrite(() => writeQkClips(dir, e.job.id, jobClips));
      queue.complete(e.result);
    }
    onEvent(e);
    if (e.kind === 'end') for (const wake of parked.splice(0)) wake();
  };

  const done = new Promise<ExperimentSummary>((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = false;
    let alive = nWorkers;
    const failJob = (spec: JobSpec, status: JobResult['status'], message?: string): void => {
      if (results.has(spec.key.id)) return;
      handleEvent({
        kind: 'end',
        job: spec.key,
        result: { job: spec.key, status, message, stepsDone: rows.get(spec.key.id)?.length ?? 0, tokensPerSec: 0, stateBytes: 0, peakTensorBytes: 0, wallMs: 0 },
      });
    };
    const finish = (): void => {
      if (finished || results.size < jobs.length) return;
      finished = true;
      for (const w of workers) void w.terminate();
      const ordered = jobs.map((j) => results.get(j.key.id)!);
      const summary: ExperimentSummary = {
        name: config.name,
        startedAt: startedAt.toISOString(),
        backend,
        steps: resolved.steps,
        ...(config.target ? { target: config.target } : {}),
        ...(config.baseline ? { baseline: config.baseline } : {}),
        runs: attachComparisons(resolved, attachTuning(resolved, summarizeRuns(resolved, ordered), ordered), ordered),
        jobs: ordered,
        dir,
        cancelled: Atomics.load(cancelView, 0) !== 0 && !writeError,
      };
      const end = (): void => {
        if (writeError) summary.writeError = writeError;
        onEvent({ kind: 'experiment-end', summary });
        resolve(summary);
      };
      guardWrite(() => writeJsonAtomic(path.join(dir, 'summary.json'), summary));
      if (writeError) return end();
      writeReport(dir, opts.assetsDir ?? opts.distDir).then(end, (e: unknown) => {
        if (!(e instanceof ResultsWriteError)) return reject(e);
        writeError = e.message;
        end();
      });
    };
    const ctx: WorkerContext = { opts, dir, cancelFlag, cancelView, kernelThreads: kernelThreadsFor(nWorkers, coreCount()), queue, parked, handleEvent, failJob, finish, isFinished: () => finished, exited: () => --alive };
    for (let i = 0; i < nWorkers; i++) workers.push(spawnWorker(ctx));
  });

  return {
    cancel: () => Atomics.store(cancelView, 0, 1),
    dir,
    jobs: jobs.map((j) => j.key),
    done,
  };
}

/** What a worker needs from its experiment: shared queue and cancel flag, and the experiment's bookkeeping. */
interface WorkerContext {
  opts: StartOptions;
  dir: string;
  cancelFlag: SharedArrayBuffer;
  /** Threads each worker's kernels may use: 2 when the workers leave cores idle (one worker on two cores). */
  kernelThreads: number;
  cancelView: Int32Array;
  queue: JobQueue;
  /** Workers waiting for a tuned run's trials to end. */
  parked: Array<() => void>;
  handleEvent(e: TrainerEvent): void;
  failJob(spec: JobSpec, status: JobResult['status'], message?: string): void;
  finish(): void;
  isFinished(): boolean;
  /** Counts a worker's exit; returns how many are left. */
  exited(): number;
}

/** Starts one worker thread that takes jobs until the queue is empty; the job it holds fails if it dies. */
function spawnWorker(ctx: WorkerContext): Worker {
  const worker = new Worker(path.join(ctx.opts.distDir, 'worker.js'));
  let current: JobSpec | undefined;
  const next = (): void => {
    current = Atomics.load(ctx.cancelView, 0) !== 0 ? undefined : ctx.queue.take();
    if (current) worker.postMessage({ type: 'job', spec: current } satisfies ToWorker);
    else if (Atomics.load(ctx.cancelView, 0) === 0 && ctx.queue.waiting) ctx.parked.push(next);
    else {
      // Cancelled: jobs that never started are recorded as cancelled with no steps.
      if (Atomics.load(ctx.cancelView, 0) !== 0) for (const spec of ctx.queue.drain()) ctx.failJob(spec, 'cancelled', 'cancelled before it started');
      ctx.finish();
    }
  };
  worker.on('message', (m: unknown) => {
    if (!isFromWorker(m)) return;
    if (m.type === 'ready') next();
    else if (m.type === 'init-failed') {
      for (const spec of ctx.queue.drain()) ctx.failJob(spec, 'error', m.message);
      ctx.finish();
    } else if (m.type === 'event') ctx.handleEvent(m.event);
    else if (m.type === 'idle') next();
  });
  let why = '';
  worker.on('error', (err) => {
    why = err.message;
  });
  worker.on('exit', (code) => {
    const left = ctx.exited();
    if (ctx.parked.includes(next)) ctx.parked.splice(ctx.parked.indexOf(next), 1);
    if (ctx.isFinished()) return;
    if (current) ctx.failJob(current, 'error', `worker stopped (exit code ${code})${why ? ': ' + why : ''}`);
    current = undefined;
    // The remaining workers keep draining the queue; with none left, what is queued cannot run.
    if (left === 0) for (const spec of ctx.queue.drain()) ctx.failJob(spec, 'error', 'no trainer worker left');
    ctx.finish();
  });
  worker.postMessage({ type: 'init', version: WORKER_PROTOCOL_VERSION, backend: ctx.opts.backend, cancelFlag: ctx.cancelFlag, runDir: ctx.dir, kernelThreads: ctx.kernelThreads } satisfies ToWorker);
  return worker;
}

/** (Re)renders report.html of a run directory from what is on disk. */
export async function writeReport(dir: string, assetsDir: string): Promise<string> {
  const file = path.join(dir, 'report.html');
  writeFileAtomic(file, renderReport(await loadExperiment(dir), assetsDir));
  return file;
}
