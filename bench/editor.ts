/**
 * Editor-side figures (SPEC §8):
 * (a) extension activation: a fresh Node process requires dist/extension.js with bench/vscodeStub.js standing in
 *     for `vscode` and calls activate() (target < 50 ms); median of several processes;
 * (b) LR hover on a 1M-step schedule: p95 of the hover Markdown builder (src/host/hoverMarkdown.ts), which
 *     evaluates the schedules and renders the SVG (target < 30 ms); (b2) the same for each PyTorch schedule
 *     type, hovered again and right after an edit;
 * (c) event-loop blocking while an experiment runs in worker threads started from this thread (as the
 *     extension host does): a 10 ms interval records its worst lateness (target < 50 ms);
 * (d) update rate: metric messages per second from the pool (per job and in total, worst 1 s window), and the
 *     rate the panels see after the host's 100 ms coalescing (target ≤ 10/s).
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { lrHoverMarkdown } from '../src/host/hoverMarkdown';
import type { BackendPreference } from '../src/core/backend';
import { distDir, runTimedExperiment, WORKER_BENCH_CONFIG } from './workers';
import { median } from './optimizers';

/** The host's flush interval for webview deltas (src/host/runManager.ts FLUSH_MS). */
const HOST_FLUSH_MS = 100;

export interface EditorBenchResult {
  activation?: { requireMs: number; activateMs: number; totalMs: number; registrations: number };
  hover: { p50Ms: number; p95Ms: number; samples: number };
  blocking: { maxLatenessMs: number; p99LatenessMs: number; wallMs: number };
  updates: { poolPerJobMax: number; poolTotalMax: number; panelMax: number };
}

function stubPath(): string {
  for (const p of [path.join(__dirname, 'vscodeStub.js'), path.join(__dirname, '..', 'bench', 'vscodeStub.js'), path.join(process.cwd(), 'bench', 'vscodeStub.js')]) {
    if (fs.existsSync(p)) return p;
  }
  throw new Error('bench/vscodeStub.js not found');
}

/** Script run in a fresh process: map `vscode` to the stub, time require + activate, print JSON. */
const ACTIVATE_SCRIPT = `
const Module = require('module');
const [stub, ext, root] = process.argv.slice(1);
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? load.call(this, stub, ...rest) : load.call(this, request, ...rest); };
const vscode = require(stub);
const memento = () => { const m = new Map(); return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => void m.set(k, v), keys: () => [...m.keys()] }; };
const context = { subscriptions: [], extensionUri: vscode.Uri.file(root), extensionPath: root, asAbsolutePath: (p) => require('path').join(root, p),
  globalState: memento(), workspaceState: memento(), globalStorageUri: vscode.Uri.file(require('os').tmpdir()), storageUri: undefined,
  logUri: vscode.Uri.file(require('os').tmpdir()), extensionMode: 1, secrets: { get: async () => undefined, store: async () => undefined } };
const t0 = performance.now();
const mod = require(ext);
const t1 = performance.now();
mod.activate(context);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, registrations: vscode.__registrations.length, subscriptions: context.subscriptions.length }));
`;

function benchActivation(runs: number): EditorBenchResult['activation'] {
  const ext = path.join(distDir(), 'extension.js');
  if (!fs.existsSync(ext)) return undefined;
  const samples: { requireMs: number; activateMs: number; registrations: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', ACTIVATE_SCRIPT, stubPath(), ext, path.dirname(distDir())], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`activation failed: ${r.stderr}`);
    samples.push(JSON.parse(r.stdout));
  }
  const requireMs = median(samples.map((s) => s.requireMs));
  const activateMs = median(samples.map((s) => s.activateMs));
  return { requireMs, activateMs, totalMs: median(samples.map((s) => s.requireMs + s.activateMs)), registrations: samples[0].registrations };
}

/** A 1M-step config with a warmup-cosine default schedule and a two-group (hybrid) run with its own WSD. */
export const HOVER_CONFIG = `// hover bench
{
  "name": "hover-bench",
  "task": { "type": "char_lm" },
  "steps": 1000000,
  "schedule": { "type": "warmup_cosine", "warmupSteps": 10000, "minLrRatio": 0.1 },
  "runs": [
    { "name": "adamw", "optimizer": { "type": "adamw", "lr": 3e-3 } },
    { "name": "hybrid", "optimizer": { "type": "hybrid", "muon": { "lr": 0.02 }, "adamw": { "lr": 3e-3 } },
      "schedule": { "type": "wsd", "warmupSteps": 20000, "stableSteps": 780000, "decaySteps": 200000 } }
  ]
}`;

