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
 * Each needs the mask's count over the whole tensor first: a step is a fused sum pass that counts it, then the
 * fused update, which forms the moments and the mask again (the same float32 operations, so the same mask).
 * Dividing by the mask mean is × its reciprocal (≤ 1 ulp, see fused.ts). State: m and v (2×) / m (1×).
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { adamCore, betas, checkKnownKeys, lr, num } from './options';
import type { AdamCoreOptions } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel, fusedSum, lerp } from './fused';
import type { Expr, FusedSum } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export type CautiousAdamwOptions = AdamCoreOptions;

const CAUTIOUS_ADAMW_DEFAULTS: Readonly<CautiousAdamwOptions> = OPTIMIZER_DEFAULTS.cautious_adamw;

export interface CautiousLionOptions {
  lr: number;
  betas: [number, number];
  weightDecay: number;
}

const CAUTIOUS_LION_DEFAULTS: Readonly<CautiousLionOptions> = OPTIMIZER_DEFAULTS.cautious_lion;

function cautiousAdamwOptions(cfg: OptimizerConfig): CautiousAdamwOptions {
  const d = CAUTIOUS_ADAMW_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return adamCore(cfg, d);
}

function cautiousLionOptions(cfg: OptimizerConfig): CautiousLionOptions {
  const d = CAUTIOUS_LION_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return { lr: lr(cfg, d.lr), betas: betas(cfg, d.betas), weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }) };
}

const f32 = Math.fround;

/**
 * Cautious Lion's mask count Σ[sign(x)·g > 0], x = β₁m + (1 − β₁)g, as one sum pass. It takes the mask as
 * [(x·2¹⁰⁰)·(g·2¹⁰⁰) > 0], without the sign: the same value for every input (scaling by 2¹⁰⁰ is exact or
 * overflows to ±∞ with the sign kept, and lifts nonzero float32s to ≥ 2⁻⁴⁹, whose products cannot underflow
 * to 0; NaN and ±0 give 0 either way), for 4 SIMD operations less per 4 floats.
 */
export function cautiousLionCount(b1: number): FusedSum<'g' | 'm', never> {
  const SCALE = 2 ** 100;
  return fusedSum('cautious-lion-count', ['g', 'm'], [], (x) => x.m.mul(b1).add(x.g.mul(1 - b1)).mul(SCALE).mul(x.g.mul(SCALE)).positive());
}

export const cautiousFactories: Record<string, OptimizerFactory> = {
  cautious_adamw: (params, cfg) => {
    const o = cautiousAdamwOptions(cfg);
    // The reference keeps lr, betas, eps and weight decay as float32 scalar tensors.
    const b1 = f32(o.betas[0]);
    const b2 = f32(o.betas[1]);
    const moment = (m: Expr, g: Expr): Expr => lerp(m, g, f32(1 - b1));
    const mask = (m: Expr, g: Expr): Expr => m.mul(g).positive();
    const count = fusedSum('cautious-adamw-count', ['g', 'm'], [], (x) => mask(moment(x.m, x.g), x.g));
    const apply = fusedKernel('cautious-adamw', ['p', 'g', 'm', 'v'], ['decay', 'invBc2Sqrt', 'adjLr', 'invMean'], (x, s) => {
      const m = moment(x.m, x.g);
      const v = lerp(x.v, x.g.mul(x.g), f32(1 - b2));
      const denom = v.sqrt().mul(s.invBc2Sqrt).add(f32(o.eps));
      const step = m.mul(mask(m, x.g)).div(denom).mul(s.adjLr).mul(s.invMean);
      return { p: x.p.mul(s.decay).sub(step), m, v };
    });
    return perParamOptimizer<'m' | 'v'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0, v: 0 },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const m = slot(state, 'm', name);
        const mean = Math.max(f32(count.run({ g: grad, m }, {}) / grad.size), f32(1e-3));
        const lrF = f32(stepLr);
        const bc1 = f32(1 - f32(b1 ** t));
        const bc2Sqrt = f32(Math.sqrt(f32(1 - f32(b2 ** t))));
        const out = apply.run(
          { p: param, g: grad, m, v: slot(state, 'v', name) },
          { decay: f32(1 - f32(lrF * f32(o.weightDecay))), invBc2Sqrt: 1 / bc2Sqrt, adjLr: f32(lrF / bc1), invMean: 1 / mean },
        );
        return { param: out.p, state: { m: out.m, v: out.v } };
      },
    });
  },

  cautious_lion: (params, cfg) => {
    const o = cautiousLionOptions(cfg);
    const [b1, b2] = o.betas;
    const direction = (m: Expr, g: Expr): Expr => m.mul(b1).add(g.mul(1 - b1)).sign();
    const mask = (u: Expr, g: Expr): Expr => u.mul(g).positive();
    const count = cautiousLionCount(b1);
    const apply = fusedKernel('cautious-lion', ['p', 'g', 'm'], ['decay', 'scale', 'lr'], (x, s) => {
      const p = o.weightDecay !== 0 ? x.p.mul(s.decay) : x.p;
      const u = direction(x.m, x.g);
      return { p: p.sub(u.mul(mask(u, x.g).mul(s.scale)).mul(s.lr)), m: x.m.mul(b2).add(x.g.mul(1 - b2)) };
    });
    return perParamOptimizer<'m'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0 },
      update: ({ name, param, grad, state, lr: stepLr }) => {
        const m = slot(state, 'm', name);
        const scale = f32(grad.size / f32(count.run({ g: grad, m }, {}) + 1));
        const out = apply.run({ p: param, g: grad, m }, { decay: 1 - stepLr * o.weightDecay, scale, lr: stepLr });
        return { param: out.p, state: { m: out.m } };
      },
    });
  },
};
