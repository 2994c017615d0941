/**
 * Reductions over the row (batch) axis for linear-layer gradients, as SIMD WebAssembly kernels on tfjs's
 * wasm heap:
 *
 * - `weightGradKernel`: dW = dyᵀ·x (dy [n, out], x [n, in] → [out, in]), the weight gradient of y = x·Wᵀ.
 *   tfjs has no fast path for it on wasm (transposeA matmul ~10× slower than plain, an explicit 2-D
 *   transpose of the [n, ·] activation costs more than the product, a depthwise convolution runs ~8 GFLOP/s).
 *   It is the blocked GEMM of gemm.ts reading dy in place as the transposed left operand (rows summed in
 *   order).
 * - `colSumKernel`: Σ over rows of [n, m] → [m] (bias and position-embedding gradients), 16 columns at a time.
 *
 * Summation runs over rows in order, like a plain loop; results match tfjs/PyTorch to float32 rounding.
 * Available only on the wasm backend with SIMD and (weight gradient) `in` a multiple of 4.
 */
import { tf } from '../tf';
import { Asm, F32, I32, V128 } from './wasmAsm';
import { gemmOnHeap, gemmReady } from './gemm';
import { ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const WGRAD = 'OptLabWeightGrad';
const COLSUM = 'OptLabColSum';

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

const moduleOf = (): { name: string; asm: Asm }[] => [{ name: 'colsum', asm: colSumAsm() }];

function wgradKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { dy, x } = inputs;
  return [gemmOnHeap(backend, dy, x, undefined, true, false)];
}

function colSumKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { x } = inputs;
  const [n, m] = x.shape;
  const y = backend.makeOutput([m], 'float32');
  wasmFunctions(backend, 'linearGrad', moduleOf).colsum(ptrOf(backend, x), ptrOf(backend, y), n, m);
  return [y];
}

function ready(): boolean {
  return gemmReady() && wasmKernelsReady('linearGrad', moduleOf, { [WGRAD]: wgradKernel, [COLSUM]: colSumKernel });
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
