/**
 * Causal multi-head attention as two SIMD WebAssembly kernels (forward, backward) on tfjs's wasm heap.
 *
 * Why: per (sequence, head) the products are tiny (T×dₕ·dₕ×T with T 64, dₕ 16); tfjs runs them as batched
 * matmuls or depthwise convolutions at ~1 GFLOP/s, plus splits, 3–4-D transposes, a mask add and a softmax
 * chain: ~70% of a char_lm step. These kernels read q, k, v straight from the fused qkv activation
 * [B·T, 3d] (row b·T + t; q, k, v column blocks, head h at columns h·dₕ…), skip the masked upper triangle,
 * and write o [B·T, d] and the gradient [B·T, 3d] in the same layouts: no split, no transposes, no mask.
 *
 * Forward per (b, h), query row i:  sᵢⱼ = (scale·qᵢ)·kⱼ (j ≤ i), pᵢ = softmax(sᵢ), oᵢ = Σⱼ pᵢⱼ vⱼ; P [B·H, T, Tp]
 * is kept for the backward (zeros above the diagonal) and max over (i, j ≤ i) of s is returned per (b, h).
 * The kernels work on whole (b, h) blocks addressed from their pointer arguments, so a sub-range of sequences
 * b₁… is served by offsetting qkv, o, P, max and the gradient by b₁ sequences and passing a smaller B.
 * Backward (the usual softmax-attention gradient, Dᵢ = dOᵢ·oᵢ = Σⱼ pᵢⱼ dPᵢⱼ):
 *   dPᵢⱼ = dOᵢ·vⱼ, dSᵢⱼ = pᵢⱼ(dPᵢⱼ − Dᵢ), dqᵢ = scale Σⱼ dSᵢⱼ kⱼ, dkⱼ = scale Σᵢ dSᵢⱼ qᵢ, dvⱼ = Σᵢ pᵢⱼ dOᵢ.
 *
 * Every product is a register-blocked tile product, as in gemm.ts: a 4×8 block of the result stays in eight
 * registers while the inner index runs, one operand broadcast by `v128.load32_splat`, the other loaded as two
 * vectors (dot products of 4 keys reduced by shuffles ran at ~13 GFLOP/s at dₕ 32, T 128; the tiles at ~45). Per
 * (b, h) the operands are first copied into scratch (passed in per call): q·scale, v (and k, dO) rows
 * contiguous, and k (v) transposed into panels of 8 keys, [dₕ][8], so that a tile of S = (scale·Q)Kᵀ or
 * dP = dO·Vᵀ reads one vector pair per step; rows of qkv are 12d bytes apart, which maps a head's rows onto a
 * few L1 sets. The causal band is covered by blocks of 4 query rows × 8 (or 4) keys up to the block's
 * diagonal; entries right of the diagonal inside the last tile are computed and then masked (softmax) or
 * multiplied by p = 0 (backward). dK and dV are sums down columns of dS and P: a key block broadcasts its 4
 * entries of each row i ≥ j. Every gradient element is written once.
 * Softmax: max-subtracted, exp is Cephes' expf (wasmAsm.ts emitVexp), p = e·(1/Σe).
 *
 * Available only on the wasm backend with SIMD and for dₕ a multiple of 4; callers fall back to tfjs ops
 * otherwise (`attentionKernelAvailable`). P rows are padded to a multiple of 4 for whole-vector softmax.
 */
