/**
 * char_lm throughput (SPEC §8): tokens/s of a training step (forward, backward, AdamW update) of the reference
 * shape — 2 layers, d 64, 4 heads, context 64, batch 16, vocab 65 — on the active backend, next to the same
 * model in PyTorch (bench/charlm_torch.py, with 1 thread and with torch's default threads) when
 * /usr/bin/python3 has torch. Ratios are taken within one run because the machine's speed drifts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { tf } from '../src/core/tf';
import { activeBackend } from '../src/core/backend';
import { CharLmModel, crossEntropy, disposeCharLmBatch, makeCharLmBatch, type CharLmSpec } from '../src/core/tasks/charLm';
import { Prng } from '../src/core/tasks/prng';
import type { OptimizerConfig } from '../src/core/optimizers/types';
import { createOptimizer } from '../src/core/optimizers/registry';
import { trainJob } from '../src/core/trainer';
import type { MetricRow } from '../src/core/events';

export interface CharLmBenchOptions {
  layers?: number;
  dModel?: number;
  heads?: number;
  context?: number;
  batchSize?: number;
  vocab?: number;
  /** Timed steps per round (after `warmup` untimed ones); the best of `rounds` rounds is reported. */
  steps?: number;
  rounds?: number;
  warmup?: number;
  /** Run the PyTorch reference too (default: when /usr/bin/python3 has torch). */
  torch?: boolean;
  /** Print a per-kernel time profile of a step (tf.profile; each kernel's least time over 5 profiled steps). */
  profile?: boolean;
  /** Also time the real trainer (trainJob: AdamW from the registry, metrics, divergence checks) on this shape. */
  trainer?: boolean;
  /** The optimizer (default AdamW lr 3e-3, betas (0.9, 0.95), weight decay 0.1). */
  optimizer?: OptimizerConfig;
  /** Profiled steps (default 5); each kernel's least time over them is reported. */
  profileSteps?: number;
  log?: (line: string) => void;
}

export interface CharLmBenchResult {
  backend: string;
  msPerStep: number;
  /** Least CPU time (user + system) of the process per step over the rounds. */
  cpuMsPerStep: number;
  tokensPerSec: number;
  torch?: { threads: number; msPerStep: number; tokensPerSec: number }[];
  /** Model FLOPs of a step (stepFlops) per second of ours, in GFLOP/s. */
  gflops: number;
  /** ours / torch (torch at its default thread count, the usual reference). */
  ratio?: number;
  /** ours / torch with one thread (the fair single-core comparison; a wasm job uses one core). */
  ratio1?: number;
  profile?: { kernel: string; ms: number; calls: number }[];
  /** Tokens/s of trainJob on the same shape (built-in corpus), and its ratio to the bare step above. */
  trainer?: { msPerStep: number; tokensPerSec: number; ratio?: number };
}

const PYTHON = '/usr/bin/python3';

/**
 * FLOPs of one training step as PyTorch's dense formulation counts them: forward + backward (3× the forward)
 * of every linear layer (12·d² weights per block and the d·vocab head, 2 flops per weight and token) and of
 * the attention products QKᵀ and PV over the full T×T square (the causal kernels skip the masked half, so
 * this over-counts our work there; it is the same count on both sides).
 */
export function stepFlops(spec: CharLmSpec, B: number): number {
  const { layers: L, dModel: d, vocab: V, context: T } = spec;
  const tokens = B * T;
  const linear = 2 * tokens * (12 * L * d * d + d * V);
  const attention = L * 2 * 2 * B * T * T * d;
  return 3 * (linear + attention);
}
/** Profiled steps (each kernel's least time over them is reported). */
const PROFILE_STEPS = 5;

/** The reference benchmark's optimizer: AdamW lr 3e-3, betas (0.9, 0.95), weight decay 0.1 (the project's own). */
const ADAMW: OptimizerConfig = { type: 'adamw', lr: 3e-3, betas: [0.9, 0.95], weightDecay: 0.1 };

