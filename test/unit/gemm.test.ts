import * as assert from 'assert';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { gemmKernel2d, gemmKernelAvailable } from '../../src/core/kernels/gemm';
import { weightGradKernel, weightGradKernelAvailable } from '../../src/core/kernels/linearGrad';

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