import { tf } from '../tf';
import { Asm, emitVexp, F32, I32, V128, type Local } from './wasmAsm';
import { kernelHelper, runSplit, type HeapBlock } from './kernelThreads';
import { heapFloats, ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const FWD = 'OptLabAttentionFwd';
const BWD = 'OptLabAttentionBwd';

// ---------------------------------------------------------------------------------------------------------
// Code generation. dₕ and the padded row length Tp of P are compile-time constants (a module per pair), so
// every offset inside a register tile is an immediate.

const NEG_BIG = -3.0e38;

const round8 = (n: number): number => (n + 7) & ~7;

/** Floats of scratch per call: one (b, h) block's packed operands, reused by every block of the call. */
function scratchFloats(dh: number, Tp: number, backward: boolean): number {
  return backward ? (3 * Tp + round8(Tp)) * dh + Tp + Tp * Tp : (2 * Tp + round8(Tp)) * dh;
}

/** A register tile: R×Cv accumulators (row-major), Cv operand vectors and one broadcast. */
interface Regs {
  acc: Local[];
  bv: Local[];
  s: Local;
}

/**
 * Where a tile's operands are: step k broadcasts the float at sp + r·spRow + k·spStep into row r and multiplies
 * it by the vectors at vp + k·vpStep + 16c (c < Cv).
 */
interface Operands {
  sp: Local;
  spRow: number;
  spStep: number;
  vp: Local;
  vpStep: number;
}

/**
 * acc[r][c] += splat(sp[r]) · vp[c] while sp < end, then sp += spStep, vp += vpStep: one step per iteration, as
 * in gemm.ts (unrolling 2–8 steps with constant offsets measured 15–40% slower here).
 */
function emitStepLoop(a: Asm, R: number, Cv: number, g: Regs, op: Operands, end: () => void): void {
  a.forStep(op.sp, () => a.get(op.sp), end, () => a.i32(op.spStep), () => {
    for (let c = 0; c < Cv; c++) a.get(op.vp).vload(16 * c).set(g.bv[c]);
    for (let r = 0; r < R; r++) {
      a.get(op.sp).vloadSplat(r * op.spRow).set(g.s);
      for (let c = 0; c < Cv; c++) {
        const x = g.acc[r * Cv + c];
        a.get(x).get(g.s).get(g.bv[c]).vmul().vadd().set(x);
      }
    }
    a.get(op.vp).i32(op.vpStep).iadd().set(op.vp);
  });
}

/** acc = 0 for an R×Cv tile. */
function emitZero(a: Asm, R: number, Cv: number, g: Regs): void {
  for (let x = 0; x < R * Cv; x++) a.vconst(0).set(g.acc[x]);
}

/** Column chunks of a dₕ-wide row: 8 floats (two vectors) each, the last one 4 wide when dₕ mod 8 = 4. */
function chunks(dh: number): { e0: number; Cv: number }[] {
  const out: { e0: number; Cv: number }[] = [];
  for (let e0 = 0; e0 < dh; e0 += 8) out.push({ e0, Cv: Math.min(2, (dh - e0) / 4) });
  return out;
}

/**
 * Copies rows t < T of one head's k or v (at `src`, row stride rs) transposed into panels of 8 keys: panel t/8 is
 * [dₕ][8] floats, element (e, t mod 8) at dst + 4((t − t mod 8)·dₕ + 8e + t mod 8), so a tile of 8 (or 4) keys
 * reads one contiguous vector pair per e. Keys T…Tp−1 are zeros (tiles read them; uninitialised memory could
 * hold NaNs). Four keys at a time by a 4×4 shuffle transpose, the last 0–3 one by one.
 */
function emitPackPanels(a: Asm, dh: number, Tp: number, src: Local, rs: Local, T: Local, dst: Local, t: Local, p: Local, q: Local, x: Local[]): void {
  const at = (): void => {
    a.get(dst).get(t).i32(-8).iand().i32(dh * 4).imul().iadd().get(t).i32(7).iand().i32(4).imul().iadd().set(q);
  };
  a.forRange(t, () => a.i32(0), () => a.get(T).i32(-4).iand(), 4, () => {
    a.get(src).get(t).get(rs).imul().iadd().set(p);
    at();
    for (let c = 0; c < dh / 4; c++) {
      for (let r = 0; r < 4; r++) a.get(p).get(rs).i32(r).imul().iadd().vload(16 * c).set(x[r]);
      a.get(x[0]).get(x[1]).vshuffle([0, 4, 1, 5]).set(x[4]);
      a.get(x[0]).get(x[1]).vshuffle([2, 6, 3, 7]).set(x[5]);
      a.get(x[2]).get(x[3]).vshuffle([0, 4, 1, 5]).set(x[6]);
      a.get(x[2]).get(x[3]).vshuffle([2, 6, 3, 7]).set(x[7]);
      a.get(q).get(x[4]).get(x[6]).vshuffle([0, 1, 4, 5]).vstore(32 * (4 * c));
      a.get(q).get(x[4]).get(x[6]).vshuffle([2, 3, 6, 7]).vstore(32 * (4 * c + 1));
      a.get(q).get(x[5]).get(x[7]).vshuffle([0, 1, 4, 5]).vstore(32 * (4 * c + 2));
      a.get(q).get(x[5]).get(x[7]).vshuffle([2, 3, 6, 7]).vstore(32 * (4 * c + 3));
    }
  });
  a.forRange(t, () => a.get(T).i32(-4).iand(), () => a.get(T), 1, () => {
    a.get(src).get(t).get(rs).imul().iadd().set(p);
    at();
    for (let e = 0; e < dh; e++) a.get(q).get(p).fload(4 * e).fstore(32 * e);
  });
  a.forRange(t, () => a.get(T), () => a.i32(Tp), 1, () => {
    at();
    for (let e = 0; e < dh; e++) a.get(q).f32(0).fstore(32 * e);
  });
}

/** Locals shared by both kernels: the (b, h) loop and its base addresses. */
interface Bases {
  q: Local; k: Local; v: Local; p: Local; o: Local; g: Local;
}

/**
 * for b < B, h < H: q = qkv + 4(b·T·3d + h·dₕ) (k, v 4d and 8d bytes further), P block g = b·H + h at
 * P + 4g·T·Tp, o = o + 4(b·T·d + h·dₕ). Everything is relative to the pointers and B: a sub-range of the batch
 * is served by offsetting the pointers by b₁ sequences and passing a smaller B.
 */
function emitGroupLoops(a: Asm, B: Local, H: Local, T: Local, d: Local, dh: number, Tp: number, qkv: Local, P: Local, o: Local, body: (bases: Bases) => void): void {
  const [b, h] = [a.local(I32), a.local(I32)];
  const bases: Bases = { q: a.local(I32), k: a.local(I32), v: a.local(I32), p: a.local(I32), o: a.local(I32), g: a.local(I32) };
  a.forRange(b, () => a.i32(0), () => a.get(B), 1, () => {
    a.forRange(h, () => a.i32(0), () => a.get(H), 1, () => {
      a.get(qkv).get(b).get(T).imul().get(d).imul().i32(12).imul().iadd().get(h).i32(dh * 4).imul().iadd().set(bases.q);
      a.get(bases.q).get(d).i32(4).imul().iadd().set(bases.k);
      a.get(bases.k).get(d).i32(4).imul().iadd().set(bases.v);
      a.get(b).get(H).imul().get(h).iadd().set(bases.g);
      a.get(P).get(bases.g).get(T).imul().i32(Tp * 4).imul().iadd().set(bases.p);
      a.get(o).get(b).get(T).imul().get(d).imul().i32(4).imul().iadd().get(h).i32(dh * 4).imul().iadd().set(bases.o);
      body(bases);
    });
  });
}

/**
 * Tiles of the causal band of one block of R query rows starting at i0 (R = 4, or 1 for the last T mod 4 rows):
 * keys 0…jEnd−1 with jEnd = ⌊i0/4⌋·4 + 4, as 8-key tiles and one 4-key tile when jEnd mod 8 = 4. The entries
 * right of the diagonal inside the last tile are computed too; callers mask or zero them.
 */
function emitBandTiles(a: Asm, jEnd: Local, j0: Local, tile: (Cv: number) => void): void {
  a.forRange(j0, () => a.i32(0), () => a.get(jEnd).i32(-8).iand(), 8, () => tile(2));
  a.get(jEnd).i32(4).iand().ifThen(() => {
    a.get(jEnd).i32(-8).iand().set(j0);
    tile(1);
  });
}

/** Locals of the forward's softmax (row pointers, loop indices, max/sum registers, exp scratch). */
interface SoftmaxLocals {
  pr: Local; jEnd: Local; ptr: Local; i: Local; i0: Local; j: Local; prow: Local;
  mvs: Local[]; sums: Local[]; tmp: Local; ex: Local; en: Local; er: Local; mv: Local; sumv: Local; sv: Local;
  m: Local; gmax: Local;
}

/**
 * Rows i0…i0+3 of P together (they share jEnd = i0 + 4; four independent exp chains per step hide the latency
 * that one row's max → exp → sum → scale chain leaves exposed). The last vector of row i0 + r is the diagonal
 * block: its lanes > r are left out of the max (lane r replicated over them) and zeroed after the exp.
 */
function emitSoftmaxBlock(a: Asm, Tp: number, L: SoftmaxLocals): void {
  const { pr, jEnd, ptr, mvs, sums, tmp, ex, en, er, m, gmax } = L;
  const last = (): void => void a.get(pr).get(jEnd).i32(4).imul().iadd().i32(16).isub();
  for (let r = 0; r < 4; r++) a.vconst(NEG_BIG).set(mvs[r]);
  a.forStep(ptr, () => a.get(pr), last, () => a.i32(16), () => {
    for (let r = 0; r < 4; r++) a.get(mvs[r]).get(ptr).vload(r * Tp * 4).vpmax().set(mvs[r]);
  });
  const keep: [number, number, number, number][] = [[0, 0, 0, 0], [0, 1, 1, 1], [0, 1, 2, 2]];
  for (let r = 0; r < 4; r++) {
    a.get(mvs[r]).get(ptr).vload(r * Tp * 4);
    if (r < 3) a.set(tmp).get(tmp).get(tmp).vshuffle(keep[r]);
    a.vpmax().set(mvs[r]);
    a.get(mvs[r]).vlane(0).get(mvs[r]).vlane(1).fmax().get(mvs[r]).vlane(2).fmax().get(mvs[r]).vlane(3).fmax().set(m);
    a.get(gmax).get(m).fmax().set(gmax);
    a.get(m).vsplat().set(mvs[r]);
    a.vconst(0).set(sums[r]);
  }
  const expAt = (r: number, masked: boolean): void => {
    a.get(ptr).vload(r * Tp * 4).get(mvs[r]).vsub();
    emitVexp(a, ex, en, er);
    if (masked && r < 3) a.vconst(r + 0.5).vconst([0, 1, 2, 3]).vgt().vand();
    a.set(ex);
    a.get(ptr).get(ex).vstore(r * Tp * 4);
    a.get(sums[r]).get(ex).vadd().set(sums[r]);
  };
  a.forStep(ptr, () => a.get(pr), last, () => a.i32(16), () => {
    for (let r = 0; r < 4; r++) expAt(r, false);
  });
  for (let r = 0; r < 4; r++) expAt(r, true);
  for (let r = 0; r < 4; r++) a.f32(1).get(sums[r]).hsum(tmp).fdiv().vsplat().set(sums[r]);
  a.forStep(ptr, () => a.get(pr), () => void a.get(pr).get(jEnd).i32(4).imul().iadd(), () => a.i32(16), () => {
    for (let r = 0; r < 4; r++) a.get(ptr).get(ptr).vload(r * Tp * 4).get(sums[r]).vmul().vstore(r * Tp * 4);
  });
  a.forStep(ptr, () => a.get(pr).get(jEnd).i32(4).imul().iadd(), () => a.get(pr).i32(Tp * 4).iadd(), () => a.i32(16), () => {
    for (let r = 0; r < 4; r++) a.get(ptr).vconst(0).vstore(r * Tp * 4);
  });
}

/**
 * Row i of P (the last T mod 4 rows, one by one): "−∞" right of the diagonal up to jEnd, max-subtracted exp,
 * times 1/sum, zeros from jEnd to Tp.
 */
function emitSoftmaxRow(a: Asm, Tp: number, L: SoftmaxLocals): void {
  const { pr, jEnd, ptr, tmp, ex, en, er, m, gmax, i, i0, j, prow, mv, sumv, sv } = L;
  a.get(pr).get(i).get(i0).isub().i32(Tp * 4).imul().iadd().set(prow);
  a.forRange(j, () => a.get(i).i32(1).iadd(), () => a.get(jEnd), 1, () => {
    a.get(prow).get(j).i32(4).imul().iadd().f32(NEG_BIG).fstore();
  });
  const rowEnd = (): void => void a.get(prow).get(jEnd).i32(4).imul().iadd();
  a.vconst(NEG_BIG).set(mv);
  a.forStep(ptr, () => a.get(prow), rowEnd, () => a.i32(16), () => a.get(mv).get(ptr).vload().vpmax().set(mv));
  a.get(mv).vlane(0).get(mv).vlane(1).fmax().get(mv).vlane(2).fmax().get(mv).vlane(3).fmax().set(m);
  a.get(gmax).get(m).fmax().set(gmax);
  a.get(m).vsplat().set(mv);
  a.vconst(0).set(sumv);
  // exp(s − m); only the last vector can hold masked entries (exp would give ~1e−38, not 0)
  const expAt = (masked: boolean): void => {
    a.get(ptr).vload().tee(sv).get(mv).vsub();
    emitVexp(a, ex, en, er);
    if (masked) a.get(sv).vconst(-1e38).vgt().vand();
    a.set(ex);
    a.get(ptr).get(ex).vstore();
    a.get(sumv).get(ex).vadd().set(sumv);
  };
  a.forStep(ptr, () => a.get(prow), () => void a.get(prow).get(jEnd).i32(4).imul().iadd().i32(16).isub(), () => a.i32(16), () => expAt(false));
  expAt(true);
  a.f32(1).get(sumv).hsum(tmp).fdiv().vsplat().set(sumv);
  a.forStep(ptr, () => a.get(prow), rowEnd, () => a.i32(16), () => a.get(ptr).get(ptr).vload().get(sumv).vmul().vstore());
  a.forStep(ptr, rowEnd, () => a.get(prow).i32(Tp * 4).iadd(), () => a.i32(16), () => a.get(ptr).vconst(0).vstore());
}

/**
 * fwd(qkv, P, o, maxOut, scratch, B, T, H, d, scale), for T in (Tp − 4, Tp]. Per (b, h): q·scale and v rows are
 * copied contiguous and k transposed into 8-key panels (scratch); then per block of 4 query rows, S = (scale·Q)Kᵀ
 * over the causal band in 4×8 register tiles (outer products over dₕ: a q element broadcast, a vector of 4 keys'
 * k[e]) stored into P's rows, the softmax of the block's rows on whole vectors, and O = P·V in 4×8 tiles (a p
 * broadcast, v rows as vectors). The last T mod 4 rows are 1-row blocks.
 */
function forwardAsm(dh: number, Tp: number): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32, F32]);
  const [qkv, P, o, maxOut, scratch, B, T, H, d, scale] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const [qs, kp, vr, t, i0, i, j, jEnd, j0, pq, pr, prow, ptr, src, rs, d4, sp, vp] = Array.from({ length: 18 }, () => a.local(I32));
  const g: Regs = { acc: Array.from({ length: 8 }, () => a.local(V128)), bv: [a.local(V128), a.local(V128)], s: a.local(V128) };
  const [scl, mv, sumv, sv, ex, en, er, tmp] = Array.from({ length: 8 }, () => a.local(V128));
  const mvs = Array.from({ length: 4 }, () => a.local(V128));
  const sums = Array.from({ length: 4 }, () => a.local(V128));
  const [m, gmax] = [a.local(F32), a.local(F32)];
  const sm: SoftmaxLocals = { pr, jEnd, ptr, i, i0, j, prow, mvs, sums, tmp, ex, en, er, mv, sumv, sv, m, gmax };
  a.get(d).i32(12).imul().set(rs);
  a.get(d).i32(4).imul().set(d4);
  a.get(scratch).set(qs);
  a.get(qs).i32(Tp * dh * 4).iadd().set(kp);
  a.get(kp).i32(round8(Tp) * dh * 4).iadd().set(vr);
  a.get(scale).vsplat().set(scl);
  const C = dh / 4;

  const sTile = (R: number, Cv: number): void => {
    a.get(kp).get(j0).i32(dh * 4).imul().iadd().set(vp);
    a.get(pq).set(sp);
    emitZero(a, R, Cv, g);
    emitStepLoop(a, R, Cv, g, { sp, spRow: dh * 4, spStep: 4, vp, vpStep: 32 }, () => a.get(pq).i32(dh * 4).iadd());
    a.get(pr).get(j0).i32(4).imul().iadd().set(ptr);
    for (let r = 0; r < R; r++) for (let c = 0; c < Cv; c++) a.get(ptr).get(g.acc[r * Cv + c]).vstore(r * Tp * 4 + 16 * c);
  };

  const queryBlock = (R: number, base: Bases): void => {
    a.get(i0).i32(-4).iand().i32(4).iadd().set(jEnd);
    a.get(qs).get(i0).i32(dh * 4).imul().iadd().set(pq);
    a.get(base.p).get(i0).i32(Tp * 4).imul().iadd().set(pr);
    emitBandTiles(a, jEnd, j0, (Cv) => sTile(R, Cv));
    if (R === 4) emitSoftmaxBlock(a, Tp, sm);
    else a.forRange(i, () => a.get(i0), () => a.get(i0).i32(R).iadd(), 1, () => emitSoftmaxRow(a, Tp, sm));
    for (const { e0, Cv } of chunks(dh)) {
      a.get(pr).set(sp);
      a.get(vr).i32(e0 * 4).iadd().set(vp);
      emitZero(a, R, Cv, g);
      emitStepLoop(a, R, Cv, g, { sp, spRow: Tp * 4, spStep: 4, vp, vpStep: dh * 4 }, () => a.get(pr).get(jEnd).i32(4).imul().iadd());
      a.get(base.o).get(i0).get(d4).imul().iadd().i32(e0 * 4).iadd().set(ptr);
      for (let r = 0; r < R; r++) {
        for (let c = 0; c < Cv; c++) a.get(ptr).get(g.acc[r * Cv + c]).vstore(16 * c);
        a.get(ptr).get(d4).iadd().set(ptr);
      }
    }
  };

  emitGroupLoops(a, B, H, T, d, dh, Tp, qkv, P, o, (base) => {
    a.forRange(t, () => a.i32(0), () => a.get(T), 1, () => {
      a.get(base.q).get(t).get(rs).imul().iadd().set(src);
      a.get(qs).get(t).i32(dh * 4).imul().iadd().set(ptr);
      for (let c = 0; c < C; c++) a.get(ptr).get(src).vload(16 * c).get(scl).vmul().vstore(16 * c);
      a.get(base.v).get(t).get(rs).imul().iadd().set(src);
      a.get(vr).get(t).i32(dh * 4).imul().iadd().set(ptr);
      for (let c = 0; c < C; c++) a.get(ptr).get(src).vload(16 * c).vstore(16 * c);
    });
    a.forRange(t, () => a.get(T), () => a.i32(Tp), 1, () => {
      a.get(vr).get(t).i32(dh * 4).imul().iadd().set(ptr);
      for (let c = 0; c < C; c++) a.get(ptr).vconst(0).vstore(16 * c);
    });
    emitPackPanels(a, dh, Tp, base.k, rs, T, kp, t, src, ptr, g.acc);
    a.f32(NEG_BIG).set(gmax);
    a.forRange(i0, () => a.i32(0), () => a.get(T).i32(-4).iand(), 4, () => queryBlock(4, base));
    a.forRange(i0, () => a.get(T).i32(-4).iand(), () => a.get(T), 1, () => queryBlock(1, base));
    a.get(maxOut).get(base.g).i32(4).imul().iadd().get(gmax).fstore();
  });
  return a;
}

