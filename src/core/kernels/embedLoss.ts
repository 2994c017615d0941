/**
 * The two ends of a language model as SIMD WebAssembly kernels on tfjs's wasm heap:
 *
 * - token + position embedding by row lookup, x[r] = E[ids[r]] + P[r mod T], and its backward scatter-add
 *   dE[ids[r]] += dy[r] (tfjs needs a oneHot·E product each way, 2·n·V·d multiply-adds, and has no
 *   UnsortedSegmentSum on wasm for tf.gather's gradient);
 * - softmax cross-entropy rows in one pass: p = softmax(l) plus per-row statistics from which the loss is
 *   assembled, instead of tfjs's logSoftmax chain (max, sub, exp, sum, log, sub) and its slow scalar exp.
 *
 * exp is Cephes' expf (wasmAsm.ts emitVexp). Available on the wasm backend with SIMD and d a multiple of 4
 * (embedding); any vocabulary size for the loss.
 */
import { tf } from '../tf';
import { Asm, emitVexp, F32, I32, V128 } from './wasmAsm';
import { ptrOf, runKernel, wasmFunctions, wasmKernelsReady, type KernelArgs } from './wasmRuntime';

const EMB_FWD = 'OptLabEmbedFwd';
const EMB_BWD = 'OptLabEmbedBwd';
const CE_FWD = 'OptLabSoftmaxXentFwd';

/** emb_fwd(ids, E, P, x, n, T, d): x[r] = E[ids[r]] + P[r mod T]. */
function embFwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32]);
  const [ids, E, P, x, n, T, d] = [0, 1, 2, 3, 4, 5, 6];
  const [r, t, c, rowBytes, pe, pp, px] = Array.from({ length: 7 }, () => a.local(I32));
  a.get(d).i32(4).imul().set(rowBytes);
  a.i32(0).set(t);
  a.forRange(r, () => a.i32(0), () => a.get(n), 1, () => {
    a.get(E).get(ids).get(r).i32(4).imul().iadd().iload().get(rowBytes).imul().iadd().set(pe);
    a.get(P).get(t).get(rowBytes).imul().iadd().set(pp);
    a.get(x).get(r).get(rowBytes).imul().iadd().set(px);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(px).get(c).iadd().get(pe).get(c).iadd().vload().get(pp).get(c).iadd().vload().vadd().vstore();
    });
    // t = (t + 1) mod T
    a.get(t).i32(1).iadd().set(t);
    a.get(t).get(T).ige().ifThen(() => a.i32(0).set(t));
  });
  return a;
}

/** emb_bwd(ids, dy, dE, n, V, d): dE = 0, then dE[ids[r]] += dy[r]. */
function embBwdAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32]);
  const [ids, dy, dE, n, V, d] = [0, 1, 2, 3, 4, 5];
  const [r, c, rowBytes, pe, py] = Array.from({ length: 5 }, () => a.local(I32));
  a.get(d).i32(4).imul().set(rowBytes);
  a.get(dE).i32(0).get(V).get(rowBytes).imul().memFill();
  a.forRange(r, () => a.i32(0), () => a.get(n), 1, () => {
    a.get(dE).get(ids).get(r).i32(4).imul().iadd().iload().get(rowBytes).imul().iadd().set(pe);
    a.get(dy).get(r).get(rowBytes).imul().iadd().set(py);
    a.forRange(c, () => a.i32(0), () => a.get(rowBytes), 16, () => {
      a.get(pe).get(c).iadd().get(pe).get(c).iadd().vload().get(py).get(c).iadd().vload().vadd().vstore();
    });
  });
  return a;
}

/**
 * xent(l, t, p, m, s, tsum, q, n, V): per row, m = max l, s = Σ exp(l − m), p = exp(l − m)/s,
 * tsum = Σ t, q = Σ t·(l − m). Then Σᵥ tᵥ(lseᵣ − lᵥ) = tsum·log s − q with lse = m + log s.
 */
