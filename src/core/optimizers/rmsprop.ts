/**
 * RMSprop — PyTorch 1.13 `torch.optim.RMSprop` (`_single_tensor_rmsprop`). Per parameter, with
 * lr = baseLr·λ(t):
 *
 *   g ← g + weightDecay·p                          (L2)
 *   v ← alpha·v + (1 − alpha)·g²
 *   centered:  ḡ ← alpha·ḡ + (1 − alpha)·g;  a ← √(v − ḡ²) + eps      else  a ← √v + eps
 *   momentum > 0:  b ← momentum·b + g/a;  p ← p − lr·b                 else  p ← p − lr·g/a
 *
 * Defaults: lr 1e-2, alpha 0.99, eps 1e-8, weightDecay 0, momentum 0, centered false. eps is added outside
 * the square root (PyTorch; TensorFlow adds it inside). State: v (1×), plus ḡ when centered and b when
 * momentum > 0 (up to 3× parameter bytes).
 * Reference: Hinton, Neural Networks for Machine Learning, lecture 6e; centered form: Graves, "Generating
 * Sequences With Recurrent Neural Networks", 2013.
 */
import { tf } from '../tf';
import type { OptimizerConfig, OptimizerFactory } from './types';
import { bool, checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';

export interface RmspropOptions {
  lr: number;
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
}

export const RMSPROP_DEFAULTS: Readonly<RmspropOptions> = Object.freeze({
  lr: 1e-2,
  alpha: 0.99,
  eps: 1e-8,
  weightDecay: 0,
  momentum: 0,
  centered: false,
});

export function rmspropOptions(cfg: OptimizerConfig): RmspropOptions {
  checkKnownKeys(cfg, Object.keys(RMSPROP_DEFAULTS));
  const d = RMSPROP_DEFAULTS;
  return {
    lr: lr(cfg, d.lr),
    alpha: num(cfg, 'alpha', d.alpha, { min: 0 }),
    eps: num(cfg, 'eps', d.eps, { min: 0 }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    momentum: num(cfg, 'momentum', d.momentum, { min: 0 }),
    centered: bool(cfg, 'centered', d.centered),
  };
}

type RmspropSlot = 'squareAvg' | 'gradAvg' | 'momentumBuffer';

export const rmspropFactories: Record<string, OptimizerFactory> = {
  rmsprop: (params, cfg) => {
    const o = rmspropOptions(cfg);
    return perParamOptimizer<RmspropSlot>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { squareAvg: 0, gradAvg: o.centered ? 0 : null, momentumBuffer: o.momentum > 0 ? 0 : null },
      update: ({ name, param, grad, state, lr: stepLr }) => {
        const g = o.weightDecay !== 0 ? tf.add(grad, tf.mul(param, o.weightDecay)) : grad;
        const squareAvg = tf.add(tf.mul(slot(state, 'squareAvg', name), o.alpha), tf.mul(tf.mul(g, g), 1 - o.alpha));
        const next: Partial<Record<RmspropSlot, tf.Tensor>> = { squareAvg };
        let avg: tf.Tensor;
        if (o.centered) {
          const gradAvg = tf.add(tf.mul(slot(state, 'gradAvg', name), o.alpha), tf.mul(g, 1 - o.alpha));
          next.gradAvg = gradAvg;
          avg = tf.sqrt(tf.sub(squareAvg, tf.mul(gradAvg, gradAvg)));
        } else {
          avg = tf.sqrt(squareAvg);
        }
        avg = tf.add(avg, o.eps);
        if (o.momentum > 0) {
          const buf = tf.add(tf.mul(slot(state, 'momentumBuffer', name), o.momentum), tf.div(g, avg));
          next.momentumBuffer = buf;
          return { param: tf.sub(param, tf.mul(buf, stepLr)), state: next };
        }
        return { param: tf.sub(param, tf.mul(tf.div(g, avg), stepLr)), state: next };
      },
    });
  },
};
