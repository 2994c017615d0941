/**
 * Lion (Chen et al., "Symbolic Discovery of Optimization Algorithms", 2023), float32. Defaults: lr 1e-4,
 * betas [0.9, 0.99], weightDecay 0 (decoupled). Per step, with lr = baseLr·λ:
 *   p ← p(1 − lr·wd);  p ← p − lr·sign(β₁m + (1−β₁)g);  m ← β₂m + (1−β₂)g.
 * The update is interpolated with β₁ but the state tracks β₂: the sign sees the fresh gradient more than the
 * momentum remembers it. State: one buffer per parameter (1×).
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamGroupInfo, TensorMap } from './types';
import { betas, checkKnownKeys, lr, num, tensorBytes } from './options';
import { checkGrads, checkLambda, checkNames, disposeState, groupInfo, zeroState } from './stateUtils';
import { commit, fusedKernel } from './fused';

export interface LionOptions {
  lr: number;
  betas: [number, number];
  weightDecay: number;
}

export function lionOptions(cfg: OptimizerConfig): LionOptions {
  checkKnownKeys(cfg, ['lr', 'betas', 'weightDecay']);
  return { lr: lr(cfg, 1e-4), betas: betas(cfg, [0.9, 0.99]), weightDecay: num(cfg, 'weightDecay', 0, { min: 0 }) };
}

class Lion implements Optimizer {
  readonly type = 'lion';
  private readonly m: Map<string, tf.Variable>;
  /** The whole update as one fused pass per parameter (fused.ts). */
  private readonly kernel;

  constructor(private readonly params: NamedParam[], private readonly opts: LionOptions) {
    checkNames(this.type, params);
    this.m = zeroState(params);
    const [b1, b2] = opts.betas;
    this.kernel = fusedKernel('lion', ['p', 'g', 'm'], ['decay', 'lr'], (x, s) => {
      const decayed = opts.weightDecay !== 0 ? x.p.mul(s.decay) : x.p;
      const direction = x.m.mul(b1).add(x.g.mul(1 - b1)).sign();
      return { p: decayed.sub(direction.mul(s.lr)), m: x.m.mul(b2).add(x.g.mul(1 - b2)) };
    });
  }

  step(grads: TensorMap, lambda: number): void {
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const lrT = this.opts.lr * lambda;
    const decay = 1 - lrT * this.opts.weightDecay;
    for (const p of this.params) {
      const m = this.m.get(p.name) as tf.Variable;
      tf.tidy(() => {
        const out = this.kernel.run({ p: p.variable, g: grads[p.name], m }, { decay, lr: lrT });
        commit(p.variable, out.p);
        commit(m, out.m);
      });
    }
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('default', 'lion', this.opts.lr, this.params)];
  }

  stateBytes(): number {
    return tensorBytes(this.m.values());
  }

  dispose(): void {
    disposeState(this.m);
  }
}

export const lionFactories: Record<string, OptimizerFactory> = {
  lion: (params, cfg) => new Lion(params, lionOptions(cfg)),
};
