/**
 * GELU (tanh approximation) and LayerNorm, forward and backward, each as ONE SIMD WebAssembly pass on tfjs's
 * wasm heap instead of 6–15 tfjs kernels with a full-size temporary each (PERF-NOTES.md: the elementwise
 * chains cost about as much as the matmuls of the char_lm MLP).
 *
 * - GELU: y = x·σ(2u) = ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³) (PyTorch GELU(approximate='tanh')).
 *   Forward: 2u in one pass, then tfjs's sigmoid (XNNPACK's is faster than a polynomial exp here) and x·σ;
 *   backward in one pass: dx = dy·(σ + x·σ(1−σ)·2u′), u′ = √(2/π)(1 + 3·0.044715x²).
 * - LayerNorm over the last axis of [n, d] (biased variance, eps as given): forward returns y, the mean and
 *   1/σ per row; backward recomputes x̂ and returns dx = (1/σ)(dx̂ − mean(dx̂) − x̂·mean(dx̂⊙x̂)) with dx̂ = dy⊙g, and the parameter
 *   gradients dg = Σᵣ dy⊙x̂, db = Σᵣ dy accumulated in the same pass.
 *
 * Available on the wasm backend with SIMD for sizes (GELU) and rows (LayerNorm) that are multiples of 4.
 */
import { tf } from '../tf';
import { Asm, F32, I32, V128 } from './wasmAsm';
import { ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const GELU_ARG = 'OptLabGeluArg';
const GELU_BWD = 'OptLabGeluBwd';
const LN_FWD = 'OptLabLayerNormFwd';
const LN_BWD = 'OptLabLayerNormBwd';

const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_A = 0.044715;

/** gelu_arg(x, z, n): z = 2u = 2√(2/π)·x·(1 + 0.044715x²) (σ and the product stay tfjs ops: see geluKernel). */
function geluArgAsm(): Asm {
  const a = new Asm([I32, I32, I32]);
  const [x, z, n] = [0, 1, 2];
  const [off, end] = [a.local(I32), a.local(I32)];
  const xv = a.local(V128);
  a.get(n).i32(4).imul().set(end);
  a.forRange(off, () => a.i32(0), () => a.get(end), 16, () => {
    a.get(z).get(off).iadd();
    a.get(x).get(off).iadd().vload().tee(xv).get(xv).vmul().vconst(GELU_A).vmul().vconst(1).vadd().get(xv).vmul().vconst(2 * GELU_C).vmul();
    a.vstore();
  });
  return a;
}

/** gelu_bwd(dy, x, s, dx, n). */
function geluBwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32]);
  const [dy, x, s, dx, n] = [0, 1, 2, 3, 4];
  const [off, end] = [a.local(I32), a.local(I32)];
  const [xv, sv] = [a.local(V128), a.local(V128)];
  a.get(n).i32(4).imul().set(end);
  a.forRange(off, () => a.i32(0), () => a.get(end), 16, () => {
    a.get(x).get(off).iadd().vload().set(xv);
    a.get(s).get(off).iadd().vload().set(sv);
    a.get(dx).get(off).iadd();
    // σ + x·σ(1−σ)·2c(1 + 3a·x²), times dy
    a.get(sv);
    a.get(xv).get(sv).vmul().vconst(1).get(sv).vsub().vmul();
    a.get(xv).get(xv).vmul().vconst(3 * GELU_A).vmul().vconst(1).vadd().vconst(2 * GELU_C).vmul();
    a.vmul().vadd();
    a.get(dy).get(off).iadd().vload().vmul();
    a.vstore();
  });
  return a;
}

