import * as assert from 'assert';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { gemmKernel2d, gemmKernelAvailable } from '../../src/core/kernels/gemm';
import { weightGradKernel, weightGradKernelAvailable } from '../../src/core/kernels/linearGrad';
import { launchKernelHelper } from '../../src/runner/kernelHelperThread';
import { kernelHelper, setKernelThreads } from '../../src/core/kernels/kernelThreads';

/**
 * The blocked GEMM (kernels/gemm.ts) against a plain float64 triple loop. Entries are small integers, so every
 * product and partial sum is exact in float32 and the results must be equal whatever the blocking: shapes
 * cross the chunk (K > 256) and row-block (M > 256) sizes, leave row remainders (M mod 4) and half panels
 * (N mod 8 = 4).
 */
const ints = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => ((i * 37 + seed * 101 + ((i * i) % 11)) % 7) - 3);

function reference(a: number[], b: number[], M: number, K: number, N: number, bias?: number[]): number[] {
  const c: number[] = [];
  for (let m = 0; m < M; m++) {
    for (let n = 0; n < N; n++) {
      let s = bias ? bias[n] : 0;
      for (let k = 0; k < K; k++) s += a[m * K + k] * b[k * N + n];
      c.push(s);
    }
  }
  return c;
}

const transpose = (x: number[], R: number, C: number): number[] => Array.from({ length: R * C }, (_, i) => x[(i % R) * C + Math.floor(i / R)]);

describe('blocked SIMD GEMM (wasm)', () => {
  before(async () => {
    await initBackend('wasm');
  });
  after(async () => {
    await initBackend('cpu');
  });

  const shapes: [number, number, number][] = [[1, 3, 4], [7, 5, 12], [9, 300, 24], [261, 40, 20], [6, 520, 8], [258, 257, 36]];
  for (const [M, K, N] of shapes) {
    it(`a·b, a·bᵀ and with bias equal the exact product for M ${M}, K ${K}, N ${N}`, () => {
      const a = ints(M * K, 1);
      const b = ints(K * N, 2);
      const bias = ints(N, 3);
      const ta = tf.tensor2d(a, [M, K]);
      const tb = tf.tensor2d(b, [K, N]);
      const tbt = tf.tensor2d(transpose(b, K, N), [N, K]);
      const tbias = tf.tensor1d(bias);
      assert.ok(gemmKernelAvailable(tb) && gemmKernelAvailable(tbt, true), 'the kernel serves these shapes on wasm');
      const plain = gemmKernel2d(ta, tb);
      const viaT = gemmKernel2d(ta, tbt, tbias, true);
      assert.deepStrictEqual(Array.from(plain.dataSync()), reference(a, b, M, K, N));
      assert.deepStrictEqual(Array.from(viaT.dataSync()), reference(a, b, M, K, N, bias));
      // Negative control: a different right operand gives a different product.
      const other = gemmKernel2d(ta, tf.tensor2d(ints(K * N, 4), [K, N]));
      assert.notDeepStrictEqual(Array.from(other.dataSync()), reference(a, b, M, K, N));
      tf.dispose([ta, tb, tbt, tbias, plain, viaT, other]);
    });
  }

  it('dyᵀ·x (weight gradient, dy read transposed in place) equals the exact product across row chunks', () => {
    const [n, out, inn] = [300, 7, 12];
    const dy = ints(n * out, 5);
    const x = ints(n * inn, 6);
    const tdy = tf.tensor2d(dy, [n, out]);
    const tx = tf.tensor2d(x, [n, inn]);
    assert.ok(weightGradKernelAvailable(tx));
    const dw = weightGradKernel(tdy, tx);
    assert.deepStrictEqual(dw.shape, [out, inn]);
    assert.deepStrictEqual(Array.from(dw.dataSync()), reference(transpose(dy, n, out), x, out, n, inn));
    tf.dispose([tdy, tx, dw]);
  });
});

/**
 * With a second kernel thread (kernelThreads.ts) the helper computes a large product's last rows in its own
 * memory: every output element is still summed by the same code in the same order, so the result must be
 * bit-identical to one thread's, on random floats (where any change of order would show), and the helper's
 * rows must land in the right place (row remainders, bias, the transposed left operand of dyᵀ·x).
 */
describe('GEMM split across two kernel threads (wasm)', () => {
  const rand = (n: number, seed: number): Float32Array => {
    let s = seed >>> 0;
    return Float32Array.from({ length: n }, () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1);
  };
  before(async () => {
    await initBackend('wasm');
  });
  after(async () => {
    setKernelThreads(1);
    await initBackend('cpu');
  });

  const bits = (t: tf.Tensor): Int32Array => new Int32Array(Float32Array.from(t.dataSync()).buffer);
  const both = (f: () => tf.Tensor): [Int32Array, Int32Array] => {
    setKernelThreads(1);
    const one = f();
    setKernelThreads(2, launchKernelHelper);
    const two = f();
    const r: [Int32Array, Int32Array] = [bits(one), bits(two)];
    tf.dispose([one, two]);
    return r;
  };

  for (const [M, K, N] of [[523, 300, 256], [2048, 64, 256]] as [number, number, number][]) {
    it(`x·Wᵀ + b and a·b are bit-identical with one and two threads for M ${M}, K ${K}, N ${N}`, () => {
      const a = tf.tensor2d(rand(M * K, 1), [M, K]);
      const w = tf.tensor2d(rand(N * K, 2), [N, K]);
      const b = tf.tensor2d(rand(K * N, 3), [K, N]);
      const bias = tf.tensor1d(rand(N, 4));
      assert.ok(M * N * K >= 1 << 23, 'large enough to be split');
      assert.ok(gemmKernelAvailable(w, true) && gemmKernelAvailable(b));
      const [fwd1, fwd2] = both(() => gemmKernel2d(a, w, bias, true));
      assert.deepStrictEqual(fwd2, fwd1);
      const [ab1, ab2] = both(() => gemmKernel2d(a, b));
      assert.deepStrictEqual(ab2, ab1);
      assert.ok((kernelHelper()?.calls ?? 0) >= 2, 'the helper ran its rows');
      // Negative control: the helper's rows are really there (not zeros left by a lost copy-back).
      assert.notStrictEqual(fwd2[fwd2.length - 1], 0);
      tf.dispose([a, w, b, bias]);
    });
  }

  // out > in: the helper takes rows of dW (a column slice of dy); out < in: columns of dW (a column slice of x).
  for (const [n, out, inn] of [[1030, 262, 132], [1030, 132, 264]]) {
    it(`dyᵀ·x is bit-identical with one and two threads for dy [${n}, ${out}], x [${n}, ${inn}]`, () => {
      const dy = tf.tensor2d(rand(n * out, 5), [n, out]);
      const x = tf.tensor2d(rand(n * inn, 6), [n, inn]);
      assert.ok(weightGradKernelAvailable(x));
      assert.ok(n * out * inn >= 1 << 23, 'large enough to be split');
      const before = kernelHelper()?.calls ?? 0;
      const [one, two] = both(() => weightGradKernel(dy, x));
      assert.ok((kernelHelper()?.calls ?? 0) > before, 'the helper took part');
      assert.deepStrictEqual(two, one);
      // Negative control: the last column of the last row (the helper's part either way) is really there.
      assert.notStrictEqual(two[two.length - 1], 0);
      tf.dispose([dy, x]);
    });
  }
});
