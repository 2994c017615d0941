/**
 * Transformer building blocks with hand-written gradients (tf.customGrad), for speed on the wasm backend.
 *
 * On wasm (SIMD), most of the work runs in generated WebAssembly kernels that share tfjs's heap
 * (src/core/kernels/, each with its reason): causal attention straight from the fused qkv activation,
 * LayerNorm and GELU forward/backward in one pass each, softmax cross-entropy, the row-lookup embedding,
 * the linear layers' products (x·Wᵀ, dy·W, dyᵀ·x) and column sums. Every kernel has its tfjs-op
 * version below, used on the cpu/tensorflow backends, with `OPTLAB_FUSED=0`, or for shapes a kernel does
 * not take (e.g. head size not a multiple of 4). Why the tfjs-op versions look the way they do
 * (PERF-NOTES.md, measured with tf.profile on the char_lm reference shape):
 * - wasm's BatchMatMul only reaches XNNPACK for 2-D products without transpose flags; batched products
 *   (attention, 64 heads×sequences) take a naive loop at ~1.5 GFLOP/s. A batched product C[g] = A[g]·B[g]
 *   is exactly a depthwise convolution (input [1, K, M, G], filter [K, 1, G, N], channel multiplier N,
 *   'valid'), which wasm runs through XNNPACK about 4× faster. `contract` below does that.
 * - Reductions over the batch axis (bias and LayerNorm-gain gradients, tf.sum(x, 0)) transpose first on
 *   wasm; a ones-row matmul is the same sum through XNNPACK.
 * - Composite gradients (softmax, LayerNorm, GELU, cross-entropy) become a handful of fused-in-spirit ops.
 *
 * Operator cache hazard (wasm): a 2-D matMul caches XNNPACK's packed copy of its right operand keyed by the
 * tensor's data id only, not its shape. A reshape shares the data id, so using a tensor and a reshape of it
 * as right operands of two matMuls reads the first packing with the wrong shape. Right operands here are
 * therefore always fresh tensors or the same tensor with the same shape.
 *
 * Every function is the exact math of its PyTorch counterpart (nn.Linear, nn.LayerNorm(eps 1e-5),
 * GELU(approximate='tanh') written as x·σ(2u) = ½x(1 + tanh u), causal softmax attention, cross-entropy);
 * the tests compare losses and gradients with PyTorch.
 */
import { tf } from '../tf';
import { ownedVariable } from '../kernels/wasmRuntime';
import { attentionKernel, attentionKernelAvailable } from '../kernels/attention';
import { geluKernel, geluKernelAvailable, layerNormKernel, layerNormKernelAvailable } from '../kernels/elementwise';
import { crossEntropyKernel, crossEntropyKernelAvailable, embedKernel, embedKernelAvailable } from '../kernels/embedLoss';
import { gemmKernel2d, gemmKernelAvailable } from '../kernels/gemm';
import { colSumKernel2d, colSumKernelAvailable, weightGradKernel, weightGradKernelAvailable } from '../kernels/linearGrad';

/**
 * Typed wrapper over tf.customGrad: `f(save, ...inputs)` returns the value and its gradient function, which
 * gets dy (shaped like the value, type R) and returns one gradient per input, in order.
 */
function custom<A extends tf.Tensor[], R extends tf.Tensor>(
  f: (save: tf.GradSaveFunc, ...inputs: A) => { value: tf.Tensor; gradFunc: (dy: R, saved: tf.Tensor[]) => tf.Tensor[] },
): (...inputs: A) => R {
  const g = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const save = args.pop() as tf.GradSaveFunc;
    const r = f(save, ...(args as A));
    return { value: r.value, gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => r.gradFunc(dy as R, saved) };
  });
  return (...inputs: A) => g(...inputs) as R;
}

/**
 * A trainable variable initialised from `init`, which is disposed (tf.variable shares init's data and would
 * otherwise leave the initialiser counted as a live tensor); on wasm its buffer is cache-line aligned.
 */
export function trainable(init: tf.Tensor): tf.Variable {
  return ownedVariable(init, true);
}

/** Kept ones-rows [1, n] used for column sums, shared by all models of the engine. */
const onesRows = new Map<number, tf.Tensor2D>();

function onesRow(n: number): tf.Tensor2D {
  const cached = onesRows.get(n);
  if (cached && !cached.isDisposed) return cached;
  const t = tf.keep(tf.ones([1, n]) as tf.Tensor2D);
  onesRows.set(n, t);
  return t;
}

/** Σ over rows of a [n, m] matrix → [m], as ones[1, n]·x (XNNPACK on wasm; tf.sum(x, 0) transposes first). */
export function colSum(x: tf.Tensor2D): tf.Tensor1D {
  if (colSumKernelAvailable(x)) return colSumKernel2d(x);
  return tf.reshape(tf.matMul(onesRow(x.shape[0]), x), [x.shape[1]]) as tf.Tensor1D;
}

