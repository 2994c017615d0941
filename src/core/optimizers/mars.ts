/**
 * MARS (Yuan et al., "MARS: Unleashing the Power of Variance Reduction for Training Large Models", 2024), as its
 * authors' `MARS` (AGI-Arena/MARS, MARS/optimizers/mars.py at 4831e28) with `is_approx` (the variance
 * correction uses the previous step's gradient), float32. Per 2-D parameter (every parameter with `optimize1d`)
 * at step t, lr = baseLr·λ(t):
 *
 *   c ← g + γ·β₁/(1 − β₁)·(g − g₋₁)   (g₋₁ = 0 at the first step);  c ← c/‖c‖ when ‖c‖ > 1
 *   m ← β₁m + (1 − β₁)c
 *   mars-adamw: v ← β₂v + (1 − β₂)c²;  d ← (√v·(1/√(1 − β₂ᵗ)) + eps)·(1 − β₁ᵗ)   (v̂ ← max(v̂, v) with amsgrad)
 *               p ← p − lr·(wd·p + m/d)
 *   mars-lion:  p ← p − lr·(wd·p + sign(m))
 *
 * Other parameters (1-D, 3-D, …; the reference tests `len(shape) == 2`) take its AdamW branch on g itself with
 * `betas1d`, `weightDecay1d` and the LR lr·lr1d/baseLr (the reference's `lr_1d_factor`, fixed at construction,
 * so lr1d follows the run's schedule too): m, v as Adam, p ← p − lr·(lr1d/baseLr)·(wd₁d·p + m/d).
 *
 * Defaults (the reference's): lr 3e-3, betas [0.95, 0.99], eps 1e-8, weightDecay 0, amsgrad false, gamma 0.025,
 * isApprox true, marsType "mars-adamw", optimize1d false, lr1d 3e-3, betas1d [0.9, 0.95], weightDecay1d 0.1.
 * Departures: `isApprox: false` (the exact variant needs the current batch's gradient at the previous
 * parameters, a second backward pass the trainer does not make) and `marsType: "mars-shampoo"` (a bfloat16
 * Newton–Schulz) are refused with an error; lr must be > 0 (the reference divides by it).
 * ‖c‖ needs the whole tensor: a 2-D step is a fused sum pass for ‖c‖², then the fused update, which forms c
 * again (the same float32 operations).
 * State: m, v and g₋₁ (3×), plus v̂ with amsgrad (4×), as the reference allocates them.
 */
import type { tf } from '../tf';
import type { OptimizerConfig, OptimizerFactory } from './types';
import { OptimizerConfigError } from './types';
import { adamCore, betaList, bool, checkKnownKeys, num, oneOf } from './options';
import type { AdamCoreOptions } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel, fusedSum } from './fused';
import type { Expr } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export type MarsType = 'mars-adamw' | 'mars-lion';

export interface MarsOptions extends AdamCoreOptions {
  amsgrad: boolean;
  gamma: number;
  isApprox: boolean;
  marsType: MarsType;
  optimize1d: boolean;
  lr1d: number;
  betas1d: [number, number];
  weightDecay1d: number;
}

const MARS_DEFAULTS: Readonly<MarsOptions> = OPTIMIZER_DEFAULTS.mars;

function marsOptions(cfg: OptimizerConfig): MarsOptions {
  const d = MARS_DEFAULTS;
  checkKnownKeys(cfg, Object.keys(d));
  if (cfg.isApprox === false) {
    throw new OptimizerConfigError('invalid mars.isApprox: false (the exact variant needs a second gradient per step, at the previous parameters; only true is offered)');
  }
  if (cfg.marsType === 'mars-shampoo') {
    throw new OptimizerConfigError('invalid mars.marsType: "mars-shampoo" (its bfloat16 Newton–Schulz is not offered; expected one of mars-adamw, mars-lion)');
  }
  return {
    ...adamCore(cfg, d, { min: 0, minExclusive: true }),
    amsgrad: bool(cfg, 'amsgrad', d.amsgrad),
    gamma: num(cfg, 'gamma', d.gamma),
    isApprox: bool(cfg, 'isApprox', d.isApprox),
    marsType: oneOf(cfg, 'marsType', ['mars-adamw', 'mars-lion'] as const, d.marsType),
    optimize1d: bool(cfg, 'optimize1d', d.optimize1d),
    lr1d: num(cfg, 'lr1d', d.lr1d, { min: 0 }),
    betas1d: betaList(cfg, 'betas1d', d.betas1d) as [number, number],
    weightDecay1d: num(cfg, 'weightDecay1d', d.weightDecay1d, { min: 0 }),
  };
}