function benchHover(samples: number): EditorBenchResult['hover'] {
  const targets = ['"warmup_cosine"', '"muon": {', '"wsd"', '"adamw", "lr"'].map((s) => HOVER_CONFIG.indexOf(s) + 2);
  if (targets.some((t) => t < 2)) throw new Error('hover bench: target text not found');
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const at = targets[i % targets.length];
    const t0 = performance.now();
    const res = lrHoverMarkdown(HOVER_CONFIG, at, 'file:///bench.optlab.json');
    times.push(performance.now() - t0);
    if (!res) throw new Error(`hover bench: no hover at offset ${at}`);
  }
  const s = [...times].sort((a, b) => a - b);
  return { p50Ms: s[Math.floor(0.5 * (s.length - 1))], p95Ms: s[Math.floor(0.95 * (s.length - 1))], samples };
}

/**
 * The PyTorch schedules (SPEC §12) on 1M steps, one per type, each on a run with a single group. Warm: the
 * same text hovered again (the schedule module reuses its last builds). Cold: every hover on a text whose
 * schedule changed (a new warmupSteps each time), so the recursive tables (cosine annealing, polynomial, …)
 * are filled from scratch — the hover right after an edit.
 */
export const TORCH_HOVER_SCHEDULES: Record<string, string> = {
  step: '{ "type": "step", "stepSize": 30000, "gamma": 0.5, "warmupSteps": W }',
  multistep: '{ "type": "multistep", "milestones": [300000, 600000, 900000], "warmupSteps": W }',
  exponential: '{ "type": "exponential", "gamma": 0.999995, "warmupSteps": W }',
  polynomial: '{ "type": "polynomial", "power": 2.0, "warmupSteps": W }',
  cosine_annealing: '{ "type": "cosine_annealing", "etaMin": 1e-5, "warmupSteps": W }',
  cosine_restarts: '{ "type": "cosine_restarts", "t0": 20000, "tMult": 2, "etaMin": 1e-5, "warmupSteps": W }',
  onecycle: '{ "type": "onecycle", "threePhase": true, "warmupSteps": W }',
  cyclic: '{ "type": "cyclic", "baseLr": 1e-3, "maxLr": 1e-2, "stepSizeUp": 2000, "mode": "triangular2", "warmupSteps": W }',
};

function torchHoverConfig(schedule: string, warmup: number): string {
  return `{
  "name": "torch-hover-bench",
  "task": { "type": "mlp" },
  "steps": 1000000,
  "runs": [
    { "name": "sgd", "optimizer": { "type": "momentum", "lr": 0.05 }, "schedule": ${schedule.replace('W', String(warmup))} }
  ]
}`;
}

export interface TorchHoverResult {
  type: string;
  warmP95Ms: number;
  coldP50Ms: number;
  coldP95Ms: number;
}

function p(sorted: number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))];
}

export function benchTorchHover(samples: number): TorchHoverResult[] {
  const out: TorchHoverResult[] = [];
  for (const [type, sched] of Object.entries(TORCH_HOVER_SCHEDULES)) {
    const time = (text: string): number => {
      const at = text.indexOf('"schedule"') + 2;
      const t0 = performance.now();
      const res = lrHoverMarkdown(text, at, 'file:///bench.optlab.json');
      const ms = performance.now() - t0;
      if (!res || /unavailable/.test(res.markdown)) throw new Error(`hover bench ${type}: ${res?.markdown ?? 'no hover'}`);
      return ms;
    };
    const fixed = torchHoverConfig(sched, 1000);
    time(fixed);
    const warm = Array.from({ length: samples }, () => time(fixed)).sort((a, b) => a - b);
    const cold = Array.from({ length: samples }, (_, i) => time(torchHoverConfig(sched, 2000 + i))).sort((a, b) => a - b);
    out.push({ type, warmP95Ms: p(warm, 0.95), coldP50Ms: p(cold, 0.5), coldP95Ms: p(cold, 0.95) });
  }
  return out;
}