/**
 * One load per 64-byte line of a head's P band (rows t < T, columns < ⌊t/4⌋·4 + 4), summed into `sum` and stored
 * at `sink` (so that the loads stay). In the backward the lines, written by the forward long before, then arrive
 * together, many misses in flight, instead of a few per dS tile behind its product loop (d256: ~0.6 ms of 7.3).
 */
function emitTouchBand(a: Asm, Tp: number, p: Local, T: Local, t: Local, row: Local, ptr: Local, sum: Local, sink: Local): void {
  a.f32(0).set(sum);
  a.forRange(t, () => a.i32(0), () => a.get(T), 1, () => {
    a.get(p).get(t).i32(Tp * 4).imul().iadd().set(row);
    a.forStep(ptr, () => a.get(row), () => a.get(row).get(t).i32(-4).iand().i32(4).iadd().i32(4).imul().iadd(), () => a.i32(64), () => {
      a.get(sum).get(ptr).fload().fadd().set(sum);
    });
  });
  a.get(sink).get(sum).fstore();
}

/**
 * bwd(qkv, P, o, dO, dqkv, scratch, B, T, H, d, scale). Per (b, h): q·scale, k and dO rows copied contiguous,
 * Dᵢ = dOᵢ·oᵢ, v transposed into 8-key panels; then per block of 4 query rows dP = dO·Vᵀ in 4×8 tiles (as S in
 * the forward) and dS = P ⊙ (dP − D) into scratch, and dQ = scale·dS·K; then per block of 4 keys j (rows i ≥ j)
 * dK = dSᵀ·(scale·Q) and dV = Pᵀ·dO, broadcasting dS or P down a column. Every element of the gradient is
 * written once (no zero fill, no read-modify-write).
 */
