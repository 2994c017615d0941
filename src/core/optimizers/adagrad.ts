/**
 * Adagrad — PyTorch 1.13 `torch.optim.Adagrad` (`_single_tensor_adagrad`, dense gradients). Per parameter at
 * step t (1-based), with lr = baseLr·λ(t):
 *
 *   g ← g + weightDecay·p                          (L2)
 *   clr ← lr / (1 + (t − 1)·lrDecay)
 *   s ← s + g²                                     (s starts at initialAccumulatorValue)
 *   p ← p − clr · g / (√s + eps)
 *
 * Defaults: lr 1e-2, lrDecay 0, weightDecay 0, initialAccumulatorValue 0, eps 1e-10.
 * State: the sum of squares s (1× parameter bytes); the step counter is a JS number.
 * Reference: Duchi, Hazan & Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic
 * Optimization", JMLR 2011.
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface AdagradOptions {
  lr: number;
  lrDecay: number;
  weightDecay: number;
  initialAccumulatorValue: number;
  eps: number;
}

const ADAGRAD_DEFAULTS: Readonly<AdagradOptions> = OPTIMIZER_DEFAULTS.adagrad;

function adagradOptions(cfg: OptimizerConfig): AdagradOptions {
  checkKnownKeys(cfg, Object.keys(ADAGRAD_DEFAULTS));
  const d = ADAGRAD_DEFAULTS;
  return {
    lr: lr(cfg, d.lr),
    lrDecay: num(cfg, 'lrDecay', d.lrDecay, { min: 0 }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
    initialAccumulatorValue: num(cfg, 'initialAccumulatorValue', d.initialAccumulatorValue, { min: 0 }),
    eps: num(cfg, 'eps', d.eps, { min: 0 }),
  };
}

export const adagradFactories: Record<string, OptimizerFactory> = {
  adagrad: (params, cfg) => {
    const o = adagradOptions(cfg);
    const kernel = fusedKernel('adagrad', ['p', 'g', 'sum'], ['clr'], (x, s) => {
      const g = o.weightDecay !== 0 ? x.g.add(x.p.mul(o.weightDecay)) : x.g;
      const sum = x.sum.add(g.mul(g));
      const std = sum.sqrt().add(o.eps);
      return { p: x.p.sub(g.div(std).mul(s.clr)), sum };
    });
    return perParamOptimizer<'sum'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { sum: o.initialAccumulatorValue },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const out = kernel.run({ p: param, g: grad, sum: slot(state, 'sum', name) }, { clr: stepLr / (1 + (t - 1) * o.lrDecay) });
        return { param: out.p, state: { sum: out.sum } };
      },
    });
  },
};
