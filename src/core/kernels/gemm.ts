/**
 * C = op(A)·op(B) (+ bias) in float32 as a SIMD WebAssembly kernel on tfjs's wasm heap: the three products of
 * every linear layer — x·Wᵀ (forward), dy·W (input gradient) and dyᵀ·x (weight gradient, linearGrad.ts).
 *
 * Why: tfjs's wasm matmul (XNNPACK) reaches ~36 GFLOP/s on the char_lm shapes, re-packs its right operand on
 * every call (weights change every step) and has no fast transposed-A path. Here each 4×8 block of C stays in
 * registers while k runs; each A element is broadcast by one `v128.load32_splat` (a single broadcast load on
 * x64) from a compile-time offset (the module is generated per row stride).
 *
 * Blocking (Goto style), so the speed holds when K and N grow (d 256: K, N up to 1024): for each chunk of
 * KC rows of B, B's chunk is first packed into panels of 8 columns, each KC×8 floats contiguous (8 KB, stays
 * in L1 while every row block of A streams past it; unpacked, a 4 KB row stride put all of a column block's
 * rows in one L1 set). A is walked MC rows at a time so the MC×KC block of A (256 KB) stays in L2 across all
 * panels. Packing also absorbs op(B) = Wᵀ at no extra pass. The sum runs over k in order, starting from the
 * bias: C is stored after each chunk and reloaded for the next, so results do not depend on the blocking.
 */
import { tf } from '../tf';
import { Asm, I32, V128, type Local } from './wasmAsm';
import { kernelHelper, runSplit, type KernelHelper } from './kernelThreads';
import { heapFloats, ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs, type WasmBackendLike } from './wasmRuntime';

const GEMM = 'OptLabGemm';

/** Rows of B per packed chunk: a KC×8 panel is 8 KB. */
const KC = 256;
/** Rows of A per block: MC×KC floats (256 KB) stay in L2 while every panel of a chunk passes. */
const MC = 256;
/**
 * Rows per block for the transposed left operand (dyᵀ·x): its packed copy of MC×KC floats is rebuilt for
 * every block, and 64 rows (64 KB) beat 256 by 8–12% on two of d256's three weight-gradient shapes (CPU time,
 * 4 alternating runs); KC stays: 128 and 512 were no better or worse.
 */
const MC_COLS = 64;
const mcOf = (layout: ALayout): number => (layout.kind === 'cols' ? MC_COLS : MC);

/**
 * How A is laid out. 'rows': A [M, K] row-major, A(m, k) at A + 4(m·K + k), K fixed at compile time.
 * 'cols': A given as its transpose [K, M] (dy for dyᵀ·x), A(m, k) at A + 4(k·M + m).
 */
type ALayout = { kind: 'rows'; K: number } | { kind: 'cols' };

/**
 * gemm(a, b, bias, c, M, N, K, transB, pack, apack, lda, ldc): c = op(a)·op(b) (+ bias when bias ≠ 0), N a
 * multiple of 4. b is [K, N], or [N, K] when transB ≠ 0. pack: scratch of KC·N floats; apack ('cols'):
 * KC·(MC_COLS + 3) floats. lda ('cols'): floats between consecutive k of A, ≥ M; ldc: floats between rows of
 * c and of a non-transposed b, ≥ N. Each is the matrix's own width unless the call computes a slice of a
 * wider product (rows of it, or columns of it).
 */
