/**
 * char_lm: a decoder-only character transformer (GPT-2 style, SPEC §6).
 *
 *   x = E[tok] + P[pos]
 *   per block (pre-norm):  x += proj(causalMHA(LN₁(x)))   with a fused qkv weight [3d, d]
 *                          x += fc₂(GELU_tanh(fc₁(LN₂(x))))  hidden width 4d
 *   logits = LN_f(x) · Hᵀ   (H = E when the head is tied)
 *   loss = mean cross-entropy of the next character
 *
 * Init like GPT-2 / nanoGPT: every weight and embedding N(0, 0.02), residual projections (attn.proj, mlp.proj)
 * N(0, 0.02/√(2·layers)), biases 0, LayerNorm gains 1. Weights are drawn by our own seeded PRNG so that every
 * backend starts from bitwise identical values.
 *
 * Written for speed on the wasm backend (PERF-NOTES.md); the layers with hand-written gradients are in
 * layers.ts. On wasm they run mostly as generated SIMD kernels (src/core/kernels/: attention read straight
 * from the fused qkv activation, one-pass LayerNorm/GELU/cross-entropy, row-lookup embedding, weight
 * gradients); elsewhere as tfjs ops (attention products as depthwise convolutions, column sums as ones-row
 * matmuls, linear layers as x·Wᵀ with an explicit transpose of the small W, the embedding as oneHot·E since
 * tf.gather's gradient needs UnsortedSegmentSum, GELU with x·x·x, the 1/√dₕ scale folded into q and the
 * causal mask a precomputed additive constant). fastGrads.ts (imported here) makes any remaining matMul
 * gradient avoid the slow transpose flags.
 */
import { tf } from '../tf';
import './fastGrads';
import type { CharLmTaskConfig } from '../config/types';
import type { NamedParam, ParamRole, QkStat } from '../optimizers/types';
import { loadCorpus, type Corpus } from './corpus';
import { causalAttention, causalMask, crossEntropy, embed, gelu, layerNorm, linear, trainable } from './layers';
import { mixSeed, Prng } from './prng';
import { TaskConfigError, type Task, type TaskBatch, type TaskEval, type TaskOptions } from './types';
import { CHAR_LM_DEFAULTS } from './defaults';


const INIT_STD = 0.02;

/** Model shape, independent of the corpus (the tests build it from PyTorch fixtures). */
export interface CharLmSpec {
  vocab: number;
  layers: number;
  dModel: number;
  heads: number;
  context: number;
  tiedHead: boolean;
}

interface CharLmBatch extends TaskBatch {
  readonly kind: 'char_lm';
  /** Sequences × positions. */
  readonly B: number;
  readonly T: number;
  readonly inputs: Int32Array;
  readonly targets: Int32Array;
  /** oneHot(inputs) [B·T, vocab], its transpose [vocab, B·T] (embedding gradient), oneHot(targets) [B·T, vocab]. */
  readonly inputOneHot: tf.Tensor2D;
  readonly inputOneHotT: tf.Tensor2D;
  readonly targetOneHot: tf.Tensor2D;
  /** The inputs as an int32 tensor [B·T] (row-lookup embedding on wasm). */
  readonly inputIds: tf.Tensor1D;
}

function oneHotTensor(ids: Int32Array, v: number): tf.Tensor2D {
  return tf.tensor2d(oneHotData(ids, v), [ids.length, v]);
}

function oneHotTransposed(ids: Int32Array, v: number): tf.Tensor2D {
  const n = ids.length;
  const data = new Float32Array(n * v);
  for (let i = 0; i < n; i++) data[ids[i] * n + i] = 1;
  return tf.tensor2d(data, [v, n]);
}

/** Builds a batch from token ids (row-major [B, T]); the caller owns the tensors (kept: safe to build inside tidy). */
export function makeCharLmBatch(inputs: Int32Array, targets: Int32Array, B: number, T: number, vocab: number): CharLmBatch {
  if (inputs.length !== B * T || targets.length !== B * T) throw new Error(`batch needs ${B}×${T} ids`);
  for (let i = 0; i < inputs.length; i++) {
    if (!(inputs[i] >= 0 && inputs[i] < vocab && targets[i] >= 0 && targets[i] < vocab)) throw new Error(`token id out of range [0, ${vocab})`);
  }
  return {
    kind: 'char_lm', B, T, inputs, targets, inputIds: tf.keep(tf.tensor1d(inputs, 'int32')),
    inputOneHot: tf.keep(oneHotTensor(inputs, vocab)), inputOneHotT: tf.keep(oneHotTransposed(inputs, vocab)), targetOneHot: tf.keep(oneHotTensor(targets, vocab)),
  };
}