function backwardAsm(dh: number, Tp: number): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, F32]);
  const [qkv, P, o, dO, dqkv, scratch, B, T, H, d, scale] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const [qs, kr, vp8, dor, Dp, dS, t, i0, j0, jEnd, pd, pr, ps, pD, ptr, src, rs, d4, dOff, sp, vp, T4, iS] = Array.from({ length: 23 }, () => a.local(I32));
  const g: Regs = { acc: Array.from({ length: 8 }, () => a.local(V128)), bv: [a.local(V128), a.local(V128)], s: a.local(V128) };
  const [scl, tmp] = [a.local(V128), a.local(V128)];
  const dval = a.local(F32);
  const C = dh / 4;
  a.get(d).i32(12).imul().set(rs);
  a.get(d).i32(4).imul().set(d4);
  a.get(T).i32(-4).iand().set(T4);
  a.get(dqkv).get(qkv).isub().set(dOff);
  a.get(scratch).set(qs);
  a.get(qs).i32(Tp * dh * 4).iadd().set(kr);
  a.get(kr).i32(Tp * dh * 4).iadd().set(vp8);
  a.get(vp8).i32(round8(Tp) * dh * 4).iadd().set(dor);
  a.get(dor).i32(Tp * dh * 4).iadd().set(Dp);
  a.get(Dp).i32(Tp * 4).iadd().set(dS);
  a.get(scale).vsplat().set(scl);

  /** Stores acc (× scale when `scaled`) into R rows of the gradient from `ptr` (stride rs). */
  const storeRows = (R: number, Cv: number, scaled: boolean): void => {
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < Cv; c++) {
        a.get(ptr).get(g.acc[r * Cv + c]);
        if (scaled) a.get(scl).vmul();
        a.vstore(16 * c);
      }
      a.get(ptr).get(rs).iadd().set(ptr);
    }
  };

  const dsTile = (R: number, Cv: number): void => {
    a.get(vp8).get(j0).i32(dh * 4).imul().iadd().set(vp);
    a.get(pd).set(sp);
    emitZero(a, R, Cv, g);
    emitStepLoop(a, R, Cv, g, { sp, spRow: dh * 4, spStep: 4, vp, vpStep: 32 }, () => a.get(pd).i32(dh * 4).iadd());
    a.get(j0).i32(4).imul().set(ptr);
    for (let r = 0; r < R; r++) {
      a.get(pD).vloadSplat(4 * r).set(g.s);
      for (let c = 0; c < Cv; c++) {
        const off = r * Tp * 4 + 16 * c;
        a.get(ps).get(ptr).iadd();
        a.get(pr).get(ptr).iadd().vload(off).get(g.acc[r * Cv + c]).get(g.s).vsub().vmul();
        a.vstore(off);
      }
    }
  };

  const queryBlock = (R: number, base: Bases): void => {
    a.get(i0).i32(-4).iand().i32(4).iadd().set(jEnd);
    a.get(dor).get(i0).i32(dh * 4).imul().iadd().set(pd);
    a.get(base.p).get(i0).i32(Tp * 4).imul().iadd().set(pr);
    a.get(dS).get(i0).i32(Tp * 4).imul().iadd().set(ps);
    a.get(Dp).get(i0).i32(4).imul().iadd().set(pD);
    emitBandTiles(a, jEnd, j0, (Cv) => dsTile(R, Cv));
    for (const { e0, Cv } of chunks(dh)) {
      a.get(ps).set(sp);
      a.get(kr).i32(e0 * 4).iadd().set(vp);
      emitZero(a, R, Cv, g);
      emitStepLoop(a, R, Cv, g, { sp, spRow: Tp * 4, spStep: 4, vp, vpStep: dh * 4 }, () => a.get(ps).get(jEnd).i32(4).imul().iadd());
      a.get(base.q).get(dOff).iadd().get(i0).get(rs).imul().iadd().i32(e0 * 4).iadd().set(ptr);
      storeRows(R, Cv, true);
    }
  };

  /** Column sums over rows i ≥ j0 (from iS = j0 rounded down to 4): four rows per iteration, then the last T mod 4. */
  const columnProduct = (R: number, Cv: number, mat: Local, rowsV: Local, e0: number): void => {
    a.get(mat).get(iS).i32(Tp).imul().get(j0).iadd().i32(4).imul().iadd().set(sp);
    a.get(rowsV).get(iS).i32(dh * 4).imul().iadd().i32(e0 * 4).iadd().set(vp);
    emitZero(a, R, Cv, g);
    const op: Operands = { sp, spRow: 4, spStep: Tp * 4, vp, vpStep: dh * 4 };
    emitStepLoop(a, R, Cv, g, op, () => a.get(mat).get(T).i32(Tp).imul().get(j0).iadd().i32(4).imul().iadd());
  };

  const keyBlock = (R: number, base: Bases): void => {
    a.get(j0).i32(-4).iand().set(iS);
    for (const { e0, Cv } of chunks(dh)) {
      columnProduct(R, Cv, dS, qs, e0);
      a.get(base.k).get(dOff).iadd().get(j0).get(rs).imul().iadd().i32(e0 * 4).iadd().set(ptr);
      storeRows(R, Cv, false);
      columnProduct(R, Cv, base.p, dor, e0);
      a.get(base.v).get(dOff).iadd().get(j0).get(rs).imul().iadd().i32(e0 * 4).iadd().set(ptr);
      storeRows(R, Cv, false);
    }
  };

  emitGroupLoops(a, B, H, T, d, dh, Tp, qkv, P, o, (base) => {
    a.forRange(t, () => a.i32(0), () => a.get(T), 1, () => {
      a.get(base.q).get(t).get(rs).imul().iadd().set(src);
      a.get(t).i32(dh * 4).imul().set(ptr);
      for (let c = 0; c < C; c++) a.get(qs).get(ptr).iadd().get(src).vload(16 * c).get(scl).vmul().vstore(16 * c);
      for (let c = 0; c < C; c++) a.get(kr).get(ptr).iadd().get(src).get(d4).iadd().vload(16 * c).vstore(16 * c);
      // dO and o rows share offsets: (b·T + t)·4d + 4h·dₕ relative to o
      a.get(base.o).get(o).isub().get(t).get(d4).imul().iadd().set(src);
      for (let c = 0; c < C; c++) a.get(dor).get(ptr).iadd().get(dO).get(src).iadd().vload(16 * c).vstore(16 * c);
      for (let c = 0; c < C; c++) {
        a.get(dO).get(src).iadd().vload(16 * c).get(o).get(src).iadd().vload(16 * c).vmul();
        if (c > 0) a.vadd();
      }
      a.hsum(tmp).set(dval);
      a.get(Dp).get(t).i32(4).imul().iadd().get(dval).fstore();
    });
    a.forRange(t, () => a.get(T), () => a.i32(Tp), 1, () => {
      a.get(kr).get(t).i32(dh * 4).imul().iadd().set(ptr);
      for (let c = 0; c < C; c++) a.get(ptr).vconst(0).vstore(16 * c);
    });
    emitPackPanels(a, dh, Tp, base.v, rs, T, vp8, t, src, ptr, g.acc);
    emitTouchBand(a, Tp, base.p, T, t, src, ptr, dval, dS);
    a.forRange(i0, () => a.i32(0), () => a.get(T4), 4, () => queryBlock(4, base));
    a.forRange(i0, () => a.get(T4), () => a.get(T), 1, () => queryBlock(1, base));
    a.forRange(j0, () => a.i32(0), () => a.get(T4), 4, () => keyBlock(4, base));
    a.forRange(j0, () => a.get(T4), () => a.get(T), 1, () => keyBlock(1, base));
  });
  return a;
}

