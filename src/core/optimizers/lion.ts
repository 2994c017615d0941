/**
 * Lion (Chen et al., "Symbolic Discovery of Optimization Algorithms", 2023), float32. Defaults: lr 1e-4,
 * betas [0.9, 0.99], weightDecay 0 (decoupled). Per step, with lr = baseLr·λ:
 *   p ← p(1 − lr·wd);  p ← p − lr·sign(β₁m + (1−β₁)g);  m ← β₂m + (1−β₂)g.
 * The update is interpolated with β₁ but the state tracks β₂: the sign sees the fresh gradient more than the
 * momentum remembers it. State: one buffer per parameter (1×).
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { betas, checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface LionOptions {
  lr: number;
  betas: [number, number];
  weightDecay: number;
}

function lionOptions(cfg: OptimizerConfig): LionOptions {
  checkKnownKeys(cfg, ['lr', 'betas', 'weightDecay']);
  const d = OPTIMIZER_DEFAULTS.lion;
  return { lr: lr(cfg, d.lr), betas: betas(cfg, d.betas), weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }) };
}

export const lionFactories: Record<string, OptimizerFactory> = {
  lion: (params, cfg) => {
    const o = lionOptions(cfg);
    const [b1, b2] = o.betas;
    // The whole update as one fused pass per parameter (fused.ts).
    const kernel = fusedKernel('lion', ['p', 'g', 'm'], ['decay', 'lr'], (x, s) => {
      const decayed = o.weightDecay !== 0 ? x.p.mul(s.decay) : x.p;
      const direction = x.m.mul(b1).add(x.g.mul(1 - b1)).sign();
      return { p: decayed.sub(direction.mul(s.lr)), m: x.m.mul(b2).add(x.g.mul(1 - b2)) };
    });
    return perParamOptimizer<'m'>({
      type: 'lion',
      params,
      baseLr: o.lr,
      slots: { m: 0 },
      update: ({ name, param, grad, state, lr: stepLr }) => {
        const out = kernel.run({ p: param, g: grad, m: slot(state, 'm', name) }, { decay: 1 - stepLr * o.weightDecay, lr: stepLr });
        return { param: out.p, state: { m: out.m } };
      },
    });
  },
};
