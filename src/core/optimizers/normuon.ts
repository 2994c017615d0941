/**
 * NorMuon (Li et al., "NorMuon: Making Muon more efficient and scalable", arXiv 2510.05491), as in
 * microsoft/dion dion/normuon.py @ 0a059a4 (class NorMuon, MIT), single device, float32.
 *
 * Muon's orthogonalised momentum, then a per-neuron (per-row) second-moment normalisation that keeps the
 * update's Frobenius norm. Per hidden ≥ 2-D parameter, with lr = baseLr·λ:
 *   M ← μM + G;  U ← nesterov ? μM + G : M
 *   O ← PolarExpress(U)  (5 steps, X/(‖X‖_F·1.02 + epsilon); `usePolarExpress` false: dion's
 *       zeropower_via_newtonschulz5, 5 per-step quintics, X/(‖X‖_F + epsilon))
 *   per matrix [rows, cols]:  v ← lerp(v, mean_cols(O²), 1 − muonBeta2);  N ← O / (√v + 1e-8)
 *                             N ← N · ‖O‖_F / max(‖N‖_F, 1e-8)
 *   p ← p(1 − lr·wd)   (`cautiousWd`: p ← p − lr·wd·p only where p·N ≥ 0)
 *   p ← p − lr·s·N,  s = √(rows/cols) ("spectral_norm"), 0.2·√max(rows, cols) ("rms_norm"), 1 (null)
 * Matrices: a ≥ 3-D weight is orthogonalised as [shape[0], rest] with `flatten`, else as a batch of its
 * trailing [rows, cols] matrices; the normalisation and its variance buffer always use the trailing two
 * dimensions (the reference's `param[..., 0:1]`), the LR scale the orthogonalised view.
 * Defaults (the reference constructor's): lr 0.01, mu 0.95, muonBeta2 0.95, betas [0.9, 0.95],
 * weightDecay 0.01, cautiousWd false, epsilon 1e-8, nesterov false, adjustLr "spectral_norm", flatten false,
 * usePolarExpress true.
 *
 * Every other parameter (embeddings, head, norms, biases, 1-D) is in the reference's "adamw" group: AdamW
 * (`torch._fused_adamw_`, i.e. torch AdamW) with the optimizer's betas, weightDecay, epsilon, cautiousWd and
 * lr unless `fallback` overrides them ({lr, betas, weightDecay, epsilon}) — dion's per-group settings.
 * State: M (1×) and v (rows per matrix) of each NorMuon param, AdamW's m and v for the rest.
 * Departures: the reference casts the Newton–Schulz input to bfloat16; here it stays float32 (SPEC §11).
 * Tall matrices are transposed before the iteration instead of iterating on XᵀX (same polynomial, another
 * float order). Distributed sharding, `split_sizes`, `num_heads`, Triton and Gram Newton–Schulz are not options.
 */
import { tf } from '../tf';
import { NsInputCapture } from './nsCapture';
import { NS_PRESETS, newtonSchulz } from '../newtonSchulz';
import type { NsTriple } from '../newtonSchulz';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamGroupInfo, TensorMap } from './types';
import { OptimizerConfigError } from './types';
import { betas, bool, checkKnownKeys, lr, num, tensorBytes } from './options';
import { checkGrads, checkLambda, checkNames, disposeState, groupInfo, stepSubset } from './stateUtils';
import { isMuonParam } from './muon';
import { createAdam } from './adam';
import { ownedVariable } from '../kernels/wasmRuntime';
import { OPTIMIZER_DEFAULTS } from './defaults';

import { NORMUON_ADJUST_LR, normuonScale } from './muonLrScale';
import type { NorMuonAdjustLr } from './muonLrScale';

export { NORMUON_ADJUST_LR };
export type { NorMuonAdjustLr };

/** dion's zeropower_via_newtonschulz5 per-step quintics (`usePolarExpress: false`). */
export const DION_NS5: readonly NsTriple[] = Object.freeze([
  [4.0848, -6.8946, 2.927],
  [3.9505, -6.3029, 2.6377],
  [3.7418, -5.5913, 2.3037],
  [2.8769, -3.1427, 1.2046],
  [2.8366, -3.0525, 1.2012],
] as NsTriple[]);

export interface NorMuonOptions {
  lr: number;
  mu: number;
  muonBeta2: number;
  betas: [number, number];
  weightDecay: number;
  cautiousWd: boolean;
  epsilon: number;
  nesterov: boolean;
  adjustLr: NorMuonAdjustLr;
  flatten: boolean;
  usePolarExpress: boolean;
}

