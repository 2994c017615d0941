/**
 * Reductions over the row (batch) axis for linear-layer gradients, as SIMD WebAssembly kernels on tfjs's
 * wasm heap:
 *
 * - `weightGradKernel`: dW = dyᵀ·x (dy [n, out], x [n, in] → [out, in]), the weight gradient of y = x·Wᵀ.
 *   tfjs has no fast path for it on wasm (transposeA matmul ~10× slower than plain, an explicit 2-D
 *   transpose of the [n, ·] activation costs more than the product, a depthwise convolution runs ~8 GFLOP/s).
 *   Here a 4×8 register block of dW accumulates rank-1 updates while walking the rows, in chunks of 128
 *   rows so that both operands' chunks stay in cache (rows are still summed in order).
 * - `colSumKernel`: Σ over rows of [n, m] → [m] (bias and position-embedding gradients), 16 columns at a time.
 *
 * Summation runs over rows in order, like a plain loop; results match tfjs/PyTorch to float32 rounding.
 * Available only on the wasm backend with SIMD and (weight gradient) `in` a multiple of 4.
 */
import { tf } from '../tf';
import { Asm, F32, I32, V128 } from './wasmAsm';
import { ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const WGRAD = 'OptLabWeightGrad';
const COLSUM = 'OptLabColSum';

/** Rows per chunk of the weight gradient: a chunk of both operands stays in L2 while every block walks it. */
const CHUNK = 128;

/** wgrad(dy, x, dw, n, out, in): dw[o, i] = Σₖ dy[k, o]·x[k, i]; `in` must be a multiple of 4. */
function weightGradAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32]);
  const [dy, x, dw, n, out, inn] = [0, 1, 2, 3, 4, 5];
  const [o0, i0, pdy, px, pend, rsDy, rsX, pw, k0, kEnd] = Array.from({ length: 10 }, () => a.local(I32));
  const acc = Array.from({ length: 8 }, () => a.local(V128));
  const xv = [a.local(V128), a.local(V128)];
  const s = a.local(V128);
  a.get(out).i32(4).imul().set(rsDy);
  a.get(inn).i32(4).imul().set(rsX);
  a.get(dw).i32(0).get(out).get(rsX).imul().memFill();
  /** One R×(4·Cv) block of dW at rows o0…, columns i0…, over rows k0 ≤ k < kEnd (added to dW). */
  const block = (R: number, Cv: number): void => {
    a.get(dw).get(o0).get(rsX).imul().iadd().get(i0).i32(4).imul().iadd().set(pw);
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < Cv; c++) a.get(pw).vload(16 * c).set(acc[r * Cv + c]);
      a.get(pw).get(rsX).iadd().set(pw);
    }
    a.get(dy).get(k0).get(rsDy).imul().iadd().get(o0).i32(4).imul().iadd().set(pdy);
    a.get(x).get(kEnd).get(rsX).imul().iadd().get(i0).i32(4).imul().iadd().set(pend);
    a.forStep(px, () => a.get(x).get(k0).get(rsX).imul().iadd().get(i0).i32(4).imul().iadd(), () => a.get(pend), () => a.get(rsX), () => {
      for (let c = 0; c < Cv; c++) a.get(px).vload(16 * c).set(xv[c]);
      for (let r = 0; r < R; r++) {
        a.get(pdy).vloadSplat(4 * r).set(s);
        for (let c = 0; c < Cv; c++) a.get(acc[r * Cv + c]).get(s).get(xv[c]).vmul().vadd().set(acc[r * Cv + c]);
      }
      a.get(pdy).get(rsDy).iadd().set(pdy);
    });
    a.get(dw).get(o0).get(rsX).imul().iadd().get(i0).i32(4).imul().iadd().set(pw);
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < Cv; c++) a.get(pw).get(acc[r * Cv + c]).vstore(16 * c);
      a.get(pw).get(rsX).iadd().set(pw);
    }
  };
  const columns = (R: number): void => {
    a.forRange(i0, () => a.i32(0), () => a.get(inn).i32(-8).iand(), 8, () => block(R, 2));
    a.forRange(i0, () => a.get(inn).i32(-8).iand(), () => a.get(inn), 4, () => block(R, 1));
  };
  a.forRange(k0, () => a.i32(0), () => a.get(n), CHUNK, () => {
    a.get(k0).i32(CHUNK).iadd().tee(kEnd).get(n).igt().ifThen(() => a.get(n).set(kEnd));
    a.forRange(o0, () => a.i32(0), () => a.get(out).i32(-4).iand(), 4, () => columns(4));
    a.forRange(o0, () => a.get(out).i32(-4).iand(), () => a.get(out), 1, () => columns(1));
  });
  return a;
}

