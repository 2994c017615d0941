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
import { fusedKernel } from './fused';
import type { Expr } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface RmspropOptions {
  lr: number;
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
}

const RMSPROP_DEFAULTS: Readonly<RmspropOptions> = OPTIMIZER_DEFAULTS.rmsprop;

function rmspropOptions(cfg: OptimizerConfig): RmspropOptions {
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
    const kernel = fusedKernel('rmsprop', ['p', 'g', 'squareAvg', 'gradAvg', 'buf'], ['lr'], (x, s) => {
      const g = o.weightDecay !== 0 ? x.g.add(x.p.mul(o.weightDecay)) : x.g;
      const squareAvg = x.squareAvg.mul(o.alpha).add(g.mul(g).mul(1 - o.alpha));
      const out: { p?: Expr; squareAvg: Expr; gradAvg?: Expr; buf?: Expr } = { squareAvg };
      let avg: Expr;
      if (o.centered) {
        out.gradAvg = x.gradAvg.mul(o.alpha).add(g.mul(1 - o.alpha));
        avg = squareAvg.sub(out.gradAvg.mul(out.gradAvg)).sqrt();
      } else {
        avg = squareAvg.sqrt();
      }
      avg = avg.add(o.eps);
      if (o.momentum > 0) {
        out.buf = x.buf.mul(o.momentum).add(g.div(avg));
        out.p = x.p.sub(out.buf.mul(s.lr));
      } else {
        out.p = x.p.sub(g.div(avg).mul(s.lr));
      }
      return out;
    });
    return perParamOptimizer<RmspropSlot>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { squareAvg: 0, gradAvg: o.centered ? 0 : null, momentumBuffer: o.momentum > 0 ? 0 : null },
      update: ({ name, param, grad, state, lr: stepLr }) => {
        const squareAvg = slot(state, 'squareAvg', name);
        // Slots not held with these options are not read by the kernel; any same-shape tensor fills the input.
        const out = kernel.run(
          { p: param, g: grad, squareAvg, gradAvg: o.centered ? slot(state, 'gradAvg', name) : squareAvg, buf: o.momentum > 0 ? slot(state, 'momentumBuffer', name) : squareAvg },
          { lr: stepLr },
        );
        const next: Partial<Record<RmspropSlot, tf.Tensor>> = { squareAvg: out.squareAvg };
        if (out.gradAvg) next.gradAvg = out.gradAvg;
        if (out.buf) next.momentumBuffer = out.buf;
        return { param: out.p ?? param, state: next };
      },
    });
  },
};