function gemmAsm(layout: ALayout): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32]);
  const [A, Bm, bias, C, M, N, K, transB, pack, apack, lda, ldc] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const [kc, kLen, mc, mEnd, j0, m0, pa, paEnd, pb, pb0, pc, rsC, aStepK, n, k, src, dst] = Array.from({ length: 17 }, () => a.local(I32));
  const acc = Array.from({ length: 8 }, () => a.local(V128));
  const bv = [a.local(V128), a.local(V128)];
  const s = a.local(V128);
  // Byte distance between rows m and m+1 of A as the block reads it (compile-time: the splat offsets), and its
  // step per k: A itself for 'rows'; for 'cols' the packed copy (4-row groups, k-major: 16 bytes per k).
  const rowOff = layout.kind === 'rows' ? 4 * layout.K : 4;
  const stepK = layout.kind === 'rows' ? 4 : 16;
  a.get(ldc).i32(4).imul().set(rsC);
  a.get(lda).i32(4).imul().set(aStepK);

  /**
   * 'cols': copies A(mc…mEnd, kc…kc+kLen) — row k of the given [K, M] — into apack as groups of 4 rows, each
   * kLen×4 floats k-major, so the block reads A sequentially (unpacked, consecutive k lie M·4 bytes apart: for
   * M = 256 or 1024 they fall into a few L1 sets and evict each other). The last group may be partial.
   */
  const packA = (): void => {
    a.forRange(k, () => a.i32(0), () => a.get(kLen), 1, () => {
      a.get(A).get(kc).get(k).iadd().get(aStepK).imul().iadd().set(src);
      a.forRange(n, () => a.get(mc), () => a.get(mEnd).get(mc).isub().i32(-4).iand().get(mc).iadd(), 4, () => {
        a.get(apack).get(n).get(mc).isub().get(kLen).imul().i32(4).imul().iadd().get(k).i32(16).imul().iadd();
        a.get(src).get(n).i32(4).imul().iadd().vload().vstore();
      });
      a.forRange(n, () => a.get(mEnd).get(mc).isub().i32(-4).iand().get(mc).iadd(), () => a.get(mEnd), 1, () => {
        a.get(apack).get(n).get(mc).isub().i32(-4).iand().get(kLen).imul().i32(4).imul().iadd().get(k).i32(16).imul().iadd().get(n).get(mc).isub().i32(3).iand().i32(4).imul().iadd();
        a.get(src).get(n).i32(4).imul().iadd().fload().fstore();
      });
    });
  };

  /** Packs rows kc…kc+kLen of op(B) into panels of 8 columns (the last one 4 wide when N % 8 = 4). */
  const packChunk = (): void => {
    a.forRange(k, () => a.i32(0), () => a.get(kLen), 1, () => {
      a.forRange(n, () => a.i32(0), () => a.get(N), 4, () => {
        // full panels: dst = pack + 4·((n − n mod 8)·kLen + 8k + n mod 8); the last half panel (N % 8 = 4) is 4 wide
        a.get(n).get(N).i32(-8).iand().ilt().ifThen(() => {
          a.get(pack).get(n).i32(-8).iand().get(kLen).imul().i32(4).imul().iadd().get(k).i32(32).imul().iadd().get(n).i32(7).iand().i32(4).imul().iadd().set(dst);
        });
        a.get(n).get(N).i32(-8).iand().ige().ifThen(() => {
          a.get(pack).get(n).get(kLen).imul().i32(4).imul().iadd().get(k).i32(16).imul().iadd().set(dst);
        });
        a.get(transB).ifThen(() => {
          // op(B)(kc + k, n + t) = b[n + t, kc + k]
          a.get(Bm).get(n).get(K).imul().get(kc).iadd().get(k).iadd().i32(4).imul().iadd().set(src);
          for (let t = 0; t < 4; t++) a.get(dst).get(src).get(K).i32(4 * t).imul().iadd().fload().fstore(4 * t);
        });
        a.get(transB).ieqz().ifThen(() => {
          a.get(dst).get(Bm).get(kc).get(k).iadd().get(rsC).imul().iadd().get(n).i32(4).imul().iadd().vload().vstore();
        });
      });
    });
  };

  /** One R×(4·Cv) block of C at (m0, j0) over the chunk: acc from the bias/zero (first chunk) or C, k in order. */
  const block = (R: number, Cv: number): void => {
    a.get(C).get(m0).get(rsC).imul().iadd().get(j0).i32(4).imul().iadd().set(pc);
    emitLoadRows(a, R, Cv, acc, pc, rsC, kc, bias, j0);
    a.get(pb0).set(pb);
    if (layout.kind === 'rows') a.get(A).get(m0).i32(rowOff).imul().iadd().get(kc).i32(4).imul().iadd().set(pa);
    // group (m0 − mc) / 4 of apack, lane (m0 − mc) mod 4
    else a.get(apack).get(m0).get(mc).isub().i32(-4).iand().get(kLen).imul().i32(4).imul().iadd().get(m0).get(mc).isub().i32(3).iand().i32(4).imul().iadd().set(pa);
    a.get(pa).get(kLen).i32(stepK).imul().iadd().set(paEnd);
    a.forRange(pa, () => a.get(pa), () => a.get(paEnd), stepK, () => {
      for (let c = 0; c < Cv; c++) a.get(pb).vload(16 * c).set(bv[c]);
      for (let r = 0; r < R; r++) {
        a.get(pa).vloadSplat(r * rowOff).set(s);
        for (let c = 0; c < Cv; c++) a.get(acc[r * Cv + c]).get(s).get(bv[c]).vmul().vadd().set(acc[r * Cv + c]);
      }
      a.get(pb).i32(16 * Cv).iadd().set(pb);
    });
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < Cv; c++) a.get(pc).get(acc[r * Cv + c]).vstore(16 * c);
      a.get(pc).get(rsC).iadd().set(pc);
    }
  };
  const rowBlocks = (Cv: number): void => {
    a.forRange(m0, () => a.get(mc), () => a.get(mEnd).get(mc).isub().i32(-4).iand().get(mc).iadd(), 4, () => block(4, Cv));
    a.forRange(m0, () => a.get(mEnd).get(mc).isub().i32(-4).iand().get(mc).iadd(), () => a.get(mEnd), 1, () => block(1, Cv));
  };
  const MCl = mcOf(layout);
  a.forRange(kc, () => a.i32(0), () => a.get(K), KC, () => {
    a.get(K).get(kc).isub().set(kLen);
    a.get(kLen).i32(KC).igt().ifThen(() => a.i32(KC).set(kLen));
    packChunk();
    a.forRange(mc, () => a.i32(0), () => a.get(M), MCl, () => {
      a.get(mc).i32(MCl).iadd().set(mEnd);
      a.get(mEnd).get(M).igt().ifThen(() => a.get(M).set(mEnd));
      if (layout.kind === 'cols') packA();
      a.forRange(j0, () => a.i32(0), () => a.get(N).i32(-8).iand(), 8, () => {
        a.get(pack).get(j0).get(kLen).imul().i32(4).imul().iadd().set(pb0);
        rowBlocks(2);
      });
      a.forRange(j0, () => a.get(N).i32(-8).iand(), () => a.get(N), 4, () => {
        a.get(pack).get(j0).get(kLen).imul().i32(4).imul().iadd().set(pb0);
        rowBlocks(1);
      });
    });
  });
  return a;
}