/** ln_fwd(x, g, b, y, mean, rstd, n, d, eps). */
function lnFwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, F32]);
  const [x, g, b, y, mean, rstd, n, d, eps] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [r, c, row, rowBytes] = Array.from({ length: 4 }, () => a.local(I32));
  const rs = a.local(F32);
  const [acc, t, mv, rv, tmp] = Array.from({ length: 5 }, () => a.local(V128));
  a.get(d).i32(4).imul().set(rowBytes);
  a.forRange(r, () => a.i32(0), () => a.get(n), 1, () => {
    a.get(r).get(rowBytes).imul().set(row);
    a.vconst(0).set(acc);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(acc).get(x).get(row).iadd().get(c).iadd().vload().vadd().set(acc);
    });
    a.get(acc).hsum(tmp).get(d).fconvert().fdiv().tee(rs).vsplat().set(mv);
    a.get(mean).get(r).i32(4).imul().iadd().get(rs).fstore();
    a.vconst(0).set(acc);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(x).get(row).iadd().get(c).iadd().vload().get(mv).vsub().tee(t);
      a.get(t).vmul().get(acc).vadd().set(acc);
    });
    a.f32(1).get(acc).hsum(tmp).get(d).fconvert().fdiv().get(eps).fadd().fsqrt().fdiv().tee(rs).vsplat().set(rv);
    a.get(rstd).get(r).i32(4).imul().iadd().get(rs).fstore();
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(x).get(row).iadd().get(c).iadd().vload().get(mv).vsub().get(rv).vmul().set(t);
      a.get(y).get(row).iadd().get(c).iadd().get(t).get(g).get(c).iadd().vload().vmul().get(b).get(c).iadd().vload().vadd().vstore();
    });
  });
  return a;
}

/** ln_bwd(dy, x, mean, rstd, g, dx, dg, db, n, d), x̂ = (x − mean)/σ recomputed. */
function lnBwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32, I32]);
  const [dy, x, mean, rstd, g, dx, dg, db, n, d] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const [r, c, row, rowBytes, p] = Array.from({ length: 5 }, () => a.local(I32));
  const [m1, m2, dyv, xh, dxh, tmp, rv, mv] = Array.from({ length: 8 }, () => a.local(V128));
  /** x̂ of the vector at row + c. */
  const xhatAt = (): void => {
    a.get(x).get(row).iadd().get(c).iadd().vload().get(mv).vsub().get(rv).vmul();
  };
  a.get(d).i32(4).imul().set(rowBytes);
  a.get(dg).i32(0).get(rowBytes).memFill();
  a.get(db).i32(0).get(rowBytes).memFill();
  a.forRange(r, () => a.i32(0), () => a.get(n), 1, () => {
    a.get(r).get(rowBytes).imul().set(row);
    a.vconst(0).set(m1);
    a.vconst(0).set(m2);
    a.get(mean).get(r).i32(4).imul().iadd().fload().vsplat().set(mv);
    a.get(rstd).get(r).i32(4).imul().iadd().fload().vsplat().set(rv);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(dy).get(row).iadd().get(c).iadd().vload().set(dyv);
      xhatAt();
      a.set(xh);
      a.get(dyv).get(g).get(c).iadd().vload().vmul().tee(dxh).get(m1).vadd().set(m1);
      a.get(dxh).get(xh).vmul().get(m2).vadd().set(m2);
      a.get(dg).get(c).iadd().tee(p).get(p).vload().get(dyv).get(xh).vmul().vadd().vstore();
      a.get(db).get(c).iadd().tee(p).get(p).vload().get(dyv).vadd().vstore();
    });
    a.get(m1).hsum(tmp).get(d).fconvert().fdiv().vsplat().set(m1);
    a.get(m2).hsum(tmp).get(d).fconvert().fdiv().vsplat().set(m2);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(dx).get(row).iadd().get(c).iadd();
      a.get(dy).get(row).iadd().get(c).iadd().vload().get(g).get(c).iadd().vload().vmul().get(m1).vsub();
      xhatAt();
      a.get(m2).vmul().vsub().get(rv).vmul();
      a.vstore();
    });
  });
  return a;
}

const moduleOf = (): { name: string; asm: Asm }[] => [
  { name: 'geluArg', asm: geluArgAsm() }, { name: 'geluBwd', asm: geluBwdAsm() },
  { name: 'lnFwd', asm: lnFwdAsm() }, { name: 'lnBwd', asm: lnBwdAsm() },
];

