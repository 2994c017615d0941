/**
 * Adamax — PyTorch 1.13 `torch.optim.Adamax` (`_single_tensor_adamax`). Per parameter at step t (1-based),
 * with lr = baseLr·λ(t):
 *
 *   g ← g + weightDecay·p                          (L2)
 *   m ← β₁·m + (1 − β₁)·g
 *   u ← max(β₂·u, |g| + eps)                       (eps inside the max, as PyTorch)
 *   p ← p − (lr / (1 − β₁ᵗ)) · m / u
 *
 * Defaults: lr 2e-3, betas [0.9, 0.999], eps 1e-8, weightDecay 0. State: m and u (2× parameter bytes).
 * Reference: Kingma & Ba, "Adam: A Method for Stochastic Optimization", 2015, §7.1.
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { adamCore, checkKnownKeys } from './options';
import type { AdamCoreOptions } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface AdamaxOptions extends AdamCoreOptions {
}

const ADAMAX_DEFAULTS: Readonly<AdamaxOptions> = OPTIMIZER_DEFAULTS.adamax;

function adamaxOptions(cfg: OptimizerConfig): AdamaxOptions {
  checkKnownKeys(cfg, Object.keys(ADAMAX_DEFAULTS));
  const d = ADAMAX_DEFAULTS;
  return {
    ...adamCore(cfg, d),
  };
}

export const adamaxFactories: Record<string, OptimizerFactory> = {
  adamax: (params, cfg) => {
    const o = adamaxOptions(cfg);
    const [b1, b2] = o.betas;
    const kernel = fusedKernel('adamax', ['p', 'g', 'expAvg', 'expInf'], ['clr'], (x, s) => {
      const g = o.weightDecay !== 0 ? x.g.add(x.p.mul(o.weightDecay)) : x.g;
      const expAvg = x.expAvg.mul(b1).add(g.mul(1 - b1));
      const expInf = x.expInf.mul(b2).max(g.abs().add(o.eps));
      return { p: x.p.sub(expAvg.div(expInf).mul(s.clr)), expAvg, expInf };
    });
    return perParamOptimizer<'expAvg' | 'expInf'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { expAvg: 0, expInf: 0 },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const out = kernel.run({ p: param, g: grad, expAvg: slot(state, 'expAvg', name), expInf: slot(state, 'expInf', name) }, { clr: stepLr / (1 - b1 ** t) });
        return { param: out.p, state: { expAvg: out.expAvg, expInf: out.expInf } };
      },
    });
  },
};
