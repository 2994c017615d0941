import * as assert from 'assert';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import { attentionKernel, attentionKernelAvailable } from '../../src/core/kernels/attention';

/**
 * The causal attention kernels (kernels/attention.ts) against a plain float64 reference, at shapes that cross
 * their tiling: T mod 4 ≠ 0 (single-row tails; T < 4: tails only), T mod 8 = 4 (4-key tiles), dₕ mod 8 = 4 (4-wide column
 * chunks), T = 1, several sequences and heads (offsets of the (b, h) blocks), and the ladder's dₕ 32, T 128.
 * The PyTorch fixtures (tasks.test.ts, char_lm) cover only T ≤ 8.
 */
function normals(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const u = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
}

interface Ref {
  o: number[];
  max: number[];
  dqkv: number[];
}

/** o, per-(b, h) max score and d(Σ o⊙g)/dqkv in float64; `causal` false drops the mask (negative control). */
function reference(qkv: number[], g: number[], B: number, T: number, H: number, d: number, causal = true): Ref {
  const dh = d / H;
  const scale = 1 / Math.sqrt(dh);
  const at = (b: number, t: number, part: number, h: number, e: number): number => (b * T + t) * 3 * d + part * d + h * dh + e;
  const o = new Array<number>(B * T * d).fill(0);
  const dqkv = new Array<number>(B * T * 3 * d).fill(0);
  const max: number[] = [];
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      let m = -Infinity;
      for (let i = 0; i < T; i++) {
        const n = causal ? i + 1 : T;
        const s = Array.from({ length: n }, (_, j) => {
          let x = 0;
          for (let e = 0; e < dh; e++) x += qkv[at(b, i, 0, h, e)] * qkv[at(b, j, 1, h, e)];
          return x * scale;
        });
        const top = Math.max(...s);
        m = Math.max(m, top);
        const ex = s.map((x) => Math.exp(x - top));
        const sum = ex.reduce((x, y) => x + y, 0);
        const p = ex.map((x) => x / sum);
        const go = (e: number): number => g[(b * T + i) * d + h * dh + e];
        for (let e = 0; e < dh; e++) o[(b * T + i) * d + h * dh + e] = p.reduce((x, pj, j) => x + pj * qkv[at(b, j, 2, h, e)], 0);
        const dp = p.map((_, j) => {
          let x = 0;
          for (let e = 0; e < dh; e++) x += go(e) * qkv[at(b, j, 2, h, e)];
          return x;
        });
        const D = p.reduce((x, pj, j) => x + pj * dp[j], 0);
        p.forEach((pj, j) => {
          const ds = pj * (dp[j] - D) * scale;
          for (let e = 0; e < dh; e++) {
            dqkv[at(b, i, 0, h, e)] += ds * qkv[at(b, j, 1, h, e)];
            dqkv[at(b, j, 1, h, e)] += ds * qkv[at(b, i, 0, h, e)];
            dqkv[at(b, j, 2, h, e)] += pj * go(e);
          }
        });
      }
      max.push(m);
    }
  }
  return { o, max, dqkv };
}

/** max |x − ref| relative to max |ref|. */
function maxError(x: ArrayLike<number>, ref: number[]): number {
  let worst = 0;
  let size = 0;
  for (let i = 0; i < ref.length; i++) {
    worst = Math.max(worst, Math.abs(x[i] - ref[i]));
    size = Math.max(size, Math.abs(ref[i]));
  }
  return worst / size;
}

// OPTLAB_FUSED=0 turns the kernels off (the op chain is checked by tasks.test.ts).
(process.env.OPTLAB_FUSED === '0' ? describe.skip : describe)('causal attention kernels (wasm) against a float64 reference', () => {
  before(async () => {
    await initBackend('wasm');
  });
  after(async () => {
    await initBackend('cpu');
  });

  // [B, T, H, dₕ]
  const shapes: [number, number, number, number][] = [[1, 1, 2, 4], [2, 3, 2, 8], [2, 5, 2, 4], [3, 6, 3, 4], [2, 12, 2, 12], [2, 37, 2, 16], [1, 33, 3, 24], [2, 20, 1, 8], [2, 128, 2, 32], [1, 130, 1, 4]];
  for (const [B, T, H, dh] of shapes) {
    it(`output, max score and gradient for B ${B}, T ${T}, H ${H}, dₕ ${dh}`, () => {
      const d = H * dh;
      assert.ok(attentionKernelAvailable(T, d, H), 'kernel should serve this shape');
      const x = normals(B * T * 3 * d, T * 7 + dh).map((v) => v * 1.5);
      const g = normals(B * T * d, T + dh * 13);
      const ref = reference(x, g, B, T, H, d);
      const qkv = tf.tensor2d(x, [B * T, 3 * d]);
      const gt = tf.tensor2d(g, [B * T, d]);
      let mx: tf.Tensor | undefined;
      const o = attentionKernel(qkv, B, T, H, (m) => {
        mx = tf.keep(m);
      });
      const dqkv = tf.grad((y: tf.Tensor) => tf.sum(tf.mul(attentionKernel(y as tf.Tensor2D, B, T, H), gt)))(qkv);
      const maxPerHead = Array.from({ length: H }, (_, h) => Math.max(...Array.from({ length: B }, (_, b) => ref.max[b * H + h])));
      const errs = { o: maxError(o.dataSync(), ref.o), max: maxError((mx as tf.Tensor).dataSync(), maxPerHead), grad: maxError(dqkv.dataSync(), ref.dqkv) };
      assert.ok(errs.o < 1e-5 && errs.max < 1e-5 && errs.grad < 1e-5, `relative errors ${JSON.stringify(errs)}`);
      if (T > 1) {
        // negative control: the same check against attention without the causal mask must fail
        const full = reference(x, g, B, T, H, d, false);
        assert.ok(maxError(o.dataSync(), full.o) > 1e-2 && maxError(dqkv.dataSync(), full.dqkv) > 1e-2, 'the unmasked reference should not match');
      }
      tf.dispose([qkv, gt, o, dqkv, mx as tf.Tensor]);
    });
  }
});
