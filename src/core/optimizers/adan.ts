/**
 * Adan (Xie et al., "Adan: Adaptive Nesterov Momentum Algorithm for Faster Optimizing Deep Models", 2022), as
 * its authors' `Adan` (sail-sg/Adan, adan.py at 2c65bea, default path `_multi_tensor_adan`), float32. Per step t
 * (1-based), with lr = baseLr·λ(t):
 *
 *   c ← min(maxGradNorm / (‖g‖ + eps), 1) over all parameters together when maxGradNorm > 0, else 1
 *   per parameter, ĝ = c·g and ĝ₀ = ĝ₋₁ at the first step (so the first difference is 0):
 *   m ← β₁m + (1 − β₁)ĝ;  δ ← β₂δ + (1 − β₂)(ĝ − ĝ₋₁);  n ← β₃n + (1 − β₃)(ĝ + β₂(ĝ − ĝ₋₁))²
 *   d ← √n/√(1 − β₃ᵗ) + eps
 *   p ← p − (lr/(1 − β₁ᵗ))·m/d − (lr·β₂/(1 − β₂ᵗ))·δ/d, then p ← p/(1 + lr·wd)      (proximal, the default)
 *   noProx: p ← p(1 − lr·wd) first, then the same two terms
 *
 * Defaults (the reference's): lr 1e-3, betas [0.98, 0.92, 0.99], eps 1e-8, weightDecay 0, maxGradNorm 0 (no
 * clipping), noProx false. The two quotients share one reciprocal of d, and the divisions by the scalars √(1 − β₃ᵗ)
 * and 1 + lr·wd are × their reciprocals (≤ 1–2 ulp, see fused.ts). State: m, δ, n and g₋₁ (4×). The previous
 * gradient is held, not copied (as MARS holds it): the slot keeps the last gradient tensor itself and its clip
 * factor, and ĝ₋₁ = c₋₁·g₋₁ is formed again in the pass (the same float32 product as the step before); ĝ − ĝ₋₁
 * equals the reference's (−ĝ₋₁) + ĝ exactly. One 4 MB write per 1M parameters less per step.
 */
import type { OptimizerConfig, OptimizerFactory, TensorMap } from './types';
import { betaList, bool, checkKnownKeys, epsDecay, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel, SUM_OF_SQUARES } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface AdanOptions {
  lr: number;
  betas: [number, number, number];
  eps: number;
  weightDecay: number;
  maxGradNorm: number;
  noProx: boolean;
}

const ADAN_DEFAULTS: Readonly<AdanOptions> = OPTIMIZER_DEFAULTS.adan;

function adanOptions(cfg: OptimizerConfig): AdanOptions {
  const d = ADAN_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  return {
    lr: lr(cfg, d.lr),
    betas: betaList(cfg, 'betas', d.betas) as [number, number, number],
    ...epsDecay(cfg, d),
    maxGradNorm: num(cfg, 'maxGradNorm', d.maxGradNorm, { min: 0 }),
    noProx: bool(cfg, 'noProx', d.noProx),
  };
}

const f32 = Math.fround;


/** The reference's clip factor: float32 sum of the per-tensor sums of squares, then min(max / (√sum + eps), 1). */
function globalClip(grads: TensorMap, names: readonly string[], maxGradNorm: number, eps: number): number {
  let sum = 0;
  for (const n of names) sum = f32(sum + SUM_OF_SQUARES.run({ x: grads[n] }, {}));
  return Math.min(f32(f32(maxGradNorm) / f32(f32(Math.sqrt(sum)) + f32(eps))), 1);
}

type Slot = 'm' | 'diff' | 'n' | 'prev';

export const adanFactories: Record<string, OptimizerFactory> = {
  adan: (params, cfg) => {
    const o = adanOptions(cfg);
    const [b1, b2, b3] = o.betas;
    const names = params.map((p) => p.name);
    let clip = 1;
    /** The clip factor of the step that produced the held previous gradient. */
    let prevClip = 1;
    const kernel = fusedKernel('adan', ['p', 'g', 'm', 'diff', 'n', 'prev'], ['clip', 'prevClip', 'invBc3Sqrt', 'stepSize', 'stepSizeDiff', 'decay'], (x, s) => {
      const clipped = o.maxGradNorm > 0;
      const g = clipped ? x.g.mul(s.clip) : x.g;
      const gradDiff = g.sub(clipped ? x.prev.mul(s.prevClip) : x.prev);
      const m = x.m.mul(b1).add(g.mul(1 - b1));
      const diff = x.diff.mul(b2).add(gradDiff.mul(1 - b2));
      const nesterov = gradDiff.mul(b2).add(g);
      const n = x.n.mul(b3).add(nesterov.mul(nesterov).mul(1 - b3));
      const invDenom = n.sqrt().mul(s.invBc3Sqrt).add(o.eps).recip();
      let p = o.noProx && o.weightDecay !== 0 ? x.p.mul(s.decay) : x.p;
      p = p.sub(m.mul(invDenom).mul(s.stepSize)).sub(diff.mul(invDenom).mul(s.stepSizeDiff));
      if (!o.noProx && o.weightDecay !== 0) p = p.mul(s.decay);
      return { p, m, diff, n };
    });
    return perParamOptimizer<Slot>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0, diff: 0, n: 0, prev: 0 },
      beforeStep: (t, _lr, grads) => {
        prevClip = t === 1 ? 0 : clip;
        clip = o.maxGradNorm > 0 ? globalClip(grads, names, o.maxGradNorm, o.eps) : 1;
        // The first step takes ĝ as its own previous gradient, so that the first difference is 0.
        if (t === 1) prevClip = clip;
      },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const prev = t === 1 ? grad : slot(state, 'prev', name);
        const decay = o.noProx ? 1 - stepLr * o.weightDecay : 1 / (1 + stepLr * o.weightDecay);
        const out = kernel.run(
          { p: param, g: grad, m: slot(state, 'm', name), diff: slot(state, 'diff', name), n: slot(state, 'n', name), prev },
          { clip, prevClip, invBc3Sqrt: 1 / Math.sqrt(1 - b3 ** t), stepSize: stepLr / (1 - b1 ** t), stepSizeDiff: (stepLr * b2) / (1 - b2 ** t), decay },
        );
        // The gradient tensor itself is kept for the next step (a shared buffer, no copy).
        return { param: out.p, state: { m: out.m, diff: out.diff, n: out.n, prev: grad } };
      },
    });
  },
};