export function torchAvailable(): boolean {
  if (!fs.existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;
}

export function runTorch(spec: CharLmSpec, batchSize: number, steps: number, warmup: number, rounds: number, threads: number): { msPerStep: number; cpuMsPerStep: number; tokensPerSec: number } {
  const script = [path.join(__dirname, 'charlm_torch.py'), path.join(__dirname, '..', 'bench', 'charlm_torch.py'), path.join(process.cwd(), 'bench', 'charlm_torch.py')]
    .find((p) => fs.existsSync(p));
  if (!script) throw new Error('bench/charlm_torch.py not found');
  const args = [script, '--layers', spec.layers, '--d', spec.dModel, '--heads', spec.heads, '--ctx', spec.context, '--batch', batchSize,
    '--vocab', spec.vocab, '--steps', steps, '--warmup', warmup, '--rounds', rounds, '--threads', threads].map(String);
  const r = spawnSync(PYTHON, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`torch bench failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms_per_step: number; cpu_ms_per_step: number; tokens_per_sec: number };
  return { msPerStep: out.ms_per_step, cpuMsPerStep: out.cpu_ms_per_step, tokensPerSec: out.tokens_per_sec };
}

/**
 * trainJob on the same shape (built-in corpus, so the vocabulary is the corpus's): per-step time from the
 * rows' timestamps over the best window of `steps` steps after `warmup`, evaluation steps excluded.
 */
async function timeTrainer(spec: CharLmSpec, B: number, steps: number, warmup: number, rounds: number): Promise<{ msPerStep: number; tokensPerSec: number }> {
  const rows: MetricRow[] = [];
  const total = warmup + steps * rounds;
  await trainJob(
    {
      key: { id: 'bench', run: 'bench', seed: 0 },
      task: { type: 'char_lm', layers: spec.layers, dModel: spec.dModel, heads: spec.heads, context: spec.context, batchSize: B },
      optimizer: ADAMW,
      steps: total + 1,
      evalEvery: total + 1,
      workspaceRoot: process.cwd(),
    },
    { emit: (e) => void (e.kind === 'metrics' && rows.push(...e.rows)), isCancelled: () => false },
  );
  let msPerStep = Infinity;
  for (let r = 0; r < rounds; r++) {
    const a = rows[warmup + r * steps - 1];
    const b = rows[warmup + (r + 1) * steps - 1];
    if (a && b) msPerStep = Math.min(msPerStep, (b.timeMs - a.timeMs) / steps);
  }
  return { msPerStep, tokensPerSec: (B * spec.context * 1000) / msPerStep };
}

/** Measures our training step and, when possible, PyTorch's on the same shape. */
export async function benchCharLm(opts: CharLmBenchOptions = {}): Promise<CharLmBenchResult> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const spec: CharLmSpec = {
    vocab: opts.vocab ?? 65, layers: opts.layers ?? 2, dModel: opts.dModel ?? 64, heads: opts.heads ?? 4,
    context: opts.context ?? 64, tiedHead: false,
  };
  const B = opts.batchSize ?? 16;
  const T = spec.context;
  const steps = opts.steps ?? 20;
  const warmup = opts.warmup ?? 5;
  const rounds = opts.rounds ?? 3;
  const model = new CharLmModel(spec, 0);
  const opt = createOptimizer(model.params, opts.optimizer ?? ADAMW);
  const rng = new Prng(7);
  const batches = Array.from({ length: 4 }, () => {
    const ids = Int32Array.from({ length: B * T + 1 }, () => rng.int(spec.vocab));
    return makeCharLmBatch(ids.subarray(0, B * T), ids.subarray(1), B, T, spec.vocab);
  });
  const vars = model.params.map((p) => p.variable);
  const step = (i: number): number => {
    const batch = batches[i % batches.length];
    const { value, grads } = tf.variableGrads(() => crossEntropy(model.forward(batch).logits, batch.targetOneHot), vars);
    const byName: Record<string, tf.Tensor> = {};
    model.params.forEach((p) => (byName[p.name] = grads[p.variable.name]));
    opt.step(byName, 1);
    const loss = value.dataSync()[0];
    value.dispose();
    tf.dispose(grads);
    return loss;
  };
  for (let i = 0; i < warmup; i++) step(i);
  // Best of `rounds` rounds: the machine is shared, and the best round is the least disturbed one.
  // CPU time too: on a loaded machine the wall clock also counts the time spent waiting for a core.
  let msPerStep = Infinity;
  let cpuMsPerStep = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) step(i);
    msPerStep = Math.min(msPerStep, (performance.now() - t0) / steps);
    const c = process.cpuUsage(c0);
    cpuMsPerStep = Math.min(cpuMsPerStep, (c.user + c.system) / 1000 / steps);
  }
  const backend = activeBackend()?.name ?? tf.getBackend();
  const result: CharLmBenchResult = { backend, msPerStep, cpuMsPerStep, tokensPerSec: (B * T * 1000) / msPerStep, gflops: stepFlops(spec, B) / (msPerStep * 1e6) };
  if (opts.profile) {
    // Several profiled steps, each kernel's least total over them: one step alone is at the mercy of the
    // machine's other processes.
    const agg = new Map<string, { ms: number; calls: number }>();
    for (let r = 0; r < (opts.profileSteps ?? PROFILE_STEPS); r++) {
      const prof = await tf.profile(() => {
        step(r);
      });
      const once = new Map<string, { ms: number; calls: number }>();
      for (const k of prof.kernels) {
        // Composite entries (custom-gradient wrappers, "…__op") contain kernels already listed: skip them.
        if (!tf.getKernel(k.name, tf.getBackend())) continue;
        const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
        const key = process.env.OPTLAB_PROFILE_SHAPES ? `${k.name} ${JSON.stringify(k.inputShapes)}` : k.name;
        const a = once.get(key) ?? { ms: 0, calls: 0 };
        a.ms += ms;
        a.calls++;
        once.set(key, a);
      }
      for (const [key, a] of once) {
        const best = agg.get(key);
        if (!best || a.ms < best.ms) agg.set(key, a);
      }
    }
    result.profile = [...agg.entries()].map(([kernel, a]) => ({ kernel, ...a })).sort((a, b) => b.ms - a.ms);
  }
  for (const b of batches) disposeCharLmBatch(b);
  opt.dispose();
  model.dispose();
  log(`char_lm ${spec.layers}L d${spec.dModel} h${spec.heads} ctx${T} B${B} V${spec.vocab}: ours (${backend}) ${result.msPerStep.toFixed(1)} ms/step, ${result.tokensPerSec.toFixed(0)} tokens/s`);
  if (opts.trainer) {
    result.trainer = await timeTrainer(spec, B, steps, warmup, rounds);
    result.trainer.ratio = result.trainer.tokensPerSec / result.tokensPerSec;
    log(`  trainer (trainJob: metrics, grad norm, update RMS, divergence check): ${result.trainer.msPerStep.toFixed(1)} ms/step, ${result.trainer.tokensPerSec.toFixed(0)} tokens/s (${result.trainer.ratio.toFixed(2)}× the bare step)`);
  }
  if (opts.torch ?? torchAvailable()) {
    result.torch = [];
    for (const threads of [1, 0]) {
      const r = runTorch(spec, B, steps, warmup, rounds, threads);
      const n = threads === 0 ? Number(spawnSync(PYTHON, ['-c', 'import torch; print(torch.get_num_threads())'], { encoding: 'utf8' }).stdout.trim()) : threads;
      result.torch.push({ threads: n, ...r });
      log(`  torch (${threads === 0 ? `default, ${n} threads` : '1 thread'}): ${r.msPerStep.toFixed(1)} ms/step, ${r.tokensPerSec.toFixed(0)} tokens/s`);
    }
    result.ratio1 = result.tokensPerSec / result.torch[0].tokensPerSec;
    result.ratio = result.tokensPerSec / result.torch[1].tokensPerSec;
    log(`tokens/s ours ${result.tokensPerSec.toFixed(0)}, tokens/s torch ${result.torch[1].tokensPerSec.toFixed(0)} (1 thread ${result.torch[0].tokensPerSec.toFixed(0)}), ratio ${result.ratio.toFixed(2)} (vs 1 thread ${result.ratio1.toFixed(2)})`);
  }
  if (result.profile) {
    const total = result.profile.reduce((a, k) => a + k.ms, 0);
    log(`  kernel time of one step (per kernel, least of ${PROFILE_STEPS} profiled steps): ${total.toFixed(1)} ms`);
    for (const k of result.profile.slice(0, process.env.OPTLAB_PROFILE_SHAPES ? 40 : 12)) log(`    ${k.kernel.padEnd(20)} ${k.ms.toFixed(2).padStart(8)} ms  ${String(k.calls).padStart(4)} calls`);
  }
  return result;
}
