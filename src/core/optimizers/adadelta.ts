/**
 * Adadelta — PyTorch 1.13 `torch.optim.Adadelta` (`_single_tensor_adadelta`). Per parameter, with
 * lr = baseLr·λ(t):
 *
 *   g ← g + weightDecay·p                          (L2)
 *   v ← rho·v + (1 − rho)·g²
 *   Δ ← √(u + eps) / √(v + eps) · g
 *   u ← rho·u + (1 − rho)·Δ²
 *   p ← p − lr·Δ
 *
 * Defaults: lr 1.0, rho 0.9, eps 1e-6, weightDecay 0. PyTorch keeps an `lr` (the paper has none); with lr 1 it
 * is Zeiler's rule. State: v and u (2× parameter bytes).
 * Reference: Zeiler, "ADADELTA: An Adaptive Learning Rate Method", 2012.
 */
import { tf } from '../tf';
import type { OptimizerConfig, OptimizerFactory } from './types';
import { checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';

export interface AdadeltaOptions {
  lr: number;
  rho: number;
  eps: number;
  weightDecay: number;
}

export const ADADELTA_DEFAULTS: Readonly<AdadeltaOptions> = Object.freeze({ lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0 });

export function adadeltaOptions(cfg: OptimizerConfig): AdadeltaOptions {
  checkKnownKeys(cfg, Object.keys(ADADELTA_DEFAULTS));
  const d = ADADELTA_DEFAULTS;
  return {
    lr: lr(cfg, d.lr),
    rho: num(cfg, 'rho', d.rho, { min: 0, max: 1 }),
    eps: num(cfg, 'eps', d.eps, { min: 0 }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
  };
}

export const adadeltaFactories: Record<string, OptimizerFactory> = {
  adadelta: (params, cfg) => {
    const o = adadeltaOptions(cfg);
    return perParamOptimizer<'squareAvg' | 'accDelta'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { squareAvg: 0, accDelta: 0 },
      update: ({ name, param, grad, state, lr: stepLr }) => {
        const g = o.weightDecay !== 0 ? tf.add(grad, tf.mul(param, o.weightDecay)) : grad;
        const squareAvg = tf.add(tf.mul(slot(state, 'squareAvg', name), o.rho), tf.mul(tf.mul(g, g), 1 - o.rho));
        const std = tf.sqrt(tf.add(squareAvg, o.eps));
        const prevAcc = slot(state, 'accDelta', name);
        const delta = tf.mul(tf.div(tf.sqrt(tf.add(prevAcc, o.eps)), std), g);
        const accDelta = tf.add(tf.mul(prevAcc, o.rho), tf.mul(tf.mul(delta, delta), 1 - o.rho));
        return { param: tf.sub(param, tf.mul(delta, stepLr)), state: { squareAvg, accDelta } };
      },
    });
  },
};