/** colsum(x, y, n, m): y[j] = Σₖ x[k, j]. */
function colSumAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32]);
  const [x, y, n, m] = [0, 1, 2, 3];
  const [j, p, pend, rs] = Array.from({ length: 4 }, () => a.local(I32));
  const acc = Array.from({ length: 4 }, () => a.local(V128));
  const f = a.local(F32);
  a.get(m).i32(4).imul().set(rs);
  const vectors = (Cv: number): void => {
    for (let c = 0; c < Cv; c++) a.vconst(0).set(acc[c]);
    a.get(x).get(n).get(rs).imul().iadd().get(j).i32(4).imul().iadd().set(pend);
    a.forStep(p, () => a.get(x).get(j).i32(4).imul().iadd(), () => a.get(pend), () => a.get(rs), () => {
      for (let c = 0; c < Cv; c++) a.get(acc[c]).get(p).vload(16 * c).vadd().set(acc[c]);
    });
    for (let c = 0; c < Cv; c++) a.get(y).get(j).i32(4).imul().iadd().get(acc[c]).vstore(16 * c);
  };
  a.forRange(j, () => a.i32(0), () => a.get(m).i32(-16).iand(), 16, () => vectors(4));
  a.forRange(j, () => a.get(m).i32(-16).iand(), () => a.get(m).i32(-4).iand(), 4, () => vectors(1));
  a.forRange(j, () => a.get(m).i32(-4).iand(), () => a.get(m), 1, () => {
    a.f32(0).set(f);
    a.get(x).get(n).get(rs).imul().iadd().get(j).i32(4).imul().iadd().set(pend);
    a.forStep(p, () => a.get(x).get(j).i32(4).imul().iadd(), () => a.get(pend), () => a.get(rs), () => {
      a.get(f).get(p).fload().fadd().set(f);
    });
    a.get(y).get(j).i32(4).imul().iadd().get(f).fstore();
  });
  return a;
}

const moduleOf = (): { name: string; asm: Asm }[] => [{ name: 'wgrad', asm: weightGradAsm() }, { name: 'colsum', asm: colSumAsm() }];

function wgradKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { dy, x } = inputs;
  const [n, out] = dy.shape;
  const inn = x.shape[1];
  const dw = backend.makeOutput([out, inn], 'float32');
  wasmFunctions(backend, 'linearGrad', moduleOf).wgrad(ptrOf(backend, dy), ptrOf(backend, x), ptrOf(backend, dw), n, out, inn);
  return [dw];
}

function colSumKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { x } = inputs;
  const [n, m] = x.shape;
  const y = backend.makeOutput([m], 'float32');
  wasmFunctions(backend, 'linearGrad', moduleOf).colsum(ptrOf(backend, x), ptrOf(backend, y), n, m);
  return [y];
}

function ready(): boolean {
  return wasmKernelsReady('linearGrad', moduleOf, { [WGRAD]: wgradKernel, [COLSUM]: colSumKernel });
}

/** Whether weightGradKernel serves dy [n, out], x [n, in] now. */
export function weightGradKernelAvailable(x: tf.Tensor2D): boolean {
  return x.shape[1] % 4 === 0 && x.dtype === 'float32' && ready();
}

/** Whether colSumKernel serves x now. */
export function colSumKernelAvailable(x: tf.Tensor2D): boolean {
  return x.dtype === 'float32' && ready();
}

/** dyᵀ·x [out, in] (no gradient). Call only when weightGradKernelAvailable. */
export function weightGradKernel(dy: tf.Tensor2D, x: tf.Tensor2D): tf.Tensor2D {
  if (dy.shape[0] !== x.shape[0]) throw new Error(`weightGrad: shapes ${dy.shape} and ${x.shape} do not match`);
  return runKernel(WGRAD, { dy, x }, {})[0] as tf.Tensor2D;
}

/** Σ over rows [m] (no gradient). Call only when colSumKernelAvailable. */
export function colSumKernel2d(x: tf.Tensor2D): tf.Tensor1D {
  return runKernel(COLSUM, { x }, {})[0] as tf.Tensor1D;
}
