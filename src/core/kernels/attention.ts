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
 * Keys are taken four at a time (four dot products reduced together by shuffles, a vector of p broadcast
 * lane by lane), the last 0–3 of a causal row one by one.
 * Backward (the usual softmax-attention gradient, Dᵢ = dOᵢ·oᵢ = Σⱼ pᵢⱼ dPᵢⱼ):
 *   dPᵢⱼ = dOᵢ·vⱼ, dSᵢⱼ = pᵢⱼ(dPᵢⱼ − Dᵢ), dqᵢ = scale Σⱼ dSᵢⱼ kⱼ, dkⱼ += scale dSᵢⱼ qᵢ, dvⱼ += pᵢⱼ dOᵢ.
 * exp is Cephes' expf (wasmAsm.ts emitVexp).
 *
 * Available only on the wasm backend with SIMD and for dₕ a multiple of 4; callers fall back to tfjs ops
 * otherwise (`attentionKernelAvailable`). P rows are padded to a multiple of 4 for whole-vector softmax.
 */
import { tf } from '../tf';
import { Asm, emitVexp, encodeModule, F32, I32, V128, type Local } from './wasmAsm';
import { kernelHelper, runSplit, type HeapBlock } from './kernelThreads';
import { heapFloats, ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const FWD = 'OptLabAttentionFwd';
const BWD = 'OptLabAttentionBwd';

// ---------------------------------------------------------------------------------------------------------
// Code generation (dₕ is a compile-time constant: q/k/v rows live in dₕ/4 SIMD registers).

const NEG_BIG = -3.0e38;

/** Addresses of one (b, h) block: set in both kernels the same way. */
interface Bases {
  q: Local; k: Local; v: Local; p: Local; o: Local;
}

function emitGroupLoops(a: Asm, B: Local, H: Local, T: Local, Tp: Local, d: Local, dh: number, qkv: Local, P: Local, o: Local, body: (bases: Bases, g: Local) => void): void {
  const [b, h, g] = [a.local(I32), a.local(I32), a.local(I32)];
  const bases: Bases = { q: a.local(I32), k: a.local(I32), v: a.local(I32), p: a.local(I32), o: a.local(I32) };
  a.forRange(b, () => a.i32(0), () => a.get(B), 1, () => {
    a.forRange(h, () => a.i32(0), () => a.get(H), 1, () => {
      // q = qkv + (b·T·3d + h·dh)·4, k = q + 4d, v = q + 8d
      a.get(qkv).get(b).get(T).imul().get(d).imul().i32(12).imul().iadd().get(h).i32(dh * 4).imul().iadd().set(bases.q);
      a.get(bases.q).get(d).i32(4).imul().iadd().set(bases.k);
      a.get(bases.k).get(d).i32(4).imul().iadd().set(bases.v);
      a.get(b).get(H).imul().get(h).iadd().set(g);
      a.get(P).get(g).get(T).imul().get(Tp).imul().i32(4).imul().iadd().set(bases.p);
      a.get(o).get(b).get(T).imul().get(d).imul().i32(4).imul().iadd().get(h).i32(dh * 4).imul().iadd().set(bases.o);
      body(bases, g);
    });
  });
}

/**
 * The four dot products vecs·row(p₀…p₃) (rows of dₕ floats at the pointers in `rows`) as one f32x4 on the
 * stack: four lane-wise partial sums, then a 4×4 transpose-and-add by shuffles (cheaper than four
 * horizontal sums).
 */
function emitDot4(a: Asm, vecs: Local[], rows: Local[], part: Local[]): void {
  rows.forEach((p, t) => {
    vecs.forEach((x, c) => {
      a.get(x).get(p).vload(16 * c).vmul();
      if (c > 0) a.vadd();
    });
    a.set(part[t]);
  });
  // part₀ ← [Σ₀(0,2), Σ₁(0,2), Σ₀(1,3), Σ₁(1,3)], part₂ likewise for rows 2, 3
  for (const t of [0, 2]) {
    a.get(part[t]).get(part[t + 1]).vshuffle([0, 4, 1, 5]).get(part[t]).get(part[t + 1]).vshuffle([2, 6, 3, 7]).vadd().set(part[t]);
  }
  a.get(part[0]).get(part[2]).vshuffle([0, 1, 4, 5]).get(part[0]).get(part[2]).vshuffle([2, 3, 6, 7]).vadd();
}

/** rows[t] = base + (j + t)·rs for t < 4. */
function emitRows4(a: Asm, rows: Local[], base: Local, j: Local, rs: Local): void {
  a.get(base).get(j).get(rs).imul().iadd().set(rows[0]);
  for (let t = 1; t < 4; t++) a.get(rows[t - 1]).get(rs).iadd().set(rows[t]);
}

/** fwd(qkv, P, o, maxOut, B, T, Tp, H, d, scale); P rows are Tp = T rounded up to 4 long. */
function forwardAsm(dh: number): Asm {
  const C = dh / 4;
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32, F32]);
  const [qkv, P, o, maxOut, B, T, Tp, H, d, scale] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const [i, j, n4, jFull, rs, ptr, pRow] = Array.from({ length: 7 }, () => a.local(I32));
  const rows = Array.from({ length: 4 }, () => a.local(I32));
  const [m, gmax, sum] = [a.local(F32), a.local(F32), a.local(F32)];
  const qv = Array.from({ length: C }, () => a.local(V128));
  const acc = Array.from({ length: C }, () => a.local(V128));
  const part = Array.from({ length: 4 }, () => a.local(V128));
  const [tmp, mv, sumv, sv, ex, en, er] = Array.from({ length: 7 }, () => a.local(V128));
  a.get(d).i32(12).imul().set(rs);
  emitGroupLoops(a, B, H, T, Tp, d, dh, qkv, P, o, (base, g) => {
    a.f32(NEG_BIG).set(gmax);
    a.forRange(i, () => a.i32(0), () => a.get(T), 1, () => {
      // q row, pre-scaled by 1/√dₕ
      a.get(base.q).get(i).get(rs).imul().iadd().set(ptr);
      qv.forEach((q, c) => a.get(ptr).vload(16 * c).get(scale).vsplat().vmul().set(q));
      a.get(base.p).get(i).get(Tp).imul().i32(4).imul().iadd().set(pRow);
      a.get(i).i32(1).iadd().i32(-4).iand().set(jFull);
      // scores of the causal row: whole quads of keys, then the last 0–3 one by one
      a.vconst(NEG_BIG).set(mv);
      a.forRange(j, () => a.i32(0), () => a.get(jFull), 4, () => {
        emitRows4(a, rows, base.k, j, rs);
        a.get(pRow).get(j).i32(4).imul().iadd();
        emitDot4(a, qv, rows, part);
        a.tee(tmp).vstore();
        a.get(mv).get(tmp).vpmax().set(mv);
      });
      a.get(mv).vlane(0).get(mv).vlane(1).fmax().get(mv).vlane(2).fmax().get(mv).vlane(3).fmax().set(m);
      a.forRange(j, () => a.get(jFull), () => a.get(i).i32(1).iadd(), 1, () => {
        a.get(base.k).get(j).get(rs).imul().iadd().set(ptr);
        qv.forEach((q, c) => {
          a.get(q).get(ptr).vload(16 * c).vmul();
          if (c > 0) a.vadd();
        });
        a.hsum(tmp).set(sum);
        a.get(pRow).get(j).i32(4).imul().iadd().get(sum).fstore();
        a.get(m).get(sum).fmax().set(m);
      });
      a.get(gmax).get(m).fmax().set(gmax);
      // pad to a multiple of 4 with "−∞", softmax over whole vectors, zeros after
      a.get(i).i32(4).iadd().i32(-4).iand().set(n4);
      a.forRange(j, () => a.get(i).i32(1).iadd(), () => a.get(n4), 1, () => {
        a.get(pRow).get(j).i32(4).imul().iadd().f32(NEG_BIG).fstore();
      });
      a.get(m).vsplat().set(mv);
      a.vconst(0).set(sumv);
      a.forRange(j, () => a.i32(0), () => a.get(n4), 4, () => {
        a.get(pRow).get(j).i32(4).imul().iadd().set(ptr);
        a.get(ptr).vload().tee(sv).get(mv).vsub();
        emitVexp(a, ex, en, er);
        a.get(sv).vconst(-1e38).vgt().vand().set(ex);
        a.get(ptr).get(ex).vstore();
        a.get(sumv).get(ex).vadd().set(sumv);
      });
      a.get(sumv).hsum(tmp).vsplat().set(sumv);
      a.forRange(j, () => a.i32(0), () => a.get(n4), 4, () => {
        a.get(pRow).get(j).i32(4).imul().iadd().set(ptr);
        a.get(ptr).get(ptr).vload().get(sumv).vdiv().vstore();
      });
      a.forRange(j, () => a.get(n4), () => a.get(Tp), 4, () => {
        a.get(pRow).get(j).i32(4).imul().iadd().vconst(0).vstore();
      });
      // oᵢ = Σⱼ pᵢⱼ vⱼ: quads of p broadcast lane by lane, then the rest
      acc.forEach((x) => a.vconst(0).set(x));
      a.forRange(j, () => a.i32(0), () => a.get(jFull), 4, () => {
        emitRows4(a, rows, base.v, j, rs);
        a.get(pRow).get(j).i32(4).imul().iadd().vload().set(sv);
        rows.forEach((p, t) => {
          a.vbroadcast(sv, t).set(tmp);
          acc.forEach((x, c) => a.get(x).get(tmp).get(p).vload(16 * c).vmul().vadd().set(x));
        });
      });
      a.forRange(j, () => a.get(jFull), () => a.get(i).i32(1).iadd(), 1, () => {
        a.get(pRow).get(j).i32(4).imul().iadd().fload().vsplat().set(tmp);
        a.get(base.v).get(j).get(rs).imul().iadd().set(ptr);
        acc.forEach((x, c) => a.get(x).get(tmp).get(ptr).vload(16 * c).vmul().vadd().set(x));
      });
      a.get(base.o).get(i).get(d).imul().i32(4).imul().iadd().set(ptr);
      acc.forEach((x, c) => a.get(ptr).get(x).vstore(16 * c));
    });
    a.get(maxOut).get(g).i32(4).imul().iadd().get(gmax).fstore();
  });
  return a;
}