/** First chunk (kc = 0): every row of the block starts from the bias (or 0); later chunks reload C. */
function emitLoadRows(a: Asm, R: number, Cv: number, acc: Local[], pc: Local, rsC: Local, kc: Local, bias: Local, j0: Local): void {
  a.get(kc).ifThen(() => {
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < Cv; c++) a.get(pc).get(rsC).i32(r).imul().iadd().vload(16 * c).set(acc[r * Cv + c]);
    }
  });
  a.get(kc).ieqz().ifThen(() => {
    for (let c = 0; c < Cv; c++) {
      a.vconst(0).set(acc[c]);
      a.get(bias).ifThen(() => a.get(bias).get(j0).i32(4).imul().iadd().vload(16 * c).set(acc[c]));
    }
    for (let r = 1; r < R; r++) for (let c = 0; c < Cv; c++) a.get(acc[c]).set(acc[r * Cv + c]);
  });
}

const moduleOf = (layout: ALayout) => (): { name: string; asm: Asm }[] => [{ name: 'gemm', asm: gemmAsm(layout) }];
const keyOf = (layout: ALayout): string => (layout.kind === 'rows' ? `gemm${layout.K}` : 'gemmT');

/**
 * Products smaller than this (multiply-adds) stay on one thread: below it the copies and the hand-off eat the
 * gain. At 2²³ the small char-LM's products (d 64, 1,024 tokens: 12–17 M) split, and its step on a quiet
 * machine went from 19.2–20.0 to 16.8–17.5 ms in 4 of 6 runs (the other two: no gain, the helper's code still
 * in V8's baseline tier); 2²² was no better. d 128 at 2,048 tokens (67–268 M) gains 1.4–1.6× per step.
 */