export function disposeCharLmBatch(b: CharLmBatch | undefined): void {
  if (!b) return;
  b.inputOneHot.dispose();
  b.inputIds.dispose();
  b.inputOneHotT.dispose();
  b.targetOneHot.dispose();
}

interface BlockParams {
  ln1g: tf.Variable; ln1b: tf.Variable;
  qkv: tf.Variable; qkvB: tf.Variable;
  proj: tf.Variable; projB: tf.Variable;
  ln2g: tf.Variable; ln2b: tf.Variable;
  fc: tf.Variable; fcB: tf.Variable;
  fc2: tf.Variable; fc2B: tf.Variable;
}

/** The transformer itself: parameters and a forward pass; no data. */
export class CharLmModel {
  readonly params: NamedParam[] = [];
  private readonly blocks: BlockParams[] = [];
  private readonly tokEmb: tf.Variable;
  private readonly posEmb: tf.Variable;
  private readonly lnFg: tf.Variable;
  private readonly lnFb: tf.Variable;
  private readonly head: tf.Variable;
  /** Causal masks by sequence length: [T, 1, T], 0 on and below the diagonal, −1e9 above. */
  private readonly masks = new Map<number, tf.Tensor3D>();

  constructor(readonly spec: CharLmSpec, seed: number) {
    const { vocab: V, layers: L, dModel: d, heads: H, context } = spec;
    if (!(d > 0 && H > 0 && d % H === 0)) throw new TaskConfigError(`char_lm: dModel ${d} must be a positive multiple of heads ${H}`);
    if (!(L >= 1 && context >= 2 && V >= 2)) throw new TaskConfigError(`char_lm: need layers ≥ 1, context ≥ 2, vocab ≥ 2`);
    const rng = new Prng(mixSeed(seed, 0x11f7));
    const normal = (shape: number[], std: number): tf.Tensor =>
      tf.tensor(rng.normalArray(shape.reduce((a, b) => a * b, 1), std), shape);
    const add = (name: string, role: ParamRole, init: tf.Tensor): tf.Variable => {
      const variable = trainable(init);
      this.params.push({ name, variable, role });
      return variable;
    };
    const residStd = INIT_STD / Math.sqrt(2 * L);
    this.tokEmb = add('tokEmb', 'embedding', normal([V, d], INIT_STD));
    this.posEmb = add('posEmb', 'embedding', normal([context, d], INIT_STD));
    for (let l = 0; l < L; l++) {
      const p = `blocks.${l}`;
      this.blocks.push({
        ln1g: add(`${p}.ln1.weight`, 'norm', tf.ones([d])),
        ln1b: add(`${p}.ln1.bias`, 'bias', tf.zeros([d])),
        qkv: add(`${p}.attn.qkv`, 'hidden', normal([3 * d, d], INIT_STD)),
        qkvB: add(`${p}.attn.qkv.bias`, 'bias', tf.zeros([3 * d])),
        proj: add(`${p}.attn.proj`, 'hidden', normal([d, d], residStd)),
        projB: add(`${p}.attn.proj.bias`, 'bias', tf.zeros([d])),
        ln2g: add(`${p}.ln2.weight`, 'norm', tf.ones([d])),
        ln2b: add(`${p}.ln2.bias`, 'bias', tf.zeros([d])),
        fc: add(`${p}.mlp.fc`, 'hidden', normal([4 * d, d], INIT_STD)),
        fcB: add(`${p}.mlp.fc.bias`, 'bias', tf.zeros([4 * d])),
        fc2: add(`${p}.mlp.proj`, 'hidden', normal([d, 4 * d], residStd)),
        fc2B: add(`${p}.mlp.proj.bias`, 'bias', tf.zeros([d])),
      });
    }
    this.lnFg = add('lnF.weight', 'norm', tf.ones([d]));
    this.lnFb = add('lnF.bias', 'bias', tf.zeros([d]));
    this.head = spec.tiedHead ? this.tokEmb : add('head', 'head', normal([V, d], INIT_STD));
  }

  private mask(T: number): tf.Tensor3D {
    let m = this.masks.get(T);
    if (!m) {
      m = tf.keep(causalMask(T));
      this.masks.set(T, m);
    }
    return m;
  }