function xentAsm(): Asm {
  const a = new Asm([I32, I32, I32, I32, I32, I32, I32, I32, I32]);
  const [l, t, p, m, s, tsum, q, n, V] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [r, v, row, vec4, rowBytes, e] = Array.from({ length: 6 }, () => a.local(I32));
  const [mx, sum] = [a.local(F32), a.local(F32)];
  const [mv, ev, sumv, tv, qv, lv, tmp, e1, e2, e3] = Array.from({ length: 10 }, () => a.local(V128));
  a.get(V).i32(4).imul().set(rowBytes);
  a.get(V).i32(-4).iand().i32(4).imul().set(vec4);
  /** exp(l − m) of the lanes at byte offset v of the row → ev; accumulates Σ, Σt, Σt(l − m) over `lanes` lanes. */
  const expAt = (lanes: 1 | 4): void => {
    a.get(l).get(row).iadd().get(v).iadd();
    if (lanes === 4) a.vload(); else a.fload().vsplat();
    a.get(mv).vsub().tee(lv);
    emitVexp(a, e1, e2, e3);
    a.set(ev);
    a.get(t).get(row).iadd().get(v).iadd();
    if (lanes === 4) a.vload(); else a.fload().vsplat();
    a.set(tv);
    if (lanes === 1) {
      // only lane 0 counts: mask the other three
      a.get(ev).vconst([1, 0, 0, 0]).vmul().set(ev);
      a.get(tv).vconst([1, 0, 0, 0]).vmul().set(tv);
    }
    a.get(sumv).get(ev).vadd().set(sumv);
    a.get(tmp).get(tv).vadd().set(tmp);
    a.get(qv).get(tv).get(lv).vmul().vadd().set(qv);
    a.get(p).get(row).iadd().get(v).iadd().get(ev);
    if (lanes === 4) a.vstore(); else a.vlane(0).fstore();
  };
  a.forRange(r, () => a.i32(0), () => a.get(n), 1, () => {
    a.get(r).get(rowBytes).imul().set(row);
    a.f32(-3.0e38).set(mx);
    a.forRange(v, () => a.i32(0), () => a.get(rowBytes), 4, () => {
      a.get(mx).get(l).get(row).iadd().get(v).iadd().fload().fmax().set(mx);
    });
    a.get(mx).vsplat().set(mv);
    a.vconst(0).set(sumv);
    a.vconst(0).set(tmp);
    a.vconst(0).set(qv);
    a.forRange(v, () => a.i32(0), () => a.get(vec4), 16, () => expAt(4));
    a.forRange(v, () => a.get(vec4), () => a.get(rowBytes), 4, () => expAt(1));
    a.get(sumv).hsum(e1).set(sum);
    a.get(s).get(r).i32(4).imul().iadd().get(sum).fstore();
    a.get(m).get(r).i32(4).imul().iadd().get(mx).fstore();
    a.get(tsum).get(r).i32(4).imul().iadd().get(tmp).hsum(e1).fstore();
    a.get(q).get(r).i32(4).imul().iadd().get(qv).hsum(e1).fstore();
    a.get(sum).vsplat().set(sumv);
    a.forRange(v, () => a.i32(0), () => a.get(vec4), 16, () => {
      a.get(p).get(row).iadd().get(v).iadd().tee(e).get(e).vload().get(sumv).vdiv().vstore();
    });
    a.forRange(v, () => a.get(vec4), () => a.get(rowBytes), 4, () => {
      a.get(p).get(row).iadd().get(v).iadd().tee(e).get(e).fload().get(sum).fdiv().fstore();
    });
  });
  return a;
}

const moduleOf = (): { name: string; asm: Asm }[] => [
  { name: 'embFwd', asm: embFwdAsm() }, { name: 'embBwd', asm: embBwdAsm() }, { name: 'xent', asm: xentAsm() },
];

const fns = (backend: KernelArgs['backend']): ReturnType<typeof wasmFunctions> => wasmFunctions(backend, 'embedLoss', moduleOf);

function embFwdKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { ids, e, p } = inputs;
  const { T } = attrs as { T: number };
  const n = ids.shape[0];
  const d = e.shape[1];
  const x = backend.makeOutput([n, d], 'float32');
  fns(backend).embFwd(ptrOf(backend, ids), ptrOf(backend, e), ptrOf(backend, p), ptrOf(backend, x), n, T, d);
  return [x];
}

function embBwdKernel({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const { ids, dy } = inputs;
  const { V } = attrs as { V: number };
  const [n, d] = dy.shape;
  const de = backend.makeOutput([V, d], 'float32');
  fns(backend).embBwd(ptrOf(backend, ids), ptrOf(backend, dy), ptrOf(backend, de), n, V, d);
  return [de];
}

function xentKernel({ inputs, backend }: KernelArgs): tf.TensorInfo[] {
  const { logits, target } = inputs;
  const [n, V] = logits.shape;
  const p = backend.makeOutput([n, V], 'float32');
  const [m, s, tsum, q] = [0, 1, 2, 3].map(() => backend.makeOutput([n, 1], 'float32'));
  const P = (t: tf.TensorInfo): number => ptrOf(backend, t);
  fns(backend).xent(P(logits), P(target), P(p), P(m), P(s), P(tsum), P(q), n, V);
  return [p, m, s, tsum, q];
}

function ready(): boolean {
  return wasmKernelsReady('embedLoss', moduleOf, { [EMB_FWD]: embFwdKernel, [EMB_BWD]: embBwdKernel, [CE_FWD]: xentKernel });
}

/** Whether embedKernel serves an embedding of width d now. */
export function embedKernelAvailable(d: number): boolean {
  return d % 4 === 0 && ready();
}

/** Whether crossEntropyKernel serves these logits now. */
export function crossEntropyKernelAvailable(logits: tf.Tensor2D): boolean {
  return logits.dtype === 'float32' && ready();
}

/**
 * x[r] = E[ids[r]] + P[r mod T] for ids int32 [n] (n a multiple of T), with gradients for E and P
 * (P's is the column sum of dy over the n/T sequences, by `colSum`). Call only when embedKernelAvailable.
 */
export function embedKernel(ids: tf.Tensor1D, e: tf.Tensor2D, p: tf.Tensor2D, colSum: (x: tf.Tensor2D) => tf.Tensor1D): tf.Tensor2D {
  const [T, d] = p.shape;
  const n = ids.shape[0];
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [es, ps] = args as tf.Tensor[];
    return {
      value: runKernel(EMB_FWD, { ids, e: es, p: ps }, { T })[0],
      gradFunc: (dy: tf.Tensor) => [
        runKernel(EMB_BWD, { ids, dy }, { V: e.shape[0] })[0],
        tf.reshape(colSum(tf.reshape(dy, [n / T, T * d]) as tf.Tensor2D), [T, d]),
      ],
    };
  });
  return f(e, p) as tf.Tensor2D;
}

/**
 * Mean over rows of Σᵥ tᵥ·(lse(l) − lᵥ) (F.cross_entropy for one-hot t), gradient (softmax(l) − t)·dy/n for
 * the logits and −log softmax(l)·dy/n for the targets. Call only when crossEntropyKernelAvailable.
 */
export function crossEntropyKernel(logits: tf.Tensor2D, target: tf.Tensor2D): tf.Scalar {
  const n = logits.shape[0];
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [l, t] = args as tf.Tensor[];
    const [p, m, s, tsum, q] = runKernel(CE_FWD, { logits: l, target: t }, {});
    const logS = tf.log(s);
    (args[2] as tf.GradSaveFunc)([l, t, p, m, logS]);
    return {
      value: tf.div(tf.sum(tf.sub(tf.mul(tsum, logS), q)), n),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [ls, ts, ps, ms, lgs] = saved;
        const k = tf.div(dy, n);
        return [tf.mul(tf.sub(ps, ts), k), tf.mul(tf.sub(tf.add(ms, lgs), ls), k)];
      },
    };
  });
  return f(logits, target) as tf.Scalar;
}