/**
 * Batched product by depthwise convolution: a [K, M, G] and b [K, G, N] (K the contracted axis, G the
 * batch) → c [M, G, N] with c[m, g, n] = Σₖ a[k, m, g]·b[k, g, n]. No gradient (used inside custom grads).
 */
export function contract(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  const [K, M, G] = a.shape;
  const N = b.shape[2];
  if (b.shape[0] !== K || b.shape[1] !== G) throw new Error(`contract: shapes ${a.shape} and ${b.shape} do not match`);
  const out = tf.depthwiseConv2d(tf.reshape(a, [1, K, M, G]) as tf.Tensor4D, tf.reshape(b, [K, 1, G, N]) as tf.Tensor4D, 1, 'valid');
  return tf.reshape(out, [M, G, N]) as tf.Tensor3D;
}

/** y = x·Wᵀ + b, W [out, in] (nn.Linear). b may be omitted (pass undefined). */
export function linear(x: tf.Tensor2D, w: tf.Tensor2D, b?: tf.Tensor1D): tf.Tensor2D {
  return b ? linearBias(x, w, b) : linearNoBias(x, w);
}

/**
 * dW[o, i] = Σₙ dy[n, o]·x[n, i] as a depthwise convolution over n (one group): no transpose of the
 * [n, ·] activations at all (an explicit transpose + matMul measured ~1.4× slower on wasm).
 */
function weightGrad(dy: tf.Tensor2D, x: tf.Tensor2D): tf.Tensor2D {
  if (weightGradKernelAvailable(x)) return weightGradKernel(dy, x);
  const [n, out] = dy.shape;
  const inn = x.shape[1];
  return tf.reshape(contract(tf.reshape(dy, [n, out, 1]) as tf.Tensor3D, tf.reshape(x, [n, 1, inn]) as tf.Tensor3D), [out, inn]) as tf.Tensor2D;
}

/** a·b (+ bias): the wasm gemm kernel where it applies (kernels/gemm.ts), else XNNPACK's (fused) matMul. */
function matMul(a: tf.Tensor2D, b: tf.Tensor2D, bias?: tf.Tensor1D): tf.Tensor2D {
  if (gemmKernelAvailable(b)) return gemmKernel2d(a, b, bias);
  return (bias ? tf.fused.matMul({ a, b, bias }) : tf.matMul(a, b)) as tf.Tensor2D;
}

/** x·Wᵀ (+ bias) for W [out, in]: the gemm kernel transposes the small W itself, else an explicit transpose. */
function matMulWt(x: tf.Tensor2D, w: tf.Tensor2D, bias?: tf.Tensor1D): tf.Tensor2D {
  if (gemmKernelAvailable(w, true)) return gemmKernel2d(x, w, bias, true);
  return matMul(x, tf.transpose(w), bias);
}

const linearBias = custom<[tf.Tensor2D, tf.Tensor2D, tf.Tensor1D], tf.Tensor2D>((save, x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D) => {
  save([x, w]);
  return {
    value: matMulWt(x, w, b),
    gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as tf.Tensor2D[];
      return [matMul(dy, ws), weightGrad(dy, xs), colSum(dy)];
    },
  };
})

const linearNoBias = custom<[tf.Tensor2D, tf.Tensor2D], tf.Tensor2D>((save, x: tf.Tensor2D, w: tf.Tensor2D) => {
  save([x, w]);
  return {
    value: matMulWt(x, w),
    gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as tf.Tensor2D[];
      return [matMul(dy, ws), weightGrad(dy, xs)];
    },
  };
})

const LN_EPS = 1e-5;

/**
 * LayerNorm over the last axis of [n, d] (biased variance, eps 1e-5), gain g and bias b [d]: one wasm pass
 * each way (kernels/elementwise.ts) where available, else the tfjs-op version below.
 */
export function layerNorm(x: tf.Tensor2D, g: tf.Tensor1D, b: tf.Tensor1D): tf.Tensor2D {
  return layerNormKernelAvailable(x) ? layerNormKernel(x, g, b, LN_EPS) : layerNormOps(x, g, b);
}