  /**
   * Logits [B·T, vocab] and the per-layer, per-head max pre-softmax logit [layers, heads] (scale included,
   * masked positions excluded). Call inside tidy / variableGrads.
   */
  forward(batch: CharLmBatch): { logits: tf.Tensor2D; maxLogits: tf.Tensor2D } {
    const { B, T } = batch;
    const { dModel: d, heads: H, context } = this.spec;
    if (T > context) throw new Error(`sequence length ${T} exceeds context ${context}`);
    const pos = T === context ? this.posEmb : tf.slice(this.posEmb, [0, 0], [T, d]);
    let x = embed(batch.inputOneHot, batch.inputOneHotT, this.tokEmb as tf.Tensor2D, pos as tf.Tensor2D, B, T, batch.inputIds);
    const mask = (): tf.Tensor3D => this.mask(T);
    const maxes: tf.Tensor1D[] = [];
    for (const blk of this.blocks) {
      const h = layerNorm(x, blk.ln1g as tf.Tensor1D, blk.ln1b as tf.Tensor1D);
      const qkv = linear(h, blk.qkv as tf.Tensor2D, blk.qkvB as tf.Tensor1D);
      // The custom op's forward runs in its own scope: keep the statistic, freed after stacking below.
      const att = causalAttention(qkv, B, T, H, mask, (m) => maxes.push(tf.keep(m)));
      x = tf.add(x, linear(att, blk.proj as tf.Tensor2D, blk.projB as tf.Tensor1D));
      const h2 = layerNorm(x, blk.ln2g as tf.Tensor1D, blk.ln2b as tf.Tensor1D);
      const m = gelu(linear(h2, blk.fc as tf.Tensor2D, blk.fcB as tf.Tensor1D)) as tf.Tensor2D;
      x = tf.add(x, linear(m, blk.fc2 as tf.Tensor2D, blk.fc2B as tf.Tensor1D));
    }
    const xf = layerNorm(x, this.lnFg as tf.Tensor1D, this.lnFb as tf.Tensor1D);
    const logits = linear(xf, this.head as tf.Tensor2D);
    const maxLogits = tf.stack(maxes) as tf.Tensor2D;
    tf.dispose(maxes);
    return { logits, maxLogits };
  }

  /** Where head h's query and key rows live in a block's fused qkv weight. */
  qkRows(layer: number, head: number): Pick<QkStat, 'q' | 'k'> {
    const d = this.spec.dModel;
    const dh = d / this.spec.heads;
    const param = `blocks.${layer}.attn.qkv`;
    return {
      q: { param, rows: [head * dh, (head + 1) * dh] },
      k: { param, rows: [d + head * dh, d + (head + 1) * dh] },
    };
  }

  dispose(): void {
    for (const p of this.params) p.variable.dispose();
    for (const m of this.masks.values()) m.dispose();
    this.masks.clear();
  }
}

export { crossEntropy };

/** Labels drawn from softmax(logits) row by row with our PRNG (deterministic for a seed and backend). */
export function sampleLabels(logits: tf.Tensor2D, seed: number): Int32Array {
  const [n, v] = logits.shape;
  const probs = tf.tidy(() => tf.softmax(logits)).dataSync() as Float32Array;
  const rng = new Prng(mixSeed(seed, 0x5a3b));
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.categorical(probs, i * v, v);
  return out;
}

/** The char_lm task: a CharLmModel on a corpus, seeded batches, fixed validation batches. */
export class CharLmTask implements Task {
  readonly kind = 'char_lm' as const;
  readonly params: NamedParam[];
  readonly itemsPerBatch: number;
  readonly batchSize: number;
  readonly unigramEntropy: number;
  readonly model: CharLmModel;
  readonly corpus: Corpus;
  private readonly B: number;
  private readonly T: number;
  private current: CharLmBatch | undefined;
  private full: CharLmBatch | undefined;
  /** [layers, heads] max logits of the last loss() call (kept across tidy). */
  private lastMax: tf.Tensor2D | undefined;

  constructor(cfg: CharLmTaskConfig, private readonly seed: number, opts: TaskOptions = {}, private readonly evalBatches = CHAR_LM_DEFAULTS.evalBatches) {
    const D = CHAR_LM_DEFAULTS;
    this.corpus = loadCorpus(cfg.corpus, opts);
    const spec: CharLmSpec = {
      vocab: this.corpus.vocab.length,
      layers: positiveInt(cfg.layers ?? D.layers, 'layers'),
      dModel: positiveInt(cfg.dModel ?? D.dModel, 'dModel'),
      heads: positiveInt(cfg.heads ?? D.heads, 'heads'),
      context: positiveInt(cfg.context ?? D.context, 'context'),
      tiedHead: cfg.tiedHead ?? D.tiedHead,
    };
    this.B = positiveInt(cfg.batchSize ?? D.batchSize, 'batchSize');
    this.T = spec.context;
    if (this.corpus.val.length < this.T + 2 || this.corpus.train.length < this.T + 2) {
      throw new TaskConfigError(`char_lm: corpus too small for context ${this.T}`);
    }
    this.model = new CharLmModel(spec, seed);
    this.params = this.model.params;
    this.itemsPerBatch = this.B * this.T;
    this.batchSize = this.B * this.T;
    this.unigramEntropy = this.corpus.unigramEntropy;
  }