/** bwd(qkv, P, o, dO, dqkv, B, T, Tp, H, d, scale). */
function backwardAsm(dh: number): Asm {
  const C = dh / 4;
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, F32]);
  const [qkv, P, o, dO, dqkv, B, T, Tp, H, d, scale] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const [i, j, rs, ptr, pRow, dOff, orow, jFull, d4] = Array.from({ length: 9 }, () => a.local(I32));
  const rows = Array.from({ length: 4 }, () => a.local(I32));
  const [D, pij] = [a.local(F32), a.local(F32)];
  const dov = Array.from({ length: C }, () => a.local(V128));
  const qv = Array.from({ length: C }, () => a.local(V128));
  const dq = Array.from({ length: C }, () => a.local(V128));
  const part = Array.from({ length: 4 }, () => a.local(V128));
  const [tmp, dsv, pv, p4, ds4] = Array.from({ length: 5 }, () => a.local(V128));
  /**
   * With v row j at `vrow`, dsv = scale·dSᵢⱼ and pv = pᵢⱼ splatted: dvⱼ += pᵢⱼ dOᵢ, dqᵢ += dSᵢⱼ kⱼ (scale
   * applied at the store), dkⱼ += dSᵢⱼ·(scale qᵢ) (qv pre-scaled). kⱼ is 4d bytes before vⱼ.
   */
  const update = (vrow: Local): void => {
    a.get(vrow).get(dOff).iadd().set(ptr);
    dov.forEach((x, c) => a.get(ptr).get(ptr).vload(16 * c).get(pv).get(x).vmul().vadd().vstore(16 * c));
    a.get(vrow).get(d4).isub().set(ptr);
    dq.forEach((x, c) => a.get(x).get(dsv).get(ptr).vload(16 * c).vmul().vadd().set(x));
    a.get(ptr).get(dOff).iadd().set(ptr);
    qv.forEach((x, c) => a.get(ptr).get(ptr).vload(16 * c).get(dsv).get(x).vmul().vadd().vstore(16 * c));
  };
  a.get(d).i32(12).imul().set(rs);
  a.get(d).i32(4).imul().set(d4);
  // dqkv = 0 (dk, dv accumulate)
  a.get(dqkv).i32(0).get(B).get(T).imul().get(rs).imul().memFill();
  // byte distance from qkv to dqkv: the same offsets address both
  a.get(dqkv).get(qkv).isub().set(dOff);
  emitGroupLoops(a, B, H, T, Tp, d, dh, qkv, P, o, (base) => {
    a.forRange(i, () => a.i32(0), () => a.get(T), 1, () => {
      // o and dO rows share offsets: orow = (b·T + i)·d·4 + h·dh·4 relative to o
      a.get(base.o).get(o).isub().get(i).get(d).imul().i32(4).imul().iadd().set(orow);
      a.get(dO).get(orow).iadd().set(ptr);
      dov.forEach((x, c) => a.get(ptr).vload(16 * c).set(x));
      a.get(o).get(orow).iadd().set(ptr);
      dov.forEach((x, c) => {
        a.get(x).get(ptr).vload(16 * c).vmul();
        if (c > 0) a.vadd();
      });
      a.hsum(tmp).set(D);
      a.get(base.q).get(i).get(rs).imul().iadd().set(ptr);
      qv.forEach((x, c) => a.get(ptr).vload(16 * c).get(scale).vsplat().vmul().set(x));
      dq.forEach((x) => a.vconst(0).set(x));
      a.get(base.p).get(i).get(Tp).imul().i32(4).imul().iadd().set(pRow);
      a.get(i).i32(1).iadd().i32(-4).iand().set(jFull);
      // quads: dP = dOᵢ·vⱼ four at a time, dS = p(dP − D) as a vector, then per-key updates
      a.forRange(j, () => a.i32(0), () => a.get(jFull), 4, () => {
        emitRows4(a, rows, base.v, j, rs);
        emitDot4(a, dov, rows, part);
        a.get(D).vsplat().vsub();
        a.get(pRow).get(j).i32(4).imul().iadd().vload().tee(p4).vmul().set(ds4);
        rows.forEach((vrow, t) => {
          a.vbroadcast(ds4, t).set(dsv);
          a.vbroadcast(p4, t).set(pv);
          update(vrow);
        });
      });
      a.forRange(j, () => a.get(jFull), () => a.get(i).i32(1).iadd(), 1, () => {
        a.get(pRow).get(j).i32(4).imul().iadd().fload().set(pij);
        a.get(base.v).get(j).get(rs).imul().iadd().set(rows[0]);
        dov.forEach((x, c) => {
          a.get(x).get(rows[0]).vload(16 * c).vmul();
          if (c > 0) a.vadd();
        });
        a.hsum(tmp).get(D).fsub().get(pij).fmul().vsplat().set(dsv);
        a.get(pij).vsplat().set(pv);
        update(rows[0]);
      });
      a.get(base.q).get(i).get(rs).imul().iadd().get(dOff).iadd().set(ptr);
      dq.forEach((x, c) => a.get(ptr).get(x).get(scale).vsplat().vmul().vstore(16 * c));
    });
  });
  return a;
}