const SPLIT_MIN_MACS = 1 << 23;

/**
 * Runs the product on the heap: c [M, N] = op(a)·op(b) (+ bias). a is [M, K] (layout 'rows') or [K, M]
 * ('cols'); b is [K, N] or, with transB, [N, K]. Returns the output (owned by the caller). Large products
 * share their rows with the kernel thread when one is allowed (kernelThreads.ts).
 */
export function gemmOnHeap(backend: WasmBackendLike, a: tf.TensorInfo, b: tf.TensorInfo, bias: tf.TensorInfo | undefined, aCols: boolean, transB: boolean): tf.TensorInfo {
  const [M, K] = aCols ? [a.shape[1], a.shape[0]] : a.shape;
  const N = transB ? b.shape[0] : b.shape[1];
  const layout: ALayout = aCols ? { kind: 'cols' } : { kind: 'rows', K };
  const c = backend.makeOutput([M, N], 'float32');
  const helper = M * N * K >= SPLIT_MIN_MACS ? kernelHelper() : undefined;
  const pack = backend.makeOutput([Math.min(K, KC) * N], 'float32');
  const apack = aCols ? backend.makeOutput([apackFloats(K, M)], 'float32') : undefined;
  const p = { a: ptrOf(backend, a), b: ptrOf(backend, b), bias: bias ? ptrOf(backend, bias) : 0, c: ptrOf(backend, c) };
  let split = helper ? splitOf(helper, aCols, M, N) : undefined;
  const finish = helper && split ? startHelper(helper, heapFloats(backend), layout, p, { M, N, K, transB, bSize: b.shape[0] * b.shape[1] }, split) : undefined;
  if (!finish) split = undefined;
  // This thread's part: rows 0…m1, or columns 0…n1 (in place; lda and ldc keep the full product's widths).
  const [m1, n1] = split?.kind === 'rows' ? [split.at, N] : split?.kind === 'cols' ? [M, split.at] : [M, N];
  const gemm = wasmFunctions(backend, keyOf(layout), moduleOf(layout)).gemm;
  const [own, theirs] = split?.kind === 'cols' ? [n1, N - n1] : [m1, M - m1];
  runSplit(finish, () => heapFloats(backend), own, theirs, () => gemm(p.a, p.b, p.bias, p.c, m1, n1, K, transB ? 1 : 0, ptrOf(backend, pack), apack ? ptrOf(backend, apack) : 0, M, N));
  backend.disposeData(pack.dataId);
  if (apack) backend.disposeData(apack.dataId);
  return c;
}

const apackFloats = (K: number, M: number): number => Math.min(K, KC) * (Math.min(M, MC_COLS) + 3);

/**
 * What the kernel thread takes: the last rows of c from `at` on, or — for dyᵀ·x with fewer rows than columns
 * — the last columns (it then copies all of dy and part of x instead of part of dy and all of x: less to copy,
 * e.g. 3 MB instead of 4.5 at d128's MLP). A multiple of 4 rows or 8 columns, as many as the threads'
 * measured speeds say; none when the product is too narrow to share.
 */
type Split = { kind: 'rows' | 'cols'; at: number };
function splitOf(helper: KernelHelper, aCols: boolean, M: number, N: number): Split | undefined {
  if (aCols && N > M && N >= 16) return { kind: 'cols', at: N - helper.helperUnits(N - (N % 8), 8) };
  if (M >= 8) return { kind: 'rows', at: M - helper.helperUnits(M - (M % 4), 4) };
  return undefined;
}

