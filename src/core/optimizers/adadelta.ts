/**
 * Adadelta — PyTorch 1.13 `torch.optim.Adadelta` (`_single_tensor_adadelta`). Per parameter, with
 * lr = baseLr·λ(t):
 *
 *   g ← g + weightDecay·p                          (L2)
 *   v ← rho·v + (1 − rho)·g²
 *   Δ ← √(u + eps) / √(v + eps) · g              (evaluated as √((u + eps)/(v + eps)) · g)
 *   u ← rho·u + (1 − rho)·Δ²
 *   p ← p − lr·Δ
 *
 * Defaults: lr 1.0, rho 0.9, eps 1e-6, weightDecay 0. PyTorch keeps an `lr` (the paper has none); with lr 1 it
 * is Zeiler's rule. State: v and u (2× parameter bytes).
 * Reference: Zeiler, "ADADELTA: An Adaptive Learning Rate Method", 2012.
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface AdadeltaOptions {
  lr: number;
  rho: number;
  eps: number;
  weightDecay: number;
}

const ADADELTA_DEFAULTS: Readonly<AdadeltaOptions> = OPTIMIZER_DEFAULTS.adadelta;

function adadeltaOptions(cfg: OptimizerConfig): AdadeltaOptions {
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
    const kernel = fusedKernel('adadelta', ['p', 'g', 'squareAvg', 'accDelta'], ['lr'], (x, s) => {
      const g = o.weightDecay !== 0 ? x.g.add(x.p.mul(o.weightDecay)) : x.g;
      const squareAvg = x.squareAvg.mul(o.rho).add(g.mul(g).mul(1 - o.rho));
      // √(a/b) for PyTorch's √a/√b (≤ 2 ulp apart): one square root instead of two on the pass's bottleneck.
      const delta = x.accDelta.add(o.eps).div(squareAvg.add(o.eps)).sqrt().mul(g);
      const accDelta = x.accDelta.mul(o.rho).add(delta.mul(delta).mul(1 - o.rho));
      return { p: x.p.sub(delta.mul(s.lr)), squareAvg, accDelta };
    });
    return perParamOptimizer<'squareAvg' | 'accDelta'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { squareAvg: 0, accDelta: 0 },
      update: ({ name, param, grad, state, lr: stepLr }) => {
        const out = kernel.run({ p: param, g: grad, squareAvg: slot(state, 'squareAvg', name), accDelta: slot(state, 'accDelta', name) }, { lr: stepLr });
        return { param: out.p, state: { squareAvg: out.squareAvg, accDelta: out.accDelta } };
      },
    });
  },
};