const fns = (backend: KernelArgs['backend']): ReturnType<typeof wasmFunctions> => wasmFunctions(backend, 'elementwise', moduleOf);

function geluArgKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { x } = inputs;
  const z = backend.makeOutput(x.shape, 'float32');
  fns(backend).geluArg(ptrOf(backend, x), ptrOf(backend, z), tf.util.sizeFromShape(x.shape));
  return [z];
}

function geluBwdKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { dy, x, s } = inputs;
  const dx = backend.makeOutput(x.shape, 'float32');
  fns(backend).geluBwd(ptrOf(backend, dy), ptrOf(backend, x), ptrOf(backend, s), ptrOf(backend, dx), tf.util.sizeFromShape(x.shape));
  return [dx];
}

function lnFwdKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { x, g, b } = inputs;
  const [n, d] = x.shape;
  const y = backend.makeOutput([n, d], 'float32');
  const mean = backend.makeOutput([n, 1], 'float32');
  const rstd = backend.makeOutput([n, 1], 'float32');
  const P = (t: tf.TensorInfo): number => ptrOf(backend, t);
  fns(backend).lnFwd(P(x), P(g), P(b), P(y), P(mean), P(rstd), n, d, (attrs as { eps: number }).eps);
  return [y, mean, rstd];
}

function lnBwdKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { dy, x, mean, rstd, g } = inputs;
  const [n, d] = x.shape;
  const dx = backend.makeOutput([n, d], 'float32');
  const dg = backend.makeOutput([d], 'float32');
  const db = backend.makeOutput([d], 'float32');
  const P = (t: tf.TensorInfo): number => ptrOf(backend, t);
  fns(backend).lnBwd(P(dy), P(x), P(mean), P(rstd), P(g), P(dx), P(dg), P(db), n, d);
  return [dx, dg, db];
}

function ready(): boolean {
  return wasmKernelsReady('elementwise', moduleOf, { [GELU_ARG]: geluArgKernel, [GELU_BWD]: geluBwdKernel, [LN_FWD]: lnFwdKernel, [LN_BWD]: lnBwdKernel });
}

/** Whether geluKernel serves x now (wasm, float32, size a multiple of 4). */
export function geluKernelAvailable(x: tf.Tensor): boolean {
  return x.dtype === 'float32' && x.size % 4 === 0 && ready();
}

/** Whether layerNormKernel serves x [n, d] now (wasm, float32, d a multiple of 4). */
export function layerNormKernelAvailable(x: tf.Tensor2D): boolean {
  return x.dtype === 'float32' && x.rank === 2 && x.shape[1] % 4 === 0 && ready();
}

/** GELU (tanh) with gradient. Call only when geluKernelAvailable. */
export function geluKernel(x: tf.Tensor2D): tf.Tensor2D {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const xs = args[0] as tf.Tensor;
    const s = tf.sigmoid(runKernel(GELU_ARG, { x: xs }, {})[0]);
    (args[1] as tf.GradSaveFunc)([xs, s]);
    return {
      value: tf.mul(xs, s),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => runKernel(GELU_BWD, { dy, x: saved[0], s: saved[1] }, {}),
    };
  });
  return f(x) as tf.Tensor2D;
}

/** LayerNorm over the last axis with gain g and bias b [d], with gradient. Call only when layerNormKernelAvailable. */
export function layerNormKernel(x: tf.Tensor2D, g: tf.Tensor1D, b: tf.Tensor1D, eps: number): tf.Tensor2D {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [xs, gs, bs] = args as tf.Tensor[];
    const [y, mean, rstd] = runKernel(LN_FWD, { x: xs, g: gs, b: bs }, { eps });
    // x̂ is recomputed from x, the mean and 1/σ in the backward pass rather than kept.
    (args[3] as tf.GradSaveFunc)([xs, mean, rstd, gs]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [x0, m0, r0, g0] = saved;
        return runKernel(LN_BWD, { dy, x: x0, mean: m0, rstd: r0, g: g0 }, {});
      },
    };
  });
  return f(x, g, b) as tf.Tensor2D;
}
