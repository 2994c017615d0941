/**
 * Newton–Schulz on a 1024×1024 matrix, 5 Jordan steps, against the same backend's plain 1024×1024 matmul
 * measured in the same run (SPEC §8 target: ≥ 50% of matmul throughput). Throughput counts only the matmul
 * flops NS needs (3 products of 2n³ each per step); the transposes, scalings and adds are its overhead.
 */
import { tf } from '../src/core/tf';
import { NS_PRESETS, newtonSchulz } from '../src/core/newtonSchulz';
import type { NsDtype } from '../src/core/newtonSchulz';

export interface NewtonSchulzBench {
  n: number;
  steps: number;
  matmulMs: number;
  matmulGflops: number;
  nsMs: number;
  nsGflops: number;
  /** NS throughput / plain matmul throughput (target ≥ 0.5). */
  ratio: number;
  bf16Ms?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of `fn` (its result is read back, so the backend has finished) after one warm-up. */
function timeIt(fn: () => tf.Tensor, reps: number): number {
  fn().dispose();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = fn();
    r.dataSync();
    times.push(performance.now() - t0);
    r.dispose();
  }
  return median(times);
}

export async function benchNewtonSchulz(log: (s: string) => void, opts: { n?: number; reps?: number; bf16?: boolean } = {}): Promise<NewtonSchulzBench> {
  const n = opts.n ?? 1024;
  const reps = opts.reps ?? 5;
  const steps = NS_PRESETS.jordan.steps;
  const a = tf.randomNormal([n, n], 0, 1, 'float32', 1) as tf.Tensor2D;
  const b = tf.randomNormal([n, n], 0, 1, 'float32', 2) as tf.Tensor2D;
  try {
    const matmulMs = timeIt(() => tf.matMul(a, b), reps);
    const matmulGflops = (2 * n ** 3) / (matmulMs * 1e6);
    const run = (dtype: NsDtype) => () => newtonSchulz(a, { coefficients: NS_PRESETS.jordan.coefficients, steps, dtype });
    const nsMs = timeIt(run('float32'), reps);
    const nsGflops = (steps * 3 * 2 * n ** 3) / (nsMs * 1e6);
    const ratio = nsGflops / matmulGflops;
    log(`plain matmul ${n}×${n}·${n}×${n}: ${matmulMs.toFixed(1)} ms, ${matmulGflops.toFixed(2)} GFLOP/s`);
    log(`Newton–Schulz ${n}×${n}, ${steps} Jordan steps (float32): ${nsMs.toFixed(1)} ms, ${nsGflops.toFixed(2)} GFLOP/s of matmul work`);
    log(`ratio NS / matmul throughput: ${(ratio * 100).toFixed(0)}% (target ≥ 50%) ${ratio >= 0.5 ? 'OK' : 'BELOW TARGET'}`);
    const result: NewtonSchulzBench = { n, steps, matmulMs, matmulGflops, nsMs, nsGflops, ratio };
    if (opts.bf16 ?? true) {
      result.bf16Ms = timeIt(run('bfloat16'), Math.min(reps, 2));
      log(`Newton–Schulz ${n}×${n} emulated bfloat16 (spectrum panel only): ${result.bf16Ms.toFixed(0)} ms (${(result.bf16Ms / nsMs).toFixed(1)}× float32)`);
    }
    return result;
  } finally {
    tf.dispose([a, b]);
  }
}