// ---------------------------------------------------------------------------------------------------------
// Registration and dispatch

const moduleOf = (dh: number) => (): { name: string; asm: Asm }[] => [{ name: 'fwd', asm: forwardAsm(dh) }, { name: 'bwd', asm: backwardAsm(dh) }];

interface AttnAttrs {
  B: number;
  T: number;
  H: number;
  scale: number;
}

const padded = (T: number): number => (T + 3) & ~3;

function fwdKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { B, T, H, scale } = attrs as AttnAttrs;
  const qkv = inputs.qkv;
  const d = qkv.shape[1] / 3;
  const dh = d / H;
  const Tp = padded(T);
  const { fwd } = wasmFunctions(backend, `attention${dh}`, moduleOf(dh));
  const o = backend.makeOutput([B * T, d], 'float32');
  const p = backend.makeOutput([B * H, T, Tp], 'float32');
  const mx = backend.makeOutput([B, H], 'float32');
  const P = { qkv: ptrOf(backend, qkv), p: ptrOf(backend, p), o: ptrOf(backend, o), mx: ptrOf(backend, mx) };
  const b1 = splitAt(B, H, T, dh);
  // Sequences b1…B on the kernel thread: every block below is that range of its tensor, contiguous.
  const rows = (ptr: number, perSeq: number): HeapBlock => ({ ptr: ptr + 4 * b1 * perSeq, floats: (B - b1) * perSeq });
  const finish = b1 < B
    ? kernelHelper()?.startOnCopies(heapFloats(backend), `attention${dh}`, buildShared(dh), 'fwd',
      { inputs: [rows(P.qkv, T * 3 * d)], outputs: [rows(P.p, H * T * Tp), rows(P.o, T * d), rows(P.mx, H)], scratch: [] },
      [{ input: 0 }, { output: 0 }, { output: 1 }, { output: 2 }, B - b1, T, Tp, H, d, { f32: scale }])
    : undefined;
  runSplit(finish, () => heapFloats(backend), b1, B - b1, () => fwd(P.qkv, P.p, P.o, P.mx, b1, T, Tp, H, d, scale));
  return [o, p, mx];
}

function bwdKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { B, T, H, scale } = attrs as AttnAttrs;
  const { qkv, p, o, dy } = inputs;
  const d = qkv.shape[1] / 3;
  const dh = d / H;
  const Tp = padded(T);
  const { bwd } = wasmFunctions(backend, `attention${dh}`, moduleOf(dh));
  const dqkv = backend.makeOutput([B * T, 3 * d], 'float32');
  const P = { qkv: ptrOf(backend, qkv), p: ptrOf(backend, p), o: ptrOf(backend, o), dy: ptrOf(backend, dy), dqkv: ptrOf(backend, dqkv) };
  const b1 = splitAt(B, H, T, dh);
  const rows = (ptr: number, perSeq: number): HeapBlock => ({ ptr: ptr + 4 * b1 * perSeq, floats: (B - b1) * perSeq });
  const finish = b1 < B
    ? kernelHelper()?.startOnCopies(heapFloats(backend), `attention${dh}`, buildShared(dh), 'bwd',
      { inputs: [rows(P.qkv, T * 3 * d), rows(P.p, H * T * Tp), rows(P.o, T * d), rows(P.dy, T * d)], outputs: [rows(P.dqkv, T * 3 * d)], scratch: [] },
      [{ input: 0 }, { input: 1 }, { input: 2 }, { input: 3 }, { output: 0 }, B - b1, T, Tp, H, d, { f32: scale }])
    : undefined;
  runSplit(finish, () => heapFloats(backend), b1, B - b1, () => bwd(P.qkv, P.p, P.o, P.dy, P.dqkv, b1, T, Tp, H, d, scale));
  return [dqkv];
}

/** Attention with fewer multiply-adds than this (B·H·T²·dₕ) stays on one thread: d64's 4 M would not gain. */
const SPLIT_MIN_WORK = 1 << 24;

/**
 * The first sequence the kernel thread takes: B when there is none or the work is too small, else as many
 * of the last sequences as the threads' measured speeds say.
 */
function splitAt(B: number, H: number, T: number, dh: number): number {
  const helper = B >= 2 && B * H * T * T * dh >= SPLIT_MIN_WORK ? kernelHelper() : undefined;
  return helper ? B - helper.helperUnits(B) : B;
}

const buildShared = (dh: number) => (sharedMaxPages: number): Uint8Array => encodeModule(moduleOf(dh)(), sharedMaxPages);

/**
 * Whether the kernels serve this shape on the active backend: wasm (and `OPTLAB_FUSED` not 0), SIMD module
 * validates, dₕ a multiple of 4.
 */
export function attentionKernelAvailable(T: number, d: number, H: number): boolean {
  const dh = d / H;
  if (!(Number.isInteger(dh) && dh % 4 === 0 && T >= 1)) return false;
  return wasmKernelsReady('attention', moduleOf(4), { [FWD]: fwdKernel, [BWD]: bwdKernel });
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
