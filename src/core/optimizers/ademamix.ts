/**
 * AdEMAMix (Pagliardini et al., "The AdEMAMix Optimizer: Better, Faster, Older", 2024), as its authors'
 * `AdEMAMix` (apple/ml-ademamix, pytorch/ademamix.py at c3d73c0), float32. Per parameter at step t (1-based),
 * with lr = baseLr·λ(t):
 *
 *   m₁ ← β₁m₁ + (1 − β₁)g          (the fast EMA; with β₁ = 0 it is g itself and no state is kept)
 *   m₂ ← β₃ₜm₂ + (1 − β₃ₜ)g         (the slow EMA)
 *   v ← β₂v + (1 − β₂)g²
 *   u ← (m₁/(1 − β₁ᵗ) + αₜ·m₂) / (√v/√(1 − β₂ᵗ) + eps) + wd·p
 *   p ← p − lr·u
 *
 * Warmups as the reference's schedulers: αₜ = (t/T_α)·α for t < T_α (`alphaWarmup`), else α; β₃ₜ moves from β₁
 * to β₃ linearly in half-life for t < T_β₃ (`beta3Warmup`): with a = t/T_β₃, f(β) = ln ½ / ln(β + 1e-8) − 1 and
 * f⁻¹(x) = ½^(1/(x + 1)), β₃ₜ = f⁻¹((1 − a)·f(β₁) + a·f(β₃)).
 * Defaults (the reference's): lr 1e-3, betas [0.9, 0.999, 0.9999], alpha 2, no warmups, eps 1e-8,
 * weightDecay 0. Dividing by the bias corrections is done as × their reciprocals (≤ 1 ulp, see fused.ts).
 * State: m₁ (unless β₁ = 0), m₂ and v (3×).
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { betaList, checkKnownKeys, count, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface AdemamixOptions {
  lr: number;
  betas: [number, number, number];
  alpha: number;
  /** Steps of the β₃ warmup; undefined = none (the reference's None). */
  beta3Warmup?: number;
  alphaWarmup?: number;
  eps: number;
  weightDecay: number;
}

const ADEMAMIX_DEFAULTS: Readonly<AdemamixOptions> = OPTIMIZER_DEFAULTS.ademamix;

function ademamixOptions(cfg: OptimizerConfig): AdemamixOptions {
  const d = ADEMAMIX_DEFAULTS;
  checkKnownKeys(cfg, [...Object.keys(d), 'beta3Warmup', 'alphaWarmup']); // the warmups have no default (absent = none)
  return {
    lr: lr(cfg, d.lr),
    betas: betaList(cfg, 'betas', d.betas) as [number, number, number],
    alpha: num(cfg, 'alpha', d.alpha, { min: 0 }),
    beta3Warmup: cfg.beta3Warmup === undefined ? undefined : count(cfg, 'beta3Warmup', 0),
    alphaWarmup: cfg.alphaWarmup === undefined ? undefined : count(cfg, 'alphaWarmup', 0),
    eps: num(cfg, 'eps', d.eps, { min: 0 }),
    weightDecay: num(cfg, 'weightDecay', d.weightDecay, { min: 0 }),
  };
}

/** The reference's `linear_warmup_scheduler`. */
function linearWarmup(step: number, end: number, start: number, warmup: number): number {
  if (step < warmup) {
    const a = step / warmup;
    return (1 - a) * start + a * end;
  }
  return end;
}

/** The reference's `linear_hl_warmup_scheduler`: linear in the half-life 1/(1 − β), not in β. */
function halfLifeWarmup(step: number, end: number, start: number, warmup: number): number {
  const f = (beta: number): number => Math.log(0.5) / Math.log(beta + 1e-8) - 1;
  const fInv = (t: number): number => Math.pow(0.5, 1 / (t + 1));
  if (step < warmup) {
    const a = step / warmup;
    return fInv((1 - a) * f(start) + a * f(end));
  }
  return end;
}

type Slot = 'fast' | 'slow' | 'v';

export const ademamixFactories: Record<string, OptimizerFactory> = {
  ademamix: (params, cfg) => {
    const o = ademamixOptions(cfg);
    const [b1, b2, b3] = o.betas;
    const fastHeld = b1 !== 0;
    let alpha = o.alpha;
    let beta3 = b3;
    const kernel = fusedKernel('ademamix', ['p', 'g', 'fast', 'slow', 'v'], ['b3', 'oneMinusB3', 'alpha', 'invBc1', 'invBc2Sqrt', 'lr'], (x, s) => {
      const fast = fastHeld ? x.fast.mul(b1).add(x.g.mul(1 - b1)) : x.g;
      const slow = x.slow.mul(s.b3).add(x.g.mul(s.oneMinusB3));
      const v = x.v.mul(b2).add(x.g.mul(x.g).mul(1 - b2));
      const denom = v.sqrt().mul(s.invBc2Sqrt).add(o.eps);
      let update = fast.mul(s.invBc1).add(slow.mul(s.alpha)).div(denom);
      if (o.weightDecay !== 0) update = update.add(x.p.mul(o.weightDecay));
      return { p: x.p.sub(update.mul(s.lr)), fast: fastHeld ? fast : undefined, slow, v };
    });
    return perParamOptimizer<Slot>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { fast: fastHeld ? 0 : null, slow: 0, v: 0 },
      beforeStep: (t) => {
        alpha = o.alphaWarmup !== undefined ? linearWarmup(t, o.alpha, 0, o.alphaWarmup) : o.alpha;
        beta3 = o.beta3Warmup !== undefined ? halfLifeWarmup(t, b3, b1, o.beta3Warmup) : b3;
      },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const slow = slot(state, 'slow', name);
        const v = slot(state, 'v', name);
        const out = kernel.run(
          { p: param, g: grad, fast: fastHeld ? slot(state, 'fast', name) : grad, slow, v },
          { b3: beta3, oneMinusB3: 1 - beta3, alpha, invBc1: 1 / (1 - b1 ** t), invBc2Sqrt: 1 / Math.sqrt(1 - b2 ** t), lr: stepLr },
        );
        return { param: out.p, state: { ...(out.fast ? { fast: out.fast } : {}), slow: out.slow, v: out.v } };
      },
    });
  },
};