const N = OPTIMIZER_DEFAULTS.normuon;
export const NORMUON_DEFAULTS: Readonly<NorMuonOptions> = Object.freeze({
  lr: N.lr, mu: N.mu, muonBeta2: N.muonBeta2, betas: N.betas, weightDecay: N.weightDecay, cautiousWd: N.cautiousWd, epsilon: N.epsilon,
  nesterov: N.nesterov, adjustLr: N.adjustLr, flatten: N.flatten, usePolarExpress: N.usePolarExpress,
});

const FALLBACK_KEYS = ['lr', 'betas', 'weightDecay', 'epsilon'] as const;

export interface NorMuonFallback {
  lr: number;
  betas: [number, number];
  weightDecay: number;
  epsilon: number;
}

export function normuonOptions(cfg: OptimizerConfig): NorMuonOptions {
  checkKnownKeys(cfg, [...Object.keys(NORMUON_DEFAULTS), 'fallback']);
  const d = NORMUON_DEFAULTS;
  const adjust = cfg.adjustLr === undefined ? d.adjustLr : cfg.adjustLr;
  if (!NORMUON_ADJUST_LR.includes(adjust as NorMuonAdjustLr)) {
    throw new OptimizerConfigError(`invalid ${cfg.type}.adjustLr: ${JSON.stringify(adjust)} (expected "spectral_norm", "rms_norm" or null)`);
  }
  return {
    lr: lr(cfg, d.lr),
    mu: num(cfg, 'mu', d.mu, { min: 0 }),
    muonBeta2: num(cfg, 'muonBeta2', d.muonBeta2, { min: 0, max: 1 }),
    betas: betas(cfg, d.betas),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    cautiousWd: bool(cfg, 'cautiousWd', d.cautiousWd),
    epsilon: num(cfg, 'epsilon', d.epsilon, { min: 0 }),
    nesterov: bool(cfg, 'nesterov', d.nesterov),
    adjustLr: adjust as NorMuonAdjustLr,
    flatten: bool(cfg, 'flatten', d.flatten),
    usePolarExpress: bool(cfg, 'usePolarExpress', d.usePolarExpress),
  };
}

/** The AdamW group's settings: the optimizer's own unless `fallback` overrides them (dion per-group options). */
export function normuonFallback(cfg: OptimizerConfig, o: NorMuonOptions): NorMuonFallback {
  const raw = cfg.fallback === undefined ? {} : cfg.fallback;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new OptimizerConfigError(`invalid ${cfg.type}.fallback: ${JSON.stringify(raw)} (expected an object)`);
  }
  const sub: OptimizerConfig = { ...(raw as Record<string, unknown>), type: cfg.type };
  checkKnownKeys(sub, FALLBACK_KEYS, 'fallback');
  return {
    lr: lr(sub, o.lr, 'fallback'),
    betas: betas(sub, o.betas, 'fallback'),
    weightDecay: num(sub, 'weightDecay', o.weightDecay, { min: 0 }, 'fallback'),
    epsilon: num(sub, 'epsilon', o.epsilon, { min: 0 }, 'fallback'),
  };
}

const prod = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/** Views of one parameter: the normalisation's [batch, rows, cols] and the orthogonalisation's. */
interface MatrixViews {
  norm: [number, number, number];
  ortho: [number, number, number];
  /** Update scale of the orthogonalised view (adjustLr). */
  scale: number;
}

function matrixViews(shape: readonly number[], o: NorMuonOptions): MatrixViews {
  const trailing: [number, number, number] = [prod(shape.slice(0, -2)), shape[shape.length - 2], shape[shape.length - 1]];
  const ortho: [number, number, number] = o.flatten && shape.length >= 3 ? [1, shape[0], prod(shape.slice(1))] : trailing;
  const [fanOut, fanIn] = o.flatten ? [shape[0], prod(shape.slice(1))] : [trailing[1], trailing[2]];
  return { norm: trailing, ortho, scale: normuonScale(fanOut, fanIn, o.adjustLr) };
}

class NorMuon implements Optimizer {
  readonly type = 'normuon';
  private readonly orthoParams: NamedParam[];
  private readonly restParams: NamedParam[];
  private readonly momentum = new Map<string, tf.Variable>();
  private readonly variance = new Map<string, tf.Variable>();
  private readonly views = new Map<string, MatrixViews>();
  private readonly fallback: Optimizer | undefined;
  private readonly nsInputs = new NsInputCapture();

