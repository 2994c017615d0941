/**
 * SGD with optional momentum, dampening, Nesterov and L2 weight decay — PyTorch 1.13 `torch.optim.SGD`
 * (`_single_tensor_sgd`). Per parameter, with lr = baseLr·λ(t):
 *
 *   g ← g + weightDecay·p                                   (L2: added to the gradient)
 *   if momentum ≠ 0:  b ← g on the first step, else b ← momentum·b + (1 − dampening)·g
 *                     g ← nesterov ? g + momentum·b : b
 *   p ← p − lr·g
 *
 * Types sharing this rule: `sgd` (momentum 0), `bgd` (the same rule; the trainer feeds full-batch gradients),
 * `momentum` (momentum 0.9), `nag` (momentum 0.9, nesterov; takes only lr, momentum, weightDecay). Defaults
 * otherwise: dampening 0, nesterov false, weightDecay 0. PyTorch has no default `lr` for SGD (it is
 * required); here it defaults to 1e-3 so that a bare `{ "type": "sgd" }` runs. Nesterov needs momentum > 0
 * and dampening 0 (checked at construction, as PyTorch).
 * State: the momentum buffer (1× parameter bytes) when momentum ≠ 0, none otherwise. PyTorch allocates it on
 * the first step; it is allocated up front here (same values: the first step overwrites it with g).
 * Reference: Sutskever et al., "On the importance of initialization and momentum in deep learning", 2013.
 */
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory } from './types';
import { OptimizerConfigError } from './types';
import { bool, checkKnownKeys, lr, num } from './options';
import { perParamOptimizer, slot } from './slots';
import { fusedKernel } from './fused';
import type { Expr } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface SgdOptions {
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
}

const SGD_OPTION_KEYS: readonly string[] = ['lr', 'momentum', 'dampening', 'nesterov', 'weightDecay'];
/** `nag` is Nesterov by definition, which fixes dampening to 0: only these are its own. */
const NAG_OPTION_KEYS: readonly string[] = ['lr', 'momentum', 'weightDecay'];

const SGD_DEFAULTS: Readonly<SgdOptions> = OPTIMIZER_DEFAULTS.sgd;
const MOMENTUM_DEFAULTS: Readonly<SgdOptions> = OPTIMIZER_DEFAULTS.momentum;
/** NAG's options plus what defines it (Nesterov momentum, no dampening), fixed rather than defaults. */
const NAG_DEFAULTS: Readonly<SgdOptions> = Object.freeze({ ...OPTIMIZER_DEFAULTS.nag, dampening: 0, nesterov: true });

function sgdOptions(cfg: OptimizerConfig, defaults: Readonly<SgdOptions> = SGD_DEFAULTS, keys: readonly string[] = SGD_OPTION_KEYS): SgdOptions {
  checkKnownKeys(cfg, keys);
  const opts: SgdOptions = {
    lr: lr(cfg, defaults.lr),
    momentum: num(cfg, 'momentum', defaults.momentum, { min: 0 }),
    dampening: num(cfg, 'dampening', defaults.dampening, { min: 0, max: 1 }),
    nesterov: bool(cfg, 'nesterov', defaults.nesterov),
    weightDecay: num(cfg, 'weightDecay', defaults.weightDecay, { min: 0 }),
  };
  if (opts.nesterov && (opts.momentum <= 0 || opts.dampening !== 0)) {
    throw new OptimizerConfigError(
      `invalid ${cfg.type}.nesterov: Nesterov momentum requires a momentum > 0 and zero dampening (momentum ${opts.momentum}, dampening ${opts.dampening})`,
    );
  }
  return opts;
}

type SgdSlot = 'momentumBuffer';

function createSgd(type: string, params: NamedParam[], o: SgdOptions): Optimizer {
  // The whole rule as one fused pass per parameter (see fused.ts); the first momentum step copies g into b.
  const decayed = (p: Expr, g: Expr): Expr => (o.weightDecay !== 0 ? g.add(p.mul(o.weightDecay)) : g);
  const plain = fusedKernel('sgd', ['p', 'g'], ['lr'], (x, s) => ({ p: x.p.sub(decayed(x.p, x.g).mul(s.lr)) }));
  // The momentum μ is a per-step scalar (float32, like the constant it replaces): a OneCycleLR / CyclicLR
  // schedule rewrites it every step, as torch's schedulers write group['momentum'].
  const withMomentum = (first: boolean) =>
    fusedKernel(first ? 'sgd-momentum-first' : 'sgd-momentum', ['p', 'g', 'b'], ['lr', 'mu'], (x, s) => {
      const d = decayed(x.p, x.g);
      const b = first ? d : x.b.mul(s.mu).add(d.mul(1 - o.dampening));
      const dir = o.nesterov ? d.add(b.mul(s.mu)) : b;
      return { p: x.p.sub(dir.mul(s.lr)), b };
    });
  const momentumFirst = withMomentum(true);
  const momentum = withMomentum(false);
  return perParamOptimizer<SgdSlot>({
    type,
    params,
    baseLr: o.lr,
    slots: { momentumBuffer: o.momentum !== 0 ? 0 : null },
    // Without a momentum buffer (momentum 0) there is nothing for a cycled momentum to drive.
    followsMomentum: o.momentum !== 0,
    update: ({ name, param, grad, state, lr: stepLr, t, momentum: cycled }) => {
      if (o.momentum === 0) return { param: plain.run({ p: param, g: grad }, { lr: stepLr }).p };
      const b = slot(state, 'momentumBuffer', name);
      const out = (t === 1 ? momentumFirst : momentum).run({ p: param, g: grad, b }, { lr: stepLr, mu: cycled ?? o.momentum });
      return { param: out.p, state: { momentumBuffer: out.b } };
    },
  });
}

function factory(defaults: Readonly<SgdOptions>, keys: readonly string[] = SGD_OPTION_KEYS): OptimizerFactory {
  return (params, cfg) => createSgd(cfg.type, params, sgdOptions(cfg, defaults, keys));
}

export const sgdFactories: Record<string, OptimizerFactory> = {
  sgd: factory(SGD_DEFAULTS),
  bgd: factory(SGD_DEFAULTS),
  momentum: factory(MOMENTUM_DEFAULTS),
  nag: factory(NAG_DEFAULTS, NAG_OPTION_KEYS),
};
