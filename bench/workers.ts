/**
 * Experiment scaling over worker threads: the same 3-run × 3-seed experiment (mlp on spirals) through
 * `startExperiment` (src/runner/experimentRunner.ts, workers from dist/worker.js) with 1 worker and with one per core;
 * prints both wall times and the speedup. Each job trains on one core (wasm is single-threaded per worker),
 * so the ideal speedup is min(cores, jobs).
 *
 * `runTimedExperiment` is shared with bench/editor.ts, which watches the caller's event loop and the rate of
 * metric messages during the same kind of run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BackendPreference } from '../src/core/backend';
import { ConfigError, startExperiment } from '../src/runner/experimentRunner';
import type { ExperimentEvent } from '../src/runner/experimentRunner';

export const WORKER_BENCH_CONFIG = {
  name: 'bench-workers',
  // Jobs of a few seconds each, so that per-worker start-up (bundle load, wasm compile) does not dominate.
  task: { type: 'char_lm', layers: 1, dModel: 32, heads: 2, context: 32, batchSize: 8 },
  steps: 150,
  seeds: [0, 1, 2],
  evalEvery: 50,
  runs: [
    { name: 'sgd', optimizer: { type: 'momentum', lr: 0.05 } },
    { name: 'adamw', optimizer: { type: 'adamw', lr: 3e-3 } },
    { name: 'lion', optimizer: { type: 'lion', lr: 3e-4 } },
  ],
};

/** dist/ holding worker.js: next to this bundle (npm run bench), else ./dist. */
export function distDir(): string {
  for (const d of [__dirname, path.join(process.cwd(), 'dist')]) if (fs.existsSync(path.join(d, 'worker.js'))) return d;
  throw new Error('dist/worker.js not found: run `node esbuild.js` first');
}

export interface TimedRun {
  wallMs: number;
  jobs: number;
  /** Every `metrics` event with its arrival time (ms since start). */
  metricTimes: number[];
  statuses: string[];
}

/** Runs `config` to completion with `maxWorkers` workers; results go to a temporary directory, removed after. */
export async function runTimedExperiment(
  config: object,
  maxWorkers: number,
  backend: BackendPreference,
  onEvent?: (e: ExperimentEvent) => void,
): Promise<TimedRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-bench-'));
  try {
    const metricTimes: number[] = [];
    const t0 = performance.now();
    let handle: ReturnType<typeof startExperiment>;
    try {
      handle = startExperiment(
        {
          configText: JSON.stringify(config),
          configPath: path.join(tmp, 'bench.optlab.json'),
          workspaceRoot: tmp,
          backend,
          maxWorkers,
          resultsDir: path.join(tmp, 'runs'),
          distDir: distDir(),
        },
        (e) => {
          if (e.kind === 'metrics') metricTimes.push(performance.now() - t0);
          onEvent?.(e);
        },
      );
    } catch (e) {
      if (e instanceof ConfigError) throw new Error(`${e.message}: ${e.problems.map((p) => p.message).join('; ')}`);
      throw e;
    }
    const summary = await handle.done;
    return { wallMs: performance.now() - t0, jobs: handle.jobs.length, metricTimes, statuses: summary.jobs.map((j) => j.status) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export interface WorkerBenchResult {
  cores: number;
  jobs: number;
  oneWorkerMs: number;
  nWorkers: number;
  nWorkersMs: number;
  speedup: number;
}

export async function benchWorkers(opts: { backend?: BackendPreference; log?: (s: string) => void } = {}): Promise<WorkerBenchResult> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const backend = opts.backend ?? 'wasm';
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const n = Math.max(2, cores);
  // Warm-up: the first worker start pays for reading and compiling the bundles (OS file cache, V8 code cache).
  await runTimedExperiment({ ...WORKER_BENCH_CONFIG, steps: 20, evalEvery: 10, seeds: [0], runs: WORKER_BENCH_CONFIG.runs.slice(0, 1) }, 1, backend);
  // Alternating rounds, best of each: load from other processes then hits both configurations alike.
  let one: TimedRun | undefined;
  let many: TimedRun | undefined;
  const bad: string[] = [];
  for (let r = 0; r < 3; r++) {
    const a = await runTimedExperiment(WORKER_BENCH_CONFIG, 1, backend);
    const b = await runTimedExperiment(WORKER_BENCH_CONFIG, n, backend);
    bad.push(...[...a.statuses, ...b.statuses].filter((s) => s !== 'done'));
    if (!one || a.wallMs < one.wallMs) one = a;
    if (!many || b.wallMs < many.wallMs) many = b;
  }
  if (!one || !many) throw new Error('worker bench: no rounds');
  if (bad.length) throw new Error(`worker bench: jobs ended ${bad.join(', ')}`);
  const r: WorkerBenchResult = { cores, jobs: one.jobs, oneWorkerMs: one.wallMs, nWorkers: n, nWorkersMs: many.wallMs, speedup: one.wallMs / many.wallMs };
  log(`experiment: ${WORKER_BENCH_CONFIG.runs.length} runs × ${WORKER_BENCH_CONFIG.seeds.length} seeds = ${r.jobs} jobs, char_lm (1 layer, d 32, ctx 32, batch 8), ${WORKER_BENCH_CONFIG.steps} steps, backend ${backend}`);
  log(`  best of 3 alternating rounds — 1 worker: ${(r.oneWorkerMs / 1000).toFixed(2)} s; ${n} workers (${cores} cores): ${(r.nWorkersMs / 1000).toFixed(2)} s; speedup ${r.speedup.toFixed(2)}× (ideal ${Math.min(n, cores, r.jobs)}×)`);
  return r;
}
