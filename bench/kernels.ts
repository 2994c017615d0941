/**
 * GFLOP/s of each product kernel of a char_lm step at the ladder's shapes (bench/charLmLadder.ts), against the
 * 128-bit SIMD mul+add roof measured in the same run: which kernel loses efficiency as d, K and N grow.
 * Each figure is the least time over a few calls after one warm-up call (outputs disposed each time), on one
 * thread and — where a one-worker experiment gets one here — with the second kernel thread (wall time).
 */
import { tf } from '../src/core/tf';
import { gemmKernel2d, gemmKernelAvailable } from '../src/core/kernels/gemm';
import { weightGradKernel, weightGradKernelAvailable } from '../src/core/kernels/linearGrad';
import { attentionKernel, attentionKernelAvailable } from '../src/core/kernels/attention';
import { kernelThreadsFor, setKernelThreads } from '../src/core/kernels/kernelThreads';
import { launchKernelHelper } from '../src/runner/kernelHelperThread';
import { simdRoofGflops } from './simdRoof';
import * as os from 'os';

/** Threads a one-worker experiment's kernels get on this machine. */
const THREADS = kernelThreadsFor(1, os.availableParallelism());

/** `fn`'s least time on one thread (`best`) and, when there is a second, its least wall time with it. */
function oneAndTwo(fn: () => tf.Tensor | tf.Tensor[], reps: number): { one: number; two?: number } {
  setKernelThreads(1);
  const one = best(fn, reps);
  if (THREADS < 2) return { one };
  setKernelThreads(THREADS, launchKernelHelper);
  // The helper's copy of a new function also starts as baseline code: a few calls first.
  for (let w = 0; w < 5; w++) tf.dispose(fn());
  const cpu = process.env.OPTLAB_CPU_TIME;
  delete process.env.OPTLAB_CPU_TIME;
  try {
    return { one, two: best(fn, reps) };
  } finally {
    if (cpu !== undefined) process.env.OPTLAB_CPU_TIME = cpu;
    setKernelThreads(1);
  }
}

const twoThreads = (t: { one: number; two?: number }): string => (t.two === undefined ? '' : ` | ${THREADS} threads ${t.two.toFixed(2)} ms (${(t.one / t.two).toFixed(2)}×)`);

const BATCH = 16;

/**
 * Least time of `reps` calls. With OPTLAB_CPU_TIME=1, the process's CPU time (user + system) instead of wall
 * time: on a loaded machine the wall clock also counts the time spent waiting for a core.
 */
function best(fn: () => tf.Tensor | tf.Tensor[], reps: number): number {
  tf.dispose(fn());
  const cpu = process.env.OPTLAB_CPU_TIME === '1';
  let ms = Infinity;
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = fn();
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, cpu ? (c.user + c.system) / 1000 : performance.now() - t0);
    tf.dispose(out);
  }
  return ms;
}

/** The four product kernels of one linear layer x [n, in] · Wᵀ, W [out, in]: forward, input and weight gradients. */
function linearFigures(n: number, inn: number, out: number, reps: number, log: (l: string) => void, roof: number): void {
  const x = tf.randomNormal([n, inn], 0, 1, 'float32', 1) as tf.Tensor2D;
  const w = tf.randomNormal([out, inn], 0, 0.02, 'float32', 2) as tf.Tensor2D;
  const dy = tf.randomNormal([n, out], 0, 1, 'float32', 3) as tf.Tensor2D;
  const flops = 2 * n * inn * out;
  const show = (what: string, fn: () => tf.Tensor): void => {
    const t = oneAndTwo(fn, reps);
    log(`  ${what.padEnd(34)} ${t.one.toFixed(2).padStart(7)} ms ${(flops / (t.one * 1e6)).toFixed(1).padStart(6)} GFLOP/s ${(100 * flops / (t.one * 1e6) / roof).toFixed(0).padStart(4)}%${twoThreads(t)}`);
  };
  if (gemmKernelAvailable(w, true)) show(`x·Wᵀ [${n}×${inn}]·[${inn}×${out}]`, () => gemmKernel2d(x, w, undefined, true));
  if (gemmKernelAvailable(w)) show(`dy·W [${n}×${out}]·[${out}×${inn}]`, () => gemmKernel2d(dy, w));
  if (weightGradKernelAvailable(x)) show(`dyᵀ·x [${out}×${n}]·[${n}×${inn}]`, () => weightGradKernel(dy, x));
  tf.dispose([x, w, dy]);
}

export async function benchKernels(log: (l: string) => void, opts: { reps?: number; dims?: number[] } = {}): Promise<void> {
  const reps = opts.reps ?? 5;
  const roof = simdRoofGflops();
  log(`128-bit SIMD mul+add roof: ${roof.toFixed(1)} GFLOP/s (wasm, one thread)`);
  for (const d of opts.dims ?? [64, 128, 256]) {
    const T = d === 64 ? 64 : 128;
    const H = d === 256 ? 8 : 4;
    const n = BATCH * T;
    log(`d${d} ctx${T} (n = ${n} rows):`);
    linearFigures(n, d, 3 * d, reps, log, roof);
    linearFigures(n, d, 4 * d, reps, log, roof);
    linearFigures(n, 4 * d, d, reps, log, roof);
    if (attentionKernelAvailable(T, d, H)) {
      const qkv = tf.randomNormal([n, 3 * d], 0, 1, 'float32', 4) as tf.Tensor2D;
      const dy = tf.randomNormal([n, d], 0, 1, 'float32', 5) as tf.Tensor2D;
      // causal work: QKᵀ and P·V over the lower triangle forward; dO·Vᵀ, dS·K, dSᵀ·Q and Pᵀ·dO backward
      const causal = 2 * BATCH * T * T * d;
      // the output gradient is given (as from the output projection): no sum and its broadcast gradient timed
      const grad = tf.grad((x: tf.Tensor) => attentionKernel(x as tf.Tensor2D, BATCH, T, H));
      // V8 runs a new wasm function as baseline code until its optimised tier is ready (a few calls)
      for (let w = 0; w < 5; w++) tf.dispose(grad(qkv, dy));
      const fwd = oneAndTwo(() => attentionKernel(qkv, BATCH, T, H), reps);
      const both = oneAndTwo(() => grad(qkv, dy), reps);
      const gf = (f: number, ms: number): string => `${(f / (ms * 1e6)).toFixed(1)} GFLOP/s`;
      log(`  attention h${H} dh${d / H}: fwd ${fwd.one.toFixed(2)} ms (${gf(causal, fwd.one)} causal)${twoThreads(fwd)}`);
      log(`  attention h${H} dh${d / H}: fwd+bwd ${both.one.toFixed(2)} ms (${gf(3 * causal, both.one)})${twoThreads(both)}`);
      tf.dispose([qkv, dy]);
    }
  }
}
