/**
 * A `BatchMatMul` gradient that never sets matMul's transpose flags.
 *
 * tfjs's own gradient (tfjs-core `gradients/BatchMatMul_grad`) computes dA and dB with `transposeA`/
 * `transposeB`; on the wasm backend those flags take a path ~10× slower than a plain matmul (PERF-NOTES.md),
 * so every backward matmul paid it. Here the same products are formed with an explicit `tf.transpose` of the
 * last two axes followed by a plain `matMul`. The formulas are the original ones case by case, so results
 * match the built-in gradient exactly up to float summation order (tested against PyTorch).
 *
 * Registering replaces the gradient globally (one engine), so the module registers once on import.
 */
import { tf } from '../tf';

/** Swaps the last two axes (a matrix transpose, batched over leading axes). */
function transposeLast2(x: tf.Tensor): tf.Tensor {
  const r = x.rank;
  if (r < 2) throw new Error(`transposeLast2 needs rank ≥ 2, got ${r}`);
  if (r === 2) return tf.transpose(x);
  const perm = Array.from({ length: r }, (_, i) => i);
  perm[r - 2] = r - 1;
  perm[r - 1] = r - 2;
  return tf.transpose(x, perm);
}

/** a·b with optional logical transposes, done explicitly (never via matMul flags). */
function mm(a: tf.Tensor, b: tf.Tensor, ta: boolean, tb: boolean): tf.Tensor {
  return tf.matMul(ta ? transposeLast2(a) : a, tb ? transposeLast2(b) : b);
}

/** Same case analysis as tfjs's batchMatMulGradConfig, with explicit transposes. */
export const fastBatchMatMulGradConfig: tf.GradConfig = {
  kernelName: 'BatchMatMul',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[], attrs: tf.NamedAttrMap) => {
    const g = dy as tf.Tensor;
    const [a, b] = saved;
    const transposeA = Boolean(attrs.transposeA);
    const transposeB = Boolean(attrs.transposeB);
    if (!transposeA && !transposeB) return { a: () => mm(g, b, false, true), b: () => mm(a, g, true, false) };
    if (!transposeA && transposeB) return { a: () => mm(g, b, false, false), b: () => mm(g, a, true, false) };
    if (transposeA && !transposeB) return { a: () => mm(b, g, false, true), b: () => mm(a, g, false, false) };
    return { a: () => mm(b, g, true, true), b: () => mm(g, a, true, true) };
  },
};

/** The gradient that was registered before this module replaced it (for tests and benchmarks). */
export const builtinBatchMatMulGradConfig: tf.GradConfig = tf.getGradient('BatchMatMul');

let installed = false;

/** Registers the fast gradient (idempotent). */
function installFastGrads(): void {
  if (installed) return;
  tf.registerGradient(fastBatchMatMulGradConfig);
  installed = true;
}

installFastGrads();