// ---------------------------------------------------------------------------------------------------------
// Registration and dispatch

const moduleOf = (dh: number, Tp: number) => (): { name: string; asm: Asm }[] => [
  { name: 'fwd', asm: forwardAsm(dh, Tp) },
  { name: 'bwd', asm: backwardAsm(dh, Tp) },
];

interface AttnAttrs {
  B: number;
  T: number;
  H: number;
  scale: number;
}

const padded = (T: number): number => (T + 3) & ~3;

/** The module for this head size and context: every tile offset is a constant. */
function functionsFor(backend: KernelArgs['backend'], dh: number, T: number): ReturnType<typeof wasmFunctions> {
  return wasmFunctions(backend, `attention${dh}t${padded(T)}`, moduleOf(dh, padded(T)));
}

function fwdKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { B, T, H, scale } = attrs as AttnAttrs;
  const qkv = inputs.qkv;
  const d = qkv.shape[1] / 3;
  const dh = d / H;
  const Tp = padded(T);
  const { fwd } = functionsFor(backend, dh, T);
  const o = backend.makeOutput([B * T, d], 'float32');
  const p = backend.makeOutput([B * H, T, Tp], 'float32');
  const mx = backend.makeOutput([B, H], 'float32');
  const scratchSize = scratchFloats(dh, Tp, false);
  const scratch = backend.makeOutput([scratchSize], 'float32');
  const P = { qkv: ptrOf(backend, qkv), p: ptrOf(backend, p), o: ptrOf(backend, o), mx: ptrOf(backend, mx), scratch: ptrOf(backend, scratch) };
  let b1 = splitAt(B, H, T, dh);
  // Sequences b1…B on the kernel thread: every block below is that range of its tensor, contiguous.
  const rows = (ptr: number, perSeq: number): HeapBlock => ({ ptr: ptr + 4 * b1 * perSeq, floats: (B - b1) * perSeq });
  const finish = b1 < B
    ? kernelHelper()?.startOnCopies(heapFloats(backend), `attention${dh}t${Tp}`, moduleOf(dh, Tp), 'fwd',
      { inputs: [rows(P.qkv, T * 3 * d)], outputs: [rows(P.p, H * T * Tp), rows(P.o, T * d), rows(P.mx, H)], scratch: [scratchSize] },
      [{ input: 0 }, { output: 0 }, { output: 1 }, { output: 2 }, { scratch: 0 }, B - b1, T, H, d, { f32: scale }])
    : undefined;
  if (!finish) b1 = B;
  runSplit(finish, () => heapFloats(backend), b1, B - b1, () => fwd(P.qkv, P.p, P.o, P.mx, P.scratch, b1, T, H, d, scale));
  backend.disposeData(scratch.dataId);
  return [o, p, mx];
}

function bwdKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { B, T, H, scale } = attrs as AttnAttrs;
  const { qkv, p, o, dy } = inputs;
  const d = qkv.shape[1] / 3;
  const dh = d / H;
  const Tp = padded(T);
  const { bwd } = functionsFor(backend, dh, T);
  const dqkv = backend.makeOutput([B * T, 3 * d], 'float32');
  const scratchSize = scratchFloats(dh, Tp, true);
  const scratch = backend.makeOutput([scratchSize], 'float32');
  const P = { qkv: ptrOf(backend, qkv), p: ptrOf(backend, p), o: ptrOf(backend, o), dy: ptrOf(backend, dy), dqkv: ptrOf(backend, dqkv), scratch: ptrOf(backend, scratch) };
  let b1 = splitAt(B, H, T, dh);
  const rows = (ptr: number, perSeq: number): HeapBlock => ({ ptr: ptr + 4 * b1 * perSeq, floats: (B - b1) * perSeq });
  const finish = b1 < B
    ? kernelHelper()?.startOnCopies(heapFloats(backend), `attention${dh}t${Tp}`, moduleOf(dh, Tp), 'bwd',
      { inputs: [rows(P.qkv, T * 3 * d), rows(P.p, H * T * Tp), rows(P.o, T * d), rows(P.dy, T * d)], outputs: [rows(P.dqkv, T * 3 * d)], scratch: [scratchSize] },
      [{ input: 0 }, { input: 1 }, { input: 2 }, { input: 3 }, { output: 0 }, { scratch: 0 }, B - b1, T, H, d, { f32: scale }])
    : undefined;
  if (!finish) b1 = B;
  runSplit(finish, () => heapFloats(backend), b1, B - b1, () => bwd(P.qkv, P.p, P.o, P.dy, P.dqkv, P.scratch, b1, T, H, d, scale));
  backend.disposeData(scratch.dataId);
  return [dqkv];
}