type Slot = 'm' | 'v' | 'vMax' | 'last';

export const marsFactories: Record<string, OptimizerFactory> = {
  mars: (params, cfg) => {
    const o = marsOptions(cfg);
    const [b1, b2] = o.betas;
    const [b1d, b2d] = o.betas1d;
    const lr1dFactor = o.lr1d / o.lr;
    /** Adam's denominator as the reference writes it: (√v·(1/√bc₂) + eps)·bc₁ (v̂ with amsgrad). */
    const denom = (v: Expr, vMax: Expr, s: Record<'invBc2Sqrt' | 'bc1', Expr>): { d: Expr; vMax?: Expr } => {
      const m = o.amsgrad ? vMax.max(v) : undefined;
      return { d: (m ?? v).sqrt().mul(s.invBc2Sqrt).add(o.eps).mul(s.bc1), vMax: m };
    };
    const correction = (g: Expr, last: Expr): Expr => g.sub(last).mul(o.gamma * (b1 / (1 - b1))).add(g);
    const normSq = fusedSum('mars-norm', ['g', 'last'], [], (x) => {
      const c = correction(x.g, x.last);
      return c.mul(c);
    });
    // c/‖c‖ as c × (1/‖c‖): one division per element less (≤ 1–2 ulp, see fused.ts); × 1 exactly when ‖c‖ ≤ 1.
    const mars2d = fusedKernel('mars', ['p', 'g', 'last', 'm', 'v', 'vMax'], ['invNorm', 'invBc2Sqrt', 'bc1', 'lr'], (x, s) => {
      const c = correction(x.g, x.last).mul(s.invNorm);
      const m = x.m.mul(b1).add(c.mul(1 - b1));
      if (o.marsType === 'mars-lion') return { p: x.p.sub(x.p.mul(o.weightDecay).add(m.sign()).mul(s.lr)), m };
      const v = x.v.mul(b2).add(c.mul(c).mul(1 - b2));
      const d = denom(v, x.vMax, s);
      return { p: x.p.sub(x.p.mul(o.weightDecay).add(m.div(d.d)).mul(s.lr)), m, v, vMax: d.vMax };
    });
    const adamw1d = fusedKernel('mars-1d', ['p', 'g', 'm', 'v', 'vMax'], ['invBc2Sqrt', 'bc1', 'lr'], (x, s) => {
      const m = x.m.mul(b1d).add(x.g.mul(1 - b1d));
      const v = x.v.mul(b2d).add(x.g.mul(x.g).mul(1 - b2d));
      const d = denom(v, x.vMax, s);
      return { p: x.p.sub(x.p.mul(o.weightDecay1d).add(m.div(d.d)).mul(s.lr)), m, v, vMax: d.vMax };
    });
    return perParamOptimizer<Slot>({
      type: cfg.type,
      params,
      baseLr: o.lr,
      slots: { m: 0, v: 0, vMax: o.amsgrad ? 0 : null, last: 0 },
      update: ({ name, param, grad, state, lr: stepLr, t }) => {
        const m = slot(state, 'm', name);
        const v = slot(state, 'v', name);
        const vMax = o.amsgrad ? slot(state, 'vMax', name) : v;
        const keep = (out: { m: tf.Tensor; v?: tf.Tensor; vMax?: tf.Tensor }): Partial<Record<Slot, tf.Tensor>> => ({
          m: out.m,
          ...(out.v ? { v: out.v } : {}),
          ...(out.vMax ? { vMax: out.vMax } : {}),
          last: grad,
        });
        if (o.optimize1d || param.rank === 2) {
          const b1t = 1 - b1 ** t;
          const last = slot(state, 'last', name);
          const norm = Math.fround(Math.sqrt(normSq.run({ g: grad, last }, {})));
          const out = mars2d.run({ p: param, g: grad, last, m, v, vMax }, { invNorm: norm > 1 ? 1 / norm : 1, invBc2Sqrt: 1 / Math.sqrt(1 - b2 ** t), bc1: b1t, lr: stepLr });
          return { param: out.p, state: keep(out) };
        }
        const out = adamw1d.run({ p: param, g: grad, m, v, vMax }, { invBc2Sqrt: 1 / Math.sqrt(1 - b2d ** t), bc1: 1 - b1d ** t, lr: stepLr * lr1dFactor });
        return { param: out.p, state: keep(out) };
      },
    });
  },
};