const layerNormOps = custom<[tf.Tensor2D, tf.Tensor1D, tf.Tensor1D], tf.Tensor2D>((save, x: tf.Tensor2D, g: tf.Tensor1D, b: tf.Tensor1D) => {
  const d = x.shape[1];
  const xc = tf.sub(x, tf.mean(x, -1, true));
  const rstd = tf.rsqrt(tf.add(tf.mean(tf.mul(xc, xc), -1, true), LN_EPS));
  const xhat = tf.mul(xc, rstd);
  save([xhat, rstd, g]);
  return {
    value: tf.add(tf.mul(xhat, g), b),
    gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
      const [xh, rs, gs] = saved as tf.Tensor2D[];
      const dxhat = tf.mul(dy, gs);
      // dx = rstd·(dxhat − mean(dxhat) − xhat·mean(dxhat⊙xhat))
      const m1 = tf.sum(dxhat, -1, true);
      const m2 = tf.sum(tf.mul(dxhat, xh), -1, true);
      const dx = tf.mul(tf.sub(tf.sub(dxhat, tf.div(m1, d)), tf.mul(xh, tf.div(m2, d))), rs);
      return [dx, colSum(tf.mul(dy, xh) as tf.Tensor2D), colSum(dy)];
    },
  };
})

const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_A = 0.044715;

/** GELU tanh approximation: ½x(1 + tanh u) = x·σ(2u), u = √(2/π)(x + 0.044715x³); x·x·x, never pow. */
export function gelu(x: tf.Tensor2D): tf.Tensor2D {
  return geluKernelAvailable(x) ? geluKernel(x) : geluOps(x);
}

const geluOps = custom<[tf.Tensor2D], tf.Tensor2D>((save, x: tf.Tensor2D) => {
  const x2 = tf.mul(x, x);
  const s = tf.sigmoid(tf.mul(tf.mul(x, tf.add(tf.mul(x2, GELU_A), 1)), 2 * GELU_C));
  save([x, x2, s]);
  return {
    value: tf.mul(x, s),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, x2s, ss] = saved;
      // d/dx x·σ(2u) = σ + x·σ(1−σ)·2u′, u′ = √(2/π)(1 + 3·0.044715x²)
      const du = tf.mul(tf.add(tf.mul(x2s, 3 * GELU_A), 1), 2 * GELU_C);
      const grad = tf.add(ss, tf.mul(tf.mul(xs, tf.mul(ss, tf.sub(1, ss))), du));
      return [tf.mul(dy, grad)];
    },
  };
})

/**
 * Mean cross-entropy of logits [n, V] against one-hot targets [n, V] (F.cross_entropy): one wasm pass for
 * softmax and row statistics where available (kernels/embedLoss.ts), else the tfjs-op version below.
 */
export function crossEntropy(logits: tf.Tensor2D, target: tf.Tensor2D): tf.Scalar {
  return crossEntropyKernelAvailable(logits) ? crossEntropyKernel(logits, target) : crossEntropyOps(logits, target);
}

const crossEntropyOps = custom<[tf.Tensor2D, tf.Tensor2D], tf.Scalar>((save, logits: tf.Tensor2D, target: tf.Tensor2D) => {
  const n = logits.shape[0];
  const logp = tf.logSoftmax(logits);
  save([logp, target]);
  return {
    value: tf.div(tf.neg(tf.sum(tf.mul(target, logp))), n),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [lp, t] = saved;
      const g = tf.mul(tf.sub(tf.exp(lp), t), tf.div(dy, n));
      // One-hot targets are data, but customGrad needs a gradient for every input.
      return [g, tf.mul(tf.neg(lp), tf.div(dy, n))];
    },
  };
})

/**
 * Token + learned positional embedding: x[b·T + t] = E[tok] + P[t]. With the token ids (int32 [B·T]) on wasm,
 * a row lookup and a scatter-add (kernels/embedLoss.ts); otherwise E as oneHot·E (no gather: its gradient
 * needs UnsortedSegmentSum, which wasm lacks). The one-hot matrix, its transpose and the ids are batch data.
 */
export function embed(oneHot: tf.Tensor2D, oneHotT: tf.Tensor2D, e: tf.Tensor2D, p: tf.Tensor2D, B: number, T: number, ids?: tf.Tensor1D): tf.Tensor2D {
  const d = e.shape[1];
  if (ids && embedKernelAvailable(d)) return embedKernel(ids, e, p, colSum);
  const f = custom<[tf.Tensor2D, tf.Tensor2D], tf.Tensor2D>((_save, ee: tf.Tensor2D, pp: tf.Tensor2D) => ({
    value: tf.reshape(tf.add(tf.reshape(tf.matMul(oneHot, ee), [B, T, d]), pp), [B * T, d]),
    gradFunc: (dy: tf.Tensor2D) => {
      const rows = tf.reshape(dy, [B, T * d]) as tf.Tensor2D;
      if (colSumKernelAvailable(rows)) return [tf.matMul(oneHotT, dy), tf.reshape(colSumKernel2d(rows), [T, d])];
      // A copy, not a reshape of dy: see "operator cache" in the header.
      const dyRows = tf.reshape(tf.add(dy, 0), [B, T * d]);
      return [tf.matMul(oneHotT, dy), tf.reshape(tf.matMul(onesRow(B), dyRows), [T, d])];
    },
  }))
  return f(e, p);
}

