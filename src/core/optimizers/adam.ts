/**
 * Adam and AdamW — PyTorch 1.13 `torch.optim.Adam` / `torch.optim.AdamW` (`_single_tensor_adam(w)`, the
 * non-capturable branch). Per parameter at step t (1-based), with lr = baseLr·λ(t):
 *
 *   adam:   g ← g + weightDecay·p                  (L2, coupled: the decay goes through the moments)
 *   adamw:  p ← p·(1 − lr·weightDecay)             (decoupled, before the moment update)
 *   m ← β₁·m + (1 − β₁)·g
 *   v ← β₂·v + (1 − β₂)·g²
 *   amsgrad:  v̂ ← max(v̂, v), used in place of v below
 *   p ← p − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + eps)
 *
 * The bias corrections are folded exactly as PyTorch does (step size lr/bc₁, eps added after dividing √v by
 * √bc₂), which differs from the paper's m̂/(√v̂ + eps) in where eps enters.
 * Defaults: lr 1e-3, betas [0.9, 0.999], eps 1e-8, amsgrad false; weightDecay 0 (adam), 0.01 (adamw).
 * State: m and v (2× parameter bytes), plus v̂ with amsgrad (3×). The step counter is a JS number.
 * References: Kingma & Ba, "Adam: A Method for Stochastic Optimization", 2015; Loshchilov & Hutter,
 * "Decoupled Weight Decay Regularization", 2019; Reddi et al., "On the Convergence of Adam and Beyond", 2018.
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory } from './types';
import { betas, bool, checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';

export interface AdamOptions {
  lr: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
}

export const ADAM_DEFAULTS: Readonly<AdamOptions> = Object.freeze({
  lr: 1e-3,
  betas: [0.9, 0.999] as [number, number],
  eps: 1e-8,
  weightDecay: 0,
  amsgrad: false,
});
export const ADAMW_DEFAULTS: Readonly<AdamOptions> = Object.freeze({ ...ADAM_DEFAULTS, weightDecay: 0.01 });

export function adamOptions(cfg: OptimizerConfig, defaults: Readonly<AdamOptions> = ADAM_DEFAULTS, path?: string): AdamOptions {
  checkKnownKeys(cfg, Object.keys(defaults), path);
  return {
    lr: lr(cfg, defaults.lr, path),
    betas: betas(cfg, defaults.betas, path),
    eps: num(cfg, 'eps', defaults.eps, { min: 0 }, path),
    weightDecay: num(cfg, 'weightDecay', defaults.weightDecay, { min: 0 }, path),
    amsgrad: bool(cfg, 'amsgrad', defaults.amsgrad, path),
  };
}

type AdamSlot = 'expAvg' | 'expAvgSq' | 'maxExpAvgSq';

/** Builds Adam (`decoupled` false, L2) or AdamW (`decoupled` true) over `params`. */
export function createAdam(type: string, params: readonly NamedParam[], o: AdamOptions, decoupled: boolean): Optimizer {
  const [b1, b2] = o.betas;
  return perParamOptimizer<AdamSlot>({
    type,
    params,
    baseLr: o.lr,
    slots: { expAvg: 0, expAvgSq: 0, maxExpAvgSq: o.amsgrad ? 0 : null },
    update: ({ name, param, grad, state, lr: stepLr, t }) => {
      let p = param;
      let g = grad;
      if (o.weightDecay !== 0) {
        if (decoupled) p = tf.mul(p, 1 - stepLr * o.weightDecay);
        else g = tf.add(g, tf.mul(p, o.weightDecay));
      }
      const expAvg = tf.add(tf.mul(slot(state, 'expAvg', name), b1), tf.mul(g, 1 - b1));
      const expAvgSq = tf.add(tf.mul(slot(state, 'expAvgSq', name), b2), tf.mul(tf.mul(g, g), 1 - b2));
      const stepSize = stepLr / (1 - b1 ** t);
      const bc2Sqrt = Math.sqrt(1 - b2 ** t);
      let second = expAvgSq;
      const next: Partial<Record<AdamSlot, tf.Tensor>> = { expAvg, expAvgSq };
      if (o.amsgrad) {
        second = tf.maximum(slot(state, 'maxExpAvgSq', name), expAvgSq);
        next.maxExpAvgSq = second;
      }
      const denom = tf.add(tf.div(tf.sqrt(second), bc2Sqrt), o.eps);
      return { param: tf.sub(p, tf.mul(tf.div(expAvg, denom), stepSize)), state: next };
    },
  });
}

export const adamFactories: Record<string, OptimizerFactory> = {
  adam: (params, cfg) => createAdam(cfg.type, params, adamOptions(cfg, ADAM_DEFAULTS), false),
  adamw: (params, cfg) => createAdam(cfg.type, params, adamOptions(cfg, ADAMW_DEFAULTS), true),
};
