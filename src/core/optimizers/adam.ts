/**
 * Adam and AdamW — PyTorch 1.13 `torch.optim.Adam` / `torch.optim.AdamW` (`_single_tensor_adam(w)`, the
 * non-capturable branch). Per parameter at step t (1-based), with lr = baseLr·λ(t):
 *
 *   adam:   g ← g + weightDecay·p                  (L2, coupled: the decay goes through the moments)
 *   adamw:  p ← p·(1 − lr·weightDecay)             (decoupled, before the moment update)
 *   m ← β₁·m + (1 − β₁)·g
 *   v ← β₂·v + (1 − β₂)·g²
 *   amsgrad:  v̂ ← max(v̂, v), used in place of v below
 *   p ← p − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + eps)
 *
 * The bias corrections are folded exactly as PyTorch does (step size lr/bc₁, eps added after dividing √v by
 * √bc₂, here as × 1/√bc₂), which differs from the paper's m̂/(√v̂ + eps) in where eps enters.
 * Defaults: lr 1e-3, betas [0.9, 0.999], eps 1e-8, amsgrad false; weightDecay 0 (adam), 0.01 (adamw).
 * State: m and v (2× parameter bytes), plus v̂ with amsgrad (3×). The step counter is a JS number.
 * References: Kingma & Ba, "Adam: A Method for Stochastic Optimization", 2015; Loshchilov & Hutter,
 * "Decoupled Weight Decay Regularization", 2019; Reddi et al., "On the Convergence of Adam and Beyond", 2018.
 */
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory } from './types';
import { betas, bool, checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import type { Expr } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface AdamOptions {
  lr: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  /**
   * Cautious weight decay (decoupled only; not a user option of adam/adamw — NorMuon's AdamW group sets it):
   * after the step, p += lr·wd·p_old where m·p_old < 0, i.e. the decay stays only where the new momentum and
   * the parameter agree in sign (dion scalar_opts.adamw_update_foreach's post-step correction).
   */
  cautiousWd?: boolean;
}

const ADAM_DEFAULTS: Readonly<AdamOptions> = OPTIMIZER_DEFAULTS.adam;
const ADAMW_DEFAULTS: Readonly<AdamOptions> = OPTIMIZER_DEFAULTS.adamw;

function adamOptions(cfg: OptimizerConfig, defaults: Readonly<AdamOptions> = ADAM_DEFAULTS, path?: string): AdamOptions {
  checkKnownKeys(cfg, Object.keys(defaults), path);
  return {
    lr: lr(cfg, defaults.lr, path),
    betas: betas(cfg, defaults.betas, path),
    eps: num(cfg, 'eps', defaults.eps, { min: 0 }, path),
    weightDecay: num(cfg, 'weightDecay', defaults.weightDecay, { min: 0 }, path),
    amsgrad: bool(cfg, 'amsgrad', defaults.amsgrad, path),
  };
}

type AdamSlot = 'expAvg' | 'expAvgSq' | 'maxExpAvgSq';
type AdamScalar = 'decay' | 'stepSize' | 'invBc2Sqrt' | 'b1' | 'oneMinusB1' | 'cwd';

/** Builds Adam (`decoupled` false, L2) or AdamW (`decoupled` true) over `params`. */
export function createAdam(type: string, params: readonly NamedParam[], o: AdamOptions, decoupled: boolean): Optimizer {
  const [b1Config, b2] = o.betas;
  // One fused pass per parameter (fused.ts): reads p, g, m, v (and v̂), writes each once.
  const rule = (x: Record<'p' | 'g' | 'm' | 'v' | 'vMax', Expr>, s: Record<AdamScalar, Expr>): Record<'p' | 'm' | 'v' | 'vMax', Expr> => {
    let p = x.p;
    let g = x.g;
    if (o.weightDecay !== 0) {
      if (decoupled) p = p.mul(s.decay);
      else g = g.add(p.mul(o.weightDecay));
    }
    // β₁ is a per-step scalar (a OneCycleLR schedule rewrites betas[0] every step, as in torch).
    const m = x.m.mul(s.b1).add(g.mul(s.oneMinusB1));
    const v = x.v.mul(b2).add(g.mul(g).mul(1 - b2));
    const vMax = o.amsgrad ? x.vMax.max(v) : v;
    // × 1/√bc₂ instead of ÷ √bc₂ (≤ 1 ulp apart): the divider is the pass's bottleneck (fused.ts).
    const denom = vMax.sqrt().mul(s.invBc2Sqrt).add(o.eps);
    let pNew = p.sub(m.div(denom).mul(s.stepSize));
    // Undo the decay where the new momentum and the old parameter disagree in sign: mask = max(−sign(m·p), 0).
    if (o.cautiousWd && decoupled && o.weightDecay !== 0) pNew = pNew.add(x.p.mul(m.mul(x.p).sign().neg().max(0)).mul(s.cwd));
    return { p: pNew, m, v, vMax };
  };
  const scalars: AdamScalar[] = ['decay', 'stepSize', 'invBc2Sqrt', 'b1', 'oneMinusB1', 'cwd'];
  const plain = fusedKernel('adam', ['p', 'g', 'm', 'v', 'vMax'], scalars, (x, s) => {
    const { p, m, v } = rule(x, s);
    return { p, m, v };
  });
  const amsgrad = fusedKernel('adam-amsgrad', ['p', 'g', 'm', 'v', 'vMax'], scalars, rule);
  return perParamOptimizer<AdamSlot>({
    type,
    params,
    baseLr: o.lr,
    slots: { expAvg: 0, expAvgSq: 0, maxExpAvgSq: o.amsgrad ? 0 : null },
    followsMomentum: true,
    update: ({ name, param, grad, state, lr: stepLr, t, momentum }) => {
      const m = slot(state, 'expAvg', name);
      const v = slot(state, 'expAvgSq', name);
      // torch's bias correction 1 − β₁ᵗ uses the β₁ of this step.
      const b1 = momentum ?? b1Config;
      const s = { decay: 1 - stepLr * o.weightDecay, stepSize: stepLr / (1 - b1 ** t), invBc2Sqrt: 1 / Math.sqrt(1 - b2 ** t), b1, oneMinusB1: 1 - b1, cwd: stepLr * o.weightDecay };
      if (!o.amsgrad) {
        const out = plain.run({ p: param, g: grad, m, v, vMax: v }, s);
        return { param: out.p, state: { expAvg: out.m, expAvgSq: out.v } };
      }
      const out = amsgrad.run({ p: param, g: grad, m, v, vMax: slot(state, 'maxExpAvgSq', name) }, s);
      return { param: out.p, state: { expAvg: out.m, expAvgSq: out.v, maxExpAvgSq: out.vMax } };
    },
  });
}

export const adamFactories: Record<string, OptimizerFactory> = {
  adam: (params, cfg) => createAdam(cfg.type, params, adamOptions(cfg, ADAM_DEFAULTS), false),
  adamw: (params, cfg) => createAdam(cfg.type, params, adamOptions(cfg, ADAMW_DEFAULTS), true),
};
