/**
 * LaProp (Ziyin, Wang & Ueda, "LaProp: Separating Momentum and Adaptivity in Adam", 2020), as its authors'
 * `LaProp` (Z-T-WANG/LaProp-Optimizer, laprop.py at a419916), float32. Momentum averages the already normalised
 * gradient, so it is the momentum of RMSprop steps rather than Adam's ratio of two averages. Per parameter at
 * step t, with lr = baseLr·λ(t):
 *
 *   v ← β₂v + (1 − β₂)g²
 *   ℓ₁ ← β₁ℓ₁ + (1 − β₁)·lr;  ℓ₂ ← β₂ℓ₂ + (1 − β₂)     (ℓ start at 0: the bias corrections, with ℓ₁ tracking
 *                                                        the LR history, so a schedule changes them)
 *   centered:  μ ← β₂μ + (1 − β₂)g, and after 10 steps d ← v − μ², else d ← v
 *   amsgrad:   d ← v̂ ← max(v̂, d)  (not during a centered run's first 10 steps)
 *   m ← β₁m + (1 − β₁)·lr · g / (√(d/ℓ₂) + eps)
 *   p ← p − (lr/ℓ₁)·m;  then p ← p − wd·p        (lr/ℓ₁ = 1 when lr is 0)
 *
 * The weight decay is the reference's: not scaled by the LR. Defaults (the reference's): lr 4e-4,
 * betas [0.9, 0.999], eps 1e-15, weightDecay 0, amsgrad false, centered false. The division by ℓ₂ inside the root
 * is × 1/ℓ₂ (≤ 1 ulp, see fused.ts). State: m and v (2×), plus μ (centered) and v̂ (amsgrad); ℓ₁, ℓ₂ are JS numbers.
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { adamCore, bool, checkKnownKeys } from './options';
import type { AdamCoreOptions } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface LapropOptions extends AdamCoreOptions {
  amsgrad: boolean;
  centered: boolean;
}

const LAPROP_DEFAULTS: Readonly<LapropOptions> = OPTIMIZER_DEFAULTS.laprop;

/** The reference's `steps_before_using_centered`. */
const CENTERED_AFTER = 10;

function lapropOptions(cfg: OptimizerConfig): LapropOptions {
  const d = LAPROP_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return {
    ...adamCore(cfg, d),
    amsgrad: bool(cfg, 'amsgrad', d.amsgrad),
    centered: bool(cfg, 'centered', d.centered),
  };
}

type Slot = 'm' | 'v' | 'mean' | 'vMax';

export const lapropFactories: Record<string, OptimizerFactory> = {
  laprop: (params, cfg) => {
    const o = lapropOptions(cfg);
    const [b1, b2] = o.betas;
    /** One kernel per phase: `late` = a centered run past its first 10 steps (or any step without centering). */
    const build = (late: boolean) =>
      fusedKernel(`laprop${late ? '' : '-early'}`, ['p', 'g', 'm', 'v', 'mean', 'vMax'], ['invBc2', 'gradLr', 'stepSize'], (x, s) => {
        const v = x.v.mul(b2).add(x.g.mul(x.g).mul(1 - b2));
        const mean = o.centered ? x.mean.mul(b2).add(x.g.mul(1 - b2)) : undefined;
        let d = mean && late ? v.sub(mean.mul(mean)) : v;
        const vMax = o.amsgrad && late ? x.vMax.max(d) : undefined;
        if (vMax) d = vMax;
        const m = x.m.mul(b1).add(x.g.div(d.mul(s.invBc2).sqrt().add(o.eps)).mul(s.gradLr));
        let p = x.p.sub(m.mul(s.stepSize));
        if (o.weightDecay !== 0) p = p.sub(p.mul(o.weightDecay));
        return { p, m, v, mean, vMax };
      });
    const late = build(true);
    const early = o.centered ? build(false) : late;
    let lr1 = 0;
    let lr2 = 0;
    let stepSize = 1;
    return perParamOptimizer<Slot>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0, v: 0, mean: o.centered ? 0 : null, vMax: o.amsgrad ? 0 : null },
      beforeStep: (_t, stepLr) => {
        lr1 = lr1 * b1 + (1 - b1) * stepLr;
        lr2 = lr2 * b2 + (1 - b2);
        stepSize = 1 / (stepLr !== 0 ? lr1 / stepLr : 1);
      },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const v = slot(state, 'v', name);
        const kernel = o.centered && t <= CENTERED_AFTER ? early : late;
        const out = kernel.run(
          { p: param, g: grad, m: slot(state, 'm', name), v, mean: o.centered ? slot(state, 'mean', name) : v, vMax: o.amsgrad ? slot(state, 'vMax', name) : v },
          { invBc2: 1 / lr2, gradLr: (1 - b1) * stepLr, stepSize },
        );
        return {
          param: out.p,
          state: { m: out.m, v: out.v, ...(out.mean ? { mean: out.mean } : {}), ...(out.vMax ? { vMax: out.vMax } : {}) },
        };
      },
    });
  },
};
