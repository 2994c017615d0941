/**
 * GELU (tanh approximation) and LayerNorm, forward and backward, each as ONE SIMD WebAssembly pass on tfjs's
 * wasm heap instead of 6–15 tfjs kernels with a full-size temporary each (PERF-NOTES.md: the elementwise
 * chains cost about as much as the matmuls of the char_lm MLP).
 *
 * - GELU: y = x·σ(2u) = ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³) (PyTorch GELU(approximate='tanh'));
 *   forward also returns σ(2u); backward dx = dy·(σ + x·σ(1−σ)·2u′), u′ = √(2/π)(1 + 3·0.044715x²).
 * - LayerNorm over the last axis of [n, d] (biased variance, eps as given): forward returns y, x̂ and 1/σ per
 *   row; backward returns dx = (1/σ)(dx̂ − mean(dx̂) − x̂·mean(dx̂⊙x̂)) with dx̂ = dy⊙g, and the parameter
 *   gradients dg = Σᵣ dy⊙x̂, db = Σᵣ dy accumulated in the same pass.
 *
 * Available on the wasm backend with SIMD for sizes (GELU) and rows (LayerNorm) that are multiples of 4.
 */
import { tf } from '../tf';
import { Asm, emitVexp, F32, I32, V128 } from './wasmAsm';
import { ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const GELU_FWD = 'OptLabGeluFwd';
const GELU_BWD = 'OptLabGeluBwd';
const LN_FWD = 'OptLabLayerNormFwd';
const LN_BWD = 'OptLabLayerNormBwd';

const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_A = 0.044715;

/** gelu_fwd(x, y, s, n): y = x·s, s = σ(2u). */
function geluFwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32]);
  const [x, y, s, n] = [0, 1, 2, 3];
  const [off, end] = [a.local(I32), a.local(I32)];
  const [xv, sv, e1, e2, e3] = Array.from({ length: 5 }, () => a.local(V128));
  a.get(n).i32(4).imul().set(end);
  a.forRange(off, () => a.i32(0), () => a.get(end), 16, () => {
    a.get(x).get(off).iadd().vload().set(xv);
    // −2u = −2c·x·(1 + a·x²); σ(2u) = 1 / (1 + exp(−2u))
    a.get(xv).get(xv).vmul().vconst(GELU_A).vmul().vconst(1).vadd().get(xv).vmul().vconst(-2 * GELU_C).vmul();
    emitVexp(a, e1, e2, e3);
    a.set(e1);
    a.vconst(1).vconst(1).get(e1).vadd().vdiv().set(sv);
    a.get(s).get(off).iadd().get(sv).vstore();
    a.get(y).get(off).iadd().get(xv).get(sv).vmul().vstore();
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

/** ln_fwd(x, g, b, y, xhat, rstd, n, d, eps). */
function lnFwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, F32]);
  const [x, g, b, y, xhat, rstd, n, d, eps] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
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
    a.get(acc).hsum(tmp).get(d).fconvert().fdiv().vsplat().set(mv);
    a.vconst(0).set(acc);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(x).get(row).iadd().get(c).iadd().vload().get(mv).vsub().tee(t);
      a.get(t).vmul().get(acc).vadd().set(acc);
    });
    a.f32(1).get(acc).hsum(tmp).get(d).fconvert().fdiv().get(eps).fadd().fsqrt().fdiv().tee(rs).vsplat().set(rv);
    a.get(rstd).get(r).i32(4).imul().iadd().get(rs).fstore();
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(x).get(row).iadd().get(c).iadd().vload().get(mv).vsub().get(rv).vmul().set(t);
      a.get(xhat).get(row).iadd().get(c).iadd().get(t).vstore();
      a.get(y).get(row).iadd().get(c).iadd().get(t).get(g).get(c).iadd().vload().vmul().get(b).get(c).iadd().vload().vadd().vstore();
    });
  });
  return a;
}