/** Attention with less work than this (B·H·T²·dₕ) stays on one thread; d64's is 2²² (measured with the GEMMs' 2²³). */
const SPLIT_MIN_WORK = 1 << 22;

/**
 * The first sequence the kernel thread takes: B when there is none or the work is too small, else as many
 * of the last sequences as the threads' measured speeds say.
 */
function splitAt(B: number, H: number, T: number, dh: number): number {
  const helper = B >= 2 && B * H * T * T * dh >= SPLIT_MIN_WORK ? kernelHelper() : undefined;
  return helper ? B - helper.helperUnits(B) : B;
}


/**
 * Whether the kernels serve this shape on the active backend: wasm (and `OPTLAB_FUSED` not 0), SIMD module
 * validates, dₕ a multiple of 4.
 */
export function attentionKernelAvailable(T: number, d: number, H: number): boolean {
  const dh = d / H;
  if (!(Number.isInteger(dh) && dh % 4 === 0 && T >= 1)) return false;
  return wasmKernelsReady('attention', moduleOf(4, 4), { [FWD]: fwdKernel, [BWD]: bwdKernel });
}

/**
 * Causal attention on a fused qkv [B·T, 3d] → o [B·T, d] (before the output projection), with gradient.
 * `onMax` receives the per-head max logit [H] over the batch. Call only when attentionKernelAvailable.
 */
export function attentionKernel(qkv: tf.Tensor2D, B: number, T: number, H: number, onMax?: (m: tf.Tensor1D) => void): tf.Tensor2D {
  const d = qkv.shape[1] / 3;
  const attrs: AttnAttrs = { B, T, H, scale: 1 / Math.sqrt(d / H) };
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const save = args[1] as tf.GradSaveFunc;
    const x = args[0] as tf.Tensor2D;
    const [o, p, mx] = runKernel(FWD, { qkv: x }, attrs);
    if (onMax) onMax(tf.max(mx, 0) as tf.Tensor1D);
    save([x, p, o]);
    return {
      value: o,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => runKernel(BWD, { qkv: saved[0], p: saved[1], o: saved[2], dy }, attrs),
    };
  });
  return f(qkv) as tf.Tensor2D;
}