/**
 * Causal multi-head attention core: q, k, v [B·T, d] (rows b·T + t, head h in columns h·dh…) → o [B·T, d]
 * with o = softmax(q·kᵀ/√dh + mask)·v per (b, h). `mask` is [T, 1, T] (0 / −1e9). `onMax` receives the
 * max pre-softmax logit per head ([H], mask excluded) of this call.
 *
 * Internally scores live as [i, g, j] (query, batch·head, key), the natural output layout of `contract`,
 * so softmax runs over the innermost axis and each product needs only small 3-D transposes.
 */
export function attention(q: tf.Tensor2D, k: tf.Tensor2D, v: tf.Tensor2D, B: number, T: number, H: number, mask: tf.Tensor3D, onMax?: (m: tf.Tensor1D) => void): tf.Tensor2D {
  const d = q.shape[1];
  const dh = d / H;
  const G = B * H;
  const scale = 1 / Math.sqrt(dh);
  // [b, t, h, e] views → the layouts contract() wants.
  const asKMG = (x: tf.Tensor): tf.Tensor3D => tf.reshape(tf.transpose(tf.reshape(x, [B, T, H, dh]), [3, 1, 0, 2]), [dh, T, G]); // [e, t, g]
  const asKGN = (x: tf.Tensor): tf.Tensor3D => tf.reshape(tf.transpose(tf.reshape(x, [B, T, H, dh]), [3, 0, 2, 1]), [dh, G, T]); // [e, g, t]
  const asTGE = (x: tf.Tensor): tf.Tensor3D => tf.reshape(tf.transpose(tf.reshape(x, [B, T, H, dh]), [1, 0, 2, 3]), [T, G, dh]); // [t, g, e]
  const back = (x: tf.Tensor3D): tf.Tensor2D => tf.reshape(tf.transpose(tf.reshape(x, [T, B, H, dh]), [1, 0, 2, 3]), [B * T, d]); // [t,g,e] → rows
  const f = custom<[tf.Tensor2D, tf.Tensor2D, tf.Tensor2D], tf.Tensor2D>((save, qq: tf.Tensor2D, kk: tf.Tensor2D, vv: tf.Tensor2D) => {
    const s = tf.add(contract(asKMG(tf.mul(qq, scale)), asKGN(kk)), mask); // [i, g, j]
    if (onMax) onMax(tf.max(tf.reshape(tf.max(s, [0, 2]), [B, H]), 0) as tf.Tensor1D);
    const pr = tf.softmax(s) as tf.Tensor3D;
    const o = contract(tf.transpose(pr, [2, 0, 1]), asTGE(vv)); // [j,i,g]·[j,g,e] → [i, g, e]
    save([qq, kk, vv, pr]);
    return {
      value: back(o),
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
        const [qs, ks, vs, p] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor3D];
        const dP = contract(asKMG(dy), asKGN(vs)); // [i, g, j]
        const dV = contract(tf.transpose(p, [0, 2, 1]), asTGE(dy)); // [i,j,g]·[i,g,e] → [j, g, e]
        const dS = tf.mul(p, tf.sub(dP, tf.sum(tf.mul(dP, p), -1, true))) as tf.Tensor3D; // softmax backward
        const dQ = contract(tf.transpose(dS, [2, 0, 1]), asTGE(ks)); // [j,i,g]·[j,g,e] → [i, g, e]
        const dK = contract(tf.transpose(dS, [0, 2, 1]), asTGE(qs)); // [i,j,g]·[i,g,e] → [j, g, e]
        return [tf.mul(back(dQ), scale), tf.mul(back(dK), scale), back(dV)];
      },
    };
  })
  return f(q, k, v);
}

/**
 * Causal multi-head attention on a fused qkv activation [B·T, 3d] (q, k, v column blocks) → [B·T, d]: the
 * SIMD wasm kernels of kernels/attention.ts where they apply (no split, transposes or mask), else `attention`
 * above on the split q, k, v. `mask` is called only on the fallback path.
 */
export function causalAttention(qkv: tf.Tensor2D, B: number, T: number, H: number, mask: () => tf.Tensor3D, onMax?: (m: tf.Tensor1D) => void): tf.Tensor2D {
  if (attentionKernelAvailable(T, qkv.shape[1] / 3, H)) return attentionKernel(qkv, B, T, H, onMax);
  const [q, k, v] = tf.split(qkv, 3, 1) as tf.Tensor2D[];
  return attention(q, k, v, B, T, H, mask(), onMax);
}

/** Additive causal mask [T, 1, T] for scores laid out [query, batch·head, key]: 0 at j ≤ i, −1e9 above. */
export function causalMask(T: number): tf.Tensor3D {
  const data = new Float32Array(T * T);
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) data[i * T + j] = -1e9;
  return tf.tensor3d(data, [T, 1, T]);
}