interface Dims { M: number; N: number; K: number; transB: boolean; bSize: number }

/** Copies what the helper's part reads into its memory and starts it; returns the call's end (copies c back). */
function startHelper(helper: KernelHelper, heap: Float32Array, layout: ALayout, p: { a: number; b: number; bias: number; c: number }, d: Dims, split: Split): ((heapAfter: Float32Array) => void) | undefined {
  const build = moduleOf(layout);
  if (split.kind === 'cols') {
    // Columns n1…N of c = dyᵀ·x[:, n1…N]: all of dy ([K, M]), those columns of x ([K, N]), bias never used.
    const cols = d.N - split.at;
    const io = {
      inputs: [{ ptr: p.a, floats: d.K * d.M }, { ptr: p.b + 4 * split.at, floats: cols, rows: d.K, stride: d.N }],
      outputs: [{ ptr: p.c + 4 * split.at, floats: cols, rows: d.M, stride: d.N }],
      scratch: [Math.min(d.K, KC) * cols, apackFloats(d.K, d.M)],
    };
    return helper.startOnCopies(heap, keyOf(layout), build, 'gemm', io, [{ input: 0 }, { input: 1 }, 0, { output: 0 }, d.M, cols, d.K, 0, { scratch: 0 }, { scratch: 1 }, d.M, cols]);
  }
  const rows = d.M - split.at;
  // 'rows': a contiguous span of a; 'cols' (a given as [K, M]): columns m1…M of every one of the K rows.
  const aBlock = layout.kind === 'rows' ? { ptr: p.a + 4 * split.at * d.K, floats: rows * d.K } : { ptr: p.a + 4 * split.at, floats: rows, rows: d.K, stride: d.M };
  const inputs = [aBlock, { ptr: p.b, floats: d.bSize }, ...(p.bias ? [{ ptr: p.bias, floats: d.N }] : [])];
  const io = { inputs, outputs: [{ ptr: p.c + 4 * split.at * d.N, floats: rows * d.N }], scratch: [Math.min(d.K, KC) * d.N, layout.kind === 'cols' ? apackFloats(d.K, rows) : 0] };
  const args = [{ input: 0 }, { input: 1 }, p.bias ? { input: 2 } : 0, { output: 0 }, rows, d.N, d.K, d.transB ? 1 : 0, { scratch: 0 }, { scratch: 1 }, rows, d.N];
  return helper.startOnCopies(heap, keyOf(layout), build, 'gemm', io, args);
}

function gemmKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { a, b, bias } = inputs;
  return [gemmOnHeap(backend, a, b, bias, false, (attrs as { transB: boolean }).transB)];
}

/** The kernels are usable (wasm, SIMD validates); registers OptLabGemm on first success. */
export function gemmReady(): boolean {
  return wasmKernelsReady('gemm', moduleOf({ kind: 'rows', K: 4 }), { [GEMM]: gemmKernel });
}

/** Whether gemmKernel2d serves a·b (b [K, N], or [N, K] with transB) now: wasm, float32, N a multiple of 4. */
export function gemmKernelAvailable(b: tf.Tensor2D, transB = false): boolean {
  const N = b.shape[transB ? 0 : 1];
  return b.dtype === 'float32' && N % 4 === 0 && gemmReady();
}

/** a·b or a·bᵀ (transB) (+ bias [N]), no gradient. Call only when gemmKernelAvailable(b, transB). */
export function gemmKernel2d(a: tf.Tensor2D, b: tf.Tensor2D, bias?: tf.Tensor1D, transB = false): tf.Tensor2D {
  const [K, N] = transB ? [b.shape[1], b.shape[0]] : b.shape;
  if (a.shape[1] !== K || (bias && bias.size !== N)) throw new Error(`gemm: shapes ${a.shape}, ${b.shape} do not match`);
  return runKernel(GEMM, bias ? { a, b, bias } : { a, b }, { transB })[0] as tf.Tensor2D;
}
