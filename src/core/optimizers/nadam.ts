/**
 * NAdam — PyTorch 1.13 `torch.optim.NAdam` (`_single_tensor_nadam`). Per parameter at step t (1-based), with
 * lr = baseLr·λ(t) and ψ = momentumDecay:
 *
 *   g ← g + weightDecay·p                          (L2)
 *   μₜ ← β₁(1 − ½·0.96^(tψ)),  μₜ₊₁ ← β₁(1 − ½·0.96^((t+1)ψ))
 *   Π ← Π·μₜ  (Π starts at 1);  Π' ← Π·μₜ·μₜ₊₁
 *   m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  d ← √(v / (1 − β₂ᵗ)) + eps
 *   p ← p − lr(1 − μₜ)/(1 − Π) · g/d − lr·μₜ₊₁/(1 − Π') · m/d     (1/d computed once; × 1/(1 − β₂ᵗ))
 *
 * Departure from the paper, kept on purpose: PyTorch 1.13 multiplies μₜ into Π' a second time (Π already holds
 * μₜ); later PyTorch releases drop it. PyTorch also keeps Π in a float32 tensor; Π is a JS number here, rounded
 * to float32 after each product so the same values come out.
 * Defaults: lr 2e-3, betas [0.9, 0.999], eps 1e-8, weightDecay 0, momentumDecay 4e-3.
 * State: m and v (2× parameter bytes); Π and the step counter are JS numbers.
 * Reference: Dozat, "Incorporating Nesterov Momentum into Adam", ICLR workshop 2016.
 */
import type { OptimizerConfig, OptimizerFactory } from './types';
import { adamCore, checkKnownKeys, num } from './options';
import type { AdamCoreOptions } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface NadamOptions extends AdamCoreOptions {
  momentumDecay: number;
}

const NADAM_DEFAULTS: Readonly<NadamOptions> = OPTIMIZER_DEFAULTS.nadam;

function nadamOptions(cfg: OptimizerConfig): NadamOptions {
  checkKnownKeys(cfg, Object.keys(NADAM_DEFAULTS));
  const d = NADAM_DEFAULTS;
  return {
    ...adamCore(cfg, d),
    momentumDecay: num(cfg, 'momentumDecay', d.momentumDecay, { min: 0 }),
  };
}

/** The momentum schedule of step t (1-based): μₜ, μₜ₊₁ and the products Π, Π' (float32 like PyTorch). */
export interface NadamMomentum {
  mu: number;
  muNext: number;
  muProduct: number;
  muProductNext: number;
}

/** Advances Π by one step; `muProduct` is Π before step t. */
function nadamMomentum(t: number, muProduct: number, beta1: number, momentumDecay: number): NadamMomentum {
  const f = Math.fround;
  const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentumDecay));
  const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentumDecay));
  const product = f(muProduct * f(mu));
  return { mu, muNext, muProduct: product, muProductNext: f(f(product * f(mu)) * f(muNext)) };
}

export const nadamFactories: Record<string, OptimizerFactory> = {
  nadam: (params, cfg) => {
    const o = nadamOptions(cfg);
    const [b1, b2] = o.betas;
    let m: NadamMomentum = { mu: 0, muNext: 0, muProduct: 1, muProductNext: 1 };
    const kernel = fusedKernel('nadam', ['p', 'g', 'expAvg', 'expAvgSq'], ['invBc2', 'gradStep', 'avgStep'], (x, s) => {
      const g = o.weightDecay !== 0 ? x.g.add(x.p.mul(o.weightDecay)) : x.g;
      const expAvg = x.expAvg.mul(b1).add(g.mul(1 - b1));
      const expAvgSq = x.expAvgSq.mul(b2).add(g.mul(g).mul(1 - b2));
      // One division for both quotients and × 1/bc₂ (≤ 1–2 ulp from PyTorch's ÷): the divider bounds the pass.
      const inv = expAvgSq.mul(s.invBc2).sqrt().add(o.eps).recip();
      const p1 = x.p.sub(g.mul(inv).mul(s.gradStep));
      return { p: p1.sub(expAvg.mul(inv).mul(s.avgStep)), expAvg, expAvgSq };
    });
    return perParamOptimizer<'expAvg' | 'expAvgSq'>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { expAvg: 0, expAvgSq: 0 },
      beforeStep: (t) => {
        m = nadamMomentum(t, m.muProduct, b1, o.momentumDecay);
      },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const out = kernel.run(
          { p: param, g: grad, expAvg: slot(state, 'expAvg', name), expAvgSq: slot(state, 'expAvgSq', name) },
          { invBc2: 1 / (1 - b2 ** t), gradStep: (stepLr * (1 - m.mu)) / (1 - m.muProduct), avgStep: (stepLr * m.muNext) / (1 - m.muProductNext) },
        );
        return { param: out.p, state: { expAvg: out.expAvg, expAvgSq: out.expAvgSq } };
      },
    });
  },
};
