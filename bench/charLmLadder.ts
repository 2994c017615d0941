/**
 * char_lm speed as the model grows (SPEC §8: ≥ 1× PyTorch CPU at every shape): the shape ladder
 * 2L d64 h4 ctx64 · 4L d128 h4 ctx128 · 4L d256 h8 ctx128 (batch 16, AdamW), ours against PyTorch 1.13 with
 * its default thread count and with one thread. Ours runs with the kernel threads a one-worker experiment gets
 * on this machine (kernelThreadsFor), and once more on one thread for comparison. The machine is shared, so each
 * repetition times every shape on both sides back to back (ours, torch 1 thread, torch default) and each side keeps its least time over the
 * repetitions. Also printed: our model GFLOP/s (bench/charLm.ts stepFlops) against the 128-bit SIMD mul+add roof
 * measured in the same run (bench/simdRoof.ts), and where a step's time goes (one profiled step per shape:
 * our generated kernels, tfjs's own kernels — fallbacks —, and the rest, tfjs's per-op bookkeeping).
 */
import * as os from 'os';
import { spawnSync } from 'child_process';
import { benchCharLm, runTorch, stepFlops, torchAvailable } from './charLm';
import { simdRoofGflops } from './simdRoof';
import { launchKernelHelper } from '../src/runner/kernelHelperThread';
import { kernelThreadsFor, setKernelThreads } from '../src/core/kernels/kernelThreads';
import type { CharLmSpec } from '../src/core/tasks/charLm';
import type { OptimizerConfig } from '../src/core/optimizers/types';

export interface LadderShape {
  layers: number;
  dModel: number;
  heads: number;
  context: number;
  /** Timed steps per round, rounds, warm-up steps: fewer for the slow shapes, so a repetition stays short. */
  steps: number;
  rounds: number;
  warmup: number;
}

export const LADDER: LadderShape[] = [
  { layers: 2, dModel: 64, heads: 4, context: 64, steps: 20, rounds: 3, warmup: 5 },
  { layers: 4, dModel: 128, heads: 4, context: 128, steps: 6, rounds: 2, warmup: 3 },
  { layers: 4, dModel: 256, heads: 8, context: 128, steps: 3, rounds: 2, warmup: 2 },
];

const BATCH = 16;
const VOCAB = 65;

export interface LadderRow {
  shape: string;
  /** Ours with the kernel threads a one-worker experiment gets here; ours1Ms: with one thread. */
  oursMs: number;
  ours1Ms?: number;
  torchMs?: number;
  torch1Ms?: number;
  /** ours tokens/s ÷ torch's (default threads), ÷ torch's with one thread (wall clock). */
  ratio?: number;
  ratio1?: number;
  /** The same from CPU time per step (process, all threads): the fairer figure when the machine is loaded. */
  oursCpuMs: number;
  torchCpuMs?: number;
  torch1CpuMs?: number;
  cpuRatio?: number;
  cpuRatio1?: number;
  gflops: number;
  /** One profiled step: ms in our kernels, in tfjs kernels (by name), and the rest of the step. */
  breakdown?: { ours: number; tfjs: number; tfjsTop: string; rest: number };
}

const label = (s: LadderShape): string => `${s.layers}L d${s.dModel} h${s.heads} ctx${s.context}`;
const specOf = (s: LadderShape): CharLmSpec => ({ vocab: VOCAB, layers: s.layers, dModel: s.dModel, heads: s.heads, context: s.context, tiedHead: false });

function loadAverage(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(' ');
}

async function profileShape(s: LadderShape, stepMs: number, log: (l: string) => void): Promise<LadderRow['breakdown']> {
  const r = await benchCharLm({ ...s, batchSize: BATCH, vocab: VOCAB, steps: 1, rounds: 1, warmup: s.warmup, torch: false, profile: true, profileSteps: 2, log: () => undefined });
  const prof = r.profile ?? [];
  const ours = prof.filter((k) => k.kernel.startsWith('OptLab')).reduce((a, k) => a + k.ms, 0);
  const others = prof.filter((k) => !k.kernel.startsWith('OptLab'));
  const tfjs = others.reduce((a, k) => a + k.ms, 0);
  const tfjsTop = others.slice(0, 5).map((k) => `${k.kernel} ${k.ms.toFixed(1)}`).join(', ');
  if (process.env.OPTLAB_PROFILE_SHAPES) for (const k of prof.slice(0, 30)) log(`    ${k.kernel.padEnd(40)} ${k.ms.toFixed(2).padStart(8)} ms ${String(k.calls).padStart(4)} calls`);
  return { ours, tfjs, tfjsTop, rest: Math.max(0, stepMs - ours - tfjs) };
}

