/**
 * ADOPT (Taniguchi et al., "ADOPT: Modified Adam Can Converge with Any β₂ with the Optimal Rate", 2024), as its
 * authors' `ADOPT` (iShohei220/adopt, src/adopt/adopt.py at 6468572, `_single_tensor_adopt`: the CPU default),
 * float32. Per parameter at step t (1-based), with lr = baseLr·λ(t):
 *
 *   g ← g + wd·p                         (decouple false: L2, before everything, the first step included)
 *   t = 1:  v ← g²  and nothing else     (the first step only initialises the second moment)
 *   t > 1:  p ← p − lr·wd·p              (decouple true)
 *           n ← clamp(g / max(√v, eps), −c, c),  c = (t − 1)^¼   (the reference's default clip_lambda)
 *           m ← lerp(m, n, 1 − β₁);  p ← p − lr·m;  v ← β₂v + (1 − β₂)g²
 *
 * The normalisation uses the previous v (not the current gradient's), which is ADOPT's point.
 * Defaults (the reference's): lr 1e-3, betas [0.9, 0.9999], eps 1e-6, weightDecay 0, decouple false.
 * `clip_lambda` is a callable and keeps its default; `maximize`/`foreach`/`capturable`/`fused` are
 * implementation switches the lab does not offer. State: m and v (2×).
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { adamCore, bool, checkKnownKeys } from './options';
import type { AdamCoreOptions } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel, lerp } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface AdoptOptions extends AdamCoreOptions {
  decouple: boolean;
}

const ADOPT_DEFAULTS: Readonly<AdoptOptions> = OPTIMIZER_DEFAULTS.adopt;

function adoptOptions(cfg: OptimizerConfig): AdoptOptions {
  const d = ADOPT_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return {
    ...adamCore(cfg, d),
    decouple: bool(cfg, 'decouple', d.decouple),
  };
}

export const adoptFactories: Record<string, OptimizerFactory> = {
  adopt: (params, cfg) => {
    const o = adoptOptions(cfg);
    const [b1, b2] = o.betas;
    const l2 = o.weightDecay !== 0 && !o.decouple;
    const decoupled = o.weightDecay !== 0 && o.decouple;
    const init = fusedKernel('adopt-init', ['p', 'g', 'v'], [], (x) => {
      const g = l2 ? x.g.add(x.p.mul(o.weightDecay)) : x.g;
      return { v: x.v.add(g.mul(g)) };
    });
    const kernel = fusedKernel('adopt', ['p', 'g', 'm', 'v'], ['decay', 'clip', 'negClip', 'lr'], (x, s) => {
      const g = l2 ? x.g.add(x.p.mul(o.weightDecay)) : x.g;
      const p = decoupled ? x.p.add(x.p.mul(s.decay)) : x.p;
      const normed = g.div(x.v.sqrt().max(o.eps)).max(s.negClip).min(s.clip);
      const m = lerp(x.m, normed, 1 - b1);
      return { p: p.sub(m.mul(s.lr)), m, v: x.v.mul(b2).add(g.mul(g).mul(1 - b2)) };
    }, { nonzeroScalars: ['clip', 'negClip'] });  // c = (t − 1)^¼ ≥ 1 on every step that runs this pass
    return perParamOptimizer<'m' | 'v'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0, v: 0 },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const v = slot(state, 'v', name);
        if (t === 1) return { param, state: { v: init.run({ p: param, g: grad, v }, {}).v } };
        const clip = (t - 1) ** 0.25;
        const out = kernel.run({ p: param, g: grad, m: slot(state, 'm', name), v }, { decay: -stepLr * o.weightDecay, clip, negClip: -clip, lr: stepLr });
        return { param: out.p, state: { m: out.m, v: out.v } };
      },
    });
  },
};