  constructor(
    private readonly params: NamedParam[],
    private readonly o: NorMuonOptions,
    private readonly fb: NorMuonFallback,
  ) {
    checkNames(this.type, params);
    this.orthoParams = params.filter(isMuonParam);
    this.restParams = params.filter((p) => !isMuonParam(p));
    this.fallback = this.restParams.length
      ? createAdam('normuon.fallback', this.restParams, { lr: fb.lr, betas: fb.betas, eps: fb.epsilon, weightDecay: fb.weightDecay, amsgrad: false, cautiousWd: o.cautiousWd }, true)
      : undefined;
    for (const p of this.orthoParams) {
      const v = matrixViews(p.variable.shape, o);
      this.views.set(p.name, v);
      this.momentum.set(p.name, ownedVariable(tf.zerosLike(p.variable), false));
      this.variance.set(p.name, ownedVariable(tf.zeros([v.norm[0], v.norm[1], 1]), false));
    }
  }

  private orthogonalise(u: tf.Tensor, view: [number, number, number]): tf.Tensor {
    const [batch, rows, cols] = view;
    const o = this.o;
    const ns = { coefficients: o.usePolarExpress ? NS_PRESETS.polar_express.coefficients : [...DION_NS5], steps: 5, normalize: o.usePolarExpress ? 'polar_express' : 'frobenius', eps: o.epsilon } as const;
    const mats = batch === 1 ? [tf.reshape(u, [rows, cols]) as tf.Tensor2D] : (tf.unstack(tf.reshape(u, [batch, rows, cols])) as tf.Tensor2D[]);
    const out = mats.map((m) => newtonSchulz(m, ns));
    return batch === 1 ? out[0] : tf.stack(out);
  }

  step(grads: TensorMap, lambda: number): void {
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const o = this.o;
    const lrT = o.lr * lambda;
    const w = 1 - o.muonBeta2;
    for (const p of this.orthoParams) {
      const g = grads[p.name];
      const m = this.momentum.get(p.name) as tf.Variable;
      const vBuf = this.variance.get(p.name) as tf.Variable;
      const view = this.views.get(p.name) as MatrixViews;
      tf.tidy(() => {
        const mNew = tf.add(tf.mul(m, o.mu), g);
        const u = o.nesterov ? tf.add(tf.mul(mNew, o.mu), g) : mNew;
        this.nsInputs.record(p.name, () => tf.reshape(u, [view.ortho[0] * view.ortho[1], view.ortho[2]]));
        const x = tf.reshape(this.orthogonalise(u, view.ortho), view.norm);
        const normX = tf.sqrt(tf.sum(tf.square(x), [1, 2], true));
        const neuron = tf.mean(tf.mul(x, x), 2, true);
        // torch.lerp: start + w·(end − start) for w < 0.5, else end − (end − start)·(1 − w).
        const vNew = w < 0.5 ? tf.add(vBuf, tf.mul(tf.sub(neuron, vBuf), w)) : tf.sub(neuron, tf.mul(tf.sub(neuron, vBuf), 1 - w));
        let n = tf.div(x, tf.add(tf.sqrt(vNew), 1e-8));
        const normN = tf.maximum(tf.sqrt(tf.sum(tf.square(n), [1, 2], true)), 1e-8);
        n = tf.reshape(tf.mul(n, tf.div(normX, normN)), p.variable.shape);
        let pNew: tf.Tensor = p.variable;
        if (o.cautiousWd) {
          // mask = min(sign(p·N) + 1, 1): decay only where the parameter and the update agree in sign.
          const mask = tf.minimum(tf.add(tf.sign(tf.mul(p.variable, n)), 1), 1);
          pNew = tf.sub(pNew, tf.mul(tf.mul(p.variable, mask), lrT * o.weightDecay));
        } else {
          pNew = tf.mul(pNew, 1 - lrT * o.weightDecay);
        }
        p.variable.assign(tf.sub(pNew, tf.mul(n, lrT * view.scale)));
        m.assign(mNew);
        vBuf.assign(vNew);
      });
    }
    stepSubset(this.fallback, this.restParams, grads, lambda);
  }

  /** Same contract as Muon's (spectrum snapshots): the last orthogonalisation input, [rows, cols] view. */
  captureNsInputs(on: boolean): void {
    this.nsInputs.set(on);
  }

  nsInput(param: string): { shape: number[]; values: Float32Array } | undefined {
    return this.momentum.has(param) ? this.nsInputs.read(param) : undefined;
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('normuon', 'normuon', this.o.lr, this.orthoParams), groupInfo('adamw', 'adamw', this.fb.lr, this.restParams)];
  }

  stateBytes(): number {
    return tensorBytes([...this.momentum.values(), ...this.variance.values()]) + (this.fallback ? this.fallback.stateBytes() : 0);
  }

  dispose(): void {
    disposeState(this.momentum);
    disposeState(this.variance);
    this.captureNsInputs(false);
    this.fallback?.dispose();
  }
}

export const normuonFactories: Record<string, OptimizerFactory> = {
  normuon: (params, cfg) => {
    const o = normuonOptions(cfg);
    return new NorMuon(params, o, normuonFallback(cfg, o));
  },
};