/** The Muon+AdamW hybrid of examples/muon-vs-adamw.optlab.json. */
const HYBRID: OptimizerConfig = { type: 'hybrid', muon: { lr: 0.02 }, adamw: { lr: 3e-3, betas: [0.9, 0.95] } };

/** The hybrid's training step against AdamW's on one shape, alternating, least of each (SPEC §8: ≤ 1.25×). */
async function muonVsAdamw(s: LadderShape, reps: number, log: (l: string) => void): Promise<void> {
  const t = { adamw: Infinity, hybrid: Infinity, adamwCpu: Infinity, hybridCpu: Infinity };
  for (let rep = 0; rep < reps; rep++) {
    const a = await benchCharLm({ ...s, batchSize: BATCH, vocab: VOCAB, torch: false, log: () => undefined });
    const h = await benchCharLm({ ...s, batchSize: BATCH, vocab: VOCAB, torch: false, optimizer: HYBRID, log: () => undefined });
    t.adamw = Math.min(t.adamw, a.msPerStep);
    t.adamwCpu = Math.min(t.adamwCpu, a.cpuMsPerStep);
    t.hybrid = Math.min(t.hybrid, h.msPerStep);
    t.hybridCpu = Math.min(t.hybridCpu, h.cpuMsPerStep);
  }
  log(`${label(s)} hybrid (Muon+AdamW) step ${t.hybrid.toFixed(1)} ms vs AdamW ${t.adamw.toFixed(1)} ms: ${(t.hybrid / t.adamw).toFixed(2)}× (CPU time ${t.hybridCpu.toFixed(1)} vs ${t.adamwCpu.toFixed(1)} ms: ${(t.hybridCpu / t.adamwCpu).toFixed(2)}×; target ≤ 1.25)`);
}