/** ln_bwd(dy, xhat, rstd, g, dx, dg, db, n, d). */
function lnBwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32]);
  const [dy, xhat, rstd, g, dx, dg, db, n, d] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [r, c, row, rowBytes, p] = Array.from({ length: 5 }, () => a.local(I32));
  const [m1, m2, dyv, xh, dxh, tmp, rv] = Array.from({ length: 7 }, () => a.local(V128));
  a.get(d).i32(4).imul().set(rowBytes);
  a.get(dg).i32(0).get(rowBytes).memFill();
  a.get(db).i32(0).get(rowBytes).memFill();
  a.forRange(r, () => a.i32(0), () => a.get(n), 1, () => {
    a.get(r).get(rowBytes).imul().set(row);
    a.vconst(0).set(m1);
    a.vconst(0).set(m2);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(dy).get(row).iadd().get(c).iadd().vload().set(dyv);
      a.get(xhat).get(row).iadd().get(c).iadd().vload().set(xh);
      a.get(dyv).get(g).get(c).iadd().vload().vmul().tee(dxh).get(m1).vadd().set(m1);
      a.get(dxh).get(xh).vmul().get(m2).vadd().set(m2);
      a.get(dg).get(c).iadd().tee(p).get(p).vload().get(dyv).get(xh).vmul().vadd().vstore();
      a.get(db).get(c).iadd().tee(p).get(p).vload().get(dyv).vadd().vstore();
    });
    a.get(m1).hsum(tmp).get(d).fconvert().fdiv().vsplat().set(m1);
    a.get(m2).hsum(tmp).get(d).fconvert().fdiv().vsplat().set(m2);
    a.get(rstd).get(r).i32(4).imul().iadd().fload().vsplat().set(rv);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(dx).get(row).iadd().get(c).iadd();
      a.get(dy).get(row).iadd().get(c).iadd().vload().get(g).get(c).iadd().vload().vmul().get(m1).vsub();
      a.get(xhat).get(row).iadd().get(c).iadd().vload().get(m2).vmul().vsub().get(rv).vmul();
      a.vstore();
    });
  });
  return a;
}

const moduleOf = (): { name: string; asm: Asm }[] => [
  { name: 'geluFwd', asm: geluFwdAsm() }, { name: 'geluBwd', asm: geluBwdAsm() },
  { name: 'lnFwd', asm: lnFwdAsm() }, { name: 'lnBwd', asm: lnBwdAsm() },
];

const fns = (backend: KernelArgs['backend']): ReturnType<typeof wasmFunctions> => wasmFunctions(backend, 'elementwise', moduleOf);

function geluFwdKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { x } = inputs;
  const y = backend.makeOutput(x.shape, 'float32');
  const s = backend.makeOutput(x.shape, 'float32');
  fns(backend).geluFwd(ptrOf(backend, x), ptrOf(backend, y), ptrOf(backend, s), tf.util.sizeFromShape(x.shape));
  return [y, s];
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
  const xhat = backend.makeOutput([n, d], 'float32');
  const rstd = backend.makeOutput([n, 1], 'float32');
  const P = (t: tf.TensorInfo): number => ptrOf(backend, t);
  fns(backend).lnFwd(P(x), P(g), P(b), P(y), P(xhat), P(rstd), n, d, (attrs as { eps: number }).eps);
  return [y, xhat, rstd];
}

function lnBwdKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { dy, xhat, rstd, g } = inputs;
  const [n, d] = xhat.shape;
  const dx = backend.makeOutput([n, d], 'float32');
  const dg = backend.makeOutput([d], 'float32');
  const db = backend.makeOutput([d], 'float32');
  const P = (t: tf.TensorInfo): number => ptrOf(backend, t);
  fns(backend).lnBwd(P(dy), P(xhat), P(rstd), P(g), P(dx), P(dg), P(db), n, d);
  return [dx, dg, db];
}

function ready(): boolean {
  return wasmKernelsReady('elementwise', moduleOf, { [GELU_FWD]: geluFwdKernel, [GELU_BWD]: geluBwdKernel, [LN_FWD]: lnFwdKernel, [LN_BWD]: lnBwdKernel });
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
    const [y, s] = runKernel(GELU_FWD, { x: xs }, {});
    (args[1] as tf.GradSaveFunc)([xs, s]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => runKernel(GELU_BWD, { dy, x: saved[0], s: saved[1] }, {}),
    };
  });
  return f(x) as tf.Tensor2D;
}

/** LayerNorm over the last axis with gain g and bias b [d], with gradient. Call only when layerNormKernelAvailable. */
export function layerNormKernel(x: tf.Tensor2D, g: tf.Tensor1D, b: tf.Tensor1D, eps: number): tf.Tensor2D {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [xs, gs, bs] = args as tf.Tensor[];
    const [y, xhat, rstd] = runKernel(LN_FWD, { x: xs, g: gs, b: bs }, { eps });
    (args[3] as tf.GradSaveFunc)([xhat, rstd, gs]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => runKernel(LN_BWD, { dy, xhat: saved[0], rstd: saved[1], g: saved[2] }, {}),
    };
  });
  return f(x, g, b) as tf.Tensor2D;
}
