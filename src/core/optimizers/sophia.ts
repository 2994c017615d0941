/**
 * SophiaG (Liu et al., "Sophia: A Scalable Stochastic Second-order Optimizer for Language Model
 * Pre-training", 2023), float32. Defaults: lr 1e-4, betas [0.965, 0.99], rho 0.04, weightDecay 0.1
 * (decoupled), hessianInterval 10. Per step, with lr = baseLr·λ:
 *   p ← p(1 − lr·wd);  m ← β₁m + (1−β₁)g;  p ← p − lr·sign(m)·min(|m| / (ρ·h + 1e-15), 1)
 * and, after the step of a refresh step, h ← β₂h + (1−β₂)ĥ (`updateHessian`). h starts at 0, so until the
 * first estimate arrives every coordinate takes the clipped (sign) step.
 *
 * Refresh steps are t % hessianInterval === 0 (0-based), i.e. steps 0, k, 2k, …: the first estimate comes
 * right after the first step instead of k−1 steps of pure sign descent. `wantsHessian(t)` tells the trainer
 * when to estimate ĥ; `updateHessian` folds in whatever it is given (replay feeds its `hessians[t]`).
 * State: m and h per parameter (2×).
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamGroupInfo, TensorMap } from './types';
import { OptimizerConfigError } from './types';
import { betas, checkKnownKeys, lr, num, tensorBytes } from './options';
import { checkGrads, checkLambda, checkNames, disposeState, groupInfo, zeroState } from './stateUtils';
import { commit, fusedKernel } from './fused';
import { OPTIMIZER_DEFAULTS } from './defaults';

export interface SophiaOptions {
  lr: number;
  betas: [number, number];
  rho: number;
  weightDecay: number;
  hessianInterval: number;
}

function sophiaOptions(cfg: OptimizerConfig): SophiaOptions {
  checkKnownKeys(cfg, ['lr', 'betas', 'rho', 'weightDecay', 'hessianInterval']);
  const D = OPTIMIZER_DEFAULTS.sophia;
  const hessianInterval = num(cfg, 'hessianInterval', D.hessianInterval, { min: 1 });
  if (!Number.isInteger(hessianInterval)) {
    throw new OptimizerConfigError(`invalid sophia.hessianInterval: ${hessianInterval} (must be an integer ≥ 1)`);
  }
  return {
    lr: lr(cfg, D.lr),
    betas: betas(cfg, D.betas),
    rho: num(cfg, 'rho', D.rho, { min: 0 }),
    weightDecay: num(cfg, 'weightDecay', D.weightDecay, { min: 0 }),
    hessianInterval,
  };
}

class Sophia implements Optimizer {
  readonly type = 'sophia';
  private readonly m: Map<string, tf.Variable>;
  private readonly h: Map<string, tf.Variable>;
  /** The step and the ĥ average, each one fused pass per parameter (fused.ts). */
  private readonly kernel;
  private readonly hessianKernel;

  constructor(private readonly params: NamedParam[], private readonly opts: SophiaOptions) {
    checkNames(this.type, params);
    this.m = zeroState(params);
    this.h = zeroState(params);
    const [b1, b2] = opts.betas;
    const { rho, weightDecay } = opts;
    this.kernel = fusedKernel('sophia', ['p', 'g', 'm', 'h'], ['decay', 'lr'], (x, s) => {
      const decayed = weightDecay !== 0 ? x.p.mul(s.decay) : x.p;
      const m = x.m.mul(b1).add(x.g.mul(1 - b1));
      const ratio = m.abs().div(x.h.mul(rho).add(1e-15)).min(1);
      return { p: decayed.sub(m.sign().mul(ratio).mul(s.lr)), m };
    });
    this.hessianKernel = fusedKernel('sophia-hessian', ['h', 'hHat'], [], (x) => ({ h: x.h.mul(b2).add(x.hHat.mul(1 - b2)) }));
  }

  step(grads: TensorMap, lambda: number): void {
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const lrT = this.opts.lr * lambda;
    const decay = 1 - lrT * this.opts.weightDecay;
    for (const p of this.params) {
      const m = this.m.get(p.name) as tf.Variable;
      const h = this.h.get(p.name) as tf.Variable;
      tf.tidy(() => {
        const out = this.kernel.run({ p: p.variable, g: grads[p.name], m, h }, { decay, lr: lrT });
        commit(p.variable, out.p);
        commit(m, out.m);
      });
    }
  }

  wantsHessian(t: number): boolean {
    return t % this.opts.hessianInterval === 0;
  }

  updateHessian(hessian: TensorMap): void {
    checkGrads(hessian, this.params, this.type, 'Hessian estimate');
    for (const p of this.params) {
      const h = this.h.get(p.name) as tf.Variable;
      tf.tidy(() => commit(h, this.hessianKernel.run({ h, hHat: hessian[p.name] }, {}).h));
    }
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('default', 'sophia', this.opts.lr, this.params)];
  }

  stateBytes(): number {
    return tensorBytes([...this.m.values(), ...this.h.values()]);
  }

  dispose(): void {
    disposeState(this.m);
    disposeState(this.h);
  }
}

export const sophiaFactories: Record<string, OptimizerFactory> = {
  sophia: (params, cfg) => new Sophia(params, sophiaOptions(cfg)),
};