/** The ladder, `reps` interleaved repetitions; `shapes` filters by label substring (e.g. "d256"). */
export async function benchCharLmLadder(opts: { log?: (l: string) => void; reps?: number; torch?: boolean; profile?: boolean; shapes?: string } = {}): Promise<LadderRow[]> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const reps = opts.reps ?? 2;
  const withTorch = opts.torch ?? torchAvailable();
  const shapes = LADDER.filter((s) => !opts.shapes || label(s).includes(opts.shapes));
  const torchThreads = withTorch ? Number(spawnSync('/usr/bin/python3', ['-c', 'import torch; print(torch.get_num_threads())'], { encoding: 'utf8' }).stdout.trim()) : 0;
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; load average ${loadAverage()}; torch default threads ${torchThreads || 'n/a'}`);
  const rows: LadderRow[] = shapes.map((s) => ({ shape: label(s), oursMs: Infinity, oursCpuMs: Infinity, gflops: 0 }));
  const roof = { best: 0 };
  const threads = kernelThreadsFor(1, os.availableParallelism());
  log(`ours: ${threads} kernel thread${threads > 1 ? 's' : ''} (what a one-worker experiment uses on this machine), and 1 for comparison`);
  for (let rep = 0; rep < reps; rep++) {
    roof.best = Math.max(roof.best, simdRoofGflops());
    for (const [i, s] of shapes.entries()) {
      const row = rows[i];
      // One thread first (the kernels alone), then what a single-job experiment uses here (kernelThreadsFor).
      setKernelThreads(1);
      const one = await benchCharLm({ ...s, batchSize: BATCH, vocab: VOCAB, torch: false, log: () => undefined });
      row.ours1Ms = Math.min(row.ours1Ms ?? Infinity, one.msPerStep);
      setKernelThreads(threads, launchKernelHelper);
      const ours = await benchCharLm({ ...s, batchSize: BATCH, vocab: VOCAB, torch: false, log: () => undefined });
      row.oursMs = Math.min(row.oursMs, ours.msPerStep);
      row.oursCpuMs = Math.min(row.oursCpuMs, ours.cpuMsPerStep);
      let line = `rep ${rep + 1} ${row.shape}: ours ${ours.msPerStep.toFixed(1)} ms (cpu ${ours.cpuMsPerStep.toFixed(1)}, ${threads} kernel threads), 1 thread ${one.msPerStep.toFixed(1)} ms`;
      if (withTorch) {
        const t1 = runTorch(specOf(s), BATCH, s.steps, s.warmup, s.rounds, 1);
        const t0 = runTorch(specOf(s), BATCH, s.steps, s.warmup, s.rounds, 0);
        row.torch1Ms = Math.min(row.torch1Ms ?? Infinity, t1.msPerStep);
        row.torchMs = Math.min(row.torchMs ?? Infinity, t0.msPerStep);
        row.torch1CpuMs = Math.min(row.torch1CpuMs ?? Infinity, t1.cpuMsPerStep);
        row.torchCpuMs = Math.min(row.torchCpuMs ?? Infinity, t0.cpuMsPerStep);
        line += `, torch 1 thread ${t1.msPerStep.toFixed(1)} ms (cpu ${t1.cpuMsPerStep.toFixed(1)}), default ${t0.msPerStep.toFixed(1)} ms (cpu ${t0.cpuMsPerStep.toFixed(1)})`;
      }
      log(`${line} (load ${loadAverage()})`);
    }
  }
  log(`128-bit SIMD mul+add roof (wasm, one thread): ${roof.best.toFixed(1)} GFLOP/s`);
  for (const [i, s] of shapes.entries()) {
    const row = rows[i];
    row.gflops = stepFlops(specOf(s), BATCH) / (row.oursMs * 1e6);
    if (row.torchMs !== undefined && row.torch1Ms !== undefined) {
      row.ratio = row.torchMs / row.oursMs;
      row.ratio1 = row.torch1Ms / row.oursMs;
      row.cpuRatio = row.torchCpuMs! / row.oursCpuMs;
      row.cpuRatio1 = row.torch1CpuMs! / row.oursCpuMs;
    }
    // Kernel times are the calling thread's wall time (a split product includes the wait for the helper).
    if (opts.profile) row.breakdown = await profileShape(s, row.oursMs, log);
    const vs = row.ratio === undefined ? '' : ` | torch default ${row.torchMs!.toFixed(1)} ms → ${row.ratio.toFixed(2)}× | torch 1 thread ${row.torch1Ms!.toFixed(1)} ms → ${row.ratio1!.toFixed(2)}×`;
    log(`${row.shape.padEnd(20)} ours ${row.oursMs.toFixed(1)} ms/step (1 thread ${row.ours1Ms?.toFixed(1)} ms: ${(row.ours1Ms! / row.oursMs).toFixed(2)}× from the second), ${(BATCH * s.context * 1000 / row.oursMs).toFixed(0)} tokens/s, ${row.gflops.toFixed(1)} GFLOP/s = ${(100 * row.gflops / roof.best).toFixed(0)}% of roof${vs}`);
    if (row.cpuRatio !== undefined) {
      const cpuGflops = stepFlops(specOf(s), BATCH) / (row.oursCpuMs * 1e6);
      log(`${''.padEnd(20)} CPU time: ours ${row.oursCpuMs.toFixed(1)} ms/step (${cpuGflops.toFixed(1)} GFLOP/s = ${(100 * cpuGflops / roof.best).toFixed(0)}% of roof) | torch default ${row.torchCpuMs!.toFixed(1)} ms → ${row.cpuRatio.toFixed(2)}× | torch 1 thread ${row.torch1CpuMs!.toFixed(1)} ms → ${row.cpuRatio1!.toFixed(2)}×`);
    }
    const b = row.breakdown;
    if (b) log(`  step breakdown (one profiled step): our kernels ${b.ours.toFixed(1)} ms, tfjs kernels ${b.tfjs.toFixed(1)} ms (${b.tfjsTop}), rest of the step (wall time − kernels: bookkeeping) ${b.rest.toFixed(1)} ms`);
  }
  if (shapes.includes(LADDER[0])) await muonVsAdamw(LADDER[0], reps, log);
  log(`load average after: ${loadAverage()}`);
  return rows;
}
