/**
 * C = A·B (+ bias) for float32 A [M, K], B [K, N] with N a multiple of 4, as a SIMD WebAssembly kernel on
 * tfjs's wasm heap: the forward and input-gradient products of the linear layers.
 *
 * Why: tfjs's wasm matmul (XNNPACK) reaches ~36 GFLOP/s on the char_lm shapes and re-packs its right operand
 * on every call (weights change every step). Here each 4×8 block of C stays in registers while k runs;
 * B rows are read in place and each A element is broadcast by one `v128.load32_splat` (a single broadcast
 * load on x64) from a constant offset — the module is generated per K so that the four A rows of a block
 * sit at compile-time distances. ~45–50 GFLOP/s, near the 128-bit mul+add peak of the machine. The sum runs
 * over k in order, starting from the bias.
 */
import { tf } from '../tf';
import { Asm, I32, V128 } from './wasmAsm';
import { ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const GEMM = 'OptLabGemm';

/**
 * gemm(a, b, bias, c, M, N, hasBias, bt) for a fixed K: c = a·b (+ bias), N a multiple of 4. With bt = the
 * address of a scratch [K, N] block, b is given transposed ([N, K], a weight W for x·Wᵀ) and is first
 * transposed into the scratch (N·K ≤ a few 10⁴ floats: cheaper than a tfjs Transpose op and its bookkeeping).
 */
function gemmAsm(K: number): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32]);
  const [Bin, bias, C, M, N, hasBias, bt] = [1, 2, 3, 4, 5, 6, 7];
  const A = 0;
  const [m0, j0, pa, pk, pkEnd, pb, rsB, pc, B, n, k] = Array.from({ length: 11 }, () => a.local(I32));
  const acc = Array.from({ length: 8 }, () => a.local(V128));
  const bv = [a.local(V128), a.local(V128)];
  const s = a.local(V128);
  const rowBytes = 4 * K;
  a.get(N).i32(4).imul().set(rsB);
  a.get(Bin).set(B);
  a.get(bt).ifThen(() => {
    // scratch[k, n] = b[n, k]
    a.forRange(n, () => a.i32(0), () => a.get(N), 1, () => {
      a.forRange(k, () => a.i32(0), () => a.i32(K), 1, () => {
        a.get(bt).get(k).get(rsB).imul().iadd().get(n).i32(4).imul().iadd();
        a.get(Bin).get(n).i32(rowBytes).imul().iadd().get(k).i32(4).imul().iadd().fload();
        a.fstore();
      });
    });
    a.get(bt).set(B);
  });
  const block = (R: number, Cv: number): void => {
    for (let c = 0; c < Cv; c++) {
      a.vconst(0).set(acc[c]);
      a.get(hasBias).ifThen(() => a.get(bias).get(j0).i32(4).imul().iadd().vload(16 * c).set(acc[c]));
    }
    for (let r = 1; r < R; r++) for (let c = 0; c < Cv; c++) a.get(acc[c]).set(acc[r * Cv + c]);
    a.get(B).get(j0).i32(4).imul().iadd().set(pb);
    a.get(pa).i32(rowBytes).iadd().set(pkEnd);
    a.forRange(pk, () => a.get(pa), () => a.get(pkEnd), 4, () => {
      for (let c = 0; c < Cv; c++) a.get(pb).vload(16 * c).set(bv[c]);
      for (let r = 0; r < R; r++) {
        a.get(pk).vloadSplat(r * rowBytes).set(s);
        for (let c = 0; c < Cv; c++) a.get(acc[r * Cv + c]).get(s).get(bv[c]).vmul().vadd().set(acc[r * Cv + c]);
      }
      a.get(pb).get(rsB).iadd().set(pb);
    });
    a.get(C).get(m0).get(rsB).imul().iadd().get(j0).i32(4).imul().iadd().set(pc);
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < Cv; c++) a.get(pc).get(acc[r * Cv + c]).vstore(16 * c);
      a.get(pc).get(rsB).iadd().set(pc);
    }
  };
  // j outer, m inner: B's 8-column block (K rows) stays in L1 while every row block of A streams past it.
  const rowBlocks = (Cv: number): void => {
    a.forRange(m0, () => a.i32(0), () => a.get(M).i32(-4).iand(), 4, () => {
      a.get(A).get(m0).i32(rowBytes).imul().iadd().set(pa);
      block(4, Cv);
    });
    a.forRange(m0, () => a.get(M).i32(-4).iand(), () => a.get(M), 1, () => {
      a.get(A).get(m0).i32(rowBytes).imul().iadd().set(pa);
      block(1, Cv);
    });
  };
  a.forRange(j0, () => a.i32(0), () => a.get(N).i32(-8).iand(), 8, () => rowBlocks(2));
  a.forRange(j0, () => a.get(N).i32(-8).iand(), () => a.get(N), 4, () => rowBlocks(1));
  return a;
}

const moduleOf = (K: number) => (): { name: string; asm: Asm }[] => [{ name: 'gemm', asm: gemmAsm(K) }];

function gemmKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { a, b, bias } = inputs;
  const transB = (attrs as { transB: boolean }).transB;
  const [M, K] = a.shape;
  const N = transB ? b.shape[0] : b.shape[1];
  const c = backend.makeOutput([M, N], 'float32');
  const scratch = transB ? backend.makeOutput([K, N], 'float32') : undefined;
  wasmFunctions(backend, `gemm${K}`, moduleOf(K)).gemm(ptrOf(backend, a), ptrOf(backend, b), bias ? ptrOf(backend, bias) : 0, ptrOf(backend, c), M, N, bias ? 1 : 0, scratch ? ptrOf(backend, scratch) : 0);
  if (scratch) backend.disposeData(scratch.dataId);
  return [c];
}

/** Whether gemmKernel2d serves a·b (b [K, N], or [N, K] with transB) now: wasm, float32, N a multiple of 4. */
export function gemmKernelAvailable(b: tf.Tensor2D, transB = false): boolean {
  const N = b.shape[transB ? 0 : 1];
  return b.dtype === 'float32' && N % 4 === 0 && wasmKernelsReady('gemm', moduleOf(4), { [GEMM]: gemmKernel });
}

/** a·b or a·bᵀ (transB) (+ bias [N]), no gradient. Call only when gemmKernelAvailable(b, transB). */
export function gemmKernel2d(a: tf.Tensor2D, b: tf.Tensor2D, bias?: tf.Tensor1D, transB = false): tf.Tensor2D {
  const [K, N] = transB ? [b.shape[1], b.shape[0]] : b.shape;
  if (a.shape[1] !== K || (bias && bias.size !== N)) throw new Error(`gemm: shapes ${a.shape}, ${b.shape} do not match`);
  return runKernel(GEMM, bias ? { a, b, bias } : { a, b }, { transB })[0] as tf.Tensor2D;
}
