/**
 * Cautious optimizers (Liang et al., "Cautious Optimizers: Improving Training with One Line of Code", 2024), as
 * the authors' C-Optim (kyleliang919/C-Optim at 2c0517c), float32: the update is applied only where it agrees
 * in sign with the current gradient, and rescaled by how much of it survives. The two reference files normalise
 * the mask differently; each is followed.
 *
 * `cautious_adamw` — c_adamw.py's default path (`foreach=True`, `c_adamw_update_foreach_async`). Per parameter
 * at step t, lr = baseLr·λ(t), the scalars float32 as the reference's scalar tensors:
 *   m ← lerp(m, g, 1 − β₁);  v ← lerp(v, g², 1 − β₂)
 *   mask ← [m·g > 0];  s ← max(mean(mask), 1e-3)
 *   p ← p(1 − lr·wd) − (lr/(1 − β₁ᵗ))·(m·mask / (√v/√(1 − β₂ᵗ) + eps)) / s
 *   Defaults: lr 1e-3, betas [0.9, 0.999], eps 1e-6, weightDecay 0. `correct_bias` only acts on the class's
 *   non-default per-parameter loop (the foreach path always corrects), so it is not an option here.
 *
 * `cautious_lion` — c_lion.py. Per parameter:
 *   p ← p(1 − lr·wd);  u ← sign(β₁m + (1 − β₁)g);  mask ← [u·g > 0]
 *   p ← p − lr·u·mask·n/(Σmask + 1)   (n = the parameter's size);  m ← β₂m + (1 − β₂)g
 *   Defaults: lr 1e-4, betas [0.95, 0.98] (the file's, not Lion's paper's), weightDecay 0.
 *
 * Each needs the mask's count over the whole tensor, so a step is two fused passes per parameter with one
 * reduction (and one read back of the count) between them. Dividing by the mask mean is × its reciprocal
 * (≤ 1 ulp, see fused.ts). State: m and v (2×) / m (1×).
 */
import { tf } from '../tf';
import type { OptimizerConfig, OptimizerFactory } from './types';
import { betas, checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel, lerp } from './fused';
import type { Expr } from './fused';

export interface CautiousAdamwOptions {
  lr: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
}

export const CAUTIOUS_ADAMW_DEFAULTS: Readonly<CautiousAdamwOptions> = Object.freeze({
  lr: 1e-3,
  betas: [0.9, 0.999] as [number, number],
  eps: 1e-6,
  weightDecay: 0,
});

export interface CautiousLionOptions {
  lr: number;
  betas: [number, number];
  weightDecay: number;
}

export const CAUTIOUS_LION_DEFAULTS: Readonly<CautiousLionOptions> = Object.freeze({
  lr: 1e-4,
  betas: [0.95, 0.98] as [number, number],
  weightDecay: 0,
});

export function cautiousAdamwOptions(cfg: OptimizerConfig): CautiousAdamwOptions {
  const d = CAUTIOUS_ADAMW_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return { lr: lr(cfg, d.lr), betas: betas(cfg, d.betas), eps: num(cfg, 'eps', d.eps, { min: 0 }), weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }) };
}

export function cautiousLionOptions(cfg: OptimizerConfig): CautiousLionOptions {
  const d = CAUTIOUS_LION_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return { lr: lr(cfg, d.lr), betas: betas(cfg, d.betas), weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }) };
}

/** Number of ones in a 0/1 mask, read back (the next pass takes it as a scalar). */
function maskCount(mask: tf.Tensor): number {
  return tf.sum(mask).dataSync()[0];
}

const f32 = Math.fround;

export const cautiousFactories: Record<string, OptimizerFactory> = {
  cautious_adamw: (params, cfg) => {
    const o = cautiousAdamwOptions(cfg);
    // The reference keeps lr, betas, eps and weight decay as float32 scalar tensors.
    const b1 = f32(o.betas[0]);
    const b2 = f32(o.betas[1]);
    const moments = fusedKernel('cautious-adamw-moments', ['g', 'm', 'v'], [], (x) => {
      const m = lerp(x.m, x.g, f32(1 - b1));
      const v = lerp(x.v, x.g.mul(x.g), f32(1 - b2));
      return { m, v, mask: m.mul(x.g).sign().max(0) };
    });
    const apply = fusedKernel('cautious-adamw', ['p', 'm', 'v', 'mask'], ['decay', 'invBc2Sqrt', 'adjLr', 'invMean'], (x, s) => {
      const denom = x.v.sqrt().mul(s.invBc2Sqrt).add(f32(o.eps));
      const step = x.m.mul(x.mask).div(denom).mul(s.adjLr).mul(s.invMean);
      return { p: x.p.mul(s.decay).sub(step) };
    });
    return perParamOptimizer<'m' | 'v'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0, v: 0 },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const mv = moments.run({ g: grad, m: slot(state, 'm', name), v: slot(state, 'v', name) }, {});
        const mean = Math.max(f32(maskCount(mv.mask) / grad.size), f32(1e-3));
        const lrF = f32(stepLr);
        const bc1 = f32(1 - f32(b1 ** t));
        const bc2Sqrt = f32(Math.sqrt(f32(1 - f32(b2 ** t))));
        const out = apply.run(
          { p: param, m: mv.m, v: mv.v, mask: mv.mask },
          { decay: f32(1 - f32(lrF * f32(o.weightDecay))), invBc2Sqrt: 1 / bc2Sqrt, adjLr: f32(lrF / bc1), invMean: 1 / mean },
        );
        return { param: out.p, state: { m: mv.m, v: mv.v } };
      },
    });
  },

  cautious_lion: (params, cfg) => {
    const o = cautiousLionOptions(cfg);
    const [b1, b2] = o.betas;
    const direction = (m: Expr, g: Expr): Expr => m.mul(b1).add(g.mul(1 - b1)).sign();
    const maskKernel = fusedKernel('cautious-lion-mask', ['g', 'm'], [], (x) => ({ mask: direction(x.m, x.g).mul(x.g).sign().max(0) }));
    const apply = fusedKernel('cautious-lion', ['p', 'g', 'm', 'mask'], ['decay', 'scale', 'lr'], (x, s) => {
      const p = o.weightDecay !== 0 ? x.p.mul(s.decay) : x.p;
      const u = direction(x.m, x.g);
      return { p: p.sub(u.mul(x.mask.mul(s.scale)).mul(s.lr)), m: x.m.mul(b2).add(x.g.mul(1 - b2)) };
    });
    return perParamOptimizer<'m'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0 },
      update: ({ name, param, grad, state, lr: stepLr }) => {
        const m = slot(state, 'm', name);
        const { mask } = maskKernel.run({ g: grad, m }, {});
        const scale = f32(grad.size / f32(maskCount(mask) + 1));
        const out = apply.run({ p: param, g: grad, m, mask }, { decay: 1 - stepLr * o.weightDecay, scale, lr: stepLr });
        return { param: out.p, state: { m: out.m } };
      },
    });
  },
};