/** Logs the PyTorch-schedule hover figures (also `npm run bench -- hover`). */
export function logTorchHover(log: (s: string) => void, samples = 40): TorchHoverResult[] {
  benchTorchHover(5); // warm-up (lazy modules, JIT)
  const rows = benchTorchHover(samples);
  for (const r of rows) {
    log(`    ${r.type.padEnd(17)} warm p95 ${r.warmP95Ms.toFixed(2).padStart(6)} ms · after an edit p50 ${r.coldP50Ms.toFixed(2).padStart(6)} ms, p95 ${r.coldP95Ms.toFixed(2).padStart(6)} ms`);
  }
  const worst = Math.max(...rows.map((r) => r.coldP95Ms));
  log(`(b2) LR hover, PyTorch schedules on 1M steps (${samples} hovers each): worst p95 after an edit ${worst.toFixed(2)} ms (target p95 < 30 ms, ${(worst / 30).toFixed(2)}× budget)`);
  return rows;
}

/** Worst number of events in any 1 s window. */
function maxPerSecond(times: number[]): number {
  let best = 0;
  let j = 0;
  const s = [...times].sort((a, b) => a - b);
  for (let i = 0; i < s.length; i++) {
    while (s[i] - s[j] >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** Flush times of the host's coalescing: the first event arms a 100 ms timer; everything until it fires is one message. */
function coalesced(times: number[]): number[] {
  const out: number[] = [];
  let due = -Infinity;
  for (const t of [...times].sort((a, b) => a - b)) {
    if (t > due) {
      due = t + HOST_FLUSH_MS;
      out.push(due);
    }
  }
  return out;
}

async function benchRun(backend: BackendPreference, workers: number): Promise<Pick<EditorBenchResult, 'blocking' | 'updates'>> {
  const late: number[] = [];
  let expected = performance.now() + 10;
  const timer = setInterval(() => {
    const now = performance.now();
    late.push(Math.max(0, now - expected));
    expected = now + 10;
  }, 10);
  const perJob = new Map<string, number[]>();
  try {
    const run = await runTimedExperiment(WORKER_BENCH_CONFIG, workers, backend, (e) => {
      if (e.kind === 'metrics') {
        const list = perJob.get(e.job.id) ?? [];
        list.push(performance.now());
        perJob.set(e.job.id, list);
      }
    });
    const sorted = [...late].sort((a, b) => a - b);
    return {
      blocking: { maxLatenessMs: sorted[sorted.length - 1] ?? 0, p99LatenessMs: sorted[Math.floor(0.99 * (sorted.length - 1))] ?? 0, wallMs: run.wallMs },
      updates: {
        poolPerJobMax: Math.max(0, ...[...perJob.values()].map(maxPerSecond)),
        poolTotalMax: maxPerSecond(run.metricTimes),
        panelMax: maxPerSecond(coalesced(run.metricTimes)),
      },
    };
  } finally {
    clearInterval(timer);
  }
}

export async function benchEditor(opts: { backend?: BackendPreference; log?: (s: string) => void } = {}): Promise<EditorBenchResult> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const activation = benchActivation(7);
  if (activation) {
    log(`(a) activation (fresh process, vscode stub, median of 7): require ${activation.requireMs.toFixed(1)} ms + activate ${activation.activateMs.toFixed(1)} ms = ${activation.totalMs.toFixed(1)} ms (target < 50 ms, ${(activation.totalMs / 50).toFixed(2)}× budget); ${activation.registrations} registrations`);
  } else {
    log('(a) activation: dist/extension.js not built');
  }
  benchHover(20); // warm-up (lazy modules, JIT)
  const hover = benchHover(200);
  log(`(b) LR hover, 1M-step schedules: p50 ${hover.p50Ms.toFixed(2)} ms, p95 ${hover.p95Ms.toFixed(2)} ms over ${hover.samples} hovers (target p95 < 30 ms, ${(hover.p95Ms / 30).toFixed(2)}× budget)`);
  logTorchHover(log);
  const workers = Math.max(2, require('os').cpus().length as number);
  const run = await benchRun(opts.backend ?? 'wasm', workers);
  log(`(c) event loop during a ${WORKER_BENCH_CONFIG.runs.length * WORKER_BENCH_CONFIG.seeds.length}-job run on ${workers} workers (${(run.blocking.wallMs / 1000).toFixed(1)} s): max lateness of a 10 ms timer ${run.blocking.maxLatenessMs.toFixed(1)} ms, p99 ${run.blocking.p99LatenessMs.toFixed(1)} ms (target max < 50 ms, ${(run.blocking.maxLatenessMs / 50).toFixed(2)}× budget)`);
  log(`(d) metric messages, worst 1 s window: ${run.updates.poolPerJobMax}/s per job, ${run.updates.poolTotalMax}/s from the pool in total; panel after the host's ${HOST_FLUSH_MS} ms coalescing ${run.updates.panelMax}/s (target ≤ 10/s)`);
  return { activation, hover, ...run };
}