  /** B windows at offsets drawn from (seed, step): the same batch for the same step whatever the call order. */
  nextBatch(step: number): CharLmBatch {
    const { B, T } = this;
    const data = this.corpus.train;
    const rng = new Prng(mixSeed(this.seed, step, 0xba7c));
    const inputs = new Int32Array(B * T);
    const targets = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      const off = rng.int(data.length - T - 1);
      inputs.set(data.subarray(off, off + T), b * T);
      targets.set(data.subarray(off + 1, off + T + 1), b * T);
    }
    disposeCharLmBatch(this.current);
    this.current = makeCharLmBatch(inputs, targets, B, T, this.model.spec.vocab);
    return this.current;
  }

  /** Non-overlapping windows of the training split, at most maxFullBatchSequences of them (evenly spaced). */
  fullBatch(): CharLmBatch {
    if (!this.full) this.full = this.windows(this.corpus.train, CHAR_LM_DEFAULTS.maxFullBatchSequences);
    return this.full;
  }

  private windows(data: Int32Array, maxSeqs: number): CharLmBatch {
    const T = this.T;
    const available = Math.floor((data.length - 1) / T);
    const n = Math.max(1, Math.min(available, maxSeqs));
    const stride = Math.floor(available / n) * T;
    const inputs = new Int32Array(n * T);
    const targets = new Int32Array(n * T);
    for (let b = 0; b < n; b++) {
      const off = b * stride;
      inputs.set(data.subarray(off, off + T), b * T);
      targets.set(data.subarray(off + 1, off + T + 1), b * T);
    }
    return makeCharLmBatch(inputs, targets, n, T, this.model.spec.vocab);
  }

  loss(batch: TaskBatch): tf.Scalar {
    const b = asCharLm(batch);
    const { logits, maxLogits } = this.model.forward(b);
    this.lastMax?.dispose();
    this.lastMax = tf.keep(maxLogits);
    return crossEntropy(logits, b.targetOneHot);
  }

  sampledLoss(batch: TaskBatch, seed: number): tf.Scalar {
    const b = asCharLm(batch);
    const { logits } = this.model.forward(b);
    const sampled = tf.tensor2d(oneHotData(sampleLabels(logits, seed), this.model.spec.vocab), logits.shape);
    return crossEntropy(logits, sampled);
  }

  /** Mean loss over evalBatches fixed batches of windows evenly spaced over the validation split. */
  evaluate(): TaskEval {
    const data = this.corpus.val;
    const T = this.T;
    const nSeq = this.evalBatches * this.B;
    const span = data.length - T - 1;
    let total = 0;
    for (let e = 0; e < this.evalBatches; e++) {
      const inputs = new Int32Array(this.B * T);
      const targets = new Int32Array(this.B * T);
      for (let b = 0; b < this.B; b++) {
        const off = Math.floor(((e * this.B + b) * span) / Math.max(1, nSeq - 1));
        inputs.set(data.subarray(off, off + T), b * T);
        targets.set(data.subarray(off + 1, off + T + 1), b * T);
      }
      const batch = makeCharLmBatch(inputs, targets, this.B, T, this.model.spec.vocab);
      total += tf.tidy(() => crossEntropy(this.model.forward(batch).logits, batch.targetOneHot)).arraySync() as number;
      disposeCharLmBatch(batch);
      // Tidy released the forward's max-logit tensor; the last training stats stay as they were.
    }
    const valLoss = total / this.evalBatches;
    return { valLoss, valPerplexity: Math.exp(valLoss) };
  }

  qkStats(): QkStat[] {
    if (!this.lastMax) return [];
    const v = this.lastMax.dataSync();
    const { layers, heads } = this.model.spec;
    const out: QkStat[] = [];
    for (let l = 0; l < layers; l++) {
      for (let h = 0; h < heads; h++) out.push({ layer: l, head: h, maxLogit: v[l * heads + h], ...this.model.qkRows(l, h) });
    }
    return out;
  }

  dispose(): void {
    disposeCharLmBatch(this.current);
    disposeCharLmBatch(this.full);
    this.current = this.full = undefined;
    this.lastMax?.dispose();
    this.lastMax = undefined;
    this.model.dispose();
  }
}

function oneHotData(ids: Int32Array, v: number): Float32Array {
  const data = new Float32Array(ids.length * v);
  for (let i = 0; i < ids.length; i++) data[i * v + ids[i]] = 1;
  return data;
}

function asCharLm(batch: TaskBatch): CharLmBatch {
  if (batch.kind !== 'char_lm') throw new Error(`char_lm task got a ${batch.kind} batch`);
  return batch as CharLmBatch;
}

function positiveInt(v: number, name: string): number {
  if (!Number.isInteger(v) || v < 1) throw new TaskConfigError(`char_lm: ${name} must be a positive integer, got ${v}`);
  return v;
}
